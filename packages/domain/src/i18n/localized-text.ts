// A localized text as movement files and inputs carry it: both languages, neither empty.
import { z } from 'zod';

export { languageOf, say, text, type Language, type LocalizedText } from './text.js';

export const localizedTextSchema = z.strictObject({
  vi: z.string().min(1),
  en: z.string().min(1),
});
