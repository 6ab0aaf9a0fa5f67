// Why a unit stands where it does: each criterion with what is required, what it reported, and the verdict.
import { useQuery } from '@tanstack/react-query';
import { DataTable, QueryView, StatusBadge, useApi, useI18n } from '@thidua/ui';

export const ExplainPanel = ({ year, kind, unitId, unitName }: { year: number; kind: 'commune' | 'department' | 'enterprise'; unitId: string; unitName: string }) => {
  const { t, pick } = useI18n();
  const api = useApi();
  const explain = useQuery({ queryKey: ['leaderboard.explain', year, kind, unitId], queryFn: () => api.leaderboard.explain.query({ year, kind, unitId }) });
  return (
    <section aria-live="polite" data-testid="explain-panel" style={{ marginTop: 12 }}>
      <h3>{t('dash.why', { unit: unitName })}</h3>
      <QueryView query={explain}>
        {(e) => (
          <>
            <p>{pick(e.explanation)}</p>
            <DataTable
              rows={e.criteria}
              rowKey={(c) => c.criterionId}
              columns={[
                { key: 'id', header: t('dash.criterion'), cell: (c) => <><code>{c.criterionId}</code> {pick(c.label)}</>, sortValue: (c) => c.criterionId },
                { key: 'status', header: t('common.status'), cell: (c) => <StatusBadge status={c.status} />, sortValue: (c) => c.status },
                { key: 'why', header: t('common.details'), cell: (c) => pick(c.explanation) },
              ]}
            />
          </>
        )}
      </QueryView>
    </section>
  );
};
