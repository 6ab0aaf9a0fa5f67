// Every text a user may read exists in Vietnamese (the default) and English.
import { z } from 'zod';

export const localizedTextSchema = z.strictObject({
  vi: z.string().min(1),
  en: z.string().min(1),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Language = keyof LocalizedText;

export const text = (vi: string, en: string): LocalizedText => ({ vi, en });

/** A stored language choice read safely: anything but "en" (including none yet) is Vietnamese, the default. */
export const languageOf = (stored: string | null | undefined): Language => (stored === 'en' ? 'en' : 'vi');

/** A text in one language: `say(lang)(vi, en)` for messages made for one reader (a file, an e-mail). */
export const say =
  (lang: Language) =>
  (vi: string, en: string): string =>
    lang === 'en' ? en : vi;
