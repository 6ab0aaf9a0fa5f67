// Separation of duties as movement data: which steps of the same work one account may not do both of. A movement
// run by a office too small to separate them says so here, in the open, instead of the code assuming it.
import { z } from 'zod';

export const dutiesSchema = z.strictObject({
  /** The account that verified a report (or a sector's figures) may also approve it. False: a second officer approves. */
  verifierMayApprove: z.boolean(),
});
export type Duties = z.infer<typeof dutiesSchema>;

/** What a movement that says nothing gets: the verifier and the approver are two people. */
export const DEFAULT_DUTIES: Duties = { verifierMayApprove: false };

/** May this account approve a report it is the verifier of? */
export const mayApproveAfterVerifying = (duties: Duties, verifiedBy: string | null, approver: string): boolean =>
  duties.verifierMayApprove || verifiedBy !== approver;
