// A role with what it needs beside it (a unit for editors, a sector for sector editors): the same fields for an
// account's own role and for a further one.
import type { RouterOutputs } from '@thidua/api';
import { useI18n } from '@thidua/ui';

export type AccountOptions = RouterOutputs['admin']['accountOptions'];
export type RoleId = AccountOptions['roles'][number]['id'];
export interface RoleScope {
  role: RoleId;
  unitId: string;
  sectorId: string;
}

/** What the API takes: the unit and sector only where the role needs them. */
export const scopeInput = (options: AccountOptions, scope: RoleScope) => {
  const chosen = options.roles.find((r) => r.id === scope.role);
  return {
    role: scope.role,
    ...(chosen?.needsUnit && scope.unitId ? { unitId: scope.unitId } : {}),
    ...(chosen?.needsSector && scope.sectorId ? { sectorId: scope.sectorId } : {}),
  };
};

export const scopeMissing = (options: AccountOptions, scope: RoleScope): boolean => {
  const chosen = options.roles.find((r) => r.id === scope.role);
  return Boolean((chosen?.needsUnit && !scope.unitId) || (chosen?.needsSector && !scope.sectorId));
};

export const RoleScopeFields = ({
  idPrefix,
  options,
  roles,
  value,
  onChange,
}: {
  idPrefix: string;
  options: AccountOptions;
  roles: AccountOptions['roles'];
  value: RoleScope;
  onChange: (next: RoleScope) => void;
}) => {
  const { t, pick } = useI18n();
  const chosen = roles.find((r) => r.id === value.role);
  return (
    <>
      <div className="td-field">
        <label htmlFor={`${idPrefix}-role`}>{t('account.role')}</label>
        <select
          id={`${idPrefix}-role`}
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value as RoleId })}
        >
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {pick(r.label)} ({r.id})
            </option>
          ))}
        </select>
      </div>
      {chosen?.needsUnit && (
        <div className="td-field">
          <label htmlFor={`${idPrefix}-unit`}>{t('account.unit')}</label>
          <select
            id={`${idPrefix}-unit`}
            value={value.unitId}
            onChange={(e) => onChange({ ...value, unitId: e.target.value })}
            required
          >
            <option value="">—</option>
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {pick(u.name)}
              </option>
            ))}
          </select>
        </div>
      )}
      {chosen?.needsSector && (
        <div className="td-field">
          <label htmlFor={`${idPrefix}-sector`}>{t('account.sector')}</label>
          <select
            id={`${idPrefix}-sector`}
            value={value.sectorId}
            onChange={(e) => onChange({ ...value, sectorId: e.target.value })}
            required
          >
            <option value="">—</option>
            {options.sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {pick(s.label)}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
};
