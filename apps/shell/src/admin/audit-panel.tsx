// The audit log for the administrator: who did what and when, filtered, page by page, and the check of its hash chain.
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Button, Card, DataTable, ErrorNote, errorText, formatDateTime, Notice, useApi, useI18n } from '@thidua/ui';
import { useState, type FormEvent } from 'react';

interface Filters {
  action: string;
  username: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { action: '', username: '', from: '', to: '' };

export const AuditPanel = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const input = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.trim() !== '')) as Partial<Filters>;
  const log = useInfiniteQuery({
    queryKey: ['audit.list', input],
    queryFn: ({ pageParam }) => api.audit.list.query({ ...input, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next,
  });
  const verify = useMutation({ mutationFn: () => api.audit.verify.mutate() });
  // The whole log and its signed checkpoints as one file for an inspector (the export itself is audited).
  const exported = useMutation({
    mutationFn: async () => {
      const file = await api.audit.export.mutate();
      const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `thidua-audit-export-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return file.entries.length;
    },
  });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const field = (key: keyof Filters, label: string, type = 'text') => (
    <div className="td-field">
      <label htmlFor={`audit-${key}`}>{label}</label>
      <input
        id={`audit-${key}`}
        type={type}
        value={draft[key]}
        maxLength={64}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <div className="td-stack">
      <Card title={t('audit.chain')}>
        <Button tone="secondary" busy={verify.isPending} onClick={() => verify.mutate()}>
          {t('audit.verify')}
        </Button>
        {verify.data &&
          (verify.data.ok ? (
            <Notice tone="ok">{t('audit.intact', { count: verify.data.entries })}</Notice>
          ) : (
            <Notice tone="warn">{t('audit.broken', { seq: verify.data.brokenAt ?? '?' })}</Notice>
          ))}
        {verify.isError && <ErrorNote message={errorText(verify.error, lang)} />}
        <p className="td-muted">{t('audit.exportHint')}</p>
        <Button tone="secondary" busy={exported.isPending} onClick={() => exported.mutate()} data-testid="audit-export">
          {t('audit.export')}
        </Button>
        {exported.isSuccess && <Notice tone="ok">{t('audit.exported', { count: exported.data })}</Notice>}
        {exported.isError && <ErrorNote message={errorText(exported.error, lang)} />}
      </Card>
      <Card title={t('audit.title')} testId="audit-log">
        <form onSubmit={submit} className="td-form-grid">
          {field('action', t('audit.action'))}
          {field('username', t('account.username'))}
          {field('from', t('audit.from'), 'date')}
          {field('to', t('audit.to'), 'date')}
          <div className="td-field" style={{ alignSelf: 'end' }}>
            <Button type="submit">{t('audit.filter')}</Button>
          </div>
        </form>
        {log.isError && <ErrorNote message={errorText(log.error, lang)} onRetry={() => void log.refetch()} />}
        <DataTable
          rows={entries}
          rowKey={(e) => String(e.seq)}
          caption={t('audit.title')}
          columns={[
            { key: 'seq', header: '#', cell: (e) => e.seq, align: 'end' },
            { key: 'at', header: t('audit.at'), cell: (e) => formatDateTime(e.at, lang) },
            {
              key: 'actor',
              header: t('audit.actor'),
              cell: (e) => (e.actor ? <code>{e.actor}</code> : t('audit.system')),
            },
            { key: 'action', header: t('audit.action'), cell: (e) => <code>{e.action}</code> },
            {
              key: 'entity',
              header: t('audit.entity'),
              cell: (e) => `${e.entity}${e.entityId ? ` ${e.entityId}` : ''}`,
            },
            {
              key: 'data',
              header: t('audit.data'),
              cell: (e) => (
                <small style={{ wordBreak: 'break-word' }}>{e.data === 'null' ? '' : e.data.slice(0, 300)}</small>
              ),
            },
          ]}
        />
        {log.hasNextPage && (
          <Button tone="secondary" busy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            {t('audit.more')}
          </Button>
        )}
      </Card>
    </div>
  );
};
