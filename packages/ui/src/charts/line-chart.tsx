// A small SVG line chart (values over the years). Loaded on demand: dashboards paint before charts arrive.
import { formatNumber } from '../format/format.js';
import { useI18n } from '../i18n/i18n.js';

export interface Series {
  name: string;
  points: ReadonlyArray<{ x: number; y: number | null }>;
}

const COLOURS = ['#0b5cab', '#c2410c', '#15803d', '#7c3aed', '#be123c'];
const W = 360;
const H = 180;
const PAD = { l: 44, r: 12, t: 12, b: 28 };

const LineChart = ({ series, title, max }: { series: readonly Series[]; title: string; max?: number }) => {
  const { lang } = useI18n();
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y): y is number => y !== null);
  const top = max ?? Math.max(1, ...ys) * 1.1;
  const x = (v: number) => PAD.l + (xs.length < 2 ? 0 : (xs.indexOf(v) / (xs.length - 1)) * (W - PAD.l - PAD.r));
  const y = (v: number) => H - PAD.b - (v / top) * (H - PAD.t - PAD.b);
  const ticks = [0, top / 2, top];
  return (
    <figure className="td-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} className="td-chart__grid" />
            <text x={PAD.l - 6} y={y(v) + 4} textAnchor="end" className="td-chart__tick">
              {formatNumber(v, lang, 0)}
            </text>
          </g>
        ))}
        {xs.map((v) => (
          <text key={v} x={x(v)} y={H - 8} textAnchor="middle" className="td-chart__tick">
            {v}
          </text>
        ))}
        {series.map((s, i) => {
          const pts = s.points.filter((p): p is { x: number; y: number } => p.y !== null);
          const colour = COLOURS[i % COLOURS.length];
          return (
            <g key={s.name}>
              <polyline
                fill="none"
                stroke={colour}
                strokeWidth={2}
                points={pts.map((p) => `${x(p.x)},${y(p.y)}`).join(' ')}
              />
              {pts.map((p) => (
                <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r={3} fill={colour}>
                  <title>{`${s.name} ${p.x}: ${formatNumber(p.y, lang)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="td-chart__legend">
        {series.map((s, i) => (
          <span key={s.name}>
            <i style={{ background: COLOURS[i % COLOURS.length] }} />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
};

export default LineChart;
