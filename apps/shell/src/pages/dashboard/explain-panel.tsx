// Why a unit stands where it does: each criterion with what is required, what it reported, and the verdict.
import { useQuery } from '@tanstack/react-query';
import { QueryView, useApi, useI18n } from '@thidua/ui';
import { CriterionVerdicts } from '../criterion-verdicts.js';

export const ExplainPanel = ({
  year,
  kind,
  unitId,
  unitName,
}: {
  year: number;
  kind: 'commune' | 'department' | 'enterprise';
  unitId: string;
  unitName: string;
}) => {
  const { t, pick } = useI18n();
  const api = useApi();
  const explain = useQuery({
    queryKey: ['leaderboard.explain', year, kind, unitId],
    queryFn: () => api.leaderboard.explain.query({ year, kind, unitId }),
  });
  return (
    <section aria-live="polite" data-testid="explain-panel" style={{ marginTop: 12 }}>
      <h3>{t('dash.why', { unit: unitName })}</h3>
      <QueryView query={explain}>
        {(e) => (
          <>
            <p>{pick(e.explanation)}</p>
            <CriterionVerdicts criteria={e.criteria} />
          </>
        )}
      </QueryView>
    </section>
  );
};
