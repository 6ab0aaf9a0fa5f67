import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeness, TIMELINE_ENDED, TIMELINE_RUNNING } from '../testing/fixtures.js';
import { fakeApi, mount } from '../testing/widget-harness.js';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const years = {
  '/api/public/deadlines?year=2022': completeness(2022, 30, 4, 3),
  '/api/public/deadlines?year=2023': completeness(2023, 31, 3, 3),
  '/api/public/deadlines?year=2024': completeness(2024, 33, 2, 2),
  '/api/public/deadlines?year=2025': completeness(2025, 28, 1, 8),
};

describe('<thidua-deadlines>', () => {
  it('shows the phase, the next deadline’s last day (dd/mm/yyyy) and days left, and each year’s on-time rate', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-12-10T10:00:00+07:00') });
    fakeApi({ '/api/public/timeline': TIMELINE_RUNNING, ...years });
    const { root, text } = await mount('thidua-deadlines');
    expect(root.querySelector('[data-phase]')?.textContent).toBe('Giai đoạn 2 (2024–2025)');
    const next = root.querySelector('[data-deadline="D-ANNUAL-REPORT"]')!;
    // "Before 15/12": the last day on time is 14/12, four days and some hours away.
    expect(next.textContent).toBe('Báo cáo kết quả năm: chậm nhất ngày 14/12/2025 (còn 4 ngày)');
    const y2025 = root.querySelector('tr[data-year="2025"]')!;
    expect([...y2025.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '14/12/2025',
      '28',
      '1',
      '8',
      '75,7%',
    ]);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(text()).toContain('Tỷ lệ đúng hạn');
  });

  it('after the movement has ended says so, and shows only the years asked for, in English', async () => {
    const api = fakeApi({ '/api/public/timeline': TIMELINE_ENDED, ...years });
    const { root, text } = await mount('thidua-deadlines', { lang: 'en', years: '2024, 2025' });
    expect(root.querySelector('[data-phase]')?.textContent).toBe('The movement has ended');
    expect(text()).toContain('No deadlines ahead.');
    expect([...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-year'))).toEqual(['2024', '2025']);
    expect(root.querySelector('tr[data-year="2024"] td:last-child')?.textContent).toBe('89.2%');
    expect(api.calls).not.toContain('/api/public/deadlines?year=2022');
  });
});
