// A yearly report that arrived on paper: the Culture office records the day it was received, its reference number
// and the scan, once its figures are entered (the district sheet). It then counts as sent on the day of receipt.
import { formatDateVi, localDateOf, startOfLocalDay, type Movement } from '@thidua/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { evidenceFile } from '../inputs/evidence-file.js';
import { savedReportGaps, type ReportingKind } from '../scoring/unit-standing.js';
import { assertNoGaps } from './report-gaps-error.js';

export const paperReportInput = z.object({
  reportId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày nhận phải có dạng năm-tháng-ngày / the date received must be YYYY-MM-DD'),
  reference: z.string().trim().min(3).max(100),
  scanUrl: evidenceFile,
});

/** The receipt day must be a real day, within the year reported on or after it, and not after today on the district's calendar. */
export const assertReceivedOn = (movement: Movement, receivedOn: string, now: Date, year: number): void => {
  const parsed = new Date(`${receivedOn}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== receivedOn) throw appError('BAD_REQUEST', `Ngày nhận (receivedOn) không có thật: ${receivedOn}`, `The date received (receivedOn) does not exist: ${receivedOn}`);
  const today = localDateOf(now.getTime(), movement.timeZone);
  // A report on a year cannot arrive before that year began: a date earlier than that would make any report on time.
  if (receivedOn < `${year}-01-01`) throw appError('BAD_REQUEST', `Ngày nhận (receivedOn) không được trước ngày 01/01/${year}, đầu năm báo cáo`, `The date received (receivedOn) cannot be before 1 January ${year}, the year reported on`);
  if (receivedOn > today) throw appError('BAD_REQUEST', `Ngày nhận (receivedOn) không được sau hôm nay (${formatDateVi(today)})`, `The date received (receivedOn) cannot be after today (${today})`);
};

/** The first moment of the receipt day: received on the last on-time day is on time, the day after is late. */
export const receiptInstant = (movement: Movement, receivedOn: string): Date => new Date(startOfLocalDay(receivedOn, movement.timeZone));

/** Paper is its own evidence: only blank figures stop it, not the missing per-criterion evidence. */
export const assertFiguresEntered = (movement: Movement, unit: { id: string; isItEnterprise: boolean | null; participantKind: string | null }, values: Parameters<typeof savedReportGaps>[3]): void =>
  assertNoGaps(savedReportGaps(movement, unit, unit.participantKind as ReportingKind, values).filter((g) => g.missing === 'value'));
