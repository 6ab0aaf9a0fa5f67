// One value cell of a data-entry table: yes/no as a choice, numbers as text checked as typed, the reason shown under it.
import { useI18n } from '@thidua/ui';
import { parseValue, rangeHint } from './value-input.js';

type AnyMeasure = Parameters<typeof parseValue>[0];

export const ValueField = ({ id, label, measure, raw, disabled, onChange }: { id?: string; label?: string; measure: AnyMeasure; raw: string; disabled?: boolean; onChange: (raw: string) => void }) => {
  const { t } = useI18n();
  const parsed = parseValue(measure, raw);
  const problem = parsed.ok ? null : t(parsed.problem);
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
        <input id={id} aria-label={label} inputMode="decimal" value={raw} disabled={disabled} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined} placeholder={rangeHint(measure)} onChange={(e) => onChange(e.target.value)} />
      )}
      {problem && <div id={errorId} className="td-cell__error">{problem}</div>}
    </>
  );
};
