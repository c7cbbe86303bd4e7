/**
 * Clause-level punctuation and order that survive retyping: the comma after an opening prepositional
 * phrase (`In June, the railway` / `In June the railway`), the comma before `and he` / `but he`, a full
 * stop or semicolon between two short clauses (`. He` / `; he`), and the place of an adverb among
 * auxiliaries (`had recently been` / `had been recently`).
 */
import { isCapitalized, type Candidate, type TextContext } from './variation.context.js';
import { DETERMINERS } from './variation.lexicon.js';

const CLAUSE_OPENERS = ['He', 'She', 'They', 'We', 'It', 'This', 'There', 'I'];
const OPENING_PREPOSITIONS = new Set([
  'In',
  'On',
  'At',
  'During',
  'After',
  'Before',
  'Since',
  'Until',
  'For',
  'With',
  'Without',
  'Under',
  'Through',
  'Throughout',
  'By',
  'Despite',
  'Following',
  'Within',
  'Among',
  'From',
  'Over',
  'Between',
  'Towards',
  'Upon',
]);
const PHRASE_CONTINUERS = new Set([
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'into',
  'upon',
  'under',
  'over',
  'between',
  'among',
  'about',
  'against',
  'during',
  'after',
  'before',
  'through',
  'towards',
  'toward',
  'and',
  'or',
  'but',
  'nor',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'than',
  'as',
  'if',
  'not',
  'no',
  'very',
  'most',
  'more',
  'such',
  'so',
  ...DETERMINERS,
]);
const BOUNDARY_WORDS = new Set([
  'i',
  'he',
  'she',
  'they',
  'we',
  'it',
  'there',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'his',
  'their',
  'our',
  'its',
  'my',
]);
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'there']);
const MOVABLE_ADVERBS = [
  'recently',
  'already',
  'previously',
  'immediately',
  'subsequently',
  'finally',
  'originally',
  'certainly',
  'probably',
  'clearly',
  'gradually',
  'frequently',
  'apparently',
  'evidently',
  'fully',
  'formally',
  'officially',
  'promptly',
  'repeatedly',
  'consistently',
  'largely',
  'partly',
  'generally',
  'actually',
  'undoubtedly',
  'definitely',
  'seriously',
  'greatly',
  'successfully',
  'effectively',
].join('|');
const MAX_PHRASE_WORDS = 8;

export function findClauseVariations(context: TextContext): Candidate[] {
  return [
    ...findOpeningPhraseCommas(context),
    ...findClauseBreaks(context),
    ...findConjunctionCommas(context),
    ...findAdverbPlaces(context),
  ];
}

/** `In accordance with your instructions[,] I have examined …`: the comma closing an opening prepositional phrase. */
function findOpeningPhraseCommas(context: TextContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  for (const match of text.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?= )/gu)) {
    if (!OPENING_PREPOSITIONS.has(match[0]) || !context.isSentenceStart(match.index)) continue;
    const words = [
      ...text.slice(match.index, match.index + 200).matchAll(/([^\s,;:.!?()"“”]+)(,?)(?= |$)/gu),
    ];
    let previous = match[0];
    for (let k = 1; k < Math.min(words.length, MAX_PHRASE_WORDS + 1); k++) {
      const word = words[k]!;
      const before = words[k - 1]!;
      if (word.index !== before.index + before[0].length + 1) break;
      const lower = word[1]!.toLowerCase();
      if (k === 1 && CLAUSE_SUBJECTS.has(lower)) break;
      const isName = isCapitalized(word[1]!) && word[1] !== 'I';
      const isBoundaryWord = BOUNDARY_WORDS.has(lower) || isName;
      // A capitalised word after another may continue a name (`In Moscow General Deane`): no boundary there.
      const isAfterPhrase =
        k >= 2 &&
        !PHRASE_CONTINUERS.has(previous.toLowerCase()) &&
        !/ing$/u.test(previous) &&
        !(isName && isCapitalized(previous));
      if (isBoundaryWord && isAfterPhrase) {
        const at = match.index + before.index + before[1]!.length;
        const hasComma = before[2] === ',';
        if (!context.isProtected(match.index, at + 1)) {
          found.push({
            kind: 'punctuation',
            start: at,
            end: at + (hasComma ? 1 : 0),
            alternatives: hasComma ? [',', ''] : ['', ','],
            survivesRetyping: true,
            priority: 27,
          });
        }
        break;
      }
      if (before[2] === ',' || CLAUSE_SUBJECTS.has(lower) || (isName && isCapitalized(previous) && k >= 2))
        break;
      previous = word[1]!;
    }
  }
  return found;
}

function countWords(clause: string): number {
  return clause.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}

function findClauseBreaks(context: TextContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  const openers = CLAUSE_OPENERS.join('|');
  const pattern = new RegExp(`(?<=\\p{Ll}{2})([.;]) (${openers}|${openers.toLowerCase()})(?= \\p{L})`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const [written, mark, opener = ''] = match;
    const at = match.index;
    const isFullStop = mark === '.';
    if (isFullStop !== isCapitalized(opener) && opener !== 'I') continue;
    if (isFullStop && !context.isSentenceStart(at + 2)) continue;
    const previous =
      text
        .slice(Math.max(0, at - 400), at)
        .split(/[.!?\n]/u)
        .pop() ?? '';
    const rest = text.slice(at + 2, at + 400);
    const next = rest.slice(0, Math.max(0, rest.search(/[.!?\n]/u)));
    if (previous.includes(';') || next.includes(';') || previous.includes(':')) continue;
    if (countWords(previous) < 4 || countWords(previous) > 22 || countWords(next) < 4) continue;
    if (context.isProtected(at, at + written.length)) continue;
    const lowered = opener === 'I' ? 'I' : opener.toLowerCase();
    const raised = opener === 'I' ? 'I' : opener[0]!.toUpperCase() + opener.slice(1);
    const stop = `. ${raised}`;
    const semicolon = `; ${lowered}`;
    found.push({
      kind: 'punctuation',
      start: at,
      end: at + written.length,
      alternatives: isFullStop ? [stop, semicolon] : [semicolon, stop],
      survivesRetyping: true,
      priority: 25,
    });
  }
  return found;
}

/** `…, and he said` / `… and he said`: the comma before a conjunction joining two clauses. */
function findConjunctionCommas(context: TextContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  const pattern =
    /(?<=\p{Ll})(,?) (?:(?:and|but) (?:he|she|they|we|I|that)|but (?:it|there)|and there|although)(?= \p{Ll}{2})/gu;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    const clause =
      text
        .slice(Math.max(0, at - 400), at)
        .split(/[.!?;:,\n]/u)
        .pop() ?? '';
    if (countWords(clause) < 4 || context.isProtected(at, at + match[0].length)) continue;
    const hasComma = match[1] === ',';
    found.push({
      kind: 'punctuation',
      start: at,
      end: at + (hasComma ? 1 : 0),
      alternatives: hasComma ? [',', ''] : ['', ','],
      survivesRetyping: true,
      priority: 28,
    });
  }
  return found;
}

/** `had recently been captured` / `had been recently captured`. */
function findAdverbPlaces(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  const pattern = new RegExp(
    `(?<![\\p{L}])(had|has|have) (?:(${MOVABLE_ADVERBS}) been|been (${MOVABLE_ADVERBS}))(?= \\p{Ll}+ed(?![\\p{L}]))`,
    'gu',
  );
  for (const match of context.text.matchAll(pattern)) {
    const [written, auxiliary = '', before, after] = match;
    const adverb = before ?? after ?? '';
    if (context.isProtected(match.index, match.index + written.length)) continue;
    const early = `${auxiliary} ${adverb} been`;
    const late = `${auxiliary} been ${adverb}`;
    found.push({
      kind: 'reordering',
      start: match.index,
      end: match.index + written.length,
      alternatives: written === early ? [early, late] : [late, early],
      survivesRetyping: true,
      priority: 50,
    });
  }
  return found;
}
