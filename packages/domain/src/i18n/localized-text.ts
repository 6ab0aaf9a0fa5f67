// Every text a user may read exists in Vietnamese (the default) and English.
import { z } from 'zod';

export const localizedTextSchema = z.strictObject({
  vi: z.string().min(1),
  en: z.string().min(1),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Language = keyof LocalizedText;

export const text = (vi: string, en: string): LocalizedText => ({ vi, en });
