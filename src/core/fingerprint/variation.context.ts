/**
 * What the variation finders need to know about the text around a match: sentence starts, the words
 * on either side, and the spans that must never change (quoted speech, addresses, codes).
 */
import type { VariationKind } from './variation.point.js';

export interface Candidate {
  readonly kind: VariationKind;
  readonly start: number;
  readonly end: number;
  readonly alternatives: string[];
  readonly survivesRetyping: boolean;
  /** Shared by candidates that must agree within a copy; default `${kind}:${start}`. */
  readonly codeId?: string;
  /** Higher wins when candidates overlap. */
  readonly priority: number;
}

export interface TextContext {
  readonly text: string;
  /** Does [start, end) touch quoted speech, an address, or a code such as `173W.A.`? */
  isProtected(start: number, end: number): boolean;
  /** Does a sentence (or heading line) begin at `position`? */
  isSentenceStart(position: number): boolean;
  /** The word or punctuation character before `position` (spaces skipped), `^` at a sentence start. */
  readBefore(position: number): string;
  /** The word or punctuation character after `position` (spaces skipped), `` at the end. */
  readAfter(position: number): string;
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;
// Every pattern is bounded, so that no input makes them slow.
const PROTECTED_PATTERNS: readonly RegExp[] = [
  /"[^"]{0,4000}"/gu,
  /\u201C[^\u201D]{0,4000}\u201D/gu,
  /<[^>\s]{1,300}>|(?<![\w.+-])https?:\/\/\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,64}\.[\w.]{1,64}/gu,
  /\[[^\]\n[]{0,300}\]/gu,
];

export function buildTextContext(text: string): TextContext {
  const protectedSpans: [number, number][] = [];
  for (const pattern of PROTECTED_PATTERNS) {
    for (const match of text.matchAll(pattern))
      protectedSpans.push([match.index, match.index + match[0].length]);
  }
  // Codes mixing digits and letters (`173W.A.`, `A-1`), but not ordinals such as `21st`.
  for (const match of text.matchAll(/\S+/gu)) {
    if (/\p{N}/u.test(match[0]) && /\p{L}/u.test(match[0]))
      protectedSpans.push([match.index, match.index + match[0].length]);
  }
  const isOrdinalDate = (span: string): boolean => /^\d{1,2}(?:st|nd|rd|th)[,.;:]?$/u.test(span);
  const covered = new Uint8Array(text.length);
  for (const [start, end] of protectedSpans) {
    if (!isOrdinalDate(text.slice(start, end))) covered.fill(1, start, end);
  }
  const coveredBefore = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) coveredBefore[i + 1] = coveredBefore[i]! + covered[i]!;

  const isSentenceStart = (position: number): boolean => {
    let i = position - 1;
    let sawNewline = false;
    while (i >= 0 && /[\s*#_("'\u201C\u2018>-]/u.test(text[i]!)) {
      if (text[i] === '\n') sawNewline = true;
      i--;
    }
    if (i < 0 || sawNewline) return true;
    if (!/[.!?]/u.test(text[i]!)) return false;
    const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, i - 12), i + 1))?.[1] ?? '';
    return !/^(?:Mr|Mrs|Dr|St|Gen|Col|Lt|Capt|Adm|No|Vol|p|pp|[A-Z]|e\.g|i\.e|viz|etc)$/u.test(before);
  };

  const readBefore = (position: number): string => {
    if (isSentenceStart(position)) return '^';
    let i = position - 1;
    while (i >= 0 && text[i] === ' ') i--;
    if (i < 0) return '^';
    if (!WORD.test(text[i]!)) return text[i]!;
    let start = i;
    while (start > 0 && WORD.test(text[start - 1]!)) start--;
    return text.slice(start, i + 1);
  };

  const readAfter = (position: number): string => {
    let i = position;
    while (i < text.length && text[i] === ' ') i++;
    if (i >= text.length) return '';
    if (!WORD.test(text[i]!)) return text[i]!;
    let end = i;
    while (end < text.length && WORD.test(text[end]!)) end++;
    return text.slice(i, end).replace(/[-'’]+$/u, '');
  };

  return {
    text,
    isProtected: (start, end) =>
      start === end
        ? covered[start - 1] === 1 && covered[start] === 1
        : coveredBefore[Math.min(end, text.length)]! - coveredBefore[Math.max(0, start)]! > 0,
    isSentenceStart,
    readBefore,
    readAfter,
  };
}

/** Gives `replacement` the capitalisation of `original` (first letter only; all-caps is never matched). */
export function matchCase(original: string, replacement: string): string {
  const first = original[0] ?? '';
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return (replacement[0] ?? '').toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** Is this word capitalised (a name, a title, or a sentence's first word)? */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) || /^\p{Lu}$/u.test(word);
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Matches any of `forms` (case-insensitively) as whole words. */
export function buildWordPattern(forms: readonly string[]): RegExp {
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}'’-])(?:${alternatives})(?![\\p{L}\\p{N}\\p{M}'’]|-\\p{L})`,
    'giu',
  );
}

/** Is `found` one of `forms` as written, or capitalised at a sentence start? */
export function isAcceptableCase(
  context: TextContext,
  found: string,
  position: number,
  forms: readonly string[],
): boolean {
  const lower = found.toLowerCase();
  if (!forms.includes(lower)) return false;
  if (found === lower) return true;
  return found === matchCase('A', lower) && context.isSentenceStart(position);
}
