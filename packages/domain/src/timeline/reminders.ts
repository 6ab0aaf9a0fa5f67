// Deadline reminders (issue 6): 7 days and 1 day before every deadline and before each review opens and closes,
// on the district's clock. Pure: the API decides who receives them and makes sure each is sent once.
import { text, type LocalizedText } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import { deadlineOccurrences } from './deadline-occurrence.js';
import { formatDateVi, localDateOf, startOfLocalDay } from './zoned-time.js';

const DAY_MS = 86_400_000;

/** How many days ahead a reminder goes out; the nearer step wins when both are open. */
export const REMINDER_STEPS = [7, 1] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

/** Who a milestone concerns: the units that must act (of the given kinds), or the district offices running a review. */
export type ReminderAudience =
  { kind: 'units'; unitKinds: readonly string[]; deadlineId: string | null } | { kind: 'district' };

export interface Milestone {
  /** Stable, e.g. "D-ANNUAL-REPORT:2025" or "R-FINAL:end". */
  key: string;
  kind: 'deadline' | 'review-start' | 'review-end';
  /** D-… or R-… as in the plan. */
  refId: string;
  year: number;
  label: LocalizedText;
  /** The instant the milestone happens (the first late instant of a deadline). */
  atMs: number;
  /** The day people read: last on-time day of a deadline, first or last day of a review (YYYY-MM-DD). */
  day: string;
  audience: ReminderAudience;
}

export interface Reminder {
  /** Unique per milestone and step; the API adds the recipient to send each reminder once per person. */
  key: string;
  step: ReminderStep;
  milestone: Milestone;
  title: LocalizedText;
  body: LocalizedText;
}

export const reminderMilestones = (movement: Movement): Milestone[] => {
  const tz = movement.timeZone;
  const out: Milestone[] = [];
  for (const deadline of movement.timeline.deadlines) {
    for (const occ of deadlineOccurrences(movement, deadline)) {
      out.push({
        key: `${deadline.id}:${occ.year}`,
        kind: 'deadline',
        refId: deadline.id,
        year: occ.year,
        label: deadline.label,
        atMs: occ.dueAtMs,
        day: localDateOf(occ.dueAtMs - 1000, tz),
        audience: { kind: 'units', unitKinds: deadline.appliesTo, deadlineId: deadline.id },
      });
    }
  }
  for (const review of movement.timeline.reviews) {
    out.push({
      key: `${review.id}:start`,
      kind: 'review-start',
      refId: review.id,
      year: review.year,
      label: review.label,
      atMs: startOfLocalDay(review.start, tz),
      day: review.start,
      audience: { kind: 'units', unitKinds: ['department', 'commune', 'enterprise'], deadlineId: null },
    });
    out.push({
      key: `${review.id}:end`,
      kind: 'review-end',
      refId: review.id,
      year: review.year,
      label: review.label,
      atMs: startOfLocalDay(review.end, tz, 1),
      day: review.end,
      audience: { kind: 'district' },
    });
  }
  return out.sort((a, b) => a.atMs - b.atMs || a.key.localeCompare(b.key));
};

/** What a stored reminder is about: enough to word it again whenever it is read. */
export type RemindedMilestone = Pick<Milestone, 'kind' | 'refId' | 'year' | 'label' | 'atMs' | 'day'> & {
  timeZone: string;
};

const countdown = (m: RemindedMilestone, nowMs: number): LocalizedText => {
  if (m.kind !== 'review-start' && localDateOf(nowMs, m.timeZone) === m.day)
    return text('hôm nay là ngày cuối', 'today is the last day');
  const days = Math.ceil((m.atMs - nowMs) / DAY_MS);
  return text(`còn ${days} ngày`, `${days} day(s) left`);
};

/** A reminder's words as of `nowMs`: a countdown before the milestone, the past tense after it, so a reminder read a
 * year later never says "today is the last day". */
export const reminderWording = (m: RemindedMilestone, nowMs: number): Pick<Reminder, 'title' | 'body'> => {
  const day = formatDateVi(m.day);
  if (nowMs >= m.atMs) {
    switch (m.kind) {
      case 'deadline':
        return {
          title: text(
            `Đã hết hạn ${m.refId}: ${m.label.vi} (năm ${m.year})`,
            `Deadline ${m.refId} has passed: ${m.label.en} (${m.year})`,
          ),
          body: text(
            `Hạn cuối là hết ngày ${day}; hạn này đã qua.`,
            `The last day was ${day}; this deadline has passed.`,
          ),
        };
      case 'review-start':
        return {
          title: text(`Đã bắt đầu ${m.refId}: ${m.label.vi}`, `${m.refId} has started: ${m.label.en}`),
          body: text(`Đợt đã bắt đầu từ ngày ${day}.`, `It started on ${day}.`),
        };
      case 'review-end':
        return {
          title: text(`Đã kết thúc ${m.refId}: ${m.label.vi}`, `${m.refId} has ended: ${m.label.en}`),
          body: text(`Đợt đã kết thúc ngày ${day}.`, `It ended on ${day}.`),
        };
    }
  }
  const left = countdown(m, nowMs);
  switch (m.kind) {
    case 'deadline':
      return {
        title: text(
          `Nhắc hạn ${m.refId}: ${m.label.vi} (năm ${m.year})`,
          `Deadline ${m.refId}: ${m.label.en} (${m.year})`,
        ),
        body: text(`Hạn cuối: hết ngày ${day} (${left.vi}).`, `Last day: ${day} (${left.en}).`),
      };
    case 'review-start':
      return {
        title: text(`Sắp bắt đầu ${m.refId}: ${m.label.vi}`, `${m.refId} starts soon: ${m.label.en}`),
        body: text(
          `Đợt bắt đầu ngày ${day} (${left.vi}); chuẩn bị đề nghị khen thưởng và số liệu của đơn vị.`,
          `It starts on ${day} (${left.en}); prepare the unit’s award proposals and figures.`,
        ),
      };
    case 'review-end':
      return {
        title: text(`Sắp kết thúc ${m.refId}: ${m.label.vi}`, `${m.refId} ends soon: ${m.label.en}`),
        body: text(
          `Đợt kết thúc ngày ${day} (${left.vi}); hoàn tất xét duyệt và quyết định khen thưởng.`,
          `It ends on ${day} (${left.en}); finish the appraisal and the award decision.`,
        ),
      };
  }
};

/** The part of a milestone a notification keeps, to be worded again when read. */
export const rememberedMilestone = (m: Milestone, timeZone: string): RemindedMilestone => ({
  kind: m.kind,
  refId: m.refId,
  year: m.year,
  label: m.label,
  atMs: m.atMs,
  day: m.day,
  timeZone,
});

/** The reminders whose window is open at `nowMs`: at most one per milestone, the nearest step. */
export const dueReminders = (movement: Movement, nowMs: number): Reminder[] => {
  const out: Reminder[] = [];
  for (const m of reminderMilestones(movement)) {
    if (nowMs >= m.atMs) continue;
    const step = [...REMINDER_STEPS].sort((a, b) => a - b).find((s) => nowMs >= m.atMs - s * DAY_MS);
    if (step === undefined) continue;
    out.push({
      key: `${m.key}:${step}d`,
      step,
      milestone: m,
      ...reminderWording(rememberedMilestone(m, movement.timeZone), nowMs),
    });
  }
  return out;
};
