// Registration and the unit's own plan come once, at the start of a movement: folded away once done or past, open
// while the unit still has to act on them, so the yearly report is what a clerk sees first.
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { StatusBadge, useApi, useI18n } from '@thidua/ui';
import { PlanForm } from './plan-form.js';
import { RegistrationForm } from './registration-form.js';

export const EarlySteps = ({ unitId }: { unitId: string }) => {
  const { t } = useI18n();
  const api = useApi();
  const registration = useQuery({
    queryKey: ['registrations.get', unitId],
    queryFn: () => api.registrations.get.query({ unitId }),
  });
  const plan = useQuery({ queryKey: ['plans.get', unitId], queryFn: () => api.plans.get.query({ unitId }) });
  // Decided once, when the page opens: the fold does not close under a clerk who has just registered.
  const openedWith = useRef<boolean | null>(null);
  if (registration.isPending || plan.isPending) return null;
  const registered = !!registration.data;
  const planSent = !!plan.data?.plan;
  const planOpen = !planSent && !!plan.data && Date.now() < Date.parse(plan.data.deadline.dueAt);
  // Open when something is still to do; a plan whose deadline has passed unsent stays reachable, folded.
  openedWith.current ??= !registered || planOpen;
  return (
    <details className="td-card td-fold" open={openedWith.current} data-testid="early-steps">
      <summary>
        <strong>{t('unit.earlySteps')}</strong>{' '}
        <StatusBadge
          status={registered ? 'approved' : 'missing'}
          label={registered ? t('unit.registered') : t('unit.notRegistered')}
        />{' '}
        <StatusBadge
          status={planSent ? (plan.data?.deadline.status ?? 'on_time') : 'missing'}
          label={planSent ? t('unit.planSent') : t('unit.planNotSent')}
        />
      </summary>
      <div className="td-grid" style={{ marginTop: 12 }}>
        <RegistrationForm unitId={unitId} />
        <PlanForm unitId={unitId} />
      </div>
    </details>
  );
};
