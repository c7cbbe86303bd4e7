import { describe, expect, it } from 'vitest';
import { buildTextContext } from './variation.context.js';
import { findInvisibleVariations, NO_BREAK_SPACE, ZERO_WIDTH_MARKS } from './variation.invisible.js';

describe('findInvisibleVariations', () => {
  const text =
    'Stalin said that "we have loose talkers too" and Mr. Harriman agreed. He said 130 divisions would move on the front.';
  const found = findInvisibleVariations(buildTextContext(text));

  it('marks all of them as lost in retyping', () => {
    expect(found.every((c) => !c.survivesRetyping)).toBe(true);
  });

  it('puts zero-width marks after words, never inside quoted speech', () => {
    const marks = found.filter((c) => c.kind === 'invisible');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.start).toBe(mark.end);
      expect(mark.alternatives).toEqual(['', ...ZERO_WIDTH_MARKS]);
      expect(mark.start < text.indexOf('"') || mark.start > text.lastIndexOf('"')).toBe(true);
    }
  });

  it('offers no-break spaces between sentences, after titles and after numbers', () => {
    const spaces = found.filter((c) => c.kind === 'spacing').map((c) => text.slice(c.start - 3, c.end + 3));
    expect(spaces).toEqual(['ed. He ', 'Mr. Har', '130 div']);
    expect(found.find((c) => c.kind === 'spacing')!.alternatives).toEqual([' ', NO_BREAK_SPACE]);
  });

  it('offers curly quotes for straight ones, one style throughout a copy', () => {
    const quotes = found.filter((c) => c.kind === 'quote-style');
    expect(quotes.map((c) => c.alternatives)).toEqual([
      ['"', '\u201C'],
      ['"', '\u201D'],
    ]);
    expect(new Set(quotes.map((c) => c.codeId)).size).toBe(1);
  });
});
