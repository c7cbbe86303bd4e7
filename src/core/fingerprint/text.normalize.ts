/**
 * Tokens for comparing a leaked excerpt with the original. Two modes:
 *
 * - `normalized` (what survives retyping): NFKC, zero-width characters and soft hyphens dropped,
 *   curly quotes made straight, dashes made `-` (runs of them collapsed), Cyrillic and Greek
 *   look-alikes mapped to Latin letters, whitespace ignored. Case is kept: retyping keeps case.
 * - `raw` (a digital copy): nothing is folded; zero-width characters and no-break spaces are tokens
 *   of their own and curly quotes differ from straight ones, so the invisible marks can be read.
 *
 * Words are runs of letters, digits and combining marks, with apostrophes inside them; every other
 * visible character is a token of its own.
 */

export type TokenMode = 'normalized' | 'raw';

/** Zero-width and other invisible characters that a fingerprint may insert or an attacker may add. */
export const INVISIBLE_CHARACTERS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
/** Characters whose presence shows a leak is a digital copy rather than a retyped one. */
export const DIGITAL_COPY_MARKS = /[\u00A0\u200B\u200C\u2060\u202F\u201C\u201D\u2018\u2019]/u;

const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  α: 'a',
};

const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;

/** The text as it would read after retyping, with the invisible and cosmetic differences removed. */
export function normalizeText(text: string): string {
  let folded = text.normalize('NFKC').replace(INVISIBLE_CHARACTERS, '').replace(DASHES, '-');
  folded = folded.replace(
    /[\u2018\u2019\u201A\u201B\u2032`\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu,
    (c) => QUOTES[c] ?? c,
  );
  folded = folded.replace(/[\u0370-\u03FF\u0400-\u04FF\u0500-\u052F]/gu, (c) => HOMOGLYPHS[c] ?? c);
  return folded.replace(/-{2,}/gu, '-').replace(/\s+/gu, ' ');
}

const NORMALIZED_TOKEN = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*|[^\s]/gu;
const RAW_TOKEN =
  /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*|[\u200B-\u200F\u2060-\u2064\uFEFF]|[\u00A0\u202F\u2007]|[^\s]/gu;

/** Splits text into comparison tokens (see the module comment for the two modes). */
export function tokenizeText(text: string, mode: TokenMode): string[] {
  const source = mode === 'normalized' ? normalizeText(text) : text;
  const pattern = mode === 'normalized' ? NORMALIZED_TOKEN : RAW_TOKEN;
  return source.match(pattern) ?? [];
}

/** Lower-case word tokens, for the document pre-filter. */
export function tokenizeWords(text: string): string[] {
  return (
    normalizeText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu) ?? []
  ).map((w) => w.replace(/'/gu, ''));
}

/** Is the character at `index` part of a word (letter, digit, combining mark, or apostrophe inside a word)? */
export function isWordCharacterAt(text: string, index: number): boolean {
  const c = text[index];
  if (c === undefined) return false;
  if (/[\p{L}\p{N}\p{M}]/u.test(c)) return true;
  if (c === "'" || c === '\u2019') {
    return /[\p{L}\p{N}]/u.test(text[index - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[index + 1] ?? '');
  }
  return false;
}

/** Does a span boundary at `position` fall between tokens (never inside a word)? */
export function isTokenBoundary(text: string, position: number): boolean {
  return !(isWordCharacterAt(text, position - 1) && isWordCharacterAt(text, position));
}
