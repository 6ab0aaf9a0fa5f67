// Ninh Sơn's units over time: the town and 7 communes, and the 2025 merges endorsed by 04/NQ-HĐND (24/4/2024).
import { text } from '../../i18n/localized-text.js';
import type { OrgHistory } from '../../org/org-history.schema.js';

const MERGE_DATE = '2025-07-01';
const BASIS = 'Nghị quyết 04/NQ-HĐND ngày 24/4/2024 của HĐND huyện (tên dự kiến theo đề án)';

const commune = (id: string, vi: string, validTo?: string) => ({
  id,
  name: text(vi, vi.replace(/^xã /, '') + ' commune'),
  kind: 'commune' as const,
  parentId: 'U-NINH-SON',
  validFrom: '2000-01-01',
  ...(validTo ? { validTo } : {}),
});

export const ninhSonOrgHistory: OrgHistory = {
  units: [
    {
      id: 'U-NINH-SON',
      name: text('Huyện Ninh Sơn', 'Ninh Sơn district'),
      kind: 'district',
      validFrom: '2000-01-01',
      validTo: MERGE_DATE,
    },
    {
      id: 'U-TAN-SON',
      name: text('Thị trấn Tân Sơn', 'Tân Sơn town'),
      kind: 'town',
      parentId: 'U-NINH-SON',
      validFrom: '2000-01-01',
      validTo: MERGE_DATE,
    },
    commune('U-QUANG-SON', 'xã Quảng Sơn', MERGE_DATE),
    commune('U-LAM-SON', 'xã Lâm Sơn', MERGE_DATE),
    commune('U-LUONG-SON', 'xã Lương Sơn', MERGE_DATE),
    commune('U-HOA-SON', 'xã Hòa Sơn', MERGE_DATE),
    commune('U-MA-NOI', 'xã Ma Nới', MERGE_DATE),
    commune('U-MY-SON', 'xã Mỹ Sơn'),
    commune('U-NHON-SON', 'xã Nhơn Sơn'),
    {
      id: 'U-NINH-SON-1',
      name: text('xã Ninh Sơn 1 (tên dự kiến)', 'Ninh Sơn 1 commune (working name)'),
      kind: 'commune',
      validFrom: MERGE_DATE,
    },
    {
      id: 'U-NINH-SON-2',
      name: text('xã Ninh Sơn 2 (tên dự kiến)', 'Ninh Sơn 2 commune (working name)'),
      kind: 'commune',
      validFrom: MERGE_DATE,
    },
    {
      id: 'U-NINH-SON-3',
      name: text('xã Ninh Sơn 3 (tên dự kiến)', 'Ninh Sơn 3 commune (working name)'),
      kind: 'commune',
      validFrom: MERGE_DATE,
    },
  ],
  successions: [
    { type: 'merge', date: MERGE_DATE, from: ['U-TAN-SON', 'U-QUANG-SON'], to: ['U-NINH-SON-1'], basis: BASIS },
    { type: 'merge', date: MERGE_DATE, from: ['U-LAM-SON', 'U-LUONG-SON'], to: ['U-NINH-SON-2'], basis: BASIS },
    { type: 'merge', date: MERGE_DATE, from: ['U-HOA-SON', 'U-MA-NOI'], to: ['U-NINH-SON-3'], basis: BASIS },
  ],
};
