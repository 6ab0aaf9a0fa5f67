// Adding or changing one register item: the commune, the name and one control per field, each checked as typed by the
// domain's rule and named on the form; what was typed stays on screen until the server has it.
import { registerValueProblem, type Register, type RegisterField, type RegisterFieldValue } from '@thidua/domain';
import { Button, ErrorNote, errorText, useI18n, type Translate } from '@thidua/ui';
import { useId, useState } from 'react';

export const NAME_MAX = 200;

export interface ItemDraft {
  itemId?: string;
  version?: number;
  unitId: string;
  name: string;
  /** What each control holds, as typed ("45,5", "true", ""). */
  raw: Record<string, string>;
}

const fromRaw = (field: RegisterField, raw: string): RegisterFieldValue | undefined => {
  const s = raw.trim();
  if (s === '') return null;
  if (field.kind === 'yes_no') return s === 'true';
  if (field.kind === 'percent' || field.kind === 'count') {
    const n = Number(s.replace(',', '.'));
    return Number.isNaN(n) ? undefined : n;
  }
  return s;
};

export const toRaw = (value: RegisterFieldValue | undefined, lang: string): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'number' && lang === 'vi'
      ? String(value).replace('.', ',')
      : String(value);

/** The values to send, or the problem of each field by ID. */
const readDraft = (register: Register, draft: ItemDraft, lang: 'vi' | 'en') => {
  const values: Record<string, RegisterFieldValue> = {};
  const problems: Record<string, string> = {};
  for (const field of register.fields) {
    const value = fromRaw(field, draft.raw[field.id] ?? '');
    const problem = value === undefined ? registerValueProblem(field, 'x') : registerValueProblem(field, value ?? null);
    if (problem) problems[field.id] = problem[lang];
    else values[field.id] = value ?? null;
  }
  return { values, problems };
};

export const RegisterItemForm = ({
  register,
  communes,
  initial,
  busy,
  error,
  onSave,
  onCancel,
  tr,
}: {
  register: Register;
  communes: ReadonlyArray<{ id: string; name: string; nameEn: string }>;
  initial: ItemDraft;
  busy: boolean;
  error: unknown;
  onSave: (draft: ItemDraft, values: Record<string, RegisterFieldValue>) => void;
  onCancel?: () => void;
  tr: Translate;
}) => {
  const { t, pick, lang } = useI18n();
  const [draft, setDraft] = useState<ItemDraft>(initial);
  // Each control named by its label alone (a wrapping label would add the selected option to the name).
  const id = useId();
  const { values, problems } = readDraft(register, draft, lang);
  const nameProblem = draft.name.trim() === '' || draft.name.length > NAME_MAX;
  const set = (id: string, raw: string) => setDraft((d) => ({ ...d, raw: { ...d.raw, [id]: raw } }));
  return (
    <form
      className="td-stack"
      data-testid={`register-form-${register.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!nameProblem && Object.keys(problems).length === 0) onSave(draft, values);
      }}
    >
      <div
        className="td-form-grid"
        style={{ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))' }}
      >
        <div>
          <label htmlFor={`${id}-unit`}>{t('common.commune')}</label>
          <select
            id={`${id}-unit`}
            value={draft.unitId}
            onChange={(e) => setDraft((d) => ({ ...d, unitId: e.target.value }))}
          >
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {lang === 'en' ? c.nameEn : c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-name`}>{tr('register.name')}</label>
          <input
            id={`${id}-name`}
            value={draft.name}
            maxLength={NAME_MAX}
            aria-invalid={nameProblem && draft.name !== ''}
            onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
          />
        </div>
        {register.fields.map((field) => (
          <div key={field.id}>
            <label htmlFor={`${id}-${field.id}`}>{pick(field.label)}</label>
            <FieldControl
              id={`${id}-${field.id}`}
              field={field}
              raw={draft.raw[field.id] ?? ''}
              onChange={(raw) => set(field.id, raw)}
              tr={tr}
            />
            {problems[field.id] && (
              <span className="td-field-error" role="alert">
                {pick(field.label)}: {problems[field.id]}
              </span>
            )}
          </div>
        ))}
      </div>
      {nameProblem && draft.name !== '' && (
        <span className="td-field-error">{tr('register.nameNeeded', { max: NAME_MAX })}</span>
      )}
      {error ? <ErrorNote message={errorText(error, lang)} /> : null}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="submit" busy={busy} disabled={nameProblem || Object.keys(problems).length > 0}>
          {busy ? t('common.saving') : t('common.save')}
        </Button>
        {onCancel && (
          <Button tone="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
};

const FieldControl = ({
  id,
  field,
  raw,
  onChange,
  tr,
}: {
  id: string;
  field: RegisterField;
  raw: string;
  onChange: (raw: string) => void;
  tr: Translate;
}) => {
  const { t, pick } = useI18n();
  switch (field.kind) {
    case 'yes_no':
      return (
        <select id={id} value={raw} onChange={(e) => onChange(e.target.value)}>
          <option value="">{tr('register.unchecked')}</option>
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </select>
      );
    case 'choice':
      return (
        <select id={id} value={raw} onChange={(e) => onChange(e.target.value)}>
          <option value="">{tr('register.unchecked')}</option>
          {field.options.map((o) => (
            <option key={o.id} value={o.id}>
              {pick(o.label)}
            </option>
          ))}
        </select>
      );
    case 'text':
      return <input id={id} value={raw} maxLength={200} onChange={(e) => onChange(e.target.value)} />;
    default:
      return (
        <input
          id={id}
          value={raw}
          inputMode={field.kind === 'percent' ? 'decimal' : 'numeric'}
          placeholder={field.kind === 'percent' ? '0–100' : '≥ 0'}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
};
