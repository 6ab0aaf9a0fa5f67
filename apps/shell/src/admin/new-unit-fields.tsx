// The fields of a new unit, shared by the "add unit" form and each new unit of a merge, split or rename.
import { useI18n } from '@thidua/ui';

const KINDS = ['commune', 'town', 'department', 'enterprise', 'organisation', 'district'] as const;
const COMPETES = ['commune', 'department', 'enterprise'] as const;

export interface NewUnit {
  id: string;
  name: string;
  nameEn: string;
  kind: (typeof KINDS)[number];
  participantKind: (typeof COMPETES)[number] | null;
  isItEnterprise: boolean | null;
}

export const emptyUnit: NewUnit = {
  id: '',
  name: '',
  nameEn: '',
  kind: 'commune',
  participantKind: 'commune',
  isItEnterprise: null,
};

/** What a kind of unit usually competes as: communes and towns as communes, offices as offices, enterprises as such. */
const competesAs = (kind: NewUnit['kind']): NewUnit['participantKind'] =>
  kind === 'commune' || kind === 'town'
    ? 'commune'
    : kind === 'department'
      ? 'department'
      : kind === 'enterprise'
        ? 'enterprise'
        : null;

export const NewUnitFields = ({
  idPrefix,
  unit,
  onChange,
}: {
  idPrefix: string;
  unit: NewUnit;
  onChange: (unit: NewUnit) => void;
}) => {
  const { t } = useI18n();
  const set = (patch: Partial<NewUnit>) => onChange({ ...unit, ...patch });
  return (
    <div className="td-form-grid">
      <div className="td-field">
        <label htmlFor={`${idPrefix}-id`}>{t('unit.id')}</label>
        <input
          id={`${idPrefix}-id`}
          value={unit.id}
          onChange={(e) => set({ id: e.target.value.toUpperCase() })}
          pattern="[A-Z][A-Z0-9]*(-[A-Z0-9]+)+"
          maxLength={64}
          placeholder="U-XA-MOI"
          required
        />
      </div>
      <div className="td-field">
        <label htmlFor={`${idPrefix}-name`}>{t('unit.name')}</label>
        <input
          id={`${idPrefix}-name`}
          value={unit.name}
          onChange={(e) => set({ name: e.target.value })}
          minLength={3}
          maxLength={200}
          required
        />
      </div>
      <div className="td-field">
        <label htmlFor={`${idPrefix}-name-en`}>{t('unit.nameEn')}</label>
        <input
          id={`${idPrefix}-name-en`}
          value={unit.nameEn}
          onChange={(e) => set({ nameEn: e.target.value })}
          minLength={3}
          maxLength={200}
          required
          lang="en"
        />
      </div>
      <div className="td-field">
        <label htmlFor={`${idPrefix}-kind`}>{t('unit.kind')}</label>
        <select
          id={`${idPrefix}-kind`}
          value={unit.kind}
          onChange={(e) => {
            const kind = e.target.value as NewUnit['kind'];
            set({ kind, participantKind: competesAs(kind), isItEnterprise: kind === 'enterprise' ? false : null });
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`unit.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="td-field">
        <label htmlFor={`${idPrefix}-competes`}>{t('unit.competes')}</label>
        <select
          id={`${idPrefix}-competes`}
          value={unit.participantKind ?? ''}
          onChange={(e) => set({ participantKind: (e.target.value || null) as NewUnit['participantKind'] })}
        >
          <option value="">{t('unit.competes.none')}</option>
          {COMPETES.map((k) => (
            <option key={k} value={k}>
              {t(`unit.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {unit.kind === 'enterprise' && (
        <label className="td-field">
          <span>
            <input
              type="checkbox"
              checked={unit.isItEnterprise === true}
              onChange={(e) => set({ isItEnterprise: e.target.checked })}
            />{' '}
            {t('unit.it')}
          </span>
        </label>
      )}
    </div>
  );
};
