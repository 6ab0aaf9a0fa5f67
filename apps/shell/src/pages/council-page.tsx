// Nominees of a review: public comments (Home Affairs), appraisal (Home Affairs), and the council's secret ballot.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DataTable, ErrorNote, errorText, formatDate, formatDateTime, formatNumber, Notice, QueryView, ReviewSelect, StatusBadge, useApi, useI18n, useReviewChoice, WithCalendar, type Calendar, type Me } from '@thidua/ui';
import { useState } from 'react';

type Choice = 'yes' | 'no' | 'abstain';

/** A date picked in the form is a day in Vietnam: the window ends at 23:59:59 that day (UTC+7). */
const endOfLocalDay = (date: string) => `${date}T23:59:59+07:00`;

export const CouncilPage = ({ me }: { me: Me }) => <WithCalendar>{(calendar) => <Council me={me} calendar={calendar} />}</WithCalendar>;

const Council = ({ me, calendar }: { me: Me; calendar: Calendar }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [reviewId, setReviewId] = useReviewChoice(calendar);
  const [until, setUntil] = useState('');
  const [quorum, setQuorum] = useState(5);
  const [closes, setCloses] = useState('');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const homeAffairs = me.capabilities.appraise;
  const nominations = useQuery({ queryKey: ['nominations.list', reviewId], queryFn: () => api.nominations.list.query({ reviewId }) });
  const ballot = useQuery({ queryKey: ['council.ballot', reviewId], queryFn: () => api.council.ballot.query({ reviewId }) });
  const done = () => queryClient.invalidateQueries();
  const action = useMutation({
    mutationFn: async (run: () => Promise<unknown>) => run(),
    onSuccess: () => void done(),
  });
  const b = ballot.data;
  const open = b?.status === 'open' ? b : null;
  const appraised = (nominations.data ?? []).filter((n) => open?.nominationIds.includes(n.id));
  return (
    <div className="td-stack">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t('council.title', { review: reviewId })}</h2>
        <ReviewSelect label={t('dash.review')} calendar={calendar} value={reviewId} onChange={setReviewId} />
      </div>
      {action.isError && <ErrorNote message={errorText(action.error, lang)} />}
      <Card title={t('council.nominee')} testId="nominees">
        <QueryView query={nominations}>
          {(rows) => (
            <DataTable
              rows={rows}
              rowKey={(n) => n.id}
              columns={[
                { key: 'who', header: t('council.nominee'), cell: (n) => <><strong>{n.unit?.name ?? n.person?.fullName}</strong><div className="td-muted">{n.achievements}</div></>, sortValue: (n) => n.unit?.name ?? n.person?.fullName ?? '' },
                { key: 'class', header: t('dash.awardClass'), cell: (n) => t(`dash.awardClass.${n.awardClass}`) },
                { key: 'score', header: t('dash.score'), cell: (n) => formatNumber(n.scoreSnapshot, lang), sortValue: (n) => n.scoreSnapshot, align: 'end' },
                { key: 'eligible', header: t('council.eligible'), cell: (n) => <StatusBadge status={n.eligibleSnapshot ? 'eligible' : 'not_eligible'} label={t(n.eligibleSnapshot ? 'dash.eligible' : 'dash.not_eligible')} /> },
                { key: 'status', header: t('common.status'), cell: (n) => <StatusBadge status={n.status === 'awarded' || n.status === 'voted' ? 'approved' : n.status === 'rejected' ? 'not_met' : 'pending'} label={t(`nomination.${n.status}`)} /> },
                { key: 'comments', header: t('council.commentsUntil'), cell: (n) => formatDateTime(n.commentsUntil, lang) },
                ...(homeAffairs
                  ? [{
                      key: 'appraise',
                      header: t('council.appraise'),
                      cell: (n: (typeof rows)[number]) => {
                        if (n.status === 'proposed') return <span className="td-muted">{t('council.noComments')}</span>;
                        if (n.status !== 'in_comment') return null;
                        if (!n.commentsUntil || new Date(n.commentsUntil) > new Date()) return <span className="td-muted">{t('council.commentsOpen')}</span>;
                        return (
                          <span style={{ display: 'grid', gap: 4 }}>
                            <Button onClick={() => action.mutate(() => api.council.appraise.mutate({ nominationId: n.id, version: n.version, result: 'pass' }))}>{t('council.pass')}</Button>
                            <input aria-label={`${t('council.failNote')}: ${n.unit?.name ?? n.person?.fullName ?? ''}`} placeholder={t('council.failNote')} value={notes[n.id] ?? ''} onChange={(e) => setNotes((s) => ({ ...s, [n.id]: e.target.value }))} />
                            <Button tone="secondary" disabled={!(notes[n.id] ?? '').trim()} onClick={() => action.mutate(() => api.council.appraise.mutate({ nominationId: n.id, version: n.version, result: 'fail', note: notes[n.id] ?? '' }))}>{t('council.fail')}</Button>
                          </span>
                        );
                      },
                    }]
                  : []),
              ]}
            />
          )}
        </QueryView>
        {homeAffairs && (
          <form style={{ display: 'flex', gap: 8, alignItems: 'end', marginTop: 12, flexWrap: 'wrap' }} onSubmit={(e) => { e.preventDefault(); action.mutate(() => api.nominations.openComments.mutate({ reviewId, until: endOfLocalDay(until) })); }}>
            <div className="td-field" style={{ margin: 0 }}>
              <label htmlFor="comments-until">{t('council.openComments')}</label>
              <input id="comments-until" type="date" value={until} onChange={(e) => setUntil(e.target.value)} required />
            </div>
            <Button type="submit" tone="secondary" disabled={!until} busy={action.isPending}>{t('council.openCommentsButton')}</Button>
          </form>
        )}
      </Card>
      <Card title={t('council.ballot')} testId="ballot">
        <QueryView query={ballot}>
          {() => (
            <>
              {!open && <p>{t('council.noBallot')}</p>}
              {b?.status === 'closed' && b.results && (
                <Notice tone="ok">
                  {t('council.results', { voters: b.voters })}:{' '}
                  {b.results.map((r) => `${(nominations.data ?? []).find((n) => n.id === r.nominationId)?.unit?.name ?? (nominations.data ?? []).find((n) => n.id === r.nominationId)?.person?.fullName ?? r.nominationId}: ${t('council.yes')} ${r.yes}, ${t('council.no')} ${r.no}, ${t('council.abstain')} ${r.abstain}`).join('; ')}
                </Notice>
              )}
              {open && <p>{t('council.ballotOpen', { date: formatDateTime(open.closesAt, lang), voters: open.voters, quorum: open.quorum })}</p>}
              {open && me.capabilities.vote && (open.hasVoted ? (
                <Notice tone="ok">{t('council.voted')}</Notice>
              ) : (
                <form onSubmit={(e) => { e.preventDefault(); action.mutate(() => api.council.vote.mutate({ ballotId: open.id, choices: appraised.map((n) => ({ nominationId: n.id, choice: choices[n.id] ?? 'abstain' })) })); }}>
                  {appraised.map((n) => (
                    <fieldset key={n.id} style={{ border: 0, padding: 0, margin: '0 0 8px' }}>
                      <legend><strong>{n.unit?.name ?? n.person?.fullName}</strong></legend>
                      {(['yes', 'no', 'abstain'] as const).map((c) => (
                        <label key={c} style={{ marginRight: 12 }}>
                          <input type="radio" name={`vote-${n.id}`} value={c} checked={(choices[n.id] ?? 'abstain') === c} onChange={() => setChoices((s) => ({ ...s, [n.id]: c }))} /> {t(`council.${c}`)}
                        </label>
                      ))}
                    </fieldset>
                  ))}
                  <Button type="submit" busy={action.isPending} disabled={appraised.length === 0}>{t('council.vote')}</Button>
                </form>
              ))}
              {homeAffairs && (open ? (
                <Button tone="secondary" onClick={() => action.mutate(() => api.council.closeBallot.mutate({ ballotId: open.id }))} busy={action.isPending}>{t('council.closeBallot')}</Button>
              ) : (
                <form style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }} onSubmit={(e) => { e.preventDefault(); action.mutate(() => api.council.openBallot.mutate({ reviewId, quorum, closesAt: endOfLocalDay(closes) })); }}>
                  <div className="td-field" style={{ margin: 0 }}>
                    <label htmlFor="quorum">{t('council.quorum')}</label>
                    <input id="quorum" type="number" min={1} max={50} value={quorum} onChange={(e) => setQuorum(Number(e.target.value))} />
                  </div>
                  <div className="td-field" style={{ margin: 0 }}>
                    <label htmlFor="closes">{t('council.closesAt')}</label>
                    <input id="closes" type="date" value={closes} onChange={(e) => setCloses(e.target.value)} required />
                  </div>
                  <Button type="submit" disabled={!closes} busy={action.isPending}>{t('council.openBallot')}</Button>
                  {closes && <span className="td-muted">{formatDate(closes, lang)}</span>}
                </form>
              ))}
            </>
          )}
        </QueryView>
      </Card>
    </div>
  );
};
