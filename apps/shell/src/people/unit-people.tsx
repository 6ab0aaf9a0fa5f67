// The people of one unit, the individuals it may propose for an award: listed with their contact details, added, and
// corrected with the version the form loaded. The administrator's panel and a unit's workspace both show it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { Button, DataTable, ErrorNote, errorText, Notice, QueryView, useApi, useI18n } from '@thidua/ui';
import { useState, type FormEvent } from 'react';

type PersonRow = RouterOutputs['people']['list'][number];
const EMPTY = { fullName: '', position: '', email: '', phone: '', isCitizen: false };
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The people of one unit: the administrator picks the unit above, a unit editor sees its own in the workspace. */
export const UnitPeople = ({ unitId }: { unitId: string }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const people = useQuery({ queryKey: ['people.list', unitId], queryFn: () => api.people.list.query({ unitId }) });
  const [editing, setEditing] = useState<PersonRow | null>(null);
  const [form, setForm] = useState(EMPTY);
  const save = useMutation({
    mutationFn: () => {
      const fields = {
        fullName: form.fullName,
        position: orNull(form.position),
        email: orNull(form.email),
        phone: orNull(form.phone),
        isCitizen: form.isCitizen,
      };
      return editing
        ? api.people.update.mutate({ id: editing.id, version: editing.version, ...fields })
        : api.people.create.mutate({ unitId, ...fields });
    },
    onSuccess: () => {
      setEditing(null);
      setForm(EMPTY);
      void queryClient.invalidateQueries({ queryKey: ['people.list', unitId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const edit = (p: PersonRow) => {
    save.reset();
    setEditing(p);
    setForm({
      fullName: p.fullName,
      position: p.position ?? '',
      email: p.email ?? '',
      phone: p.phone ?? '',
      isCitizen: p.isCitizen,
    });
  };
  const field = (key: Exclude<keyof typeof EMPTY, 'isCitizen'>, type = 'text') => (
    <div className="td-field">
      <label htmlFor={`person-${key}`}>{t(`people.${key}`)}</label>
      <input
        id={`person-${key}`}
        type={type}
        value={form[key]}
        maxLength={key === 'fullName' ? 120 : 200}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
        required={key === 'fullName'}
      />
    </div>
  );
  return (
    <div className="td-stack">
      <QueryView query={people}>
        {(rows) => (
          <DataTable
            rows={rows}
            rowKey={(p) => p.id}
            caption={t('people.title')}
            columns={[
              { key: 'name', header: t('people.fullName'), cell: (p) => p.fullName, sortValue: (p) => p.fullName },
              {
                key: 'kind',
                header: t('people.kind'),
                cell: (p) => t(p.isCitizen ? 'people.citizen' : 'people.staff'),
              },
              { key: 'position', header: t('people.position'), cell: (p) => p.position ?? '—' },
              {
                key: 'contact',
                header: t('people.contact'),
                cell: (p) => [p.email, p.phone].filter(Boolean).join(' · ') || '—',
              },
              {
                key: 'account',
                header: t('account.username'),
                cell: (p) => (p.account ? <code>{p.account}</code> : '—'),
              },
              {
                key: 'edit',
                header: t('account.actions'),
                cell: (p) => (
                  <Button tone="secondary" onClick={() => edit(p)}>
                    {t('people.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <form onSubmit={submit} data-testid="person-form">
        <h3>{editing ? t('people.editing', { name: editing.fullName }) : t('people.add')}</h3>
        {save.isSuccess && <Notice tone="ok">{t('people.saved')}</Notice>}
        {field('fullName')}
        <div className="td-field">
          <label>
            <input
              type="checkbox"
              checked={form.isCitizen}
              onChange={(e) => setForm((f) => ({ ...f, isCitizen: e.target.checked }))}
            />{' '}
            {t('people.isCitizen')}
          </label>
        </div>
        {field('position')}
        {field('email', 'email')}
        {field('phone', 'tel')}
        {save.isError && <ErrorNote message={errorText(save.error, lang)} />}
        <div style={{ display: 'flex', gap: 8 }}>
          <Button type="submit" busy={save.isPending} disabled={form.fullName.trim().length < 3}>
            {t(editing ? 'people.save' : 'people.add')}
          </Button>
          {editing && (
            <Button
              tone="secondary"
              onClick={() => {
                setEditing(null);
                setForm(EMPTY);
              }}
            >
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
};
