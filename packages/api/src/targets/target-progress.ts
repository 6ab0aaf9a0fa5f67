// District targets as the public, the dashboard and the review reports see them: computed by the domain from approved
// observations only, each with the plan's own wording.
import { evaluateTargets, type Movement, type TargetObservation } from '@thidua/domain';
import type { Db } from '@thidua/db';

interface Row {
  targetId: string;
  year: number;
  sectorId: string;
  value: number;
}

/** Approved rows → the domain's observations, as of a year (a series takes every year up to it). */
export const observationsAsOf = (movement: Movement, rows: readonly Row[], year: number): TargetObservation[] =>
  movement.targets.map((t): TargetObservation => {
    const mine = rows.filter((r) => r.targetId === t.id);
    if (t.rule.kind === 'series')
      return {
        targetId: t.id,
        series: mine.filter((r) => r.year <= year).map((r) => ({ year: r.year, value: r.value })),
      };
    if (t.rule.kind === 'minOverSectors')
      return {
        targetId: t.id,
        bySector: Object.fromEntries(mine.filter((r) => r.year === year).map((r) => [r.sectorId, r.value])),
      };
    return { targetId: t.id, value: mine.find((r) => r.year === year)?.value ?? null };
  });

export const targetProgress = async (db: Db, movement: Movement, year: number) => {
  const rows = await db.targetObservation.findMany({
    where: { movementId: movement.id, status: 'approved' },
    select: { targetId: true, year: true, sectorId: true, value: true },
  });
  return evaluateTargets(movement, observationsAsOf(movement, rows, year)).map((e) => {
    const target = movement.targets.find((t) => t.id === e.targetId);
    const group = movement.targetGroups.find((g) => g.id === e.group);
    return {
      ...e,
      label: target?.label ?? { vi: e.targetId, en: e.targetId },
      unit: target?.unit ?? 'percent',
      groupLabel: group?.label ?? { vi: e.group, en: e.group },
    };
  });
};
