// Prepares the API benchmark database: the Ninh Sơn seed scaled to 10,000 participants with approved 2025 reports,
// plus unit editors with ready sessions (stored as sign-in stores them) for the write benchmark.
import { hashPassword } from '@thidua/api';
import { createEditorSessions } from '@thidua/api/testing';
import type { Db } from '@thidua/db';
import { seed } from '@thidua/db/seed';
import { ninhSonDx2021_2025 as movement } from '@thidua/domain';
import { syntheticParticipants } from '@thidua/domain/testing';

export interface WriterSession {
  cookie: string;
  unitId: string;
}

const chunks = <T>(xs: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

export const prepareBenchData = async (db: Db, participants: number, writers: number): Promise<WriterSession[]> => {
  await seed(db, { hashPassword });
  const existing = await db.orgUnit.count({ where: { participantKind: { not: null } } });
  const extra = Math.max(0, participants - existing);
  const synthetic = syntheticParticipants({ ...movement, participantGroups: movement.participantGroups }, extra * 4, 7)
    .filter((p) => p.participant.kind === 'enterprise')
    .slice(0, extra);
  for (const batch of chunks(synthetic, 500)) {
    await db.orgUnit.createMany({
      data: batch.map((p) => ({
        id: `B-${p.participant.id}`,
        name: `Doanh nghiệp ${p.participant.id}`,
        nameEn: `Enterprise ${p.participant.id}`,
        kind: 'enterprise',
        participantKind: 'enterprise',
        isItEnterprise: p.participant.isItEnterprise ?? false,
        validFrom: '2020-01-01',
      })),
    });
    await db.registration.createMany({
      data: batch
        .filter((p) => p.participant.registered)
        .map((p) => ({
          id: `REG-${p.participant.id}`,
          movementId: movement.id,
          unitId: `B-${p.participant.id}`,
          pledges: 'Cam kết chuyển đổi số',
        })),
    });
    await db.report.createMany({
      data: batch.map((p) => ({
        id: `R-${p.participant.id}`,
        movementId: movement.id,
        unitId: `B-${p.participant.id}`,
        year: 2025,
        status: 'approved',
      })),
    });
    await db.reportValue.createMany({
      data: batch.flatMap((p) =>
        Object.entries(p.facts).flatMap(([key, v]) =>
          v === null || v === undefined || key === 'C-COL-REGISTERED'
            ? []
            : [
                {
                  reportId: `R-${p.participant.id}`,
                  key,
                  numberValue: typeof v === 'number' ? v : null,
                  boolValue: typeof v === 'boolean' ? v : null,
                },
              ],
        ),
      ),
    });
  }
  const unitIds = synthetic.slice(0, writers).map((p) => `B-${p.participant.id}`);
  const cookies = await createEditorSessions(db, unitIds);
  return unitIds.map((unitId, i) => ({ cookie: cookies[i]!, unitId }));
};
