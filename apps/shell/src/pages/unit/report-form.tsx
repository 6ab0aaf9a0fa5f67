// The yearly report form of a unit: every criterion of its kind, checked as typed, with the deadline always in view.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  ErrorNote,
  errorCode,
  errorText,
  EvidenceUpload,
  formatDate,
  isNetworkError,
  Notice,
  QueryView,
  StatusBadge,
  timeLeft,
  useApi,
  useI18n,
  useLeaveGuard,
  useSession,
} from '@thidua/ui';
import {
  KeptDraftNotices,
  NewerVersionNotice,
  parseValue,
  ReauthDialog,
  useVersionedDraft,
  ValueField,
} from '@thidua/ui/forms';
import { useEffect, useRef, useState } from 'react';
import { useMovement } from '../../use-movement.js';
import { ReportExcel } from './report-excel.js';
import { ReportGaps, useReportGaps } from './report-gaps.js';
import { useResendWhenOnline } from '../../offline/use-resend-when-online.js';

type Cell = { raw: string; evidenceUrl: string };
type Kind = 'department' | 'commune' | 'enterprise';

export const ReportForm = ({ unitId, kind, year }: { unitId: string; kind: Kind; year: number }) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const movement = useMovement({ year });
  const gaps = useReportGaps(unitId, year);
  const report = useQuery({
    queryKey: ['reports.get', unitId, year],
    queryFn: () => api.reports.get.query({ unitId, year }),
  });
  const [cells, setCells] = useState<Record<string, Cell>>({});
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // What is on screen now, to tell after a save whether the clerk typed more while it travelled.
  const current = useRef(cells);
  current.current = cells;
  const loaded = report.data?.report;
  // The version the form was filled from goes with each save (a newer one on the server is a conflict, not an
  // overwrite); what is typed is kept in the browser until the server has it (after a reload, a sign-out, an ended session).
  const owner = useSession().data?.username ?? '';
  const draft = useVersionedDraft({
    key: owner ? `report:${owner}:${unitId}:${year}` : null,
    ready: report.data !== undefined,
    saved: loaded,
    value: { cells },
    restore: (kept) => setCells(kept.cells),
  });
  const { dirty, setDirty, baseVersion, setBaseVersion, reloadKey, editable, kept } = draft;
  useEffect(() => {
    // Never drop what the editor typed: a newer version waits until the editor chooses to load it.
    if (dirty) return;
    setBaseVersion(loaded?.version);
    setCells(
      Object.fromEntries(
        (loaded?.values ?? []).map((v) => [
          v.key,
          {
            raw:
              v.boolValue !== null
                ? String(v.boolValue)
                : v.numberValue !== null
                  ? String(v.numberValue).replace('.', lang === 'vi' ? ',' : '.')
                  : '',
            evidenceUrl: v.evidenceUrl ?? '',
          },
        ]),
      ),
    );
    // Reload the form only when another version arrives from the server, not on every language switch.
  }, [loaded?.id, loaded?.version, reloadKey]);
  useLeaveGuard(dirty, { signsInAgain: true });
  const [reauth, setReauth] = useState(false);
  // The save could not reach the server: the input is kept in the browser and goes again when the link is back.
  const [unsent, setUnsent] = useState(false);
  const criteria = (movement.data?.criteria ?? []).filter((c) => c.appliesTo.includes(kind) && !c.valueFromAttribute);
  const parsed = criteria.map((c) => ({
    c,
    cell: cells[c.id] ?? { raw: '', evidenceUrl: '' },
    result: parseValue(c.measure, cells[c.id]?.raw ?? ''),
  }));
  const badLink = (url: string) => url.trim() !== '' && !/^https?:\/\/\S+$/i.test(url.trim());
  const invalid = parsed.filter((p) => !p.result.ok || badLink(p.cell.evidenceUrl)).length;
  // Gaps are judged on the saved report, as the server judges them when it is sent.
  const gapCount = gaps.data?.length ?? 0;
  const refresh = () => queryClient.invalidateQueries();
  const save = useMutation({
    mutationFn: async () => ({
      sent: JSON.stringify(current.current),
      ...(await api.reports.saveDraft.mutate({
        unitId,
        year,
        version: baseVersion,
        values: parsed
          .filter((p) => p.result.ok && (p.result.value !== null || p.cell.evidenceUrl))
          .map((p) => {
            const value = p.result.ok ? p.result.value : null;
            return {
              key: p.c.id,
              number: typeof value === 'number' ? value : null,
              bool: typeof value === 'boolean' ? value : null,
              evidenceUrl: p.cell.evidenceUrl.trim() || null,
            };
          }),
      })),
    }),
    // An ended session asks for the password here and then saves, instead of leaving the form for the sign-in page.
    meta: { reauth: true },
    onError: (error) => {
      setReauth(errorCode(error) === 'UNAUTHORIZED');
      setUnsent(isNetworkError(error));
    },
    onSuccess: (result) => {
      setNotice(t('sector.saved'));
      setUnsent(false);
      // Typed more while it travelled: that stays unsaved (and kept in the browser) rather than being lost.
      if (JSON.stringify(current.current) === result.sent) {
        setDirty(false);
        kept.discard();
      }
      setBaseVersion(result.version);
      void refresh();
    },
  });
  // Never resent while a field is refused: a save without it would drop its stored value.
  useResendWhenOnline(unsent && !save.isPending && invalid === 0, save.mutate);
  const submit = useMutation({
    mutationFn: () => api.reports.submit.mutate({ reportId: loaded!.id, version: loaded!.version }),
    onSuccess: () => {
      setConfirming(false);
      setNotice(t('report.submitted'));
      void refresh();
    },
  });
  const set = (key: string, patch: Partial<Cell>) => {
    setDirty(true);
    setCells((s) => ({ ...s, [key]: { raw: s[key]?.raw ?? '', evidenceUrl: s[key]?.evidenceUrl ?? '', ...patch } }));
  };
  return (
    <>
      <Card title={t('report.title', { year })} testId="report-form">
        <QueryView query={report}>
          {({ deadline }) => {
            const left = timeLeft(deadline.dueAt);
            const due = formatDate(deadline.lastOnTimeLocal.slice(0, 10), lang);
            return (
              <>
                {deadline.status === 'missing' && !left.overdue && (
                  <Notice>
                    {t('report.countdown', {
                      date: formatDate(deadline.dueAtLocal.slice(0, 10), lang),
                      days: left.days,
                      hours: left.hours,
                    })}
                  </Notice>
                )}
                {deadline.status === 'missing' && left.overdue && (
                  <Notice tone="warn">{t('report.late', { year, date: due })}</Notice>
                )}
                {deadline.status !== 'missing' && (
                  <p>
                    D-ANNUAL-REPORT: <StatusBadge status={deadline.status} /> {pick(deadline.explanation)}
                  </p>
                )}
                <p>
                  {t('common.status')}: <StatusBadge status={loaded?.status ?? 'none'} />
                </p>
                {loaded?.returnReason && (
                  <Notice tone="warn">{t('report.returnedBecause', { reason: loaded.returnReason })}</Notice>
                )}
                {!editable && (
                  <Notice>{t('report.locked', { status: t(`status.${loaded?.status ?? 'none'}`) })}</Notice>
                )}
                <div className="td-table-wrap">
                  <table className="td-table td-table--stack" data-testid="report-values">
                    <thead>
                      <tr>
                        <th scope="col">{t('dash.criterion')}</th>
                        <th scope="col">{t('report.value')}</th>
                        <th scope="col">{t('report.evidenceUrl')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {parsed.map(({ c, cell }) => {
                        const id = `v-${c.id}`;
                        return (
                          <tr key={c.id} data-criterion={c.id}>
                            <th scope="row" style={{ fontWeight: 400 }}>
                              <label htmlFor={id}>
                                <code>{c.id}</code> {pick(c.label)}
                              </label>
                              {c.evidence === 'required' && (
                                <div className="td-muted">{t('report.evidenceRequired')}</div>
                              )}
                            </th>
                            <td className="td-cell" style={{ minWidth: 140 }} data-label={t('report.value')}>
                              <ValueField
                                id={id}
                                measure={c.measure}
                                raw={cell.raw}
                                disabled={!editable}
                                onChange={(raw) => set(c.id, { raw })}
                              />
                            </td>
                            <td className="td-cell" data-label={t('report.evidenceUrl')}>
                              <input
                                aria-label={`${t('report.evidenceUrl')} ${c.id}`}
                                type="url"
                                value={cell.evidenceUrl}
                                disabled={!editable}
                                aria-invalid={badLink(cell.evidenceUrl) || undefined}
                                onChange={(e) => set(c.id, { evidenceUrl: e.target.value })}
                                placeholder="https://…"
                              />
                              {badLink(cell.evidenceUrl) && <div className="td-cell__error">{t('value.badUrl')}</div>}
                              {editable && (
                                <EvidenceUpload
                                  compact
                                  label={t('report.evidenceFile', { id: c.id })}
                                  onUploaded={(url) => set(c.id, { evidenceUrl: url })}
                                />
                              )}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                <NewerVersionNotice draft={draft} />
                {invalid > 0 && <Notice tone="warn">{t('sector.invalid', { count: invalid })}</Notice>}
                {/* Only fresh gaps: right after a save the list is being read again, and the old one would mislead. */}
                {editable && loaded && !dirty && gaps.data && !gaps.isFetching && <ReportGaps gaps={gaps.data} />}
                <KeptDraftNotices draft={draft} />
                {notice && <Notice tone="ok">{notice}</Notice>}
                {unsent && (
                  <Notice tone="warn" testId="save-unsent">
                    {t('form.unsent')}
                  </Notice>
                )}
                {save.isError && !reauth && !unsent && <ErrorNote message={errorText(save.error, lang)} />}
                {reauth && owner && (
                  <ReauthDialog
                    username={owner}
                    onCancel={() => setReauth(false)}
                    onSignedIn={() => {
                      setReauth(false);
                      if (invalid === 0) save.mutate();
                    }}
                  />
                )}
                {submit.isError && <ErrorNote message={errorText(submit.error, lang)} />}
                {editable && (
                  <div style={{ display: 'flex', gap: 8, marginTop: 12, flexWrap: 'wrap' }}>
                    <Button
                      onClick={() => {
                        setNotice(null);
                        save.mutate();
                      }}
                      busy={save.isPending}
                      disabled={invalid > 0}
                    >
                      {save.isPending ? t('common.saving') : t('report.saveDraft')}
                    </Button>
                    {loaded && !confirming && (
                      <Button
                        tone="secondary"
                        disabled={dirty || gapCount > 0}
                        title={dirty ? t('report.saveFirst') : gapCount > 0 ? t('report.fixGaps') : undefined}
                        onClick={() => setConfirming(true)}
                      >
                        {t('report.submit')}
                      </Button>
                    )}
                    {confirming && (
                      <div className="td-notice td-notice--warn" role="alertdialog" aria-label={t('report.submit')}>
                        <p>{t('report.submitConfirm')}</p>
                        <Button onClick={() => submit.mutate()} busy={submit.isPending}>
                          {t('report.submit')}
                        </Button>{' '}
                        <Button tone="secondary" onClick={() => setConfirming(false)}>
                          {t('common.cancel')}
                        </Button>
                      </div>
                    )}
                  </div>
                )}
              </>
            );
          }}
        </QueryView>
      </Card>
      <ReportExcel unitId={unitId} year={year} editable={editable} />
    </>
  );
};
