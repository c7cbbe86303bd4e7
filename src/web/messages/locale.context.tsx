/** The interface locale, for components: `const t = useT(); t('inbox.title')`. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import {
  createDateFormatter,
  translate,
  type DateFormatter,
  type Locale,
  type Translate,
} from './messages.js';

interface LocaleValue {
  readonly locale: Locale;
  readonly t: Translate;
  readonly format: DateFormatter;
}

function buildValue(locale: Locale): LocaleValue {
  return { locale, t: (id, params) => translate(locale, id, params), format: createDateFormatter(locale) };
}

const LocaleContext = createContext<LocaleValue>(buildValue('en'));

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => buildValue(locale), [locale]);
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
