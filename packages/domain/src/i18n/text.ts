// Every text a user may read exists in Vietnamese (the default) and English. No schema here: screens that import a
// rule of the domain get these few lines, not the validation library.
export interface LocalizedText {
  vi: string;
  en: string;
}
export type Language = keyof LocalizedText;

export const text = (vi: string, en: string): LocalizedText => ({ vi, en });

/** A stored language choice read safely: anything but "en" (including none yet) is Vietnamese, the default. */
export const languageOf = (stored: string | null | undefined): Language => (stored === 'en' ? 'en' : 'vi');

/** A text in one language: `say(lang)(vi, en)` for messages made for one reader (a file, an e-mail). */
export const say =
  (lang: Language) =>
  (vi: string, en: string): string =>
    lang === 'en' ? en : vi;
