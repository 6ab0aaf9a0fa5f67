// A stored reminder is worded again when it is read, from the milestone it keeps: a deadline that has passed reads in
// the past tense instead of the countdown it was sent with. Other notifications are shown as written.
import { reminderWording, type RemindedMilestone } from '@thidua/domain';

interface StoredNotification {
  title: string;
  body: string;
  titleEn: string | null;
  bodyEn: string | null;
  milestone: string | null;
}

const parse = (json: string): RemindedMilestone | null => {
  try {
    const m = JSON.parse(json) as RemindedMilestone;
    return typeof m.atMs === 'number' && typeof m.day === 'string' && typeof m.timeZone === 'string' ? m : null;
  } catch {
    return null;
  }
};

export const asReadAt = <T extends StoredNotification>(n: T, now: Date): Omit<T, 'milestone'> => {
  const { milestone, ...rest } = n;
  const m = milestone ? parse(milestone) : null;
  if (!m) return rest;
  const { title, body } = reminderWording(m, now.getTime());
  return { ...rest, title: title.vi, body: body.vi, titleEn: title.en, bodyEn: body.en };
};
