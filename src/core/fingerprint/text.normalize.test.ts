import { describe, expect, it } from 'vitest';
import { isTokenBoundary, normalizeText, tokenizeText, tokenizeWords } from './text.normalize.js';

describe('normalizeText', () => {
  it.each([
    [
      'curly quotes',
      '\u201CWe have loose talkers\u201D, he said \u2018so\u2019',
      '"We have loose talkers", he said \'so\'',
    ],
    ['zero-width characters', 'Sta\u200Blin said\u2060 so\uFEFF', 'Stalin said so'],
    ['no-break and repeated spaces', 'June\u00A021,\n\n  1944', 'June 21, 1944'],
    [
      'dashes',
      'security \u2014 real security \u2013 existed -- here',
      'security - real security - existed - here',
    ],
    ['Cyrillic look-alikes', '\u0405t\u0430lin \u0421\u043E\u0440y', 'Stalin Copy'],
    ['ligatures and full-width forms', '\uFB01eld \uFF21', 'field A'],
  ])('folds %s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps case', () => {
    expect(normalizeText('He said THAT')).toBe('He said THAT');
  });
});

describe('tokenizeText', () => {
  it('splits words and punctuation, keeping apostrophes inside words', () => {
    expect(tokenizeText("People's Commissar, 130 divisions.", 'normalized')).toEqual([
      "People's",
      'Commissar',
      ',',
      '130',
      'divisions',
      '.',
    ]);
  });

  it('makes retyped and digital copies the same in normalized mode, and different in raw mode', () => {
    const digital = 'Stalin\u200B said\u00A0\u201Cno\u201D';
    const typed = 'Stalin said "no"';
    expect(tokenizeText(digital, 'normalized')).toEqual(tokenizeText(typed, 'normalized'));
    expect(tokenizeText(digital, 'raw')).toEqual([
      'Stalin',
      '\u200B',
      'said',
      '\u00A0',
      '\u201C',
      'no',
      '\u201D',
    ]);
  });

  it('gives lower-case words without apostrophes for shingles', () => {
    expect(tokenizeWords("The People's Commissar")).toEqual(['the', 'peoples', 'commissar']);
  });
});

describe('isTokenBoundary', () => {
  it.each([
    ['Stalin said', 6, true],
    ['Stalin said', 3, false],
    ["People's", 6, false],
    ['major-general', 5, true],
    ['', 0, true],
  ])('%j at %i is %s', (text, position, expected) => {
    expect(isTokenBoundary(text, position)).toBe(expected);
  });
});
