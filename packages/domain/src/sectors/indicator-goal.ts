// An indicator's goal, read without the schemas (screens import it: they get this function, not the validation library).
import type { Indicator } from '../movement/organisation.schema.js';

/** The figure a commune should reach on this indicator (the measure's threshold), or null when it has none. */
export const indicatorGoal = (indicator: Indicator): number | null =>
  indicator.measure.kind !== 'boolean' && indicator.measure.threshold !== undefined
    ? indicator.measure.threshold
    : null;
