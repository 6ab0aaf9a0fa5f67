// The second step before anything that cannot be undone on screen: what will happen, in words, then confirm or cancel.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Button } from './primitives.js';

/** `disabled`: the confirmation still lacks something the text above asks for (a reason, a tick). */
export const ConfirmStep = ({
  label,
  children,
  busy,
  onConfirm,
  onCancel,
  confirmLabel,
  disabled,
}: {
  label: string;
  children: ReactNode;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  confirmLabel?: string;
  disabled?: boolean;
}) => {
  const { t } = useI18n();
  return (
    <div className="td-notice td-notice--warn" role="alertdialog" aria-label={label}>
      {children}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button busy={busy} disabled={disabled} onClick={onConfirm}>
          {confirmLabel ?? t('common.confirm')}
        </Button>
        <Button tone="secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
};
