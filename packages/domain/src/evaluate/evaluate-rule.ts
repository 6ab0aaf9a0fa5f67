// Three-valued eligibility: a missing fact leaves the answer open instead of silently failing or passing.
import type { Rule } from '../movement/rule.schema.js';
import { Outcome } from './evaluate-criterion.js';
import type { OutcomeList } from './outcome-list.js';

/** yes, no, unknown (data missing), or neutral (criterion does not apply: ignored by all-of and any-of). */
export type Truth = 'yes' | 'no' | 'unknown' | 'neutral';

const TRUTH_OF: readonly Truth[] = ['yes', 'no', 'unknown', 'neutral', 'unknown', 'unknown', 'unknown'];

/** Reads outcomes by position: criteria are resolved to indexes once, at compile time. */
export type CompiledRule = (outcomes: OutcomeList) => Truth;

export const compileRule = (rule: Rule, indexOf: ReadonlyMap<string, number>): CompiledRule => {
  if ('criterion' in rule) {
    const index = indexOf.get(rule.criterion);
    // A criterion outside the group can never be reported: treat it as missing data.
    if (index === undefined) return () => 'unknown';
    const shift = 3 * index;
    return (outcomes) =>
      TRUTH_OF[typeof outcomes === 'number' ? (outcomes >>> shift) & 7 : (outcomes[index] ?? Outcome.Missing)] as Truth;
  }
  const children = ('allOf' in rule ? rule.allOf : rule.anyOf).map((child) => compileRule(child, indexOf));
  if ('allOf' in rule) {
    return (outcomes) => {
      let unknown = false;
      let any = false;
      for (const child of children) {
        const t = child(outcomes);
        if (t === 'no') return 'no';
        if (t === 'unknown') unknown = true;
        if (t !== 'neutral') any = true;
      }
      return unknown ? 'unknown' : any ? 'yes' : 'neutral';
    };
  }
  return (outcomes) => {
    let unknown = false;
    let any = false;
    for (const child of children) {
      const t = child(outcomes);
      if (t === 'yes') return 'yes';
      if (t === 'unknown') unknown = true;
      if (t !== 'neutral') any = true;
    }
    return unknown ? 'unknown' : any ? 'no' : 'neutral';
  };
};
