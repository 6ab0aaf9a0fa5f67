// Small building blocks every screen uses, styled by the design tokens in styles/tokens.css.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

export const Card = ({
  title,
  actions,
  children,
  className,
  testId,
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) => (
  <section
    className={`td-card ${className ?? ''}`}
    data-testid={testId}
    aria-label={typeof title === 'string' ? title : undefined}
  >
    {(title || actions) && (
      <header className="td-card__head">
        {title && <h2 className="td-card__title">{title}</h2>}
        {actions && <div className="td-card__actions">{actions}</div>}
      </header>
    )}
    {children}
  </section>
);

type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'muted';
const TONE_OF: Record<string, Tone> = {
  approved: 'ok',
  met: 'ok',
  on_time: 'ok',
  on_track: 'ok',
  eligible: 'ok',
  verified: 'info',
  submitted: 'info',
  pending: 'muted',
  draft: 'muted',
  not_applicable: 'muted',
  unknown: 'muted',
  late: 'warn',
  behind: 'warn',
  incomplete: 'warn',
  missing: 'bad',
  not_met: 'bad',
  none: 'bad',
  not_eligible: 'bad',
};

/** A status word with a colour and the word itself (colour is never the only signal). */
export const StatusBadge = ({ status, label }: { status: string; label?: string }) => {
  const { t } = useI18n();
  return (
    <span className={`td-badge td-badge--${TONE_OF[status] ?? 'muted'}`} data-status={status}>
      {label ?? t(`status.${status}`)}
    </span>
  );
};

export const ProgressBar = ({ value, label }: { value: number; label: string }) => {
  const pct = Math.max(0, Math.min(1, Number.isFinite(value) ? value : 0)) * 100;
  return (
    <div
      className="td-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(pct)}
    >
      <div className="td-progress__bar" style={{ width: `${pct}%` }} />
    </div>
  );
};

export const Button = ({
  tone = 'primary',
  busy,
  children,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { tone?: 'primary' | 'secondary' | 'danger'; busy?: boolean }) => (
  <button
    type="button"
    {...rest}
    className={`td-button td-button--${tone} ${rest.className ?? ''}`}
    disabled={rest.disabled || busy}
    aria-busy={busy || undefined}
  >
    {children}
  </button>
);

export const Loading = ({ label }: { label?: string }) => {
  const { t } = useI18n();
  return (
    <p className="td-loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
};

/** A readable error with a way out: never a blank space. */
export const ErrorNote = ({ message, onRetry }: { message: string; onRetry?: () => void }) => {
  const { t } = useI18n();
  return (
    <div className="td-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <Button tone="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
};

export const Notice = ({
  children,
  tone = 'info',
  testId,
}: {
  children: ReactNode;
  tone?: 'info' | 'warn' | 'ok';
  testId?: string;
}) => (
  <div className={`td-notice td-notice--${tone}`} role={tone === 'warn' ? 'alert' : 'status'} data-testid={testId}>
    {children}
  </div>
);
