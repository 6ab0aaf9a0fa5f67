// Deterministic synthetic participants for benchmarks, demos and property tests; never shipped in the main entry.
import type { Movement } from '../movement/movement.schema.js';
import type { Facts, Participant, ParticipantKind } from '../movement/participant.schema.js';

export interface SyntheticParticipant {
  participant: Participant;
  facts: Facts;
}

/** Small, fast, seedable PRNG (mulberry32) so every run sees the same data. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const KINDS: ParticipantKind[] = ['department', 'commune', 'enterprise', 'individual'];

export const syntheticParticipants = (movement: Movement, count: number, seed = 2025): SyntheticParticipant[] => {
  const rnd = seededRandom(seed);
  const out: SyntheticParticipant[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length] as ParticipantKind;
    const facts: Record<string, number | boolean | null> = {};
    for (const c of movement.criteria) {
      if (!c.appliesTo.includes(kind)) continue;
      const r = rnd();
      if (r < 0.03) continue; // some data is always missing
      const m = c.measure;
      if (m.kind === 'boolean') facts[c.id] = r < 0.85;
      else if (m.kind === 'percent')
        facts[c.id] =
          m.op === 'eq' ? (r < 0.8 ? 100 : Math.round(rnd() * 9900) / 100) : Math.round((40 + rnd() * 60) * 100) / 100;
      else if (m.kind === 'score') facts[c.id] = Math.round(rnd() * m.max * 10) / 10;
      else if (m.kind === 'count') facts[c.id] = Math.floor(rnd() * 4);
      else facts[c.id] = 1 + Math.floor(rnd() * (m.outOf ?? 10));
    }
    out.push({
      participant: {
        id: `${kind.slice(0, 3).toUpperCase()}-${String(i).padStart(6, '0')}`,
        kind,
        registered: rnd() < 0.95,
        ...(kind === 'enterprise' ? { isItEnterprise: rnd() < 0.3 } : {}),
      },
      facts,
    });
  }
  return out;
};
