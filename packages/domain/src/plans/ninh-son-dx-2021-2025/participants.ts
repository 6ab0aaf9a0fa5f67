// Who competes in the Ninh Sơn plan (II.2) and the eligibility rule of each group (V.1).
import { text } from '../../i18n/localized-text.js';
import type { MovementInput } from '../../movement/movement.schema.js';

const COMMON = [{ criterion: 'C-COL-LAUNCH' }, { criterion: 'C-COL-REGISTERED' }, { criterion: 'C-COL-INITIATIVE' }];

export const participantGroups: MovementInput['participantGroups'] = [
  {
    id: 'P-DEPT',
    kind: 'department',
    awardClass: 'collective',
    label: text('Phòng, ban, ngành, đoàn thể huyện', 'District offices, boards, sectors and mass organisations'),
    who: text(
      'Các phòng, ban, ngành, đoàn thể cấp huyện',
      'District-level offices, boards, sectors and mass organisations',
    ),
    source: 'II.2.1; V.1.1.a',
    eligibility: {
      allOf: [
        ...COMMON,
        { criterion: 'C-DEPT-TASKS' },
        { criterion: 'C-DEPT-PRODUCTS' },
        { criterion: 'C-DEPT-DOSSIERS' },
        { criterion: 'C-DEPT-EDOCS' },
        { criterion: 'C-DEPT-SHAREDDB' },
        { criterion: 'C-DEPT-DTI' },
      ],
    },
  },
  {
    id: 'P-COMMUNE',
    kind: 'commune',
    awardClass: 'collective',
    label: text('Xã, thị trấn', 'Communes and the town'),
    who: text('Ủy ban nhân dân các xã, thị trấn', 'People’s Committees of the communes and the town'),
    source: 'II.2.1; V.1.1.b',
    eligibility: {
      allOf: [
        ...COMMON,
        { criterion: 'C-COMM-EFFECTIVE' },
        { criterion: 'C-COMM-DOSSIERS' },
        { criterion: 'C-COMM-EDOCS' },
        { criterion: 'C-COMM-SOCIOREPORTS' },
        { criterion: 'C-COMM-DTI' },
      ],
    },
  },
  {
    id: 'P-ENTERPRISE',
    kind: 'enterprise',
    awardClass: 'collective',
    label: text('Doanh nghiệp', 'Enterprises'),
    who: text('Các doanh nghiệp trên địa bàn huyện', 'Enterprises in the district'),
    source: 'II.2.1; V.1.1.c',
    eligibility: { allOf: [...COMMON, { criterion: 'C-ENT-DIGITAL' }, { criterion: 'C-ENT-MAKEINVN' }] },
  },
  {
    id: 'P-PERSON',
    kind: 'individual',
    awardClass: 'individual',
    label: text('Cá nhân', 'Individuals'),
    who: text(
      'Cán bộ, công chức, viên chức, người lao động và Nhân dân trên địa bàn huyện',
      'Officials, civil servants, public employees, workers and citizens of the district',
    ),
    source: 'II.2.2; V.1.2',
    // ADR 0001: the plan lists three bullets with no "and"/"or"; a citizen cannot meet C-IND-POLICY.
    eligibility: {
      allOf: [
        { criterion: 'C-IND-ACTIVE' },
        { anyOf: [{ criterion: 'C-IND-INITIATIVE' }, { criterion: 'C-IND-POLICY' }] },
      ],
    },
  },
];
