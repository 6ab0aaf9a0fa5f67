// <thidua-targets year="…" group="G1">: the movement's targets, each with its status and progress, by group; the year
// defaults to the movement's current reporting year.
import { formatNumber } from '@thidua/ui/format';
import { getJson, type Calendar, type Targets } from '../api/public-api.js';
import { h } from '../dom.js';
import type { Lang, Translate } from '../i18n.js';
import { ThiduaElement, type RenderContext } from './thidua-element.js';

/** The filled part of a bar: its width set through the CSSOM, which a portal's strict style-src still allows. */
const bar = (percent: number): HTMLElement => {
  const span = h('span');
  span.style.width = `${percent}%`;
  return span;
};

const OPS: Record<string, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

const shown = (value: number | null | undefined, unit: string, ctx: RenderContext) =>
  value === null || value === undefined
    ? '—'
    : unit === 'rank'
      ? `${ctx.lang === 'vi' ? 'hạng' : 'rank'} ${formatNumber(value, ctx.lang)}`
      : `${formatNumber(value, ctx.lang, 1)}%`;

interface YearTargets {
  year: number;
  targets: Targets;
}

export class TargetsElement extends ThiduaElement<YearTargets> {
  static override readonly dataAttributes = ['year', 'group'];

  private get year(): number | null {
    const year = this.getAttribute('year');
    return year === null ? null : Number(year);
  }

  protected heading(t: Translate, _lang: Lang, data?: YearTargets): string {
    return t('targets.title', { year: this.year ?? data?.year ?? '…' });
  }

  protected async fetchData(base: string, signal: AbortSignal, calendar: Calendar): Promise<YearTargets> {
    const year = this.year ?? calendar.defaultYear;
    return {
      year,
      targets: await getJson<Targets>(base, `/api/public/targets?year=${encodeURIComponent(year)}`, signal),
    };
  }

  protected renderData({ targets: all }: YearTargets, ctx: RenderContext): Node {
    const { t, lang } = ctx;
    const group = this.getAttribute('group');
    const targets = group ? all.filter((x) => x.group === group) : all;
    const measured = targets.filter((x) => !x.qualitative && x.status !== 'missing');
    const body = h(
      'div',
      {},
      h(
        'p',
        {},
        h(
          'strong',
          {},
          t('targets.summary', { met: measured.filter((x) => x.status === 'met').length, total: measured.length }),
        ),
      ),
    );
    for (const groupId of [...new Set(targets.map((x) => x.group))]) {
      const mine = targets.filter((x) => x.group === groupId);
      const list = h('ul', { role: 'list', class: 'plain' });
      for (const x of mine) {
        const status = x.qualitative ? 'qualitative' : x.status;
        const percent = Math.round(Math.max(0, Math.min(1, x.progress ?? 0)) * 100);
        const label = x.label[lang];
        list.append(
          h(
            'li',
            { class: 'target', 'data-target': x.targetId },
            h(
              'div',
              {},
              label,
              ' ',
              h('span', { class: `status status-${status}` }, t(`status.${status}` as 'status.met')),
            ),
            h(
              'div',
              {
                class: `bar ${x.status === 'met' ? 'met' : ''}`,
                role: 'progressbar',
                'aria-label': label,
                'aria-valuemin': 0,
                'aria-valuemax': 100,
                'aria-valuenow': percent,
                'aria-valuetext': x.explanation[lang],
              },
              bar(percent),
            ),
            h(
              'div',
              { class: 'muted' },
              t('targets.value', {
                value: shown(x.value, x.unit, ctx),
                op: OPS[x.threshold.op] ?? x.threshold.op,
                threshold: shown(x.threshold.value, x.unit, ctx),
              }),
            ),
          ),
        );
      }
      body.append(h('h3', {}, mine[0]?.groupLabel[lang] ?? groupId), list);
    }
    return body;
  }
}
