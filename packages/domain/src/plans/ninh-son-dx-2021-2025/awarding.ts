// How Ninh Sơn chooses its awardees (I.2, V.2, VI.4): the plan says "from the grassroots, democratic, public,
// transparent ... as currently regulated"; what it leaves to the regulations is marked as such in each source.
import { text } from '../../i18n/localized-text.js';
import type { MovementInput } from '../../movement/movement.schema.js';

const REGULATION = 'I.2 ("theo quy định hiện hành"); Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP';

export const awarding: MovementInput['awarding'] = {
  // The criteria are the plan's targets for the review's year (III: "đến năm 2025"), so that year decides eligibility;
  // the score averages every year of the period, so sustained work ranks above a last-year spurt (ADR 0019).
  period: {
    eligibility: 'last-year',
    score: 'mean',
    source: 'III (chỉ tiêu đến năm 2025); IV.1, IV.2 (sơ kết giai đoạn 1, tổng kết cả giai đoạn); ADR 0019',
  },
  ballot: {
    quorum: { numerator: 2, denominator: 3 },
    pass: { moreThan: { numerator: 1, denominator: 2 }, of: 'voters' },
    source: `VI.4.2; ${REGULATION}: hội đồng họp khi có ít nhất 2/3 thành viên, đề nghị được thông qua khi trên 1/2 số thành viên dự họp đồng ý`,
  },
  dossier: [
    {
      id: 'HS-TO-TRINH',
      label: text('Tờ trình đề nghị khen thưởng của đơn vị', 'The unit’s proposal letter (tờ trình)'),
      required: true,
      source: `VI.4.1; ${REGULATION}`,
    },
    {
      id: 'HS-BAO-CAO-THANH-TICH',
      label: text('Báo cáo thành tích', 'Achievement report'),
      required: true,
      source: `VI.4.1; ${REGULATION}`,
    },
    {
      id: 'HS-BIEN-BAN-BINH-XET',
      label: text('Biên bản họp bình xét của đơn vị', 'Minutes of the unit’s own vote'),
      required: true,
      source: `I.2 (bình xét từ cơ sở, dân chủ, công khai); ${REGULATION}`,
    },
  ],
};
