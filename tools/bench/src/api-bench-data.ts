// Prepares the API benchmark database: the Ninh Sơn seed scaled to 10,000 participants with approved 2025 reports,
// plus unit editors with ready sessions for the write benchmark.
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from '@thidua/api';
import type { Db } from '@thidua/db';
import { seed } from '@thidua/db/seed';
import { ninhSonDx2021_2025 as movement } from '@thidua/domain';
import { syntheticParticipants } from '@thidua/domain/testing';

export interface WriterSession {
  cookie: string;
  unitId: string;
}

const chunks = <T>(xs: T[], size: number): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

export const prepareBenchData = async (db: Db, participants: number, writers: number): Promise<WriterSession[]> => {
  await seed(db, { hashPassword });
  const existing = await db.orgUnit.count({ where: { participantKind: { not: null } } });
  const extra = Math.max(0, participants - existing);
  const synthetic = syntheticParticipants({ ...movement, participantGroups: movement.participantGroups }, extra * 4, 7).filter((p) => p.participant.kind === 'enterprise').slice(0, extra);
  for (const batch of chunks(synthetic, 500)) {
    await db.orgUnit.createMany({ data: batch.map((p) => ({ id: `B-${p.participant.id}`, name: `Doanh nghiệp ${p.participant.id}`, nameEn: `Enterprise ${p.participant.id}`, kind: 'enterprise', participantKind: 'enterprise', isItEnterprise: p.participant.isItEnterprise ?? false, validFrom: '2020-01-01' })) });
    await db.registration.createMany({ data: batch.filter((p) => p.participant.registered).map((p) => ({ id: `REG-${p.participant.id}`, movementId: movement.id, unitId: `B-${p.participant.id}`, pledges: 'Cam kết chuyển đổi số' })) });
    await db.report.createMany({ data: batch.map((p) => ({ id: `R-${p.participant.id}`, movementId: movement.id, unitId: `B-${p.participant.id}`, year: 2025, status: 'approved' })) });
    await db.reportValue.createMany({
      data: batch.flatMap((p) =>
        Object.entries(p.facts).flatMap(([key, v]) => (v === null || v === undefined || key === 'C-COL-REGISTERED' ? [] : [{ reportId: `R-${p.participant.id}`, key, numberValue: typeof v === 'number' ? v : null, boolValue: typeof v === 'boolean' ? v : null }])),
      ),
    });
  }
  // Editors of the first `writers` synthetic units, with sessions stored the way the API stores them (SHA-256 of the token).
  const passwordHash = await hashPassword(randomBytes(16).toString('hex'));
  const sessions: WriterSession[] = [];
  for (const p of synthetic.slice(0, writers)) {
    const unitId = `B-${p.participant.id}`;
    const user = await db.user.create({ data: { username: `bench.${p.participant.id.toLowerCase()}`, displayName: unitId, passwordHash, role: 'UNIT-EDITOR', unitId }, select: { id: true } });
    const token = randomBytes(20).toString('hex');
    await db.session.create({ data: { id: createHash('sha256').update(token).digest('hex'), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    sessions.push({ cookie: `__Host-thidua_session=${token}`, unitId });
  }
  return sessions;
};
