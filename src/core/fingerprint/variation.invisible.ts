/**
 * Marks a reader cannot see and a retyped copy loses, but a digital copy (pasted, forwarded,
 * printed to PDF and extracted) keeps: zero-width characters after a word, a no-break space instead
 * of a space (between sentences, after a title, between a number and its noun), and straight or curly
 * double quotes (one style throughout a copy).
 */
import type { Candidate, TextContext } from './variation.context.js';

/** Zero-width space, zero-width non-joiner, word joiner. */
export const ZERO_WIDTH_MARKS: readonly string[] = ['\u200B', '\u200C', '\u2060'];
export const NO_BREAK_SPACE = '\u00A0';
const WORD_GAP = 6;

export function findInvisibleVariations(context: TextContext): Candidate[] {
  return [...findZeroWidthPlaces(context), ...findSpaces(context), ...findQuotes(context)];
}

function findZeroWidthPlaces(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  let index = 0;
  for (const match of context.text.matchAll(/(?<![\p{L}\p{N}'’])[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?= )/gu)) {
    index++;
    if (index % WORD_GAP !== 3) continue;
    const at = match.index + match[0].length;
    if (context.isProtected(at, at)) continue;
    found.push({
      kind: 'invisible',
      start: at,
      end: at,
      alternatives: ['', ...ZERO_WIDTH_MARKS],
      survivesRetyping: false,
      priority: 5,
    });
  }
  return found;
}

function findSpaces(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  const places = [
    /(?<=\p{Ll}[.!?]) (?=\p{Lu})/gu,
    /(?<=\b(?:Mr\.?|Mrs\.?|Dr\.?|General|Marshal|Admiral|Ambassador|President|Minister|Colonel|Captain|Major)) (?=\p{Lu})/gu,
    /(?<=\d) (?=\p{L})/gu,
  ];
  places.forEach((pattern, kind) => {
    for (const match of context.text.matchAll(pattern)) {
      const at = match.index;
      if (context.isProtected(at, at + 1) || (kind === 0 && !context.isSentenceStart(at + 1))) continue;
      found.push({
        kind: 'spacing',
        start: at,
        end: at + 1,
        alternatives: [' ', NO_BREAK_SPACE],
        survivesRetyping: false,
        priority: 10,
      });
    }
  });
  return found;
}

function findQuotes(context: TextContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  for (const match of text.matchAll(/["\u201C\u201D]/gu)) {
    const at = match.index;
    const mark = match[0];
    const isOpening = mark === '\u201C' || (mark === '"' && /^$|[\s([{\u2014-]/u.test(text[at - 1] ?? ''));
    const curly = isOpening ? '\u201C' : '\u201D';
    const isStraight = mark === '"';
    found.push({
      kind: 'quote-style',
      start: at,
      end: at + 1,
      alternatives: isStraight ? ['"', curly] : [mark, '"'],
      survivesRetyping: false,
      priority: 8,
      codeId: `quote-style:${isStraight ? 'straight' : 'curly'}`,
    });
  }
  return found;
}
