// The target figures of a year (T-*): each office enters its own, Culture & Information approves and corrects them.
import { useQuery } from '@tanstack/react-query';
import {
  addMessages,
  Card,
  QueryView,
  useApi,
  useI18n,
  useYearChoice,
  WithCalendar,
  YearSelect,
  type Calendar,
  type Me,
} from '@thidua/ui';
import { TargetRow } from './target-row.js';
import { targetMessages } from './target-messages.js';

// This page's own texts come with its code, not with the first screen's.
addMessages(targetMessages);

export const TargetsPage = ({ me }: { me: Me }) => (
  <WithCalendar>{(calendar) => <Targets me={me} calendar={calendar} />}</WithCalendar>
);

const Targets = ({ me, calendar }: { me: Me; calendar: Calendar }) => {
  const { t } = useI18n();
  const api = useApi();
  const [year, setYear] = useYearChoice(calendar);
  const rows = useQuery({
    queryKey: ['targets.observations', year],
    queryFn: () => api.targets.observations.query({ year }),
  });
  return (
    <div className="td-stack">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t('target.title', { year })}</h2>
        <label htmlFor="targets-year">{t('dash.year')}</label>
        <YearSelect id="targets-year" calendar={calendar} value={year} onChange={setYear} />
      </div>
      <p className="td-hint">{t('target.hint')}</p>
      <Card testId="target-figures">
        <QueryView query={rows}>
          {(list) => (
            <div className="td-table-wrap" tabIndex={0}>
              <table className="td-table">
                <thead>
                  <tr>
                    <th scope="col">{t('target.target')}</th>
                    <th scope="col">{t('target.sector')}</th>
                    <th scope="col">{t('target.value')}</th>
                    <th scope="col">{t('target.source')}</th>
                    <th scope="col">{t('target.status')}</th>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  {list.map((row) => (
                    <TargetRow
                      key={`${year}:${row.targetId}:${row.sectorId}:${row.observation?.version ?? 0}`}
                      row={row}
                      year={year}
                      canApprove={me.role !== 'SECTOR-EDITOR'}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryView>
      </Card>
    </div>
  );
};
