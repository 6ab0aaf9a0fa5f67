// What a signed-in person has to do now, worst first: a returned report to correct, a report or plan overdue or due,
// a registration missing, reports waiting for their review, and the award path's steps (award-tasks.ts). Each item
// links to where it is done. Computed from the movement and the stored records, never kept: it is always what the data
// says today.
import {
  annualReportDeadline,
  annualReportStatus,
  defaultReportingYear,
  deadlineStatus,
  formatDateVi,
  isActiveOn,
  localDateOf,
  annualReportDueDate,
  text,
  unitPlanDeadline,
  type LocalizedText,
  type Movement,
} from '@thidua/domain';
import type { Db } from '@thidua/db';
import type { Actor } from '../context.js';
import { reviewQueue } from '../reports/report-completeness.js';
import { DUTY } from '../roles.js';
import { activeMovements } from '../movement/active-movement.js';
import { awardTasks } from './award-tasks.js';

export type TaskTone = 'returned' | 'overdue' | 'due' | 'waiting';

export interface Task {
  id: string;
  tone: TaskTone;
  title: LocalizedText;
  detail: LocalizedText;
  /** The last on-time day, when the task has one (YYYY-MM-DD). */
  due: string | null;
  link: string;
}

const ORDER: Record<TaskTone, number> = { returned: 0, overdue: 1, due: 2, waiting: 3 };

/** A plan deadline missed this long ago is history, not a task: the movement has moved on. */
const PLAN_STALE_DAYS = 90;

const unitTasks = async (db: Db, movement: Movement, unitId: string, now: Date, year: number): Promise<Task[]> => {
  const unit = await db.orgUnit.findUnique({
    where: { id: unitId },
    select: { id: true, participantKind: true, validFrom: true, validTo: true },
  });
  if (!unit?.participantKind || unit.participantKind === 'individual') return [];
  const tasks: Task[] = [];
  const [registration, plan, report] = await Promise.all([
    db.registration.findFirst({ where: { movementId: movement.id, unitId }, select: { id: true } }),
    db.unitPlan.findFirst({ where: { movementId: movement.id, unitId }, select: { id: true } }),
    db.report.findUnique({
      where: { movementId_unitId_year: { movementId: movement.id, unitId, year } },
      select: { status: true, submittedAt: true, returnReason: true },
    }),
  ]);
  if (!registration)
    tasks.push({
      id: 'register',
      tone: 'due',
      title: text('Đăng ký thi đua', 'Register for the movement'),
      detail: text(
        `Đăng ký tham gia ${movement.name.vi}: không đăng ký thì không được khen thưởng.`,
        `Register for ${movement.name.en}: no registration, no award.`,
      ),
      due: null,
      link: '/unit',
    });
  const planDeadline = unitPlanDeadline(movement);
  if (!plan && planDeadline && (planDeadline.appliesTo as readonly string[]).includes(unit.participantKind)) {
    const d = deadlineStatus(movement, planDeadline.id, { now });
    const staleSince = Date.parse(d.dueAtLocal) + PLAN_STALE_DAYS * 86_400_000;
    if (now.getTime() < staleSince) {
      const day = formatDateVi(d.lastOnTimeLocal.slice(0, 10));
      tasks.push({
        id: 'plan',
        tone: d.overdue ? 'overdue' : 'due',
        title: text('Gửi kế hoạch thực hiện của đơn vị', 'Send the unit’s own plan'),
        detail: d.overdue
          ? text(
              `Đã quá hạn (hết ngày ${day}): gửi ngay, sẽ được ghi nhận trễ hạn.`,
              `Overdue (last day ${day}): send it now; it is recorded as late.`,
            )
          : text(`Hạn cuối: hết ngày ${day}.`, `Last day: ${day}.`),
        due: d.lastOnTimeLocal.slice(0, 10),
        link: '/unit',
      });
    }
  }
  // The year's report, when the unit is the one asked for it (in force on its due date).
  if (annualReportDeadline(movement) && isActiveOn(unit, annualReportDueDate(movement, year))) {
    const d = annualReportStatus(movement, { year, submittedAt: report?.submittedAt ?? null, now });
    const day = formatDateVi(d.lastOnTimeLocal.slice(0, 10));
    const status = report?.status ?? 'none';
    if (status === 'draft' && report?.returnReason) {
      tasks.push({
        id: `report-${year}`,
        tone: 'returned',
        title: text(`Sửa và gửi lại báo cáo năm ${year}`, `Correct and resend the ${year} report`),
        detail: text(
          `Báo cáo bị trả lại. Lý do: ${report.returnReason}`,
          `The report was returned. Reason: ${report.returnReason}`,
        ),
        due: null,
        link: '/unit',
      });
    } else if (status === 'none' || status === 'draft') {
      tasks.push({
        id: `report-${year}`,
        tone: d.overdue ? 'overdue' : 'due',
        title: text(`Nộp báo cáo kết quả năm ${year}`, `Submit the ${year} results report`),
        detail: d.overdue
          ? text(
              `Đã quá hạn (hết ngày ${day}): nộp ngay, sẽ được ghi nhận trễ hạn.`,
              `Overdue (last day ${day}): submit it now; it is recorded as late.`,
            )
          : text(`Hạn cuối: hết ngày ${day}.`, `Last day: ${day}.`),
        due: d.lastOnTimeLocal.slice(0, 10),
        link: '/unit',
      });
    } else if (status === 'submitted' || status === 'verified') {
      tasks.push({
        id: `report-${year}`,
        tone: 'waiting',
        title: text(`Báo cáo năm ${year} đang chờ duyệt`, `The ${year} report is waiting for approval`),
        detail: text(
          'Không cần làm gì thêm; bạn sẽ được báo khi có kết quả.',
          'Nothing to do; you will be told of the outcome.',
        ),
        due: null,
        link: '/unit',
      });
    }
  }
  return tasks;
};

const sectorTasks = async (db: Db, movement: Movement, sectorId: string, now: Date, year: number): Promise<Task[]> => {
  const report = await db.sectorReport.findFirst({
    where: { movementId: movement.id, sectorId, year },
    select: { status: true, returnReason: true },
  });
  const status = report?.status ?? 'none';
  const link = `/sector/${encodeURIComponent(sectorId)}`;
  if (status === 'draft' && report?.returnReason)
    return [
      {
        id: `sector-${year}`,
        tone: 'returned',
        title: text(`Sửa và gửi lại số liệu ngành năm ${year}`, `Correct and resend the sector’s ${year} figures`),
        detail: text(
          `Số liệu bị trả lại. Lý do: ${report.returnReason}`,
          `The figures were returned. Reason: ${report.returnReason}`,
        ),
        due: null,
        link,
      },
    ];
  if (status === 'none' || status === 'draft') {
    const d = annualReportDeadline(movement) ? annualReportStatus(movement, { year, now }) : null;
    return [
      {
        id: `sector-${year}`,
        tone: d?.overdue ? 'overdue' : 'due',
        title: text(`Nhập và gửi số liệu ngành năm ${year}`, `Enter and send the sector’s ${year} figures`),
        detail: d
          ? text(
              `Theo hạn báo cáo năm: hết ngày ${formatDateVi(d.lastOnTimeLocal.slice(0, 10))}.`,
              `By the yearly deadline: ${formatDateVi(d.lastOnTimeLocal.slice(0, 10))}.`,
            )
          : text('', ''),
        due: d?.lastOnTimeLocal.slice(0, 10) ?? null,
        link,
      },
    ];
  }
  return [];
};

const reviewerTasks = async (db: Db, movement: Movement, userId: string, now: Date, year: number): Promise<Task[]> => {
  const waiting = (await reviewQueue(db, movement, year, now, userId)).filter((r) => r.waitingForMe).length;
  const sectors = await db.sectorReport.count({
    where: { movementId: movement.id, year, status: { in: ['submitted', 'verified'] } },
  });
  const tasks: Task[] = [];
  if (waiting > 0)
    tasks.push({
      id: `review-${year}`,
      tone: 'due',
      title: text(
        `${waiting} báo cáo năm ${year} chờ bạn kiểm tra, duyệt`,
        `${waiting} report(s) of ${year} wait for your review`,
      ),
      detail: text('Mở danh sách “Chờ tôi xử lý”.', 'Open the “Waiting for me” list.'),
      due: null,
      link: '/reports',
    });
  if (sectors > 0)
    tasks.push({
      id: `sector-review-${year}`,
      tone: 'due',
      title: text(
        `${sectors} báo cáo ngành năm ${year} đang chờ kiểm tra, duyệt`,
        `${sectors} sector report(s) of ${year} wait for review`,
      ),
      detail: text('Mở từng ngành ở mục Ngành, lĩnh vực, thẻ “Kiểm tra, duyệt”.', 'Open each sector, “Review” tab.'),
      due: null,
      link: '/reports',
    });
  return tasks;
};

export const myTasks = async (
  db: Db,
  movement: Movement,
  actor: Actor,
  now: Date,
): Promise<{ year: number; tasks: Task[] }> => {
  const year = defaultReportingYear(movement, localDateOf(now.getTime(), movement.timeZone));
  const tasks = [
    ...(actor.role === 'UNIT-EDITOR' && actor.unitId ? await unitTasks(db, movement, actor.unitId, now, year) : []),
    ...(actor.role === 'SECTOR-EDITOR' && actor.sectorId
      ? await sectorTasks(db, movement, actor.sectorId, now, year)
      : []),
    ...(actor.role === DUTY.culture ? await reviewerTasks(db, movement, actor.userId, now, year) : []),
    ...(await awardTasks(
      db,
      (await activeMovements(db)).map((a) => a.movement),
      actor,
      now,
      movement.timeZone,
    )),
  ];
  return {
    year,
    tasks: tasks.sort((a, b) => ORDER[a.tone] - ORDER[b.tone] || (a.due ?? '9').localeCompare(b.due ?? '9')),
  };
};
