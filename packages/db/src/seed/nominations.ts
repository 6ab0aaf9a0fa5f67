// Seed the final review's first nominations (R-FINAL): the four best units over the review's years (the movement's
// period rule, from approved reports), proposed by their own editors after the report deadline; the public comment window closed on 05/01/2026, so they wait for
// Home Affairs' appraisal. The council screens have work to show.
import { ninhSonDx2021_2025, parseMovement } from '@thidua/domain';
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { MOVEMENT_ID } from './movement.js';
import { REPORTING_UNITS } from './org-units.js';
import { reporterOf } from './users.js';
import { periodStandings } from './period-standings.js';

export const SEED_NOMINATIONS = 4;

const achievementsOf = (name: string) =>
  `${name}: hoàn thành các chỉ tiêu chuyển đổi số năm 2025, hồ sơ công việc xử lý trên môi trường mạng và thanh toán không dùng tiền mặt vượt kế hoạch; duy trì Tổ công nghệ số cộng đồng.`;

export const seedNominations = async (
  db: Db,
  userIds: ReadonlyMap<string, string>,
  clock: SeedClock,
): Promise<void> => {
  const parsed = parseMovement(ninhSonDx2021_2025);
  if (!parsed.ok) throw new Error('The Ninh Sơn plan does not parse');
  const movement = parsed.movement;
  const standings = await periodStandings(db, movement, 'R-FINAL');
  const candidates = [...standings].flatMap(([unitId, e]) => {
    const unit = REPORTING_UNITS.find((u) => u.id === unitId);
    const editor = unit ? reporterOf(unit.id) : undefined;
    const editorId = editor ? userIds.get(editor.username) : undefined;
    if (!unit || !editorId) return [];
    return [{ unit, editorId, score: e.score, eligible: e.eligible }];
  });
  const chosen = candidates
    .sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score || a.unit.id.localeCompare(b.unit.id))
    .slice(0, SEED_NOMINATIONS);
  await db.$transaction(
    async (tx) => {
      for (const [i, c] of chosen.entries()) {
        const id = `NOM-R-FINAL-${c.unit.id}`;
        const fields = {
          movementId: MOVEMENT_ID,
          reviewId: 'R-FINAL',
          awardClass: 'collective',
          unitId: c.unit.id,
          proposedByUnitId: c.unit.id,
          proposedBy: c.editorId,
          proposedAt: clock.at(`2025-12-2${2 + i}T09:00`),
          achievements: achievementsOf(c.unit.name),
          scoreSnapshot: c.score,
          eligibleSnapshot: c.eligible,
          commentsUntil: clock.at('2026-01-05T17:00'),
        };
        // Only a nomination the seed created is reset; one that moved on (appraised, voted) keeps its state.
        await tx.nomination.upsert({ where: { id }, create: { id, ...fields, status: 'in_comment' }, update: fields });
      }
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
};
