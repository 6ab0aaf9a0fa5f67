// Where each kind of submission is kept: the one place that knows a unit report's tables from a sector report's. The
// workflow (drafts, moves, history) is written once against this shape.
import type { Tx } from '../mutation.js';

export interface StatusChange {
  from: string;
  to: string;
  reason: string | null;
  by: string;
  at: Date;
}

/** What a save or a move writes on the submission's row: always a new version, and a move's status and stamp. */
export type SubmissionUpdate = {
  version: { increment: 1 };
  status?: string;
  submittedAt?: Date;
  returnReason?: string | null;
  verifiedAt?: Date | null;
  verifiedBy?: string | null;
  approvedAt?: Date | null;
  approvedBy?: string | null;
};

export interface SubmissionStore<Key, Value> {
  /** How users name it, lower case: "báo cáo ngành" / "sector report". */
  noun: { vi: string; en: string };
  /** Its audit entries: `<prefix>.<action>` on `<entity>`. */
  audit: { prefix: string; entity: string };
  find(tx: Tx, key: Key): Promise<{ id: string; status: string; version: number } | null>;
  create(tx: Tx, key: Key): Promise<{ id: string; version: number }>;
  /** Writes only the row at that version (and status, when given); how many rows it wrote (0: someone was first). */
  update(tx: Tx, where: { id: string; version: number; status?: string }, data: SubmissionUpdate): Promise<number>;
  /** The draft's figures become exactly `values`. */
  replaceValues(tx: Tx, id: string, values: readonly Value[]): Promise<void>;
  recordChange(tx: Tx, id: string, change: StatusChange): Promise<void>;
}
