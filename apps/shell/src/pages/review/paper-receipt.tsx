// Recording a yearly report that came on paper: the day it was received (which is when it counts as sent), its
// reference number and the scan. The figures are typed in first, through the district sheet.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorNote, errorText, EvidenceUpload, Notice, todayInVietnam, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';

export const PaperReceipt = ({ reportId, version, unitName }: { reportId: string; version: number; unitName: string }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const today = todayInVietnam();
  const [receivedOn, setReceivedOn] = useState(today);
  const [reference, setReference] = useState('');
  const [scanUrl, setScanUrl] = useState('');
  const [confirming, setConfirming] = useState(false);
  const record = useMutation({
    mutationFn: () => api.reports.recordPaper.mutate({ reportId, version, receivedOn, reference, scanUrl }),
    onSuccess: () => { setConfirming(false); void queryClient.invalidateQueries(); },
  });
  const ready = /^\d{4}-\d{2}-\d{2}$/.test(receivedOn) && receivedOn <= today && reference.trim().length >= 3 && scanUrl !== '';
  return (
    <details className="td-fold" data-testid="paper-receipt" style={{ marginTop: 12 }}>
      <summary><strong>{t('paper.title')}</strong></summary>
      <p className="td-hint">{t('paper.hint')}</p>
      <div className="td-form-grid">
        <div className="td-field">
          <label htmlFor="paper-received">{t('paper.receivedOn')}</label>
          <input id="paper-received" type="date" max={today} value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} required />
        </div>
        <div className="td-field">
          <label htmlFor="paper-reference">{t('paper.reference')}</label>
          <input id="paper-reference" value={reference} onChange={(e) => setReference(e.target.value)} placeholder="12/BC-UBND" minLength={3} maxLength={100} required />
        </div>
      </div>
      {/* The stored link is the platform's own path to the checked file. */}
      <EvidenceUpload label={t('paper.scan')} onUploaded={(url) => setScanUrl(new URL(url, location.origin).pathname)} />
      {!confirming ? (
        <Button disabled={!ready} title={ready ? undefined : t('paper.fillAll')} onClick={() => setConfirming(true)}>{t('paper.record')}</Button>
      ) : (
        <div className="td-notice td-notice--warn" role="alertdialog" aria-label={t('paper.record')}>
          <p>{t('paper.confirm', { unit: unitName, date: receivedOn.split('-').reverse().join('/'), reference })}</p>
          <Button onClick={() => record.mutate()} busy={record.isPending}>{t('paper.record')}</Button>{' '}
          <Button tone="secondary" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
        </div>
      )}
      {record.isSuccess && <Notice tone="ok">{t('paper.done')}</Notice>}
      {record.isError && <ErrorNote message={errorText(record.error, lang)} />}
    </details>
  );
};
