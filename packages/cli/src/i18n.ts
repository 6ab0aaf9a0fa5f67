// The CLI speaks Vietnamese by default and English with --lang en.
import type { Language, LocalizedText } from '@thidua/domain';

export const pick = (lang: Language, t: LocalizedText): string => t[lang];

export const t = (lang: Language, vi: string, en: string): string => (lang === 'vi' ? vi : en);
