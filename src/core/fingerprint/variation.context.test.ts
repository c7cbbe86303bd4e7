import { describe, expect, it } from 'vitest';
import { buildTextContext, buildWordPattern, isCapitalized, matchCase } from './variation.context.js';

describe('buildTextContext', () => {
  const text =
    'Stalin said so. Mr. Harriman agreed.\nSubject: Exchange. He said "we know it" at 173W.A. today.';
  const context = buildTextContext(text);

  it.each([
    ['Stalin', true],
    ['Harriman', false],
    ['Mr.', true],
    ['Subject', true],
    ['Exchange', false],
    ['He said', true],
  ])('knows whether a sentence starts at %s: %s', (word, expected) => {
    expect(context.isSentenceStart(text.indexOf(word))).toBe(expected);
  });

  it('protects quoted speech and codes', () => {
    expect(context.isProtected(text.indexOf('know'), text.indexOf('know') + 4)).toBe(true);
    expect(context.isProtected(text.indexOf('173'), text.indexOf('173') + 3)).toBe(true);
    expect(context.isProtected(text.indexOf('agreed'), text.indexOf('agreed') + 6)).toBe(false);
    expect(buildTextContext('On June 21st, 1944').isProtected(8, 12)).toBe(false);
  });

  it('reads the word or mark on either side', () => {
    const at = text.indexOf('said so');
    expect(context.readBefore(at)).toBe('Stalin');
    expect(context.readAfter(at + 4)).toBe('so');
    expect(context.readBefore(text.indexOf('Stalin'))).toBe('^');
    expect(context.readAfter(text.length)).toBe('');
  });
});

describe('helpers', () => {
  it('matches case on the first letter only', () => {
    expect(matchCase('Although', 'though')).toBe('Though');
    expect(matchCase('although', 'though')).toBe('though');
  });

  it('tells capitalised words', () => {
    expect(['Stalin', 'I', 'the', 'USA'].map(isCapitalized)).toEqual([true, true, false, false]);
  });

  it('matches whole words only', () => {
    const pattern = buildWordPattern(['upon', 'in so far as']);
    expect([...'Thereupon upon, in so far as; upon-ing'.matchAll(pattern)].map((m) => m[0])).toEqual([
      'upon',
      'in so far as',
    ]);
  });
});
