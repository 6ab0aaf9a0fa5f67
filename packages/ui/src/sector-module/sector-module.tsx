// A sector programme's full module: overview charts, per-commune table, data entry and the approval flow.
// The five deployed sector remotes and the shell's generic sector page all render this, each adding its own focus.
import {
  Card,
  ErrorNote,
  Loading,
  QueryView,
  Tabs,
  useI18n,
  useSectorInfo,
  useSectorReport,
  useSession,
  useYearChoice,
  WithCalendar,
  YearSelect,
  type Calendar,
} from '@thidua/ui';
import { useState, type ReactNode } from 'react';
import { SectorEntry } from './sector-entry.js';
import { SectorOverview } from './sector-overview.js';
import { SectorReview } from './sector-review.js';
import { SectorTable } from './sector-table.js';

type TabKey = 'overview' | 'table' | 'entry' | 'review' | 'registers';

/** The registers tab a sector's own module adds, shown to whoever may read the sector's figures when the movement
 * gives the sector registers. */
export interface RegistersTab {
  label: string;
  render: (at: { year: number; editor: boolean }) => ReactNode;
}

interface ModuleProps {
  sectorId: string;
  focus?: ReactNode;
  registersTab?: RegistersTab;
}

export const SectorModule = (props: ModuleProps) => (
  <WithCalendar>{(calendar) => <SectorModuleFor {...props} calendar={calendar} />}</WithCalendar>
);

const SectorModuleFor = ({ sectorId, focus, registersTab, calendar }: ModuleProps & { calendar: Calendar }) => {
  const { t, pick } = useI18n();
  const session = useSession();
  const info = useSectorInfo(sectorId);
  const me = session.data;
  const editor = !!me?.capabilities.editOwnSector && me.sectorId === sectorId;
  const reader = editor || !!me?.capabilities.readAllUnits;
  // Culture & Information verifies, approves and returns; the administrator may only withdraw an approval (as the API says).
  const permissions = { review: !!me?.capabilities.reviewReports, unapprove: !!me?.capabilities.unapproveSectors };
  const [year, setYear] = useYearChoice(calendar);
  const [tab, setTab] = useState<TabKey>(editor ? 'entry' : 'overview');
  const report = useSectorReport(sectorId, year, reader);
  const tabs: Array<{ key: TabKey; label: string }> = [
    { key: 'overview', label: t('sector.overview') },
    ...(reader ? [{ key: 'table' as const, label: t('sector.byCommune') }] : []),
    ...(editor ? [{ key: 'entry' as const, label: t('sector.entry') }] : []),
    ...(reader ? [{ key: 'review' as const, label: t('sector.review') }] : []),
    ...(reader && registersTab && (info.sector?.registers.length ?? 0) > 0
      ? [{ key: 'registers' as const, label: registersTab.label }]
      : []),
  ];
  if (info.isPending) return <Loading />;
  if (info.isError || !info.sector)
    return <ErrorNote message={t('error.generic')} onRetry={() => void info.refetch()} />;
  const sector = info.sector;
  return (
    <div className="td-stack" data-testid={`sector-module-${sectorId}`}>
      <Card
        title={
          <>
            {pick(sector.label)}{' '}
            <small className="td-muted">
              ({sector.id}, {sector.source})
            </small>
          </>
        }
      >
        <p>
          {t('sector.programme')}: {pick(sector.highlights)}
        </p>
        <ul>
          {sector.indicators.map((i) => (
            <li key={i.id}>
              <code>{i.id}</code> {pick(i.label)} ({pick(i.unit)})
            </li>
          ))}
        </ul>
      </Card>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <label htmlFor={`sector-year-${sectorId}`}>{t('common.year')}</label>
        <YearSelect id={`sector-year-${sectorId}`} calendar={calendar} value={year} onChange={setYear} />
      </div>
      <Tabs tabs={tabs} active={tab} onChange={setTab} label={pick(sector.label)}>
        {tab === 'overview' && (
          <>
            {focus}
            <SectorOverview sectorId={sectorId} />
          </>
        )}
        {tab === 'registers' && registersTab?.render({ year, editor })}
        {tab !== 'overview' && tab !== 'registers' && (
          <QueryView query={report}>
            {(view) => (
              <>
                {tab === 'table' && <SectorTable view={view} />}
                {tab === 'entry' && <SectorEntry key={view.year} view={view} />}
                {tab === 'review' && <SectorReview view={view} can={permissions} />}
              </>
            )}
          </QueryView>
        )}
      </Tabs>
    </div>
  );
};
