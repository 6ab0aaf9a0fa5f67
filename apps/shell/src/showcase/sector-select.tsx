// The sectors of the plan as a labelled choice, with a first option for "none" or "any".
import { useI18n } from '@thidua/ui';
import { useMovement } from '../use-movement.js';

export const SectorSelect = ({
  id,
  value,
  onChange,
  emptyLabel,
}: {
  id: string;
  value: string;
  onChange: (sectorId: string) => void;
  emptyLabel: string;
}) => {
  const { t, pick } = useI18n();
  const sectors = useMovement().data?.sectors ?? [];
  return (
    <div className="td-field">
      <label htmlFor={id}>{t('showcase.sector')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        {sectors.map((s) => (
          <option key={s.id} value={s.id}>
            {pick(s.label)}
          </option>
        ))}
      </select>
    </div>
  );
};
