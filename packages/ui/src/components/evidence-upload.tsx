// Uploads one evidence file (PDF, image, Word, Excel ≤ 10 MB) and hands back the link stored with the data.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { bilingualText } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { SESSION_KEY } from '../session/session-key.js';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

type State =
  | { status: 'idle' }
  | { status: 'uploading'; name: string }
  | { status: 'done'; name: string; url: string }
  | { status: 'failed'; message: string };

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const uploadEvidence = async (file: File): Promise<{ url: string }> => {
  const res = await fetch('/api/evidence', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as { url?: string; error?: { message?: string } } | null;
  if (!res.ok || !body?.url) throw new UploadError(res.status, body?.error?.message ?? '');
  return { url: new URL(body.url, location.origin).toString() };
};

/** `compact`: one row of a table (the label is for screen readers only, no hint line). */
export const EvidenceUpload = ({
  label,
  onUploaded,
  compact,
}: {
  label: string;
  onUploaded: (url: string) => void;
  compact?: boolean;
}) => {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > EVIDENCE_MAX_BYTES) return setState({ status: 'failed', message: t('evidence.tooLarge') });
    if (!EVIDENCE_TYPES.includes(file.type)) return setState({ status: 'failed', message: t('evidence.badType') });
    setState({ status: 'uploading', name: file.name });
    try {
      const { url } = await uploadEvidence(file);
      setState({ status: 'done', name: file.name, url });
      onUploaded(url);
    } catch (error) {
      // A session that ended shows the sign-in screen, as for every other call.
      if (error instanceof UploadError && error.status === 401)
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      setState({
        status: 'failed',
        message: error instanceof UploadError ? bilingualText(error.message, lang) : t('error.network'),
      });
    }
  };
  return (
    <div className={compact ? 'td-field td-field--compact' : 'td-field'}>
      <label htmlFor={id} className={compact ? 'td-visually-hidden' : undefined}>
        {label}
      </label>
      <input id={id} type="file" accept={EVIDENCE_TYPES.join(',')} onChange={(e) => void onChange(e)} />
      <span className="td-hint" role="status">
        {state.status === 'uploading' && t('evidence.uploading', { name: state.name })}
        {state.status === 'done' && (
          <>
            {t('evidence.done', { name: state.name })}{' '}
            <a href={state.url} target="_blank" rel="noreferrer">
              {t('common.evidence')}
            </a>
          </>
        )}
        {state.status === 'idle' && !compact && t('evidence.hint')}
      </span>
      {state.status === 'failed' && (
        <span className="td-cell__error" role="alert">
          {state.message}
        </span>
      )}
    </div>
  );
};
