// The workspace of a unit editor (office, commune or enterprise): register, send the plan, report, see results, nominate.
import { useQuery } from '@tanstack/react-query';
import {
  addMessages,
  Card,
  DownloadButton,
  formatDate,
  Loading,
  Notice,
  type Calendar,
  type Me,
  useApi,
  useI18n,
  WithCalendar,
  YearSelect,
} from '@thidua/ui';
import { useState } from 'react';
import { NominationForm } from './nomination-form.js';
import { UnitPeople } from '../../people/unit-people.js';
import { EarlySteps } from './early-steps.js';
import { ReportForm } from './report-form.js';
import { UnitStanding } from './unit-standing.js';
import { reportMessages } from '../report-messages.js';
import { nominationMessages } from './nominations/nomination-messages.js';
import { adminMessages } from '../../admin/admin-messages.js';
import { councilMessages } from '../council-messages.js';

// This page's own texts come with its code, not with the first screen's.
addMessages(reportMessages, nominationMessages, adminMessages, councilMessages);

export const UnitWorkspace = ({ me }: { me: Me }) => (
  <WithCalendar>{(calendar) => <Workspace me={me} calendar={calendar} />}</WithCalendar>
);

const Workspace = ({ me, calendar }: { me: Me; calendar: Calendar }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const [picked, setYear] = useState<number | null>(null);
  const units = useQuery({ queryKey: ['orgUnits.list'], queryFn: () => api.orgUnits.list.query() });
  if (!me.unitId) return <Notice tone="warn">{t('unit.noUnit')}</Notice>;
  if (units.isPending) return <Loading />;
  const unit = units.data?.find((u) => u.id === me.unitId);
  const kind = unit?.participantKind;
  if (!unit || (kind !== 'commune' && kind !== 'department' && kind !== 'enterprise'))
    return <Notice tone="warn">{t('unit.noUnit')}</Notice>;
  const name = lang === 'en' ? unit.nameEn : unit.name;
  // A unit reports the years whose due date falls while it is in force (a merged commune stops, its successor starts).
  const reportsIn = (y: number) => {
    const due = calendar.dueDates[String(y)];
    return due === undefined || (unit.validFrom <= due && (unit.validTo === null || unit.validTo > due));
  };
  const year = picked ?? calendar.reportingYears.find(reportsIn) ?? calendar.defaultYear;
  const due = calendar.dueDates[String(year)] ?? '';
  return (
    <div className="td-stack">
      <h2>{name}</h2>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <label htmlFor="unit-year">{t('dash.year')}</label>
        <YearSelect id="unit-year" calendar={calendar} value={year} onChange={setYear} />
      </div>
      {reportsIn(year) ? (
        <ReportForm key={year} unitId={unit.id} kind={kind} year={year} />
      ) : (
        <Notice tone="warn">
          <span data-testid="not-reporting-year">
            {unit.validTo !== null && unit.validTo <= due
              ? t('unit.endedBefore', {
                  unit: name,
                  year,
                  ended: formatDate(unit.validTo, lang),
                  due: formatDate(due, lang),
                })
              : t('unit.startedAfter', {
                  unit: name,
                  year,
                  started: formatDate(unit.validFrom, lang),
                  due: formatDate(due, lang),
                })}
          </span>
        </Notice>
      )}
      <section className="td-card">
        <h2 className="td-card__title">{t('report.results')}</h2>
        <p className="td-hint">{t('report.pdfHint')}</p>
        <DownloadButton
          method="POST"
          href={`/api/documents/unit-year-report/${encodeURIComponent(unit.id)}/${year}`}
          label={t('report.pdf', { year })}
          testId="unit-year-pdf"
        />
        <UnitStanding unitId={unit.id} year={year} />
      </section>
      <EarlySteps unitId={unit.id} />
      <Card title={t('people.title')} testId="unit-people">
        <UnitPeople unitId={unit.id} />
      </Card>
      <NominationForm unitId={unit.id} calendar={calendar} />
    </div>
  );
};
