// Facts the screens share: who reads every unit's and sector's figures (the API's district readers, who also see the
// award quotas), and the movement's reporting years, latest first (D-ANNUAL-REPORT 2022–2025).
export const DISTRICT_READERS: readonly string[] = ['ROLE-CULTURE', 'ROLE-HOME-AFFAIRS', 'ROLE-COUNCIL', 'ROLE-CHAIR', 'LEADER', 'ADMIN'];
export const REPORTING_YEARS: readonly number[] = [2025, 2024, 2023, 2022];
