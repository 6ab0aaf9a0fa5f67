// The leaderboard per participant kind; choosing a unit shows, criterion by criterion, why it is or is not eligible.
import { useQuery } from '@tanstack/react-query';
import { Card, DataTable, formatNumber, QueryView, StatusBadge, useApi, useI18n, type Column } from '@thidua/ui';
import { useState } from 'react';
import type { RouterOutputs } from '@thidua/api';
import { ExplainPanel } from './explain-panel.js';

type Row = RouterOutputs['leaderboard']['get']['rows'][number];
const KINDS = ['commune', 'department', 'enterprise'] as const;
type Kind = (typeof KINDS)[number];

export const LeaderboardCard = ({ year }: { year: number }) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const [kind, setKind] = useState<Kind>('commune');
  const [selected, setSelected] = useState<Row | null>(null);
  const board = useQuery({
    queryKey: ['leaderboard.get', year, kind],
    queryFn: () => api.leaderboard.get.query({ year, kind, limit: 200 }),
  });
  const columns: Column<Row>[] = [
    { key: 'name', header: t('common.unit'), cell: (r) => pick(r.name), sortValue: (r) => pick(r.name) },
    {
      key: 'rank',
      header: t('dash.rank'),
      cell: (r) => r.rank ?? '—',
      sortValue: (r) => r.rank ?? Number.POSITIVE_INFINITY,
      align: 'end',
    },
    {
      key: 'score',
      header: t('dash.score'),
      cell: (r) => formatNumber(r.score, lang),
      sortValue: (r) => r.score,
      align: 'end',
    },
    {
      key: 'eligibility',
      header: t('dash.eligibility'),
      cell: (r) => <StatusBadge status={r.eligibility} label={t(`dash.${r.eligibility}`)} />,
      sortValue: (r) => r.eligibility,
    },
  ];
  return (
    <Card
      title={t('dash.leaderboard')}
      testId="leaderboard-card"
      actions={
        <select
          aria-label={t('dash.leaderboard')}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as Kind);
            setSelected(null);
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`dash.kind.${k}`)}
            </option>
          ))}
        </select>
      }
    >
      <QueryView query={board}>
        {(data) => (
          <>
            <DataTable
              rows={data.rows}
              columns={columns}
              rowKey={(r) => r.unitId}
              caption={t('dash.leaderboard')}
              onRowClick={(r) => setSelected((s) => (s?.unitId === r.unitId ? null : r))}
              selectedKey={selected?.unitId ?? null}
              testId="leaderboard"
            />
            {selected && (
              <ExplainPanel year={year} kind={kind} unitId={selected.unitId} unitName={pick(selected.name)} />
            )}
          </>
        )}
      </QueryView>
    </Card>
  );
};
