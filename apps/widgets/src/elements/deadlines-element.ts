// <thidua-deadlines years="…">: where the movement stands, the next deadlines, and how many units reported on time
// each year (the movement's yearly deadline); by default every reporting year of the movement.
import { formatDate, formatPercent, lastDayBefore } from '@thidua/ui/format';
import { getJson, type Calendar, type Completeness, type Timeline } from '../api/public-api.js';
import { h } from '../dom.js';
import type { Translate } from '../i18n.js';
import { ThiduaElement, type RenderContext } from './thidua-element.js';

const DAY_MS = 86_400_000;

interface DeadlinesData {
  timeline: Timeline;
  years: Completeness[];
}

export class DeadlinesElement extends ThiduaElement<DeadlinesData> {
  static override readonly dataAttributes = ['years'];

  /** The listed years the movement reports in, oldest first; all of them when none is listed. */
  private yearsOf(calendar: Calendar): number[] {
    const all = [...calendar.reportingYears].sort((a, b) => a - b);
    const listed = (this.getAttribute('years') ?? '')
      .split(',')
      .map((y) => Number(y.trim()))
      .filter((y) => all.includes(y));
    return listed.length > 0 ? listed : all;
  }

  protected heading(t: Translate): string {
    return t('deadlines.title');
  }

  protected async fetchData(base: string, signal: AbortSignal, calendar: Calendar): Promise<DeadlinesData> {
    const [timeline, ...years] = await Promise.all([
      getJson<Timeline>(base, '/api/public/timeline', signal),
      ...this.yearsOf(calendar).map((year) =>
        getJson<Completeness>(base, `/api/public/deadlines?year=${year}`, signal),
      ),
    ]);
    return { timeline: timeline as Timeline, years: years as Completeness[] };
  }

  protected renderData({ timeline, years }: DeadlinesData, { t, lang }: RenderContext): Node {
    const phase = timeline.phase
      ? timeline.phase.label[lang]
      : t(
          timeline.status === 'not_started'
            ? 'deadlines.not_started'
            : timeline.status === 'ended'
              ? 'deadlines.ended'
              : 'deadlines.phase',
        );
    const next = timeline.nextDeadlines.slice(0, 3);
    // Counted at each render from the deadline itself, not from when the data was fetched.
    const left = (dueAt: string) => {
      const days = Math.floor((Date.parse(dueAt) - Date.now()) / DAY_MS);
      return Date.parse(dueAt) < Date.now()
        ? t('deadlines.passed')
        : days < 1
          ? t('deadlines.today')
          : days === 1
            ? t('deadlines.leftOne')
            : t('deadlines.left', { days });
    };
    const th = (text: string, num = false) => h('th', { scope: 'col', class: num ? 'num' : undefined }, text);
    return h(
      'div',
      {},
      h(
        'p',
        {},
        `${t('deadlines.phase')}: `,
        h('strong', { 'data-phase': timeline.phase?.id ?? timeline.status }, phase),
      ),
      h('h3', {}, t('deadlines.next')),
      next.length === 0
        ? h('p', { class: 'muted' }, t('deadlines.none'))
        : h(
            'ul',
            {},
            ...next.map((d) =>
              h(
                'li',
                { 'data-deadline': d.deadlineId },
                `${d.label[lang]}: ${t('deadlines.lastDay')} `,
                h(
                  'time',
                  { datetime: d.lastOnTimeLocal.slice(0, 10) },
                  formatDate(d.lastOnTimeLocal.slice(0, 10), lang),
                ),
                ` (${left(d.dueAt)})`,
              ),
            ),
          ),
      h(
        'table',
        {},
        h('caption', {}, t('deadlines.rate')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            th(t('deadlines.year')),
            th(t('deadlines.due')),
            th(t('deadlines.onTime'), true),
            th(t('deadlines.late'), true),
            th(t('deadlines.missing'), true),
            th(t('deadlines.rate'), true),
          ),
        ),
        h(
          'tbody',
          {},
          ...years.map((y) => {
            const total = y.onTime + y.late + y.missing;
            return h(
              'tr',
              { 'data-year': y.year },
              h('th', { scope: 'row', class: 'row-head' }, String(y.year)),
              h('td', {}, y.dueAt ? formatDate(lastDayBefore(y.dueAt), lang) : '—'),
              h('td', { class: 'num' }, y.onTime),
              h('td', { class: 'num' }, y.late),
              h('td', { class: 'num' }, y.missing),
              h('td', { class: 'num' }, total > 0 ? formatPercent((100 * y.onTime) / total, lang) : '—'),
            );
          }),
        ),
      ),
    );
  }
}
