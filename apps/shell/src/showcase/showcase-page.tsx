// The showcase screen: a unit records initiatives, Culture recognises them, the media centre presents recognised
// ones for the public page, and everyone signed in can search them.
import { addMessages, Card, useI18n, type Me } from '@thidua/ui';
import { useState } from 'react';
import { FeatureForm } from './feature-form.js';
import { InitiativeForm } from './initiative-form.js';
import { InitiativeList } from './initiative-list.js';
import { RecogniseForm } from './recognise-form.js';
import { SectorSelect } from './sector-select.js';
import { useInitiatives } from './use-showcase.js';
import { showcaseMessages } from './showcase-messages.js';

// This page's own texts come with its code, not with the first screen's.
addMessages(showcaseMessages);

export const ShowcasePage = ({ me }: { me: Me }) => {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [sectorId, setSectorId] = useState('');
  const recognised = useInitiatives('recognised', { search: search.trim(), sectorId });
  const isEditor = me.capabilities.editOwnUnit && me.unitId !== null;
  const seesPending = isEditor || me.capabilities.readAllUnits;
  const pending = useInitiatives('pending', {}, seesPending);
  return (
    <div className="td-stack">
      <h2>{t('showcase.title')}</h2>
      <p className="td-hint">{t('showcase.hint')}</p>
      {isEditor && <InitiativeForm unitId={me.unitId!} />}
      {seesPending && (
        <Card title={t('showcase.pending', { count: pending.data?.length ?? 0 })} testId="showcase-pending">
          <InitiativeList
            query={pending}
            empty={t('showcase.pendingNone')}
            action={(item) => me.capabilities.recogniseInitiatives && <RecogniseForm item={item} />}
          />
        </Card>
      )}
      <Card title={t('showcase.recognised', { count: recognised.data?.length ?? 0 })} testId="showcase-recognised">
        <div className="td-grid">
          <div className="td-field">
            <label htmlFor="showcase-search">{t('showcase.search')}</label>
            <input
              id="showcase-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              maxLength={100}
            />
          </div>
          <SectorSelect
            id="showcase-sector"
            value={sectorId}
            onChange={setSectorId}
            emptyLabel={t('showcase.anySector')}
          />
        </div>
        <InitiativeList
          query={recognised}
          empty={t('showcase.recognisedNone')}
          action={(item) => me.capabilities.featureInitiatives && <FeatureForm item={item} />}
        />
      </Card>
    </div>
  );
};
