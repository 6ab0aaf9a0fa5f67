import { describe, expect, it } from 'vitest';
import {
  compareVi,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  lastDayBefore,
  timeLeft,
  todayInVietnam,
} from './format.js';

describe('formatting for Vietnamese readers', () => {
  it('writes dates as dd/mm/yyyy in Asia/Ho_Chi_Minh, whatever the instant’s UTC day', () => {
    // 17:30 UTC on 14/12 is already 15/12 in Vietnam.
    expect(formatDate('2025-12-14T17:30:00Z')).toBe('15/12/2025');
    expect(formatDate('2025-12-14')).toBe('14/12/2025');
    expect(formatDate('2025-12-14', 'en')).toBe('14/12/2025');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
  });

  it('puts the time before the date, in 24-hour Vietnam time', () => {
    expect(formatDateTime('2025-12-14T10:00:00Z')).toBe('17:00 14/12/2025');
  });

  it('uses the decimal comma and dot grouping in Vietnamese, the reverse in English', () => {
    expect(formatNumber(12345.678)).toBe('12.345,68');
    expect(formatNumber(12345.678, 'en')).toBe('12,345.68');
    expect(formatPercent(87.25)).toBe('87,3%');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(1.005)).toBe('1,01');
    expect(formatNumber(-1234.5, 'vi', 1)).toBe('-1.234,5');
    expect(formatNumber(1e-7)).toBe('0');
    expect(formatNumber(999999.999)).toBe('1.000.000');
    expect(formatNumber(100)).toBe('100');
    // The same as Intl would write, for a spread of values and both languages.
    for (const v of [0, 0.5, 7, 61.2, 86.5, 94.56, 1234, 12345.678, 2_000_000.25, -3.14159]) {
      for (const [lang, locale] of [
        ['vi', 'vi-VN'],
        ['en', 'en-GB'],
      ] as const)
        expect(formatNumber(v, lang), `${v} ${lang}`).toBe(
          new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v),
        );
    }
  });

  it('sorts names by Vietnamese collation: Đ after D, tone marks after the base letter', () => {
    const names = ['Đức Trọng', 'Ma Nới', 'Ấp Bắc', 'Dương', 'Lâm Sơn', 'An Hòa'];
    expect([...names].sort(compareVi)).toEqual(['An Hòa', 'Ấp Bắc', 'Dương', 'Đức Trọng', 'Lâm Sơn', 'Ma Nới']);
  });

  it('counts down whole days and hours, and says when a deadline has passed', () => {
    expect(timeLeft('2025-12-14T10:00:00Z', Date.parse('2025-12-11T06:00:00Z'))).toEqual({
      overdue: false,
      days: 3,
      hours: 4,
    });
    expect(timeLeft('2025-12-14T10:00:00Z', Date.parse('2025-12-15T10:00:00Z'))).toMatchObject({
      overdue: true,
      days: 1,
    });
  });

  it('shows "before 15/12" as the last day on time, 14/12', () => {
    expect(formatDate(lastDayBefore('2025-12-15T00:00:00+07:00'))).toBe('14/12/2025');
  });

  it('knows which day it is in Vietnam, not in the browser’s time zone', () => {
    // 18:00 UTC on 31/12 is already 01/01 in Ninh Sơn: a review window ending 31/12 is closed there.
    expect(todayInVietnam(new Date('2025-12-31T18:00:00Z'))).toBe('2026-01-01');
    expect(todayInVietnam(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
  });
});
