// Eligibility held as data (all-of / any-of over criteria) so a council can change it without code.
import { z } from 'zod';
import { idSchema } from './ids.js';

export type Rule = { criterion: string } | { allOf: Rule[] } | { anyOf: Rule[] };

export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.strictObject({ criterion: idSchema }),
    z.strictObject({ allOf: z.array(ruleSchema).min(1) }),
    z.strictObject({ anyOf: z.array(ruleSchema).min(1) }),
  ]),
);

export const criteriaInRule = (rule: Rule): string[] => {
  if ('criterion' in rule) return [rule.criterion];
  const children = 'allOf' in rule ? rule.allOf : rule.anyOf;
  return children.flatMap(criteriaInRule);
};
