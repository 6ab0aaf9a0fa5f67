import { afterEach, describe, expect, it, vi } from 'vitest';
import { TARGETS } from '../testing/fixtures.js';
import { fakeApi, mount } from '../testing/widget-harness.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<thidua-targets>', () => {
  it('shows every target by group with its status, value against the threshold and an accessible progress bar', async () => {
    fakeApi({ '/api/public/targets?year=2025': TARGETS });
    const { root, text } = await mount('thidua-targets');
    expect(root.querySelector('h2')?.textContent).toBe('Chỉ tiêu chuyển đổi số năm 2025');
    expect(text()).toContain('Đạt 1/2 chỉ tiêu có số liệu');
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Chính quyền số', 'Xã hội số']);
    const district = root.querySelector('[data-target="T-G1-DOSSIERS-DISTRICT"]')!;
    expect(district.textContent).toContain('Hồ sơ xử lý trực tuyến cấp huyện');
    expect(district.textContent).toContain('Đạt');
    expect(district.textContent).toContain('86,5% (chỉ tiêu ≥ 85%)');
    const bar = district.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    expect(bar.getAttribute('aria-label')).toBe('Hồ sơ xử lý trực tuyến cấp huyện');
    const rank = root.querySelector('[data-target="T-G1-PROVINCE-RANK"]')!;
    expect(rank.textContent).toContain('hạng 5 (chỉ tiêu ≤ hạng 3)');
    expect(rank.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('50');
    expect(root.querySelector('[data-target="T-G3-EPAYMENT"]')?.textContent).toContain('Chưa có số liệu');
  });

  it('reads English from its lang attribute, and keeps to one group when asked', async () => {
    fakeApi({ '/api/public/targets?year=2024': TARGETS });
    const { root, text } = await mount('thidua-targets', { lang: 'en', year: '2024', group: 'G3' });
    expect(root.querySelector('h2')?.textContent).toBe('Digital transformation targets for 2024');
    expect(text()).toContain('Cashless payments');
    expect(text()).toContain('No data yet');
    expect(text()).not.toContain('District dossiers');
  });
});
