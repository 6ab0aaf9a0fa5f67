// Figures through Excel: download the sheet (with what is saved), fill it offline, import it back. The upload shows its
// progress; a refused file lists every problem by sheet, row and column, and nothing is saved.
import { useQueryClient } from '@tanstack/react-query';
import { bilingualText } from '../api/client.js';
import { formatNumber } from '../format/format.js';
import { useI18n } from '../i18n/i18n.js';
import { SESSION_KEY } from '../session/session.js';
import { DownloadButton } from './download-button.js';
import { Card, Notice, ProgressBar } from './primitives.js';
import { useId, useState, type ChangeEvent } from 'react';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 10 * 1024 * 1024;

interface Problem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

type State =
  | { status: 'idle' }
  | { status: 'uploading'; sent: number; name: string }
  | { status: 'checking'; name: string }
  | { status: 'processing'; name: string; phase: Phase; done: number; total: number }
  | { status: 'done'; saved: number }
  | { status: 'refused'; message: string; problems: Problem[]; total: number };

type Phase = 'reading' | 'checking' | 'preparing' | 'saving';
type Answer = { saved?: number; problems?: Problem[]; total?: number; error?: { message?: string } } | null;
type Line =
  { type: 'progress'; phase: Phase; done?: number; total?: number } | { type: 'result'; status: number; body: Answer };

const parseLine = (text: string): Line | null => {
  try {
    return JSON.parse(text) as Line;
  } catch {
    return null;
  }
};

/**
 * XMLHttpRequest, not fetch: only it reports upload progress. The server may answer with a stream of progress lines
 * (application/x-ndjson) ending in the result, for imports that take a while; or with one JSON answer.
 */
const send = (
  url: string,
  file: File,
  onProgress: (share: number) => void,
  onSent: () => void,
  onPhase: (phase: Phase, done: number, total: number) => void,
) =>
  new Promise<{ status: number; body: Answer }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', XLSX);
    xhr.setRequestHeader('accept', 'application/x-ndjson, application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.upload.onload = onSent;
    const streamed = () => (xhr.getResponseHeader('content-type') ?? '').includes('ndjson');
    let read = 0;
    let result: Line | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < read) return;
      for (const raw of text.slice(read, end).split('\n')) {
        const line = raw.trim() ? parseLine(raw) : null;
        if (line?.type === 'progress') onPhase(line.phase, line.done ?? 0, line.total ?? 0);
        if (line?.type === 'result') result = line;
      }
      read = end + 1;
    };
    xhr.onprogress = () => streamed() && readLines();
    xhr.onload = () => {
      if (streamed()) {
        readLines();
        const last = result as Line | null;
        return resolve(last?.type === 'result' ? { status: last.status, body: last.body } : { status: 0, body: null });
      }
      let body: Answer = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new TypeError('network'));
    xhr.send(file);
  });

export interface ExcelExchangeProps {
  title: string;
  hint: string;
  downloadHref: string;
  downloadLabel: string;
  uploadHref: string;
  /** False once the figures can no longer be changed: download only. */
  editable: boolean;
  maxBytes?: number;
  /** What the reader is told after a successful import. */
  savedText: (count: number) => string;
  testId?: string;
}

export const ExcelExchange = ({
  title,
  hint,
  downloadHref,
  downloadLabel,
  uploadHref,
  editable,
  maxBytes = MAX_BYTES,
  savedText,
  testId,
}: ExcelExchangeProps) => {
  const { t, lang } = useI18n();
  const id = useId();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ status: 'idle' });
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > maxBytes)
      return setState({
        status: 'refused',
        message: t('excel.tooLarge', { mb: Math.round(maxBytes / 1024 / 1024) }),
        problems: [],
        total: 0,
      });
    setState({ status: 'uploading', sent: 0, name: file.name });
    try {
      const { status, body } = await send(
        uploadHref,
        file,
        (sent) => setState({ status: 'uploading', sent, name: file.name }),
        () => setState({ status: 'checking', name: file.name }),
        (phase, done, total) => setState({ status: 'processing', name: file.name, phase, done, total }),
      );
      // The connection broke after the file was sent: the import may or may not have been saved.
      if (status === 0) return setState({ status: 'refused', message: t('excel.unknown'), problems: [], total: 0 });
      if (status === 200) {
        setState({ status: 'done', saved: body?.saved ?? 0 });
        void queryClient.invalidateQueries();
        return;
      }
      if (status === 401) void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      setState({
        status: 'refused',
        message: bilingualText(body?.error?.message, lang),
        problems: body?.problems ?? [],
        total: body?.total ?? body?.problems?.length ?? 0,
      });
    } catch {
      setState({ status: 'refused', message: t('error.network'), problems: [], total: 0 });
    }
  };
  const busy = state.status === 'uploading' || state.status === 'checking' || state.status === 'processing';
  return (
    <Card title={title} testId={testId}>
      <p className="td-hint">{hint}</p>
      <DownloadButton href={downloadHref} label={downloadLabel} testId="excel-download" />
      {editable ? (
        <div className="td-field">
          <label htmlFor={id}>{t('excel.import')}</label>
          <input id={id} type="file" accept={`${XLSX},.xlsx`} disabled={busy} onChange={(e) => void onFile(e)} />
        </div>
      ) : (
        <Notice>{t('excel.locked')}</Notice>
      )}
      <div role="status" aria-live="polite">
        {state.status === 'uploading' && (
          <>
            <p>{t('excel.uploading', { name: state.name })}</p>
            <ProgressBar value={state.sent} label={t('excel.uploading', { name: state.name })} />
          </>
        )}
        {state.status === 'checking' && <p>{t('excel.checking', { name: state.name })}</p>}
        {state.status === 'processing' && (
          <>
            <p>
              {t(`excel.phase.${state.phase}`, {
                name: state.name,
                done: formatNumber(state.done, lang),
                total: formatNumber(state.total, lang),
              })}
            </p>
            {(state.phase === 'saving' || state.phase === 'preparing') && state.total > 0 && (
              <ProgressBar
                value={state.done / state.total}
                label={t(`excel.phase.${state.phase}`, {
                  name: state.name,
                  done: formatNumber(state.done, lang),
                  total: formatNumber(state.total, lang),
                })}
              />
            )}
          </>
        )}
        {state.status === 'done' && <Notice tone="ok">{savedText(state.saved)}</Notice>}
      </div>
      {state.status === 'refused' && (
        <div>
          {/* Only the summary is announced; the table is there to read row by row. */}
          <div role="alert">
            <Notice tone="warn">{state.message}</Notice>
          </div>
          {state.problems.length > 0 && (
            <div className="td-table-wrap" tabIndex={0}>
              <table className="td-table" data-testid="excel-problems">
                <caption>
                  {state.total > state.problems.length
                    ? t('excel.problemsFirst', { count: state.total, shown: state.problems.length })
                    : t('excel.problems', { count: state.total })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('excel.sheet')}</th>
                    <th scope="col" className="td-num">
                      {t('excel.row')}
                    </th>
                    <th scope="col">{t('excel.column')}</th>
                    <th scope="col">{t('excel.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.problems.map((p, i) => (
                    <tr key={i}>
                      <td>{p.sheet}</td>
                      <td className="td-num">{p.row ?? '—'}</td>
                      <td>{p.column ?? '—'}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </Card>
  );
};
