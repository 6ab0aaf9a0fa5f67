// Facts as JSON: [{ id, kind, registered?, isItEnterprise?, facts: { "C-…": value } }].
import { factsSchema, participantKindSchema, type Movement } from '@thidua/domain';
import { z } from 'zod';
import type { FactsProblem, ParticipantEntry } from './participant-entry.js';

const entrySchema = z.strictObject({
  id: z.string().min(1),
  kind: participantKindSchema,
  registered: z.boolean().optional(),
  isItEnterprise: z.boolean().optional(),
  facts: factsSchema,
});

const pathText = (path: readonly PropertyKey[]): string =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');

export const readJsonFacts = (
  movement: Movement,
  source: string,
): { entries: ParticipantEntry[]; problems: FactsProblem[] } => {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      entries: [],
      problems: [{ vi: `Tệp JSON không đọc được: ${detail}`, en: `The JSON file cannot be read: ${detail}` }],
    };
  }
  const parsed = z.array(entrySchema).safeParse(data);
  if (!parsed.success) {
    return {
      entries: [],
      problems: parsed.error.issues.map((i) => ({
        vi: `Phần tử ${pathText(i.path)}: ${i.message}`,
        en: `Item ${pathText(i.path)}: ${i.message}`,
      })),
    };
  }
  const known = new Set(movement.criteria.map((c) => c.id));
  const problems: FactsProblem[] = [];
  for (const [i, e] of parsed.data.entries()) {
    for (const key of Object.keys(e.facts).filter((k) => !known.has(k))) {
      problems.push({
        vi: `Phần tử [${i}].facts: "${key}" không phải tiêu chí của phong trào`,
        en: `Item [${i}].facts: "${key}" is not a criterion of this movement`,
      });
    }
  }
  const entries = parsed.data.map(({ facts, ...participant }, i) => ({ participant, facts, where: `[${i}]` }));
  return { entries, problems };
};
