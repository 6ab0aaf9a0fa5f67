// The showcase screen: a unit records initiatives, Culture recognises them, the media centre presents recognised
// ones for the public page, and everyone signed in can search them.
import { Card, formatDate, hasRole, QueryView, useI18n, type Me } from '@thidua/ui';
import { useState, type ReactNode } from 'react';
import { useMovement } from '../use-movement.js';
import { FeatureForm } from './feature-form.js';
import { InitiativeForm } from './initiative-form.js';
import { RecogniseForm } from './recognise-form.js';
import { useInitiatives, type InitiativeRow } from './use-showcase.js';

const Initiative = ({ item, children }: { item: InitiativeRow; children?: ReactNode }) => {
  const { t, lang } = useI18n();
  const replicated = item.replications.map((r) => r.unit.name).join(', ');
  return (
    <li data-initiative={item.id}>
      <h3>{item.title}</h3>
      <small>
        {[item.unit?.name, item.author?.fullName].filter(Boolean).join(' · ')} ·{' '}
        {item.recognisedAt ? t('showcase.recognisedOn', { date: formatDate(item.recognisedAt, lang) }) : t('showcase.recordedOn', { date: formatDate(item.createdAt, lang) })}
      </small>
      <p lang="vi">{item.summary}</p>
      {replicated && <p>{t('showcase.replicatedIn', { units: replicated })}</p>}
      {item.evidenceUrl && <a href={item.evidenceUrl} target="_blank" rel="noreferrer">{t('showcase.file')}</a>}
      {item.featureTitle && (
        <p>
          <strong>{t('showcase.featured')}:</strong> <span lang="vi">{item.featureTitle}</span>
        </p>
      )}
      {children}
    </li>
  );
};

export const ShowcasePage = ({ me }: { me: Me }) => {
  const { t, pick } = useI18n();
  const sectors = useMovement().data?.sectors ?? [];
  const [search, setSearch] = useState('');
  const [sectorId, setSectorId] = useState('');
  const recognised = useInitiatives('recognised', { search: search.trim(), sectorId });
  const isEditor = me.role === 'UNIT-EDITOR' && me.unitId !== null;
  const seesPending = isEditor || hasRole(me, 'ROLE-CULTURE', 'ROLE-HOME-AFFAIRS', 'ROLE-COUNCIL', 'ROLE-CHAIR', 'LEADER', 'ADMIN');
  const pending = useInitiatives('pending', {}, seesPending);
  return (
    <div className="td-stack">
      <h2>{t('showcase.title')}</h2>
      <p className="td-hint">{t('showcase.hint')}</p>
      {isEditor && <InitiativeForm unitId={me.unitId!} />}
      {seesPending && (
        <Card title={t('showcase.pending', { count: pending.data?.length ?? 0 })} testId="showcase-pending">
          <QueryView query={pending}>
            {(rows) =>
              rows.length === 0 ? <p>{t('showcase.pendingNone')}</p> : (
                <ul className="td-notifications">
                  {rows.map((item) => (
                    <Initiative key={item.id} item={item}>{me.role === 'ROLE-CULTURE' && <RecogniseForm item={item} />}</Initiative>
                  ))}
                </ul>
              )
            }
          </QueryView>
        </Card>
      )}
      <Card title={t('showcase.recognised', { count: recognised.data?.length ?? 0 })} testId="showcase-recognised">
        <div className="td-grid">
          <div className="td-field">
            <label htmlFor="showcase-search">{t('showcase.search')}</label>
            <input id="showcase-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} maxLength={100} />
          </div>
          <div className="td-field">
            <label htmlFor="showcase-sector">{t('showcase.sector')}</label>
            <select id="showcase-sector" value={sectorId} onChange={(e) => setSectorId(e.target.value)}>
              <option value="">{t('showcase.anySector')}</option>
              {sectors.map((s) => <option key={s.id} value={s.id}>{pick(s.label)}</option>)}
            </select>
          </div>
        </div>
        <QueryView query={recognised}>
          {(rows) =>
            rows.length === 0 ? <p>{t('showcase.recognisedNone')}</p> : (
              <ul className="td-notifications">
                {rows.map((item) => (
                  <Initiative key={item.id} item={item}>{me.role === 'ROLE-MEDIA' && <FeatureForm item={item} />}</Initiative>
                ))}
              </ul>
            )
          }
        </QueryView>
      </Card>
    </div>
  );
};
