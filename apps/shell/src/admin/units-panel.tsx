// The organisation over time: every unit with its validity, a form for a new one, and merges, splits and renames.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DataTable, formatDate, QueryView, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { OrgChangeForm } from './org-change-form.js';
import { UnitCloseForm } from './unit-close-form.js';
import { UnitForm } from './unit-form.js';

export const UnitsPanel = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const org = useQuery({ queryKey: ['orgAdmin.units'], queryFn: () => api.orgAdmin.units.query() });
  const [closing, setClosing] = useState<{ id: string; name: string } | null>(null);
  return (
    <div className="td-stack">
      <Card title={t('unit.create')}>
        <UnitForm />
      </Card>
      <QueryView query={org}>
        {({ units, successions }) => (
          <>
            <Card title={t('unit.change')}>
              <OrgChangeForm units={units} />
            </Card>
            <Card title={t('admin.tab.units')} testId="units">
              {closing && <UnitCloseForm key={closing.id} unit={closing} onClose={() => setClosing(null)} />}
              <DataTable
                rows={units}
                rowKey={(u) => u.id}
                caption={t('admin.tab.units')}
                columns={[
                  { key: 'id', header: t('unit.id'), cell: (u) => <code>{u.id}</code>, sortValue: (u) => u.id },
                  {
                    key: 'name',
                    header: t('unit.name'),
                    cell: (u) => (lang === 'en' ? u.nameEn : u.name),
                    sortValue: (u) => u.name,
                  },
                  {
                    key: 'kind',
                    header: t('unit.kind'),
                    cell: (u) => t(`unit.kind.${u.kind}`),
                    sortValue: (u) => u.kind,
                  },
                  {
                    key: 'competes',
                    header: t('unit.competes'),
                    cell: (u) => (u.participantKind ? t(`unit.kind.${u.participantKind}`) : '—'),
                  },
                  {
                    key: 'from',
                    header: t('unit.from'),
                    cell: (u) => formatDate(u.validFrom, lang),
                    sortValue: (u) => u.validFrom,
                  },
                  {
                    key: 'to',
                    header: t('unit.to'),
                    cell: (u) =>
                      u.validTo ? (
                        formatDate(u.validTo, lang)
                      ) : (
                        <Button
                          tone="secondary"
                          onClick={() => setClosing({ id: u.id, name: lang === 'en' ? u.nameEn : u.name })}
                        >
                          {t('unit.close')}
                        </Button>
                      ),
                    sortValue: (u) => u.validTo ?? '9999',
                  },
                ]}
              />
            </Card>
            <Card title={t('unit.history')} testId="org-history">
              {successions.length === 0 ? (
                <p className="td-muted">—</p>
              ) : (
                <ul>
                  {successions.map((s) => (
                    <li key={`${s.date}:${s.to.join('+')}`}>
                      {formatDate(s.date, lang)}: {t(`unit.change.${s.type}`)}: {s.from.join(', ')} → {s.to.join(', ')}
                      {s.basis ? ` (${s.basis})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </>
        )}
      </QueryView>
    </div>
  );
};
