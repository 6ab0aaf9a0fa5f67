// Whose name a document carries on a date: the movement's own issuer and grantor, or the latest dated change before it.
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';

export interface Authority {
  issuer: LocalizedText;
  awardGrantor: LocalizedText;
  /** Null until the first change: the place follows from the issuer's name. */
  place: string | null;
  /** False when the movement holds the value with a note that it is not confirmed. */
  confirmed: boolean;
  /** The legal basis of the change in force, null for the movement's original authority. */
  basis: string | null;
  note: string | null;
}

/** `date`: yyyy-mm-dd on the movement's calendar (a decision's date, a report's date). */
export const authorityOn = (movement: Movement, date: string): Authority => {
  const change = [...movement.authorities]
    .sort((a, b) => a.from.localeCompare(b.from))
    .filter((c) => c.from <= date)
    .pop();
  if (!change)
    return {
      issuer: movement.issuer,
      awardGrantor: movement.awardGrantor,
      place: null,
      confirmed: true,
      basis: null,
      note: null,
    };
  return {
    issuer: change.issuer,
    awardGrantor: change.awardGrantor,
    place: change.place,
    confirmed: change.confirmed,
    basis: change.basis,
    note: change.note ?? null,
  };
};

export const grantorOn = (movement: Movement, date: string): LocalizedText => authorityOn(movement, date).awardGrantor;

export const issuerOn = (movement: Movement, date: string): LocalizedText => authorityOn(movement, date).issuer;
