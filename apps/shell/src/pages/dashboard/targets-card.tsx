// The movement's targets by group, with status and progress in the year the dashboard shows.
import { useQuery } from '@tanstack/react-query';
import { Card, formatNumber, ProgressBar, QueryView, StatusBadge, useApi, useI18n } from '@thidua/ui';
import { useMovement } from '../../use-movement.js';

export const TargetsCard = ({ year }: { year: number }) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const movement = useMovement();
  const progress = useQuery({
    queryKey: ['targets.progress', year],
    queryFn: () => api.targets.progress.query({ year }),
  });
  const labels = new Map((movement.data?.targets ?? []).map((x) => [x.id, x.label]));
  return (
    <Card title={t('dash.targets', { year })} testId="targets-card">
      <QueryView query={progress}>
        {(rows) => {
          const groups = [...new Set(rows.map((r) => r.group))].sort();
          return groups.map((g) => (
            <div key={g}>
              <h3>{t('dash.group', { group: g })}</h3>
              <ul className="td-stack" style={{ listStyle: 'none', padding: 0, gap: 8 }}>
                {rows
                  .filter((r) => r.group === g)
                  .map((r) => (
                    <li key={r.targetId} data-target={r.targetId}>
                      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
                        <span style={{ flex: 1 }}>
                          <code className="td-muted">{r.targetId}</code> {pick(labels.get(r.targetId))}
                        </span>
                        <span className="td-muted">
                          {r.qualitative || r.value === null ? '' : formatNumber(r.value, lang)}
                        </span>
                        <StatusBadge status={r.status} label={r.status === 'missing' ? t('dash.noData') : undefined} />
                      </div>
                      <ProgressBar value={r.progress} label={`${r.targetId} ${t('dash.progress')}`} />
                      <small className="td-muted">{pick(r.explanation)}</small>
                    </li>
                  ))}
              </ul>
            </div>
          ));
        }}
      </QueryView>
    </Card>
  );
};
