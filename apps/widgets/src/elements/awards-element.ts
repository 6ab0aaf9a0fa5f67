// <thidua-awards review="R-INTERIM">: the signed award decisions of a review and who was awarded, within the quota.
import { formatDate } from '@thidua/ui/format';
import { getJson, type Awards } from '../api/public-api.js';
import { h } from '../dom.js';
import type { Lang, Translate } from '../i18n.js';
import { ThiduaElement, type RenderContext } from './thidua-element.js';

const REVIEWS = ['R-INTERIM', 'R-FINAL'] as const;
type Review = (typeof REVIEWS)[number];

export class AwardsElement extends ThiduaElement<Awards> {
  static override readonly dataAttributes = ['review'];

  private get review(): Review {
    const r = this.getAttribute('review');
    return REVIEWS.includes(r as Review) ? (r as Review) : 'R-FINAL';
  }

  protected heading(t: Translate, lang: Lang, data?: Awards): string {
    return t('awards.title', { review: data?.review.label[lang] ?? t(`review.${this.review}`) });
  }

  protected async fetchData(base: string, signal: AbortSignal): Promise<Awards> {
    return getJson<Awards>(base, `/api/public/awards?review=${this.review}`, signal);
  }

  protected renderData(data: Awards, { t, lang }: RenderContext): Node {
    if (data.awards.length === 0) return h('p', {}, t('awards.none'));
    const body = h('div', {});
    for (const d of data.decisions) body.append(h('p', { 'data-decision': d.number }, t('awards.decision', { number: d.number, date: formatDate(d.date, lang), signer: d.signer })));
    for (const c of ['collective', 'individual'] as const) {
      const mine = data.awards.filter((a) => a.awardClass === c);
      if (mine.length === 0) continue;
      const quota = data.quotas.find((q) => q.awardClass === c);
      body.append(
        h('h3', {}, t(`awards.${c}`), ' ', h('span', { class: 'muted' }, quota ? `(${t('awards.quota', { awarded: quota.awarded, max: quota.max })})` : '')),
        h('ul', {}, ...mine.map((a) => h('li', { 'data-award-class': c }, h('strong', {}, c === 'collective' && a.unit ? a.unit.name[lang] : a.awardee), c === 'individual' && a.unit ? `, ${a.unit.name[lang]}` : ''))),
      );
    }
    return body;
  }
}
