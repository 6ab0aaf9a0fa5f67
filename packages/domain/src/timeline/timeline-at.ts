// Where the movement stands at an instant: current phase, open windows, and the deadlines coming next.
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import { deadlineOccurrences } from './deadline-occurrence.js';
import { toEpochMs, type InstantInput } from './instant.js';
import { formatZoned, localDateOf, startOfLocalDay } from './zoned-time.js';

export interface TimelineWindow {
  id: string;
  kind: 'phase' | 'review' | 'deadline';
  label: LocalizedText;
  year: number;
  opensAt: string;
  /** Exclusive end, ISO in UTC. */
  closesAt: string;
  closesAtLocal: string;
}

export interface UpcomingDeadline {
  deadlineId: string;
  label: LocalizedText;
  year: number;
  dueDate: string;
  dueAt: string;
  lastOnTimeLocal: string;
  msLeft: number;
}

export interface TimelineSnapshot {
  at: string;
  localDate: string;
  status: 'not_started' | 'running' | 'ended';
  phase: { id: string; label: LocalizedText } | null;
  openWindows: TimelineWindow[];
  nextDeadlines: UpcomingDeadline[];
}

interface Span {
  id: string;
  kind: TimelineWindow['kind'];
  label: LocalizedText;
  year: number;
  from: number;
  to: number;
  dueDate?: string;
}

const dateSpans = (movement: Movement): Span[] => {
  const tz = movement.timeZone;
  const span = (kind: Span['kind'], x: { id: string; label: LocalizedText; start: string; end: string }): Span => ({
    id: x.id,
    kind,
    label: x.label,
    year: Number(x.end.slice(0, 4)),
    from: startOfLocalDay(x.start, tz),
    to: startOfLocalDay(x.end, tz, 1),
  });
  return [
    ...movement.timeline.phases.map((p) => span('phase', p)),
    ...movement.timeline.reviews.map((r) => span('review', r)),
  ];
};

const deadlineSpans = (movement: Movement): Span[] =>
  movement.timeline.deadlines.flatMap((d) =>
    deadlineOccurrences(movement, d).map((o) => ({
      id: d.id,
      kind: 'deadline' as const,
      label: d.label,
      year: o.year,
      from: o.opensAtMs,
      to: o.dueAtMs,
      dueDate: o.dueDate,
    })),
  );

const byTimeThenId = (a: { to: number; id: string }, b: { to: number; id: string }): number =>
  a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const timelineAt = (
  movement: Movement,
  instant: InstantInput,
  options: { upcomingLimit?: number } = {},
): TimelineSnapshot => {
  const at = toEpochMs(instant);
  const tz = movement.timeZone;
  const spans = [...dateSpans(movement), ...deadlineSpans(movement)];
  const phases = spans.filter((s) => s.kind === 'phase');
  const start = Math.min(...phases.map((p) => p.from));
  const end = Math.max(...phases.map((p) => p.to));
  const phase = phases.find((p) => p.from <= at && at < p.to) ?? null;
  const open = spans.filter((s) => s.from <= at && at < s.to).sort(byTimeThenId);
  const upcoming = spans
    .filter((s) => s.kind === 'deadline' && s.to > at)
    .sort(byTimeThenId)
    .slice(0, options.upcomingLimit ?? 5);
  return {
    at: new Date(at).toISOString(),
    localDate: localDateOf(at, tz),
    status: at < start ? 'not_started' : at >= end ? 'ended' : 'running',
    phase: phase ? { id: phase.id, label: phase.label } : null,
    openWindows: open.map((s) => ({
      id: s.id,
      kind: s.kind,
      label: s.label,
      year: s.year,
      opensAt: new Date(s.from).toISOString(),
      closesAt: new Date(s.to).toISOString(),
      closesAtLocal: formatZoned(s.to, tz),
    })),
    nextDeadlines: upcoming.map((s) => ({
      deadlineId: s.id,
      label: s.label,
      year: s.year,
      dueDate: s.dueDate ?? localDateOf(s.to, tz),
      dueAt: new Date(s.to).toISOString(),
      lastOnTimeLocal: formatZoned(s.to - 1000, tz),
      msLeft: s.to - at,
    })),
  };
};
