// Where the movement stands at an instant (digest §5): phase, open windows, next deadlines.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { timelineAt } from './timeline-at.js';

const at = (instant: string | number | Date, upcomingLimit?: number) =>
  timelineAt(plan, instant, upcomingLimit === undefined ? {} : { upcomingLimit });

const openIds = (instant: string): string[] => at(instant).openWindows.map((w) => w.id);

describe('status and phase', () => {
  it.each([
    ['2021-12-31T23:59:59+07:00', 'not_started', null],
    ['2022-01-01T00:00:00+07:00', 'running', 'PH-1'],
    ['2023-06-15T09:00:00+07:00', 'running', 'PH-1'],
    ['2023-12-31T23:59:59+07:00', 'running', 'PH-1'],
    ['2024-01-01T00:00:00+07:00', 'running', 'PH-2'],
    ['2025-06-15T09:00:00+07:00', 'running', 'PH-2'],
    ['2025-12-31T23:59:59+07:00', 'running', 'PH-2'],
    ['2026-01-01T00:00:00+07:00', 'ended', null],
    ['2030-01-01T00:00:00Z', 'ended', null],
    ['2020-01-01T00:00:00Z', 'not_started', null],
  ] as const)('at %s the movement is %s in phase %s', (instant, status, phase) => {
    const s = at(instant);
    expect(s.status).toBe(status);
    expect(s.phase?.id ?? null).toBe(phase);
  });

  it('the start is midnight in Ninh Sơn, which is 17:00 UTC the day before', () => {
    expect(at('2021-12-31T16:59:59Z').status).toBe('not_started');
    expect(at('2021-12-31T17:00:00Z').status).toBe('running');
  });

  it('names the phase in both languages', () => {
    expect(at('2024-05-01T00:00:00+07:00').phase?.label.en).toBe('Phase 2 (2024–2025): remedies, push to targets');
  });

  it('reports the instant in UTC and the local date in Ninh Sơn', () => {
    const s = at('2023-11-15T20:00:00Z');
    expect(s.at).toBe('2023-11-15T20:00:00.000Z');
    expect(s.localDate).toBe('2023-11-16');
  });

  it('accepts a Date and epoch milliseconds', () => {
    const ms = Date.UTC(2023, 5, 1);
    expect(at(ms)).toEqual(at(new Date(ms)));
  });

  it('refuses an instant without an offset', () => {
    expect(() => at('2023-11-15T10:00:00')).toThrow(DomainError);
  });
});

describe('open windows', () => {
  it('in November 2023 the interim review R-INTERIM is open, with PH-1 and the 2023 annual report', () => {
    const windows = at('2023-11-15T10:00:00+07:00').openWindows;
    expect(windows.map((w) => [w.id, w.kind, w.year])).toEqual([
      ['D-ANNUAL-REPORT', 'deadline', 2023],
      ['PH-1', 'phase', 2023],
      ['R-INTERIM', 'review', 2023],
    ]);
    const interim = windows.find((w) => w.id === 'R-INTERIM');
    expect(interim).toMatchObject({
      opensAt: '2023-09-30T17:00:00.000Z',
      closesAt: '2023-12-31T17:00:00.000Z',
      closesAtLocal: '2024-01-01T00:00:00+07:00',
    });
    expect(interim?.label.vi).toBe('Sơ kết phong trào (Quý IV/2023)');
  });

  it('R-INTERIM opens on 1/10/2023 and closes after 31/12/2023, Ninh Sơn time', () => {
    expect(openIds('2023-09-30T23:59:59+07:00')).not.toContain('R-INTERIM');
    expect(openIds('2023-10-01T00:00:00+07:00')).toContain('R-INTERIM');
    expect(openIds('2023-12-31T23:59:59+07:00')).toContain('R-INTERIM');
    expect(openIds('2024-01-01T00:00:00+07:00')).not.toContain('R-INTERIM');
  });

  it('R-FINAL is open in Q4 2025 and R-INTERIM is not', () => {
    const ids = openIds('2025-11-20T10:00:00+07:00');
    expect(ids).toContain('R-FINAL');
    expect(ids).not.toContain('R-INTERIM');
  });

  it('D-UNIT-PLAN is open from the start of the movement until its deadline', () => {
    expect(openIds('2022-03-01T10:00:00+07:00')).toContain('D-UNIT-PLAN');
    expect(openIds('2022-09-19T23:59:59+07:00')).toContain('D-UNIT-PLAN');
    expect(openIds('2022-09-20T00:00:00+07:00')).not.toContain('D-UNIT-PLAN');
  });

  it('the annual report window closes at 15/12 00:00 and is closed for the rest of December', () => {
    expect(openIds('2024-12-14T23:59:59+07:00')).toContain('D-ANNUAL-REPORT');
    expect(openIds('2024-12-20T10:00:00+07:00')).toEqual(['PH-2']);
  });

  it('nothing is open before the movement starts or after it ends', () => {
    expect(at('2021-06-01T00:00:00+07:00').openWindows).toEqual([]);
    expect(at('2026-06-01T00:00:00+07:00').openWindows).toEqual([]);
  });
});

describe('next deadlines', () => {
  it('in June 2022 lists D-UNIT-PLAN then each annual report, soonest first', () => {
    const next = at('2022-06-01T00:00:00+07:00').nextDeadlines;
    expect(next.map((d) => `${d.deadlineId}@${d.dueDate}`)).toEqual([
      'D-UNIT-PLAN@2022-09-20',
      'D-ANNUAL-REPORT@2022-12-15',
      'D-ANNUAL-REPORT@2023-12-15',
      'D-ANNUAL-REPORT@2024-12-15',
      'D-ANNUAL-REPORT@2025-12-15',
    ]);
    const dueTimes = next.map((d) => Date.parse(d.dueAt));
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
  });

  it('gives the last on-time second on the district clock and the time left', () => {
    const [first] = at('2022-09-19T23:00:00+07:00').nextDeadlines;
    expect(first).toMatchObject({
      deadlineId: 'D-UNIT-PLAN',
      year: 2022,
      dueAt: '2022-09-19T17:00:00.000Z',
      lastOnTimeLocal: '2022-09-19T23:59:59+07:00',
      msLeft: 3_600_000,
    });
  });

  it('a deadline drops out of the list at its first late instant', () => {
    expect(at('2022-09-20T00:00:00+07:00').nextDeadlines.map((d) => d.deadlineId)).not.toContain('D-UNIT-PLAN');
  });

  it('respects upcomingLimit', () => {
    expect(at('2022-01-01T00:00:00+07:00', 2).nextDeadlines).toHaveLength(2);
    expect(at('2022-01-01T00:00:00+07:00', 0).nextDeadlines).toEqual([]);
  });

  it('is empty once the last annual report is due', () => {
    expect(at('2025-12-15T00:00:00+07:00').nextDeadlines).toEqual([]);
  });
});
