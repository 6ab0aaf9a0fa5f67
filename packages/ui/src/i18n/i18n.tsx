// The language of the whole page (shell and every sector module share this one context): Vietnamese by default.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language, LocalizedText } from '@thidua/domain';
import { en, vi, type MessageKey } from './messages.js';

type Extra = Record<string, string>;
export type Translate = (key: MessageKey | string, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
  /** Picks the current language of a text that comes from the movement definition or the API. */
  pick: (text: LocalizedText | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'thidua.lang';

export const interpolate = (template: string, params?: Record<string, string | number>): string =>
  params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;

export const translator = (lang: Language, extra: { vi: Extra; en: Extra } = { vi: {}, en: {} }): Translate => {
  const table: Extra = lang === 'en' ? { ...en, ...extra.en } : { ...vi, ...extra.vi };
  return (key, params) => interpolate(table[key] ?? key, params);
};

const initialLang = (): Language => {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
};

/** `messages` adds an app's own texts (the shell's pages, a sector module's panels) to the shared ones. */
export const I18nProvider = ({ children, messages }: { children: ReactNode; messages?: { vi: Extra; en: Extra } }) => {
  const [lang, setLangState] = useState<Language>(initialLang);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  }, []);
  // Screen readers pick their voice from <html lang>: keep it true after a reload too.
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: translator(lang, messages), pick: (text) => (text ? text[lang] : '') }), [lang, setLang, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
};

/** A sector module's own texts, layered over the page's language. */
export const useMessages = (messages: { vi: Extra; en: Extra }): Translate => {
  const { lang } = useI18n();
  return useMemo(() => translator(lang, messages), [lang, messages]);
};
