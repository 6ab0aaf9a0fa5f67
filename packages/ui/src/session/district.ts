// Facts the screens share: who reads every unit's and sector's figures (the API's district readers, who also see the
// award quotas). The reporting years are the movement's: useCalendar().
export const DISTRICT_READERS: readonly string[] = ['ROLE-CULTURE', 'ROLE-HOME-AFFAIRS', 'ROLE-COUNCIL', 'ROLE-CHAIR', 'LEADER', 'ADMIN'];
