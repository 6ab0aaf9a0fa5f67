// What the saved report still lacks before it may be sent, each gap a link to its field: the server refuses the same
// gaps, so the clerk learns them here rather than from a refusal.
import { useQuery } from '@tanstack/react-query';
import { Notice, useApi, useI18n } from '@thidua/ui';
import { standingQuery } from './standing-query.js';

const focusField = (criterionId: string, missing: 'value' | 'evidence') => {
  const row = document.querySelector(`tr[data-criterion="${CSS.escape(criterionId)}"]`);
  const field = row?.querySelector<HTMLElement>(missing === 'value' ? 'input[inputmode], select' : 'input[type="url"]');
  field?.focus();
  field?.scrollIntoView({ block: 'center' });
};

/** The number of gaps is handed back so the form can hold its submit button, saying why. */
export const useReportGaps = (unitId: string, year: number) => {
  const api = useApi();
  return useQuery({ ...standingQuery(api, unitId, year), select: (s) => s.gaps });
};

export const ReportGaps = ({
  gaps,
}: {
  gaps: ReadonlyArray<{ criterionId: string; label: { vi: string; en: string }; missing: 'value' | 'evidence' }>;
}) => {
  const { t, pick } = useI18n();
  if (gaps.length === 0)
    return (
      <Notice tone="ok" testId="report-gaps">
        {t('report.noGaps')}
      </Notice>
    );
  return (
    <div className="td-notice td-notice--warn" data-testid="report-gaps">
      <p>{t('report.gapsTitle', { count: gaps.length })}</p>
      <ul>
        {gaps.map((g) => (
          <li key={`${g.criterionId}-${g.missing}`} data-gap={g.criterionId}>
            <a
              href={`#v-${g.criterionId}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(g.criterionId, g.missing);
              }}
            >
              <code>{g.criterionId}</code> {pick(g.label)}
            </a>
            : {t(`report.gap.${g.missing}`)}
          </li>
        ))}
      </ul>
      <p>{t('report.fixGaps')}</p>
    </div>
  );
};
