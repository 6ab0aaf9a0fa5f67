// The award decision: nominees passed by the council, the quota used and left, and a form that cannot exceed it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addMessages,
  Button,
  Card,
  ConfirmStep,
  ErrorNote,
  errorText,
  formatDate,
  formatNumber,
  Notice,
  ProgressBar,
  QueryView,
  ReviewSelect,
  todayInVietnam,
  useApi,
  useI18n,
  useReviewChoice,
  WithCalendar,
  type Calendar,
  type Me,
} from '@thidua/ui';
import { useState } from 'react';
import { DecisionDocuments } from './decision-documents.js';
import { councilMessages } from './council-messages.js';
import { nominationMessages } from './unit/nominations/nomination-messages.js';

// This page's own texts come with its code, not with the first screen's.
addMessages(councilMessages, nominationMessages);

export const DecisionsPage = ({ me }: { me: Me }) => (
  <WithCalendar>{(calendar) => <Decisions me={me} calendar={calendar} />}</WithCalendar>
);

const Decisions = ({ me, calendar }: { me: Me; calendar: Calendar }) => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [reviewId, setReviewId] = useReviewChoice(calendar);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(todayInVietnam);
  const [signer, setSigner] = useState('');
  const [signedOnBehalf, setSignedOnBehalf] = useState(false);
  // Issuing is irreversible: the form first shows what will be decided, then asks to confirm.
  const [confirming, setConfirming] = useState(false);
  const quotas = useQuery({
    queryKey: ['decisions.quotas', reviewId],
    queryFn: () => api.decisions.quotas.query({ reviewId }),
  });
  const nominations = useQuery({
    queryKey: ['nominations.list', reviewId],
    queryFn: () => api.nominations.list.query({ reviewId }),
  });
  const create = useMutation({
    mutationFn: () =>
      api.decisions.create.mutate({ reviewId, number, date, signer, signedOnBehalf, nominationIds: [...picked] }),
    onSuccess: () => {
      setPicked(new Set());
      setNumber('');
      setConfirming(false);
      void queryClient.invalidateQueries();
    },
  });
  const grantor = useQuery({
    queryKey: ['decisions.grantor', reviewId, date],
    queryFn: () => api.decisions.grantor.query({ reviewId, date }),
    enabled: confirming && !!date,
  });
  const chair = me.capabilities.signDecisions;
  const voted = (nominations.data ?? []).filter((n) => n.status === 'voted' || n.status === 'awarded');
  // The browser warns before the server refuses: the same numbers, the server still decides.
  const over = (quotas.data ?? [])
    .map((q) => ({ ...q, picked: voted.filter((n) => picked.has(n.id) && n.awardClass === q.awardClass).length }))
    .filter((q) => q.picked > q.remaining);
  return (
    <div className="td-stack">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t('decision.title', { review: reviewId })}</h2>
        <ReviewSelect
          label={t('dash.review')}
          calendar={calendar}
          value={reviewId}
          onChange={(r) => {
            setReviewId(r);
            setPicked(new Set());
          }}
        />
      </div>
      <Card title={t('dash.quotas')} testId="decision-quotas">
        <QueryView query={quotas}>
          {(rows) => (
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {rows.map((q) => (
                <li key={q.awardClass} data-quota={q.awardClass}>
                  {t(`dash.awardClass.${q.awardClass}`)}: {t('dash.used')} {q.used}/{q.max}, {t('dash.remaining')}{' '}
                  <strong>{q.remaining}</strong>
                  <ProgressBar value={q.max === 0 ? 0 : q.used / q.max} label={t(`dash.awardClass.${q.awardClass}`)} />
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </Card>
      <Card title={t('decision.pick')} testId="decision-form">
        {!chair && <Notice>{t('decision.chairOnly')}</Notice>}
        <QueryView query={nominations}>
          {() => (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                create.reset();
                setConfirming(true);
              }}
            >
              <ul style={{ listStyle: 'none', padding: 0 }}>
                {voted.map((n) => (
                  <li key={n.id}>
                    <label>
                      <input
                        type="checkbox"
                        disabled={!chair || n.status === 'awarded'}
                        checked={picked.has(n.id) || n.status === 'awarded'}
                        onChange={(e) =>
                          setPicked((s) => {
                            const next = new Set(s);
                            if (e.target.checked) next.add(n.id);
                            else next.delete(n.id);
                            return next;
                          })
                        }
                      />{' '}
                      {n.nominee} · {t(`dash.awardClass.${n.awardClass}`)} · {t('dash.score')}{' '}
                      {formatNumber(n.standing.score, lang)} · {t(`nomination.${n.status}`)}
                    </label>
                  </li>
                ))}
              </ul>
              {over.map((q) => (
                <Notice key={q.awardClass} tone="warn">
                  {t('decision.overQuota', {
                    class: t(`dash.awardClass.${q.awardClass}`),
                    remaining: q.remaining,
                    picked: q.picked,
                  })}
                </Notice>
              ))}
              {chair && (
                <div className="td-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
                  <div className="td-field">
                    <label htmlFor="d-number">{t('decision.number')}</label>
                    <input
                      id="d-number"
                      value={number}
                      onChange={(e) => setNumber(e.target.value)}
                      placeholder="123/QĐ-UBND"
                      required
                    />
                  </div>
                  <div className="td-field">
                    <label htmlFor="d-date">{t('decision.date')}</label>
                    <input id="d-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
                  </div>
                  <div className="td-field">
                    <label htmlFor="d-signer">{t('decision.signer')}</label>
                    <input id="d-signer" value={signer} onChange={(e) => setSigner(e.target.value)} required />
                  </div>
                  <div className="td-field">
                    <label>
                      <input
                        type="checkbox"
                        checked={signedOnBehalf}
                        onChange={(e) => setSignedOnBehalf(e.target.checked)}
                      />{' '}
                      {t('decision.onBehalf')}
                    </label>
                  </div>
                </div>
              )}
              {create.isError && <ErrorNote message={errorText(create.error, lang)} />}
              {create.isSuccess && <Notice tone="ok">{t('decision.created')}</Notice>}
              {chair && !confirming && (
                <Button
                  type="submit"
                  disabled={
                    picked.size === 0 || over.length > 0 || number.trim().length < 3 || signer.trim().length < 3
                  }
                >
                  {t('decision.review')}
                </Button>
              )}
              {chair && confirming && (
                <ConfirmStep
                  label={t('decision.confirmTitle')}
                  busy={create.isPending}
                  onConfirm={() => create.mutate()}
                  onCancel={() => setConfirming(false)}
                  confirmLabel={t('decision.create')}
                >
                  <p>
                    <strong>{t('decision.confirmTitle')}</strong>
                  </p>
                  <p>
                    {t('decision.confirmWhat', { number, date: formatDate(date, lang), signer })}
                    {signedOnBehalf ? ` (${t('decision.onBehalf')})` : ''}
                  </p>
                  <QueryView query={grantor}>
                    {(g) => (
                      <p data-testid="decision-grantor">
                        {t('decision.grantor', { grantor: pick(g.grantor) })}
                        {!g.confirmed && (
                          <>
                            {' '}
                            · <strong>{t('decision.grantorUnconfirmed')}</strong>
                          </>
                        )}
                      </p>
                    )}
                  </QueryView>
                  <ul data-testid="decision-awardees">
                    {voted
                      .filter((n) => picked.has(n.id))
                      .map((n) => (
                        <li key={n.id}>
                          {n.nominee} · {t(`dash.awardClass.${n.awardClass}`)}
                        </li>
                      ))}
                  </ul>
                  <ul>
                    {(quotas.data ?? []).map((q) => {
                      const add = voted.filter((n) => picked.has(n.id) && n.awardClass === q.awardClass).length;
                      return (
                        <li key={q.awardClass}>
                          {t('decision.quotaAfter', {
                            class: t(`dash.awardClass.${q.awardClass}`),
                            used: q.used + add,
                            max: q.max,
                          })}
                        </li>
                      );
                    })}
                  </ul>
                  <p>{t('decision.irreversible')}</p>
                </ConfirmStep>
              )}
            </form>
          )}
        </QueryView>
      </Card>
      <DecisionDocuments reviewId={reviewId} />
    </div>
  );
};
