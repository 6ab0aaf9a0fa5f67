// What every widget shares: a shadow root, the lang attribute, loading and error states, a retry button, and a
// refresh on an interval that keeps the last good data on screen when an update fails. The frame (heading, body,
// one live status line) is built once; a refresh rebuilds the body only when the data changed, so a screen-reader
// user reading a table is not thrown out of it every five minutes.
import { formatDateTime } from '@thidua/ui/format';
import { apiBase, calendarOf, PublicApiError, type Calendar, type Failure } from '../api/public-api.js';
import { h } from '../dom.js';
import { langOf, translator, type Lang, type Translate } from '../i18n.js';
import { adoptStyles } from '../styles.js';
import { movementNameOf } from '../api/movement-of.js';

export const DEFAULT_REFRESH_SECONDS = 300;
const MIN_REFRESH_SECONDS = 30;

export interface RenderContext {
  t: Translate;
  lang: Lang;
  base: string;
}

export type WidgetState = 'loading' | 'ready' | 'error';

export abstract class ThiduaElement<T> extends HTMLElement {
  /** Attributes that change what is fetched (lang only re-renders). */
  static readonly dataAttributes: readonly string[] = [];
  static get observedAttributes(): string[] {
    return ['lang', 'api', 'refresh', ...this.dataAttributes];
  }

  /** `calendar`: the movement's years and reviews, for a widget whose attributes leave the year or review open. */
  protected abstract fetchData(base: string, signal: AbortSignal, calendar: Calendar): Promise<T>;
  /** The heading; `data` once loaded, for titles in the plan's own words. */
  protected abstract heading(t: Translate, lang: Lang, data?: T): string;
  protected abstract renderData(data: T, ctx: RenderContext): Node;

  private data: T | undefined;
  /** The movement's calendar once read: headings name a review or year in the movement's words while data loads. */
  protected calendar: Calendar | undefined;
  private loadedAt: Date | undefined;
  private failure: Failure | undefined;
  private loading = false;
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private started = false;
  /** What the body shows now (data, failure, language): a refresh with the same answer leaves the body alone. */
  private shown: string | undefined;

  private readonly section: HTMLElement;
  private readonly titleEl: HTMLElement;
  private readonly body: HTMLElement;
  private readonly status: HTMLElement;
  private readonly actions: HTMLElement;
  private readonly source: HTMLElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root);
    this.titleEl = h('h2', { id: 'title', tabindex: -1 });
    this.body = h('div', { class: 'body' });
    this.status = h('p', { class: 'muted', role: 'status' });
    this.actions = h('div', { class: 'actions' });
    this.source = h('p', { class: 'muted' });
    this.section = h(
      'section',
      { 'aria-labelledby': 'title' },
      this.titleEl,
      this.body,
      this.status,
      this.actions,
      this.source,
    );
    root.append(this.section);
  }

  get state(): WidgetState {
    return this.data !== undefined ? 'ready' : this.failure ? 'error' : 'loading';
  }

  connectedCallback(): void {
    this.started = true;
    void this.load();
    this.schedule();
  }

  disconnectedCallback(): void {
    this.started = false;
    clearInterval(this.timer);
    this.controller?.abort();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // An element upgraded from the page's HTML reports each attribute once before it is connected: not a change.
    if (!this.started || old === value) return;
    if (name === 'lang') return this.paint();
    if (name === 'refresh') return this.schedule();
    this.data = undefined;
    this.failure = undefined;
    void this.load();
  }

  /** Fetches again now; on failure the last good data stays on screen with a note. */
  async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.paint();
    let failure: Failure | undefined;
    try {
      const calendar = await calendarOf(apiBase(this));
      const data = await this.fetchData(apiBase(this), controller.signal, calendar);
      if (controller.signal.aborted) return;
      this.calendar = calendar;
      this.data = data;
      this.loadedAt = new Date();
    } catch (e) {
      if (controller.signal.aborted) return;
      failure = e instanceof PublicApiError ? e.failure : 'failed';
    }
    this.loading = false;
    this.failure = failure;
    this.paint();
    this.dispatchEvent(
      new CustomEvent(failure ? 'thidua-error' : 'thidua-ready', {
        bubbles: true,
        composed: true,
        detail: { failure },
      }),
    );
  }

  private schedule(): void {
    clearInterval(this.timer);
    const seconds = Number(this.getAttribute('refresh') ?? DEFAULT_REFRESH_SECONDS);
    if (!Number.isFinite(seconds) || seconds <= 0) return;
    // A portal page left open all day should not hammer the server, nor refresh while nobody looks at it.
    this.timer = setInterval(
      () => {
        if (!document.hidden) void this.load();
      },
      Math.max(seconds, MIN_REFRESH_SECONDS) * 1000,
    );
  }

  private paint(force = false): void {
    const lang = langOf(this);
    const t = translator(lang);
    this.setAttribute('data-state', this.state);
    this.section.setAttribute('aria-busy', this.loading && this.data === undefined ? 'true' : 'false');
    this.titleEl.textContent = this.heading(t, lang, this.data);
    this.source.textContent =
      this.data !== undefined && this.calendar
        ? t('source', { movement: movementNameOf(this.calendar, this.data)[lang] })
        : '';

    const dataKey = JSON.stringify(this.data !== undefined ? [lang, this.data] : [lang, this.failure ?? 'loading']);
    if (force || dataKey !== this.shown) {
      this.shown = dataKey;
      const hadFocus = this.body.contains(this.shadowRoot?.activeElement ?? null);
      const focused = this.shadowRoot?.activeElement?.getAttribute('data-focus-key');
      if (this.data !== undefined)
        this.body.replaceChildren(this.renderData(this.data, { t, lang, base: apiBase(this) }));
      else if (this.failure)
        this.body.replaceChildren(h('div', { role: 'alert', class: 'error' }, h('p', {}, t(this.failure))));
      else
        this.body.replaceChildren(
          h('div', { class: 'skeleton', 'aria-hidden': 'true' }),
          h('div', { class: 'skeleton', 'aria-hidden': 'true' }),
        );
      // Rebuilding must not drop the keyboard user's place (e.g. after "show more").
      if (hadFocus)
        ((focused && this.body.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)) || this.titleEl).focus();
    }

    // One live status line, changed in place: announced politely, never re-inserted.
    const status =
      this.loading && this.data === undefined
        ? t('loading')
        : this.data !== undefined
          ? this.failure
            ? t('stale', { time: formatDateTime(this.loadedAt, lang) })
            : t('updated', { time: formatDateTime(this.loadedAt, lang) })
          : '';
    if (this.status.textContent !== status) this.status.textContent = status;
    this.status.classList.toggle('error', this.data !== undefined && this.failure !== undefined);
    this.paintRetry(t);
  }

  /** "Try again" stays the same button while it works (disabled), so keyboard focus stays on it. */
  private paintRetry(t: Translate): void {
    const wanted = this.failure !== undefined;
    let button = this.actions.querySelector('button');
    if (!wanted) {
      if (button && this.shadowRoot?.activeElement === button) this.titleEl.focus();
      this.actions.replaceChildren();
      return;
    }
    if (!button) {
      button = h('button', { type: 'button', 'data-focus-key': 'retry' }, t('retry')) as HTMLButtonElement;
      button.addEventListener('click', () => {
        if (button?.getAttribute('aria-disabled') !== 'true') void this.load();
      });
      this.actions.append(button);
    }
    button.textContent = t('retry');
    if (this.loading) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
  }

  /** Re-renders the body from the data already loaded (e.g. after a toggle inside the widget). */
  protected repaint(): void {
    this.paint(true);
  }
}
