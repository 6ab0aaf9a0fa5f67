// <thidua-awards review="…">: the signed award decisions of a review (by default the movement's latest) and who was
// awarded, within the quota.
import { formatDate } from '@thidua/ui/format';
import { getJson, type Awards, type Calendar } from '../api/public-api.js';
import { h } from '../dom.js';
import type { Lang, Translate } from '../i18n.js';
import { ThiduaElement, type RenderContext } from './thidua-element.js';

export class AwardsElement extends ThiduaElement<Awards> {
  static override readonly dataAttributes = ['review'];

  protected heading(t: Translate, lang: Lang, data?: Awards): string {
    const wanted = this.getAttribute('review');
    const known =
      this.calendar?.reviews.find((r) => r.id === wanted) ?? (wanted === null ? this.calendar?.reviews[0] : undefined);
    const label = data?.review.label[lang] ?? known?.label[lang];
    // Never the bare code: until the movement names the review, the heading says only what the widget shows.
    return label ? t('awards.title', { review: label }) : t('awards.titleLoading');
  }

  protected async fetchData(base: string, signal: AbortSignal, calendar: Calendar): Promise<Awards> {
    // A review the movement does not have is the page's mistake: shown as such, not silently replaced.
    const review = this.getAttribute('review') ?? calendar.reviews[0]?.id ?? '';
    return getJson<Awards>(base, `/api/public/awards?review=${encodeURIComponent(review)}`, signal);
  }

  protected renderData(data: Awards, { t, lang }: RenderContext): Node {
    if (data.awards.length === 0) return h('p', {}, t('awards.none'));
    const body = h('div', {});
    for (const d of data.decisions)
      body.append(
        h(
          'p',
          { 'data-decision': d.number },
          t('awards.decision', { number: d.number, date: formatDate(d.date, lang), signer: d.signer }),
        ),
      );
    for (const c of ['collective', 'individual'] as const) {
      const mine = data.awards.filter((a) => a.awardClass === c);
      if (mine.length === 0) continue;
      const quota = data.quotas.find((q) => q.awardClass === c);
      body.append(
        h(
          'h3',
          {},
          t(`awards.${c}`),
          ' ',
          h(
            'span',
            { class: 'muted' },
            quota ? `(${t('awards.quota', { awarded: quota.awarded, max: quota.max })})` : '',
          ),
        ),
        h(
          'ul',
          {},
          ...mine.map((a) =>
            h(
              'li',
              { 'data-award-class': c },
              h('strong', {}, c === 'collective' && a.unit ? a.unit.name[lang] : a.awardee),
              c === 'individual' && a.unit ? `, ${a.unit.name[lang]}` : '',
            ),
          ),
        ),
      );
    }
    return body;
  }
}
