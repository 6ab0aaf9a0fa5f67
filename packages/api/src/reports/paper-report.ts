// A yearly report or a unit's plan that arrived on paper: the Culture office records the day it was received, its
// reference number and the scan (a report once its figures are entered through the district sheet). It then counts as
// sent on the day of receipt.
import { formatDateVi, localDateOf, startOfLocalDay, text, type LocalizedText, type Movement } from '@thidua/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { evidenceFile } from '../inputs/evidence-file.js';
import { savedReportGaps, type ReportingKind } from '../scoring/unit-standing.js';
import { assertNoGaps } from './report-gaps-error.js';

/** The receipt day must be a real day, not before `earliest` (the first day the document could exist, named in both
 * languages), and not after today on the district's calendar: a date earlier would make any document on time. */
export const assertReceivedOn = (
  movement: Movement,
  receivedOn: string,
  now: Date,
  earliest: { day: string; what: LocalizedText },
): void => {
  const parsed = new Date(`${receivedOn}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== receivedOn)
    throw appError(
      'BAD_REQUEST',
      `Ngày nhận (receivedOn) không có thật: ${receivedOn}`,
      `The date received (receivedOn) does not exist: ${receivedOn}`,
    );
  const today = localDateOf(now.getTime(), movement.timeZone);
  if (receivedOn < earliest.day)
    throw appError(
      'BAD_REQUEST',
      `Ngày nhận (receivedOn) không được trước ngày ${formatDateVi(earliest.day)}, ${earliest.what.vi}`,
      `The date received (receivedOn) cannot be before ${earliest.day}, ${earliest.what.en}`,
    );
  if (receivedOn > today)
    throw appError(
      'BAD_REQUEST',
      `Ngày nhận (receivedOn) không được sau hôm nay (${formatDateVi(today)})`,
      `The date received (receivedOn) cannot be after today (${today})`,
    );
};

/** A report on a year cannot arrive before that year began. */
export const reportYearStart = (year: number) => ({
  day: `${year}-01-01`,
  what: text('đầu năm báo cáo', 'the start of the year reported on'),
});

/** The day received, the document's number and the scan: what any document received on paper is recorded with. */
export const paperFields = {
  receivedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày nhận phải có dạng năm-tháng-ngày / the date received must be YYYY-MM-DD'),
  reference: z.string().trim().min(3).max(100),
  scanUrl: evidenceFile,
};

export const paperReportInput = z.object({
  reportId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  ...paperFields,
});

/** The first moment of the receipt day: received on the last on-time day is on time, the day after is late. */
export const receiptInstant = (movement: Movement, receivedOn: string): Date =>
  new Date(startOfLocalDay(receivedOn, movement.timeZone));

/** Paper is its own evidence: only blank figures stop it, not the missing per-criterion evidence. */
export const assertFiguresEntered = (
  movement: Movement,
  unit: { id: string; isItEnterprise: boolean | null; participantKind: string | null },
  values: Parameters<typeof savedReportGaps>[3],
): void =>
  assertNoGaps(
    savedReportGaps(movement, unit, unit.participantKind as ReportingKind, values).filter((g) => g.missing === 'value'),
  );
