import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  listDateForms,
  listNumberForms,
  parseDate,
  parseNumberWords,
  spellNumber,
} from './variation.numbers.js';

describe('numbers in words', () => {
  it.each([
    [10, 'ten', 'ten'],
    [21, 'twenty-one', 'twenty-one'],
    [130, 'one hundred and thirty', 'one hundred thirty'],
    [1500, 'one thousand five hundred', 'one thousand five hundred'],
    [2005, 'two thousand and five', 'two thousand five'],
    [180000, 'one hundred and eighty thousand', 'one hundred eighty thousand'],
  ])('writes %i as %s / %s', (n, british, american) => {
    expect(spellNumber(n, true)).toBe(british);
    expect(spellNumber(n, false)).toBe(american);
  });

  it('reads back every form it writes, with the same value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        for (const form of listNumberForms(n)) {
          const value = /^\d/u.test(form) ? Number(form.replace(/,/gu, '')) : parseNumberWords(form);
          expect(value).toBe(n);
        }
      }),
    );
  });

  it('refuses words that are not a canonical number', () => {
    expect(parseNumberWords('hundred and thirty')).toBeUndefined();
    expect(parseNumberWords('thirty hundred')).toBeUndefined();
    expect(parseNumberWords('a few')).toBeUndefined();
  });
});

describe('dates', () => {
  it('writes the same date four ways, and reads each back to the same date', () => {
    expect(listDateForms('June', 21, undefined)).toEqual(['June 21', '21 June', 'June 21st', '21st June']);
    expect(listDateForms('June', 26, '1944')).toEqual([
      'June 26, 1944',
      '26 June 1944',
      'June 26th, 1944',
      '26th June, 1944',
    ]);
    for (const [month, days] of [
      ['February', 29],
      ['April', 30],
      ['December', 31],
    ] as const) {
      for (let day = 1; day <= days; day++) {
        for (const form of listDateForms(month, day, '1944'))
          expect(parseDate(form)).toEqual({ month, day, year: '1944' });
      }
    }
  });

  it('refuses impossible dates and odd forms', () => {
    expect(parseDate('April 31')).toBeUndefined();
    expect(parseDate('June 22st')).toBeUndefined();
    expect(parseDate('June 26 1944')).toBeUndefined();
  });
});
