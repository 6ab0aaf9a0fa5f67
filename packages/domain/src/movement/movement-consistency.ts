// Checks a structurally valid movement for what zod cannot see: unique IDs, references, date order, time zone.
import { text, type LocalizedText } from '../i18n/localized-text.js';
import { isValidTimeZone } from '../timeline/zoned-time.js';
import { PARTICIPANT_KINDS } from './participant.schema.js';
import type { Movement } from './movement.schema.js';
import { criteriaInRule } from './rule.schema.js';

/** Any year that is not a leap year: a yearly day must exist in it. */
const A_COMMON_YEAR = 2001;

export interface MovementProblem {
  path: string;
  code: string;
  message: LocalizedText;
}

const collectIds = (m: Movement): Array<[string, string]> => [
  ...m.participantGroups.map((g, i) => [g.id, `participantGroups[${i}].id`] as [string, string]),
  ...m.criteria.map((c, i) => [c.id, `criteria[${i}].id`] as [string, string]),
  ...m.targetGroups.map((g, i) => [g.id, `targetGroups[${i}].id`] as [string, string]),
  ...m.targets.map((t, i) => [t.id, `targets[${i}].id`] as [string, string]),
  ...m.timeline.phases.map((p, i) => [p.id, `timeline.phases[${i}].id`] as [string, string]),
  ...m.timeline.reviews.map((r, i) => [r.id, `timeline.reviews[${i}].id`] as [string, string]),
  ...m.timeline.deadlines.map((d, i) => [d.id, `timeline.deadlines[${i}].id`] as [string, string]),
  ...m.roles.map((r, i) => [r.id, `roles[${i}].id`] as [string, string]),
  ...m.sectors.map((s, i) => [s.id, `sectors[${i}].id`] as [string, string]),
  ...m.sectors.flatMap((s, i) =>
    s.indicators.map((d, j) => [d.id, `sectors[${i}].indicators[${j}].id`] as [string, string]),
  ),
  ...m.sectors.flatMap((s, i) =>
    (s.registers ?? []).map((r, j) => [r.id, `sectors[${i}].registers[${j}].id`] as [string, string]),
  ),
];

function* uniqueIdProblems(m: Movement): Generator<MovementProblem> {
  const seen = new Set<string>();
  for (const [id, path] of collectIds(m)) {
    if (seen.has(id))
      yield { path, code: 'DUPLICATE_ID', message: text(`Mã ${id} bị trùng`, `ID ${id} is used twice`) };
    seen.add(id);
  }
}

function* groupProblems(m: Movement): Generator<MovementProblem> {
  const criteria = new Map(m.criteria.map((c) => [c.id, c]));
  const kinds = new Set<string>();
  for (const [i, group] of m.participantGroups.entries()) {
    if (kinds.has(group.kind)) {
      yield {
        path: `participantGroups[${i}].kind`,
        code: 'DUPLICATE_KIND',
        message: text(
          `Đối tượng "${group.kind}" khai báo hai lần`,
          `Participant kind "${group.kind}" is declared twice`,
        ),
      };
    }
    kinds.add(group.kind);
    for (const id of criteriaInRule(group.eligibility)) {
      const criterion = criteria.get(id);
      if (!criterion) {
        yield {
          path: `participantGroups[${i}].eligibility`,
          code: 'UNKNOWN_CRITERION',
          message: text(`Tiêu chí ${id} không tồn tại`, `Criterion ${id} does not exist`),
        };
      } else if (!criterion.appliesTo.includes(group.kind)) {
        yield {
          path: `participantGroups[${i}].eligibility`,
          code: 'CRITERION_NOT_FOR_KIND',
          message: text(
            `Tiêu chí ${id} không áp dụng cho đối tượng "${group.kind}"`,
            `Criterion ${id} does not apply to "${group.kind}"`,
          ),
        };
      }
    }
  }
}

const dateOrder = (start: string, end: string, path: string): MovementProblem[] =>
  start <= end
    ? []
    : [
        {
          path,
          code: 'DATES_REVERSED',
          message: text(`Ngày bắt đầu ${start} sau ngày kết thúc ${end}`, `Start ${start} is after end ${end}`),
        },
      ];

const isRealDate = (year: number, month: number, day: number): boolean => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

function* timelineProblems(m: Movement): Generator<MovementProblem> {
  for (const [i, p] of m.timeline.phases.entries()) yield* dateOrder(p.start, p.end, `timeline.phases[${i}]`);
  for (const [i, r] of m.timeline.reviews.entries()) {
    yield* dateOrder(r.start, r.end, `timeline.reviews[${i}]`);
    if (r.years && (r.years.from > r.years.to || r.year < r.years.from || r.year > r.years.to)) {
      yield {
        path: `timeline.reviews[${i}].years`,
        code: 'REVIEW_YEARS',
        message: text(
          `Đợt ${r.id}: các năm xét ${r.years.from}–${r.years.to} phải theo thứ tự và gồm năm ${r.year}`,
          `Review ${r.id}: the years ${r.years.from}–${r.years.to} must be in order and include ${r.year}`,
        ),
      };
    }
  }
  for (const [i, d] of m.timeline.deadlines.entries()) {
    if (d.due.kind !== 'yearly') continue;
    if (d.due.fromYear > d.due.toYear)
      yield* dateOrder(String(d.due.fromYear), String(d.due.toYear), `timeline.deadlines[${i}].due`);
    // 29 February is rejected on purpose: a yearly deadline must exist in every year.
    if (!isRealDate(A_COMMON_YEAR, d.due.month, d.due.day)) {
      yield {
        path: `timeline.deadlines[${i}].due`,
        code: 'INVALID_DAY',
        message: text(
          `Ngày ${d.due.day}/${d.due.month} không có trong mọi năm`,
          `Day ${d.due.day}/${d.due.month} does not exist every year`,
        ),
      };
    }
  }
  if (!isValidTimeZone(m.timeZone)) {
    yield {
      path: 'timeZone',
      code: 'UNKNOWN_TIME_ZONE',
      message: text(`Múi giờ "${m.timeZone}" không hợp lệ`, `Unknown time zone "${m.timeZone}"`),
    };
  }
}

function* targetProblems(m: Movement): Generator<MovementProblem> {
  const groups = new Set(m.targetGroups.map((g) => g.id));
  const sectors = new Set(m.sectors.map((s) => s.id));
  for (const [i, t] of m.targets.entries()) {
    if (!groups.has(t.group)) {
      yield {
        path: `targets[${i}].group`,
        code: 'UNKNOWN_TARGET_GROUP',
        message: text(`Nhóm chỉ tiêu ${t.group} không tồn tại`, `Target group ${t.group} does not exist`),
      };
    }
    if (t.rule.kind !== 'minOverSectors') continue;
    if (t.rule.sectors.length === 0 && sectors.size === 0) {
      yield {
        path: `targets[${i}].rule.sectors`,
        code: 'NO_SECTORS',
        message: text(
          'Chỉ tiêu theo ngành nhưng phong trào chưa khai báo ngành nào',
          'Per-sector target but the movement declares no sectors',
        ),
      };
    }
    for (const s of t.rule.sectors.filter((id) => !sectors.has(id))) {
      yield {
        path: `targets[${i}].rule.sectors`,
        code: 'UNKNOWN_SECTOR',
        message: text(`Ngành ${s} không tồn tại`, `Sector ${s} does not exist`),
      };
    }
  }
}

/** I-HEALTH-EMR belongs to S-HEALTH, I-LAND-DIGITAL-MAP to S-LAND-ENV: the indicator names its sector's first word. */
const indicatorPrefix = (sectorId: string): string => `I-${sectorId.replace(/^[A-Z0-9]+-([A-Z0-9]+).*$/, '$1')}-`;

function* indicatorProblems(m: Movement): Generator<MovementProblem> {
  for (const [i, s] of m.sectors.entries()) {
    const prefix = indicatorPrefix(s.id);
    for (const [j, d] of s.indicators.entries()) {
      const path = `sectors[${i}].indicators[${j}]`;
      if (!d.id.startsWith(prefix)) {
        yield {
          path: `${path}.id`,
          code: 'INDICATOR_OUTSIDE_SECTOR',
          message: text(
            `Chỉ số ${d.id} của ngành ${s.id} phải có mã bắt đầu bằng ${prefix}`,
            `Indicator ${d.id} of sector ${s.id} must start with ${prefix}`,
          ),
        };
      }
      if (d.measure.kind !== 'boolean' && (d.measure.op === undefined) !== (d.measure.threshold === undefined)) {
        yield {
          path: `${path}.measure`,
          code: 'INCOMPLETE_GOAL',
          message: text(
            'Mục tiêu của chỉ số cần cả phép so sánh (op) và ngưỡng (threshold)',
            'An indicator goal needs both op and threshold',
          ),
        };
      }
      if (d.workingGoal && (d.measure.kind === 'boolean' || d.measure.threshold === undefined)) {
        yield {
          path: `${path}.workingGoal`,
          code: 'INCOMPLETE_GOAL',
          message: text(
            'Chỉ số đánh dấu mục tiêu do huyện đặt nhưng chưa có ngưỡng (threshold)',
            'The indicator marks a working goal but has no threshold',
          ),
        };
      }
    }
  }
}

/** What each kind of roll-up computes: the indicator's measure it fills, and the field kind it reads. */
const ROLLUP_NEEDS = {
  share_yes: { measure: 'percent', field: 'yes_no' },
  share_all_yes: { measure: 'percent', field: 'yes_no' },
  count: { measure: 'count', field: 'yes_no' },
  mean: { measure: 'percent', field: 'percent' },
} as const;

/** A register computes indicators of its own sector, each from a field of the right kind, each indicator once. */
function* registerProblems(m: Movement): Generator<MovementProblem> {
  for (const [i, s] of m.sectors.entries()) {
    const indicators = new Map(s.indicators.map((d) => [d.id, d]));
    const computed = new Set<string>();
    for (const [j, r] of (s.registers ?? []).entries()) {
      const path = `sectors[${i}].registers[${j}]`;
      const fields = new Map(r.fields.map((f) => [f.id, f]));
      if (fields.size !== r.fields.length)
        yield {
          path: `${path}.fields`,
          code: 'DUPLICATE_FIELD',
          message: text(`Sổ ${r.id} có hai cột cùng mã`, `Register ${r.id} has two fields with one ID`),
        };
      for (const [k, rollup] of r.rollups.entries()) {
        const at = `${path}.rollups[${k}]`;
        const indicator = indicators.get(rollup.indicatorId);
        const needs = ROLLUP_NEEDS[rollup.kind];
        if (!indicator || indicator.measure.kind !== needs.measure) {
          yield {
            path: `${at}.indicatorId`,
            code: 'ROLLUP_INDICATOR',
            message: text(
              `${rollup.indicatorId} phải là một chỉ số đo bằng "${needs.measure}" của ngành ${s.id}`,
              `${rollup.indicatorId} must be a "${needs.measure}" indicator of sector ${s.id}`,
            ),
          };
        }
        if (computed.has(rollup.indicatorId))
          yield {
            path: `${at}.indicatorId`,
            code: 'ROLLUP_TWICE',
            message: text(
              `Chỉ số ${rollup.indicatorId} được tính từ sổ hai lần`,
              `Indicator ${rollup.indicatorId} is computed twice`,
            ),
          };
        computed.add(rollup.indicatorId);
        const read = rollup.kind === 'share_all_yes' ? rollup.fields : rollup.field === undefined ? [] : [rollup.field];
        for (const id of read.filter((f) => fields.get(f)?.kind !== needs.field))
          yield {
            path: `${at}.${rollup.kind === 'share_all_yes' ? 'fields' : 'field'}`,
            code: 'ROLLUP_FIELD',
            message: text(
              `Cột ${id} phải là cột kiểu "${needs.field}" của sổ ${r.id}`,
              `Field ${id} must be a "${needs.field}" field of register ${r.id}`,
            ),
          };
      }
    }
  }
}

function* coverageProblems(m: Movement): Generator<MovementProblem> {
  const declared = new Set(m.participantGroups.map((g) => g.kind));
  for (const [i, c] of m.criteria.entries()) {
    for (const kind of c.appliesTo.filter((k) => !declared.has(k))) {
      yield {
        path: `criteria[${i}].appliesTo`,
        code: 'UNDECLARED_KIND',
        message: text(
          `Đối tượng "${kind}" chưa được khai báo trong participantGroups`,
          `Kind "${kind}" is not declared in participantGroups`,
        ),
      };
    }
  }
  for (const [i, d] of m.timeline.deadlines.entries()) {
    for (const kind of d.appliesTo.filter((k) => !PARTICIPANT_KINDS.includes(k) || !declared.has(k))) {
      yield {
        path: `timeline.deadlines[${i}].appliesTo`,
        code: 'UNDECLARED_KIND',
        message: text(`Đối tượng "${kind}" chưa được khai báo`, `Kind "${kind}" is not declared`),
      };
    }
  }
}

/** One change per day: two on the same day would leave it open who signs. */
function* authorityProblems(m: Movement): Generator<MovementProblem> {
  const seen = new Set<string>();
  for (const [i, a] of m.authorities.entries()) {
    if (seen.has(a.from))
      yield {
        path: `authorities[${i}].from`,
        code: 'DUPLICATE_DATE',
        message: text(`Đã có thay đổi thẩm quyền ngày ${a.from}`, `Another authority change starts on ${a.from}`),
      };
    seen.add(a.from);
  }
}

export const movementConsistencyProblems = (m: Movement): MovementProblem[] => [
  ...authorityProblems(m),
  ...uniqueIdProblems(m),
  ...groupProblems(m),
  ...timelineProblems(m),
  ...targetProblems(m),
  ...indicatorProblems(m),
  ...registerProblems(m),
  ...coverageProblems(m),
];
