// Seed org units: the district, its town and communes over time (ninhSonOrgHistory), offices and fictional enterprises.
import { ninhSonOrgHistory, type OrgUnitKind, type ParticipantKind } from '@thidua/domain';
import type { Db } from '../open-database.js';

export interface SeedUnit {
  id: string;
  name: string;
  nameEn: string;
  kind: OrgUnitKind;
  participantKind: Exclude<ParticipantKind, 'individual'> | null;
  sectorId: string | null;
  isItEnterprise: boolean | null;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  /** Short code used in document numbers (e.g. 12/KH-PYT). */
  code: string;
}

const DISTRICT = 'U-NINH-SON';
const LONG_AGO = '2000-01-01';

/** The communes formed by the 2025 merges: they report from 2025 on and carry their predecessors' history. */
export const SUCCESSOR_UNIT_IDS: readonly string[] = ninhSonOrgHistory.successions.flatMap((s) => s.to);

const historyUnits: SeedUnit[] = ninhSonOrgHistory.units.map((u) => ({
  id: u.id,
  name: u.name.vi,
  nameEn: u.name.en,
  kind: u.kind,
  participantKind: u.kind === 'commune' || u.kind === 'town' ? 'commune' : null,
  sectorId: null,
  isItEnterprise: null,
  parentId: u.parentId ?? null,
  validFrom: u.validFrom,
  validTo: u.validTo ?? null,
  code: 'UBND',
}));

const office = (
  id: string,
  code: string,
  name: string,
  nameEn: string,
  sectorId: string | null = null,
  kind: OrgUnitKind = 'department',
): SeedUnit => ({
  id,
  name,
  nameEn,
  kind,
  participantKind: 'department',
  sectorId,
  isItEnterprise: null,
  parentId: DISTRICT,
  validFrom: LONG_AGO,
  validTo: null,
  code,
});

// The offices and bodies named in the plan. S-RESIDENTS belongs to the Office of the Council and Committee, which
// runs the one-stop shop and the online public services linked to the national population database; Phòng Kinh tế -
// Hạ tầng owns S-TRANSPORT here (its editors also cover S-INDUSTRY and S-ECOMMERCE-ENERGY, see users.ts).
const offices: SeedUnit[] = [
  office('PHONG-VHTT', 'VHTT', 'Phòng Văn hóa và Thông tin', 'Culture and Information Office', 'S-TOURISM'),
  office('PHONG-NOI-VU', 'PNV', 'Phòng Nội vụ', 'Home Affairs Office'),
  office(
    'VP-HDND-UBND',
    'VP',
    'Văn phòng HĐND và UBND huyện',
    'Office of the District People’s Council and People’s Committee',
    'S-RESIDENTS',
  ),
  office('PHONG-TC-KH', 'TCKH', 'Phòng Tài chính - Kế hoạch', 'Finance and Planning Office', 'S-FINANCE'),
  office(
    'PHONG-TN-MT',
    'TNMT',
    'Phòng Tài nguyên và Môi trường',
    'Natural Resources and Environment Office',
    'S-LAND-ENV',
  ),
  office(
    'PHONG-NN-PTNT',
    'NNPTNT',
    'Phòng Nông nghiệp và Phát triển nông thôn',
    'Agriculture and Rural Development Office',
    'S-AGRICULTURE',
  ),
  office('PHONG-GD-DT', 'GDĐT', 'Phòng Giáo dục và Đào tạo', 'Education and Training Office', 'S-EDUCATION'),
  office('PHONG-Y-TE', 'PYT', 'Phòng Y tế', 'Health Office', 'S-HEALTH'),
  office('PHONG-KT-HT', 'KTHT', 'Phòng Kinh tế - Hạ tầng', 'Economy and Infrastructure Office', 'S-TRANSPORT'),
  office(
    'PHONG-LD-TBXH',
    'LĐTBXH',
    'Phòng Lao động - Thương binh và Xã hội',
    'Labour, Invalids and Social Affairs Office',
  ),
  office(
    'TT-VHTT-TT',
    'TTVHTT',
    'Trung tâm Văn hóa - Thể thao và Truyền thanh huyện',
    'District Culture, Sports and Broadcasting Centre',
    null,
    'organisation',
  ),
  office(
    'MTTQ-HUYEN',
    'MTTQ',
    'Ủy ban MTTQ Việt Nam huyện',
    'District Vietnam Fatherland Front Committee',
    null,
    'organisation',
  ),
  office('HUYEN-DOAN', 'HĐ', 'Huyện đoàn Ninh Sơn', 'District Youth Union', null, 'organisation'),
  office('HOI-LHPN', 'HLHPN', 'Hội Liên hiệp Phụ nữ huyện', 'District Women’s Union', null, 'organisation'),
];

const enterprise = (id: string, name: string, nameEn: string, validFrom: string, isItEnterprise = false): SeedUnit => ({
  id,
  name,
  nameEn,
  kind: 'enterprise',
  participantKind: 'enterprise',
  sectorId: null,
  isItEnterprise,
  parentId: DISTRICT,
  validFrom,
  validTo: null,
  code: 'DN',
});

// Fictional enterprises: plausible for the district, not real companies.
const enterprises: SeedUnit[] = [
  enterprise(
    'DN-PHAN-MEM-TAN-SON',
    'Công ty TNHH Phần mềm Tân Sơn Số',
    'Tân Sơn Digital Software Co., Ltd.',
    '2016-03-14',
    true,
  ),
  enterprise(
    'DN-DICH-VU-SO-QUANG-SON',
    'Công ty TNHH Dịch vụ số Quảng Sơn',
    'Quảng Sơn Digital Services Co., Ltd.',
    '2019-07-01',
    true,
  ),
  enterprise(
    'DN-DU-LIEU-SON-LAM',
    'Công ty Cổ phần Dữ liệu và Bản đồ số Sơn Lâm',
    'Sơn Lâm Data and Digital Maps JSC',
    '2021-05-20',
    true,
  ),
  enterprise(
    'DN-NONG-SAN-LAM-SON',
    'Công ty TNHH Nông sản Lâm Sơn Xanh',
    'Lâm Sơn Green Produce Co., Ltd.',
    '2014-09-08',
  ),
  enterprise(
    'DN-THUY-DIEN-SONG-PHA',
    'Công ty TNHH Năng lượng Xanh Sông Pha',
    'Sông Pha Green Energy Co., Ltd.',
    '2011-02-21',
  ),
  enterprise(
    'DN-HTX-NHO-MY-SON',
    'Hợp tác xã Nông nghiệp Nho Xanh Mỹ Sơn',
    'Mỹ Sơn Green Grape Agricultural Cooperative',
    '2018-11-05',
  ),
  enterprise(
    'DN-XAY-DUNG-HOA-SON',
    'Công ty TNHH Xây dựng và Vật liệu Hòa Sơn Mới',
    'New Hòa Sơn Construction and Materials Co., Ltd.',
    '2009-06-30',
  ),
  enterprise(
    'DN-DUOC-LIEU-MA-NOI',
    'Công ty TNHH Dược liệu Núi Ma Nới',
    'Ma Nới Mountain Herbal Medicine Co., Ltd.',
    '2020-04-17',
  ),
  enterprise(
    'DN-HAU-CAN-NINH-SON',
    'Công ty TNHH Hậu cần Nông sản Ninh Sơn Thịnh',
    'Ninh Sơn Thịnh Farm Logistics Co., Ltd.',
    '2017-08-12',
  ),
  enterprise(
    'DN-DU-LICH-NHON-SON',
    'Công ty TNHH Du lịch Sinh thái Đồi Nho Nhơn Sơn',
    'Nhơn Sơn Vineyard Eco-tourism Co., Ltd.',
    '2019-12-02',
  ),
  enterprise(
    'DN-CHO-SO-TAN-SON',
    'Công ty TNHH Thương mại Chợ Số Tân Sơn',
    'Tân Sơn Digital Market Trading Co., Ltd.',
    '2022-01-10',
  ),
  enterprise(
    'DN-CHE-BIEN-LUONG-SON',
    'Công ty TNHH Chế biến Nông sản Lương Sơn Phát',
    'Lương Sơn Phát Food Processing Co., Ltd.',
    '2013-10-25',
  ),
];

/** Every seeded unit, parents before children. */
export const SEED_UNITS: readonly SeedUnit[] = [...historyUnits, ...offices, ...enterprises];

export const unitById = (id: string): SeedUnit => {
  const unit = SEED_UNITS.find((u) => u.id === id);
  if (!unit) throw new Error(`Unknown seed unit ${id}`);
  return unit;
};

/** Units that compete and report: offices, the local units (the 8 original ones until 2024, the merged communes from
 * 2025: see reportYearsOf) and the enterprises. */
export const REPORTING_UNITS: readonly SeedUnit[] = SEED_UNITS.filter((u) => u.participantKind !== null);

/** "UBND xã Lâm Sơn", "UBND thị trấn Tân Sơn", or the office's own name. */
export const issuerName = (unit: SeedUnit): string =>
  unit.kind === 'commune' || unit.kind === 'town'
    ? `UBND ${unit.name.charAt(0).toLowerCase()}${unit.name.slice(1)}`
    : unit.name;

export const seedOrgUnits = async (db: Db): Promise<void> => {
  await db.$transaction(
    SEED_UNITS.map((u) => {
      const row = {
        id: u.id,
        name: u.name,
        nameEn: u.nameEn,
        kind: u.kind,
        participantKind: u.participantKind,
        sectorId: u.sectorId,
        isItEnterprise: u.isItEnterprise,
        parentId: u.parentId,
        validFrom: u.validFrom,
        validTo: u.validTo,
      };
      return db.orgUnit.upsert({ where: { id: u.id }, create: row, update: row });
    }),
  );
  const successions = ninhSonOrgHistory.successions.map((s) => ({ ...s, id: `SUCC-${s.date}-${s.to.join('+')}` }));
  await db.$transaction([
    ...successions.map(({ id, type, date, basis }) =>
      db.orgSuccession.upsert({
        where: { id },
        create: { id, type, date, basis: basis ?? null },
        update: { type, date, basis: basis ?? null },
      }),
    ),
    ...successions.flatMap(({ id, from, to }) =>
      [...from.map((unitId) => ({ unitId, role: 'from' })), ...to.map((unitId) => ({ unitId, role: 'to' }))].map(
        (link) =>
          db.orgSuccessionLink.upsert({
            where: { successionId_unitId_role: { successionId: id, ...link } },
            create: { successionId: id, ...link },
            update: {},
          }),
      ),
    ),
  ]);
};
