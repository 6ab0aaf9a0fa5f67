// Recording a document that came on paper: the day it was received (which is when it counts as sent), its reference
// number and the scan, confirmed before it is recorded. A yearly report's figures are typed in first, through the
// district sheet; a plan needs only its title (paper-plan.tsx).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorNote, errorText, EvidenceUpload, Notice, todayInVietnam, useApi, useI18n } from '@thidua/ui';
import { useState, type ReactNode } from 'react';

export interface PaperFields {
  receivedOn: string;
  reference: string;
  scanUrl: string;
}

interface PaperRecordProps {
  testId: string;
  /** Keeps the inputs' ids apart when two such forms share a page. */
  idPrefix: string;
  title: string;
  hint: string;
  confirm: (fields: PaperFields) => string;
  record: (fields: PaperFields) => Promise<unknown>;
  /** The fields of the form's own (children) are filled in. */
  extraReady?: boolean;
  onRecorded?: () => void;
  children?: ReactNode;
}

export const PaperRecordForm = ({
  testId,
  idPrefix,
  title,
  hint,
  confirm,
  record,
  extraReady = true,
  onRecorded,
  children,
}: PaperRecordProps) => {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const today = todayInVietnam();
  const [receivedOn, setReceivedOn] = useState(today);
  const [reference, setReference] = useState('');
  const [scanUrl, setScanUrl] = useState('');
  const [confirming, setConfirming] = useState(false);
  const fields = { receivedOn, reference, scanUrl };
  const save = useMutation({
    mutationFn: () => record(fields),
    onSuccess: () => {
      setConfirming(false);
      onRecorded?.();
      void queryClient.invalidateQueries();
    },
  });
  const ready =
    extraReady &&
    /^\d{4}-\d{2}-\d{2}$/.test(receivedOn) &&
    receivedOn <= today &&
    reference.trim().length >= 3 &&
    scanUrl !== '';
  return (
    <details className="td-fold" data-testid={testId} style={{ marginTop: 12 }}>
      <summary>
        <strong>{title}</strong>
      </summary>
      <p className="td-hint">{hint}</p>
      {children}
      <div className="td-form-grid">
        <div className="td-field">
          <label htmlFor={`${idPrefix}-received`}>{t('paper.receivedOn')}</label>
          <input
            id={`${idPrefix}-received`}
            type="date"
            max={today}
            value={receivedOn}
            onChange={(e) => setReceivedOn(e.target.value)}
            required
          />
        </div>
        <div className="td-field">
          <label htmlFor={`${idPrefix}-reference`}>{t('paper.reference')}</label>
          <input
            id={`${idPrefix}-reference`}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            placeholder="12/BC-UBND"
            minLength={3}
            maxLength={100}
            required
          />
        </div>
      </div>
      {/* The stored link is the platform's own path to the checked file. */}
      <EvidenceUpload
        label={t('paper.scan')}
        onUploaded={(url) => setScanUrl(new URL(url, location.origin).pathname)}
      />
      {!confirming ? (
        <Button disabled={!ready} title={ready ? undefined : t('paper.fillAll')} onClick={() => setConfirming(true)}>
          {t('paper.record')}
        </Button>
      ) : (
        <div className="td-notice td-notice--warn" role="alertdialog" aria-label={t('paper.record')}>
          <p>{confirm(fields)}</p>
          <Button onClick={() => save.mutate()} busy={save.isPending}>
            {t('paper.record')}
          </Button>{' '}
          <Button tone="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      )}
      {save.isSuccess && <Notice tone="ok">{t('paper.done')}</Notice>}
      {save.isError && <ErrorNote message={errorText(save.error, lang)} />}
    </details>
  );
};

/** A unit's yearly report received on paper. */
export const PaperReceipt = ({
  reportId,
  version,
  unitName,
}: {
  reportId: string;
  version: number;
  unitName: string;
}) => {
  const { t } = useI18n();
  const api = useApi();
  return (
    <PaperRecordForm
      testId="paper-receipt"
      idPrefix="paper"
      title={t('paper.title')}
      hint={t('paper.hint')}
      confirm={(f) =>
        t('paper.confirm', {
          unit: unitName,
          date: f.receivedOn.split('-').reverse().join('/'),
          reference: f.reference,
        })
      }
      record={(f) => api.reports.recordPaper.mutate({ reportId, version, ...f })}
    />
  );
};
