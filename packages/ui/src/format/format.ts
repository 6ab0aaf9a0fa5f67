// How the district reads dates and numbers: dd/mm/yyyy in Asia/Ho_Chi_Minh, vi-VN digits, Vietnamese name order.
import type { Language } from '@thidua/domain';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Builds an Intl formatter on first use: loading locale data is slow, and a page should pay only for what it shows. */
const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

// Vietnam has kept UTC+7 without daylight saving since 1975: the district's clock is plain arithmetic, which is
// exact for every date this product shows and spares each page the 50–80 ms of loading time-zone data into Intl.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const two = (n: number) => String(n).padStart(2, '0');
const inVietnam = (d: Date) => new Date(d.getTime() + VIETNAM_OFFSET_MS);

const toDate = (value: Date | string | number): Date | null => {
  // A bare ISO date (2025-12-14) is a calendar day in Vietnam, not midnight UTC.
  const d =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T00:00:00+07:00`)
      : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** 14/12/2025, whatever the browser's own locale or time zone (the same in Vietnamese and English). */
export const formatDate = (value: Date | string | number | null | undefined, _lang: Language = 'vi'): string => {
  const d = value === null || value === undefined ? null : toDate(value);
  if (!d) return '—';
  const v = inVietnam(d);
  return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
};

/** 17:00 14/12/2025 (the Vietnamese order: time, then date; 24-hour clock). */
export const formatDateTime = (value: Date | string | number | null | undefined, lang: Language = 'vi'): string => {
  const d = value === null || value === undefined ? null : toDate(value);
  if (!d) return '—';
  const v = inVietnam(d);
  return `${two(v.getUTCHours())}:${two(v.getUTCMinutes())} ${formatDate(d, lang)}`;
};

/** 12.345,68 in Vietnamese, 12,345.68 in English; rounded half away from zero like Intl, without building an
 * Intl.NumberFormat (loading vi-VN number data took 110 ms of a widget's first render). */
export const formatNumber = (
  value: number | null | undefined,
  lang: Language = 'vi',
  maximumFractionDigits = 2,
): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // Round on the decimal digits as written (1.005 → 1.01), not on the binary value toFixed sees (1.00).
  const scale = 10 ** maximumFractionDigits;
  const rounded = (Math.sign(value) * Math.round(Number((Math.abs(value) * scale).toPrecision(15)))) / scale;
  const [whole = '0', fraction = ''] = Math.abs(rounded).toFixed(maximumFractionDigits).split('.');
  const digits = fraction.replace(/0+$/, '');
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${digits ? decimal + digits : ''}`;
};

export const formatPercent = (value: number | null | undefined, lang: Language = 'vi'): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : `${formatNumber(value, lang, 1)}%`;

const viCollator = lazy(() => new Intl.Collator('vi', { sensitivity: 'base', numeric: true }));
/** Sorts names the way a Vietnamese reader expects (Đ after D, tones after the base letter). */
export const compareVi = (a: string, b: string): number => viCollator().compare(a, b);

/** Whole days and hours left until an instant, for countdowns ("còn 3 ngày 4 giờ"). */
export const timeLeft = (
  dueAt: Date | string | number,
  now: Date | number = Date.now(),
): { overdue: boolean; days: number; hours: number } => {
  const ms = new Date(dueAt).getTime() - new Date(now).getTime();
  const abs = Math.abs(ms);
  return { overdue: ms < 0, days: Math.floor(abs / 86_400_000), hours: Math.floor((abs % 86_400_000) / 3_600_000) };
};

/** Today's date (yyyy-mm-dd) on the district's calendar, whatever the browser's time zone: the day deadlines use. */
export const todayInVietnam = (now: Date = new Date()): string => {
  const v = inVietnam(now);
  return `${v.getUTCFullYear()}-${two(v.getUTCMonth() + 1)}-${two(v.getUTCDate())}`;
};

/** The last instant of a day picked in a form (yyyy-mm-dd), on the district's calendar: a window that ends that day. */
export const endOfDayInVietnam = (date: string): string => `${date}T23:59:59+07:00`;

/** A deadline "before 15/12" is due at 15/12 00:00: the last day on time, the one readers are shown, is 14/12. */
export const lastDayBefore = (dueAt: Date | string | number): Date => new Date(new Date(dueAt).getTime() - 1000);
