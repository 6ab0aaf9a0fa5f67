// The Culture & Information office's review of unit reports: verify, approve, return with a reason, un-approve.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DataTable, DownloadButton, ErrorNote, errorText, ExcelExchange, formatDateTime, formatNumber, Notice, QueryView, StatusBadge, useApi, useI18n, useYearChoice, WithCalendar, YearSelect, type Calendar } from '@thidua/ui';
import { useState } from 'react';
import { useMovement } from '../use-movement.js';


const ReportReview = ({ unitId, unitName, year }: { unitId: string; unitName: string; year: number }) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const movement = useMovement({ year });
  const [reason, setReason] = useState('');
  const report = useQuery({ queryKey: ['reports.get', unitId, year], queryFn: () => api.reports.get.query({ unitId, year }) });
  const act = useMutation({
    mutationFn: async (action: 'verify' | 'approve' | 'returnToUnit' | 'unapprove') => {
      const r = report.data?.report;
      if (!r) return;
      const ref = { reportId: r.id, version: r.version };
      if (action === 'returnToUnit' || action === 'unapprove') await api.reports[action].mutate({ ...ref, reason });
      else await api.reports[action].mutate(ref);
    },
    onSuccess: () => { setReason(''); void queryClient.invalidateQueries(); },
  });
  const labels = new Map((movement.data?.criteria ?? []).map((c) => [c.id, c.label]));
  const reasonOk = reason.trim().length >= 10;
  return (
    <Card title={`${unitName} · ${year}`} testId="report-review">
      <QueryView query={report}>
        {({ report: r, deadline, awaitsAnotherApprover }) =>
          !r ? (
            <p>{t('report.noReport')}</p>
          ) : (
            <>
              <p>
                {t('common.status')}: <StatusBadge status={r.status} /> · D-ANNUAL-REPORT: <StatusBadge status={deadline.status} /> {r.submittedAt && formatDateTime(r.submittedAt, lang)}
              </p>
              {r.returnReason && <Notice tone="warn">{t('report.returnedBecause', { reason: r.returnReason })}</Notice>}
              <DownloadButton method="POST" href={`/api/documents/unit-year-report/${encodeURIComponent(unitId)}/${year}`} label={t('report.pdf', { year })} testId="unit-year-pdf" />
              <DataTable
                rows={r.values}
                rowKey={(v) => v.key}
                columns={[
                  { key: 'k', header: t('dash.criterion'), cell: (v) => <><code>{v.key}</code> {pick(labels.get(v.key))}</> },
                  { key: 'v', header: t('report.value'), cell: (v) => (v.boolValue !== null ? t(v.boolValue ? 'common.yes' : 'common.no') : formatNumber(v.numberValue, lang)), align: 'end' },
                  { key: 'e', header: t('common.evidence'), cell: (v) => (v.evidenceUrl ? <a href={v.evidenceUrl} target="_blank" rel="noreferrer">{t('common.evidence')}</a> : '—') },
                ]}
              />
              <div style={{ display: 'flex', gap: 8, marginTop: 12, flexWrap: 'wrap', alignItems: 'end' }}>
                {r.status === 'submitted' && <Button onClick={() => act.mutate('verify')} busy={act.isPending}>{t('sector.verify')}</Button>}
                {r.status === 'verified' && (awaitsAnotherApprover ? <Notice testId="awaits-approver">{t('review.awaitsAnotherApprover')}</Notice> : <Button onClick={() => act.mutate('approve')} busy={act.isPending}>{t('sector.approve')}</Button>)}
                {(r.status === 'submitted' || r.status === 'verified' || r.status === 'approved') && (
                  <>
                    <div className="td-field" style={{ flex: 1, minWidth: 240, margin: 0 }}>
                      <label htmlFor="review-reason">{t('common.reason')}</label>
                      <input id="review-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('sector.reasonHint')} />
                    </div>
                    {r.status === 'approved' ? (
                      <Button tone="danger" disabled={!reasonOk} onClick={() => act.mutate('unapprove')} busy={act.isPending}>{t('sector.unapprove')}</Button>
                    ) : (
                      <Button tone="secondary" disabled={!reasonOk} onClick={() => act.mutate('returnToUnit')} busy={act.isPending}>{t('sector.return')}</Button>
                    )}
                  </>
                )}
              </div>
              {act.isError && <ErrorNote message={errorText(act.error, lang)} />}
            </>
          )
        }
      </QueryView>
    </Card>
  );
};

export const ReportsReviewPage = () => <WithCalendar>{(calendar) => <ReviewQueue calendar={calendar} />}</WithCalendar>;

const ReviewQueue = ({ calendar }: { calendar: Calendar }) => {
  const { t } = useI18n();
  const api = useApi();
  const [year, setYear] = useYearChoice(calendar);
  const [selected, setSelected] = useState<{ unitId: string; name: string } | null>(null);
  const rows = useQuery({ queryKey: ['reports.completeness', year], queryFn: () => api.reports.completeness.query({ year }) });
  return (
    <div className="td-stack">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t('report.queue', { year })}</h2>
        <DownloadButton method="POST" href={`/api/documents/district-year-report/${year}`} label={t('report.districtPdf', { year })} tone="primary" testId="district-year-pdf" />
        <label htmlFor="review-year">{t('dash.year')}</label>
        <YearSelect id="review-year" calendar={calendar} value={year} onChange={(y) => { setYear(y); setSelected(null); }} />
      </div>
      <div className="td-grid" style={{ gridTemplateColumns: 'minmax(280px, 1fr) 2fr' }}>
        <Card>
          <QueryView query={rows}>
            {(c) => (
              <DataTable
                rows={c.rows}
                rowKey={(r) => r.unitId}
                testId="review-queue"
                onRowClick={(r) => setSelected({ unitId: r.unitId, name: r.name })}
                selectedKey={selected?.unitId ?? null}
                columns={[
                  { key: 'name', header: t('common.unit'), cell: (r) => r.name, sortValue: (r) => r.name },
                  { key: 'status', header: t('common.status'), cell: (r) => <StatusBadge status={r.reportStatus} />, sortValue: (r) => r.reportStatus },
                ]}
              />
            )}
          </QueryView>
        </Card>
        {selected ? <ReportReview key={`${selected.unitId}-${year}`} unitId={selected.unitId} unitName={selected.name} year={year} /> : <p>{t('report.pickUnit')}</p>}
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
    </div>
  );
};
