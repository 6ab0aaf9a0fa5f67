// The screens trust auth.me's capabilities; the API trusts each procedure's declared roles. They must say the same.
import { describe, expect, it } from 'vitest';
import { appRouter } from '../root.js';
import { ROLES, type Role } from '../roles.js';
import type { ProcedureMeta } from '../trpc.js';
import { capabilitiesOf, type Capabilities } from './capabilities.js';

/** For each capability, a procedure whose declared roles are exactly the roles holding it. */
const WITNESS: Partial<Record<keyof Capabilities, string>> = {
  editOwnUnit: 'reports.saveDraft',
  editOwnSector: 'sectors.save',
  reviewReports: 'reports.verify',
  unapproveSectors: 'sectors.unapprove',
  council: 'council.ballot',
  appraise: 'council.appraise',
  vote: 'council.vote',
  signDecisions: 'decisions.create',
  featureInitiatives: 'initiatives.feature',
  enterTargets: 'targets.record',
  approveTargets: 'targets.approve',
  recogniseInitiatives: 'initiatives.recognise',
  administer: 'admin.users',
};

const rolesOf = (path: string): Role[] => {
  const meta = (appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>)[path]?._def
    .meta;
  if (meta?.access.kind !== 'roles') throw new Error(`${path} is not limited to roles`);
  return [...meta.access.roles].sort();
};

describe('capabilities', () => {
  for (const [capability, path] of Object.entries(WITNESS) as Array<[keyof Capabilities, string]>) {
    it(`${capability} is held by exactly the roles ${path} admits`, () => {
      expect(ROLES.filter((r) => capabilitiesOf(r)[capability]).sort()).toEqual(rolesOf(path));
    });
  }
});
