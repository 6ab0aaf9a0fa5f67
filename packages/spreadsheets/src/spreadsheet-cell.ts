// A spreadsheet cell we write never starts a formula: text beginning with = + - @ gets a leading apostrophe.
export const safeCell = (v: string | number | null) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
