// Who can act in thidua: the bodies of digest §7, plus editors, a read-only leader and the district admin.
/** The duties by name, for code that speaks of one: their IDs live here only, and the movement names the body that
 * holds each (movement.roles), so documents and screens print the movement's words. */
export const DUTY = {
  culture: 'ROLE-CULTURE',
  homeAffairs: 'ROLE-HOME-AFFAIRS',
  council: 'ROLE-COUNCIL',
  chair: 'ROLE-CHAIR',
  media: 'ROLE-MEDIA',
  front: 'ROLE-FRONT',
} as const;

export const ROLES = [
  DUTY.culture,
  DUTY.homeAffairs,
  DUTY.council,
  DUTY.chair,
  DUTY.media,
  DUTY.front,
  'ADMIN',
  'LEADER',
  'SECTOR-EDITOR',
  'UNIT-EDITOR',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Roles that approve data, vote, appraise or administer must confirm sign-in with a TOTP code. */
export const MFA_ROLES: ReadonlySet<Role> = new Set([
  'ADMIN',
  DUTY.council,
  DUTY.homeAffairs,
  DUTY.culture,
  DUTY.chair,
]);
