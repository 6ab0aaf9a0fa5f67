// Facts as a CSV sheet: one row per participant, one column per criterion ID.
import type { Facts, Movement, ParticipantKind } from '@thidua/domain';
import { parseCsv } from './csv.js';
import { parseBoolean, readCell } from './cell-values.js';
import type { FactsProblem, ParticipantEntry } from './participant-entry.js';

const FIXED = ['id', 'kind', 'registered', 'isItEnterprise'];

const kindOf = (movement: Movement, raw: string): ParticipantKind | undefined => {
  const v = raw.trim();
  const group = movement.participantGroups.find((g) => g.kind === v || g.id === v);
  return group?.kind;
};

export const readCsvFacts = (
  movement: Movement,
  source: string,
): { entries: ParticipantEntry[]; problems: FactsProblem[] } => {
  const { header, rows } = parseCsv(source);
  const problems: FactsProblem[] = [];
  const criteria = new Map(movement.criteria.map((c) => [c.id, c]));
  for (const name of ['id', 'kind']) {
    if (!header.includes(name))
      problems.push({ vi: `Dòng 1: thiếu cột "${name}"`, en: `Line 1: column "${name}" is missing` });
  }
  for (const [i, name] of header.entries()) {
    if (!FIXED.includes(name) && !criteria.has(name)) {
      problems.push({
        vi: `Dòng 1, cột ${i + 1} ("${name}"): không phải tiêu chí của phong trào`,
        en: `Line 1, column ${i + 1} ("${name}"): not a criterion of this movement`,
      });
    }
  }
  if (problems.length > 0) return { entries: [], problems };
  const entries: ParticipantEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const cell = (name: string) => row.cells[header.indexOf(name)] ?? '';
    const at = (col: string) => ({ vi: `Dòng ${row.line}, cột ${col}`, en: `Line ${row.line}, column ${col}` });
    if (row.cells.length > header.length) {
      problems.push({
        vi: `Dòng ${row.line}: có ${row.cells.length} ô, nhiều hơn ${header.length} cột tiêu đề`,
        en: `Line ${row.line}: ${row.cells.length} cells, more than the ${header.length} header columns`,
      });
      continue;
    }
    const id = cell('id').trim();
    if (id === '')
      problems.push({ vi: `${at('id').vi}: thiếu mã đối tượng`, en: `${at('id').en}: participant ID is missing` });
    else if (seen.has(id))
      problems.push({
        vi: `${at('id').vi}: mã "${id}" trùng với dòng ${seen.get(id)}`,
        en: `${at('id').en}: ID "${id}" repeats line ${seen.get(id)}`,
      });
    seen.set(id, row.line);
    const kind = kindOf(movement, cell('kind'));
    if (!kind) {
      const kinds = movement.participantGroups.map((g) => g.kind).join(', ');
      problems.push({
        vi: `${at('kind').vi}: "${cell('kind')}" không phải loại đối tượng (${kinds})`,
        en: `${at('kind').en}: "${cell('kind')}" is not a participant kind (${kinds})`,
      });
    }
    const flags: { registered?: boolean; isItEnterprise?: boolean } = {};
    for (const flag of ['registered', 'isItEnterprise'] as const) {
      if (!header.includes(flag)) continue;
      const b = parseBoolean(cell(flag));
      if (b === undefined)
        problems.push({
          vi: `${at(flag).vi}: "${cell(flag)}" không phải có/không`,
          en: `${at(flag).en}: "${cell(flag)}" is not yes/no`,
        });
      else if (b !== null) flags[flag] = b;
    }
    const facts: Record<string, number | boolean | null> = {};
    for (const name of header) {
      const criterion = criteria.get(name);
      if (!criterion) continue;
      const r = readCell(criterion, cell(name));
      if (!r.ok) problems.push({ vi: `${at(name).vi}: ${r.vi}`, en: `${at(name).en}: ${r.en}` });
      else if (r.value !== null) facts[name] = r.value;
    }
    if (kind && id) entries.push({ participant: { id, kind, ...flags }, facts: facts as Facts, where: `${row.line}` });
  }
  return { entries, problems };
};
