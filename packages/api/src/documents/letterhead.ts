// Who issues the movement's documents, in the words Decree 30 prints at the top: from the movement's own issuer.
import type { Movement } from '@thidua/domain';
import type { Letterhead } from '@thidua/documents';

const PARENT = 'Ủy ban nhân dân';

export const letterheadOf = (movement: Movement, number: string, date: string): Letterhead => {
  const issuer = movement.issuer.vi;
  // "Ủy ban nhân dân huyện Ninh Sơn" → "ỦY BAN NHÂN DÂN" / "HUYỆN NINH SƠN"
  const body = issuer.toLowerCase().startsWith(PARENT.toLowerCase()) ? issuer.slice(PARENT.length).trim() : issuer;
  const place = body.replace(/^(huyện|thị xã|thành phố|quận)\s+/i, '');
  return { parent: PARENT.toLocaleUpperCase('vi'), body: body.toLocaleUpperCase('vi'), number, place, date };
};

export const GRANTOR = (movement: Movement): string => movement.awardGrantor.vi.toLocaleUpperCase('vi');
