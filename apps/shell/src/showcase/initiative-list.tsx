// A list of initiatives as both showcase lists show it: what, who, when, where replicated, and what the reader may do.
import { formatDate, QueryView, useI18n } from '@thidua/ui';
import type { ReactNode } from 'react';
import type { InitiativeRow, useInitiatives } from './use-showcase.js';

const Initiative = ({ item, children }: { item: InitiativeRow; children?: ReactNode }) => {
  const { t, lang } = useI18n();
  const replicated = item.replications.map((r) => r.unit.name).join(', ');
  return (
    <li data-initiative={item.id}>
      <h3>{item.title}</h3>
      <small>
        {[item.unit?.name, item.author?.fullName].filter(Boolean).join(' · ')} ·{' '}
        {item.recognisedAt
          ? t('showcase.recognisedOn', { date: formatDate(item.recognisedAt, lang) })
          : t('showcase.recordedOn', { date: formatDate(item.createdAt, lang) })}
      </small>
      <p lang="vi">{item.summary}</p>
      {replicated && <p>{t('showcase.replicatedIn', { units: replicated })}</p>}
      {item.evidenceUrl && (
        <a href={item.evidenceUrl} target="_blank" rel="noreferrer">
          {t('showcase.file')}
        </a>
      )}
      {item.featureTitle && (
        <p>
          <strong>{t('showcase.featured')}:</strong> <span lang="vi">{item.featureTitle}</span>
        </p>
      )}
      {children}
    </li>
  );
};

export const InitiativeList = ({
  query,
  empty,
  action,
}: {
  query: ReturnType<typeof useInitiatives>;
  empty: string;
  action?: (item: InitiativeRow) => ReactNode;
}) => (
  <QueryView query={query}>
    {(rows) =>
      rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="td-notifications">
          {rows.map((item) => (
            <Initiative key={item.id} item={item}>
              {action?.(item)}
            </Initiative>
          ))}
        </ul>
      )
    }
  </QueryView>
);
