// Writes one benchmark's figures into docs/benchmarks.md, replacing that benchmark's previous section only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DOC = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
const HEADER =
  '# Benchmarks\n\nEvery figure here is written by a benchmark you can rerun; each compares against a baseline measured in the same run. Benchmarks are not tests: nothing in CI fails on time.\n';

export const writeBenchmarkSection = (title: string, body: string): void => {
  const start = `<!-- bench:${title} -->`;
  const end = `<!-- /bench:${title} -->`;
  const section = `${start}\n## ${title}\n\n${body}\n${end}`;
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : HEADER;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(DOC, next);
};
