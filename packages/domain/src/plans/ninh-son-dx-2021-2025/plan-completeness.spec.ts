// Every rule ID of docs/plan/plan-digest.md exists in the movement data, and the data invents none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../movement/ids.js';
import { parseMovement } from '../../movement/parse-movement.js';
import { ninhSonDx2021_2025, ninhSonDx2021_2025Input } from './index.js';

const digest = readFileSync(new URL('../../../../../docs/plan/plan-digest.md', import.meta.url), 'utf8');

// The prefixes the digest uses for its stable IDs. Every match of this pattern in the current digest is
// an ID (checked by hand: 62 distinct matches, no prose such as "UTC+7", "3D/4D" or "87/KH-UBND" slips in).
const DIGEST_ID = /\b(?:P|C|T|PH|R|D|ROLE|S)-[A-Z0-9]+(?:-[A-Z0-9]+)*\b/g;

const digestIds = [...new Set(digest.match(DIGEST_ID) ?? [])].sort();

const m = ninhSonDx2021_2025;
const movementIdsByPrefix: Record<string, readonly string[]> = {
  P: m.participantGroups.map((g) => g.id),
  C: m.criteria.map((c) => c.id),
  T: m.targets.map((t) => t.id),
  PH: m.timeline.phases.map((p) => p.id),
  R: m.timeline.reviews.map((r) => r.id),
  D: m.timeline.deadlines.map((d) => d.id),
  ROLE: m.roles.map((r) => r.id),
  S: m.sectors.map((s) => s.id),
};
const movementIds = Object.values(movementIdsByPrefix).flat().sort();

const prefixOf = (id: string): string => id.slice(0, id.indexOf('-'));

describe('plan digest ↔ movement data', () => {
  it('the digest yields 62 distinct IDs, all shaped like stable IDs', () => {
    expect(digestIds).toHaveLength(62);
    for (const id of digestIds) expect(id).toMatch(ID_PATTERN);
  });

  it('the digest has 4 participant groups, 19 criteria, 16 targets, 2 phases, 2 reviews, 2 deadlines, 7 roles and 10 sectors', () => {
    const count = (prefix: string) => digestIds.filter((id) => prefixOf(id) === prefix).length;
    expect({
      P: count('P'),
      C: count('C'),
      T: count('T'),
      PH: count('PH'),
      R: count('R'),
      D: count('D'),
      ROLE: count('ROLE'),
      S: count('S'),
    }).toEqual({
      P: 4,
      C: 19,
      T: 16,
      PH: 2,
      R: 2,
      D: 2,
      ROLE: 7,
      S: 10,
    });
  });

  it.each(digestIds)('%s from the digest exists in the movement, in the collection its prefix names', (id) => {
    expect(movementIdsByPrefix[prefixOf(id)]).toContain(id);
  });

  it('no ID of the movement is absent from the digest', () => {
    expect(movementIds.filter((id) => !digestIds.includes(id))).toEqual([]);
  });

  it('the movement holds exactly the digest IDs, each once', () => {
    expect(movementIds).toEqual(digestIds);
  });
});

describe('the Ninh Sơn movement is valid data', () => {
  it('parseMovement accepts the frozen movement', () => {
    const result = parseMovement(ninhSonDx2021_2025);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('parseMovement accepts the raw input and gives back the same movement', () => {
    const result = parseMovement(ninhSonDx2021_2025Input);
    expect(result.ok && result.movement).toEqual(ninhSonDx2021_2025);
  });

  it('the movement is frozen so no caller can change the plan', () => {
    expect(Object.isFrozen(ninhSonDx2021_2025)).toBe(true);
    expect(Object.isFrozen(ninhSonDx2021_2025.criteria[0]?.measure)).toBe(true);
  });

  it('uses the district time zone Asia/Ho_Chi_Minh and the digest movement id', () => {
    expect(ninhSonDx2021_2025.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(ninhSonDx2021_2025.id).toBe('ninh-son-dx-2021-2025');
  });
});
