// Checks the district's end-of-plan targets against observed values, with progress towards each.
import { formatNumberEn, formatNumberVi } from '../i18n/format-number.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import { COMPARATOR_SYMBOL, compare, type Comparator } from '../movement/measure.schema.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Target } from '../movement/target.schema.js';

export type TargetObservation =
  | { targetId: string; value: number | null }
  | { targetId: string; series: ReadonlyArray<{ year: number; value: number | null }> }
  | { targetId: string; bySector: Readonly<Record<string, number | null>> };

export type TargetStatus = 'met' | 'not_met' | 'missing';

export interface TargetPart {
  key: string;
  value: number | null;
  status: TargetStatus;
}

export interface TargetEvaluation {
  targetId: string;
  group: string;
  status: TargetStatus;
  /** The deciding value: the observed value, the worst year, or the weakest sector. */
  value: number | null;
  threshold: { op: Comparator; value: number };
  /** 0..1 towards the threshold (share of years passing for a series). */
  progress: number;
  qualitative: boolean;
  /** Years of a series or sectors of a per-sector target. */
  parts: TargetPart[];
  /** The failing or missing year/sector that decides, if any. */
  weakest: string | null;
  explanation: LocalizedText;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

const progressOf = (op: Comparator, value: number, threshold: number): number => {
  if (compare(op, value, threshold)) return 1;
  if (op === 'lte') return value <= 0 ? 1 : clamp01(threshold / value);
  // A strict "> X" still at X is not met: keep progress just under 1.
  return threshold === 0 ? 0 : Math.min(clamp01(value / threshold), 0.9999);
};

// A value that cannot exist for the target (NaN, 120 %, rank 0 or 2.5 of 7) is treated as no data.
const usable = (t: Target, v: number | null | undefined): number | null => {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  if (t.unit === 'percent' && t.rule.kind !== 'series' && (v < 0 || v > 100)) return null;
  if (t.rule.kind === 'rank' && (!Number.isInteger(v) || v < 1 || v > t.rule.outOf)) return null;
  return v;
};

const partStatus = (op: Comparator, threshold: number, v: number | null): TargetStatus =>
  v === null ? 'missing' : compare(op, v, threshold) ? 'met' : 'not_met';

const combine = (parts: TargetPart[]): TargetStatus =>
  parts.length === 0 || (parts.some((p) => p.status === 'missing') && !parts.some((p) => p.status === 'not_met'))
    ? 'missing'
    : parts.some((p) => p.status === 'not_met')
      ? 'not_met'
      : 'met';

const unitText = (t: Target, v: number): { vi: string; en: string } => {
  const vi = formatNumberVi(v, t.rule.threshold);
  const en = formatNumberEn(v, t.rule.threshold);
  return t.unit === 'rank' ? { vi: `hạng ${vi}`, en: `rank ${en}` } : { vi: `${vi}%`, en: `${en}%` };
};

const explain = (t: Target, status: TargetStatus, value: number | null, weakest: string | null): LocalizedText => {
  const sym = COMPARATOR_SYMBOL[t.rule.op];
  const req = unitText(t, t.rule.threshold);
  const reqVi = `chỉ tiêu ${sym} ${req.vi}`;
  const reqEn = `target ${sym} ${req.en}`;
  const where = weakest ? { vi: ` (thấp nhất: ${weakest})`, en: ` (weakest: ${weakest})` } : { vi: '', en: '' };
  if (status === 'missing' || value === null) {
    return { vi: `Chưa có số liệu${where.vi} (${reqVi})`, en: `No data${where.en} (${reqEn})` };
  }
  const v = unitText(t, value);
  return status === 'met'
    ? { vi: `${v.vi}${where.vi} (${reqVi}): đạt`, en: `${v.en}${where.en} (${reqEn}): met` }
    : { vi: `${v.vi}${where.vi} (${reqVi}): chưa đạt`, en: `${v.en}${where.en} (${reqEn}): not met` };
};

const partsFor = (movement: Movement, t: Target, obs: TargetObservation | undefined): TargetPart[] | null => {
  const { op, threshold } = t.rule;
  if (t.rule.kind === 'series') {
    const byYear = new Map(obs && 'series' in obs ? obs.series.map((p) => [p.year, p.value] as const) : []);
    return t.rule.years.map((year) => {
      const v = usable(t, byYear.get(year));
      return { key: String(year), value: v, status: partStatus(op, threshold, v) };
    });
  }
  if (t.rule.kind === 'minOverSectors') {
    const sectors = t.rule.sectors.length > 0 ? t.rule.sectors : movement.sectors.map((s) => s.id);
    const values = obs && 'bySector' in obs ? obs.bySector : {};
    return sectors.map((s) => {
      const v = usable(t, values[s]);
      return { key: s, value: v, status: partStatus(op, threshold, v) };
    });
  }
  return null;
};

const worst = (op: Comparator, parts: TargetPart[]): TargetPart | undefined => {
  const known = parts.filter((p) => p.value !== null);
  const bad = parts.find((p) => p.status === 'missing');
  const sorted = [...known].sort((a, b) =>
    op === 'lte' ? (b.value as number) - (a.value as number) : (a.value as number) - (b.value as number),
  );
  const first = sorted[0];
  return first && first.status === 'not_met' ? first : (bad ?? first);
};

export const evaluateTarget = (movement: Movement, t: Target, obs: TargetObservation | undefined): TargetEvaluation => {
  const { op, threshold } = t.rule;
  const base = { targetId: t.id, group: t.group, threshold: { op, value: threshold }, qualitative: t.qualitative };
  const parts = partsFor(movement, t, obs);
  if (parts === null) {
    const value = usable(t, obs && 'value' in obs ? obs.value : null);
    const status = partStatus(op, threshold, value);
    return {
      ...base,
      status,
      value,
      progress: value === null ? 0 : progressOf(op, value, threshold),
      parts: [],
      weakest: null,
      explanation: explain(t, status, value, null),
    };
  }
  const status = combine(parts);
  const decider = worst(op, parts);
  const value = decider?.value ?? null;
  const progress =
    t.rule.kind === 'series'
      ? parts.filter((p) => p.status === 'met').length / parts.length
      : value === null
        ? 0
        : progressOf(op, value, threshold);
  const weakest = status === 'met' ? null : (decider?.key ?? null);
  return { ...base, status, value, progress, parts, weakest, explanation: explain(t, status, value, weakest) };
};

export const evaluateTargets = (movement: Movement, observations: readonly TargetObservation[]): TargetEvaluation[] => {
  const byId = new Map(observations.map((o) => [o.targetId, o]));
  return movement.targets.map((t) => evaluateTarget(movement, t, byId.get(t.id)));
};
