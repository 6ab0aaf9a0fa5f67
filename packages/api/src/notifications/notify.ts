// Writes one notification per recipient inside the caller's transaction: no message about a change that rolled back.
import type { LocalizedText } from '@thidua/domain';
import type { Tx } from '../mutation.js';

export type NotificationKind = 'reminder' | 'report.returned' | 'sector_report.returned' | 'nomination.decided';

export interface Message {
  kind: NotificationKind;
  title: LocalizedText;
  body: LocalizedText;
  /** A path of the shell, e.g. /unit */
  link: string | null;
  unitId?: string | null;
}

export const notify = async (
  tx: Pick<Tx, 'notification'>,
  userIds: readonly string[],
  message: Message,
  at: Date,
): Promise<number> => {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: unique.map((userId) => ({
      userId,
      unitId: message.unitId ?? null,
      kind: message.kind,
      title: message.title.vi,
      body: message.body.vi,
      titleEn: message.title.en,
      bodyEn: message.body.en,
      link: message.link,
      createdAt: at,
    })),
  });
  return count;
};
