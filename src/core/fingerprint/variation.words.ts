/**
 * Word-level variation points: the curated lexicon, -ize/-ise spellings, reporting verbs with an
 * optional `that` (`said that he` / `said he` / `stated that he` / `stated he`), and restrictive
 * `which` / `that`.
 */
import {
  buildWordPattern,
  isAcceptableCase,
  isCapitalized,
  matchCase,
  type Candidate,
  type TextContext,
} from './variation.context.js';
import {
  IZE_ENDINGS,
  IZE_STEMS,
  DETERMINERS,
  LEXICON,
  REPORTING_VERBS,
  THAT_DROPPABLE_BEFORE,
  THAT_INSERTABLE_BEFORE,
  type LexiconEntry,
} from './variation.lexicon.js';
import { parseNumberWords } from './variation.numbers.js';

const LEXICON_PATTERNS = LEXICON.map((entry) => ({ entry, pattern: buildWordPattern(entry.forms) }));
const IZE_PATTERN = new RegExp(
  `(?<![\\p{L}'’-])(${IZE_STEMS.join('|')})([sz])(${IZE_ENDINGS.join('|')})(?![\\p{L}'’]|-\\p{L})`,
  'giu',
);
const REPORTING_PATTERNS = REPORTING_VERBS.map((verb) => ({ verb, pattern: buildWordPattern(verb.forms) }));
const NOT_BEFORE_REPORTING = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'said',
  'as',
  'is',
  'being',
]);
const NOT_BEFORE_WHICH = new Set([
  'in',
  'of',
  'to',
  'by',
  'for',
  'with',
  'on',
  'from',
  'at',
  'upon',
  'into',
  'through',
  'during',
  'under',
  'about',
  'against',
  'after',
  'before',
  'over',
  'between',
  'among',
  'without',
  'within',
  'towards',
  'toward',
  'beyond',
  'behind',
  'and',
  'or',
  'but',
  'that',
  'those',
  'all',
  'both',
  'whether',
  'know',
  'knew',
  'known',
  'see',
  'saw',
  'ask',
  'asked',
  'decide',
  'decided',
  'determine',
  'tell',
  'told',
  'wonder',
  'wondered',
  'than',
  'is',
  'was',
  'were',
  'are',
  'be',
  'explain',
  'explained',
  'show',
  'showed',
  'indicate',
  'indicated',
  'say',
  'said',
  'learn',
  'learned',
  'discover',
  'discovered',
  'understand',
  'understood',
  'matter',
  'question',
  'as',
  'so',
  'not',
]);

export function findWordVariations(context: TextContext): Candidate[] {
  return [
    ...findLexiconVariations(context),
    ...findIzeVariations(context),
    ...findReportingVariations(context),
    ...findRelativeThat(context),
  ];
}

function isContextAllowed(context: TextContext, entry: LexiconEntry, start: number, end: number): boolean {
  const before = context.readBefore(start).toLowerCase();
  const afterWord = context.readAfter(end);
  const after = afterWord.toLowerCase();
  if (entry.after !== undefined && !entry.after.includes(before)) return false;
  if (entry.notAfter?.includes(before) === true) return false;
  if (entry.before !== undefined) {
    const isName = entry.before.includes('<Name>') && isCapitalized(afterWord) && afterWord !== 'I';
    const isNumber =
      entry.before.includes('<Number>') && (/^\d/u.test(afterWord) || parseNumberWords(after) !== undefined);
    if (!entry.before.includes(after) && !isName && !isNumber) return false;
  }
  return entry.notBefore?.includes(after) !== true;
}

function findLexiconVariations(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  for (const { entry, pattern } of LEXICON_PATTERNS) {
    for (const match of context.text.matchAll(pattern)) {
      const word = match[0];
      const start = match.index;
      const end = start + word.length;
      const lower = word.toLowerCase();
      if (!isAcceptableCase(context, word, start, entry.forms)) continue;
      if (entry.replaceable !== undefined && !entry.replaceable.includes(lower)) continue;
      if (context.isProtected(start, end) || !isContextAllowed(context, entry, start, end)) continue;
      const alternatives = [
        word,
        ...entry.forms.filter((form) => form !== lower).map((form) => matchCase(word, form)),
      ];
      found.push({
        kind: entry.kind,
        start,
        end,
        alternatives,
        survivesRetyping: true,
        priority: 50,
        ...(entry.isUniformInCopy === true ? { codeId: `spelling:${entry.id}:${lower}` } : {}),
      });
    }
  }
  return found;
}

function findIzeVariations(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  for (const match of context.text.matchAll(IZE_PATTERN)) {
    const [word, stem = '', letter = '', ending = ''] = match;
    const start = match.index;
    const end = start + word.length;
    const lower = word.toLowerCase();
    if (!isAcceptableCase(context, word, start, [lower]) || context.isProtected(start, end)) continue;
    const swapped =
      stem + (letter === 'z' ? 's' : letter === 's' ? 'z' : letter === 'Z' ? 'S' : 'Z') + ending;
    found.push({
      kind: 'spelling',
      start,
      end,
      alternatives: [word, swapped],
      survivesRetyping: true,
      priority: 45,
      codeId: `spelling:ize:${stem.toLowerCase()}:${letter.toLowerCase()}`,
    });
  }
  return found;
}

function findReportingVariations(context: TextContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  for (const { verb, pattern } of REPORTING_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const word = match[0];
      const start = match.index;
      const end = start + word.length;
      if (word !== word.toLowerCase() || context.isProtected(start, end)) continue;
      const before = context.readBefore(start);
      if (!/^[\p{L}]/u.test(before) || NOT_BEFORE_REPORTING.has(before.toLowerCase())) continue;
      const hasThat = text.startsWith(' that ', end);
      const next = context.readAfter(hasThat ? end + 5 : end);
      const isNextName =
        isCapitalized(next) && next !== 'I' && !context.isSentenceStart(end + (hasThat ? 6 : 1));
      const canDrop = hasThat && (THAT_DROPPABLE_BEFORE.includes(next.toLowerCase()) || isNextName);
      const canInsert =
        !hasThat && text[end] === ' ' && THAT_INSERTABLE_BEFORE.includes(next === 'I' ? 'i' : next);
      const verbs =
        hasThat || !verb.isSynonymOnlyBeforeThat
          ? [word, ...verb.forms.filter((form) => form !== word)]
          : [word];
      const thats = hasThat ? (canDrop ? [' that', ''] : [' that']) : canInsert ? ['', ' that'] : [''];
      const alternatives = verbs.flatMap((form) => thats.map((that) => form + that));
      if (alternatives.length < 2) continue;
      found.push({
        kind: verbs.length > 1 ? 'synonym' : 'optional-word',
        start,
        end: hasThat ? end + 5 : end,
        alternatives,
        survivesRetyping: true,
        priority: 60,
      });
    }
  }
  return found;
}

/**
 * Restrictive `which` (no comma before it) may be `that`, and when its clause has a subject of its
 * own (`the leaks which he was referring to`) it may be left out.
 */
function findRelativeThat(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  for (const match of context.text.matchAll(/(?<=[\p{L}]) which(?= [\p{L}])/gu)) {
    const start = match.index;
    const before = context.readBefore(start);
    if (
      NOT_BEFORE_WHICH.has(before.toLowerCase()) ||
      /ly$/u.test(before) ||
      context.isProtected(start, start + 6)
    )
      continue;
    const next = context.readAfter(start + 6);
    const hasSubject =
      THAT_INSERTABLE_BEFORE.includes(next) ||
      DETERMINERS.includes(next) ||
      (isCapitalized(next) && next !== 'I');
    const alternatives = hasSubject ? [' which', ' that', ''] : [' which', ' that'];
    found.push({
      kind: 'synonym',
      start,
      end: start + 6,
      alternatives,
      survivesRetyping: true,
      priority: 40,
    });
  }
  return found;
}
