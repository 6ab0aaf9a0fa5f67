// Pure queries over org history: which units exist on a date, and which unit now carries a past unit's record.
import { DomainError } from '../errors/domain-error.js';
import { text, type LocalizedText } from '../i18n/localized-text.js';
import type { OrgHistory, OrgUnitSpan, Succession } from './org-history.schema.js';

/** In force on a local date: started on or before it, not yet ended on it. A stored row's `validTo` may be null. */
export const isActiveOn = (unit: Pick<OrgUnitSpan, 'validFrom'> & { validTo?: string | null }, date: string): boolean =>
  unit.validFrom <= date && (unit.validTo === undefined || unit.validTo === null || date < unit.validTo);

export const unitsActiveOn = (history: OrgHistory, date: string): OrgUnitSpan[] =>
  history.units.filter((u) => isActiveOn(u, date));

export interface Successors {
  /** Units that carry the history on that date (several after a split, none if dissolved or not yet created). */
  unitIds: string[];
  status: 'active' | 'succeeded' | 'not_yet_created' | 'dissolved';
  /** The succession events followed, oldest first. */
  via: Succession[];
}

const unitById = (history: OrgHistory, id: string): OrgUnitSpan => {
  const unit = history.units.find((u) => u.id === id);
  if (!unit) throw new DomainError('UNKNOWN_UNIT', text(`Không có đơn vị ${id}`, `No unit ${id}`));
  return unit;
};

/** Which unit(s) carry the history of `unitId` on `date` (YYYY-MM-DD, local). */
export const successorsOn = (history: OrgHistory, unitId: string, date: string): Successors => {
  const start = unitById(history, unitId);
  if (date < start.validFrom) return { unitIds: [], status: 'not_yet_created', via: [] };
  if (isActiveOn(start, date)) return { unitIds: [unitId], status: 'active', via: [] };
  const events = [...history.successions]
    .filter((e) => e.date <= date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let current = new Set([unitId]);
  const via: Succession[] = [];
  for (const e of events) {
    if (!e.from.some((id) => current.has(id))) continue;
    via.push(e);
    current = new Set([...[...current].filter((id) => !e.from.includes(id)), ...e.to]);
  }
  const alive = [...current].filter((id) => isActiveOn(unitById(history, id), date)).sort();
  return { unitIds: alive, status: alive.length > 0 ? 'succeeded' : 'dissolved', via };
};

/** Every unit whose history a unit carries: all its predecessors, transitively (not the unit itself). */
export const predecessorsOf = (history: OrgHistory, unitId: string): string[] => {
  const found = new Set<string>();
  const walk = (id: string) => {
    for (const e of history.successions) {
      if (!e.to.includes(id)) continue;
      for (const from of e.from) {
        if (!found.has(from)) {
          found.add(from);
          walk(from);
        }
      }
    }
  };
  walk(unitId);
  return [...found].sort();
};

export interface OrgHistoryProblem {
  path: string;
  message: LocalizedText;
}

/** Consistency of the history itself: unique and known units, intervals in order, dates that line up with each event. */
export const orgHistoryProblems = (history: OrgHistory): OrgHistoryProblem[] => {
  const problems: OrgHistoryProblem[] = [];
  const ids = new Map(history.units.map((u) => [u.id, u]));
  if (ids.size !== history.units.length)
    problems.push({ path: 'units', message: text('Mã đơn vị bị trùng', 'Duplicate unit ID') });
  for (const [i, u] of history.units.entries()) {
    if (u.validTo !== undefined && u.validTo <= u.validFrom) {
      problems.push({
        path: `units[${i}]`,
        message: text(`Đơn vị ${u.id} kết thúc trước khi bắt đầu`, `Unit ${u.id} ends before it starts`),
      });
    }
  }
  for (const [i, e] of history.successions.entries()) {
    for (const id of e.from) {
      const u = ids.get(id);
      if (!u)
        problems.push({ path: `successions[${i}].from`, message: text(`Không có đơn vị ${id}`, `No unit ${id}`) });
      else if (u.validTo !== e.date && !e.to.includes(id)) {
        problems.push({
          path: `successions[${i}].from`,
          message: text(`Đơn vị ${id} phải kết thúc đúng ngày ${e.date}`, `Unit ${id} must end on ${e.date}`),
        });
      }
    }
    for (const id of e.to) {
      const u = ids.get(id);
      if (!u) problems.push({ path: `successions[${i}].to`, message: text(`Không có đơn vị ${id}`, `No unit ${id}`) });
      else if (u.validFrom !== e.date && !e.from.includes(id)) {
        problems.push({
          path: `successions[${i}].to`,
          message: text(`Đơn vị ${id} phải bắt đầu đúng ngày ${e.date}`, `Unit ${id} must start on ${e.date}`),
        });
      }
    }
  }
  return problems;
};
