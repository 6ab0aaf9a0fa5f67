// Each criterion with its verdict and the reason: the dashboard's "why" panel and a unit's own standing show it alike.
// A criterion without a figure says so ("Chưa có số liệu"), not "not submitted", which is about whole reports.
import { DataTable, StatusBadge, useI18n } from '@thidua/ui';

type LocalText = { vi: string; en: string };

export const CriterionVerdicts = ({
  criteria,
}: {
  criteria: ReadonlyArray<{ criterionId: string; label: LocalText; status: string; explanation: LocalText }>;
}) => {
  const { t, pick } = useI18n();
  return (
    <DataTable
      rows={criteria}
      rowKey={(c) => c.criterionId}
      columns={[
        {
          key: 'id',
          header: t('dash.criterion'),
          cell: (c) => (
            <>
              <code>{c.criterionId}</code> {pick(c.label)}
            </>
          ),
          sortValue: (c) => c.criterionId,
        },
        {
          key: 'status',
          header: t('common.status'),
          cell: (c) => (
            <StatusBadge status={c.status} label={c.status === 'missing' ? t('criterion.noFigure') : undefined} />
          ),
          sortValue: (c) => c.status,
        },
        { key: 'why', header: t('common.details'), cell: (c) => pick(c.explanation) },
      ]}
    />
  );
};
