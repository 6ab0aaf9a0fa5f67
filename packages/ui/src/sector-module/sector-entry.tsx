// Data entry by the sector office: one row per commune, one column per indicator, checked as typed, evidence per row.
import {
  Button,
  ErrorNote,
  errorText,
  EvidenceUpload,
  ExcelExchange,
  Notice,
  type SectorReportView,
  useApi,
  useI18n,
  useLeaveGuard,
  useSession,
  translator,
} from '@thidua/ui';
import { MODULE_TEXTS } from './module-texts.js';
import {
  KeptDraftNotices,
  NewerVersionNotice,
  parseValue,
  rangeHint,
  useVersionedDraft,
  ValueField,
} from '@thidua/ui/forms';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

const cellKey = (unitId: string, indicatorId: string) => `${unitId}|${indicatorId}`;

export const SectorEntry = ({ view }: { view: SectorReportView }) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const report = view.report;
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [evidence, setEvidence] = useState<Record<string, string>>({});
  // Communes whose evidence was uploaded on this screen: their new file goes with every figure of the row.
  const [uploaded, setUploaded] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  // The version the grid was filled from goes with each save, and what is typed is kept in the browser until the
  // server has it, as on the unit's report form.
  const owner = useSession().data?.username ?? '';
  const draft = useVersionedDraft({
    key: owner ? `sector:${owner}:${view.sector.id}:${view.year}` : null,
    ready: true,
    saved: report,
    value: { raw, evidence, uploaded },
    restore: (kept) => {
      setRaw(kept.raw);
      setEvidence(kept.evidence);
      setUploaded(kept.uploaded);
    },
  });
  const { dirty, setDirty, baseVersion, setBaseVersion, reloadKey, editable, kept } = draft;
  // Leaving the grid with unsaved figures asks first, as the unit's report form does.
  useLeaveGuard(dirty);
  useEffect(() => {
    // Never drop what the editor typed: a newer version waits until the editor chooses to load it.
    if (dirty) return;
    const decimal = (n: number) => (lang === 'vi' ? String(n).replace('.', ',') : String(n));
    setRaw(
      Object.fromEntries(
        (report?.values ?? []).map((v) => [
          cellKey(v.unitId, v.indicatorId),
          v.boolValue !== null ? String(v.boolValue) : v.numberValue !== null ? decimal(v.numberValue) : '',
        ]),
      ),
    );
    setEvidence(
      Object.fromEntries(
        (report?.values ?? []).filter((v) => v.evidenceUrl).map((v) => [v.unitId, v.evidenceUrl ?? '']),
      ),
    );
    setBaseVersion(report?.version);
    // Only a new version from the server (or the editor's choice to load it) resets the grid; typing does not.
  }, [report?.id, report?.version, reloadKey]);
  // Figures a register computes are shown, not typed: the register is where they change.
  const own = translator(lang, MODULE_TEXTS);
  const computed = new Map(view.computed.map((c) => [cellKey(c.unitId, c.indicatorId), c]));
  const storedByKey = new Map((report?.values ?? []).map((v) => [cellKey(v.unitId, v.indicatorId), v]));
  const cells = view.communes.flatMap((c) =>
    view.indicators.map((i) => ({
      c,
      i,
      key: cellKey(c.id, i.id),
      result: parseValue(i.measure, raw[cellKey(c.id, i.id)] ?? ''),
    })),
  );
  const invalid = cells.filter((x) => !x.result.ok).length;
  // Evidence is stored with a commune's figures: a file for a row without any figure would not be kept.
  const evidenceWithoutFigures = view.communes.filter(
    (c) => evidence[c.id] && !cells.some((x) => x.c.id === c.id && x.result.ok && x.result.value !== null),
  ).length;
  const refresh = () => queryClient.invalidateQueries();
  const save = useMutation({
    mutationFn: () =>
      api.sectors.save.mutate({
        sectorId: view.sector.id,
        year: view.year,
        version: baseVersion,
        values: cells.flatMap(({ c, i, key, result }) => {
          if (!result.ok || result.value === null) return [];
          // A figure keeps its own note and evidence (an Excel import may have given it its own) unless a new file was uploaded here.
          const stored = storedByKey.get(key);
          const evidenceUrl = uploaded[c.id] || stored?.evidenceUrl || evidence[c.id] || null;
          return [
            {
              unitId: c.id,
              indicatorId: i.id,
              number: typeof result.value === 'number' ? result.value : null,
              bool: typeof result.value === 'boolean' ? result.value : null,
              evidenceUrl,
              evidenceFile: uploaded[c.id] ? null : (stored?.evidenceFile ?? null),
              note: stored?.note ?? null,
            },
          ];
        }),
      }),
    onSuccess: (result) => {
      setSaved(true);
      setDirty(false);
      kept.discard();
      setUploaded({});
      setBaseVersion(result.version);
      void refresh();
    },
  });
  const submit = useMutation({
    mutationFn: () => api.sectors.submit.mutate({ reportId: report!.id, version: report!.version }),
    onSuccess: () => void refresh(),
  });
  const edit = (key: string, value: string) => {
    setSaved(false);
    setDirty(true);
    setRaw((s) => ({ ...s, [key]: value }));
  };
  return (
    <div data-testid="sector-entry">
      {report?.returnReason && <Notice tone="warn">{t('sector.returned', { reason: report.returnReason })}</Notice>}
      {!editable && <Notice>{t('sector.readOnly', { status: t(`status.${report?.status ?? 'draft'}`) })}</Notice>}
      <KeptDraftNotices draft={draft} />
      <div className="td-table-wrap">
        <table className="td-table td-table--stack">
          <thead>
            <tr>
              <th scope="col">{t('common.commune')}</th>
              <th scope="col" style={{ minWidth: 200 }}>
                {t('common.evidence')}
                <div className="td-muted" style={{ fontWeight: 400 }}>
                  {t('evidence.hint')}
                </div>
              </th>
              {view.indicators.map((i) => (
                <th key={i.id} scope="col" title={pick(i.label)}>
                  {pick(i.label)}
                  <div className="td-muted" style={{ fontWeight: 400 }}>
                    {i.id} · {pick(i.unit)} {rangeHint(i.measure)}
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.communes.map((c) => {
              const name = lang === 'en' ? c.nameEn : c.name;
              return (
                <tr key={c.id} data-commune={c.id}>
                  <th scope="row">{name}</th>
                  {/* Evidence beside the commune's name: never scrolled off the right of a wide grid. */}
                  <td className="td-cell" style={{ minWidth: 200 }} data-label={t('common.evidence')}>
                    {editable ? (
                      <>
                        {evidence[c.id] && (
                          <a href={evidence[c.id]} target="_blank" rel="noreferrer">
                            {t('common.evidence')}
                          </a>
                        )}
                        <EvidenceUpload
                          compact
                          label={`${t('common.evidence')}: ${name}`}
                          onUploaded={(url) => {
                            setDirty(true);
                            setEvidence((s) => ({ ...s, [c.id]: url }));
                            setUploaded((s) => ({ ...s, [c.id]: url }));
                          }}
                        />
                      </>
                    ) : evidence[c.id] ? (
                      <a href={evidence[c.id]} target="_blank" rel="noreferrer">
                        {t('common.evidence')}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                  {view.indicators.map((i) => {
                    const key = cellKey(c.id, i.id);
                    const label = `${name} · ${pick(i.label)}`;
                    const from = computed.get(key);
                    return (
                      <td
                        key={i.id}
                        className="td-cell"
                        data-label={`${pick(i.label)} (${pick(i.unit)})`}
                        data-indicator={i.id}
                        data-computed={from?.registerId}
                      >
                        <ValueField
                          label={label}
                          measure={i.measure}
                          raw={raw[key] ?? ''}
                          disabled={!editable || from !== undefined}
                          onChange={(value) => edit(key, value)}
                        />
                        {from && (
                          <div className="td-muted">
                            {own('register.computedCell', {
                              register: pick(from.registerLabel),
                            })}
                          </div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <NewerVersionNotice draft={draft} />
      {invalid > 0 && <Notice tone="warn">{t('sector.invalid', { count: invalid })}</Notice>}
      {evidenceWithoutFigures > 0 && (
        <Notice tone="warn">{t('sector.evidenceAlone', { count: evidenceWithoutFigures })}</Notice>
      )}
      {saved && !dirty && <Notice tone="ok">{t('sector.saved')}</Notice>}
      {save.isError && <ErrorNote message={errorText(save.error, lang)} />}
      {submit.isError && <ErrorNote message={errorText(submit.error, lang)} />}
      {editable && (
        <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
          <Button onClick={() => save.mutate()} busy={save.isPending} disabled={invalid > 0}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </Button>
          {report && (
            <Button tone="secondary" onClick={() => submit.mutate()} busy={submit.isPending} disabled={dirty}>
              {t('sector.submit')}
            </Button>
          )}
        </div>
      )}
      <ExcelExchange
        title={t('sector.excelTitle')}
        hint={t('sector.excelHint')}
        downloadHref={`/api/excel/sector/${encodeURIComponent(view.sector.id)}/${view.year}`}
        downloadLabel={t('sector.excelDownload')}
        uploadHref={`/api/excel/sector/${encodeURIComponent(view.sector.id)}/${view.year}`}
        editable={editable && !dirty}
        savedText={(count) => t('sector.excelSaved', { count })}
        testId="sector-excel"
      />
    </div>
  );
};
