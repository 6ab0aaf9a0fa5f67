// What every widget does the same way, checked on one of them: states, errors, retry, refresh, language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TARGETS } from '../testing/fixtures.js';
import { fakeApi, mount } from '../testing/widget-harness.js';

const PATH = '/api/public/targets?year=2025';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('every widget', () => {
  it('announces loading, busy, before the data arrives', () => {
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    const el = document.createElement('thidua-targets');
    document.body.append(el);
    const section = el.shadowRoot!.querySelector('section')!;
    expect(el.getAttribute('data-state')).toBe('loading');
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).toBe('Đang tải dữ liệu…');
  });

  it('when the API is down shows a readable alert in Vietnamese, and "try again" loads the data', async () => {
    const api = fakeApi({ [PATH]: 'down', '/api/public/ping': 'down' });
    const w = await mount('thidua-targets');
    expect(w.el.getAttribute('data-state')).toBe('error');
    expect(w.root.querySelector('[role="alert"]')?.textContent).toContain('Không kết nối được máy chủ số liệu thi đua');
    api.answers.set(PATH, TARGETS);
    const next = w.settled();
    (w.root.querySelector('button') as HTMLButtonElement).click();
    await next;
    expect(w.el.getAttribute('data-state')).toBe('ready');
    expect(w.text()).toContain('Hồ sơ xử lý trực tuyến cấp huyện');
  });

  it('tells a portal that is not registered that it is refused (a blocked read while the server answers), and a server fault apart from both', async () => {
    fakeApi({ [PATH]: 'down' });
    expect((await mount('thidua-targets')).text()).toContain('Trang này chưa được phép hiển thị số liệu thi đua');
    document.body.replaceChildren();
    fakeApi({ [PATH]: { status: 403 } });
    expect((await mount('thidua-targets')).text()).toContain('Trang này chưa được phép hiển thị số liệu thi đua');
    document.body.replaceChildren();
    fakeApi({ [PATH]: { status: 500 } });
    expect((await mount('thidua-targets', { lang: 'en' })).text()).toContain('The emulation data server has a problem');
  });

  it('refreshes on its interval and, when an update fails, keeps the last data with a note', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const api = fakeApi({ [PATH]: TARGETS });
    const w = await mount('thidua-targets', { refresh: '60' });
    api.answers.set(PATH, 'down');
    api.answers.set('/api/public/ping', 'down');
    const next = w.settled();
    vi.advanceTimersByTime(60_000);
    await next;
    expect(api.calls.filter((c) => c === PATH)).toHaveLength(2);
    expect(api.calls).toContain('/api/public/ping'); // the probe that tells "down" from "refused"
    expect(w.el.getAttribute('data-state')).toBe('ready');
    expect(w.text()).toContain('Hồ sơ xử lý trực tuyến cấp huyện');
    expect(w.text()).toContain('Chưa cập nhật được, đang hiển thị số liệu lúc');
    w.el.remove();
    vi.advanceTimersByTime(600_000);
    expect(api.calls.filter((c) => c === PATH)).toHaveLength(2);
  });

  it('switches language in place when the lang attribute changes, without fetching again', async () => {
    const api = fakeApi({ [PATH]: TARGETS });
    const w = await mount('thidua-targets');
    const calls = api.calls.length;
    w.el.setAttribute('lang', 'en');
    expect(w.root.querySelector('h2')?.textContent).toBe('Digital transformation targets for 2025');
    expect(w.text()).toContain('District dossiers handled online');
    expect(api.calls).toHaveLength(calls);
  });

  it('keeps keyboard focus on "try again" while it retries and when it fails again, and moves it to the heading once data shows', async () => {
    const api = fakeApi({ [PATH]: 'down', '/api/public/ping': 'down' });
    const w = await mount('thidua-targets');
    const retry = w.root.querySelector('button') as HTMLButtonElement;
    retry.focus();
    let next = w.settled();
    retry.click();
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    expect(w.root.activeElement).toBe(retry);
    await next;
    expect(w.root.activeElement).toBe(retry);
    expect(retry.hasAttribute('aria-disabled')).toBe(false);
    api.answers.set(PATH, TARGETS);
    next = w.settled();
    retry.click();
    await next;
    expect(w.root.activeElement).toBe(w.root.querySelector('h2'));
  });

  it('a refresh with the same answer leaves the body alone (a screen reader stays where it is) and updates the one status line', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    fakeApi({ [PATH]: TARGETS });
    const w = await mount('thidua-targets', { refresh: '60' });
    const list = w.root.querySelector('ul');
    const status = w.root.querySelector('[role="status"]');
    const next = w.settled();
    vi.advanceTimersByTime(60_000);
    await next;
    expect(w.root.querySelector('ul')).toBe(list);
    expect(w.root.querySelector('[role="status"]')).toBe(status);
    expect(w.root.querySelectorAll('[role="status"]')).toHaveLength(1);
  });

  it('names a wrong attribute as the widget’s set-up, not as a server fault', async () => {
    fakeApi({ [PATH.replace('2025', '2031')]: { status: 400 } });
    expect((await mount('thidua-targets', { year: '2031' })).text()).toContain('Tiện ích được khai báo chưa đúng');
  });

  it('calls an API behind a proxy that answers its own error page (no CORS) unreachable, not refused', async () => {
    fakeApi({ [PATH]: 'down', '/api/public/ping': { status: 502 } });
    expect((await mount('thidua-targets')).text()).toContain('Không kết nối được máy chủ số liệu thi đua');
  });

  it('works on browsers without AbortSignal.any and AbortSignal.timeout (Safari 16.4, Chrome 111)', async () => {
    vi.stubGlobal(
      'AbortSignal',
      Object.assign(function AbortSignal() {}, { prototype: AbortSignal.prototype }),
    );
    fakeApi({ [PATH]: TARGETS });
    const w = await mount('thidua-targets');
    expect(w.el.getAttribute('data-state')).toBe('ready');
  });
});
