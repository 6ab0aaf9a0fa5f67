// One value cell of a data-entry table: yes/no as a choice, numbers as text checked as typed, the reason shown under it
// (with the allowed range), and what will be stored when it is written differently ("1 200" → 1.200).
import { formatNumber, useI18n } from '@thidua/ui';
import { unambiguousSpellings } from '@thidua/domain';
import { parseValue, rangeHint, type Parsed } from './value-input.js';

type AnyMeasure = Parameters<typeof parseValue>[0];

/** Why a cell is refused, in the reader's language, with the limit or the two readings to choose from. */
const problemText = (
  parsed: Exclude<Parsed, { ok: true }>,
  raw: string,
  t: (key: string, params?: Record<string, string | number>) => string,
): string => {
  if (parsed.problem === 'value.outOfRange') return t('value.outOfRange', { range: parsed.range });
  if (parsed.problem === 'value.ambiguous') {
    const [first, second] = unambiguousSpellings(parsed.readings);
    return t('value.ambiguous', { raw: raw.trim(), first, second });
  }
  return t(parsed.problem);
};

export const ValueField = ({
  id,
  label,
  measure,
  raw,
  disabled,
  onChange,
}: {
  id?: string;
  label?: string;
  measure: AnyMeasure;
  raw: string;
  disabled?: boolean;
  onChange: (raw: string) => void;
}) => {
  const { t, lang } = useI18n();
  const parsed = parseValue(measure, raw);
  const problem = parsed.ok ? null : problemText(parsed, raw, t);
  const stored = parsed.ok && typeof parsed.value === 'number' ? formatNumber(parsed.value, lang, 6) : null;
  // Written otherwise than the product would write it: say what will be saved, so "1.000" is never a surprise.
  const showBack = stored !== null && stored !== raw.trim();
  const errorId = id ? `${id}-err` : undefined;
  return (
    <>
      {measure.kind === 'boolean' ? (
        <select id={id} aria-label={label} value={raw} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </select>
      ) : (
        <input
          id={id}
          aria-label={label}
          inputMode="decimal"
          value={raw}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          placeholder={rangeHint(measure)}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {problem && (
        <div id={errorId} className="td-cell__error">
          {problem}
        </div>
      )}
      {showBack && <div className="td-hint">{t('value.willStore', { value: stored })}</div>}
    </>
  );
};
