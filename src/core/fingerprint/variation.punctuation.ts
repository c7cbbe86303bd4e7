/**
 * Punctuation and order that survive retyping: the comma after an introductory phrase (with the
 * phrase's synonyms), commas around `of course` / `therefore`, the serial comma, `Mr.` / `Mr`, and
 * swaps of clearly unordered pairs
 * (`General Marshall and General Eisenhower`, `the American and British representatives`).
 */
import {
  buildWordPattern,
  escapeRegExp,
  isCapitalized,
  type Candidate,
  type TextContext,
} from './variation.context.js';
import {
  DETERMINERS,
  INTRODUCTORY_PHRASES,
  NATIONALITIES,
  PARENTHETICALS,
  STOP_TITLES,
  SUBJECT_WORDS,
  TITLES,
} from './variation.lexicon.js';
import { MAX_ALTERNATIVES } from './variation.point.js';

const INTRODUCTORY_PATTERNS = INTRODUCTORY_PHRASES.map((phrases) => ({
  phrases,
  pattern: buildWordPattern(phrases),
}));
const LIST_OPENERS = new Set([
  'of',
  'to',
  'with',
  'by',
  'for',
  'from',
  'in',
  'on',
  'at',
  'between',
  'among',
  'including',
  'and',
  'were',
  'was',
  'are',
  'is',
  'namely',
  'both',
  'representing',
  'comprising',
  'attended',
  'visited',
  'include',
  'included',
]);
const NOT_IN_LIST_ITEM = new Set([
  ...SUBJECT_WORDS,
  'i',
  'you',
  'said',
  'stated',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'would',
  'could',
  'should',
  'will',
  'which',
  'that',
  'who',
  'however',
  'therefore',
  'but',
  'or',
  'not',
  'if',
  'when',
  'as',
  'and',
]);

export function findPunctuationVariations(context: TextContext): Candidate[] {
  return [
    ...findIntroductoryCommas(context),
    ...findParentheticalCommas(context),
    ...findSerialCommas(context),
    ...findTitleStops(context),
    ...findUnorderedPairs(context),
  ];
}

/** Does a subject (pronoun, article, determiner or name) begin at the word `word`? */
function isSubjectStart(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    SUBJECT_WORDS.includes(lower) ||
    DETERMINERS.includes(lower) ||
    (isCapitalized(word) && word.length > 1) ||
    word === 'I'
  );
}

function findIntroductoryCommas(context: TextContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  for (const { phrases, pattern } of INTRODUCTORY_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const phrase = match[0];
      const start = match.index;
      if (!phrases.includes(phrase) || !context.isSentenceStart(start)) continue;
      const end = start + phrase.length;
      const hasComma = text.startsWith(', ', end);
      if (!hasComma && text[end] !== ' ') continue;
      if (!isSubjectStart(context.readAfter(hasComma ? end + 1 : end))) continue;
      if (context.isProtected(start, end + 1)) continue;
      const commas = hasComma ? [',', ''] : ['', ','];
      const alternatives = [phrase, ...phrases.filter((p) => p !== phrase)]
        .flatMap((p) => commas.map((comma) => p + comma))
        .slice(0, MAX_ALTERNATIVES);
      found.push({
        kind: 'punctuation',
        start,
        end: end + (hasComma ? 1 : 0),
        alternatives,
        survivesRetyping: true,
        priority: 55,
      });
    }
  }
  return found;
}

function findParentheticalCommas(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  for (const word of PARENTHETICALS) {
    const bare = ` ${word} `;
    const marked = `, ${word}, `;
    const pattern = new RegExp(
      `(?<=[\\p{L}])(?:${escapeRegExp(bare)}|${escapeRegExp(marked)})(?=\\p{Ll})`,
      'gu',
    );
    for (const match of context.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (context.isProtected(start, end)) continue;
      const alternatives = match[0] === bare ? [bare, marked] : [marked, bare];
      found.push({ kind: 'punctuation', start, end, alternatives, survivesRetyping: true, priority: 35 });
    }
  }
  return found;
}

/**
 * Reads back a list item of at most three words ending at `end`, stopping after a list opener
 * (`of`, `to`, `and`, …), which it returns too; undefined if the item holds a pronoun, verb or conjunction.
 */
function readListItem(text: string, end: number): { start: number; opener: string | undefined } | undefined {
  const match = /((?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+)$/u.exec(text.slice(Math.max(0, end - 80), end));
  if (match === null) return undefined;
  const words = match[1]!.split(' ');
  const openerAt = words.findLastIndex((word) => LIST_OPENERS.has(word.toLowerCase()));
  const item = openerAt >= 0 ? words.slice(openerAt + 1) : words.slice(-3);
  if (item.length === 0 || item.length > 3) return undefined;
  if (item.some((w) => NOT_IN_LIST_ITEM.has(w.toLowerCase()) || /^\p{Ll}+(?:ed|ing)$/u.test(w)))
    return undefined;
  const length = item.join(' ').length;
  return { start: end - length, opener: openerAt >= 0 ? words[openerAt] : undefined };
}

function findSerialCommas(context: TextContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  for (const match of text.matchAll(/(?<=[\p{L}])(,?) and (?=[\p{L}])/gu)) {
    const at = match.index;
    const second = readListItem(text, at);
    if (second === undefined || second.opener !== undefined || !text.startsWith(', ', second.start - 2))
      continue;
    let first = readListItem(text, second.start - 2);
    for (
      let items = 2;
      first?.opener === undefined && items < 8 && text.startsWith(', ', (first?.start ?? 0) - 2);
      items++
    ) {
      first = readListItem(text, first!.start - 2);
    }
    if (first === undefined) continue;
    const opener = first.opener ?? context.readBefore(first.start);
    if (!LIST_OPENERS.has(opener.toLowerCase()) || context.isProtected(first.start, at + 5)) continue;
    const sentence =
      text
        .slice(Math.max(0, first.start - 400), first.start)
        .split(/[.!?\n]/u)
        .pop() ?? '';
    const items = text.slice(first.start, at + match[0].length + 40);
    if (
      /[:;]/u.test(sentence) ||
      new RegExp(`(?:^|, | and )(?:the )?(?:${TITLES.map(escapeRegExp).join('|')}) `, 'u').test(items)
    )
      continue;
    const hasComma = match[1] === ',';
    found.push({
      kind: 'punctuation',
      start: at,
      end: at + (hasComma ? 1 : 0),
      alternatives: hasComma ? [',', ''] : ['', ','],
      survivesRetyping: true,
      priority: 30,
    });
  }
  return found;
}

function findTitleStops(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  const pattern = new RegExp(`(?<![\\p{L}.])(?:${STOP_TITLES.join('|')})(\\.?)(?= \\p{Lu})`, 'gu');
  for (const match of context.text.matchAll(pattern)) {
    const written = match[0];
    const start = match.index;
    if (context.isProtected(start, start + written.length)) continue;
    const hasStop = match[1] === '.';
    const bare = hasStop ? written.slice(0, -1) : written;
    found.push({
      kind: 'punctuation',
      start,
      end: start + written.length,
      alternatives: hasStop ? [written, bare] : [written, `${bare}.`],
      survivesRetyping: true,
      priority: 30,
      codeId: `punctuation:title-stop:${hasStop ? 'stop' : 'bare'}`,
    });
  }
  return found;
}

function findUnorderedPairs(context: TextContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  const name = `\\p{Lu}[\\p{Ll}'’-]+`;
  const titles = TITLES.map(escapeRegExp).join('|');
  const people = new RegExp(`(?<![\\p{L}])(${titles}) (${name}) and \\1 (${name})(?![\\p{L}'’])`, 'gu');
  for (const match of text.matchAll(people)) {
    const [written, title = '', a = '', b = ''] = match;
    const end = match.index + written.length;
    if (a === b || context.readBefore(match.index) === ',' || /^,? respectively/u.test(text.slice(end)))
      continue;
    if (context.isProtected(match.index, end)) continue;
    found.push({
      kind: 'reordering',
      start: match.index,
      end,
      alternatives: [written, `${title} ${b} and ${title} ${a}`],
      survivesRetyping: true,
      priority: 50,
    });
  }
  const nationality = NATIONALITIES.join('|');
  const adjectives = new RegExp(`(?<=\\bthe )(${nationality}) and (${nationality})(?= \\p{Ll})`, 'gu');
  for (const match of text.matchAll(adjectives)) {
    const [written, a = '', b = ''] = match;
    const end = match.index + written.length;
    if (a === b || /^ \p{Ll}+,? respectively/u.test(text.slice(end)) || context.isProtected(match.index, end))
      continue;
    found.push({
      kind: 'reordering',
      start: match.index,
      end,
      alternatives: [written, `${b} and ${a}`],
      survivesRetyping: true,
      priority: 50,
    });
  }
  return found;
}
