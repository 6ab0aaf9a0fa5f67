import { describe, expect, it } from 'vitest';
import { loadEnglish, translator } from './i18n.js';
import { vi } from './messages.js';
import { en } from './messages-en.js';

describe('the two languages', () => {
  it('have a text for every key, and never an empty one', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const table of [vi, en]) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });
  it('fill in parameters and fall back to the key when a text is missing', async () => {
    // English before it is loaded reads in Vietnamese, never as a key; then in English.
    expect(translator('en')('sector.communesReported', { count: 7 })).toBe('7 xã đã báo cáo');
    await loadEnglish();
    expect(translator('vi')('sector.communesReported', { count: 7 })).toBe('7 xã đã báo cáo');
    expect(translator('en')('sector.communesReported', { count: 7 })).toBe('7 communes reported');
    expect(
      translator('en', { vi: { 'x.y': 'Xin chào' }, en: { 'x.y': 'Hello {name}' } })('x.y', { name: 'Lâm Sơn' }),
    ).toBe('Hello Lâm Sơn');
    expect(translator('vi')('no.such.key')).toBe('no.such.key');
  });
});
