// A widget pasted without a year or review shows the running movement's own: its current reporting year, its latest
// review, all its reporting years. Nothing of one plan is built in.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AWARDS, CALENDAR, completeness, leaderboard, TIMELINE_RUNNING } from '../testing/fixtures.js';
import { fakeApi, mount } from '../testing/widget-harness.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const COMMUNE_2026_2030 = {
  ...CALENDAR,
  movementId: 'xa-ninh-son-cds-2026-2030',
  name: {
    vi: 'Phong trào thi đua Chuyển đổi số xã Ninh Sơn 2026–2030',
    en: 'Ninh Sơn commune digital transformation movement 2026–2030',
  },
  reportingYears: [2027, 2026],
  defaultYear: 2027,
  dueDates: { '2026': '2026-12-15', '2027': '2027-12-15' },
  reviews: [
    {
      id: 'R-MIDTERM-2028',
      label: { vi: 'Sơ kết giữa kỳ 2028', en: 'Mid-term review 2028' },
      year: 2028,
      start: '2028-10-01',
      end: '2028-12-31',
      movementId: 'xa-ninh-son-cds-2026-2030',
    },
  ],
};
COMMUNE_2026_2030.movements = [
  { id: COMMUNE_2026_2030.movementId, name: COMMUNE_2026_2030.name, reportingYears: COMMUNE_2026_2030.reportingYears },
];

/** Both running: the new commune movement (today's) beside the finished Ninh Sơn plan. */
const BOTH = {
  ...COMMUNE_2026_2030,
  movements: [...COMMUNE_2026_2030.movements, ...CALENDAR.movements],
  reportingYears: [...COMMUNE_2026_2030.reportingYears, ...CALENDAR.reportingYears],
  reviews: [...COMMUNE_2026_2030.reviews, ...CALENDAR.reviews],
};

describe('widgets of another movement', () => {
  it('rank the movement’s current reporting year and name the movement as the source', async () => {
    const api = fakeApi({
      '/api/public/calendar': COMMUNE_2026_2030,
      '/api/public/leaderboard?year=2027&kind=commune&limit=500': { ...leaderboard(2), year: 2027 },
    });
    const w = await mount('thidua-leaderboard');
    expect(api.calls).toContain('/api/public/leaderboard?year=2027&kind=commune&limit=500');
    expect(w.root.querySelector('h2')?.textContent).toBe('Bảng xếp hạng xã, thị trấn năm 2027');
    expect(w.text()).toContain('Nguồn: Phong trào thi đua Chuyển đổi số xã Ninh Sơn 2026–2030, số liệu đã duyệt.');
  });

  it('show the latest review’s awards, titled in the movement’s words', async () => {
    fakeApi({
      '/api/public/calendar': COMMUNE_2026_2030,
      '/api/public/awards?review=R-MIDTERM-2028': {
        ...AWARDS,
        reviewId: 'R-MIDTERM-2028',
        review: { ...AWARDS.review, label: COMMUNE_2026_2030.reviews[0]!.label },
      },
    });
    const w = await mount('thidua-awards');
    expect(w.root.querySelector('h2')?.textContent).toBe('Kết quả khen thưởng: Sơ kết giữa kỳ 2028');
  });

  it('count reporting for every reporting year, oldest first, and ignore listed years the movement does not have', async () => {
    const api = fakeApi({
      '/api/public/calendar': COMMUNE_2026_2030,
      '/api/public/timeline': TIMELINE_RUNNING,
      '/api/public/deadlines?year=2026': completeness(2026, 3, 0, 1),
      '/api/public/deadlines?year=2027': completeness(2027, 1, 1, 2),
    });
    await mount('thidua-deadlines');
    expect(api.calls.filter((c) => c.startsWith('/api/public/deadlines'))).toEqual([
      '/api/public/deadlines?year=2026',
      '/api/public/deadlines?year=2027',
    ]);
    const listed = fakeApi({
      '/api/public/calendar': COMMUNE_2026_2030,
      '/api/public/timeline': TIMELINE_RUNNING,
      '/api/public/deadlines?year=2027': completeness(2027, 1, 1, 2),
    });
    await mount('thidua-deadlines', { years: '2025,2027' });
    expect(listed.calls.filter((c) => c.startsWith('/api/public/deadlines'))).toEqual([
      '/api/public/deadlines?year=2027',
    ]);
  });
});

describe('widgets while two movements run', () => {
  it('name the movement their data belongs to: a 2025 ranking is the finished Ninh Sơn plan’s, not today’s movement’s', async () => {
    fakeApi({
      '/api/public/calendar': BOTH,
      '/api/public/leaderboard?year=2025&kind=commune&limit=500': leaderboard(2),
    });
    const w = await mount('thidua-leaderboard', { year: '2025' });
    expect(w.text()).toContain(`Nguồn: ${CALENDAR.name.vi}, số liệu đã duyệt.`);
    expect(w.text()).not.toContain(COMMUNE_2026_2030.name.vi);
  });
});
