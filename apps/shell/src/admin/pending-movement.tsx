// A movement version waiting for a second administrator: another administrator approves it (it replaces the running
// version) or rejects it with a reason; its proposer can only withdraw it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { Button, ConfirmStep, ErrorNote, errorText, ReasonStep, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';

type Version = RouterOutputs['admin']['movementVersions'][number];

export const PendingMovementActions = ({ version }: { version: Version }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'none' | 'approve' | 'reject'>('none');
  const done = () => {
    setStep('none');
    // An approved version changes what every screen reads.
    void queryClient.invalidateQueries();
  };
  const approve = useMutation({
    mutationFn: () => api.admin.approveMovement.mutate({ versionId: version.id }),
    onSuccess: done,
  });
  const reject = useMutation({
    mutationFn: (reason: string) => api.admin.rejectMovement.mutate({ versionId: version.id, reason }),
    onSuccess: done,
  });
  const rejectLabel = version.mine ? t('movement.withdraw') : t('movement.reject');
  if (step === 'approve') {
    return (
      <>
        <ConfirmStep
          label={t('movement.approve')}
          busy={approve.isPending}
          onConfirm={() => approve.mutate()}
          onCancel={() => setStep('none')}
          confirmLabel={t('movement.approve')}
        >
          <p>
            {t('movement.approveConfirm', {
              version: version.version,
              id: version.movementId,
              by: version.proposedBy ?? '',
            })}
          </p>
        </ConfirmStep>
        {approve.isError && <ErrorNote message={errorText(approve.error, lang)} />}
      </>
    );
  }
  if (step === 'reject') {
    return (
      <ReasonStep
        label={rejectLabel}
        reasonLabel={t('common.reason')}
        minLength={5}
        maxLength={500}
        busy={reject.isPending}
        error={reject.isError ? errorText(reject.error, lang) : null}
        onConfirm={(reason) => reject.mutate(reason)}
        onCancel={() => setStep('none')}
      />
    );
  }
  return (
    <span style={{ display: 'inline-flex', gap: 8, flexWrap: 'wrap' }}>
      {version.mine ? (
        <span className="td-muted">{t('movement.awaitsSecondAdmin')}</span>
      ) : (
        <Button onClick={() => setStep('approve')}>{t('movement.approve')}</Button>
      )}
      <Button tone="secondary" onClick={() => setStep('reject')}>
        {rejectLabel}
      </Button>
    </span>
  );
};
