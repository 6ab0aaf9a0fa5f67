// A sector's register: what an item's field may hold (at each boundary), how a commune's indicator is computed from
// its items (a share never typed), and what a movement may say about registers.
import { describe, expect, it } from 'vitest';
import { text } from '../i18n/localized-text.js';
import { parseMovement } from '../movement/parse-movement.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import {
  registerComputing,
  registerItemProblems,
  registerValueProblem,
  rollUpRegister,
  type RegisterItem,
} from './register-rollup.js';
import { registerSchema, type RegisterField, type RegisterInput } from './register.schema.js';

const SCHOOLS: RegisterInput = {
  id: 'REG-EDUCATION-SCHOOLS',
  label: text('Cơ sở giáo dục', 'School'),
  source: 'II.3.9.b',
  fields: [
    { id: 'name', label: text('Tên trường', 'Name'), kind: 'text' },
    {
      id: 'level',
      label: text('Cấp học', 'Level'),
      kind: 'choice',
      options: [
        { id: 'preschool', label: text('Mầm non', 'Preschool') },
        { id: 'primary', label: text('Tiểu học', 'Primary') },
        { id: 'lower_secondary', label: text('Trung học cơ sở', 'Lower secondary') },
      ],
    },
    { id: 'e_records', label: text('Học bạ điện tử', 'Electronic school records'), kind: 'yes_no' },
    { id: 'online_enrolment', label: text('Tuyển sinh trực tuyến', 'Online enrolment'), kind: 'yes_no' },
    { id: 'digital_ready', label: text('Đã chuyển đổi số', 'Digitally transformed'), kind: 'yes_no' },
    { id: 'connectivity', label: text('Tỉ lệ phòng học có mạng', 'Classrooms connected'), kind: 'percent' },
    { id: 'materials', label: text('Học liệu số hóa', 'Materials digitised'), kind: 'count' },
  ],
  rollups: [{ kind: 'share_yes', indicatorId: 'I-EDUCATION-SCHOOLS-DX', field: 'digital_ready' }],
};
const register = registerSchema.parse(SCHOOLS);
const field = (id: string): RegisterField => register.fields.find((f) => f.id === id)!;

describe('a register item field', () => {
  it.each([
    ['percent', 0, true],
    ['percent', 100, true],
    ['percent', -0.01, false],
    ['percent', 100.01, false],
    ['percent', Number.NaN, false],
    ['count', 0, true],
    ['count', -1, false],
    ['count', 1.5, false],
    ['e_records', true, true],
    ['e_records', 'true', false],
    ['e_records', 1, false],
    ['level', 'primary', true],
    ['level', 'university', false],
    ['name', 'x'.repeat(200), true],
    ['name', 'x'.repeat(201), false],
    ['name', null, true],
  ] as const)('%s holding %s is accepted: %s', (id, value, ok) => {
    const f = field(id === 'percent' ? 'connectivity' : id === 'count' ? 'materials' : id);
    expect(registerValueProblem(f, value) === null).toBe(ok);
  });

  it('names a field the register does not have, and the wrong value of one it has', () => {
    const item: RegisterItem = { unitId: 'U-A', values: { e_records: 'có', wifi: true } };
    expect(registerItemProblems(register, item).map((p) => p.field)).toEqual(['e_records', 'wifi']);
  });
});

describe('a commune’s figure computed from its register', () => {
  const school = (unitId: string, digital_ready: boolean | null, connectivity: number | null = null): RegisterItem => ({
    unitId,
    values: { digital_ready, connectivity },
  });
  const share = (items: RegisterItem[], communes = ['U-A']) =>
    rollUpRegister(register, items, communes).map((v) => [v.unitId, v.number]);

  it('is the share of its schools that say yes: 1 of 3 is 33.33 %, all is 100 %', () => {
    expect(share([school('U-A', true), school('U-A', false), school('U-A', false)])).toEqual([['U-A', 33.33]]);
    expect(share([school('U-A', true), school('U-A', true)])).toEqual([['U-A', 100]]);
  });

  it('counts only the schools already checked, and gives no figure (not 0 %) to a commune without any', () => {
    expect(share([school('U-A', true), school('U-A', null)])).toEqual([['U-A', 100]]);
    expect(share([school('U-B', true)], ['U-A', 'U-B'])).toEqual([
      ['U-A', null],
      ['U-B', 100],
    ]);
  });

  it('counts items (or those saying yes) and averages a percent field', () => {
    const counted = registerSchema.parse({
      ...SCHOOLS,
      rollups: [
        { kind: 'count', indicatorId: 'I-EDUCATION-IT-CLASSES' },
        { kind: 'count', indicatorId: 'I-EDUCATION-MATERIALS', field: 'digital_ready' },
        { kind: 'mean', indicatorId: 'I-EDUCATION-SCHOOLS-DX', field: 'connectivity' },
      ],
    });
    const items = [school('U-A', true, 50), school('U-A', false, 100), school('U-A', null)];
    expect(rollUpRegister(counted, items, ['U-A', 'U-B']).map((v) => v.number)).toEqual([3, 1, 75, 0, 0, null]);
  });
});

describe('a school counted as transformed only when it has everything', () => {
  const all = registerSchema.parse({
    ...SCHOOLS,
    rollups: [
      { kind: 'share_all_yes', indicatorId: 'I-EDUCATION-SCHOOLS-DX', fields: ['e_records', 'online_enrolment'] },
    ],
  });
  const school = (e_records: boolean | null, online_enrolment: boolean | null): RegisterItem => ({
    unitId: 'U-A',
    values: { e_records, online_enrolment },
  });
  const share = (items: RegisterItem[]) => rollUpRegister(all, items, ['U-A'])[0]!.number;

  it('is yes with every field yes, no with any field no, and left out while a field is unchecked and none is no', () => {
    expect(share([school(true, true), school(true, false)])).toBe(50);
    expect(share([school(true, true), school(false, null)])).toBe(50);
    expect(share([school(true, true), school(true, null)])).toBe(100);
    expect(share([school(true, null)])).toBeNull();
    expect(share([school(true, true), school(true, true), school(false, false)])).toBe(66.67);
  });
});

describe('registers in a movement', () => {
  const withRegister = (register: RegisterInput) => ({
    ...plan,
    sectors: plan.sectors.map((s) => (s.id === 'S-EDUCATION' ? { ...s, registers: [register] } : s)),
  });
  const codes = (register: RegisterInput) => {
    const parsed = parseMovement(withRegister(register));
    return parsed.ok ? [] : parsed.errors.map((e) => e.code);
  };

  it('accepts a register computing an indicator of its own sector from a yes/no field', () => {
    expect(codes(SCHOOLS)).toEqual([]);
  });

  it('refuses an indicator of another sector, a field of the wrong kind, one indicator computed twice, a field ID twice', () => {
    const rollup = { kind: 'share_yes' as const, indicatorId: 'I-EDUCATION-SCHOOLS-DX', field: 'digital_ready' };
    expect(codes({ ...SCHOOLS, rollups: [{ ...rollup, indicatorId: 'I-HEALTH-EMR' }] })).toEqual(['ROLLUP_INDICATOR']);
    expect(codes({ ...SCHOOLS, rollups: [{ ...rollup, field: 'connectivity' }] })).toEqual(['ROLLUP_FIELD']);
    expect(codes({ ...SCHOOLS, rollups: [rollup, rollup] })).toEqual(['ROLLUP_TWICE']);
    expect(codes({ ...SCHOOLS, fields: [...SCHOOLS.fields, SCHOOLS.fields[0]!] })).toEqual(['DUPLICATE_FIELD']);
  });

  it('the plan: each of the five sector modules keeps a register, and the schools share is computed, never typed', () => {
    const parsed = parseMovement(plan);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const kept = parsed.movement.sectors.filter((s) => (s.registers ?? []).length > 0).map((s) => s.id);
    expect(kept).toEqual(['S-HEALTH', 'S-EDUCATION', 'S-AGRICULTURE', 'S-LAND-ENV', 'S-RESIDENTS']);
    const education = parsed.movement.sectors.find((s) => s.id === 'S-EDUCATION')!;
    expect(registerComputing(education.registers, 'I-EDUCATION-SCHOOLS-DX')?.id).toBe('REG-EDUCATION-SCHOOLS');
    expect(registerComputing(education.registers, 'I-EDUCATION-MATERIALS')).toBeNull();
  });

  it('refuses a school rule reading a field that is not yes/no', () => {
    const rule = {
      kind: 'share_all_yes' as const,
      indicatorId: 'I-EDUCATION-SCHOOLS-DX',
      fields: ['e_records', 'level'],
    };
    expect(codes({ ...SCHOOLS, rollups: [rule] })).toEqual(['ROLLUP_FIELD']);
    expect(codes({ ...SCHOOLS, rollups: [{ ...rule, fields: ['e_records', 'online_enrolment'] }] })).toEqual([]);
  });
});
