// The Culture & Information office's review of unit reports: a queue to filter and sort, and the report picked from it.
import { useQuery } from '@tanstack/react-query';
import {
  addMessages,
  Card,
  DataTable,
  DownloadButton,
  ExcelExchange,
  formatDateTime,
  QueryView,
  StatusBadge,
  useApi,
  useI18n,
  useYearChoice,
  WithCalendar,
  YearSelect,
  type Calendar,
} from '@thidua/ui';
import { useEffect, useRef, useState } from 'react';
import { ReportReview } from './review/report-review.js';
import { PaperPlan } from './review/paper-plan.js';
import { reportMessages } from './report-messages.js';

// This page's own texts come with its code, not with the first screen's.
addMessages(reportMessages);

type QueueRow = { reportStatus: string; waitingForMe: boolean; returned: boolean; deadline: string };
const FILTERS = {
  all: () => true,
  mine: (r: QueueRow) => r.waitingForMe,
  returned: (r: QueueRow) => r.returned,
  late: (r: QueueRow) => r.deadline === 'late' || r.deadline === 'missing',
} as const;
type Filter = keyof typeof FILTERS;

export const ReportsReviewPage = () => <WithCalendar>{(calendar) => <ReviewQueue calendar={calendar} />}</WithCalendar>;

const ReviewQueue = ({ calendar }: { calendar: Calendar }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const [year, setYear] = useYearChoice(calendar);
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<{ unitId: string; name: string } | null>(null);
  const rows = useQuery({ queryKey: ['reports.queue', year], queryFn: () => api.reports.queue.query({ year }) });
  // The report opens where the reviewer looks: on a phone or a long list it would otherwise open out of view.
  const detail = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!selected) return;
    detail.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    detail.current?.focus({ preventScroll: true });
  }, [selected]);
  return (
    <div className="td-stack">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t('report.queue', { year })}</h2>
        <DownloadButton
          method="POST"
          href={`/api/documents/district-year-report/${year}`}
          label={t('report.districtPdf', { year })}
          tone="primary"
          testId="district-year-pdf"
        />
        <label htmlFor="review-year">{t('dash.year')}</label>
        <YearSelect
          id="review-year"
          calendar={calendar}
          value={year}
          onChange={(y) => {
            setYear(y);
            setSelected(null);
          }}
        />
      </div>
      <div className="td-grid td-grid--review">
        <Card>
          <QueryView query={rows}>
            {(all) => {
              const shown = all.filter(FILTERS[filter]);
              return (
                <>
                  <div role="group" aria-label={t('queue.filter')} className="td-filters" data-testid="queue-filters">
                    {(Object.keys(FILTERS) as Filter[]).map((f) => (
                      <button
                        key={f}
                        type="button"
                        className={`td-chip${filter === f ? ' is-active' : ''}`}
                        aria-pressed={filter === f}
                        onClick={() => setFilter(f)}
                      >
                        {t(`queue.${f}`, { count: all.filter(FILTERS[f]).length })}
                      </button>
                    ))}
                  </div>
                  {shown.length === 0 ? (
                    <p>{t('queue.empty')}</p>
                  ) : (
                    <DataTable
                      rows={shown}
                      rowKey={(r) => r.unitId}
                      testId="review-queue"
                      onRowClick={(r) => setSelected({ unitId: r.unitId, name: r.name })}
                      selectedKey={selected?.unitId ?? null}
                      columns={[
                        { key: 'name', header: t('common.unit'), cell: (r) => r.name, sortValue: (r) => r.name },
                        {
                          key: 'status',
                          header: t('common.status'),
                          cell: (r) => <StatusBadge status={r.reportStatus} />,
                          sortValue: (r) => r.reportStatus,
                        },
                        {
                          key: 'deadline',
                          header: t('queue.deadline'),
                          cell: (r) => <StatusBadge status={r.deadline} />,
                          sortValue: (r) => r.deadline,
                        },
                        {
                          key: 'at',
                          header: t('queue.submittedAt'),
                          cell: (r) => (r.submittedAt ? formatDateTime(r.submittedAt, lang) : '—'),
                          sortValue: (r) => (r.submittedAt ? new Date(r.submittedAt).getTime() : 0),
                        },
                      ]}
                    />
                  )}
                </>
              );
            }}
          </QueryView>
        </Card>
        {selected ? (
          <ReportReview
            ref={detail}
            key={`${selected.unitId}-${year}`}
            unitId={selected.unitId}
            unitName={selected.name}
            year={year}
          />
        ) : (
          <p>{t('report.pickUnit')}</p>
        )}
      </div>
      <ExcelExchange
        key={year}
        title={t('excel.districtTitle', { year })}
        hint={t('excel.districtHint')}
        downloadHref={`/api/excel/district/${year}`}
        downloadLabel={t('excel.districtDownload')}
        uploadHref={`/api/excel/district/${year}`}
        editable
        maxBytes={8 * 1024 * 1024}
        savedText={(count) => t('excel.districtSaved', { count })}
        testId="district-excel"
      />
      <PaperPlan />
    </div>
  );
};
