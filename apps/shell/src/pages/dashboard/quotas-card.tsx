// Award quotas per review of the movement: how many awards are used and how many remain.
import { useQueries } from '@tanstack/react-query';
import { Card, ProgressBar, useApi, useI18n, type Calendar } from '@thidua/ui';

export const QuotasCard = ({ calendar }: { calendar: Calendar }) => {
  const reviews = calendar.reviews.map((r) => r.id);
  const { t } = useI18n();
  const api = useApi();
  const quotas = useQueries({
    queries: reviews.map((reviewId) => ({
      queryKey: ['decisions.quotas', reviewId],
      queryFn: () => api.decisions.quotas.query({ reviewId }),
    })),
  });
  return (
    <Card title={t('dash.quotas')} testId="quotas-card">
      <table className="td-table">
        <thead>
          <tr>
            <th scope="col">{t('dash.review')}</th>
            <th scope="col">{t('dash.awardClass')}</th>
            <th scope="col" className="td-num">
              {t('dash.used')}
            </th>
            <th scope="col" className="td-num">
              {t('dash.remaining')}
            </th>
            <th scope="col" style={{ width: '30%' }}>
              {t('dash.progress')}
            </th>
          </tr>
        </thead>
        <tbody>
          {reviews.flatMap((reviewId, i) =>
            (quotas[i]?.data ?? []).map((q) => (
              <tr key={`${reviewId}-${q.awardClass}`} data-quota={`${reviewId}-${q.awardClass}`}>
                <th scope="row">
                  <code>{reviewId}</code>
                </th>
                <td>{t(`dash.awardClass.${q.awardClass}`)}</td>
                <td className="td-num">
                  {q.used}/{q.max}
                </td>
                <td className="td-num">{q.remaining}</td>
                <td>
                  <ProgressBar
                    value={q.max === 0 ? 0 : q.used / q.max}
                    label={`${reviewId} ${t(`dash.awardClass.${q.awardClass}`)}`}
                  />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </Card>
  );
};
