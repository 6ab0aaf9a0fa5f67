import { afterEach, describe, expect, it, vi } from 'vitest';
import { leaderboard } from '../testing/fixtures.js';
import { API, fakeApi, mount } from '../testing/widget-harness.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const rowsOf = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-unit'));

describe('<thidua-leaderboard>', () => {
  it('shows the first rows of the board as a table with headers, and "show more" reveals the rest from the keyboard', async () => {
    fakeApi({ '/api/public/leaderboard?year=2025&kind=commune&limit=500': leaderboard(12) });
    const { root } = await mount('thidua-leaderboard', { kind: 'commune', limit: '5' });
    expect(root.querySelector('h2')?.textContent).toBe('Bảng xếp hạng xã, thị trấn năm 2025');
    expect([...root.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
      'col',
    ]);
    expect(rowsOf(root)).toEqual(['U-1', 'U-2', 'U-3', 'U-4', 'U-5']);
    const first = root.querySelector('tbody tr')!;
    expect(first.textContent).toContain('xã Số 1');
    expect(first.textContent).toContain('Đủ điều kiện xét khen');
    expect(first.textContent).toContain('95,5');
    expect(first.textContent).toContain('8/8');
    const more = root.querySelector('button')!;
    expect(more.textContent).toBe('Xem thêm 7 đơn vị');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.focus();
    more.click();
    expect(rowsOf(root)).toHaveLength(12);
    const less = root.querySelector('button')!;
    expect(less.getAttribute('aria-expanded')).toBe('true');
    expect(root.activeElement).toBe(less);
    expect(root.querySelector('a')?.getAttribute('href')).toBe(
      `${API}/api/public/leaderboard?year=2025&kind=commune&format=csv`,
    );
  });

  it('fetches again when the portal changes its kind or year', async () => {
    const api = fakeApi({
      '/api/public/leaderboard?year=2025&kind=commune&limit=500': leaderboard(3),
      '/api/public/leaderboard?year=2024&kind=enterprise&limit=500': leaderboard(2, 'enterprise'),
    });
    const w = await mount('thidua-leaderboard');
    const next = w.settled();
    w.el.setAttribute('kind', 'enterprise');
    w.el.setAttribute('year', '2024');
    await next;
    expect(api.calls).toContain('/api/public/leaderboard?year=2024&kind=enterprise&limit=500');
    expect(w.root.querySelector('h2')?.textContent).toBe('Bảng xếp hạng doanh nghiệp năm 2024');
    expect(rowsOf(w.root)).toHaveLength(2);
  });

  it('says so when no report is approved yet', async () => {
    fakeApi({ '/api/public/leaderboard?year=2025&kind=department&limit=500': leaderboard(0, 'department') });
    const { text } = await mount('thidua-leaderboard', { kind: 'department' });
    expect(text()).toContain('Chưa có báo cáo được duyệt.');
  });
});
