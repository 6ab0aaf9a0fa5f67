// The district media centre writes the public page's presentation of a recognised initiative, or withdraws it.
import { useMutation } from '@tanstack/react-query';
import { Button, ErrorNote, errorText, Notice, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { useRefreshShowcase, type InitiativeRow } from './use-showcase.js';

export const FeatureForm = ({ item }: { item: InitiativeRow }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const refresh = useRefreshShowcase();
  const [featureTitle, setTitle] = useState(item.featureTitle ?? item.title);
  const [featureText, setText] = useState(item.featureText ?? '');
  const save = useMutation({
    mutationFn: (withdraw: boolean) =>
      api.initiatives.feature.mutate({
        initiativeId: item.id,
        version: item.version,
        featureTitle: withdraw ? null : featureTitle,
        featureText: withdraw ? null : featureText,
      }),
    onSuccess: () => void refresh(),
  });
  const ready = featureTitle.trim().length >= 5 && featureText.trim().length >= 30;
  return (
    // Folded by default: the list stays readable, the media centre opens the one it writes about.
    <details>
      <summary>
        {item.featuredAt ? `${t('showcase.feature')} (${t('showcase.featuredShort')})` : t('showcase.feature')}
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(false);
        }}
        aria-label={t('showcase.feature')}
      >
        <div className="td-field">
          <label htmlFor={`feature-title-${item.id}`}>{t('showcase.featureTitle')}</label>
          <input
            id={`feature-title-${item.id}`}
            value={featureTitle}
            onChange={(e) => setTitle(e.target.value)}
            minLength={5}
            maxLength={200}
          />
        </div>
        <div className="td-field">
          <label htmlFor={`feature-text-${item.id}`}>{t('showcase.featureText')}</label>
          <textarea
            id={`feature-text-${item.id}`}
            value={featureText}
            onChange={(e) => setText(e.target.value)}
            minLength={30}
            maxLength={3000}
            rows={4}
          />
        </div>
        {save.isError && <ErrorNote message={errorText(save.error, lang)} />}
        {save.isSuccess && save.variables === false && <Notice tone="ok">{t('showcase.featureSaved')}</Notice>}
        <Button type="submit" busy={save.isPending} disabled={!ready}>
          {t('showcase.featureSave')}
        </Button>{' '}
        {item.featuredAt && (
          <Button tone="secondary" onClick={() => save.mutate(true)} disabled={save.isPending}>
            {t('showcase.featureRemove')}
          </Button>
        )}
      </form>
    </details>
  );
};
