// What each role may do, said once: the object-level checks of the API and the menus of every screen read this table
// (as `auth.me`'s capabilities), so no screen keeps its own list of roles. Procedures declare their roles in
// meta.access; a test holds those declarations to this table.
import type { Role } from '../roles.js';
import { DUTY } from '../roles.js';

/** Roles that oversee the whole district and may read every unit's and sector's figures and the award quotas. */
export const DISTRICT_READERS: ReadonlySet<Role> = new Set([
  DUTY.culture,
  DUTY.homeAffairs,
  DUTY.council,
  DUTY.chair,
  'LEADER',
  'ADMIN',
]);

const REVIEWER: Role = DUTY.culture;

export const capabilitiesOf = (role: Role) => ({
  /** Every unit's and sector's figures, and the award quotas. */
  readAllUnits: DISTRICT_READERS.has(role),
  /** Enter and submit the own unit's registration, plan, report and nominations. */
  editOwnUnit: role === 'UNIT-EDITOR',
  /** Enter and submit the own sector's figures. */
  editOwnSector: role === 'SECTOR-EDITOR',
  /** Verify, approve or return units' and sectors' reports, and import the district sheet. */
  reviewReports: role === REVIEWER,
  /** Withdraw a sector report's approval. */
  unapproveSectors: role === REVIEWER || role === 'ADMIN',
  /** The council's screen: appraisal, ballots and their count. */
  council: role === DUTY.council || role === DUTY.homeAffairs,
  /** Appraise nominations, open public comments and run the ballot. */
  appraise: role === DUTY.homeAffairs,
  /** Vote in the council's secret ballot. */
  vote: role === DUTY.council,
  /** The award decisions' screen: the decision itself and its documents. */
  decide: role === DUTY.homeAffairs || role === DUTY.chair,
  /** Sign the award decision. */
  signDecisions: role === DUTY.chair,
  /** Present a recognised good practice on the public page. */
  featureInitiatives: role === DUTY.media,
  /** Enter target figures (a sector office its own share). */
  enterTargets: role === REVIEWER || role === 'SECTOR-EDITOR',
  /** Approve and correct target figures. */
  approveTargets: role === REVIEWER,
  /** Recognise a good practice for the showcase. */
  recogniseInitiatives: role === REVIEWER,
  /** Accounts, units, movement versions and the audit log. */
  administer: role === 'ADMIN',
});

export type Capabilities = ReturnType<typeof capabilitiesOf>;
