// The workflow events people must hear about, written in the event's own transaction.
import { text, type LocalizedText } from '@thidua/domain';
import type { Tx } from '../mutation.js';
import { notify } from './notify.js';
import { sectorEditors, unitEditors } from './recipients.js';

export const reportReturned = async (
  tx: Tx,
  report: { unitId: string; year: number },
  reason: string,
  by: string,
  at: Date,
): Promise<void> => {
  const editors = await unitEditors(tx, [report.unitId]);
  await notify(
    tx,
    editors.map((e) => e.id),
    {
      kind: 'report.returned',
      title: text(
        `Báo cáo năm ${report.year} bị trả lại để sửa`,
        `The ${report.year} report was returned for correction`,
      ),
      body: text(`${by} trả lại báo cáo. Lý do: ${reason}`, `${by} returned the report. Reason: ${reason}`),
      link: '/unit',
      unitId: report.unitId,
    },
    at,
  );
};

export const sectorReportReturned = async (
  tx: Tx,
  report: { sectorId: string; year: number },
  reason: string,
  by: string,
  at: Date,
): Promise<void> => {
  await notify(
    tx,
    await sectorEditors(tx, report.sectorId),
    {
      kind: 'sector_report.returned',
      title: text(
        `Báo cáo ngành ${report.sectorId} năm ${report.year} bị trả lại để sửa`,
        `The ${report.sectorId} report for ${report.year} was returned for correction`,
      ),
      body: text(`${by} trả lại báo cáo. Lý do: ${reason}`, `${by} returned the report. Reason: ${reason}`),
      link: `/sector/${report.sectorId}`,
    },
    at,
  );
};

export type NominationOutcome = 'awarded' | 'approved_by_council' | 'rejected_by_council' | 'rejected_in_appraisal';

const OUTCOME: Record<NominationOutcome, LocalizedText> = {
  awarded: text('được khen thưởng', 'awarded'),
  approved_by_council: text(
    'được Hội đồng Thi đua - Khen thưởng thông qua',
    'approved by the emulation and commendation council',
  ),
  rejected_by_council: text(
    'không được Hội đồng Thi đua - Khen thưởng thông qua',
    'not approved by the emulation and commendation council',
  ),
  rejected_in_appraisal: text('không đạt khi thẩm định', 'failed the appraisal'),
};

/** Tells the proposing unit's editors (and whoever proposed) what became of each nomination. */
export const nominationsDecided = async (
  tx: Tx,
  nominationIds: readonly string[],
  outcome: NominationOutcome,
  detail: LocalizedText | null,
  at: Date,
): Promise<void> => {
  if (nominationIds.length === 0) return;
  const rows = await tx.nomination.findMany({
    where: { id: { in: [...nominationIds] } },
    select: {
      id: true,
      reviewId: true,
      proposedBy: true,
      proposedByUnitId: true,
      unit: { select: { name: true } },
      person: { select: { fullName: true } },
    },
  });
  const editorsOf = new Map<string, string[]>();
  for (const e of await unitEditors(tx, [...new Set(rows.map((n) => n.proposedByUnitId))]))
    editorsOf.set(e.unitId!, [...(editorsOf.get(e.unitId!) ?? []), e.id]);
  for (const n of rows) {
    const editors = editorsOf.get(n.proposedByUnitId) ?? [];
    const nominee = n.person?.fullName ?? n.unit?.name ?? n.id;
    await notify(
      tx,
      [...editors, n.proposedBy],
      {
        kind: 'nomination.decided',
        title: text(
          `Đề nghị khen thưởng ${n.reviewId}: ${nominee} ${OUTCOME[outcome].vi}`,
          `Award proposal ${n.reviewId}: ${nominee} ${OUTCOME[outcome].en}`,
        ),
        body: text(
          `Đề nghị khen thưởng cho ${nominee} (${n.reviewId}) ${OUTCOME[outcome].vi}.${detail ? ` ${detail.vi}` : ''}`,
          `The award proposal for ${nominee} (${n.reviewId}) was ${OUTCOME[outcome].en}.${detail ? ` ${detail.en}` : ''}`,
        ),
        link: '/unit',
        unitId: n.proposedByUnitId,
      },
      at,
    );
  }
};
