// Reminders 7 days and 1 day before D-ANNUAL-REPORT, D-UNIT-PLAN and the reviews, on the district's clock (UTC+7).
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { dueReminders, rememberedMilestone, reminderMilestones, reminderWording } from './reminders.js';

const at = (iso: string) => Date.parse(iso);
const keysAt = (iso: string) => dueReminders(plan, at(iso)).map((r) => r.key);

describe('reminder milestones of the Ninh Sơn plan', () => {
  it('has one per deadline occurrence and two per review', () => {
    const keys = reminderMilestones(plan).map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'D-UNIT-PLAN:2022',
        'D-ANNUAL-REPORT:2022',
        'D-ANNUAL-REPORT:2025',
        'R-INTERIM:start',
        'R-INTERIM:end',
        'R-FINAL:start',
        'R-FINAL:end',
      ]),
    );
    expect(keys).toHaveLength(1 + 4 + 4);
  });

  it('names the last on-time day of a deadline read as "before 15/12"', () => {
    const m = reminderMilestones(plan).find((x) => x.key === 'D-ANNUAL-REPORT:2025')!;
    expect(m.day).toBe('2025-12-14');
    expect(new Date(m.atMs).toISOString()).toBe('2025-12-14T17:00:00.000Z');
  });
});

describe('D-ANNUAL-REPORT 2025 (last day 14/12/2025)', () => {
  it('sends nothing before the 7-day window opens on 08/12 at midnight in Vietnam', () => {
    expect(keysAt('2025-12-07T23:59:59+07:00')).not.toContain('D-ANNUAL-REPORT:2025:7d');
  });

  it('sends the 7-day reminder from 08/12 00:00 (+07), counting 7 days', () => {
    const r = dueReminders(plan, at('2025-12-08T00:00:00+07:00')).find(
      (x) => x.milestone.key === 'D-ANNUAL-REPORT:2025',
    )!;
    expect(r.key).toBe('D-ANNUAL-REPORT:2025:7d');
    expect(r.title.vi).toBe('Nhắc hạn D-ANNUAL-REPORT: Báo cáo tình hình thực hiện phong trào hằng năm (năm 2025)');
    expect(r.body.vi).toBe('Hạn cuối: hết ngày 14/12/2025 (còn 7 ngày).');
    expect(r.milestone.audience).toEqual({
      kind: 'units',
      unitKinds: ['department', 'commune', 'enterprise'],
      deadlineId: 'D-ANNUAL-REPORT',
    });
  });

  it('switches to the 1-day reminder on the last day and says so', () => {
    const r = dueReminders(plan, at('2025-12-14T08:00:00+07:00')).find(
      (x) => x.milestone.key === 'D-ANNUAL-REPORT:2025',
    )!;
    expect(r.key).toBe('D-ANNUAL-REPORT:2025:1d');
    expect(r.body.vi).toBe('Hạn cuối: hết ngày 14/12/2025 (hôm nay là ngày cuối).');
    expect(r.body.en).toBe('Last day: 14/12/2025 (today is the last day).');
  });

  it('stops at the deadline itself (15/12 00:00 +07 is already late)', () => {
    expect(keysAt('2025-12-14T23:59:59+07:00')).toContain('D-ANNUAL-REPORT:2025:1d');
    expect(keysAt('2025-12-15T00:00:00+07:00')).not.toContain('D-ANNUAL-REPORT:2025:1d');
  });

  it('read again after the deadline, the same reminder speaks in the past tense: from the first late instant, a year on', () => {
    const m = rememberedMilestone(
      reminderMilestones(plan).find((x) => x.key === 'D-ANNUAL-REPORT:2025')!,
      plan.timeZone,
    );
    expect(reminderWording(m, at('2025-12-14T23:59:59+07:00')).body.vi).toBe(
      'Hạn cuối: hết ngày 14/12/2025 (hôm nay là ngày cuối).',
    );
    for (const later of ['2025-12-15T00:00:00+07:00', '2026-12-14T08:00:00+07:00']) {
      const w = reminderWording(m, at(later));
      expect(w.title.vi).toBe('Đã hết hạn D-ANNUAL-REPORT: Báo cáo tình hình thực hiện phong trào hằng năm (năm 2025)');
      expect(w.body).toEqual({
        vi: 'Hạn cuối là hết ngày 14/12/2025; hạn này đã qua.',
        en: 'The last day was 14/12/2025; this deadline has passed.',
      });
    }
  });

  it('counts whole days left in between', () => {
    const r = dueReminders(plan, at('2025-12-10T09:00:00+07:00')).find(
      (x) => x.milestone.key === 'D-ANNUAL-REPORT:2025',
    )!;
    expect(r.step).toBe(7);
    expect(r.body.vi).toContain('còn 5 ngày');
  });
});

describe('reviews', () => {
  it('reminds units 7 days before R-FINAL opens on 01/10/2025', () => {
    const r = dueReminders(plan, at('2025-09-24T00:00:00+07:00')).find((x) => x.milestone.key === 'R-FINAL:start')!;
    expect(r.key).toBe('R-FINAL:start:7d');
    expect(r.body.vi).toContain('Đợt bắt đầu ngày 01/10/2025 (còn 7 ngày)');
    expect(r.milestone.audience.kind).toBe('units');
  });

  it('reminds the district offices the day before R-INTERIM ends on 31/12/2023', () => {
    const r = dueReminders(plan, at('2023-12-31T07:00:00+07:00')).find((x) => x.milestone.key === 'R-INTERIM:end')!;
    expect(r.key).toBe('R-INTERIM:end:1d');
    expect(r.body.vi).toContain('Đợt kết thúc ngày 31/12/2023 (hôm nay là ngày cuối)');
    expect(r.milestone.audience).toEqual({ kind: 'district' });
  });

  it('a review reminder read after the review opened or closed says so', () => {
    const milestones = reminderMilestones(plan);
    const start = rememberedMilestone(
      milestones.find((x) => x.key === 'R-FINAL:start')!,
      plan.timeZone,
    );
    const end = rememberedMilestone(
      milestones.find((x) => x.key === 'R-INTERIM:end')!,
      plan.timeZone,
    );
    expect(reminderWording(start, at('2025-10-01T00:00:00+07:00')).body.vi).toBe('Đợt đã bắt đầu từ ngày 01/10/2025.');
    expect(reminderWording(start, at('2025-09-30T23:59:59+07:00')).title.vi).toMatch(/^Sắp bắt đầu R-FINAL/);
    expect(reminderWording(end, at('2024-01-01T00:00:00+07:00')).title.vi).toMatch(/^Đã kết thúc R-INTERIM/);
  });

  it('has nothing to remind after the movement is over', () => {
    expect(keysAt('2026-11-27T09:00:00+07:00')).toEqual([]);
  });
});

describe('D-UNIT-PLAN (once, before 20/9/2022)', () => {
  it('applies to departments and communes only', () => {
    const r = dueReminders(plan, at('2022-09-13T00:00:00+07:00')).find((x) => x.milestone.refId === 'D-UNIT-PLAN')!;
    expect(r.key).toBe('D-UNIT-PLAN:2022:7d');
    expect(r.milestone.audience).toMatchObject({ unitKinds: ['department', 'commune'] });
  });
});
