/**
 * The interface locale, for components: `const t = useT(); t('inbox.title')`. The person's choice of
 * language is remembered in this browser (localStorage) and applies at once to every page.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  createDateFormatter,
  isLocale,
  translate,
  type DateFormatter,
  type Locale,
  type Translate,
} from './messages.js';

interface LocaleValue {
  readonly locale: Locale;
  readonly t: Translate;
  readonly format: DateFormatter;
  readonly setLocale: (locale: Locale) => void;
}

/** Where the chosen language is kept between visits. */
export const localeStorageKey = 'liaison.locale';

function buildValue(locale: Locale, setLocale: (locale: Locale) => void): LocaleValue {
  return {
    locale,
    t: (id, params) => translate(locale, id, params),
    format: createDateFormatter(locale),
    setLocale,
  };
}

const LocaleContext = createContext<LocaleValue>(buildValue('en', () => undefined));

function storedLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(localeStorageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(localeStorageKey, locale);
  } catch {
    // A browser that refuses storage still switches language for this visit.
  }
}

/** `locale` is the starting language when the person has not chosen one in this browser. */
export function LocaleProvider({ locale: initial, children }: { locale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    typeof window === 'undefined' ? initial : (storedLocale() ?? initial),
  );
  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => buildValue(locale, setLocale), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useT(): Translate {
  return useContext(LocaleContext).t;
}

export function useFormat(): DateFormatter {
  return useContext(LocaleContext).format;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

export function useSetLocale(): (locale: Locale) => void {
  return useContext(LocaleContext).setLocale;
}
