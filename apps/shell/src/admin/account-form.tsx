// A new account: the server makes its one-time password, shown here once to hand over in person.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorNote, errorText, Notice, useApi, useI18n } from '@thidua/ui';
import { useState, type FormEvent } from 'react';
import { RoleScopeFields, scopeInput, scopeMissing, type AccountOptions, type RoleScope } from './role-scope-fields.js';

export const AccountForm = ({ options }: { options: AccountOptions }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [scope, setScope] = useState<RoleScope>({ role: 'UNIT-EDITOR', unitId: '', sectorId: '' });
  const [createdName, setCreatedName] = useState('');
  const create = useMutation({
    mutationFn: () => api.admin.createUser.mutate({ username, displayName, ...scopeInput(options, scope) }),
    onSuccess: () => {
      setCreatedName(username);
      setUsername('');
      setDisplayName('');
      void queryClient.invalidateQueries({ queryKey: ['admin.users'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const missing = !username || displayName.trim().length < 3 || scopeMissing(options, scope);
  return (
    <form onSubmit={submit} data-testid="account-form">
      {create.isSuccess && create.data.password && (
        <Notice tone="ok">
          <span data-testid="account-created">
            {t('account.created', { username: createdName, password: create.data.password })}
          </span>
        </Notice>
      )}
      <div className="td-form-grid">
        <div className="td-field">
          <label htmlFor="account-username">{t('account.username')}</label>
          <input
            id="account-username"
            value={username}
            onChange={(e) => setUsername(e.target.value.toLowerCase())}
            pattern="[a-z0-9.]{3,40}"
            maxLength={40}
            required
          />
        </div>
        <div className="td-field">
          <label htmlFor="account-name">{t('account.name')}</label>
          <input
            id="account-name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            minLength={3}
            maxLength={120}
            required
          />
        </div>
        <RoleScopeFields idPrefix="account" options={options} roles={options.roles} value={scope} onChange={setScope} />
      </div>
      {create.isError && <ErrorNote message={errorText(create.error, lang)} />}
      <Button type="submit" busy={create.isPending} disabled={Boolean(missing)}>
        {t('account.create')}
      </Button>
    </form>
  );
};
