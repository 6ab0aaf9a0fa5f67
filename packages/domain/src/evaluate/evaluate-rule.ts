// Three-valued eligibility: a missing fact leaves the answer open instead of silently failing or passing.
import type { Rule } from '../movement/rule.schema.js';
import type { CriterionStatus } from './criterion-result.js';

/** yes, no, unknown (data missing), or neutral (criterion does not apply: ignored by all-of and any-of). */
export type Truth = 'yes' | 'no' | 'unknown' | 'neutral';

const fromStatus: Record<CriterionStatus, Truth> = { met: 'yes', not_met: 'no', missing: 'unknown', not_applicable: 'neutral' };

export type CompiledRule = (statusOf: (criterionId: string) => CriterionStatus) => Truth;

export const compileRule = (rule: Rule): CompiledRule => {
  if ('criterion' in rule) {
    const id = rule.criterion;
    return (statusOf) => fromStatus[statusOf(id)];
  }
  const children = ('allOf' in rule ? rule.allOf : rule.anyOf).map(compileRule);
  if ('allOf' in rule) {
    return (statusOf) => {
      let unknown = false;
      let any = false;
      for (const child of children) {
        const t = child(statusOf);
        if (t === 'no') return 'no';
        if (t === 'unknown') unknown = true;
        if (t !== 'neutral') any = true;
      }
      return unknown ? 'unknown' : any ? 'yes' : 'neutral';
    };
  }
  return (statusOf) => {
    let unknown = false;
    let any = false;
    for (const child of children) {
      const t = child(statusOf);
      if (t === 'yes') return 'yes';
      if (t === 'unknown') unknown = true;
      if (t !== 'neutral') any = true;
    }
    return unknown ? 'unknown' : any ? 'no' : 'neutral';
  };
};
