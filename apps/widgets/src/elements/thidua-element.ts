// What every widget shares: a shadow root, the lang attribute, loading and error states, a retry button, and a
// refresh on an interval that keeps the last good data on screen when an update fails.
import { formatDateTime } from '@thidua/ui/format';
import { apiBase, PublicApiError, type Failure } from '../api/public-api.js';
import { h } from '../dom.js';
import { langOf, translator, type Lang, type Translate } from '../i18n.js';
import { adoptStyles } from '../styles.js';

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

  protected abstract fetchData(base: string, signal: AbortSignal): Promise<T>;
  /** The heading; `data` once loaded, for titles in the plan's own words. */
  protected abstract heading(t: Translate, lang: Lang, data?: T): string;
  protected abstract renderData(data: T, ctx: RenderContext): Node;

  private readonly root: ShadowRoot;
  private data: T | undefined;
  private loadedAt: Date | undefined;
  private failure: Failure | undefined;
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private started = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.root);
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
    void this.load();
  }

  /** Fetches again now; on failure the last good data stays on screen with a note. */
  async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.failure = undefined;
    this.paint();
    try {
      const data = await this.fetchData(apiBase(this), controller.signal);
      if (controller.signal.aborted) return;
      this.data = data;
      this.loadedAt = new Date();
    } catch (e) {
      if (controller.signal.aborted) return;
      this.failure = e instanceof PublicApiError ? e.failure : 'failed';
    }
    this.paint();
    this.dispatchEvent(new CustomEvent(this.failure ? 'thidua-error' : 'thidua-ready', { bubbles: true, composed: true, detail: { failure: this.failure } }));
  }

  private schedule(): void {
    clearInterval(this.timer);
    const seconds = Number(this.getAttribute('refresh') ?? DEFAULT_REFRESH_SECONDS);
    if (!Number.isFinite(seconds) || seconds <= 0) return;
    // A portal page left open all day should not hammer the server, nor refresh while nobody looks at it.
    this.timer = setInterval(() => {
      if (!document.hidden) void this.load();
    }, Math.max(seconds, MIN_REFRESH_SECONDS) * 1000);
  }

  private paint(): void {
    const lang = langOf(this);
    const t = translator(lang);
    const ctx: RenderContext = { t, lang, base: apiBase(this) };
    this.setAttribute('data-state', this.state);
    const section = h('section', { 'aria-labelledby': 'title', 'aria-busy': this.state === 'loading' ? 'true' : 'false' }, h('h2', { id: 'title' }, this.heading(t, lang, this.data)));
    if (this.data !== undefined) {
      section.append(this.renderData(this.data, ctx));
      const time = formatDateTime(this.loadedAt, lang);
      section.append(
        this.failure
          ? h('p', { class: 'muted error', role: 'status' }, t('stale', { time }), ' ', this.retryButton(t))
          : h('p', { class: 'muted', role: 'status' }, t('updated', { time })),
        h('p', { class: 'muted' }, t('source')),
      );
    } else if (this.failure) {
      section.append(h('div', { role: 'alert', class: 'error' }, h('p', {}, t(this.failure)), this.retryButton(t)));
    } else {
      section.append(h('div', { class: 'skeleton', 'aria-hidden': 'true' }), h('div', { class: 'skeleton', 'aria-hidden': 'true' }), h('p', { role: 'status', class: 'muted' }, t('loading')));
    }
    const focused = this.root.activeElement?.getAttribute('data-focus-key');
    this.root.replaceChildren(...[...this.root.childNodes].filter((n) => n.nodeName === 'STYLE'), section);
    // Re-rendering must not drop the keyboard user's place (e.g. after pressing "show more" or "try again").
    if (focused) (this.root.querySelector(`[data-focus-key="${focused}"]`) as HTMLElement | null)?.focus();
  }

  private retryButton(t: Translate): HTMLElement {
    const button = h('button', { type: 'button', 'data-focus-key': 'retry' }, t('retry'));
    button.addEventListener('click', () => void this.load());
    return button;
  }

  /** Re-renders from the data already loaded (e.g. after a toggle inside the widget). */
  protected repaint(): void {
    this.paint();
  }
}
