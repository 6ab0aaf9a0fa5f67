// The Culture & Information office's review of a sector report: the figures it decides on, the actions (the outcome
// said where the reviewer clicked), and the report's history with reasons.
import {
  Button,
  ErrorNote,
  errorText,
  formatDateTime,
  Notice,
  type SectorReportView,
  StatusBadge,
  useApi,
  useI18n,
} from '@thidua/ui';
import { useReviewMoves } from '@thidua/ui/review';
import { SectorTable } from './sector-table.js';

type Action = 'verify' | 'approve' | 'returnToSector' | 'unapprove';

export const SectorReview = ({
  view,
  can,
}: {
  view: SectorReportView;
  can: { review: boolean; unapprove: boolean };
}) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const report = view.report;
  const { act, reason, setReason, done, reasonOk } = useReviewMoves<Action>((action, why) => {
    const ref = { reportId: report!.id, version: report!.version };
    return action === 'returnToSector' || action === 'unapprove'
      ? api.sectors[action].mutate({ ...ref, reason: why })
      : api.sectors[action].mutate(ref);
  });
  return (
    <div data-testid="sector-review">
      <p>
        {t('common.status')}: <StatusBadge status={report?.status ?? 'none'} />
      </p>
      <SectorTable view={view} />
      {report && (can.review || (can.unapprove && report.status === 'approved')) && (
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'end' }}>
          {can.review && report.status === 'submitted' && (
            <Button onClick={() => act.mutate('verify')} busy={act.isPending}>
              {t('sector.verify')}
            </Button>
          )}
          {can.review &&
            report.status === 'verified' &&
            (view.awaitsAnotherApprover ? (
              <Notice testId="awaits-approver">{t('review.awaitsAnotherApprover')}</Notice>
            ) : (
              <Button onClick={() => act.mutate('approve')} busy={act.isPending}>
                {t('sector.approve')}
              </Button>
            ))}
          {report.status !== 'draft' && (
            <>
              <div className="td-field" style={{ flex: 1, minWidth: 240, margin: 0 }}>
                <label htmlFor="sector-reason">{t('common.reason')}</label>
                <textarea
                  id="sector-reason"
                  rows={2}
                  maxLength={1000}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  placeholder={t('sector.reasonHint')}
                  aria-describedby="sector-reason-count"
                />
                <span id="sector-reason-count" className="td-hint">
                  {t('sector.reasonCount', { count: reason.trim().length })}
                </span>
              </div>
              {report.status === 'approved' ? (
                <Button tone="danger" onClick={() => act.mutate('unapprove')} disabled={!reasonOk} busy={act.isPending}>
                  {t('sector.unapprove')}
                </Button>
              ) : (
                <Button
                  tone="secondary"
                  onClick={() => act.mutate('returnToSector')}
                  disabled={!reasonOk}
                  busy={act.isPending}
                >
                  {t('sector.return')}
                </Button>
              )}
            </>
          )}
        </div>
      )}
      {done && (
        <Notice tone="ok" testId="review-done">
          {t(`sector.done.${done}`)}
        </Notice>
      )}
      {act.isError && <ErrorNote message={errorText(act.error, lang)} />}
      {view.history.length > 0 && (
        <>
          <h3 style={{ marginTop: 16 }}>{t('sector.history')}</h3>
          <ol>
            {view.history.map((h, n) => (
              <li key={n}>
                {formatDateTime(h.at, lang)}: {t(`status.${h.from}`)} → <strong>{t(`status.${h.to}`)}</strong> (
                {h.byName ?? h.by}){h.reason ? `: ${h.reason}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
};
