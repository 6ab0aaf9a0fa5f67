// Who can act in thidua: the bodies of digest §7, plus editors, a read-only leader and the district admin.
export const ROLES = [
  'ROLE-CULTURE',
  'ROLE-HOME-AFFAIRS',
  'ROLE-COUNCIL',
  'ROLE-CHAIR',
  'ROLE-MEDIA',
  'ROLE-FRONT',
  'ADMIN',
  'LEADER',
  'SECTOR-EDITOR',
  'UNIT-EDITOR',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Roles that approve data, vote, appraise or administer must confirm sign-in with a TOTP code. */
export const MFA_ROLES: ReadonlySet<Role> = new Set(['ADMIN', 'ROLE-COUNCIL', 'ROLE-HOME-AFFAIRS', 'ROLE-CULTURE', 'ROLE-CHAIR']);
