// Who issues the movement's documents on a date, in the words Decree 30 prints at the top: the movement's issuer, or
// the one a dated change (a reorganisation) put in its place.
import { authorityOn, type Movement } from '@thidua/domain';
import type { Letterhead } from '@thidua/documents';

const PARENT = 'Ủy ban nhân dân';

/** "Ủy ban nhân dân huyện Ninh Sơn" → parent "ỦY BAN NHÂN DÂN", body "HUYỆN NINH SƠN", place "Ninh Sơn". */
export const issuerOf = (movement: Movement, date: string): Pick<Letterhead, 'parent' | 'body' | 'place'> => {
  const authority = authorityOn(movement, date);
  const issuer = authority.issuer.vi;
  const body = issuer.toLowerCase().startsWith(PARENT.toLowerCase()) ? issuer.slice(PARENT.length).trim() : issuer;
  const place = authority.place ?? body.replace(/^(huyện|thị xã|thành phố|quận)\s+/i, '');
  return { parent: PARENT.toLocaleUpperCase('vi'), body: body.toLocaleUpperCase('vi'), place };
};

export const letterheadOf = (movement: Movement, number: string, date: string): Letterhead => ({
  ...issuerOf(movement, date),
  number,
  date,
});

/** Who grants the award on the decision's date, as the decision and the certificate print it. */
export const GRANTOR = (movement: Movement, date: string): string =>
  authorityOn(movement, date).awardGrantor.vi.toLocaleUpperCase('vi');

/** "Sơ kết phong trào (Quý IV/2023)" → { noun: 'sơ kết', period: 'Quý IV/2023' }: the words a decision puts in a sentence. */
export const reviewWords = (label: string): { noun: string; period: string } => {
  const m = /^(.*?)\s+phong trào\s*\((.*)\)\s*$/i.exec(label);
  const noun = (m?.[1] ?? label).trim();
  return { noun: noun.charAt(0).toLocaleLowerCase('vi') + noun.slice(1), period: (m?.[2] ?? '').trim() };
};

/** The body the movement names for a duty ("Phòng Nội vụ", "Hội đồng Thi đua - Khen thưởng huyện"). */
export const bodyOf = (movement: Movement, roleId: string): string =>
  movement.roles.find((r) => r.id === roleId)?.body.vi ?? roleId;

export const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
