// <thidua-leaderboard kind="commune" year="…" limit="10">: the ranking from approved reports, as a real table; the
// year defaults to the movement's current reporting year.
import { formatNumber } from '@thidua/ui/format';
import { getJson, type Calendar, type Leaderboard } from '../api/public-api.js';
import { h } from '../dom.js';
import type { Lang, Translate } from '../i18n.js';
import { ThiduaElement, type RenderContext } from './thidua-element.js';

const KINDS = ['commune', 'department', 'enterprise'] as const;
type Kind = (typeof KINDS)[number];

export class LeaderboardElement extends ThiduaElement<Leaderboard> {
  static override readonly dataAttributes = ['kind', 'year'];
  private expanded = false;

  private get kind(): Kind {
    const k = this.getAttribute('kind');
    return KINDS.includes(k as Kind) ? (k as Kind) : 'commune';
  }
  private get year(): number | null {
    const year = this.getAttribute('year');
    return year === null ? null : Number(year);
  }
  private get limit(): number {
    const n = Number(this.getAttribute('limit') ?? 10);
    return Number.isInteger(n) && n > 0 ? n : 10;
  }
  protected heading(t: Translate, _lang: Lang, data?: Leaderboard): string {
    return t('leaderboard.title', { kind: t(`kind.${this.kind}`), year: this.year ?? data?.year ?? '…' });
  }

  protected fetchData(base: string, signal: AbortSignal, calendar: Calendar): Promise<Leaderboard> {
    const year = this.year ?? calendar.defaultYear;
    // The whole board (at most a few dozen units): "show more" then needs no second request.
    return getJson<Leaderboard>(
      base,
      `/api/public/leaderboard?year=${encodeURIComponent(year)}&kind=${this.kind}&limit=500`,
      signal,
    );
  }

  protected renderData(board: Leaderboard, { t, lang, base }: RenderContext): Node {
    if (board.rows.length === 0) return h('p', {}, t('leaderboard.empty'));
    const rows = this.expanded ? board.rows : board.rows.slice(0, this.limit);
    const table = h(
      'table',
      { 'aria-labelledby': 'title' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', class: 'num' }, t('leaderboard.rank')),
          h('th', { scope: 'col' }, t('leaderboard.unit')),
          h('th', { scope: 'col', class: 'num' }, t('leaderboard.score')),
          h('th', { scope: 'col', class: 'num' }, t('leaderboard.criteria')),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            { 'data-unit': r.unit_id },
            h('td', { class: 'num' }, r.rank ?? '—'),
            h(
              'th',
              { scope: 'row', class: 'row-head' },
              r.unit_name,
              ' ',
              h('span', { class: `status status-${r.eligibility}` }, t(`leaderboard.${r.eligibility}`)),
            ),
            h('td', { class: 'num' }, formatNumber(r.score, lang, 2)),
            h('td', { class: 'num' }, `${r.criteria_met}/${r.criteria_met + r.criteria_not_met + r.criteria_missing}`),
          ),
        ),
      ),
    );
    const actions = h('p', {});
    const hidden = board.rows.length - this.limit;
    if (hidden > 0) {
      const toggle = h(
        'button',
        { type: 'button', 'aria-expanded': this.expanded ? 'true' : 'false', 'data-focus-key': 'toggle' },
        this.expanded ? t('leaderboard.less') : t('leaderboard.more', { n: hidden }),
      );
      toggle.addEventListener('click', () => {
        this.expanded = !this.expanded;
        this.repaint();
      });
      actions.append(toggle, ' ');
    }
    actions.append(
      h(
        'a',
        { href: `${base}/api/public/leaderboard?year=${board.year}&kind=${this.kind}&format=csv`, download: '' },
        t('leaderboard.csv'),
      ),
    );
    return h('div', {}, table, actions);
  }
}
