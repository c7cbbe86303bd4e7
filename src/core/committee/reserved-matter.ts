/**
 * Reserved matters: "the committee should not impinge on matters now being handled by the European
 * Advisory Commission, such as civil affairs" (seed 002). An agenda item whose title or text uses a
 * term of a reserved matter is flagged and referred to the body named, with an explanation naming the
 * term and where it matched. Terms are the charter's (configurable); they match as whole words or
 * phrases, in any case, across any spacing or hyphenation ("Civil-Affairs" matches "civil affairs").
 */
import type { ReservedMatter } from './committee.js';

/** Terms for civil affairs, the European Advisory Commission's matters named in 1944. */
export const CIVIL_AFFAIRS_TERMS: readonly string[] = [
  'civil affairs',
  'civil administration',
  'civil government',
  'civilian administration',
  'military government of',
  'occupied territory administration',
  'administration of occupied territory',
  'administration of liberated territory',
  'zones of occupation',
  'zone of occupation',
  'control machinery',
  'surrender terms',
  'terms of surrender',
  'occupation zone',
  'occupation zones',
  // The same matters as a Soviet member writes them (Russian is inflected: the common forms).
  'гражданские дела',
  'гражданских дел',
  'гражданским делам',
  'гражданских делах',
  'гражданская администрация',
  'гражданской администрации',
  'военное управление',
  'военного управления',
  'военному управлению',
  'зона оккупации',
  'зоны оккупации',
  'зон оккупации',
  'зонах оккупации',
  'оккупационная зона',
  'оккупационные зоны',
  'оккупационных зон',
  'контрольный механизм',
  'контрольного механизма',
  'условия капитуляции',
  'условий капитуляции',
  'условиях капитуляции',
];

export interface ReservedMatterMatch {
  readonly topic: string;
  readonly body: string;
  readonly term: string;
  readonly field: 'title' | 'text';
  /** Zero-based character offset of the match in that field. */
  readonly at: number;
  /** The words as written. */
  readonly matched: string;
}

export type ReservedMatterCheck =
  | { readonly reserved: false }
  | {
      readonly reserved: true;
      /** The first match (title before text, then earliest): the matter the item is referred under. */
      readonly match: ReservedMatterMatch;
      /** Every match, for the explanation. */
      readonly matches: readonly ReservedMatterMatch[];
      readonly explanation: string;
    };

/** Checks an item's title and text against the reserved matters, in the charter's order. */
export function checkReservedMatters(
  item: { readonly title: string; readonly text: string },
  matters: readonly ReservedMatter[],
): ReservedMatterCheck {
  const matches: ReservedMatterMatch[] = [];
  for (const matter of matters) {
    for (const term of matter.terms) {
      const pattern = termPattern(term);
      if (!pattern) continue;
      for (const field of ['title', 'text'] as const) {
        pattern.lastIndex = 0;
        const found = pattern.exec(item[field]);
        if (found)
          matches.push({
            topic: matter.topic,
            body: matter.body,
            term,
            field,
            at: found.index,
            matched: found[0],
          });
      }
    }
  }
  if (matches.length === 0) return { reserved: false };
  matches.sort(
    (a, b) =>
      (a.field === b.field ? a.at - b.at : a.field === 'title' ? -1 : 1) || a.term.localeCompare(b.term),
  );
  const first = matches[0] as ReservedMatterMatch;
  return { reserved: true, match: first, matches, explanation: explain(first, matches) };
}

/** A term as a pattern: whole words, any case, any run of spaces or hyphens between its words. */
export function termPattern(term: string): RegExp | undefined {
  const words = term
    .trim()
    .split(/[\s\-‐‑–]+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return undefined;
  const body = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\-‐‑–]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

function explain(first: ReservedMatterMatch, matches: readonly ReservedMatterMatch[]): string {
  const where = (match: ReservedMatterMatch) =>
    `"${match.matched}" in the ${match.field} at character ${match.at + 1}`;
  const others = matches.slice(1, 4).map(where);
  const body = /^the\s/i.test(first.body) ? first.body : `the ${first.body}`;
  return (
    `${where(first)} matches the term "${first.term}" of the reserved matter "${first.topic}", which belongs to ` +
    `${body}: the item is referred there and not discussed by the committee` +
    (others.length > 0 ? `; also ${others.join(', ')}${matches.length > 4 ? ', and more' : ''}` : '') +
    '. Only every party’s consent can put it back on the agenda.'
  );
}
