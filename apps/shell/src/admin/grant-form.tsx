// A further role for an account (its unit or sector when the role needs one), with a reason for the audit log.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorNote, errorText, Notice, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { RoleScopeFields, scopeInput, scopeMissing, type AccountOptions, type RoleScope } from './role-scope-fields.js';

export const GrantForm = ({
  options,
  user,
  onClose,
}: {
  options: AccountOptions;
  user: { id: string; username: string };
  onClose: () => void;
}) => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  // Administration is only ever an account's own role.
  const roles = options.roles.filter((r) => r.id !== 'ADMIN');
  const [scope, setScope] = useState<RoleScope>({ role: 'UNIT-EDITOR', unitId: '', sectorId: '' });
  const [reason, setReason] = useState('');
  const chosen = roles.find((r) => r.id === scope.role);
  const add = useMutation({
    mutationFn: () => api.grants.add.mutate({ userId: user.id, reason, ...scopeInput(options, scope) }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin.users'] }),
  });
  if (add.isSuccess) {
    return (
      <Notice tone="ok">
        <span data-testid="grant-added">
          {t('grant.added', { username: user.username, role: pick(chosen?.label) })}
        </span>{' '}
        <Button tone="secondary" onClick={onClose}>
          OK
        </Button>
      </Notice>
    );
  }
  const missing = scopeMissing(options, scope) || reason.trim().length < 5;
  return (
    <form
      className="td-notice"
      data-testid="grant-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <p>{t('grant.title', { username: user.username })}</p>
      <RoleScopeFields idPrefix="grant" options={options} roles={roles} value={scope} onChange={setScope} />
      <div className="td-field">
        <label htmlFor="grant-reason">{t('account.reason')}</label>
        <input id="grant-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </div>
      {chosen?.secondFactor && <p className="td-muted">{t('grant.secondFactor')}</p>}
      {add.isError && <ErrorNote message={errorText(add.error, lang)} />}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="submit" busy={add.isPending} disabled={Boolean(missing)}>
          {t('grant.add')}
        </Button>
        <Button tone="secondary" disabled={add.isPending} onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
};
