/**
 * Numbers and dates, written in another form with the same value: `130 divisions` / `one hundred and
 * thirty divisions` / `one hundred thirty divisions`; `June 21` / `21 June` / `June 21st` / `21st June`.
 * Only numbers that count something (a plural unit follows) and only whole dates are touched; the
 * value is parsed and re-written, never altered.
 */
import type { Candidate, TextContext } from './variation.context.js';
import { MONTHS, NUMBER_UNITS } from './variation.lexicon.js';

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MAX_NUMBER = 999_999;

function spellBelowHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const unit = n % 10;
  return TENS[Math.floor(n / 10)]! + (unit > 0 ? `-${ONES[unit]!}` : '');
}

function spellBelowThousand(n: number, joiner: string): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return spellBelowHundred(rest);
  return `${ONES[hundreds]!} hundred${rest > 0 ? `${joiner}${spellBelowHundred(rest)}` : ''}`;
}

/** 1 … 999,999 in words; `british` puts "and" before the tens ("one hundred and thirty"). */
export function spellNumber(n: number, isBritish: boolean): string {
  const joiner = isBritish ? ' and ' : ' ';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return spellBelowThousand(rest, joiner);
  const head = `${spellBelowThousand(thousands, joiner)} thousand`;
  if (rest === 0) return head;
  return `${head}${rest < 100 ? joiner : ' '}${spellBelowThousand(rest, joiner)}`;
}

/** The value of a number written in words, if it is written in one of the two canonical forms. */
export function parseNumberWords(words: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/u)) {
    const small = ONES.indexOf(word);
    const tens = TENS.indexOf(word);
    if (small > 0) current += small;
    else if (tens >= 2) current += tens * 10;
    else if (word === 'hundred') current *= 100;
    else if (word === 'thousand') {
      total += current * 1000;
      current = 0;
    } else if (word !== 'and') return undefined;
  }
  const value = total + current;
  if (value < 1 || value > MAX_NUMBER) return undefined;
  const lower = words.toLowerCase();
  return spellNumber(value, true) === lower || spellNumber(value, false) === lower ? value : undefined;
}

/** Every way this module writes a number, digits first. */
export function listNumberForms(n: number): string[] {
  const digits = String(n);
  const grouped = `${digits.slice(0, -3)},${digits.slice(-3)}`;
  // `1500` is usual, `180000` is not: plain digits only below 10,000.
  const forms = n >= 10_000 ? [grouped] : n >= 1000 ? [grouped, digits] : [digits];
  forms.push(spellNumber(n, true), spellNumber(n, false));
  return [...new Set(forms)];
}

const UNIT = `(?:${NUMBER_UNITS.join('|')})(?![\\p{L}\\p{N}])`;
const UNIT_AHEAD = `(?= (?:\\p{Lu}\\p{Ll}+ )?${UNIT})`;
const DIGITS = new RegExp(`(?<![\\p{L}\\p{N}.,:/$£#§-])(\\d{1,3}(?:,\\d{3})+|\\d{1,4})${UNIT_AHEAD}`, 'gu');
const NUMBER_WORD = `(?:${[...ONES.slice(1), ...TENS.slice(2)].join('|')})(?:-(?:${ONES.slice(1, 10).join('|')}))?`;
const WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${NUMBER_WORD}(?: (?:hundred|thousand|and|${NUMBER_WORD}))*)${UNIT_AHEAD}`,
  'giu',
);

export function findNumberVariations(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, written: string, value: number | undefined): void => {
    const end = start + written.length;
    if (value === undefined || value < 2 || value > MAX_NUMBER) return;
    if (context.isSentenceStart(start) || context.isProtected(start, end)) return;
    const forms = listNumberForms(value);
    if (!forms.includes(written)) return;
    found.push({
      kind: 'number-format',
      start,
      end,
      alternatives: [written, ...forms.filter((form) => form !== written)].slice(0, 4),
      survivesRetyping: true,
      priority: 70,
    });
  };
  for (const match of context.text.matchAll(DIGITS))
    add(match.index, match[0], Number(match[0].replace(/,/gu, '')));
  for (const match of context.text.matchAll(WORDS)) {
    const words = match[0];
    if (words !== words.toLowerCase()) continue;
    add(match.index, words, parseNumberWords(words));
  }
  found.push(...findDateVariations(context), ...findTimeVariations(context));
  return found;
}

const TIME = /(?<![\p{L}\p{N}.:])(\d{1,2})(\.00)? ([ap]\.m\.|[AP]\.M\.)/gu;

/** `6 p.m.` / `6.00 p.m.` / `6 P.M.`, the same way throughout a copy. */
function findTimeVariations(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  for (const match of context.text.matchAll(TIME)) {
    const [written, hour = '', minutes, suffix = ''] = match;
    if (
      Number(hour) < 1 ||
      Number(hour) > 12 ||
      context.isProtected(match.index, match.index + written.length)
    )
      continue;
    const lower = suffix.toLowerCase();
    const forms = [`${hour} ${lower}`, `${hour}.00 ${lower}`, `${hour} ${lower.toUpperCase()}`];
    const style = forms.indexOf(written);
    if (style < 0 || (minutes !== undefined && style !== 1)) continue;
    found.push({
      kind: 'number-format',
      start: match.index,
      end: match.index + written.length,
      alternatives: [written, ...forms.filter((form) => form !== written)],
      survivesRetyping: true,
      priority: 70,
      codeId: `number-format:time:${style}`,
    });
  }
  return found;
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** The four ways of writing a date, in a fixed order: M d · d M · M dth · dth M. */
export function listDateForms(month: string, day: number, year: string | undefined): string[] {
  const nth = `${day}${ordinalSuffix(day)}`;
  if (year === undefined) return [`${month} ${day}`, `${day} ${month}`, `${month} ${nth}`, `${nth} ${month}`];
  return [
    `${month} ${day}, ${year}`,
    `${day} ${month} ${year}`,
    `${month} ${nth}, ${year}`,
    `${nth} ${month}, ${year}`,
  ];
}

const MONTH = `(${MONTHS.join('|')})`;
const MONTH_FIRST = new RegExp(
  `(?<![\\p{L}])${MONTH} (\\d{1,2})(st|nd|rd|th)?(?:, (\\d{4}))?(?![\\p{L}\\p{N}])`,
  'gu',
);
const DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(st|nd|rd|th)? ${MONTH}(?:,? (\\d{4}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

const MONTH_OF = new RegExp(
  `(?<=\\b(?:during|in|for|throughout|until|since) )the month of ${MONTH}(?![\\p{L}\\p{N}]| \\d)`,
  'gu',
);
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}(,?) (\\d{4})(?![\\p{N}])`, 'gu');

/** Reads a date written in one of the four forms: month name, day, year (if any). */
export function parseDate(
  written: string,
): { month: string; day: number; year: string | undefined } | undefined {
  const match = new RegExp(`^(?:${MONTH_FIRST.source}|${DAY_FIRST.source})$`, 'u').exec(written);
  if (match === null) return undefined;
  const month = match[1] ?? match[7];
  const day = Number(match[2] ?? match[5]);
  const year = match[4] ?? match[8];
  if (month === undefined || !isValidDay(month, day)) return undefined;
  return listDateForms(month, day, year).includes(written) ? { month, day, year } : undefined;
}

function isValidDay(month: string, day: number): boolean {
  return day >= 1 && day <= (DAYS_IN_MONTH[MONTHS.indexOf(month)] ?? 0);
}

function findDateVariations(context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of [MONTH_FIRST, DAY_FIRST]) {
    for (const match of context.text.matchAll(pattern)) {
      const written = match[0];
      const start = match.index;
      const date = parseDate(written);
      if (date === undefined || context.isProtected(start, start + written.length)) continue;
      const forms = listDateForms(date.month, date.day, date.year);
      const style = forms.indexOf(written);
      found.push({
        kind: 'date-format',
        start,
        end: start + written.length,
        alternatives: [written, ...forms.filter((form) => form !== written)],
        survivesRetyping: true,
        priority: 80,
        codeId: `date-format:${style}:${date.year === undefined ? 'day' : 'year'}`,
      });
    }
  }
  for (const match of context.text.matchAll(MONTH_OF)) {
    const [written, month = ''] = match;
    if (context.isProtected(match.index, match.index + written.length)) continue;
    found.push({
      kind: 'optional-word',
      start: match.index,
      end: match.index + written.length,
      alternatives: [written, month],
      survivesRetyping: true,
      priority: 74,
    });
  }
  for (const match of context.text.matchAll(MONTH_YEAR)) {
    const [written, month = '', comma, year = ''] = match;
    const start = match.index;
    if (context.isProtected(start, start + written.length)) continue;
    const hasComma = comma === ',';
    found.push({
      kind: 'date-format',
      start,
      end: start + written.length,
      alternatives: [written, hasComma ? `${month} ${year}` : `${month}, ${year}`],
      survivesRetyping: true,
      priority: 75,
      codeId: `date-format:month-year:${hasComma ? 'comma' : 'bare'}`,
    });
  }
  return found;
}
