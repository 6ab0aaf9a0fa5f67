// The district dashboard: targets, leaderboard with reasons, timeline, quotas, completeness, one card per sector.
import { DISTRICT_READERS, hasRole, Loading, type Me, REPORTING_YEARS, useI18n } from '@thidua/ui';
import { useAfterFirstPaint } from '../../after-first-paint.js';
import { useState } from 'react';
import { CompletenessCard } from './completeness-card.js';
import { LeaderboardCard } from './leaderboard-card.js';
import { QuotasCard } from './quotas-card.js';
import { SectorCards } from './sector-cards.js';
import { TargetsCard } from './targets-card.js';
import { TimelineCard } from './timeline-card.js';


export const DashboardPage = ({ me }: { me: Me }) => {
  const { t } = useI18n();
  const [year, setYear] = useState(2025);
  const belowTheFold = useAfterFirstPaint();
  return (
    <div className="td-stack">
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t('dash.title')}</h2>
        <label htmlFor="dash-year">{t('dash.year')}</label>
        <select id="dash-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {REPORTING_YEARS.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <div className="td-grid">
        <TargetsCard />
        <TimelineCard />
        {hasRole(me, ...DISTRICT_READERS) && <QuotasCard />}
      </div>
      <LeaderboardCard year={year} />
      <h2>{t('dash.sectors')}</h2>
      {belowTheFold ? (
        <>
          <SectorCards />
          <CompletenessCard year={year} />
        </>
      ) : (
        <Loading />
      )}
    </div>
  );
};
