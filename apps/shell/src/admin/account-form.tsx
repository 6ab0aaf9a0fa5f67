// A new account: the server makes its one-time password, shown here once to hand over in person.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { Button, ErrorNote, errorText, Notice, useApi, useI18n } from '@thidua/ui';
import { useState, type FormEvent } from 'react';

type Options = RouterOutputs['admin']['accountOptions'];
type RoleId = Options['roles'][number]['id'];

export const AccountForm = ({ options }: { options: Options }) => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<RoleId>('UNIT-EDITOR');
  const [unitId, setUnitId] = useState('');
  const [sectorId, setSectorId] = useState('');
  const [createdName, setCreatedName] = useState('');
  const chosen = options.roles.find((r) => r.id === role);
  const create = useMutation({
    mutationFn: () =>
      api.admin.createUser.mutate({ username, displayName, role, ...(chosen?.needsUnit && unitId ? { unitId } : {}), ...(chosen?.needsSector && sectorId ? { sectorId } : {}) }),
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
  const missing = !username || displayName.trim().length < 3 || (chosen?.needsUnit && !unitId) || (chosen?.needsSector && !sectorId);
  return (
    <form onSubmit={submit} data-testid="account-form">
      {create.isSuccess && create.data.password && (
        <Notice tone="ok">
          <span data-testid="account-created">{t('account.created', { username: createdName, password: create.data.password })}</span>
        </Notice>
      )}
      <div className="td-form-grid">
        <div className="td-field">
          <label htmlFor="account-username">{t('account.username')}</label>
          <input id="account-username" value={username} onChange={(e) => setUsername(e.target.value.toLowerCase())} pattern="[a-z0-9.]{3,40}" maxLength={40} required />
        </div>
        <div className="td-field">
          <label htmlFor="account-name">{t('account.name')}</label>
          <input id="account-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} minLength={3} maxLength={120} required />
        </div>
        <div className="td-field">
          <label htmlFor="account-role">{t('account.role')}</label>
          <select id="account-role" value={role} onChange={(e) => setRole(e.target.value as RoleId)}>
            {options.roles.map((r) => <option key={r.id} value={r.id}>{pick(r.label)} ({r.id})</option>)}
          </select>
        </div>
        {chosen?.needsUnit && (
          <div className="td-field">
            <label htmlFor="account-unit">{t('account.unit')}</label>
            <select id="account-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)} required>
              <option value="">—</option>
              {options.units.map((u) => <option key={u.id} value={u.id}>{pick(u.name)}</option>)}
            </select>
          </div>
        )}
        {chosen?.needsSector && (
          <div className="td-field">
            <label htmlFor="account-sector">{t('account.sector')}</label>
            <select id="account-sector" value={sectorId} onChange={(e) => setSectorId(e.target.value)} required>
              <option value="">—</option>
              {options.sectors.map((s) => <option key={s.id} value={s.id}>{pick(s.label)}</option>)}
            </select>
          </div>
        )}
      </div>
      {create.isError && <ErrorNote message={errorText(create.error, lang)} />}
      <Button type="submit" busy={create.isPending} disabled={Boolean(missing)}>{t('account.create')}</Button>
    </form>
  );
};
