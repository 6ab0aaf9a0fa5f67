// <thidua-nominees review="…">: the award nominees open for public comment now (of one review, or of every review
// taking comments), and a form for a citizen to comment on one: a name and a contact that is never published; the API
// limits how many comments one network address sends an hour.
import { formatDateTime } from '@thidua/ui/format';
import {
  apiBase,
  getJson,
  inLanguage,
  postJson,
  PublicApiError,
  type CommentInput,
  type Nominees,
} from '../api/public-api.js';
import { h } from '../dom.js';
import type { Lang, MessageKey, Translate } from '../i18n.js';
import { ThiduaElement, type RenderContext } from './thidua-element.js';

type Nominee = Nominees[number];
type Field = keyof CommentInput;

/** The API's limits (nominations.comment, on the trimmed text): checked here first, so a citizen reads what to fix
 * before anything is sent. */
export const COMMENT_LIMITS: Record<Field, { min: number; max: number }> = {
  authorName: { min: 2, max: 100 },
  contact: { min: 6, max: 200 },
  body: { min: 10, max: 2000 },
};
const FIELDS: readonly Field[] = ['authorName', 'contact', 'body'];
const FIELD_KEY = { authorName: 'name', contact: 'contact', body: 'body' } as const;

/** What a field's message says, kept as words to translate so a language switch rewrites it. */
type Said = { key: MessageKey; params?: Record<string, string | number> } | { server: string };

const problemOf = (field: Field, value: string): Said | undefined => {
  const { min, max } = COMMENT_LIMITS[field];
  if (value.length < min) return { key: `nominees.${FIELD_KEY[field]}Short`, params: { min } };
  if (value.length > max) return { key: `nominees.${FIELD_KEY[field]}Long`, params: { max } };
  return undefined;
};

const nameOf = (n: Nominee): string => n.person?.fullName ?? n.unit?.name ?? '—';

/** One nominee's "Góp ý" button and form. It outlives the list around it: a refresh, a language switch or a count
 * going up rebuilds the list, and the same nodes (what was typed, where the caret is, the live regions) move into it. */
class CommentBox {
  readonly root: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly toggleText: HTMLElement;
  private readonly toggleAbout: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly labels = {} as Record<Field, HTMLElement>;
  private readonly inputs = {} as Record<Field, HTMLInputElement | HTMLTextAreaElement>;
  private readonly errors = {} as Record<Field, HTMLElement>;
  private readonly note: HTMLElement;
  private readonly counter: HTMLElement;
  private readonly submit: HTMLButtonElement;
  private readonly alert: HTMLElement;
  private readonly status: HTMLElement;

  private open = false;
  private busy = false;
  private sent = false;
  private problems: Partial<Record<Field, Said>> = {};
  private failure: Said | undefined;
  private t: Translate = (key) => key;
  private lang: Lang = 'vi';
  private name = '';

  constructor(
    private readonly key: string,
    private readonly send: (input: CommentInput) => Promise<unknown>,
    private readonly onSent: () => void,
  ) {
    const id = (part: string) => `${key}-${part}`;
    this.toggleText = h('span', {});
    this.toggleAbout = h('span', { class: 'sr-only' });
    this.toggle = h(
      'button',
      { type: 'button', 'aria-expanded': 'false', 'aria-controls': id('form'), 'data-focus-key': id('toggle') },
      this.toggleText,
      this.toggleAbout,
    ) as HTMLButtonElement;
    this.note = h('p', { class: 'muted', id: id('contact-note') });
    this.counter = h('p', { class: 'muted', id: id('body-count') });
    this.submit = h('button', { type: 'submit', 'data-focus-key': id('send') }) as HTMLButtonElement;
    this.alert = h('div', { role: 'alert', class: 'error' });
    this.status = h('p', { role: 'status', class: 'ok' });
    const fields = FIELDS.map((f) => {
      const common = { id: id(f), name: f, maxlength: COMMENT_LIMITS[f].max, required: true, 'data-focus-key': id(f) };
      this.inputs[f] = (
        f === 'body'
          ? h('textarea', { ...common, rows: 5 })
          : h('input', { ...common, type: 'text', autocomplete: f === 'authorName' ? 'name' : undefined })
      ) as HTMLInputElement | HTMLTextAreaElement;
      this.labels[f] = h('label', { for: id(f) });
      this.errors[f] = h('p', { class: 'error field-error', id: id(`${f}-error`) });
      this.inputs[f].addEventListener('input', () => {
        // A mark goes away as soon as the field is right; a new one only appears when the citizen tries to send.
        if (this.problems[f] && !problemOf(f, this.inputs[f].value.trim())) delete this.problems[f];
        this.paint();
      });
      return h(
        'div',
        { class: 'field' },
        this.labels[f],
        f === 'contact' ? this.note : null,
        this.inputs[f],
        f === 'body' ? this.counter : null,
        this.errors[f],
      );
    });
    this.form = h(
      'form',
      { id: id('form'), novalidate: true, hidden: true },
      ...fields,
      this.alert,
      h('p', {}, this.submit),
    ) as HTMLFormElement;
    this.root = h('div', { class: 'comment' }, h('p', {}, this.toggle), this.form, this.status);

    this.toggle.addEventListener('click', () => {
      this.open = !this.open;
      if (this.open) this.sent = false;
      this.paint();
      if (this.open) this.inputs.authorName.focus();
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.trySend();
    });
  }

  /** Puts the box in the list's language, for this nominee. */
  render(t: Translate, lang: Lang, name: string): HTMLElement {
    this.t = t;
    this.lang = lang;
    this.name = name;
    this.paint();
    return this.root;
  }

  private say(said: Said | undefined): string {
    if (!said) return '';
    return 'server' in said ? inLanguage(said.server, this.lang) : this.t(said.key, said.params);
  }

  private paint(): void {
    const { t } = this;
    this.toggleText.textContent = t('nominees.comment');
    this.toggleAbout.textContent = ` ${t('nominees.commentAbout', { name: this.name })}`;
    this.toggle.setAttribute('aria-expanded', String(this.open));
    this.form.hidden = !this.open;
    this.form.setAttribute('aria-label', t('nominees.form', { name: this.name }));
    this.form.setAttribute('aria-busy', String(this.busy));
    this.note.textContent = t('nominees.contactNote');
    this.counter.textContent = t('nominees.count', {
      count: this.inputs.body.value.length,
      max: COMMENT_LIMITS.body.max,
    });
    for (const f of FIELDS) {
      this.labels[f].textContent = t(`nominees.${FIELD_KEY[f]}`);
      this.errors[f].textContent = this.say(this.problems[f]);
      const input = this.inputs[f];
      if (this.problems[f]) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      const described = [
        f === 'contact' ? this.note.id : null,
        f === 'body' ? this.counter.id : null,
        this.problems[f] ? this.errors[f].id : null,
      ]
        .filter(Boolean)
        .join(' ');
      if (described) input.setAttribute('aria-describedby', described);
      else input.removeAttribute('aria-describedby');
    }
    // While sending, the button says so: it is never inert without a reason on it. It stays focusable (aria-disabled),
    // so a keyboard user's place is kept for the answer.
    this.submit.textContent = this.busy ? t('nominees.sending') : t('nominees.send');
    if (this.busy) this.submit.setAttribute('aria-disabled', 'true');
    else this.submit.removeAttribute('aria-disabled');
    const failure = this.say(this.failure);
    if (this.alert.textContent !== failure) this.alert.textContent = failure;
    const status = this.busy ? t('nominees.sending') : this.sent ? t('nominees.sent') : '';
    if (this.status.textContent !== status) this.status.textContent = status;
  }

  private async trySend(): Promise<void> {
    if (this.busy) return;
    const input = {
      authorName: this.inputs.authorName.value.trim(),
      contact: this.inputs.contact.value.trim(),
      body: this.inputs.body.value.trim(),
    };
    this.problems = {};
    for (const f of FIELDS) {
      const problem = problemOf(f, input[f]);
      if (problem) this.problems[f] = problem;
    }
    this.sent = false;
    const first = FIELDS.find((f) => this.problems[f]);
    if (first) {
      this.failure = { key: 'nominees.fix' };
      this.paint();
      this.inputs[first].focus();
      return;
    }
    this.failure = undefined;
    this.busy = true;
    this.paint();
    try {
      await this.send(input);
      this.sent = true;
      this.open = false;
      this.inputs.body.value = ''; // name and contact stay for a comment on another nominee
    } catch (e) {
      // What was typed stays in the form: the citizen sends it again without retyping.
      this.failure =
        e instanceof PublicApiError
          ? e.serverMessage
            ? { server: e.serverMessage }
            : { key: `nominees.${e.failure}` }
          : { key: 'nominees.failed' };
    }
    this.busy = false;
    this.paint();
    if (this.sent) {
      this.onSent();
      this.toggle.focus();
    }
  }
}

export class NomineesElement extends ThiduaElement<Nominees> {
  static override readonly dataAttributes = ['review'];
  private readonly boxes = new Map<string, CommentBox>();
  private boxCount = 0;
  private fetches = 0;
  /** Comments sent from this page, each with the number of reads started before it was taken: until a later read
   * counts it, the list adds it (so the count goes up at once, and never twice). */
  private sentHere: Array<{ id: string; before: number }> = [];

  protected heading(t: Translate, lang: Lang): string {
    const wanted = this.getAttribute('review');
    const label = wanted ? this.calendar?.reviews.find((r) => r.id === wanted)?.label[lang] : undefined;
    // Never the bare code: until the calendar names the review, the heading says only what the widget shows.
    return label ? t('nominees.titleReview', { review: label }) : t('nominees.title');
  }

  protected async fetchData(base: string, signal: AbortSignal): Promise<Nominees> {
    const read = ++this.fetches;
    const review = this.getAttribute('review')?.trim();
    const data = await getJson<Nominees>(
      base,
      `/api/public/nominees${review ? `?review=${encodeURIComponent(review)}` : ''}`,
      signal,
    );
    this.sentHere = this.sentHere.filter((s) => s.before >= read);
    return data;
  }

  protected renderData(items: Nominees, { t, lang }: RenderContext): Node {
    // A nominee whose window has closed leaves the list, and its form with it.
    for (const id of this.boxes.keys()) if (!items.some((n) => n.id === id)) this.boxes.delete(id);
    if (items.length === 0) return h('p', {}, t('nominees.none'));
    const oneReview = this.getAttribute('review') !== null;
    return h(
      'ul',
      { class: 'plain' },
      ...items.map((n) => {
        const name = nameOf(n);
        const comments = n.comments + this.sentHere.filter((s) => s.id === n.id).length;
        const review = oneReview ? undefined : this.calendar?.reviews.find((r) => r.id === n.reviewId)?.label[lang];
        return h(
          'li',
          { class: 'target nominee', 'data-nominee': n.id },
          h('h3', {}, name),
          h(
            'p',
            { class: 'muted' },
            [
              t(n.awardClass === 'individual' ? 'nominees.individual' : 'nominees.collective'),
              n.awardClass === 'individual' ? n.person?.unit?.name : null,
              review ? t('nominees.review', { review }) : null,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
          h('p', { class: 'prose' }, n.achievements),
          h(
            'p',
            { class: 'muted', 'data-until': '' },
            t('nominees.until', { time: formatDateTime(n.commentsUntil, lang) }),
          ),
          h(
            'p',
            { class: 'muted', 'data-comments': '' },
            t(comments === 1 ? 'nominees.commentsOne' : 'nominees.comments', {
              count: comments,
              hidden: n.hiddenComments,
            }),
          ),
          this.boxFor(n.id).render(t, lang, name),
        );
      }),
    );
  }

  private boxFor(id: string): CommentBox {
    let box = this.boxes.get(id);
    if (!box) {
      box = new CommentBox(
        `nominee-${++this.boxCount}`,
        (input) => postJson(apiBase(this), `/api/public/nominees/${encodeURIComponent(id)}/comments`, input),
        () => {
          this.sentHere.push({ id, before: this.fetches });
          this.repaint();
        },
      );
      this.boxes.set(id, box);
    }
    return box;
  }
}
