// Reporting completeness per unit for the chosen year.
import { useQuery } from '@tanstack/react-query';
import { Card, DataTable, QueryView, StatusBadge, useApi, useI18n } from '@thidua/ui';

export const CompletenessCard = ({ year }: { year: number }) => {
  const { t } = useI18n();
  const api = useApi();
  const completeness = useQuery({
    queryKey: ['reports.completeness', year],
    queryFn: () => api.reports.completeness.query({ year }),
  });
  return (
    <Card title={t('dash.completeness', { year })} testId="completeness-card">
      <QueryView query={completeness}>
        {(c) => (
          <DataTable
            rows={c.rows}
            rowKey={(r) => r.unitId}
            testId="completeness"
            columns={[
              { key: 'name', header: t('common.unit'), cell: (r) => r.name, sortValue: (r) => r.name },
              {
                key: 'report',
                header: t('common.status'),
                cell: (r) => <StatusBadge status={r.reportStatus} />,
                sortValue: (r) => r.reportStatus,
              },
              {
                key: 'deadline',
                header: c.deadlineId ?? t('dash.deadline'),
                cell: (r) => <StatusBadge status={r.deadline} />,
                sortValue: (r) => r.deadline,
              },
            ]}
          />
        )}
      </QueryView>
    </Card>
  );
};
