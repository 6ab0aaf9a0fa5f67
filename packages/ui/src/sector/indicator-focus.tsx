// A sector module's focus: its key indicator in the latest approved year, against its goal (none: no bar), and the
// communes furthest behind (names only for those who may read the sector's figures).
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useApi } from '../api/api-provider.js';
import { Card, ProgressBar } from '../components/primitives.js';
import { formatNumber } from '../format/format.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { useSectorSummary } from './use-sector.js';

export const IndicatorFocus = ({
  sectorId,
  indicatorId,
  goal,
  goalNote,
  title,
  children,
}: {
  sectorId: string;
  indicatorId: string;
  goal: number | null;
  /** Whose goal it is, when not the plan's. */
  goalNote?: string;
  title: string;
  children?: ReactNode;
}) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const me = useSession().data;
  const summary = useSectorSummary(sectorId);
  const indicator = summary.data?.indicators.find((i) => i.indicatorId === indicatorId);
  const latest = Math.max(0, ...(summary.data?.years.filter((y) => y.approved).map((y) => y.year) ?? []));
  const value = indicator?.series.find((p) => p.year === latest)?.value ?? null;
  const reader = !!me && (me.capabilities.readAllUnits || (me.capabilities.editOwnSector && me.sectorId === sectorId));
  const report = useQuery({
    queryKey: ['sectors.report', sectorId, latest],
    queryFn: () => api.sectors.report.query({ sectorId, year: latest }),
    enabled: reader && latest > 0,
  });
  const behind = (report.data?.communes ?? [])
    .map((c) => ({
      name: lang === 'en' ? c.nameEn : c.name,
      value:
        report.data?.report?.values.find((v) => v.unitId === c.id && v.indicatorId === indicatorId)?.numberValue ??
        null,
    }))
    .filter((c): c is { name: string; value: number } => c.value !== null && c.value < (goal ?? Infinity))
    .sort((a, b) => a.value - b.value)
    .slice(0, 3);
  return (
    <Card title={title} testId="indicator-focus">
      {children}
      {indicator && latest > 0 && value !== null ? (
        <>
          <p>
            <code>{indicatorId}</code> {pick(indicator.label)}:{' '}
            <span className="td-kpi">{formatNumber(value, lang)}</span> {pick(indicator.unit)} ({latest})
            {goal !== null && ` / ${t('focus.goal')} ${formatNumber(goal, lang)}${goalNote ? ` (${goalNote})` : ''}`}
          </p>
          {goal !== null && <ProgressBar value={goal === 0 ? 1 : value / goal} label={pick(indicator.label)} />}
          {behind.length > 0 && (
            <p>
              {t('focus.behind')}: {behind.map((c) => `${c.name} (${formatNumber(c.value, lang)})`).join(', ')}
            </p>
          )}
        </>
      ) : (
        <p className="td-muted">{t('sector.noApproved')}</p>
      )}
    </Card>
  );
};
