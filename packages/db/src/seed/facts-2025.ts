// The 2025 values of packages/cli/examples/ninh-son-2025.csv, so the seeded 2025 reports agree with the CLI example.
// `null`: the unit left the value empty in its 2025 report (the DTI score table still has the province's figure).
type Value = number | boolean | null;

const dept = (
  launch: boolean,
  initiatives: number,
  tasks: boolean,
  products: boolean,
  dossiers: number,
  edocs: number,
  sharedDb: number | null,
  dti: number,
) => ({
  'C-COL-LAUNCH': launch,
  'C-COL-INITIATIVE': initiatives,
  'C-DEPT-TASKS': tasks,
  'C-DEPT-PRODUCTS': products,
  'C-DEPT-DOSSIERS': dossiers,
  'C-DEPT-EDOCS': edocs,
  'C-DEPT-SHAREDDB': sharedDb,
  'C-DEPT-DTI': dti,
});

const commune = (
  launch: boolean,
  initiatives: number,
  effective: boolean,
  dossiers: number,
  edocs: number,
  socio: number,
  dti: number | null,
) => ({
  'C-COL-LAUNCH': launch,
  'C-COL-INITIATIVE': initiatives,
  'C-COMM-EFFECTIVE': effective,
  'C-COMM-DOSSIERS': dossiers,
  'C-COMM-EDOCS': edocs,
  'C-COMM-SOCIOREPORTS': socio,
  'C-COMM-DTI': dti,
});

const firm = (launch: boolean, initiatives: number, digital: boolean, makeInVn?: boolean) => ({
  'C-COL-LAUNCH': launch,
  'C-COL-INITIATIVE': initiatives,
  'C-ENT-DIGITAL': digital,
  ...(makeInVn === undefined ? {} : { 'C-ENT-MAKEINVN': makeInVn }),
});

export const FACTS_2025: Readonly<Record<string, Readonly<Record<string, Value>>>> = {
  'PHONG-VHTT': dept(true, 3, true, true, 96.5, 100, 82, 88.4),
  'PHONG-NOI-VU': dept(true, 2, true, true, 91.2, 100, 75, 84),
  'VP-HDND-UBND': dept(true, 2, true, true, 93.8, 100, 71.5, 86.2),
  'PHONG-TC-KH': dept(true, 1, true, true, 88, 100, 70, 81),
  'PHONG-TN-MT': dept(true, 1, true, false, 86.3, 100, 64, 79.5),
  'PHONG-NN-PTNT': dept(true, 2, true, true, 84.99, 100, 72, 80),
  'PHONG-GD-DT': dept(true, 4, true, true, 90.1, 99.5, 78, 83.7),
  'PHONG-Y-TE': dept(true, 1, true, true, 87.4, 100, null, 82),
  'PHONG-KT-HT': dept(true, 1, true, true, 89, 100, 73, 80.5),
  'HUYEN-DOAN': dept(true, 2, true, true, 85, 100, 70, 80),
  'U-TAN-SON': commune(true, 3, true, 78.5, 100, 100, 86),
  'U-QUANG-SON': commune(true, 2, true, 70.2, 100, 100, 81.5),
  'U-LAM-SON': commune(true, 2, true, 68, 100, 100, 80),
  'U-LUONG-SON': commune(true, 1, true, 65, 100, 98, 82),
  'U-HOA-SON': commune(true, 1, true, 64.9, 100, 100, 80.2),
  'U-MA-NOI': commune(true, 1, false, 58, 100, 100, 72),
  'U-MY-SON': commune(true, 2, true, 72.4, 100, 100, 84.1),
  'U-NHON-SON': commune(true, 1, true, 66.7, 100, 100, null),
  'DN-PHAN-MEM-TAN-SON': firm(true, 2, true, true),
  'DN-NONG-SAN-LAM-SON': firm(true, 1, true),
  'DN-THUY-DIEN-SONG-PHA': firm(true, 1, true),
  'DN-DICH-VU-SO-QUANG-SON': firm(true, 1, true, false),
  'DN-HTX-NHO-MY-SON': firm(true, 1, true),
};
