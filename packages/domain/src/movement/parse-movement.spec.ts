// parseMovement is the gate for untrusted movement definitions: every refusal says where (path) and why (vi + en).
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import type { Movement } from './movement.schema.js';
import { parseMovement, type MovementError } from './parse-movement.js';

const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

/** A mutable deep copy of the Ninh Sơn plan with one change applied. */
const changed = (change: (m: Movement) => void): Movement => {
  const copy = structuredClone(plan);
  change(copy);
  return copy;
};

const errorsOf = (input: unknown): MovementError[] => {
  const result = parseMovement(input);
  return result.ok ? [] : result.errors;
};

const CASES: Array<[string, unknown, { code: string; path: string; vi?: string; en?: string }]> = [
  [
    'a missing top-level field (name)',
    changed((m) => Reflect.deleteProperty(m, 'name')),
    { code: 'INVALID_TYPE', path: 'name', vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' },
  ],
  [
    'a missing nested field (a criterion without measure)',
    changed((m) => Reflect.deleteProperty(at(m.criteria, 5), 'measure')),
    { code: 'INVALID_TYPE', path: 'criteria[5].measure', vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' },
  ],
  [
    'a wrong type (weight "heavy")',
    changed((m) => Reflect.set(at(m.criteria, 0), 'weight', 'heavy')),
    {
      code: 'INVALID_TYPE',
      path: 'criteria[0].weight',
      vi: 'Sai kiểu dữ liệu: cần số',
      en: 'Wrong type: expected number',
    },
  ],
  [
    'a wrong type (quota "5" as text)',
    changed((m) => Reflect.set(at(m.timeline.reviews, 0).quotas, 'collective', '5')),
    { code: 'INVALID_TYPE', path: 'timeline.reviews[0].quotas.collective', en: 'Wrong type: expected number' },
  ],
  [
    'not an object at all',
    null,
    { code: 'INVALID_TYPE', path: '', vi: 'Sai kiểu dữ liệu: cần đối tượng', en: 'Wrong type: expected object' },
  ],
  [
    'an unknown key in a criterion',
    changed((m) => Reflect.set(at(m.criteria, 0), 'colour', 'red')),
    {
      code: 'UNRECOGNIZED_KEYS',
      path: 'criteria[0].colour',
      vi: 'Trường không được hỗ trợ: colour',
      en: 'Unknown field(s): colour',
    },
  ],
  [
    'an unknown key at the top level',
    changed((m) => Reflect.set(m, 'extra', 1)),
    { code: 'UNRECOGNIZED_KEYS', path: 'extra', en: 'Unknown field(s): extra' },
  ],
  [
    'an impossible date (30 February)',
    changed((m) => (at(m.timeline.phases, 0).start = '2022-02-30')),
    {
      code: 'INVALID_FORMAT',
      path: 'timeline.phases[0].start',
      vi: 'Ngày không hợp lệ: cần dạng YYYY-MM-DD',
      en: 'Invalid date: expected YYYY-MM-DD',
    },
  ],
  [
    'a date written the Vietnamese way (20/9/2022)',
    changed((m) => Reflect.set(at(m.timeline.deadlines, 0).due, 'date', '20/9/2022')),
    { code: 'INVALID_FORMAT', path: 'timeline.deadlines[0].due.date', en: 'Invalid date: expected YYYY-MM-DD' },
  ],
  [
    'an ID not shaped like C-DEPT-DOSSIERS',
    changed((m) => (at(m.criteria, 3).id = 'c-dept-tasks')),
    {
      code: 'INVALID_FORMAT',
      path: 'criteria[3].id',
      en: 'Invalid format (regex): must be upper-case words joined by hyphens, like AB-CD',
    },
  ],
  [
    'an unknown participant kind',
    changed((m) => Reflect.set(at(m.participantGroups, 0), 'kind', 'ministry')),
    {
      code: 'INVALID_VALUE',
      path: 'participantGroups[0].kind',
      en: 'Invalid value: expected one of "department", "commune", "enterprise", "individual"',
    },
  ],
  [
    'another schema version',
    changed((m) => Reflect.set(m, 'schemaVersion', 2)),
    { code: 'INVALID_VALUE', path: 'schemaVersion', vi: 'Giá trị không hợp lệ: chỉ nhận 1' },
  ],
  [
    'no criteria at all',
    changed((m) => (m.criteria = [])),
    { code: 'TOO_SMALL', path: 'criteria', vi: 'Cần ít nhất 1 phần tử', en: 'Needs at least 1 item(s)' },
  ],
  [
    'a percent threshold above 100',
    changed((m) => Reflect.set(at(m.criteria, 5).measure, 'threshold', 120)),
    { code: 'TOO_BIG', path: 'criteria[5].measure.threshold', vi: 'Giá trị phải ≤ 100', en: 'Must be ≤ 100' },
  ],
  [
    'a negative percent threshold',
    changed((m) => Reflect.set(at(m.criteria, 5).measure, 'threshold', -1)),
    { code: 'TOO_SMALL', path: 'criteria[5].measure.threshold', vi: 'Giá trị phải ≥ 0', en: 'Must be ≥ 0' },
  ],
  [
    'an eligibility rule of no known form',
    changed((m) => Reflect.set(at(m.participantGroups, 0), 'eligibility', { someOf: [] })),
    {
      code: 'INVALID_UNION',
      path: 'participantGroups[0].eligibility',
      vi: 'Không khớp với dạng nào được hỗ trợ',
      en: 'Does not match any supported form',
    },
  ],
  [
    'a duplicate ID (two roles ROLE-CULTURE)',
    changed((m) => (at(m.roles, 1).id = 'ROLE-CULTURE')),
    { code: 'DUPLICATE_ID', path: 'roles[1].id', vi: 'Mã ROLE-CULTURE bị trùng', en: 'ID ROLE-CULTURE is used twice' },
  ],
  [
    'a duplicate ID across collections (a sector named R-FINAL)',
    changed((m) => (at(m.sectors, 0).id = 'R-FINAL')),
    { code: 'DUPLICATE_ID', path: 'sectors[0].id' },
  ],
  [
    'an eligibility rule naming an unknown criterion',
    changed(
      (m) =>
        (at(m.participantGroups, 3).eligibility = {
          allOf: [{ criterion: 'C-IND-ACTIVE' }, { criterion: 'C-IND-NOPE' }],
        }),
    ),
    {
      code: 'UNKNOWN_CRITERION',
      path: 'participantGroups[3].eligibility',
      vi: 'Tiêu chí C-IND-NOPE không tồn tại',
      en: 'Criterion C-IND-NOPE does not exist',
    },
  ],
  [
    'an eligibility rule using a criterion not meant for the group kind',
    changed(
      (m) =>
        (at(m.participantGroups, 3).eligibility = {
          anyOf: [{ criterion: 'C-IND-ACTIVE' }, { criterion: 'C-DEPT-TASKS' }],
        }),
    ),
    {
      code: 'CRITERION_NOT_FOR_KIND',
      path: 'participantGroups[3].eligibility',
      en: 'Criterion C-DEPT-TASKS does not apply to "individual"',
    },
  ],
  [
    'two groups of the same kind',
    changed((m) => m.participantGroups.push({ ...at(m.participantGroups, 0), id: 'P-DEPT-2' })),
    {
      code: 'DUPLICATE_KIND',
      path: 'participantGroups[4].kind',
      en: 'Participant kind "department" is declared twice',
    },
  ],
  [
    'an unknown time zone',
    changed((m) => (m.timeZone = 'Asia/Ninh_Son')),
    {
      code: 'UNKNOWN_TIME_ZONE',
      path: 'timeZone',
      vi: 'Múi giờ "Asia/Ninh_Son" không hợp lệ',
      en: 'Unknown time zone "Asia/Ninh_Son"',
    },
  ],
  [
    'a phase that ends before it starts',
    changed((m) => (at(m.timeline.phases, 0).start = '2024-01-01')),
    { code: 'DATES_REVERSED', path: 'timeline.phases[0]', en: 'Start 2024-01-01 is after end 2023-12-31' },
  ],
  [
    'a review that ends before it starts',
    changed((m) => (at(m.timeline.reviews, 1).start = '2026-01-01')),
    { code: 'DATES_REVERSED', path: 'timeline.reviews[1]' },
  ],
  [
    'a yearly deadline whose first year is after its last',
    changed((m) => Reflect.set(at(m.timeline.deadlines, 1).due, 'fromYear', 2026)),
    { code: 'DATES_REVERSED', path: 'timeline.deadlines[1].due', en: 'Start 2026 is after end 2025' },
  ],
  [
    'a yearly deadline on 29 February',
    changed((m) => Object.assign(at(m.timeline.deadlines, 1).due, { month: 2, day: 29 })),
    {
      code: 'INVALID_DAY',
      path: 'timeline.deadlines[1].due',
      vi: 'Ngày 29/2 không có trong mọi năm',
      en: 'Day 29/2 does not exist every year',
    },
  ],
  [
    'a yearly deadline on 31 April',
    changed((m) => Object.assign(at(m.timeline.deadlines, 1).due, { month: 4, day: 31 })),
    { code: 'INVALID_DAY', path: 'timeline.deadlines[1].due' },
  ],
  [
    'a per-sector target naming an unknown sector',
    changed((m) => Reflect.set(at(m.targets, 9).rule, 'sectors', ['S-HEALTH', 'S-SPACE'])),
    {
      code: 'UNKNOWN_SECTOR',
      path: 'targets[9].rule.sectors',
      vi: 'Ngành S-SPACE không tồn tại',
      en: 'Sector S-SPACE does not exist',
    },
  ],
  [
    'a per-sector target in a movement without sectors',
    changed((m) => (m.sectors = [])),
    { code: 'NO_SECTORS', path: 'targets[9].rule.sectors' },
  ],
  [
    'a duplicate indicator ID (I-HEALTH-EMR twice)',
    changed((m) => (at(at(m.sectors, 0).indicators, 1).id = 'I-HEALTH-EMR')),
    { code: 'DUPLICATE_ID', path: 'sectors[0].indicators[1].id', vi: 'Mã I-HEALTH-EMR bị trùng' },
  ],
  [
    'an indicator filed under another sector',
    changed((m) => (at(at(m.sectors, 1).indicators, 0).id = 'I-HEALTH-SCHOOLS')),
    {
      code: 'INDICATOR_OUTSIDE_SECTOR',
      path: 'sectors[1].indicators[0].id',
      vi: 'Chỉ số I-HEALTH-SCHOOLS của ngành S-EDUCATION phải có mã bắt đầu bằng I-EDUCATION-',
      en: 'Indicator I-HEALTH-SCHOOLS of sector S-EDUCATION must start with I-EDUCATION-',
    },
  ],
  [
    'an indicator goal with a comparison but no threshold',
    changed((m) => (at(at(m.sectors, 0).indicators, 0).measure = { kind: 'percent', op: 'gte' })),
    {
      code: 'INCOMPLETE_GOAL',
      path: 'sectors[0].indicators[0].measure',
      en: 'An indicator goal needs both op and threshold',
    },
  ],
  [
    'an indicator goal above 100%',
    changed((m) => (at(at(m.sectors, 1).indicators, 0).measure = { kind: 'percent', op: 'eq', threshold: 120 })),
    { code: 'TOO_BIG', path: 'sectors[1].indicators[0].measure.threshold', vi: 'Giá trị phải ≤ 100' },
  ],
  [
    'an indicator measured as a score (sector figures are shares, counts or yes/no)',
    changed((m) =>
      Reflect.set(at(at(m.sectors, 0).indicators, 0), 'measure', { kind: 'score', op: 'gte', threshold: 80, max: 100 }),
    ),
    { code: 'INVALID_UNION', path: 'sectors[0].indicators[0].measure.kind' },
  ],
  [
    'an indicator without a unit',
    changed((m) => Reflect.deleteProperty(at(at(m.sectors, 0).indicators, 0), 'unit')),
    { code: 'INVALID_TYPE', path: 'sectors[0].indicators[0].unit', vi: 'Thiếu trường bắt buộc' },
  ],
  [
    'a target in an unknown group',
    changed((m) => (at(m.targets, 0).group = 'G9')),
    { code: 'UNKNOWN_TARGET_GROUP', path: 'targets[0].group', en: 'Target group G9 does not exist' },
  ],
  [
    'a criterion for a kind no group declares',
    changed((m) => {
      m.participantGroups = m.participantGroups.filter((g) => g.kind !== 'enterprise');
      m.criteria = m.criteria.filter((c) => !(c.appliesTo.length === 1 && c.appliesTo[0] === 'enterprise'));
    }),
    {
      code: 'UNDECLARED_KIND',
      path: 'criteria[0].appliesTo',
      en: 'Kind "enterprise" is not declared in participantGroups',
    },
  ],
  [
    'a deadline for a kind no group declares',
    changed((m) => {
      m.participantGroups = m.participantGroups.filter((g) => g.kind !== 'individual');
      m.criteria = m.criteria.filter((c) => !c.appliesTo.includes('individual'));
      at(m.timeline.deadlines, 0).appliesTo = ['department', 'individual'];
    }),
    { code: 'UNDECLARED_KIND', path: 'timeline.deadlines[0].appliesTo', en: 'Kind "individual" is not declared' },
  ],
];

describe('parseMovement refuses invalid movements', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    const errors = errorsOf(input);
    const match = errors.find((e) => e.code === expected.code && e.path === expected.path);
    expect(match, JSON.stringify(errors)).toBeDefined();
    if (expected.vi !== undefined) expect(match?.message.vi).toBe(expected.vi);
    if (expected.en !== undefined) expect(match?.message.en).toBe(expected.en);
  });

  it.each(CASES)('every error for %s has a path and a message in both languages', (_name, input) => {
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(typeof e.path).toBe('string');
      expect(e.code).toMatch(/^[A-Z_]+$/);
      expect(e.message.vi.length).toBeGreaterThan(0);
      expect(e.message.en.length).toBeGreaterThan(0);
      expect(e.message.vi).not.toBe(e.message.en);
    }
  });

  it('a duplicate ID reports the later occurrence only', () => {
    expect(errorsOf(changed((m) => (at(m.roles, 1).id = 'ROLE-CULTURE')))).toHaveLength(1);
  });

  it('reports every structural problem at once, not only the first', () => {
    const input = changed((m) => {
      Reflect.deleteProperty(m, 'name');
      Reflect.set(at(m.criteria, 0), 'weight', 'heavy');
      at(m.timeline.phases, 0).start = '2022-02-30';
    });
    expect(errorsOf(input).map((e) => e.path)).toEqual(['name', 'criteria[0].weight', 'timeline.phases[0].start']);
  });

  it('a duplicate target group ID (G1 twice) is refused like any other duplicate ID', () => {
    const input = changed((m) =>
      m.targetGroups.push({ ...at(m.targetGroups, 0), label: { vi: 'Nhóm trùng', en: 'Duplicate group' } }),
    );
    expect(errorsOf(input).map((e) => e.code)).toContain('DUPLICATE_ID');
  });

  it('explains a non-integer quota in Vietnamese words, not the type name "int"', () => {
    const [error] = errorsOf(changed((m) => Reflect.set(at(m.timeline.reviews, 0).quotas, 'individual', 5.5)));
    expect(error?.path).toBe('timeline.reviews[0].quotas.individual');
    expect(error?.message.vi).not.toMatch(/\bint\b/);
  });
});

describe('parseMovement accepts valid movements', () => {
  it('gives back the movement with defaults applied', () => {
    const input = changed((m) => {
      Reflect.deleteProperty(at(m.criteria, 0), 'weight');
      Reflect.deleteProperty(at(m.targets, 0), 'qualitative');
    });
    const result = parseMovement(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(at(result.movement.criteria, 0).weight).toBe(1);
    expect(at(result.movement.targets, 0).qualitative).toBe(false);
    expect(at(result.movement.timeline.deadlines, 1).due).toMatchObject({ opensOn: { month: 1, day: 1 } });
  });

  it('gives a sector without indicators an empty list', () => {
    const result = parseMovement(changed((m) => Reflect.deleteProperty(at(m.sectors, 4), 'indicators')));
    expect(result.ok && at(result.movement.sectors, 4).indicators).toEqual([]);
  });

  it('accepts the lenient "on_or_before" reading of a deadline', () => {
    expect(parseMovement(changed((m) => (at(m.timeline.deadlines, 0).reading = 'on_or_before'))).ok).toBe(true);
  });

  it('does not change its input', () => {
    const input = changed(() => undefined);
    const before = JSON.stringify(input);
    parseMovement(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
