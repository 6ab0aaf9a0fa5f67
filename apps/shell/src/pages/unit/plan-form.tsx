// The unit's own implementation plan (D-UNIT-PLAN): the document's number, title and file, with the deadline.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  ErrorNote,
  errorText,
  EvidenceUpload,
  formatDate,
  formatDateTime,
  Notice,
  QueryView,
  StatusBadge,
  useApi,
  useI18n,
} from '@thidua/ui';
import { useState } from 'react';

export const PlanForm = ({ unitId }: { unitId: string }) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: ['plans.get', unitId], queryFn: () => api.plans.get.query({ unitId }) });
  const [title, setTitle] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api.plans.submit.mutate({
        unitId,
        title,
        documentNumber,
        evidenceUrl,
        version: plan.data?.plan?.version ?? undefined,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans.get', unitId] }),
  });
  return (
    <Card title={t('unit.plan')} testId="plan">
      <QueryView query={plan}>
        {({ plan: p, deadline }) => (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              send.mutate();
            }}
          >
            <p>
              {t('unit.planDeadline', { date: formatDate(deadline.lastOnTimeLocal.slice(0, 10), lang) })}{' '}
              <StatusBadge status={deadline.status} />
            </p>
            {p && (
              <Notice tone={deadline.status === 'late' ? 'warn' : 'ok'}>
                <strong>{p.documentNumber}</strong> {p.title} ({formatDateTime(p.submittedAt, lang)}).{' '}
                {pick(deadline.explanation)}{' '}
                {p.evidenceUrl && (
                  <a href={p.evidenceUrl} target="_blank" rel="noreferrer">
                    {t('common.evidence')}
                  </a>
                )}
              </Notice>
            )}
            {/* Sent, and its deadline past: a record to read, no longer a form. */}
            {!(p && Date.now() >= Date.parse(deadline.dueAt)) && (
              <>
                <div className="td-field">
                  <label htmlFor="plan-number">{t('unit.planNumber')}</label>
                  <input
                    id="plan-number"
                    value={documentNumber}
                    onChange={(e) => setDocumentNumber(e.target.value)}
                    placeholder="12/KH-UBND"
                    required
                    minLength={3}
                  />
                </div>
                <div className="td-field">
                  <label htmlFor="plan-title">{t('unit.planTitle')}</label>
                  <input
                    id="plan-title"
                    value={title}
                    onChange={(e) => setTitle(e.target.value)}
                    required
                    minLength={5}
                  />
                </div>
                <EvidenceUpload label={t('unit.planFile')} onUploaded={setEvidenceUrl} />
                {send.isError && <ErrorNote message={errorText(send.error, lang)} />}
                <Button
                  type="submit"
                  busy={send.isPending}
                  disabled={!evidenceUrl || title.trim().length < 5 || documentNumber.trim().length < 3}
                >
                  {t('unit.planSubmit')}
                </Button>
              </>
            )}
          </form>
        )}
      </QueryView>
    </Card>
  );
};
