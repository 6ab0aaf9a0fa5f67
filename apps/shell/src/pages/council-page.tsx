// Nominees of a review for Home Affairs and the council: public comments opened and read, each dossier appraised with
// the standing and the comments side by side, then the council's secret ballot.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addMessages,
  Button,
  endOfDayInVietnam,
  Card,
  DataTable,
  ErrorNote,
  errorText,
  formatDateTime,
  formatNumber,
  QueryView,
  ReviewSelect,
  StatusBadge,
  useApi,
  useI18n,
  useReviewChoice,
  WithCalendar,
  type Calendar,
  type Me,
} from '@thidua/ui';
import { useState } from 'react';
import { BallotCard } from './council/ballot-card.js';
import { NomineeDetails } from './council/nominee-details.js';
import { councilMessages } from './council-messages.js';
import { nominationMessages } from './unit/nominations/nomination-messages.js';

// This page's own texts come with its code, not with the first screen's.
addMessages(councilMessages, nominationMessages);

export const CouncilPage = ({ me }: { me: Me }) => (
  <WithCalendar>{(calendar) => <Council me={me} calendar={calendar} />}</WithCalendar>
);

const Council = ({ me, calendar }: { me: Me; calendar: Calendar }) => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [reviewId, setReviewId] = useReviewChoice(calendar);
  const [until, setUntil] = useState('');
  const [opened, setOpened] = useState<string | null>(null);
  const homeAffairs = me.capabilities.appraise;
  const nominations = useQuery({
    queryKey: ['nominations.list', reviewId],
    queryFn: () => api.nominations.list.query({ reviewId }),
  });
  const action = useMutation({
    mutationFn: async (run: () => Promise<unknown>) => run(),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
  const rows = (nominations.data ?? []).filter((n) => n.status !== 'withdrawn');
  return (
    <div className="td-stack">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t('council.title', { review: reviewId })}</h2>
        <ReviewSelect label={t('dash.review')} calendar={calendar} value={reviewId} onChange={setReviewId} />
      </div>
      {action.isError && <ErrorNote message={errorText(action.error, lang)} />}
      <Card title={t('council.nominee')} testId="nominees">
        <QueryView query={nominations}>
          {() => (
            <DataTable
              rows={rows}
              rowKey={(n) => n.id}
              columns={[
                {
                  key: 'who',
                  header: t('council.nominee'),
                  cell: (n) => (
                    <>
                      <strong>{n.nominee}</strong>
                      <div className="td-muted">{n.achievements}</div>
                    </>
                  ),
                  sortValue: (n) => n.nominee,
                },
                { key: 'class', header: t('dash.awardClass'), cell: (n) => t(`dash.awardClass.${n.awardClass}`) },
                {
                  key: 'score',
                  header: t('dash.score'),
                  cell: (n) => formatNumber(n.standing.score, lang),
                  sortValue: (n) => n.standing.score,
                  align: 'end',
                },
                {
                  key: 'eligible',
                  header: t('council.eligible'),
                  cell: (n) => (
                    <StatusBadge
                      status={n.standing.eligible ? 'eligible' : 'not_eligible'}
                      label={
                        n.standing.explanation
                          ? pick(n.standing.explanation)
                          : t(n.standing.eligible ? 'dash.eligible' : 'dash.not_eligible')
                      }
                    />
                  ),
                },
                {
                  key: 'status',
                  header: t('common.status'),
                  cell: (n) => (
                    <StatusBadge
                      status={
                        n.status === 'awarded' || n.status === 'voted'
                          ? 'approved'
                          : n.status === 'rejected'
                            ? 'not_met'
                            : 'pending'
                      }
                      label={t(`nomination.${n.status}`)}
                    />
                  ),
                },
                {
                  key: 'comments',
                  header: t('council.commentsUntil'),
                  cell: (n) => (
                    <>
                      {formatDateTime(n.commentsUntil, lang)}
                      <div className="td-muted">{t('council.publicComments', { count: n.comments })}</div>
                    </>
                  ),
                },
                {
                  key: 'open',
                  header: '',
                  cell: (n) => (
                    <Button
                      tone="secondary"
                      onClick={() => setOpened(opened === n.id ? null : n.id)}
                      aria-expanded={opened === n.id}
                    >
                      {t(opened === n.id ? 'council.hideDossier' : 'council.showDossier')}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
        {(() => {
          const n = rows.find((r) => r.id === opened);
          if (!n) return null;
          // Appraisal comes after the comment window, on the dossier, the standing and the comments shown together.
          const appraisable =
            homeAffairs && n.status === 'in_comment' && !!n.commentsUntil && new Date(n.commentsUntil) <= new Date();
          return (
            <NomineeDetails
              n={n}
              canHide={homeAffairs}
              appraise={
                appraisable
                  ? (result, note) =>
                      action.mutate(() =>
                        api.council.appraise.mutate({
                          nominationId: n.id,
                          version: n.version,
                          result,
                          ...(note ? { note } : {}),
                        }),
                      )
                  : null
              }
            />
          );
        })()}
        {homeAffairs && (
          <form
            style={{ display: 'flex', gap: 8, alignItems: 'end', marginTop: 12, flexWrap: 'wrap' }}
            onSubmit={(e) => {
              e.preventDefault();
              action.mutate(() => api.nominations.openComments.mutate({ reviewId, until: endOfDayInVietnam(until) }));
            }}
          >
            <div className="td-field" style={{ margin: 0 }}>
              <label htmlFor="comments-until">{t('council.openComments')}</label>
              <input
                id="comments-until"
                type="date"
                value={until}
                onChange={(e) => setUntil(e.target.value)}
                required
              />
            </div>
            <Button type="submit" tone="secondary" disabled={!until} busy={action.isPending}>
              {t('council.openCommentsButton')}
            </Button>
          </form>
        )}
      </Card>
      <BallotCard me={me} reviewId={reviewId} nominations={rows} />
    </div>
  );
};
