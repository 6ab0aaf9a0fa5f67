// A further role for an account (its unit or sector when the role needs one), with a reason for the audit log.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { Button, ErrorNote, errorText, Notice, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';

type Options = RouterOutputs['admin']['accountOptions'];
type RoleId = Options['roles'][number]['id'];

export const GrantForm = ({ options, user, onClose }: { options: Options; user: { id: string; username: string }; onClose: () => void }) => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  // Administration is only ever an account's own role.
  const roles = options.roles.filter((r) => r.id !== 'ADMIN');
  const [role, setRole] = useState<RoleId>('UNIT-EDITOR');
  const [unitId, setUnitId] = useState('');
  const [sectorId, setSectorId] = useState('');
  const [reason, setReason] = useState('');
  const chosen = roles.find((r) => r.id === role);
  const add = useMutation({
    mutationFn: () => api.grants.add.mutate({ userId: user.id, role, reason, ...(chosen?.needsUnit && unitId ? { unitId } : {}), ...(chosen?.needsSector && sectorId ? { sectorId } : {}) }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin.users'] }),
  });
  if (add.isSuccess) {
    return (
      <Notice tone="ok">
        <span data-testid="grant-added">{t('grant.added', { username: user.username, role: pick(chosen?.label) })}</span> <Button tone="secondary" onClick={onClose}>OK</Button>
      </Notice>
    );
  }
  const missing = (chosen?.needsUnit && !unitId) || (chosen?.needsSector && !sectorId) || reason.trim().length < 5;
  return (
    <form className="td-notice" data-testid="grant-form" onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
      <p>{t('grant.title', { username: user.username })}</p>
      <div className="td-field">
        <label htmlFor="grant-role">{t('account.role')}</label>
        <select id="grant-role" value={role} onChange={(e) => setRole(e.target.value as RoleId)}>
          {roles.map((r) => <option key={r.id} value={r.id}>{pick(r.label)} ({r.id})</option>)}
        </select>
      </div>
      {chosen?.needsUnit && (
        <div className="td-field">
          <label htmlFor="grant-unit">{t('account.unit')}</label>
          <select id="grant-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)} required>
            <option value="">—</option>
            {options.units.map((u) => <option key={u.id} value={u.id}>{pick(u.name)}</option>)}
          </select>
        </div>
      )}
      {chosen?.needsSector && (
        <div className="td-field">
          <label htmlFor="grant-sector">{t('account.sector')}</label>
          <select id="grant-sector" value={sectorId} onChange={(e) => setSectorId(e.target.value)} required>
            <option value="">—</option>
            {options.sectors.map((s) => <option key={s.id} value={s.id}>{pick(s.label)}</option>)}
          </select>
        </div>
      )}
      <div className="td-field">
        <label htmlFor="grant-reason">{t('account.reason')}</label>
        <input id="grant-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </div>
      {chosen?.secondFactor && <p className="td-muted">{t('grant.secondFactor')}</p>}
      {add.isError && <ErrorNote message={errorText(add.error, lang)} />}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="submit" busy={add.isPending} disabled={Boolean(missing)}>{t('grant.add')}</Button>
        <Button tone="secondary" disabled={add.isPending} onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
};
