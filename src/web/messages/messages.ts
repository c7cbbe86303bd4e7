/**
 * Looking up interface strings and formatting dates for a locale. Pure: the React side
 * (locale.context.tsx) only chooses the locale and hands these functions to components.
 */
import { en, type MessageId, type Messages } from './en.js';
import { ru } from './ru.js';

export type Locale = 'en' | 'ru';

export const locales: readonly Locale[] = ['en', 'ru'];

export const catalogs: Readonly<Record<Locale, Messages>> = { en, ru };

/** The BCP 47 tag used to format dates for each interface locale (day-month-year, as in the records). */
const intlTags: Readonly<Record<Locale, string>> = { en: 'en-GB', ru: 'ru-RU' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (id: MessageId, params?: MessageParams) => string;

export function translate(locale: Locale, id: MessageId, params?: MessageParams): string {
  const template = catalogs[locale][id];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A message id for a value from the server (a kind, a grade), if the catalog has one. */
export function messageIdFor(prefix: string, value: string): MessageId | undefined {
  const id = prefix + '.' + value;
  return id in en ? (id as MessageId) : undefined;
}

export interface DateFormatter {
  /** A calendar date from the API ("1944-06-26"), shown as the day it names, whatever the time zone. */
  date(isoDate: string): string;
  /** An instant from the API, in UTC as a registry records it. */
  dateTime(isoDateTime: string): string;
  /** An instant, as the time of day here (e.g. for "saved at"). */
  time(isoDateTime: string): string;
  /** A number with the locale's grouping, e.g. 1,000,000. */
  number(value: number): string;
  /** A proportion (0–1) as a whole percentage, e.g. 77%. */
  percent(value: number): string;
}

export function createDateFormatter(locale: Locale): DateFormatter {
  const tag = intlTags[locale];
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  // dateStyle/timeStyle cannot be combined with timeZoneName, hence the components.
  const dateTimeFormat = new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  const timeFormat = new Intl.DateTimeFormat(tag, { timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const safely = (format: Intl.DateTimeFormat, value: string, parse: (v: string) => Date): string => {
    const when = parse(value);
    return Number.isNaN(when.getTime()) ? value : format.format(when);
  };
  return {
    date: (isoDate) => safely(dateFormat, isoDate, (v) => new Date(v.slice(0, 10) + 'T00:00:00Z')),
    dateTime: (iso) => safely(dateTimeFormat, iso, (v) => new Date(v)),
    time: (iso) => safely(timeFormat, iso, (v) => new Date(v)),
    number: (value) => numberFormat.format(value),
    percent: (value) => percentFormat.format(value),
  };
}
