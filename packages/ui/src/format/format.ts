// How the district reads dates and numbers: dd/mm/yyyy in Asia/Ho_Chi_Minh, vi-VN digits, Vietnamese name order.
import type { Language } from '@thidua/domain';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const locale = (lang: Language) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** Builds an Intl formatter on first use: loading locale data is slow, and a page should pay only for what it shows. */
const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

const dateFormat = {
  vi: lazy(() => new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' })),
  en: lazy(() => new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' })),
};
const timeFormat = {
  vi: lazy(() => new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false })),
  en: lazy(() => new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false })),
};

const toDate = (value: Date | string | number): Date | null => {
  // A bare ISO date (2025-12-14) is a calendar day in Vietnam, not midnight UTC.
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** 14/12/2025, whatever the browser's own locale or time zone. */
export const formatDate = (value: Date | string | number | null | undefined, lang: Language = 'vi'): string => {
  const d = value === null || value === undefined ? null : toDate(value);
  if (!d) return '—';
  const parts = Object.fromEntries(dateFormat[lang]().formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts['day']}/${parts['month']}/${parts['year']}`;
};

/** 17:00 14/12/2025 (the Vietnamese order: time, then date). */
export const formatDateTime = (value: Date | string | number | null | undefined, lang: Language = 'vi'): string => {
  const d = value === null || value === undefined ? null : toDate(value);
  if (!d) return '—';
  return `${timeFormat[lang]().format(d)} ${formatDate(d, lang)}`;
};

const numberFormats = new Map<string, Intl.NumberFormat>();
export const formatNumber = (value: number | null | undefined, lang: Language = 'vi', maximumFractionDigits = 2): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const key = `${lang}:${maximumFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits })));
  return f.format(value);
};

export const formatPercent = (value: number | null | undefined, lang: Language = 'vi'): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : `${formatNumber(value, lang, 1)}%`;

const viCollator = lazy(() => new Intl.Collator('vi', { sensitivity: 'base', numeric: true }));
/** Sorts names the way a Vietnamese reader expects (Đ after D, tones after the base letter). */
export const compareVi = (a: string, b: string): number => viCollator().compare(a, b);

/** Whole days and hours left until an instant, for countdowns ("còn 3 ngày 4 giờ"). */
export const timeLeft = (dueAt: Date | string | number, now: Date | number = Date.now()): { overdue: boolean; days: number; hours: number } => {
  const ms = new Date(dueAt).getTime() - new Date(now).getTime();
  const abs = Math.abs(ms);
  return { overdue: ms < 0, days: Math.floor(abs / 86_400_000), hours: Math.floor((abs % 86_400_000) / 3_600_000) };
};

/** Today's date (yyyy-mm-dd) on the district's calendar, whatever the browser's time zone: the day deadlines use. */
const isoDay = lazy(() => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }));
export const todayInVietnam = (now: Date = new Date()): string => isoDay().format(now);
