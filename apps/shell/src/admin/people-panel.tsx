// The administrator's view of the people of any unit: pick the unit, then its list and form.
import { useQuery } from '@tanstack/react-query';
import { Card, QueryView, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { UnitPeople } from '../people/unit-people.js';

export const PeoplePanel = () => {
  const { t, pick } = useI18n();
  const api = useApi();
  const options = useQuery({ queryKey: ['admin.accountOptions'], queryFn: () => api.admin.accountOptions.query() });
  const [unitId, setUnitId] = useState('');
  return (
    <Card title={t('people.title')} testId="people">
      <QueryView query={options}>
        {(o) => (
          <div className="td-field">
            <label htmlFor="people-unit">{t('account.unit')}</label>
            <select id="people-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              <option value="">—</option>
              {o.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {pick(u.name)}
                </option>
              ))}
            </select>
          </div>
        )}
      </QueryView>
      {unitId && <UnitPeople key={unitId} unitId={unitId} />}
    </Card>
  );
};
