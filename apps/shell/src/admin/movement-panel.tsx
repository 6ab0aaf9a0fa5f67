// Upload a movement file, read its errors by path or what it changes, then activate it after a confirmation; a change
// to a running movement waits for a second administrator, who approves or rejects it in the versions list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import {
  Button,
  Card,
  ConfirmStep,
  DataTable,
  ErrorNote,
  errorText,
  formatDateTime,
  Notice,
  QueryView,
  useApi,
  useI18n,
} from '@thidua/ui';
import { useState, type ChangeEvent } from 'react';
import { PendingMovementActions } from './pending-movement.js';

/** The server takes at most 1 MB per request; a movement of the Ninh Sơn plan's size is about a tenth of it. */
const MAX_MB = 1;

type Preview = RouterOutputs['admin']['previewMovement'];

const Comparison = ({ preview }: { preview: Extract<Preview, { ok: true }> }) => {
  const { t } = useI18n();
  const rows = preview.comparison.collections.filter((c) => c.added.length + c.removed.length + c.changed.length > 0);
  const list = (ids: string[]) => (ids.length === 0 ? '—' : ids.join(', '));
  return (
    <>
      {preview.comparison.fields.length > 0 && (
        <p>{t('movement.fields', { fields: preview.comparison.fields.join(', ') })}</p>
      )}
      {rows.length === 0 && preview.comparison.fields.length === 0 ? (
        <Notice>{t('movement.nothingChanged')}</Notice>
      ) : (
        <DataTable
          testId="movement-changes"
          rows={rows}
          rowKey={(r) => r.part}
          columns={[
            { key: 'part', header: t('movement.part'), cell: (r) => <code>{r.part}</code> },
            { key: 'added', header: t('movement.added'), cell: (r) => list(r.added) },
            { key: 'removed', header: t('movement.removed'), cell: (r) => list(r.removed) },
            { key: 'changed', header: t('movement.changed'), cell: (r) => list(r.changed) },
            { key: 'unchanged', header: t('movement.unchanged'), cell: (r) => r.unchanged, align: 'end' },
          ]}
        />
      )}
    </>
  );
};

export const MovementPanel = () => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [definition, setDefinition] = useState<unknown>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const versions = useQuery({
    queryKey: ['admin.movementVersions'],
    queryFn: () => api.admin.movementVersions.query(),
  });
  const preview = useMutation({ mutationFn: (d: unknown) => api.admin.previewMovement.mutate({ definition: d }) });
  const activate = useMutation({
    mutationFn: () => api.admin.activateMovement.mutate({ definition, note }),
    onSuccess: () => {
      setConfirming(false);
      setDefinition(null);
      preview.reset();
      setNote('');
      // Every screen reads the movement: fetch everything again.
      void queryClient.invalidateQueries();
    },
  });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setFileProblem(null);
    setDefinition(null);
    preview.reset();
    activate.reset();
    if (!file) return;
    if (file.size > MAX_MB * 1024 * 1024)
      return setFileProblem(
        t('movement.tooBig', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1), max: MAX_MB }),
      );
    try {
      const parsed: unknown = JSON.parse(await file.text());
      setDefinition(parsed);
      preview.mutate(parsed);
    } catch (error) {
      setFileProblem(t('movement.notJson', { name: file.name, detail: (error as Error).message }));
    }
  };

  const ready = preview.data?.ok === true;
  return (
    <div className="td-stack">
      {activate.isSuccess && (
        <Notice tone="ok" testId="movement-published">
          {t(activate.data.pending ? 'movement.proposed' : 'movement.activated', { version: activate.data.version })}
        </Notice>
      )}
      <Card title={t('admin.tab.movement')} testId="movement-upload">
        <div className="td-field">
          <label htmlFor="movement-file">{t('movement.file', { max: MAX_MB })}</label>
          <input id="movement-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
        </div>
        {fileProblem && <ErrorNote message={fileProblem} />}
        {preview.isPending && <p className="td-muted">…</p>}
        {preview.isError && <ErrorNote message={errorText(preview.error, lang)} />}
        {preview.data && !preview.data.ok && (
          <>
            <ErrorNote message={t('movement.errors', { count: preview.data.errorCount })} />
            {preview.data.errorCount > preview.data.errors.length && (
              <p>{t('movement.errorsShown', { shown: preview.data.errors.length })}</p>
            )}
            <DataTable
              testId="movement-errors"
              rows={preview.data.errors}
              rowKey={(e) => `${e.path}:${e.message.vi}`}
              columns={[
                { key: 'path', header: t('movement.path'), cell: (e) => <code>{e.path || '/'}</code> },
                { key: 'problem', header: t('movement.problem'), cell: (e) => pick(e.message) },
              ]}
            />
          </>
        )}
        {preview.data?.ok && (
          <div data-testid="movement-preview">
            <p>
              {t('movement.valid', {
                name: pick(preview.data.movement.name),
                id: preview.data.movement.id,
                version: preview.data.nextVersion,
              })}
            </p>
            {!preview.data.comparison.sameMovement &&
              (preview.data.besides.length === 0 ? (
                <Notice>{t('movement.first')}</Notice>
              ) : (
                <Notice>
                  {t('movement.besides', {
                    running: preview.data.besides.map((m) => `${pick(m.name)} (${m.id})`).join('; '),
                  })}
                </Notice>
              ))}
            {preview.data.overlap && <ErrorNote message={pick(preview.data.overlap)} />}
            <Comparison preview={preview.data} />
            <div className="td-field">
              <label htmlFor="movement-note">{t('movement.note')}</label>
              <input id="movement-note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
            </div>
            {!confirming ? (
              <Button
                disabled={!ready || preview.data.overlap !== null || note.trim().length < 5}
                onClick={() => setConfirming(true)}
              >
                {t('movement.activate')}
              </Button>
            ) : (
              <ConfirmStep
                label={t('movement.activate')}
                busy={activate.isPending}
                onConfirm={() => activate.mutate()}
                onCancel={() => setConfirming(false)}
                confirmLabel={t('movement.confirmYes')}
              >
                <p>{t('movement.confirm', { version: preview.data.nextVersion, id: preview.data.movement.id })}</p>
              </ConfirmStep>
            )}
            {activate.isError && <ErrorNote message={errorText(activate.error, lang)} />}
          </div>
        )}
      </Card>
      <Card title={t('movement.versions')} testId="movement-versions">
        <QueryView query={versions}>
          {(rows) => (
            <DataTable
              rows={rows}
              rowKey={(r) => r.id}
              columns={[
                { key: 'movement', header: 'ID', cell: (r) => <code>{r.movementId}</code> },
                { key: 'version', header: t('movement.version'), cell: (r) => r.version, align: 'end' },
                {
                  key: 'active',
                  header: t('movement.active'),
                  cell: (r) =>
                    r.active
                      ? '✓'
                      : r.pending
                        ? t('movement.pending')
                        : r.rejectReason
                          ? t('movement.rejected', { reason: r.rejectReason })
                          : '',
                },
                { key: 'note', header: t('movement.note'), cell: (r) => r.note ?? '' },
                {
                  key: 'by',
                  header: t('movement.proposedBy'),
                  cell: (r) => [r.proposedBy, r.decidedBy].filter(Boolean).join(' → '),
                },
                { key: 'at', header: t('movement.createdAt'), cell: (r) => formatDateTime(r.createdAt, lang) },
                { key: 'decide', header: '', cell: (r) => (r.pending ? <PendingMovementActions version={r} /> : null) },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </div>
  );
};
