// One participant read from a facts file, with where it came from so errors can point at it.
import type { Facts, Participant } from '@thidua/domain';

export interface ParticipantEntry {
  participant: Participant;
  facts: Facts;
  /** "dòng 4" / "line 4" for CSV, "[3]" for JSON. */
  where: string;
}

export interface FactsProblem {
  vi: string;
  en: string;
}
