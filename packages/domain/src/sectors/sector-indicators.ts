// Sector programme indicators (II.3.9): which belong to a sector, what a commune's value may be, and how the approved
// values of the communes add up for the district (mean of shares, sum of counts, share of "yes").
import { DomainError } from '../errors/domain-error.js';
import { text, type LocalizedText } from '../i18n/localized-text.js';
import { isPossibleValue, type IndicatorMeasure } from '../movement/measure.schema.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Indicator, Sector } from '../movement/organisation.schema.js';

/** The sector programme with this ID; throws `UNKNOWN_SECTOR` when the movement has none. */
export const sectorOf = (movement: Movement, sectorId: string): Sector => {
  const sector = movement.sectors.find((s) => s.id === sectorId);
  if (!sector)
    throw new DomainError(
      'UNKNOWN_SECTOR',
      text(`Ngành ${sectorId} không tồn tại`, `Sector ${sectorId} does not exist`),
    );
  return sector;
};

/** The indicators of a sector programme, in the movement's order (empty when the sector has none yet). */
export const sectorIndicators = (movement: Movement, sectorId: string): readonly Indicator[] =>
  sectorOf(movement, sectorId).indicators;

/** How the communes' values of an indicator add up for the district. */
export type IndicatorAggregate = 'mean' | 'sum' | 'share_true';

export const indicatorAggregate = (measure: IndicatorMeasure): IndicatorAggregate =>
  measure.kind === 'percent' ? 'mean' : measure.kind === 'count' ? 'sum' : 'share_true';

/** One cell of a sector report: a number for shares and counts, yes/no for a boolean indicator; both empty is allowed. */
export interface IndicatorCell {
  number?: number | null;
  bool?: boolean | null;
}

export interface IndicatorValueProblem {
  code: 'wrong_type' | 'out_of_range';
  message: LocalizedText;
}

const viNumber = (n: number): string => String(n).replace('.', ',');

/** Why a cell cannot be stored, or null when it can (empty, or a value of the indicator's kind within its range). */
export const indicatorValueProblem = (indicator: Indicator, cell: IndicatorCell): IndicatorValueProblem | null => {
  const n = cell.number ?? null;
  const m = indicator.measure;
  if (m.kind === 'boolean')
    return n === null ? null : { code: 'wrong_type', message: text('cần có/không', 'expects yes/no') };
  if ((cell.bool ?? null) !== null) return { code: 'wrong_type', message: text('cần một số', 'expects a number') };
  // The domain decides what a value can be, as for criteria: the form, the store and the summary never disagree.
  if (n === null || isPossibleValue(m, n)) return null;
  return m.kind === 'percent'
    ? { code: 'out_of_range', message: text(`${viNumber(n)} ngoài khoảng 0–100%`, `${n} is outside 0–100%`) }
    : {
        code: 'out_of_range',
        message: text(`${viNumber(n)} không phải số nguyên không âm`, `${n} is not a whole number ≥ 0`),
      };
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The district figure of one indicator from the communes' values (one per commune): the mean of shares (each commune
 * counts once, unweighted), the sum of counts, the share of "yes" in percent. Empty and impossible values are skipped.
 */
export const summarizeIndicator = (
  measure: IndicatorMeasure,
  values: ReadonlyArray<number | boolean | null | undefined>,
): { value: number | null; communesReported: number } => {
  const usable =
    measure.kind === 'boolean'
      ? values.filter((v): v is boolean => typeof v === 'boolean').map((v) => (v ? 100 : 0))
      : values.filter((v): v is number => typeof v === 'number' && isPossibleValue(measure, v));
  if (usable.length === 0) return { value: null, communesReported: 0 };
  const total = usable.reduce((a, b) => a + b, 0);
  return { value: round2(measure.kind === 'count' ? total : total / usable.length), communesReported: usable.length };
};

/** A stored value of a sector report: one commune, one indicator, one year. */
export interface SectorValue {
  year: number;
  unitId: string;
  indicatorId: string;
  number: number | null;
  bool: boolean | null;
}

export interface IndicatorPoint {
  year: number;
  /** The district figure, or null when no commune has a value that year. */
  value: number | null;
  communesReported: number;
}

export interface IndicatorSeries {
  indicatorId: string;
  label: LocalizedText;
  unit: LocalizedText;
  measure: IndicatorMeasure;
  aggregate: IndicatorAggregate;
  series: IndicatorPoint[];
}

export interface SectorSummary {
  sectorId: string;
  /** Per year: how many communes have at least one value of the sector's indicators. */
  years: Array<{ year: number; communesReported: number }>;
  indicators: IndicatorSeries[];
}

/**
 * A sector's indicators over the years, from the values given. The caller passes approved values only: the summary
 * is public. Values of other sectors' or unknown indicators, and of other years, are ignored.
 */
export const sectorSummary = (
  movement: Movement,
  sectorId: string,
  values: readonly SectorValue[],
  years: readonly number[],
): SectorSummary => {
  const indicators = sectorIndicators(movement, sectorId);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const valueOf = (indicator: Indicator, v: SectorValue) => (indicator.measure.kind === 'boolean' ? v.bool : v.number);
  // Only values that count: of this sector's indicators, of the right kind and in range.
  const counted = values.filter((v) => {
    const indicator = byId.get(v.indicatorId);
    return (
      indicator !== undefined && summarizeIndicator(indicator.measure, [valueOf(indicator, v)]).communesReported === 1
    );
  });
  return {
    sectorId,
    years: years.map((year) => ({
      year,
      communesReported: new Set(counted.filter((v) => v.year === year).map((v) => v.unitId)).size,
    })),
    indicators: indicators.map((indicator) => ({
      indicatorId: indicator.id,
      label: indicator.label,
      unit: indicator.unit,
      measure: indicator.measure,
      aggregate: indicatorAggregate(indicator.measure),
      series: years.map((year) => ({
        year,
        ...summarizeIndicator(
          indicator.measure,
          counted.filter((v) => v.year === year && v.indicatorId === indicator.id).map((v) => valueOf(indicator, v)),
        ),
      })),
    })),
  };
};
