// A report with gaps is not sent: the refusal names every blank figure and every missing evidence, in both languages.
import type { ReportGap } from '@thidua/domain';
import { appError } from '../errors.js';

const WHAT = {
  value: { vi: 'chưa có số liệu', en: 'no figure' },
  evidence: { vi: 'chưa có minh chứng (bắt buộc)', en: 'no evidence (required)' },
} as const;

export const assertNoGaps = (gaps: readonly ReportGap[]): void => {
  if (gaps.length === 0) return;
  const vi = gaps.map((g) => `${g.criterionId} (${g.label.vi}): ${WHAT[g.missing].vi}`).join('; ');
  const en = gaps.map((g) => `${g.criterionId} (${g.label.en}): ${WHAT[g.missing].en}`).join('; ');
  throw appError(
    'PRECONDITION_FAILED',
    `Báo cáo còn thiếu ${gaps.length} mục, chưa gửi được: ${vi}`,
    `The report lacks ${gaps.length} item(s) and cannot be sent: ${en}`,
  );
};
