// A sector's dashboard card: each indicator's latest approved district figure and its change from the year before.
import { Card } from '../components/primitives.js';
import { QueryView } from '../components/query-view.js';
import { formatNumber } from '../format/format.js';
import { useI18n } from '../i18n/i18n.js';
import { useSectorSummary } from './use-sector.js';

/** Opens a page of the shell without reloading it (the shell's router listens to popstate). */
export const openInShell = (href: string) => {
  history.pushState(null, '', href);
  dispatchEvent(new PopStateEvent('popstate'));
};

export const SectorWidget = ({ sectorId, testId }: { sectorId: string; testId?: string }) => {
  const { t, pick, lang } = useI18n();
  const summary = useSectorSummary(sectorId);
  const href = `/sector/${sectorId}`;
  return (
    <Card
      title={pick(summary.data?.label) || sectorId}
      testId={testId ?? `sector-widget-${sectorId}`}
      actions={
        <a
          href={href}
          onClick={(e) => {
            e.preventDefault();
            openInShell(href);
          }}
        >
          {t('common.details')}
        </a>
      }
    >
      <QueryView query={summary}>
        {(s) => {
          const approvedYears = s.years.filter((y) => y.approved).map((y) => y.year);
          const latest = approvedYears.length > 0 ? Math.max(...approvedYears) : null;
          if (latest === null) return <p className="td-muted">{t('sector.noApproved')}</p>;
          const communes = s.years.find((y) => y.year === latest)?.communesReported ?? 0;
          return (
            <>
              <p className="td-muted">
                {t('sector.latest', { year: latest })} · {t('sector.communesReported', { count: communes })}
              </p>
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {s.indicators.map((i) => {
                  const now = i.series.find((p) => p.year === latest)?.value ?? null;
                  const before = i.series.find((p) => p.year === latest - 1)?.value ?? null;
                  const delta = now !== null && before !== null ? now - before : null;
                  return (
                    <li
                      key={i.indicatorId}
                      data-indicator={i.indicatorId}
                      style={{ display: 'flex', gap: 8, alignItems: 'baseline', padding: '4px 0' }}
                    >
                      <span style={{ flex: 1 }}>{pick(i.label)}</span>
                      <strong data-value>{formatNumber(now, lang)}</strong>
                      <span className="td-muted">{pick(i.unit)}</span>
                      {delta !== null && (
                        <span className={delta >= 0 ? 'td-badge td-badge--ok' : 'td-badge td-badge--bad'}>
                          {delta >= 0 ? '▲' : '▼'} {formatNumber(Math.abs(delta), lang)}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          );
        }}
      </QueryView>
    </Card>
  );
};
