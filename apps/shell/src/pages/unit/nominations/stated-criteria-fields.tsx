// An individual's criteria as the proposer states them: met or not, and for a criterion the movement wants evidence of,
// a recognised initiative of the person or an uploaded file.
import { useQuery } from '@tanstack/react-query';
import type { RouterInputs, RouterOutputs } from '@thidua/api';
import { EvidenceUpload, useApi, useI18n } from '@thidua/ui';

export type StatedCriterion = Extract<
  RouterInputs['nominations']['propose'],
  { awardClass: 'individual' }
>['criteria'][number];
type Criterion = RouterOutputs['nominations']['requirements']['individualCriteria'][number];

/** The form's rows, in the movement's order; a met criterion needing evidence without any is reported as missing. */
export const missingEvidence = (
  criteria: readonly Criterion[],
  stated: Readonly<Record<string, StatedCriterion>>,
): Criterion[] =>
  criteria.filter(
    (c) => c.evidence === 'required' && stated[c.id]?.met && !stated[c.id]?.initiativeId && !stated[c.id]?.evidenceFile,
  );

export const StatedCriteriaFields = ({
  criteria,
  personId,
  value,
  onChange,
}: {
  criteria: readonly Criterion[];
  personId: string;
  value: Readonly<Record<string, StatedCriterion>>;
  onChange: (next: Record<string, StatedCriterion>) => void;
}) => {
  const { t, pick } = useI18n();
  const api = useApi();
  const initiatives = useQuery({
    queryKey: ['initiatives.list', 'recognised'],
    queryFn: () => api.initiatives.list.query({ status: 'recognised' }),
  });
  const own = (initiatives.data ?? []).filter((i) => i.authorId === personId);
  const set = (id: string, patch: Partial<StatedCriterion>) =>
    onChange({ ...value, [id]: { ...(value[id] ?? { criterionId: id, met: false }), ...patch } });
  return (
    <fieldset className="td-fieldset" data-testid="stated-criteria">
      <legend>{t('propose.criteria')}</legend>
      {criteria.map((c) => {
        const row = value[c.id];
        return (
          <div key={c.id} className="td-field" data-criterion={c.id}>
            <label>
              <input
                type="checkbox"
                checked={row?.met ?? false}
                onChange={(e) => set(c.id, { met: e.target.checked })}
              />{' '}
              {t('propose.met', { label: pick(c.label) })}
            </label>
            {row?.met && c.evidence !== 'none' && (
              <div style={{ display: 'grid', gap: 4, marginLeft: 24 }}>
                {c.evidence === 'required' && <span className="td-hint">{t('propose.evidenceRequired')}</span>}
                <label htmlFor={`initiative-${c.id}`}>{t('propose.initiative')}</label>
                <select
                  id={`initiative-${c.id}`}
                  value={row.initiativeId ?? ''}
                  onChange={(e) => set(c.id, { initiativeId: e.target.value || undefined })}
                  disabled={own.length === 0}
                >
                  <option value="">{own.length === 0 ? t('propose.noInitiative') : '—'}</option>
                  {own.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.title}
                    </option>
                  ))}
                </select>
                <EvidenceUpload
                  label={t('propose.file', { id: c.id })}
                  onUploaded={(url) => set(c.id, { evidenceFile: new URL(url).pathname })}
                />
                <label htmlFor={`note-${c.id}`}>{t('propose.note')}</label>
                <input
                  id={`note-${c.id}`}
                  value={row.note ?? ''}
                  maxLength={1000}
                  onChange={(e) => set(c.id, { note: e.target.value || undefined })}
                />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
};
