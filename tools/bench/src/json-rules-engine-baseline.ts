// The same criteria expressed for json-rules-engine, the npm library people reach for: the baseline to beat.
import type { Movement, ParticipantKind } from '@thidua/domain';
import { Engine, type TopLevelCondition } from 'json-rules-engine';

const OPERATOR = { gte: 'greaterThanInclusive', gt: 'greaterThan', eq: 'equal', lte: 'lessThanInclusive' } as const;

const conditionFor = (movement: Movement, criterionId: string): TopLevelCondition => {
  const c = movement.criteria.find((x) => x.id === criterionId);
  if (!c) throw new Error(`unknown criterion ${criterionId}`);
  const measure =
    c.measure.kind === 'boolean'
      ? { fact: c.id, operator: 'equal', value: true }
      : { fact: c.id, operator: OPERATOR[c.measure.op], value: c.measure.threshold };
  const applies = c.applicability
    ? [{ fact: c.applicability.attribute, operator: 'equal', value: c.applicability.equals }]
    : [];
  return { all: [...applies, measure] };
};

/** One engine per participant kind, with one rule per criterion; a fired event means "met". */
export const buildEngines = (movement: Movement): Map<ParticipantKind, Engine> => {
  const engines = new Map<ParticipantKind, Engine>();
  for (const group of movement.participantGroups) {
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const c of movement.criteria.filter((x) => x.appliesTo.includes(group.kind))) {
      engine.addRule({
        name: c.id,
        conditions: conditionFor(movement, c.id),
        event: { type: 'met', params: { criterionId: c.id } },
      });
    }
    engines.set(group.kind, engine);
  }
  return engines;
};
