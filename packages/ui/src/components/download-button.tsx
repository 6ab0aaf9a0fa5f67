// A file the server produces (a PDF, an Excel sheet) fetched by a button: the reader sees that it is being made and,
// if it fails, the server's reason in their language, never an error page saved as a file.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { bilingualText } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { SESSION_KEY } from '../session/session.js';
import { Button } from './primitives.js';

/** The name the server gives (RFC 6266 filename*), else the last part of the address. */
const fileNameOf = (header: string | null, href: string): string => {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? href.split('/').pop() ?? 'tai-lieu';
};

/** `method: 'POST'` for a file whose making is recorded (an official document registers its verification code). */
export const DownloadButton = ({
  href,
  label,
  testId,
  tone = 'secondary',
  method = 'GET',
}: {
  href: string;
  label: string;
  testId?: string;
  tone?: 'primary' | 'secondary';
  method?: 'GET' | 'POST';
}) => {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ status: 'idle' | 'busy' | 'done' } | { status: 'failed'; message: string }>({
    status: 'idle',
  });
  const download = async () => {
    setState({ status: 'busy' });
    try {
      const res = await fetch(href, { method, credentials: 'same-origin' });
      if (!res.ok) {
        if (res.status === 401) void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        return setState({ status: 'failed', message: bilingualText(body?.error?.message, lang) });
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameOf(res.headers.get('content-disposition'), href);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ status: 'done' });
    } catch {
      setState({ status: 'failed', message: t('error.network') });
    }
  };
  return (
    <span className="td-download" data-testid={testId}>
      {/* Busy is announced, not disabled: a disabled button would drop the keyboard user's focus. */}
      <Button
        tone={tone}
        aria-busy={state.status === 'busy' || undefined}
        aria-disabled={state.status === 'busy' || undefined}
        onClick={() => state.status !== 'busy' && void download()}
      >
        {state.status === 'busy' ? t('download.busy') : label}
      </Button>
      <span className="td-hint" role="status">
        {state.status === 'done' && t('download.done')}
        {state.status === 'failed' && <span className="td-error-text">{state.message}</span>}
      </span>
    </span>
  );
};
