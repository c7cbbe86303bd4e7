import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { ru } from './ru.js';
import { createDateFormatter, messageIdFor, translate } from './messages.js';

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'document.registry', { number: 'USA-1944-0003' })).toBe(
      'Registry No. USA-1944-0003',
    );
    expect(translate('en', 'document.registry')).toBe('Registry No. {number}');
  });

  it('has a non-empty English text for every id', () => {
    for (const [id, text] of Object.entries(en)) expect(text.trim(), id).not.toBe('');
  });
});

describe('the Russian catalog', () => {
  it('has exactly the keys of the English one, each with a non-empty text', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [id, text] of Object.entries(ru)) expect(text.trim(), id).not.toBe('');
  });

  it('keeps every placeholder of the English text', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(ru[id]), id).toEqual(placeholders(en[id]));
  });

  it('is Russian, not transliteration: interface words are in Cyrillic', () => {
    expect(translate('ru', 'committees.title')).toBe('Комиссии');
    expect(translate('ru', 'charter.title')).toBe('Устав');
    expect(translate('ru', 'document.registry', { number: 'USA-1944-0003' })).toBe('Рег. № USA-1944-0003');
  });
});

describe('messageIdFor', () => {
  it('finds ids for values from the server, and none for unknown ones', () => {
    expect(messageIdFor('kind', 'memorandum-of-conversation')).toBe('kind.memorandum-of-conversation');
    expect(messageIdFor('kind', 'minutes')).toBeUndefined();
    expect(messageIdFor('reliability', 'B')).toBe('reliability.B');
  });
});

describe('createDateFormatter', () => {
  const format = createDateFormatter('en');

  it('shows a calendar date as the day it names, in any time zone', () => {
    expect(format.date('1944-06-26')).toBe('26 June 1944');
  });

  it('shows an instant in UTC', () => {
    expect(format.dateTime('1944-06-26T21:00:00.000Z')).toBe('26 Jun 1944, 21:00 UTC');
  });

  it('shows Russian dates in Russian', () => {
    expect(createDateFormatter('ru').date('1944-06-26')).toBe('26 июня 1944 г.');
  });

  it('shows what it cannot read as it came', () => {
    expect(format.date('someday')).toBe('someday');
  });
});
