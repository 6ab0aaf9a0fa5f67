import { afterEach, describe, expect, it, vi } from 'vitest';
import { AWARDS } from '../testing/fixtures.js';
import { fakeApi, mount } from '../testing/widget-harness.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<thidua-awards>', () => {
  it('names the review in the plan’s words, the decision with its date, and the awardees by class within the quota', async () => {
    fakeApi({ '/api/public/awards?review=R-INTERIM': AWARDS });
    const { root } = await mount('thidua-awards', { review: 'R-INTERIM' });
    expect(root.querySelector('h2')?.textContent).toBe('Kết quả khen thưởng: Sơ kết phong trào (Quý IV/2023)');
    expect(root.querySelector('[data-decision]')?.textContent).toBe(
      'Quyết định số 2150/QĐ-UBND ngày 28/12/2023 của Chủ tịch Ủy ban nhân dân huyện',
    );
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Tập thể (2/5 theo chỉ tiêu khen thưởng)',
      'Cá nhân (1/5 theo chỉ tiêu khen thưởng)',
    ]);
    expect(root.querySelector('[data-award-class="individual"]')?.textContent).toBe(
      'Bùi Thanh Sơn, Văn phòng HĐND và UBND huyện',
    );
  });

  it('shows names as text, never as markup', async () => {
    fakeApi({ '/api/public/awards?review=R-INTERIM': AWARDS });
    const { root } = await mount('thidua-awards', { review: 'R-INTERIM' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says there is no decision yet for a review without one', async () => {
    fakeApi({
      '/api/public/awards?review=R-FINAL': {
        ...AWARDS,
        reviewId: 'R-FINAL',
        review: { ...AWARDS.review, label: { vi: 'Tổng kết phong trào (Quý IV/2025)', en: 'Final review (Q4 2025)' } },
        decisions: [],
        awards: [],
      },
    });
    const { root } = await mount('thidua-awards', { review: 'R-FINAL', lang: 'en' });
    expect(root.querySelector('h2')?.textContent).toBe('Award results: Final review (Q4 2025)');
    expect(root.textContent).toContain('No award decision for this review yet.');
  });
});

describe('<thidua-awards> in English', () => {
  it('names collectives in English where the plan gives their English name', async () => {
    fakeApi({ '/api/public/awards?review=R-INTERIM': AWARDS });
    const { root } = await mount('thidua-awards', { review: 'R-INTERIM', lang: 'en' });
    expect(root.querySelector('[data-award-class="collective"] strong')?.textContent).toBe('Lâm Sơn commune');
    expect(root.querySelector('[data-decision]')?.textContent).toBe(
      'Decision No. 2150/QĐ-UBND of 28/12/2023, signed: Chủ tịch Ủy ban nhân dân huyện',
    );
  });

  it('never names the review by its bare code in its heading while loading', () => {
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    const el = document.createElement('thidua-awards');
    el.setAttribute('review', 'R-FINAL');
    document.body.append(el);
    expect(el.shadowRoot!.querySelector('h2')?.textContent).toBe('Kết quả khen thưởng');
  });
});
