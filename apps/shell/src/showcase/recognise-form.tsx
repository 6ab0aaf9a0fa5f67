// The Culture & Information office recognises an initiative and records where it was replicated.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, ErrorNote, errorText, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { useRefreshShowcase, type InitiativeRow } from './use-showcase.js';

export const RecogniseForm = ({ item }: { item: InitiativeRow }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const refresh = useRefreshShowcase();
  const units = useQuery({
    queryKey: ['orgUnits.list'],
    queryFn: () => api.orgUnits.list.query(),
    staleTime: 10 * 60_000,
  });
  const [replicatedIn, setReplicatedIn] = useState<string[]>([]);
  const recognise = useMutation({
    mutationFn: () => api.initiatives.recognise.mutate({ initiativeId: item.id, version: item.version, replicatedIn }),
    onSuccess: () => void refresh(),
  });
  const id = `replicate-${item.id}`;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        recognise.mutate();
      }}
    >
      <div className="td-field">
        <label htmlFor={id}>{t('showcase.replicate')}</label>
        <select
          id={id}
          multiple
          size={4}
          value={replicatedIn}
          onChange={(e) => setReplicatedIn([...e.target.selectedOptions].map((o) => o.value))}
        >
          {(units.data ?? [])
            .filter((u) => u.id !== item.unit?.id && u.participantKind)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
      </div>
      {recognise.isError && <ErrorNote message={errorText(recognise.error, lang)} />}
      <Button type="submit" busy={recognise.isPending}>
        {t('showcase.recognise')}
      </Button>
    </form>
  );
};
