// Where the movement stands: the current phase, the next deadlines, and each year's report deadline: on time / late / missing.
import { useQueries, useQuery } from '@tanstack/react-query';
import {
  Card,
  formatDate,
  formatDateTime,
  lastDayBefore,
  QueryView,
  StatusBadge,
  useApi,
  useI18n,
  type Calendar,
} from '@thidua/ui';

export const TimelineCard = ({ calendar }: { calendar: Calendar }) => {
  // Oldest first, as the years happened.
  const YEARS = [...calendar.reportingYears].reverse();
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const timeline = useQuery({ queryKey: ['movement.timeline'], queryFn: () => api.movement.timeline.query() });
  const plans = useQuery({ queryKey: ['plans.completeness'], queryFn: () => api.plans.completeness.query() });
  const years = useQueries({
    queries: YEARS.map((year) => ({
      queryKey: ['reports.completeness', year],
      queryFn: () => api.reports.completeness.query({ year }),
    })),
  });
  return (
    <Card title={t('dash.timeline')} testId="timeline-card">
      <QueryView query={timeline}>
        {(tl) => (
          <>
            <p>
              {t('dash.phase')}:{' '}
              <strong data-testid="current-phase">
                {tl.phase ? pick(tl.phase.label) : t(`dash.movement.${tl.status}`)}
              </strong>
            </p>
            {tl.nextDeadlines.length > 0 && (
              <>
                <h3>{t('dash.nextDeadlines')}</h3>
                <ul>
                  {tl.nextDeadlines.slice(0, 3).map((d) => (
                    <li key={`${d.deadlineId}-${d.year}`}>
                      <code>{d.deadlineId}</code> {pick(d.label)}: {formatDateTime(d.dueAt, lang)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </QueryView>
      <div className="td-table-wrap" tabIndex={0}>
        <table className="td-table" data-testid="deadline-counts">
          <thead>
            <tr>
              <th scope="col">{t('dash.deadline')}</th>
              <th scope="col" className="td-num">
                {t('status.on_time')}
              </th>
              <th scope="col" className="td-num">
                {t('status.late')}
              </th>
              <th scope="col" className="td-num">
                {t('status.missing')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr data-deadline="D-UNIT-PLAN">
              <th scope="row" style={{ fontWeight: 400 }}>
                <code>D-UNIT-PLAN</code>
                <br />
                {t('dash.planDeadline', {
                  date: plans.data ? formatDate(plans.data.lastOnTime.slice(0, 10), lang) : '—',
                })}
              </th>
              <td className="td-num">
                {plans.data ? <StatusBadge status="on_time" label={String(plans.data.onTime)} /> : '…'}
              </td>
              <td className="td-num">
                {plans.data ? <StatusBadge status="late" label={String(plans.data.late)} /> : '…'}
              </td>
              <td className="td-num">
                {plans.data ? <StatusBadge status="missing" label={String(plans.data.missing)} /> : '…'}
              </td>
            </tr>
            {years.map((q, i) => (
              <tr key={YEARS[i]} data-year={YEARS[i]}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  <code>{q.data?.deadlineId}</code>
                  <br />
                  {t('dash.reportDeadline', {
                    year: YEARS[i] ?? '',
                    date: q.data?.dueAt ? formatDate(lastDayBefore(q.data.dueAt), lang) : '—',
                  })}
                </th>
                <td className="td-num">
                  {q.data ? <StatusBadge status="on_time" label={String(q.data.onTime)} /> : '…'}
                </td>
                <td className="td-num">{q.data ? <StatusBadge status="late" label={String(q.data.late)} /> : '…'}</td>
                <td className="td-num">
                  {q.data ? <StatusBadge status="missing" label={String(q.data.missing)} /> : '…'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
};
