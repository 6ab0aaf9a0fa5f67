// thidua evaluate --facts <file.csv|file.json>: evaluates and ranks every participant, per kind.
import {
  evaluateParticipant,
  plainEvaluation,
  rankParticipants,
  type Language,
  type Movement,
  type ParticipantEvaluation,
} from '@thidua/domain';
import { cliError, CliError } from '../cli-error.js';
import { readUserFile } from '../files.js';
import { readCsvFacts } from '../facts/read-csv-facts.js';
import { readJsonFacts } from '../facts/read-json-facts.js';
import { pick, t } from '../i18n.js';
import { renderTable } from '../output/table.js';
import type { CommandResult } from './validate.js';

const MAX_PROBLEMS_SHOWN = 50;

const ELIGIBILITY: Record<ParticipantEvaluation['eligibility'], { vi: string; en: string }> = {
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  not_eligible: { vi: 'Không đủ', en: 'Not eligible' },
  incomplete: { vi: 'Thiếu số liệu', en: 'Incomplete' },
};

const readEntries = (movement: Movement, file: string) => {
  const source = readUserFile(file);
  const { entries, problems } = file.toLowerCase().endsWith('.json')
    ? readJsonFacts(movement, source)
    : readCsvFacts(movement, source);
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = problems.length - shown.length;
    throw new CliError({
      vi: `Tệp ${file} có ${problems.length} lỗi, chưa đánh giá:\n${shown.map((p) => `  • ${p.vi}`).join('\n')}${more > 0 ? `\n  … và ${more} lỗi khác` : ''}`,
      en: `${file} has ${problems.length} problem(s); nothing was evaluated:\n${shown.map((p) => `  • ${p.en}`).join('\n')}${more > 0 ? `\n  … and ${more} more` : ''}`,
    });
  }
  if (entries.length === 0) throw cliError(`Tệp ${file} không có dòng dữ liệu nào`, `${file} has no data rows`);
  return entries;
};

const shortfalls = (e: ParticipantEvaluation): string =>
  e.criteria
    .filter((c) => c.status === 'not_met' || c.status === 'missing')
    .map((c) => (c.status === 'missing' ? `${c.criterionId}?` : c.criterionId))
    .join(' ');

export const evaluateCommand = (
  movement: Movement,
  file: string | undefined,
  lang: Language,
  json: boolean,
  explainId?: string,
): CommandResult => {
  if (!file)
    throw cliError(
      'Cần tệp số liệu: thidua evaluate --facts <tệp.csv|tệp.json>',
      'A facts file is required: thidua evaluate --facts <file.csv|file.json>',
      2,
    );
  const entries = readEntries(movement, file);
  const evaluations = entries.map((e) => evaluateParticipant(movement, e.participant, e.facts));
  if (explainId !== undefined) {
    const one = evaluations.find((e) => e.participantId === explainId);
    if (!one)
      throw cliError(`Không có đối tượng "${explainId}" trong tệp`, `No participant "${explainId}" in the file`);
    if (json) return { exitCode: 0, stdout: JSON.stringify(plainEvaluation(one), null, 2) };
    const rows = one.criteria.map((c) => [c.criterionId, c.status, pick(lang, c.explanation)]);
    const head = `${one.participantId} — ${pick(lang, ELIGIBILITY[one.eligibility])} — ${t(lang, 'điểm', 'score')} ${one.score}`;
    return {
      exitCode: 0,
      stdout: `${head}\n${renderTable([t(lang, 'Tiêu chí', 'Criterion'), t(lang, 'Kết quả', 'Status'), t(lang, 'Giải thích', 'Explanation')], rows)}`,
    };
  }
  const sections = movement.participantGroups
    .map((g) => ({ group: g, ranked: rankParticipants(evaluations.filter((e) => e.kind === g.kind)) }))
    .filter((s) => s.ranked.length > 0);
  if (json) {
    const ranking = (s: (typeof sections)[number]) =>
      s.ranked.map((r) => ({ position: r.position, rank: r.rank, ...plainEvaluation(r.item) }));
    return {
      exitCode: 0,
      stdout: JSON.stringify(
        sections.map((s) => ({ groupId: s.group.id, ranking: ranking(s) })),
        null,
        2,
      ),
    };
  }
  const header = [
    t(lang, 'Hạng', 'Rank'),
    t(lang, 'Mã', 'ID'),
    t(lang, 'Kết luận', 'Result'),
    t(lang, 'Điểm', 'Score'),
    t(lang, 'Đạt', 'Met'),
    t(lang, 'Chưa đạt / thiếu (?)', 'Not met / missing (?)'),
  ];
  const out = sections.map(({ group, ranked }) => {
    const rows = ranked.map(({ rank, item: r }) => [
      String(rank),
      r.participantId,
      pick(lang, ELIGIBILITY[r.eligibility]),
      lang === 'vi' ? r.score.toFixed(2).replace('.', ',') : r.score.toFixed(2),
      `${r.counts.met}/${r.criteria.length - r.counts.notApplicable}`,
      shortfalls(r),
    ]);
    return `${group.id} — ${pick(lang, group.label)} (${ranked.length})\n${renderTable(header, rows)}`;
  });
  const eligible = evaluations.filter((e) => e.eligible).length;
  const summary = t(
    lang,
    `Tổng: ${evaluations.length} đối tượng, ${eligible} đủ điều kiện.`,
    `Total: ${evaluations.length} participants, ${eligible} eligible.`,
  );
  return { exitCode: 0, stdout: `${pick(lang, movement.name)}\n\n${out.join('\n\n')}\n\n${summary}` };
};
