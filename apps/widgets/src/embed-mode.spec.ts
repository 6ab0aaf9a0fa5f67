import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountEmbed } from './embed-mode.js';
import { TARGETS } from './testing/fixtures.js';
import { fakeApi } from './testing/widget-harness.js';

const KNOWN = new Set(['thidua-targets', 'thidua-leaderboard', 'thidua-deadlines', 'thidua-awards']);

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the iframe page', () => {
  it('mounts the widget named in its address with the attributes given there', () => {
    fakeApi({ '/api/public/targets?year=2024': TARGETS });
    document.body.innerHTML = '<main data-thidua-embed>…</main>';
    mountEmbed(document, '?widget=targets&year=2024&lang=en&onclick=alert(1)', KNOWN);
    const el = document.querySelector('thidua-targets')!;
    expect(el.getAttribute('year')).toBe('2024');
    expect(el.getAttribute('lang')).toBe('en');
    expect(el.hasAttribute('onclick')).toBe(false);
  });

  it('explains an unknown widget name instead of showing an empty frame', () => {
    document.body.innerHTML = '<main data-thidua-embed>…</main>';
    mountEmbed(document, '?widget=map', KNOWN);
    expect(document.querySelector('main')?.textContent).toContain('Không có tiện ích "map"');
  });

  it('does nothing on a portal page (no embed slot)', () => {
    document.body.innerHTML = '<p>Cổng thông tin</p>';
    mountEmbed(document, '?widget=targets', KNOWN);
    expect(document.body.innerHTML).toBe('<p>Cổng thông tin</p>');
  });
});
