// The interim or final review report (sơ kết 2023 / tổng kết 2025) and the district's yearly report, assembled from
// approved data as of a year: every target and criterion, reporting on time, rankings, awards, what is behind, and
// proposals that follow from what is behind.
import type { ReviewReportModel } from '@thidua/documents';
import { findReview, issuerOn, PARTICIPANT_KINDS, reportingYears, type Movement } from '@thidua/domain';
import type { Db } from '@thidua/db';
import { reportCompleteness } from '../reports/report-completeness.js';
import { evaluateKind, rankApproved } from '../scoring/evaluate-kind.js';
import { targetProgress } from '../targets/target-progress.js';
import { awardeeOf, decisionSelect } from './award-documents.js';
import { KIND_LABEL, scoreVi, VERDICT } from './document-words.js';
import { bodyOf, capitalised, letterheadOf, reviewWords } from './letterhead.js';
import { DUTY } from '../roles.js';

const ELIGIBILITY = {
  eligible: 'Đủ điều kiện khen thưởng',
  not_eligible: 'Chưa đủ điều kiện',
  incomplete: 'Chưa đủ số liệu',
} as const;
const RANKED_ROWS = 10;

type Findings = Pick<
  ReviewReportModel,
  'year' | 'targets' | 'criteria' | 'rankings' | 'reporting' | 'awards' | 'behind' | 'proposals'
>;

/** What the approved data says as of `year`; awards are those of the given reviews' decisions. */
const districtFindings = async (
  db: Db,
  movement: Movement,
  year: number,
  reviewIds: readonly string[],
  now: Date,
): Promise<Findings> => {
  const kinds = PARTICIPANT_KINDS.filter((k): k is keyof typeof KIND_LABEL => k !== 'individual');
  const [targets, byKind, reporting, decisions] = await Promise.all([
    targetProgress(db, movement, year),
    Promise.all(kinds.map(async (kind) => ({ kind, ...(await evaluateKind(db, movement, year, kind)) }))),
    Promise.all(
      reportingYears(movement)
        .filter((y) => y <= year)
        .map((y) => reportCompleteness(db, movement, y, now)),
    ),
    db.awardDecision.findMany({
      where: { movementId: movement.id, reviewId: { in: [...reviewIds] } },
      orderBy: { number: 'asc' },
      select: { items: decisionSelect.items },
    }),
  ]);

  const criteria = movement.criteria.flatMap((c) => {
    const kinds = byKind.filter((k) =>
      k.evaluations.some((e) => e.criteria.some((r) => r.criterionId === c.id && r.status !== 'not_applicable')),
    );
    if (kinds.length === 0) return [];
    const results = kinds.flatMap((k) =>
      k.evaluations.flatMap((e) => e.criteria.filter((r) => r.criterionId === c.id)),
    );
    const count = (s: string) => results.filter((r) => r.status === s).length;
    return [
      {
        id: c.id,
        label: c.label.vi,
        kind: kinds.map((k) => KIND_LABEL[k.kind]).join(', '),
        met: count('met'),
        notMet: count('not_met'),
        missing: count('missing'),
      },
    ];
  });
  const rankings = byKind.map((k) => ({
    kind: KIND_LABEL[k.kind],
    rows: rankApproved(k)
      .ranked.slice(0, RANKED_ROWS)
      .map(({ rank, item }) => ({
        rank,
        name: k.names.get(item.participantId)?.vi ?? item.participantId,
        score: scoreVi(item.score),
        eligibility: ELIGIBILITY[item.eligibility],
      })),
  }));
  const awards = decisions.flatMap((d) => d.items.map(awardeeOf));

  const unmet = targets.filter((t) => !t.qualitative && t.status === 'not_met');
  const noData = targets.filter((t) => !t.qualitative && t.status === 'missing');
  const hardest = [...criteria]
    .filter((c) => c.notMet > 0)
    .sort((a, b) => b.notMet - a.notMet)
    .slice(0, 3);
  const lastYear = reporting.at(-1);
  const behind = [
    ...unmet.map((t) => `Chỉ tiêu “${t.label.vi}” chưa đạt: ${t.explanation.vi}.`),
    ...(noData.length > 0
      ? [`${noData.length} chỉ tiêu chưa có số liệu được phê duyệt: ${noData.map((t) => t.targetId).join(', ')}.`]
      : []),
    ...hardest.map((c) => `Tiêu chí “${c.label}” (${c.id}) có ${c.notMet} đơn vị chưa đạt.`),
    ...(lastYear && lastYear.missing + lastYear.late > 0
      ? [`Năm ${lastYear.year}: ${lastYear.late} đơn vị nộp báo cáo trễ hạn, ${lastYear.missing} đơn vị chưa nộp.`]
      : []),
  ];
  const proposals = [
    ...unmet.map((t) => `Tập trung chỉ đạo, bố trí nguồn lực để hoàn thành chỉ tiêu “${t.label.vi}”.`),
    ...hardest.map((c) => `Hướng dẫn, hỗ trợ các đơn vị chưa đạt tiêu chí “${c.label}”.`),
    ...(lastYear && lastYear.missing + lastYear.late > 0
      ? [
          'Chấn chỉnh việc chấp hành chế độ báo cáo định kỳ; đưa việc báo cáo đúng hạn vào tiêu chí xét thi đua năm sau.',
        ]
      : []),
    'Biểu dương, nhân rộng các mô hình, cách làm hay của các tập thể, cá nhân được khen thưởng.',
  ];

  return {
    year,
    targets: targets.map((t) => ({
      id: t.targetId,
      group: t.group,
      label: t.label.vi,
      result: t.explanation.vi,
      status: t.qualitative ? 'Định tính' : (VERDICT[t.status as keyof typeof VERDICT] ?? t.status),
    })),
    criteria,
    rankings,
    reporting: reporting.map((r) => ({ year: r.year, onTime: r.onTime, late: r.late, missing: r.missing })),
    awards,
    behind: behind.length > 0 ? behind : ['Không có chỉ tiêu, tiêu chí nào chưa đạt theo số liệu đã phê duyệt.'],
    proposals,
  };
};

/** Who receives a review report, in the movement's words (the body above the issuer is not in the movement's data). */
const recipientsOf = (movement: Movement): string[] => [
  `${bodyOf(movement, DUTY.council)};`,
  'Các cơ quan, đơn vị tham gia phong trào;',
  'Lưu: VT.',
];

/** Produced on demand from live data, a district report is a draft for the office to number and sign. */
const draftSigner = async (db: Db, movement: Movement) => {
  const chair = await db.user.findFirst({
    where: { role: DUTY.chair, disabledAt: null },
    orderBy: { id: 'asc' },
    select: { person: { select: { fullName: true } } },
  });
  return {
    authority: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    name: chair?.person?.fullName ?? movement.awardGrantor.vi,
    signed: false,
  };
};

export const reviewReportModel = async (
  db: Db,
  movement: Movement,
  reviewId: string,
  now: Date,
): Promise<ReviewReportModel> => {
  const review = findReview(movement, reviewId);
  const words = reviewWords(review.label.vi);
  return {
    letterhead: letterheadOf(movement, 'Số:        /BC-UBND', review.end),
    name: 'BÁO CÁO',
    subject: `${capitalised(words.noun)} ${movement.name.vi}`,
    introduction: [
      `Thực hiện Kế hoạch phát động ${movement.name.vi}, ${issuerOn(movement, review.end).vi} báo cáo kết quả ${words.noun} (${words.period}) từ số liệu đã được phê duyệt trên hệ thống thi đua như sau:`,
    ],
    ...(await districtFindings(db, movement, review.year, [reviewId], now)),
    noAwards: 'Chưa có quyết định khen thưởng của đợt này.',
    recipients: recipientsOf(movement),
    signer: await draftSigner(db, movement),
  };
};

/** The district's yearly report (D-ANNUAL-REPORT compiled by Culture & Information); a review year lists its awards. */
export const districtYearReportModel = async (
  db: Db,
  movement: Movement,
  year: number,
  now: Date,
): Promise<ReviewReportModel> => {
  const reviews = movement.timeline.reviews.filter((r) => r.year === year).map((r) => r.id);
  return {
    letterhead: letterheadOf(movement, 'Số:        /BC-UBND', `${year}-12-31`),
    name: 'BÁO CÁO',
    subject: `Kết quả thực hiện ${movement.name.vi} năm ${year}`,
    introduction: [
      `Thực hiện Kế hoạch phát động ${movement.name.vi}, ${issuerOn(movement, `${year}-12-31`).vi} báo cáo kết quả thực hiện năm ${year} từ số liệu đã được phê duyệt trên hệ thống thi đua như sau:`,
    ],
    ...(await districtFindings(db, movement, year, reviews, now)),
    noAwards:
      reviews.length > 0
        ? 'Chưa có quyết định khen thưởng của đợt này.'
        : `Năm ${year} không có đợt sơ kết, tổng kết; việc khen thưởng thực hiện tại các đợt ${movement.timeline.reviews.map((r) => `${r.id} (${r.year})`).join(' và ')}.`,
    recipients: recipientsOf(movement),
    signer: await draftSigner(db, movement),
  };
};
