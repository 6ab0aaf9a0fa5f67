// The words of one plan (its IDs and its years), read from the plan's data, and where code still spells them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ninhSonDx2021_2025 } from '@thidua/domain';

/** Every ID the plan defines that has the shape of a rule ID (C-…, D-…, R-…, ROLE-…, S-…, I-…, T-…, PH-…). */
export const planIds = (): Set<string> => {
  const m = ninhSonDx2021_2025;
  const ids = [
    ...m.criteria.map((c) => c.id),
    ...m.targets.map((t) => t.id),
    ...m.timeline.phases.map((p) => p.id),
    ...m.timeline.reviews.map((r) => r.id),
    ...m.timeline.deadlines.map((d) => d.id),
    ...m.roles.map((r) => r.id),
    ...m.sectors.flatMap((s) => [s.id, ...s.indicators.map((i) => i.id)]),
  ];
  return new Set(ids.filter((id) => id.includes('-')));
};

/** The plan's years: those its name spans ("2021–2025") and its phases and reviews fall in. */
export const planYears = (): number[] => {
  const m = ninhSonDx2021_2025;
  const named = [...m.name.vi.matchAll(/\b(\d{4})\b/g)].map((x) => Number(x[1]));
  const years = [
    ...named,
    ...[
      ...m.timeline.phases.flatMap((p) => [p.start, p.end]),
      ...m.timeline.reviews.flatMap((r) => [r.start, r.end]),
    ].map((d) => Number(d.slice(0, 4))),
  ];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
};

/** Where the plan's words belong: its data, the demo seed, tests and their fixtures, benchmarks, generated code. */
const EXEMPT = [
  /^packages\/domain\/src\/plans\//,
  /^packages\/db\/src\/seed\//,
  /\.spec\.tsx?$/,
  /\.e2e\.ts$/,
  /\/testing\//,
  /^tools\/bench\//,
  /\/generated\//,
  /^tools\/code-rules\//,
  /\/budget\//,
  /\/examples\//,
  /\/demo\//,
  /\/scripts\//,
];

export const codeFiles = (root: string): string[] =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'apps', 'packages', 'tools'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !f.includes('node_modules') && !EXEMPT.some((re) => re.test(f)));

/** Comments explain with examples; code and the texts users read may not name the plan. */
const withoutComments = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

export interface Finding {
  file: string;
  literal: string;
}

export const findPlanLiterals = (root: string): Finding[] => {
  const ids = planIds();
  const years = planYears();
  const idPattern = new RegExp(
    `(?<![A-Z0-9-])(${[...ids]
      .sort((a, b) => b.length - a.length)
      .map((id) => id.replace(/-/g, '\\-'))
      .join('|')})(?![A-Z0-9-])`,
    'g',
  );
  // Not inside a name (ninhSonDx2021_2025 is the plan's data itself) nor a longer number.
  const yearPattern = new RegExp(`(?<![\\w.,/-])(${years.join('|')})(?![\\w])`, 'g');
  const findings: Finding[] = [];
  for (const file of codeFiles(root)) {
    const code = withoutComments(readFileSync(join(root, file), 'utf8'));
    for (const match of code.matchAll(idPattern)) findings.push({ file, literal: match[1]! });
    for (const match of code.matchAll(yearPattern)) findings.push({ file, literal: match[1]! });
  }
  return findings;
};
