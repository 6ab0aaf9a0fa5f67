// A unit's yearly report on the movement, in the unit's own name: every criterion that applies to it from its saved
// report, its score and (once approved) its rank, its reporting against D-ANNUAL-REPORT, what is behind, proposals.
import type { UnitYearReportModel } from '@thidua/documents';
import {
  annualReportDeadline,
  annualReportStatus,
  formatDateVi,
  localDateOf,
  type Movement,
  type ParticipantKind,
} from '@thidua/domain';
import type { Db } from '@thidua/db';
import { notFound } from '../errors.js';
import { unitStanding } from '../scoring/unit-standing.js';
import { KIND_LABEL, scoreVi, VERDICT } from './document-words.js';
import { issuerOf } from './letterhead.js';
import { formationSentence } from '../org/carried-history.js';

/** "72% (yêu cầu ≥ 65%): đạt" → "72% (yêu cầu ≥ 65%)": the verdict has its own column. */
const resultOf = (explanation: string) => explanation.replace(/:\s*(đạt|chưa đạt|không đạt)\s*$/i, '');

const isCommune = (kind: string) => kind === 'commune' || kind === 'town';

/** Who heads the unit, as its documents are signed: the chair of a commune, the head of an office, a director. */
const signerOf = (
  unit: { kind: string; name: string },
  people: ReadonlyArray<{ fullName: string; position: string | null }>,
) => {
  const [authority, title] = isCommune(unit.kind)
    ? ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', /^chủ tịch ubnd/i]
    : unit.kind === 'enterprise'
      ? ['GIÁM ĐỐC', /^giám đốc/i]
      : /^phòng/i.test(unit.name)
        ? ['TRƯỞNG PHÒNG', /^trưởng phòng/i]
        : ['THỦ TRƯỞNG ĐƠN VỊ', /^(trưởng|chủ tịch|bí thư|giám đốc|chánh)/i];
  return { authority, name: people.find((p) => title.test(p.position ?? ''))?.fullName ?? '', signed: false };
};

export const unitYearReportModel = async (
  db: Db,
  movement: Movement,
  unitId: string,
  year: number,
  now: Date,
): Promise<UnitYearReportModel> => {
  const unit = await db.orgUnit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      name: true,
      kind: true,
      participantKind: true,
      isItEnterprise: true,
      people: { select: { fullName: true, position: true }, orderBy: { id: 'asc' } },
    },
  });
  if (!unit || !unit.participantKind) throw notFound({ vi: 'đơn vị tham gia phong trào', en: 'Participating unit' });
  const kind = unit.participantKind as Exclude<ParticipantKind, 'individual'>;
  const report = await db.report.findUnique({
    where: { movementId_unitId_year: { movementId: movement.id, unitId, year } },
    select: { submittedAt: true, approvedAt: true },
  });
  // The same evaluation and provisional rank the unit sees on its page.
  const { approved, evaluation, rank, rankedOf } = await unitStanding(db, movement, unit, kind, year);
  // A unit formed by a merge says what it was formed from and that it carries their results.
  const formed = await formationSentence(db, unitId);
  const labels = new Map(movement.criteria.map((c) => [c.id, c.label.vi]));
  const applicable = evaluation.criteria.filter((c) => c.status !== 'not_applicable');
  const criteria = applicable.map((c) => ({
    id: c.criterionId,
    label: labels.get(c.criterionId) ?? c.criterionId,
    result: resultOf(c.explanation.vi),
    status: VERDICT[c.status as keyof typeof VERDICT],
  }));

  const standing = [
    `Điểm thi đua${approved ? '' : ' tạm tính theo số liệu chưa được phê duyệt'}: ${scoreVi(evaluation.score)}/100; ${evaluation.explanation.vi.toLocaleLowerCase('vi')}.`,
  ];
  const field = `trong khối ${KIND_LABEL[kind].toLocaleLowerCase('vi')} năm ${year}`;
  if (rank === null) standing.push('Chưa xếp hạng: đơn vị chưa lưu số liệu năm này.');
  else if (approved)
    standing.push(`Xếp thứ ${rank}/${rankedOf} ${field} (trong số các đơn vị có báo cáo đã được phê duyệt).`);
  else
    standing.push(
      `Tạm xếp thứ ${rank}/${rankedOf} ${field} (tạm tính: so với các đơn vị đã được phê duyệt; chỉ số liệu đã được phê duyệt mới được xếp hạng chính thức).`,
    );

  const deadline = annualReportStatus(movement, { year, submittedAt: report?.submittedAt ?? null, now });
  const reporting = [
    `${deadline.explanation.vi}.`,
    approved && report?.approvedAt
      ? `Số liệu đã được phê duyệt ngày ${formatDateVi(localDateOf(report.approvedAt.getTime(), movement.timeZone))}.`
      : 'Số liệu chưa được phê duyệt.',
  ];
  const notMet = criteria.filter((c) => c.status === VERDICT.not_met);
  const missing = criteria.filter((c) => c.status === VERDICT.missing);
  const behind = [
    ...notMet.map((c) => `Tiêu chí “${c.label}” (${c.id}) chưa đạt: ${c.result}.`),
    ...(missing.length > 0
      ? [`${missing.length} tiêu chí chưa có số liệu: ${missing.map((c) => c.id).join(', ')}.`]
      : []),
    ...(deadline.status === 'late' ? ['Báo cáo nộp trễ hạn.'] : []),
  ];
  const proposals = [
    ...notMet.map((c) => `Tập trung khắc phục tiêu chí “${c.label}” trong năm ${year + 1}.`),
    ...(missing.length > 0 ? ['Bổ sung đầy đủ số liệu và minh chứng cho các tiêu chí còn thiếu.'] : []),
    'Tiếp tục duy trì, nhân rộng các kết quả đã đạt được.',
  ];

  const district = issuerOf(
    movement,
    localDateOf(
      report?.submittedAt ? report.submittedAt.getTime() : Date.parse(deadline.lastOnTimeLocal),
      movement.timeZone,
    ),
  );
  // Dated the day it was sent; before that, the last day it may be sent on: the same data gives the same document.
  const date = localDateOf(
    report?.submittedAt ? report.submittedAt.getTime() : Date.parse(deadline.lastOnTimeLocal),
    movement.timeZone,
  );
  const commune = isCommune(unit.kind);
  const recipient = annualReportDeadline(movement)?.recipient.vi ?? '';
  return {
    unit: unit.name,
    letterhead: {
      parent: commune ? 'ỦY BAN NHÂN DÂN' : unit.kind === 'enterprise' ? '' : `UBND ${district.body}`,
      body: unit.name.toLocaleUpperCase('vi'),
      number: commune ? 'Số:        /BC-UBND' : 'Số:        /BC',
      place: commune ? unit.name.replace(/^(xã|thị trấn|phường)\s+/i, '') : district.place,
      date,
    },
    subject: `Kết quả thực hiện ${movement.name.vi} năm ${year}`,
    introduction: [
      `Thực hiện Kế hoạch phát động ${movement.name.vi} của ${movement.issuer.vi}, ${commune ? `Ủy ban nhân dân ${unit.name}` : unit.name} báo cáo kết quả thực hiện năm ${year} như sau:`,
      ...(formed ? [formed] : []),
    ],
    year,
    criteria,
    standing,
    reporting,
    behind: behind.length > 0 ? behind : ['Không có tiêu chí nào chưa đạt.'],
    proposals,
    recipients: [`${recipient} (b/c);`, 'Lưu: VT.'],
    signer: signerOf(unit, unit.people),
    draft: !approved,
  };
};
