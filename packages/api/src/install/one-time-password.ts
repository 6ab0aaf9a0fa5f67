// A password handed over once (the first administrator, a reset): 100 bits from the system's random source, in
// groups that read aloud over the phone without ambiguous letters.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no I, O, 0, 1

export const oneTimePassword = (): string => {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join(''); // 256 is a multiple of 32: no bias
  return chars.match(/.{5}/g)!.join('-');
};
