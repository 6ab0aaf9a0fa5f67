// A unit that ends with no successor (an enterprise closes, an office is dissolved): the day and the legal basis,
// then a confirmation, since the end cannot be undone on screen.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ConfirmStep, ErrorNote, errorText, formatDate, Notice, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';

export const UnitCloseForm = ({ unit, onClose }: { unit: { id: string; name: string }; onClose: () => void }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [date, setDate] = useState('');
  const [basis, setBasis] = useState('');
  const [confirming, setConfirming] = useState(false);
  const close = useMutation({
    mutationFn: () => api.orgAdmin.closeUnit.mutate({ id: unit.id, date, basis }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['orgAdmin.units'] }),
    onSettled: () => setConfirming(false),
  });
  if (close.isSuccess) {
    return (
      <Notice tone="ok">
        <span data-testid="unit-closed">{t('unit.close.done', { id: unit.id, date: formatDate(date, lang) })}</span>{' '}
        <Button tone="secondary" onClick={onClose}>
          OK
        </Button>
      </Notice>
    );
  }
  return (
    <div className="td-notice" data-testid="unit-close">
      <p>{t('unit.close.title', { name: unit.name })}</p>
      <div className="td-field">
        <label htmlFor="unit-close-date">{t('unit.close.date')}</label>
        <input id="unit-close-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </div>
      <div className="td-field">
        <label htmlFor="unit-close-basis">{t('unit.change.basis')}</label>
        <input id="unit-close-basis" value={basis} maxLength={500} onChange={(e) => setBasis(e.target.value)} />
      </div>
      {close.isError && <ErrorNote message={errorText(close.error, lang)} />}
      {!confirming ? (
        <div style={{ display: 'flex', gap: 8 }}>
          <Button tone="danger" disabled={!date || basis.trim().length < 5} onClick={() => setConfirming(true)}>
            {t('unit.close')}
          </Button>
          <Button tone="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : (
        <ConfirmStep
          label={t('unit.close')}
          busy={close.isPending}
          onConfirm={() => close.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('unit.close.confirm', { name: unit.name, date: formatDate(date, lang) })}</p>
        </ConfirmStep>
      )}
    </div>
  );
};
