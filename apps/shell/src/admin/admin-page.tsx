// The administrator's screen: the movement in force, the organisation over time, the accounts that work in it, and
// the audit log of everything they do.
import { addMessages, Tabs, useI18n, type Me } from '@thidua/ui';
import { useState } from 'react';
import { AccountsPanel } from './accounts-panel.js';
import { AuditPanel } from './audit-panel.js';
import { MovementPanel } from './movement-panel.js';
import { PeoplePanel } from './people-panel.js';
import { UnitsPanel } from './units-panel.js';
import { adminMessages } from './admin-messages.js';

// This page's own texts come with its code, not with the first screen's.
addMessages(adminMessages);

type Tab = 'movement' | 'units' | 'people' | 'accounts' | 'audit';

export const AdminPage = ({ me }: { me: Me }) => {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('movement');
  return (
    <div className="td-stack">
      <h2 style={{ margin: 0 }}>{t('admin.title')}</h2>
      <Tabs
        label={t('admin.title')}
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'movement', label: t('admin.tab.movement') },
          { key: 'units', label: t('admin.tab.units') },
          { key: 'people', label: t('admin.tab.people') },
          { key: 'accounts', label: t('admin.tab.accounts') },
          { key: 'audit', label: t('admin.tab.audit') },
        ]}
      >
        {tab === 'movement' ? (
          <MovementPanel />
        ) : tab === 'units' ? (
          <UnitsPanel />
        ) : tab === 'people' ? (
          <PeoplePanel />
        ) : tab === 'accounts' ? (
          <AccountsPanel me={me} />
        ) : (
          <AuditPanel />
        )}
      </Tabs>
    </div>
  );
};
