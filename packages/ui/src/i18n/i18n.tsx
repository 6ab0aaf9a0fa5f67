// The language of the whole page (shell and every sector module share this one context): Vietnamese by default.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language, LocalizedText } from '@thidua/domain';
import { vi, type MessageKey } from './messages.js';

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
  params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
    : template;

/** Texts added by pages loaded later (their module adds them before the page first renders). */
const added: { vi: Extra; en: Extra } = { vi: {}, en: {} };

/** A lazily loaded page's own texts: called at the top of its module, so they travel with its code. */
export const addMessages = (...sets: ReadonlyArray<{ vi: Extra; en?: Extra }>): void => {
  for (const set of sets) {
    Object.assign(added.vi, set.vi);
    Object.assign(added.en, set.en ?? {});
  }
};

/** The shared English texts, once loaded (the first time English is chosen); until then English falls back to Vietnamese. */
let english: Extra | null = null;
export const loadEnglish = async (): Promise<void> => {
  english ??= (await import('./messages-en.js')).en;
};

type Tables = { vi: Extra; en?: Extra };

// An app's own text wins over the shared one; a text not yet loaded in English shows in Vietnamese, never as its key.
const lookup = (lang: Language, extra: Tables, key: string): string | undefined =>
  lang === 'en'
    ? (extra.en?.[key] ?? english?.[key] ?? added.en[key] ?? extra.vi[key] ?? (vi as Extra)[key] ?? added.vi[key])
    : (extra.vi[key] ?? (vi as Extra)[key] ?? added.vi[key]);

export const translator =
  (lang: Language, extra: Tables = { vi: {} }): Translate =>
  (key, params) =>
    interpolate(lookup(lang, extra, key) ?? key, params);

const initialLang = (): Language => {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
};

/** `messages` adds an app's own texts (the shell's pages, a sector module's panels) to the shared ones; `loadAppEnglish`
 * brings the app's English texts the first time English is chosen, with the shared ones. */
export const I18nProvider = ({
  children,
  messages,
  loadAppEnglish,
}: {
  children: ReactNode;
  messages?: Tables;
  loadAppEnglish?: () => Promise<Extra>;
}) => {
  const [lang, setLangState] = useState<Language>(initialLang);
  const [appEnglish, setAppEnglish] = useState<Extra | null>(null);
  const [englishReady, setEnglishReady] = useState(english !== null);
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
  useEffect(() => {
    if (lang !== 'en' || (englishReady && (appEnglish || !loadAppEnglish))) return;
    let live = true;
    void Promise.all([loadEnglish(), loadAppEnglish?.() ?? Promise.resolve(null)]).then(([, app]) => {
      if (!live) return;
      setAppEnglish(app);
      setEnglishReady(true);
    });
    return () => {
      live = false;
    };
  }, [lang, englishReady, appEnglish, loadAppEnglish]);
  const tables = useMemo<Tables>(
    () => ({ vi: messages?.vi ?? {}, en: { ...messages?.en, ...appEnglish } }),
    [messages, appEnglish],
  );
  // A new value once English arrives, so every reader (sector modules included) renders again in English.
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: translator(lang, tables), pick: (text) => (text ? text[lang] : '') }),
    [lang, setLang, tables, englishReady],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
};

/** A sector module's own texts, layered over the page's language. */
export const useMessages = (messages: { vi: Extra; en: Extra }): Translate => {
  const { lang, t } = useI18n();
  // `t` changes when English arrives: the module's translator is made again then.
  return useMemo(() => translator(lang, messages), [lang, messages, t]);
};
