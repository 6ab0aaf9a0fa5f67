// One action on one account (disable, enable, new password, reset TOTP, take back a further role): a reason for the
// audit log, then a confirmation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorNote, errorText, Notice, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';

export type AccountActionKind = 'disable' | 'enable' | 'resetPassword' | 'resetTotp' | 'removeGrant';

export const AccountAction = ({
  kind,
  user,
  grantId,
  onClose,
}: {
  kind: AccountActionKind;
  user: { id: string; username: string };
  grantId?: string;
  onClose: () => void;
}) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const run = useMutation({
    mutationFn: async (): Promise<{ password?: string }> => {
      if (kind === 'resetPassword') return api.admin.resetPassword.mutate({ userId: user.id, reason });
      if (kind === 'resetTotp') return api.admin.resetTotp.mutate({ userId: user.id, reason }).then(() => ({}));
      if (kind === 'removeGrant') return api.grants.remove.mutate({ grantId: grantId ?? '', reason }).then(() => ({}));
      return api.admin.setDisabled.mutate({ userId: user.id, disabled: kind === 'disable', reason }).then(() => ({}));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin.users'] }),
  });
  const action = t(`account.${kind}`);
  if (run.isSuccess) {
    return (
      <Notice tone="ok">
        <span data-testid="account-action-done">
          {run.data.password
            ? t('account.newPassword', { username: user.username, password: run.data.password })
            : t('account.done', { action, username: user.username })}
        </span>{' '}
        <Button tone="secondary" onClick={onClose}>
          OK
        </Button>
      </Notice>
    );
  }
  return (
    <div
      className="td-notice td-notice--warn"
      role="alertdialog"
      aria-label={t('account.confirm', { action, username: user.username })}
      data-testid="account-action"
    >
      <p>{t('account.confirm', { action, username: user.username })}</p>
      <div className="td-field">
        <label htmlFor="account-reason">{t('account.reason')}</label>
        <input
          id="account-reason"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
        />
      </div>
      {run.isError && <ErrorNote message={errorText(run.error, lang)} />}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button
          tone={kind === 'enable' ? 'primary' : 'danger'}
          busy={run.isPending}
          disabled={reason.trim().length < 5}
          onClick={() => run.mutate()}
        >
          {t('common.confirm')}
        </Button>
        <Button tone="secondary" disabled={run.isPending} onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
};
