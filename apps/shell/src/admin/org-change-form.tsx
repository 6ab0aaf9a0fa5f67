// A merge, split or rename as a dated event: which units end, which start, on what basis; confirmed before it is saved.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { Button, ConfirmStep, ErrorNote, errorText, formatDate, Notice, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { emptyUnit, NewUnitFields, type NewUnit } from './new-unit-fields.js';

type Unit = RouterOutputs['orgAdmin']['units']['units'][number];
type ChangeType = 'merge' | 'split' | 'rename';

export const OrgChangeForm = ({ units }: { units: readonly Unit[] }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [type, setType] = useState<ChangeType>('merge');
  const [date, setDate] = useState('');
  const [from, setFrom] = useState<ReadonlySet<string>>(new Set());
  const [to, setTo] = useState<NewUnit[]>([emptyUnit]);
  const [basis, setBasis] = useState('');
  const [confirming, setConfirming] = useState(false);
  const inForce = date ? units.filter((u) => u.validFrom < date && (u.validTo === null || u.validTo > date)) : [];
  const record = useMutation({
    mutationFn: () => api.orgAdmin.recordChange.mutate({ type, date, from: [...from], to, basis }),
    onSuccess: () => {
      setConfirming(false);
      setFrom(new Set());
      setTo([emptyUnit]);
      setBasis('');
      void queryClient.invalidateQueries({ queryKey: ['orgAdmin.units'] });
      void queryClient.invalidateQueries({ queryKey: ['admin.accountOptions'] });
    },
  });
  const toggle = (id: string) =>
    setFrom((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const ready =
    date &&
    from.size > 0 &&
    to.every((u) => u.id && u.name.trim().length >= 3 && u.nameEn.trim().length >= 3) &&
    basis.trim().length >= 5;
  return (
    <div data-testid="org-change">
      {record.isSuccess && <Notice tone="ok">{t('unit.change.done', { date: formatDate(date, lang) })}</Notice>}
      <div className="td-form-grid">
        <div className="td-field">
          <label htmlFor="change-type">{t('unit.change.type')}</label>
          <select
            id="change-type"
            value={type}
            onChange={(e) => {
              const next = e.target.value as ChangeType;
              setType(next);
              setTo(next === 'split' ? [emptyUnit, emptyUnit] : [emptyUnit]);
            }}
          >
            {(['merge', 'split', 'rename'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`unit.change.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="td-field">
          <label htmlFor="change-date">{t('unit.change.date')}</label>
          <input
            id="change-date"
            type="date"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setFrom(new Set());
            }}
            required
          />
        </div>
      </div>
      {date && (
        <fieldset>
          <legend>{t('unit.change.from')}</legend>
          {inForce.map((u) => (
            <label key={u.id} style={{ display: 'block' }}>
              <input type="checkbox" checked={from.has(u.id)} onChange={() => toggle(u.id)} />{' '}
              {lang === 'en' ? u.nameEn : u.name} <code>{u.id}</code>
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('unit.change.to')}</legend>
        {to.map((u, i) => (
          <NewUnitFields
            key={i}
            idPrefix={`change-to-${i}`}
            unit={u}
            onChange={(next) => setTo((all) => all.map((x, k) => (k === i ? next : x)))}
          />
        ))}
        {type === 'split' && (
          <Button tone="secondary" onClick={() => setTo((all) => [...all, emptyUnit])}>
            {t('unit.change.addTo')}
          </Button>
        )}
      </fieldset>
      <div className="td-field">
        <label htmlFor="change-basis">{t('unit.change.basis')}</label>
        <input id="change-basis" value={basis} maxLength={500} onChange={(e) => setBasis(e.target.value)} />
      </div>
      {!confirming ? (
        <Button disabled={!ready} onClick={() => setConfirming(true)}>
          {t('unit.change.save')}
        </Button>
      ) : (
        <ConfirmStep
          label={t('unit.change.save')}
          busy={record.isPending}
          onConfirm={() => record.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('unit.change.confirm', {
              date: formatDate(date, lang),
              from: [...from].join(', '),
              to: to.map((u) => u.id).join(', '),
            })}
          </p>
        </ConfirmStep>
      )}
      {record.isError && <ErrorNote message={errorText(record.error, lang)} />}
    </div>
  );
};
