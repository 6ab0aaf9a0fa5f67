// Deterministic randomness for seed values: one seeded stream per key, so adding a unit never shifts another.
import { seededRandom } from '@thidua/domain/testing';

/** The fixed seed of every seeded stream (the D-UNIT-PLAN deadline, 2022-09-20). */
export const SEED = 20_220_920;

/** FNV-1a, 32 bits: a stable number for a text key. */
export const stableHash = (key: string): number => {
  let h = 0x811c9dc5;
  for (const ch of key) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

/** A random stream in [0, 1) that depends only on the key. */
export const randomFor = (key: string): (() => number) => seededRandom((SEED ^ stableHash(key)) >>> 0);

export const round1 = (value: number): number => Math.round(value * 10) / 10;
