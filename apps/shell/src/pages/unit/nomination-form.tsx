// Proposing the unit for an award in a review window (D-NOMINATION), and the unit's nominations so far.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DataTable, ErrorNote, errorText, formatDate, formatDateTime, formatNumber, Notice, QueryView, ReviewSelect, StatusBadge, todayInVietnam, useApi, useI18n, useReviewChoice, type Calendar } from '@thidua/ui';
import { useState } from 'react';


export const NominationForm = ({ unitId, calendar }: { unitId: string; calendar: Calendar }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [reviewId, setReviewId] = useReviewChoice(calendar);
  const [achievements, setAchievements] = useState('');
  const review = calendar.reviews.find((r) => r.id === reviewId);
  // The same window the API checks (assertReviewOpen): the review's days, on the district's calendar.
  const today = todayInVietnam();
  const open = !!review && today >= review.start && today <= review.end;
  const list = useQuery({ queryKey: ['nominations.list', reviewId], queryFn: () => api.nominations.list.query({ reviewId }) });
  const propose = useMutation({
    mutationFn: () => api.nominations.propose.mutate({ awardClass: 'collective', reviewId, unitId, achievements }),
    onSuccess: () => { setAchievements(''); void queryClient.invalidateQueries({ queryKey: ['nominations.list'] }); },
  });
  return (
    <Card title={t('unit.nominate')} testId="nominations" actions={
      <ReviewSelect label={t('dash.review')} calendar={calendar} value={reviewId} onChange={setReviewId} />
    }>
      <form onSubmit={(e) => { e.preventDefault(); propose.mutate(); }}>
        <div className="td-field">
          <label htmlFor="achievements">{t('unit.achievements')}</label>
          <textarea id="achievements" rows={3} value={achievements} onChange={(e) => setAchievements(e.target.value)} minLength={20} maxLength={5000} />
        </div>
        {review && (
          <Notice tone={open ? 'info' : 'warn'}>
            {t(open ? 'unit.reviewOpen' : 'unit.reviewClosed', { review: reviewId, from: formatDate(review.start, lang), to: formatDate(review.end, lang) })}
          </Notice>
        )}
        {propose.isError && <ErrorNote message={errorText(propose.error, lang)} />}
        <Button type="submit" busy={propose.isPending} disabled={!open || achievements.trim().length < 20}>{t('unit.propose')}</Button>
      </form>
      <h3 style={{ marginTop: 16 }}>{t('unit.proposed')}</h3>
      <QueryView query={list}>
        {(rows) => (
          <DataTable
            rows={rows}
            rowKey={(n) => n.id}
            columns={[
              { key: 'who', header: t('common.unit'), cell: (n) => n.unit?.name ?? n.person?.fullName ?? '—' },
              { key: 'class', header: t('dash.awardClass'), cell: (n) => t(`dash.awardClass.${n.awardClass}`) },
              { key: 'score', header: t('dash.score'), cell: (n) => formatNumber(n.scoreSnapshot, lang), align: 'end' },
              { key: 'status', header: t('common.status'), cell: (n) => <StatusBadge status={n.status} label={t(`nomination.${n.status}`)} /> },
              { key: 'at', header: t('dash.proposedAt'), cell: (n) => formatDateTime(n.proposedAt, lang) },
            ]}
          />
        )}
      </QueryView>
    </Card>
  );
};
