// One unit's report as the Culture & Information office reviews it: each figure beside its requirement with met or
// not met, the evidence, and the actions, with the outcome said right where the reviewer clicked.
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DataTable,
  DownloadButton,
  ErrorNote,
  errorText,
  formatDate,
  formatDateTime,
  Notice,
  QueryView,
  StatusBadge,
  useApi,
  useI18n,
} from '@thidua/ui';
import { REVIEW_REASON_MIN, useReviewMoves } from '@thidua/ui/review';
import { forwardRef } from 'react';
import { requirementText, valueText } from './requirement-text.js';
import { PaperReceipt } from './paper-receipt.js';
import { standingQuery } from '../unit/standing-query.js';

type Action = 'verify' | 'approve' | 'returnToUnit' | 'unapprove';
const REASON_MAX = 1000;

export const ReportReview = forwardRef<HTMLElement, { unitId: string; unitName: string; year: number }>(
  ({ unitId, unitName, year }, ref) => {
    const { t, pick, lang } = useI18n();
    const api = useApi();
    const report = useQuery({
      queryKey: ['reports.get', unitId, year],
      queryFn: () => api.reports.get.query({ unitId, year }),
    });
    const standing = useQuery(standingQuery(api, unitId, year));
    const { act, reason, setReason, done, reasonOk } = useReviewMoves<Action>(async (action, why) => {
      const r = report.data?.report;
      if (!r) return;
      const target = { reportId: r.id, version: r.version };
      if (action === 'returnToUnit' || action === 'unapprove')
        await api.reports[action].mutate({ ...target, reason: why });
      else await api.reports[action].mutate(target);
    });
    const yesNo = (v: boolean) => t(v ? 'common.yes' : 'common.no');
    return (
      <section ref={ref} tabIndex={-1} aria-label={`${unitName} · ${year}`} style={{ outline: 'none' }}>
        <Card title={`${unitName} · ${year}`} testId="report-review">
          <QueryView query={report}>
            {({ report: r, deadline, awaitsAnotherApprover }) =>
              !r ? (
                <p>{t('report.noReport')}</p>
              ) : (
                <>
                  {r.paperReceivedOn && (
                    <Notice testId="paper-received">
                      {t('paper.received', {
                        date: formatDate(r.paperReceivedOn, lang),
                        reference: r.paperReference ?? '',
                      })}{' '}
                      {r.paperScanUrl && (
                        <a href={r.paperScanUrl} target="_blank" rel="noreferrer">
                          {t('common.evidence')}
                        </a>
                      )}
                    </Notice>
                  )}
                  <p>
                    {t('common.status')}: <StatusBadge status={r.status} /> · {deadline.deadlineId}:{' '}
                    <StatusBadge status={deadline.status} /> {r.submittedAt && formatDateTime(r.submittedAt, lang)}
                  </p>
                  {r.returnReason && (
                    <Notice tone="warn">{t('report.returnedBecause', { reason: r.returnReason })}</Notice>
                  )}
                  <DownloadButton
                    method="POST"
                    href={`/api/documents/unit-year-report/${encodeURIComponent(unitId)}/${year}`}
                    label={t('report.pdf', { year })}
                    testId="unit-year-pdf"
                  />
                  <QueryView query={standing}>
                    {(s) => {
                      const evidence = new Map(r.values.map((v) => [v.key, v.evidenceUrl]));
                      return (
                        <DataTable
                          rows={s.criteria}
                          rowKey={(c) => c.criterionId}
                          testId="review-values"
                          columns={[
                            {
                              key: 'k',
                              header: t('dash.criterion'),
                              cell: (c) => (
                                <>
                                  <code>{c.criterionId}</code> {pick(c.label)}
                                </>
                              ),
                              sortValue: (c) => c.criterionId,
                            },
                            {
                              key: 'v',
                              header: t('report.value'),
                              cell: (c) => valueText(c.value, c.measure, lang, yesNo),
                              align: 'end',
                            },
                            {
                              key: 'r',
                              header: t('review.requirement'),
                              cell: (c) => requirementText(c.threshold, c.measure, lang, yesNo),
                              align: 'end',
                            },
                            {
                              key: 's',
                              header: t('review.verdict'),
                              cell: (c) => (
                                <StatusBadge
                                  status={c.status}
                                  label={c.status === 'missing' ? t('criterion.noFigure') : undefined}
                                />
                              ),
                              sortValue: (c) => c.status,
                            },
                            {
                              key: 'e',
                              header: t('common.evidence'),
                              cell: (c) => {
                                const url = evidence.get(c.criterionId);
                                return url ? (
                                  <a href={url} target="_blank" rel="noreferrer">
                                    {t('common.evidence')}
                                  </a>
                                ) : (
                                  '—'
                                );
                              },
                            },
                          ]}
                        />
                      );
                    }}
                  </QueryView>
                  <div style={{ display: 'flex', gap: 8, marginTop: 12, flexWrap: 'wrap', alignItems: 'end' }}>
                    {r.status === 'submitted' && (
                      <Button onClick={() => act.mutate('verify')} busy={act.isPending}>
                        {t('sector.verify')}
                      </Button>
                    )}
                    {r.status === 'verified' &&
                      (awaitsAnotherApprover ? (
                        <Notice testId="awaits-approver">{t('review.awaitsAnotherApprover')}</Notice>
                      ) : (
                        <Button onClick={() => act.mutate('approve')} busy={act.isPending}>
                          {t('sector.approve')}
                        </Button>
                      ))}
                    {(r.status === 'submitted' || r.status === 'verified' || r.status === 'approved') && (
                      <>
                        <div className="td-field" style={{ flex: 1, minWidth: 240, margin: 0 }}>
                          <label htmlFor="review-reason">{t('common.reason')}</label>
                          <textarea
                            id="review-reason"
                            rows={2}
                            maxLength={REASON_MAX}
                            value={reason}
                            onChange={(e) => setReason(e.target.value)}
                            placeholder={t('sector.reasonHint')}
                            aria-describedby="review-reason-count"
                          />
                          <span id="review-reason-count" className="td-hint">
                            {t('review.reasonCount', {
                              count: reason.trim().length,
                              max: REASON_MAX,
                              min: REVIEW_REASON_MIN,
                            })}
                          </span>
                        </div>
                        {r.status === 'approved' ? (
                          <Button
                            tone="danger"
                            disabled={!reasonOk}
                            onClick={() => act.mutate('unapprove')}
                            busy={act.isPending}
                          >
                            {t('sector.unapprove')}
                          </Button>
                        ) : (
                          <Button
                            tone="secondary"
                            disabled={!reasonOk}
                            onClick={() => act.mutate('returnToUnit')}
                            busy={act.isPending}
                          >
                            {t('sector.return')}
                          </Button>
                        )}
                      </>
                    )}
                  </div>
                  {r.status === 'draft' && <PaperReceipt reportId={r.id} version={r.version} unitName={unitName} />}
                  {done && (
                    <Notice tone="ok" testId="review-done">
                      {t(`review.done.${done}`, { unit: unitName })}
                    </Notice>
                  )}
                  {act.isError && <ErrorNote message={errorText(act.error, lang)} />}
                </>
              )
            }
          </QueryView>
        </Card>
      </section>
    );
  },
);
ReportReview.displayName = 'ReportReview';
