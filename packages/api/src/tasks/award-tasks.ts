// What the award path asks of Home Affairs, the council's members and the Chair now: dossiers to put up for public
// comment or to appraise, a ballot to open, vote in or close, and council-approved nominees waiting for a decision.
// Computed from the stored nominations and ballots of every running review, never kept.
import { formatDateVi, localDateOf, text, type Movement } from '@thidua/domain';
import type { Db } from '@thidua/db';
import type { Actor } from '../context.js';
import { capabilitiesOf } from '../policy/capabilities.js';
import type { Task } from './my-tasks.js';

/** The review's name in the movement's words, or its ID when the movement no longer has it. */
const reviewName = (movements: readonly Movement[], movementId: string, reviewId: string) => {
  const review = movements.find((m) => m.id === movementId)?.timeline.reviews.find((r) => r.id === reviewId);
  return review ? review.label : text(reviewId, reviewId);
};

type Count = { movementId: string; reviewId: string; n: number };

const countBy = (rows: ReadonlyArray<{ movementId: string; reviewId: string }>): Count[] => {
  const counts = new Map<string, Count>();
  for (const r of rows) {
    const key = `${r.movementId}|${r.reviewId}`;
    const c = counts.get(key) ?? { movementId: r.movementId, reviewId: r.reviewId, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  return [...counts.values()];
};

export const awardTasks = async (
  db: Db,
  movements: readonly Movement[],
  actor: Actor,
  now: Date,
  timeZone: string,
): Promise<Task[]> => {
  const can = capabilitiesOf(actor.role);
  const running = { movementId: { in: movements.map((m) => m.id) } };
  const name = (c: { movementId: string; reviewId: string }) => reviewName(movements, c.movementId, c.reviewId);
  const tasks: Task[] = [];
  const openBallots =
    can.appraise || can.vote
      ? await db.ballot.findMany({
          where: { ...running, status: 'open' },
          select: {
            id: true,
            movementId: true,
            reviewId: true,
            closesAt: true,
            votes: true,
            members: true,
            participations: { where: { userId: actor.userId }, select: { userId: true } },
          },
        })
      : [];

  if (can.appraise) {
    const nominations = await db.nomination.findMany({
      where: { ...running, status: { in: ['proposed', 'in_comment', 'appraised'] } },
      select: { movementId: true, reviewId: true, status: true, commentsUntil: true },
    });
    for (const c of countBy(nominations.filter((n) => n.status === 'proposed'))) {
      const r = name(c);
      tasks.push({
        id: `comments-${c.reviewId}`,
        tone: 'due',
        title: text(
          `${r.vi}: ${c.n} đề nghị khen thưởng chờ đưa ra lấy ý kiến nhân dân`,
          `${r.en}: ${c.n} nomination(s) wait to be put up for public comment`,
        ),
        detail: text(
          'Mở lấy ý kiến ở màn hình Hội đồng Thi đua - Khen thưởng.',
          'Open public comments on the council’s screen.',
        ),
        due: null,
        link: '/council',
      });
    }
    for (const c of countBy(
      nominations.filter((n) => n.status === 'in_comment' && n.commentsUntil && n.commentsUntil <= now),
    )) {
      const r = name(c);
      tasks.push({
        id: `appraise-${c.reviewId}`,
        tone: 'due',
        title: text(
          `${r.vi}: ${c.n} hồ sơ đã hết thời gian lấy ý kiến, chờ thẩm định`,
          `${r.en}: ${c.n} dossier(s) past their comment window wait for appraisal`,
        ),
        detail: text(
          'Đọc hồ sơ và ý kiến nhân dân, rồi thẩm định.',
          'Read each dossier and the public’s comments, then appraise.',
        ),
        due: null,
        link: '/council',
      });
    }
    const withBallot = new Set(openBallots.map((b) => `${b.movementId}|${b.reviewId}`));
    for (const c of countBy(
      nominations.filter((n) => n.status === 'appraised' && !withBallot.has(`${n.movementId}|${n.reviewId}`)),
    )) {
      const r = name(c);
      tasks.push({
        id: `ballot-${c.reviewId}`,
        tone: 'due',
        title: text(
          `${r.vi}: ${c.n} đề nghị đã thẩm định, chờ mở phiếu bầu của Hội đồng`,
          `${r.en}: ${c.n} appraised nomination(s) wait for the council’s ballot`,
        ),
        detail: text('Mở phiếu bầu kín cho Hội đồng.', 'Open the council’s secret ballot.'),
        due: null,
        link: '/council',
      });
    }
    for (const b of openBallots.filter((x) => x.closesAt <= now || (x.members > 0 && x.votes >= x.members))) {
      const r = name(b);
      tasks.push({
        id: `close-${b.id}`,
        tone: 'due',
        title: text(
          `${r.vi}: kết thúc phiếu bầu (${b.votes}/${b.members} thành viên đã bỏ phiếu)`,
          `${r.en}: close the ballot (${b.votes}/${b.members} members voted)`,
        ),
        detail: text('Xem kết quả kiểm phiếu rồi xác nhận kết thúc.', 'Look at the tally, then confirm the close.'),
        due: null,
        link: '/council',
      });
    }
  }
  if (can.vote) {
    for (const b of openBallots.filter((x) => x.closesAt > now && x.participations.length === 0)) {
      const r = name(b);
      const day = localDateOf(b.closesAt.getTime() - 1, timeZone);
      tasks.push({
        id: `vote-${b.id}`,
        tone: 'due',
        title: text(`${r.vi}: bỏ phiếu kín`, `${r.en}: cast your secret vote`),
        detail: text(`Hạn bỏ phiếu: hết ngày ${formatDateVi(day)}.`, `Last day to vote: ${formatDateVi(day)}.`),
        due: day,
        link: '/council',
      });
    }
  }
  if (can.signDecisions) {
    const approved = await db.nomination.findMany({
      where: { ...running, status: 'voted' },
      select: { movementId: true, reviewId: true },
    });
    for (const c of countBy(approved)) {
      const r = name(c);
      tasks.push({
        id: `decide-${c.reviewId}`,
        tone: 'due',
        title: text(
          `${r.vi}: ${c.n} đề nghị đã được Hội đồng thông qua, chờ quyết định khen thưởng`,
          `${r.en}: ${c.n} nomination(s) approved by the council wait for the award decision`,
        ),
        detail: text(
          'Xem danh sách, hạn mức còn lại và ký quyết định.',
          'Check the list and the quota left, then sign the decision.',
        ),
        due: null,
        link: '/decisions',
      });
    }
  }
  return tasks;
};
