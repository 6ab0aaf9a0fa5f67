// A new unit (office, commune, enterprise) and the day it starts.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorNote, errorText, Notice, todayInVietnam, useApi, useI18n } from '@thidua/ui';
import { useState, type FormEvent } from 'react';
import { NewUnitFields, emptyUnit, type NewUnit } from './new-unit-fields.js';

export const UnitForm = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<NewUnit>(emptyUnit);
  const [validFrom, setValidFrom] = useState(todayInVietnam);
  const create = useMutation({
    mutationFn: () => api.orgAdmin.createUnit.mutate({ ...unit, validFrom }),
    onSuccess: () => {
      setUnit(emptyUnit);
      void queryClient.invalidateQueries({ queryKey: ['orgAdmin.units'] });
      void queryClient.invalidateQueries({ queryKey: ['admin.accountOptions'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="unit-form">
      {create.isSuccess && <Notice tone="ok">{t('unit.created', { id: create.data.id })}</Notice>}
      <NewUnitFields idPrefix="new-unit" unit={unit} onChange={setUnit} />
      <div className="td-field">
        <label htmlFor="new-unit-from">{t('unit.from')}</label>
        <input
          id="new-unit-from"
          type="date"
          value={validFrom}
          onChange={(e) => setValidFrom(e.target.value)}
          required
        />
      </div>
      {create.isError && <ErrorNote message={errorText(create.error, lang)} />}
      <Button
        type="submit"
        busy={create.isPending}
        disabled={!unit.id || unit.name.trim().length < 3 || unit.nameEn.trim().length < 3 || !validFrom}
      >
        {t('unit.create')}
      </Button>
    </form>
  );
};
