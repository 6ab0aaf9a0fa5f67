// Who issues the movement's documents, in the words Decree 30 prints at the top: from the movement's own issuer.
import type { Movement } from '@thidua/domain';
import type { Letterhead } from '@thidua/documents';

const PARENT = 'Ủy ban nhân dân';

/** "Ủy ban nhân dân huyện Ninh Sơn" → parent "ỦY BAN NHÂN DÂN", body "HUYỆN NINH SƠN", place "Ninh Sơn". */
export const issuerOf = (movement: Movement): Pick<Letterhead, 'parent' | 'body' | 'place'> => {
  const issuer = movement.issuer.vi;
  const body = issuer.toLowerCase().startsWith(PARENT.toLowerCase()) ? issuer.slice(PARENT.length).trim() : issuer;
  const place = body.replace(/^(huyện|thị xã|thành phố|quận)\s+/i, '');
  return { parent: PARENT.toLocaleUpperCase('vi'), body: body.toLocaleUpperCase('vi'), place };
};

export const letterheadOf = (movement: Movement, number: string, date: string): Letterhead => ({ ...issuerOf(movement), number, date });

export const GRANTOR = (movement: Movement): string => movement.awardGrantor.vi.toLocaleUpperCase('vi');

/** "Sơ kết phong trào (Quý IV/2023)" → { noun: 'sơ kết', period: 'Quý IV/2023' }: the words a decision puts in a sentence. */
export const reviewWords = (label: string): { noun: string; period: string } => {
  const m = /^(.*?)\s+phong trào\s*\((.*)\)\s*$/i.exec(label);
  const noun = (m?.[1] ?? label).trim();
  return { noun: noun.charAt(0).toLocaleLowerCase('vi') + noun.slice(1), period: (m?.[2] ?? '').trim() };
};

export const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
