// Each indicator of the programme over the years, district figures from approved data only.
import { LineChart, QueryView, useI18n, useSectorSummary } from '@thidua/ui';

export const SectorOverview = ({ sectorId }: { sectorId: string }) => {
  const { t, pick } = useI18n();
  const summary = useSectorSummary(sectorId);
  return (
    <QueryView query={summary}>
      {(s) => (
        <>
          <h3>{t('sector.overYears')}</h3>
          <div className="td-grid">
            {s.indicators.map((i) => (
              <div key={i.indicatorId} className="td-card" data-indicator={i.indicatorId}>
                <h4 style={{ margin: '0 0 4px' }}>
                  <code>{i.indicatorId}</code> {pick(i.label)} ({pick(i.unit)})
                </h4>
                <LineChart
                  title={pick(i.label)}
                  max={i.measure.kind === 'percent' || i.measure.kind === 'boolean' ? 100 : undefined}
                  series={[{ name: pick(i.label), points: i.series.map((p) => ({ x: p.year, y: p.value })) }]}
                />
              </div>
            ))}
          </div>
        </>
      )}
    </QueryView>
  );
};
