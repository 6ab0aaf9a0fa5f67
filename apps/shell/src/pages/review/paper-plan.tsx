// A unit's plan that came on paper, recorded by the Culture office for a unit that has not sent one: it counts as sent
// on the day it was received.
import { useQuery } from '@tanstack/react-query';
import { Card, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { PaperRecordForm } from './paper-receipt.js';

export const PaperPlan = () => {
  const { t } = useI18n();
  const api = useApi();
  const plans = useQuery({ queryKey: ['plans.completeness'], queryFn: () => api.plans.completeness.query() });
  const [unitId, setUnitId] = useState('');
  const [title, setTitle] = useState('');
  const missing = (plans.data?.rows ?? []).filter((r) => r.deadline === 'missing');
  const unitName = missing.find((r) => r.unitId === unitId)?.name ?? '';
  if (missing.length === 0) return null;
  return (
    <Card>
      <PaperRecordForm
        testId="paper-plan"
        idPrefix="paper-plan"
        title={t('paperPlan.title')}
        hint={t('paperPlan.hint')}
        extraReady={unitId !== '' && title.trim().length >= 5}
        confirm={(f) =>
          t('paperPlan.confirm', {
            unit: unitName,
            date: f.receivedOn.split('-').reverse().join('/'),
            reference: f.reference,
          })
        }
        record={(f) => api.plans.recordPaper.mutate({ unitId, title, ...f })}
        onRecorded={() => {
          setUnitId('');
          setTitle('');
        }}
      >
        <div className="td-form-grid">
          <div className="td-field">
            <label htmlFor="paper-plan-unit">{t('paperPlan.unit')}</label>
            <select id="paper-plan-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)} required>
              <option value="">{t('paperPlan.pick')}</option>
              {missing.map((r) => (
                <option key={r.unitId} value={r.unitId}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <div className="td-field">
            <label htmlFor="paper-plan-title">{t('paperPlan.planTitle')}</label>
            <input
              id="paper-plan-title"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              minLength={5}
              maxLength={300}
              required
            />
          </div>
        </div>
      </PaperRecordForm>
    </Card>
  );
};
