// Converts between instants and wall-clock times of a named time zone. Intl is computation, not I/O.
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export const localParts = (epochMs: number, timeZone: string): LocalParts => {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
};

/** Minutes east of UTC at the instant, e.g. 420 for Asia/Ho_Chi_Minh. */
export const offsetMinutes = (epochMs: number, timeZone: string): number => {
  const p = localParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
};

/** The instant at which the wall clock of the zone shows the given local time. */
export const zonedToEpoch = (parts: LocalParts, timeZone: string): number => {
  const guess = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  // A second pass settles instants near an offset change (daylight saving elsewhere in the world).
  return guess - offsetMinutes(first, timeZone) * 60_000;
};

export const startOfLocalDay = (isoDate: string, timeZone: string, addDays = 0): number => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + addDays));
  return zonedToEpoch(
    {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    },
    timeZone,
  );
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export const localDateOf = (epochMs: number, timeZone: string): string => {
  const p = localParts(epochMs, timeZone);
  return isoDate(p.year, p.month, p.day);
};

/** ISO 8601 with the zone's offset, e.g. 2022-09-19T23:59:59+07:00: what people in the district read. */
export const formatZoned = (epochMs: number, timeZone: string): string => {
  const p = localParts(epochMs, timeZone);
  const off = offsetMinutes(epochMs, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${isoDate(p.year, p.month, p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** dd/mm/yyyy, the way dates are written in Vietnamese documents. */
export const formatDateVi = (isoDateText: string): string => {
  const [y, m, d] = isoDateText.split('-');
  return `${d}/${m}/${y}`;
};
