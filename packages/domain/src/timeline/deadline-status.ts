// Was a submission on time? "Trước ngày X" means day X itself is already late, in the movement's time zone.
import { text, type LocalizedText } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import { deadlineOccurrence } from './deadline-occurrence.js';
import { toEpochMs, type InstantInput } from './instant.js';
import { formatDateVi, formatZoned, localDateOf } from './zoned-time.js';

export type DeadlineStatusKind = 'on_time' | 'late' | 'missing';

export interface DeadlineStatus {
  deadlineId: string;
  year: number;
  status: DeadlineStatusKind;
  /** First late instant, ISO in UTC. Submissions strictly before it are on time. */
  dueAt: string;
  /** The same instant on the district's clock, e.g. 2022-09-20T00:00:00+07:00. */
  dueAtLocal: string;
  /** Last on-time second on the district's clock, e.g. 2022-09-19T23:59:59+07:00. */
  lastOnTimeLocal: string;
  submittedAt: string | null;
  /** Milliseconds after dueAt (late), or before it (on time); null when missing. */
  marginMs: number | null;
  /** For a missing submission: whether the deadline has passed at `now` (defaults to true when no `now`). */
  overdue: boolean;
  explanation: LocalizedText;
}

export interface DeadlineStatusInput {
  submittedAt?: InstantInput | null;
  year?: number;
  now?: InstantInput;
}

const daysText = (ms: number): { vi: string; en: string } => {
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor((ms % 86_400_000) / 3_600_000);
  if (days === 0 && hours === 0) return { vi: 'chưa tới 1 giờ', en: 'less than an hour' };
  if (days === 0) return { vi: `${hours} giờ`, en: `${hours} hour(s)` };
  if (hours === 0) return { vi: `${days} ngày`, en: `${days} day(s)` };
  return { vi: `${days} ngày ${hours} giờ`, en: `${days} day(s) ${hours} hour(s)` };
};

export const deadlineStatus = (
  movement: Movement,
  deadlineId: string,
  input: DeadlineStatusInput = {},
): DeadlineStatus => {
  const occ = deadlineOccurrence(movement, deadlineId, input.year);
  const tz = movement.timeZone;
  const lastOnTime = occ.dueAtMs - 1000;
  const base = {
    deadlineId,
    year: occ.year,
    dueAt: new Date(occ.dueAtMs).toISOString(),
    dueAtLocal: formatZoned(occ.dueAtMs, tz),
    lastOnTimeLocal: formatZoned(lastOnTime, tz),
  };
  const lastDay = formatDateVi(localDateOf(lastOnTime, tz));
  if (input.submittedAt === undefined || input.submittedAt === null) {
    const overdue = input.now === undefined ? true : toEpochMs(input.now) >= occ.dueAtMs;
    return {
      ...base,
      status: 'missing',
      submittedAt: null,
      marginMs: null,
      overdue,
      explanation: overdue
        ? text(
            `Chưa nộp; đã quá hạn (hạn cuối hết ngày ${lastDay})`,
            `Not submitted; the deadline has passed (last day ${lastDay})`,
          )
        : text(`Chưa nộp; còn hạn đến hết ngày ${lastDay}`, `Not submitted yet; open until the end of ${lastDay}`),
    };
  }
  const submitted = toEpochMs(input.submittedAt);
  const late = submitted >= occ.dueAtMs;
  const margin = submitted - occ.dueAtMs;
  const gap = daysText(late ? margin : -margin);
  return {
    ...base,
    status: late ? 'late' : 'on_time',
    submittedAt: new Date(submitted).toISOString(),
    marginMs: margin,
    overdue: late,
    explanation: late
      ? text(`Nộp muộn ${gap.vi} (hạn cuối hết ngày ${lastDay})`, `Submitted ${gap.en} late (last day ${lastDay})`)
      : text(`Nộp đúng hạn (hạn cuối hết ngày ${lastDay})`, `Submitted on time (last day ${lastDay})`),
  };
};
