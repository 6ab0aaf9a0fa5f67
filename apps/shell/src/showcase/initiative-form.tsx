// A unit editor records an initiative of the unit, for the Culture & Information office to recognise.
import { useMutation } from '@tanstack/react-query';
import { Button, Card, ErrorNote, errorText, EvidenceUpload, Notice, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { SectorSelect } from './sector-select.js';
import { useRefreshShowcase } from './use-showcase.js';

export const InitiativeForm = ({ unitId }: { unitId: string }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const refresh = useRefreshShowcase();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [sectorId, setSectorId] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api.initiatives.create.mutate({
        unitId,
        title,
        summary,
        ...(sectorId ? { sectorId } : {}),
        ...(evidenceUrl ? { evidenceUrl } : {}),
      }),
    onSuccess: () => {
      setTitle('');
      setSummary('');
      setEvidenceUrl('');
      void refresh();
    },
  });
  const ready = title.trim().length >= 5 && summary.trim().length >= 20;
  return (
    <Card title={t('showcase.new')} testId="initiative-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <div className="td-field">
          <label htmlFor="initiative-title">{t('showcase.newTitle')}</label>
          <input
            id="initiative-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            minLength={5}
            maxLength={300}
          />
        </div>
        <div className="td-field">
          <label htmlFor="initiative-summary">{t('showcase.newSummary')}</label>
          <textarea
            id="initiative-summary"
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            required
            minLength={20}
            maxLength={5000}
            rows={4}
          />
        </div>
        <SectorSelect
          id="initiative-sector"
          value={sectorId}
          onChange={setSectorId}
          emptyLabel={t('showcase.noSector')}
        />
        <EvidenceUpload label={t('showcase.evidence')} onUploaded={setEvidenceUrl} />
        {send.isError && <ErrorNote message={errorText(send.error, lang)} />}
        {send.isSuccess && <Notice tone="ok">{t('showcase.sent')}</Notice>}
        <Button type="submit" busy={send.isPending} disabled={!ready}>
          {t('showcase.send')}
        </Button>
      </form>
    </Card>
  );
};
