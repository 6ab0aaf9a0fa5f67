// The unit's own score and rank for a year from its saved figures, marked "tạm tính" until approved: the same
// evaluation as its yearly PDF, so the page and the document never disagree.
import { useQuery } from '@tanstack/react-query';
import { formatNumber, QueryView, StatusBadge, useApi, useI18n } from '@thidua/ui';
import { CriterionVerdicts } from '../criterion-verdicts.js';
import { standingQuery } from './standing-query.js';

export const UnitStanding = ({ unitId, year }: { unitId: string; year: number }) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const standing = useQuery(standingQuery(api, unitId, year));
  return (
    <section aria-live="polite" data-testid="unit-standing" style={{ marginTop: 12 }}>
      <h3>{t('standing.title', { year })}</h3>
      <QueryView query={standing}>
        {(s) =>
          s.rank === null ? (
            <p>{t('standing.none')}</p>
          ) : (
            <>
              <p>
                <StatusBadge
                  status={s.approved ? 'approved' : 'draft'}
                  label={s.approved ? t('standing.official') : t('standing.provisional')}
                />{' '}
                <strong data-testid="standing-score">
                  {t('standing.score', { score: formatNumber(s.score, lang, 2) })}
                </strong>
              </p>
              <p data-testid="standing-rank">
                {s.approved
                  ? t('standing.rank', { rank: s.rank, of: s.rankedOf })
                  : t('standing.rankProvisional', { rank: s.rank, of: s.rankedOf })}
              </p>
              <p>{pick(s.explanation)}</p>
              <CriterionVerdicts criteria={s.criteria} />
            </>
          )
        }
      </QueryView>
    </section>
  );
};
