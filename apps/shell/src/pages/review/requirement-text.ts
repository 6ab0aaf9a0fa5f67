// A criterion's requirement and a reported value as a reviewer reads them: "≥ 65%", "Có", "72,5%".
import { formatNumber, type useI18n } from '@thidua/ui';

type Language = ReturnType<typeof useI18n>['lang'];

const OP: Record<string, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

type Threshold = { op: string; value: number | boolean };

export const valueText = (
  value: number | boolean | null,
  measure: string,
  lang: Language,
  yesNo: (v: boolean) => string,
): string =>
  value === null
    ? '—'
    : typeof value === 'boolean'
      ? yesNo(value)
      : `${formatNumber(value, lang, 2)}${measure === 'percent' ? '%' : ''}`;

export const requirementText = (
  threshold: Threshold,
  measure: string,
  lang: Language,
  yesNo: (v: boolean) => string,
): string =>
  typeof threshold.value === 'boolean'
    ? yesNo(threshold.value)
    : `${OP[threshold.op] ?? threshold.op} ${valueText(threshold.value, measure, lang, yesNo)}`;
