// A register's items checked and rolled up: what an item's field may hold, and each commune's indicator values
// computed from its items, as the sector's figures then report them.
import { text, type LocalizedText } from '../i18n/text.js';
import type { Register, RegisterField, RegisterRollup } from './register.schema.js';

export type RegisterFieldValue = string | number | boolean | null;

/** One thing in a register: the commune it is in, and its fields' values by field ID. */
export interface RegisterItem {
  unitId: string;
  values: Readonly<Record<string, RegisterFieldValue | undefined>>;
}

export const REGISTER_TEXT_MAX = 200;

/** Why a field's value cannot be stored, or null when it can (empty is allowed: not known yet). */
export const registerValueProblem = (
  field: RegisterField,
  value: RegisterFieldValue | undefined,
): LocalizedText | null => {
  if (value === null || value === undefined) return null;
  switch (field.kind) {
    case 'yes_no':
      return typeof value === 'boolean' ? null : text('cần có/không', 'expects yes/no');
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100
        ? null
        : text('cần một tỉ lệ từ 0 đến 100%', 'expects a share from 0 to 100%');
    case 'count':
      return Number.isInteger(value) && (value as number) >= 0
        ? null
        : text('cần một số nguyên không âm', 'expects a whole number ≥ 0');
    case 'choice':
      return field.options.some((o) => o.id === value)
        ? null
        : text(
            `cần một trong: ${field.options.map((o) => o.label.vi).join(', ')}`,
            `expects one of: ${field.options.map((o) => o.label.en).join(', ')}`,
          );
    case 'text':
      return typeof value === 'string' && value.length <= REGISTER_TEXT_MAX
        ? null
        : text(`cần chữ, tối đa ${REGISTER_TEXT_MAX} ký tự`, `expects text of at most ${REGISTER_TEXT_MAX} characters`);
  }
};

/** Every problem of an item, by field; a field the register does not have is a problem too. */
export const registerItemProblems = (
  register: Register,
  item: RegisterItem,
): Array<{ field: string; message: LocalizedText }> => {
  const fields = new Map(register.fields.map((f) => [f.id, f]));
  return Object.entries(item.values).flatMap(([id, value]) => {
    const field = fields.get(id);
    if (!field)
      return [
        { field: id, message: text(`"${id}" không phải một cột của sổ`, `"${id}" is not a field of the register`) },
      ];
    const message = registerValueProblem(field, value);
    return message ? [{ field: id, message }] : [];
  });
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

const rollUp = (rollup: RegisterRollup, items: readonly RegisterItem[]): number | null => {
  switch (rollup.kind) {
    case 'share_yes': {
      const answered = items.filter((i) => typeof i.values[rollup.field] === 'boolean');
      if (answered.length === 0) return null;
      return round2((100 * answered.filter((i) => i.values[rollup.field] === true).length) / answered.length);
    }
    case 'share_all_yes': {
      const answers = items.map((i) => rollup.fields.map((f) => i.values[f]));
      const no = answers.filter((a) => a.includes(false)).length;
      const yes = answers.filter((a) => a.every((v) => v === true)).length;
      return yes + no === 0 ? null : round2((100 * yes) / (yes + no));
    }
    case 'count':
      return rollup.field === undefined ? items.length : items.filter((i) => i.values[rollup.field!] === true).length;
    case 'mean': {
      const shares = items.map((i) => i.values[rollup.field]).filter((v): v is number => typeof v === 'number');
      return shares.length === 0 ? null : round2(shares.reduce((a, b) => a + b, 0) / shares.length);
    }
  }
};

/**
 * Each commune's value of each indicator the register computes, from that commune's items. A share counts only the
 * items whose field is answered (an item not yet checked is not a "no"), and a commune without items has no share.
 */
export const rollUpRegister = (
  register: Register,
  items: readonly RegisterItem[],
  communeIds: readonly string[],
): Array<{ unitId: string; indicatorId: string; number: number | null }> =>
  communeIds.flatMap((unitId) => {
    const own = items.filter((i) => i.unitId === unitId);
    return register.rollups.map((r) => ({ unitId, indicatorId: r.indicatorId, number: rollUp(r, own) }));
  });

/** The register of a sector that computes this indicator, or null when the indicator is typed. */
export const registerComputing = (registers: readonly Register[] | undefined, indicatorId: string): Register | null =>
  (registers ?? []).find((r) => r.rollups.some((u) => u.indicatorId === indicatorId)) ?? null;
