// The district dashboard: targets, leaderboard with reasons, timeline, quotas, completeness, one card per sector.
import { Loading, type Calendar, type Me, useI18n, useYearChoice, WithCalendar, YearSelect } from '@thidua/ui';
import { useAfterFirstPaint } from '../../after-first-paint.js';
import { CompletenessCard } from './completeness-card.js';
import { LeaderboardCard } from './leaderboard-card.js';
import { QuotasCard } from './quotas-card.js';
import { SectorCards } from './sector-cards.js';
import { TargetsCard } from './targets-card.js';
import { TimelineCard } from './timeline-card.js';

export const DashboardPage = ({ me }: { me: Me }) => (
  <WithCalendar>{(calendar) => <Dashboard me={me} calendar={calendar} />}</WithCalendar>
);

const Dashboard = ({ me, calendar }: { me: Me; calendar: Calendar }) => {
  const { t } = useI18n();
  const [year, setYear] = useYearChoice(calendar);
  const belowTheFold = useAfterFirstPaint();
  return (
    <div className="td-stack">
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t('dash.title')}</h2>
        <label htmlFor="dash-year">{t('dash.year')}</label>
        <YearSelect id="dash-year" calendar={calendar} value={year} onChange={setYear} />
      </div>
      <div className="td-grid">
        <TargetsCard year={calendar.defaultYear} />
        <TimelineCard calendar={calendar} />
        {me.capabilities.readAllUnits && <QuotasCard calendar={calendar} />}
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
