// Every account with its state, the form for a new one, and the actions an administrator takes on someone else's.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DataTable, QueryView, useApi, useI18n, type Me } from '@thidua/ui';
import { useState } from 'react';
import { AccountAction, type AccountActionKind } from './account-action.js';
import { AccountForm } from './account-form.js';
import { GrantForm } from './grant-form.js';

export const AccountsPanel = ({ me }: { me: Me }) => {
  const { t, pick } = useI18n();
  const api = useApi();
  const users = useQuery({ queryKey: ['admin.users'], queryFn: () => api.admin.users.query() });
  const options = useQuery({ queryKey: ['admin.accountOptions'], queryFn: () => api.admin.accountOptions.query() });
  const [action, setAction] = useState<{
    kind: AccountActionKind | 'addGrant';
    user: { id: string; username: string };
    grantId?: string;
  } | null>(null);
  const roleLabel = (id: string) => pick(options.data?.roles.find((r) => r.id === id)?.label) || id;
  const unitName = (id: string | null) => (id ? pick(options.data?.units.find((u) => u.id === id)?.name) || id : '—');
  return (
    <div className="td-stack">
      <Card title={t('account.create')}>
        <QueryView query={options}>{(o) => <AccountForm options={o} />}</QueryView>
      </Card>
      <Card title={t('admin.tab.accounts')} testId="accounts">
        {action?.kind === 'addGrant' && options.data && (
          <GrantForm
            key={`grant:${action.user.id}`}
            options={options.data}
            user={action.user}
            onClose={() => setAction(null)}
          />
        )}
        {action && action.kind !== 'addGrant' && (
          <AccountAction
            key={`${action.kind}:${action.user.id}:${action.grantId ?? ''}`}
            kind={action.kind}
            user={action.user}
            grantId={action.grantId}
            onClose={() => setAction(null)}
          />
        )}
        <QueryView query={users}>
          {(rows) => (
            <DataTable
              rows={rows}
              rowKey={(u) => u.id}
              caption={t('admin.tab.accounts')}
              columns={[
                {
                  key: 'username',
                  header: t('account.username'),
                  cell: (u) => <code>{u.username}</code>,
                  sortValue: (u) => u.username,
                },
                { key: 'name', header: t('account.name'), cell: (u) => u.displayName, sortValue: (u) => u.displayName },
                { key: 'role', header: t('account.role'), cell: (u) => roleLabel(u.role), sortValue: (u) => u.role },
                { key: 'unit', header: t('account.unit'), cell: (u) => unitName(u.unitId) },
                {
                  key: 'grants',
                  header: t('grant.more'),
                  cell: (u) => (
                    <span style={{ display: 'grid', gap: 4 }} data-grants={u.username}>
                      {u.grants.map((g) => (
                        <span key={g.id}>
                          {roleLabel(g.role)}
                          {g.unitId ? ` · ${unitName(g.unitId)}` : ''}{' '}
                          <Button
                            tone="secondary"
                            onClick={() => setAction({ kind: 'removeGrant', user: u, grantId: g.id })}
                          >
                            {t('account.removeGrant')}
                          </Button>
                        </span>
                      ))}
                      {u.role !== 'ADMIN' && (
                        <Button tone="secondary" onClick={() => setAction({ kind: 'addGrant', user: u })}>
                          {t('grant.add')}
                        </Button>
                      )}
                    </span>
                  ),
                },
                {
                  key: 'state',
                  header: t('account.state'),
                  cell: (u) =>
                    [
                      u.disabledAt
                        ? t('account.state.disabled')
                        : u.lockedUntil && new Date(u.lockedUntil) > new Date()
                          ? t('account.state.locked')
                          : t('account.state.active'),
                      u.mustChangePassword ? t('account.state.mustChange') : null,
                      options.data?.roles.find((r) => r.id === u.role)?.secondFactor && !u.totpEnabledAt
                        ? t('account.state.noTotp')
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · '),
                },
                {
                  key: 'actions',
                  header: t('account.actions'),
                  cell: (u) =>
                    u.username === me.username ? null : (
                      <span style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                        <Button
                          tone="secondary"
                          onClick={() => setAction({ kind: u.disabledAt ? 'enable' : 'disable', user: u })}
                        >
                          {t(u.disabledAt ? 'account.enable' : 'account.disable')}
                        </Button>
                        <Button tone="secondary" onClick={() => setAction({ kind: 'resetPassword', user: u })}>
                          {t('account.resetPassword')}
                        </Button>
                        {u.totpEnabledAt && (
                          <Button tone="secondary" onClick={() => setAction({ kind: 'resetTotp', user: u })}>
                            {t('account.resetTotp')}
                          </Button>
                        )}
                      </span>
                    ),
                },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </div>
  );
};
