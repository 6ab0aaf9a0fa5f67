// A sector's registers for a year, in the sector's own module: the items per commune, the figures they compute, and
// for the sector's office adding, changing and removing items (removal asks first).
import type { Register, RegisterFieldValue } from '@thidua/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  ConfirmStep,
  ErrorNote,
  errorText,
  formatNumber,
  Notice,
  QueryView,
  translator,
  useApi,
  useI18n,
  type Translate,
} from '@thidua/ui';
import type { RouterOutputs } from '@thidua/api';
import { useState } from 'react';
import { RegisterItemForm, toRaw, type ItemDraft } from './register-item-form.js';
import { MODULE_TEXTS } from './module-texts.js';
import type { RegistersTab } from './sector-module.js';

type RegisterView = RouterOutputs['sectors']['register'];
type Item = RegisterView['items'][number];

export const useSectorRegister = (sectorId: string, year: number) => {
  const api = useApi();
  return useQuery({
    queryKey: ['sectors.register', sectorId, year],
    queryFn: () => api.sectors.register.query({ sectorId, year }),
  });
};

export const RegisterPanel = ({ sectorId, year, editor }: { sectorId: string; year: number; editor: boolean }) => {
  const { lang } = useI18n();
  const tr = translator(lang, MODULE_TEXTS);
  const view = useSectorRegister(sectorId, year);
  return (
    <QueryView query={view}>
      {(v) => (
        <div className="td-stack" data-testid="sector-registers">
          {!v.open && <Notice>{tr('register.closed', { year })}</Notice>}
          {v.registers.map((r) => (
            <RegisterCard key={r.id} sectorId={sectorId} view={v} register={r} editable={editor && v.open} tr={tr} />
          ))}
        </div>
      )}
    </QueryView>
  );
};

const RegisterCard = ({
  sectorId,
  view,
  register,
  editable,
  tr,
}: {
  sectorId: string;
  view: RegisterView;
  register: Register;
  editable: boolean;
  tr: Translate;
}) => {
  const { pick, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [commune, setCommune] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const communeName = (id: string) => {
    const c = view.communes.find((x) => x.id === id);
    return c ? (lang === 'en' ? c.nameEn : c.name) : id;
  };
  const items = view.items.filter((i) => i.registerId === register.id && (commune === '' || i.unitId === commune));
  const indicators = register.rollups.map((r) => view.indicators.find((i) => i.id === r.indicatorId)!).filter(Boolean);
  const figures = view.computed.filter((c) => c.registerId === register.id);
  const refresh = () => queryClient.invalidateQueries();
  const save = useMutation({
    mutationFn: ({ draft, values }: { draft: ItemDraft; values: Record<string, RegisterFieldValue> }) =>
      api.sectors.saveRegisterItem.mutate({
        sectorId,
        registerId: register.id,
        year: view.year,
        itemId: draft.itemId,
        version: draft.version,
        unitId: draft.unitId,
        name: draft.name.trim(),
        values,
      }),
    onSuccess: (_, { draft }) => {
      setDone(tr('register.saved', { name: draft.name.trim() }));
      setEditing(null);
      setFormKey((k) => k + 1);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (item: Item) => api.sectors.removeRegisterItem.mutate({ itemId: item.id, version: item.version }),
    onSuccess: (_, item) => {
      setDone(tr('register.removed', { name: item.name }));
      setRemoving(null);
      void refresh();
    },
  });
  // One save and one removal at a time: a new form or confirmation starts without the last one's error.
  const openEdit = (id: string | null) => {
    save.reset();
    setEditing(id);
  };
  const askRemove = (item: Item | null) => {
    remove.reset();
    setRemoving(item);
  };
  const blank: ItemDraft = { unitId: commune || view.communes[0]?.id || '', name: '', raw: {} };
  const draftOf = (item: Item): ItemDraft => ({
    itemId: item.id,
    version: item.version,
    unitId: item.unitId,
    name: item.name,
    raw: Object.fromEntries(register.fields.map((f) => [f.id, toRaw(item.values[f.id], lang)])),
  });
  const valueText = (item: Item, fieldId: string) => {
    const field = register.fields.find((f) => f.id === fieldId)!;
    const v = item.values[fieldId];
    if (v === null || v === undefined) return '—';
    if (field.kind === 'yes_no') return v ? pick({ vi: 'Có', en: 'Yes' }) : pick({ vi: 'Không', en: 'No' });
    if (field.kind === 'choice') return pick(field.options.find((o) => o.id === v)?.label) || String(v);
    if (typeof v === 'number') return `${formatNumber(v, lang)}${field.kind === 'percent' ? ' %' : ''}`;
    return String(v);
  };
  return (
    <Card title={`${pick(register.label)} (${register.id}, ${register.source})`} testId={`register-${register.id}`}>
      <p className="td-muted">
        {indicators.length > 0
          ? tr('register.intro', {
              item: pick(register.label),
              indicators: indicators.map((i) => pick(i.label)).join('; '),
            })
          : tr('register.noRollup')}
      </p>
      {figures.length > 0 && (
        <ul data-testid={`register-figures-${register.id}`}>
          {figures.map((f) => (
            <li key={`${f.unitId}-${f.indicatorId}`} data-commune={f.unitId} data-indicator={f.indicatorId}>
              {communeName(f.unitId)} · {pick(view.indicators.find((i) => i.id === f.indicatorId)?.label)}:{' '}
              <strong data-value>{formatNumber(f.number, lang)}</strong>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`filter-${register.id}`}>{tr('register.filter')}</label>{' '}
      <select id={`filter-${register.id}`} value={commune} onChange={(e) => setCommune(e.target.value)}>
        <option value="">{tr('register.allCommunes')}</option>
        {view.communes.map((c) => (
          <option key={c.id} value={c.id}>
            {communeName(c.id)}
          </option>
        ))}
      </select>{' '}
      <span className="td-muted">{tr('register.count', { count: items.length })}</span>
      {items.length === 0 ? (
        <p className="td-muted">{tr('register.empty', { year: view.year })}</p>
      ) : (
        <div className="td-table-wrap">
          <table className="td-table td-table--stack">
            <thead>
              <tr>
                <th scope="col">{pick({ vi: 'Xã, thị trấn', en: 'Commune' })}</th>
                <th scope="col">{tr('register.name')}</th>
                {register.fields.map((f) => (
                  <th key={f.id} scope="col">
                    {pick(f.label)}
                  </th>
                ))}
                {editable && <th scope="col" aria-label={tr('register.edit')} />}
              </tr>
            </thead>
            <tbody>
              {items.map((item) =>
                editing === item.id ? (
                  <tr key={item.id}>
                    <td colSpan={register.fields.length + 3}>
                      <RegisterItemForm
                        register={register}
                        communes={view.communes}
                        initial={draftOf(item)}
                        busy={save.isPending}
                        error={save.error}
                        onSave={(draft, values) => save.mutate({ draft, values })}
                        onCancel={() => openEdit(null)}
                        tr={tr}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={item.id} data-item={item.name}>
                    <td data-label={pick({ vi: 'Xã, thị trấn', en: 'Commune' })}>{communeName(item.unitId)}</td>
                    <th scope="row">{item.name}</th>
                    {register.fields.map((f) => (
                      <td key={f.id} data-label={pick(f.label)}>
                        {valueText(item, f.id)}
                      </td>
                    ))}
                    {editable && (
                      <td>
                        <div style={{ display: 'flex', gap: 4 }}>
                          <Button
                            tone="secondary"
                            onClick={() => openEdit(item.id)}
                            aria-label={`${tr('register.edit')} ${item.name}`}
                          >
                            {tr('register.edit')}
                          </Button>
                          <Button
                            tone="danger"
                            onClick={() => askRemove(item)}
                            aria-label={`${tr('register.remove')} ${item.name}`}
                          >
                            {tr('register.remove')}
                          </Button>
                        </div>
                      </td>
                    )}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {removing && (
        <ConfirmStep
          label={tr('register.remove')}
          busy={remove.isPending}
          confirmLabel={tr('register.remove')}
          onConfirm={() => remove.mutate(removing)}
          onCancel={() => askRemove(null)}
        >
          <p>{tr('register.confirmRemove', { name: removing.name, commune: communeName(removing.unitId) })}</p>
          {remove.isError && <ErrorNote message={errorText(remove.error, lang)} />}
        </ConfirmStep>
      )}
      {done && <Notice tone="ok">{done}</Notice>}
      {editable && (
        <details hidden={editing !== null} data-testid={`register-add-${register.id}`}>
          <summary>{tr('register.add', { item: pick(register.label) })}</summary>
          <RegisterItemForm
            key={formKey}
            register={register}
            communes={view.communes}
            initial={blank}
            busy={save.isPending}
            error={save.error}
            onSave={(draft, values) => save.mutate({ draft, values })}
            tr={tr}
          />
        </details>
      )}
    </Card>
  );
};

/** The registers as a tab of a sector's own module. */
export const useRegistersTab = (sectorId: string): RegistersTab => {
  const { lang } = useI18n();
  return {
    label: translator(lang, MODULE_TEXTS)('register.tab'),
    render: ({ year, editor }) => <RegisterPanel sectorId={sectorId} year={year} editor={editor} />,
  };
};
