// <thidua-showcase search="QR" sector="S-HEALTH" limit="5">: recognised initiatives and good practices, newest first,
// with a search box; for the district media centre's pages and the portal.
import { formatDate } from '@thidua/ui/format';
import { getJson, type Initiatives } from '../api/public-api.js';
import { h } from '../dom.js';
import type { Translate } from '../i18n.js';
import { ThiduaElement, type RenderContext } from './thidua-element.js';

const SUMMARY_CHARS = 280;
const brief = (text: string) =>
  text.length > SUMMARY_CHARS ? `${text.slice(0, text.lastIndexOf(' ', SUMMARY_CHARS))}…` : text;

export class ShowcaseElement extends ThiduaElement<Initiatives> {
  static override readonly dataAttributes = ['search', 'sector'];

  protected heading(t: Translate): string {
    return t('showcase.title');
  }

  protected fetchData(base: string, signal: AbortSignal): Promise<Initiatives> {
    const params = new URLSearchParams();
    const search = this.getAttribute('search')?.trim();
    const sector = this.getAttribute('sector')?.trim();
    if (search) params.set('search', search);
    if (sector) params.set('sector', sector);
    const query = params.toString();
    return getJson<Initiatives>(base, `/api/public/initiatives${query ? `?${query}` : ''}`, signal);
  }

  protected renderData(items: Initiatives, { t, lang }: RenderContext): Node {
    const limit = Number(this.getAttribute('limit') ?? 10);
    const form = h('form', { role: 'search' });
    const input = h('input', {
      type: 'search',
      name: 'q',
      'aria-label': t('showcase.search'),
      placeholder: t('showcase.search'),
      value: this.getAttribute('search') ?? '',
      'data-focus-key': 'search',
    }) as HTMLInputElement;
    form.append(input, ' ', h('button', { type: 'submit' }, t('showcase.searchButton')));
    // Searching sets the attribute: the element fetches again, as when a portal changes it.
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.setAttribute('search', input.value.trim());
    });
    const shown = items.slice(0, Number.isInteger(limit) && limit > 0 ? limit : 10);
    return h(
      'div',
      {},
      form,
      h('p', { class: 'muted' }, t('showcase.count', { count: items.length })),
      items.length === 0
        ? h('p', {}, t('showcase.none'))
        : h(
            'ul',
            { class: 'plain' },
            ...shown.map((i) =>
              h(
                'li',
                { class: 'target', 'data-initiative': i.id },
                // The media centre's presentation, when written, is what the public reads first.
                h('h3', {}, i.featureTitle ?? i.title),
                h(
                  'p',
                  { class: 'muted' },
                  [i.featureTitle ? i.title : null, i.unit?.name, i.author?.fullName].filter(Boolean).join(' · '),
                  i.recognisedAt ? ` · ${t('showcase.recognised', { date: formatDate(i.recognisedAt, lang) })}` : '',
                ),
                h('p', {}, brief(i.featureText ?? i.summary)),
                i.replications.length > 0
                  ? h('p', { class: 'muted' }, t('showcase.replicated', { count: i.replications.length }))
                  : null,
                i.evidenceUrl && /^https?:\/\//.test(i.evidenceUrl)
                  ? h('a', { href: i.evidenceUrl, rel: 'noopener', target: '_blank' }, t('showcase.evidence'))
                  : null,
              ),
            ),
          ),
    );
  }
}
