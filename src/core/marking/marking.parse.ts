/**
 * Parses a banner line such as `TOP SECRET//BAGRATION//REL TO USA, GBR//ORCON` into a Marking.
 *
 * Grammar (segments separated by `//`):
 *   LEVEL [//COMPARTMENT[/COMPARTMENT...]] [//TERM[/TERM...]]...
 * where LEVEL is a level name of some party's vocabulary and each TERM is one of
 *   REL TO P1, P2 | NOFORN | ORCON | PERSONAL FOR NAME[, NAME] | EMBARGO UNTIL AGREED.
 * Dissemination terms may be grouped in any segments and order after the compartments; the renderer
 * writes them back in canonical order. Anything unknown is refused, never ignored, and every error
 * says what is wrong and at which column.
 */
import { fail, succeed, type Result } from '../result.js';
import { buildMarking, orderParties, type Marking, type Releasability } from './marking.js';
import type { ClassificationScheme, PartyCode } from './scheme.js';

export type MarkingErrorCode =
  | 'MARKING_EMPTY'
  | 'MARKING_TOO_LONG'
  | 'MARKING_INVALID_CHARACTER'
  | 'MARKING_NOT_UPPERCASE'
  | 'MARKING_EMPTY_SEGMENT'
  | 'MARKING_UNKNOWN_LEVEL'
  | 'MARKING_LEVEL_NOT_IN_VOCABULARY'
  | 'MARKING_UNKNOWN_COMPARTMENT'
  | 'MARKING_UNKNOWN_CONTROL'
  | 'MARKING_UNKNOWN_PARTY'
  | 'MARKING_UNKNOWN_PERSON'
  | 'MARKING_INVALID_NAME'
  | 'MARKING_EMPTY_LIST'
  | 'MARKING_DUPLICATE'
  | 'MARKING_CONFLICT'
  | 'MARKING_OUT_OF_ORDER';

export interface ParseOptions {
  /** Read the level in this party's words (otherwise any party's words are accepted). */
  readonly party?: PartyCode;
  /** Banner names PERSONAL FOR may use; when given, any other name is refused. */
  readonly knownNames?: ReadonlySet<string>;
  /**
   * The compartments the person writing may know of (their read-ins). Any other compartment is
   * treated exactly as a word that names no compartment, and never listed: for someone not read in,
   * BAGRATION does not exist.
   */
  readonly visibleCompartments?: ReadonlySet<string>;
}

export const MAX_BANNER_LENGTH = 500;

interface Token {
  readonly text: string;
  readonly at: number;
}

const ALLOWED = /^[\p{L}\p{N} /,'._-]$/u;
/** A banner name: a username in capitals (letters, digits, '.', '_', '-'), or a name with spaces and apostrophes. */
const NAME = /^[\p{Lu}][\p{Lu}\p{N}_'. -]*$/u;

export function parseMarking(
  banner: string,
  scheme: ClassificationScheme,
  options: ParseOptions = {},
): Result<Marking, MarkingErrorCode> {
  const visible = options.visibleCompartments;
  const isCompartment = (name: string) =>
    scheme.compartments.has(name) && (visible === undefined || visible.has(name));
  const knownCompartments = () => [...scheme.compartments.keys()].filter(isCompartment).join(', ') || 'none';
  if (banner.trim() === '') return fail('MARKING_EMPTY', 'the marking is empty', { at: 0 });
  if (banner.length > MAX_BANNER_LENGTH)
    return fail('MARKING_TOO_LONG', `the marking is longer than ${MAX_BANNER_LENGTH} characters`, {
      at: MAX_BANNER_LENGTH,
    });
  for (let i = 0; i < banner.length; i++) {
    const char = banner[i] as string;
    if (!ALLOWED.test(char))
      return fail(
        'MARKING_INVALID_CHARACTER',
        `character ${JSON.stringify(char)} ${column(i)} is not allowed in a marking`,
        {
          at: i,
        },
      );
    if (char !== char.toUpperCase())
      return fail(
        'MARKING_NOT_UPPERCASE',
        `markings are written in capitals: ${JSON.stringify(char)} ${column(i)}`,
        {
          at: i,
        },
      );
  }

  const segments = split(banner, '//', 0);
  for (const segment of segments) {
    if (segment.text === '')
      return fail('MARKING_EMPTY_SEGMENT', `empty segment ${column(segment.at)}`, { at: segment.at });
  }
  const [levelToken, ...rest] = segments as [Token, ...Token[]];

  const users = scheme.levelNames.get(levelToken.text);
  if (users === undefined) {
    const known = options.party
      ? [...(scheme.parties.get(options.party)?.rankByName.keys() ?? [])]
      : [...scheme.levelNames.keys()];
    return fail(
      'MARKING_UNKNOWN_LEVEL',
      `unknown classification level '${levelToken.text}' ${column(levelToken.at)} (known: ${known.join(', ')})`,
      { at: levelToken.at },
    );
  }
  if (options.party !== undefined && !users.some((user) => user.party === options.party)) {
    const own = [...(scheme.parties.get(options.party)?.rankByName.keys() ?? [])];
    return fail(
      'MARKING_LEVEL_NOT_IN_VOCABULARY',
      `'${levelToken.text}' ${column(levelToken.at)} is not a level name of ${options.party} (its levels: ${own.join(', ')})`,
      { at: levelToken.at },
    );
  }
  const level = (users[0] as { rank: number }).rank;

  const compartments: string[] = [];
  let releasability: { value: Releasability; at: number; listed?: readonly PartyCode[] } | undefined;
  let orcon = false;
  let embargoUntilAgreed = false;
  let personalFor: string[] | undefined;
  let sawDissemination = false;

  for (const [index, segment] of rest.entries()) {
    const terms = split(segment.text, '/', segment.at);
    for (const term of terms) {
      if (term.text === '')
        return fail('MARKING_EMPTY_SEGMENT', `empty term ${column(term.at)}`, { at: term.at });
    }
    const first = terms[0] as Token;
    if (index === 0 && isCompartment(first.text)) {
      for (const term of terms) {
        if (isCompartment(term.text)) {
          if (compartments.includes(term.text))
            return fail('MARKING_DUPLICATE', `compartment '${term.text}' is repeated ${column(term.at)}`, {
              at: term.at,
            });
          compartments.push(term.text);
        } else if (isDisseminationTerm(term.text)) {
          return fail(
            'MARKING_OUT_OF_ORDER',
            `'${term.text}' ${column(term.at)} is a dissemination control: give it its own segment after the compartments`,
            { at: term.at },
          );
        } else {
          return fail(
            'MARKING_UNKNOWN_COMPARTMENT',
            `'${term.text}' ${column(term.at)} is not a known compartment (known: ${knownCompartments()})`,
            { at: term.at },
          );
        }
      }
      continue;
    }
    for (const term of terms) {
      const text = term.text;
      if (text.startsWith('REL TO') && (text.length === 6 || text[6] === ' ')) {
        if (releasability)
          return conflictOrDuplicate(
            releasability.value.kind === 'rel-to',
            'REL TO',
            term.at,
            releasability.at,
          );
        const list = parseList(text.slice(6), term.at + 6, 'REL TO');
        if (!list.ok) return list;
        const parties: PartyCode[] = [];
        for (const party of list.value) {
          if (!scheme.parties.has(party.text))
            return fail(
              'MARKING_UNKNOWN_PARTY',
              `unknown party '${party.text}' ${column(party.at)} (known: ${[...scheme.parties.keys()].join(', ')})`,
              { at: party.at },
            );
          if (parties.includes(party.text))
            return fail('MARKING_DUPLICATE', `party '${party.text}' is repeated ${column(party.at)}`, {
              at: party.at,
            });
          parties.push(party.text);
        }
        releasability = { value: { kind: 'rel-to', parties }, at: term.at, listed: parties };
      } else if (text === 'NOFORN') {
        if (releasability)
          return conflictOrDuplicate(
            releasability.value.kind === 'noforn',
            'NOFORN',
            term.at,
            releasability.at,
          );
        releasability = { value: { kind: 'noforn' }, at: term.at };
      } else if (text === 'ORCON') {
        if (orcon) return fail('MARKING_DUPLICATE', `ORCON is repeated ${column(term.at)}`, { at: term.at });
        orcon = true;
      } else if (text === 'EMBARGO UNTIL AGREED') {
        if (embargoUntilAgreed)
          return fail('MARKING_DUPLICATE', `EMBARGO UNTIL AGREED is repeated ${column(term.at)}`, {
            at: term.at,
          });
        embargoUntilAgreed = true;
      } else if (text.startsWith('PERSONAL FOR') && (text.length === 12 || text[12] === ' ')) {
        if (personalFor)
          return fail('MARKING_DUPLICATE', `PERSONAL FOR is repeated ${column(term.at)}`, { at: term.at });
        const list = parseList(text.slice(12), term.at + 12, 'PERSONAL FOR');
        if (!list.ok) return list;
        personalFor = [];
        for (const name of list.value) {
          if (!NAME.test(name.text))
            return fail('MARKING_INVALID_NAME', `'${name.text}' ${column(name.at)} is not a name`, {
              at: name.at,
            });
          if (options.knownNames && !options.knownNames.has(name.text))
            return fail(
              'MARKING_UNKNOWN_PERSON',
              `PERSONAL FOR names nobody known as '${name.text}' ${column(name.at)}`,
              {
                at: name.at,
              },
            );
          if (personalFor.includes(name.text))
            return fail('MARKING_DUPLICATE', `'${name.text}' is repeated ${column(name.at)}`, {
              at: name.at,
            });
          personalFor.push(name.text);
        }
      } else if (isCompartment(text)) {
        return fail(
          'MARKING_OUT_OF_ORDER',
          `compartment '${text}' ${column(term.at)} must come right after the level, before any dissemination control`,
          { at: term.at },
        );
      } else {
        return fail(
          index === 0 && !sawDissemination ? 'MARKING_UNKNOWN_COMPARTMENT' : 'MARKING_UNKNOWN_CONTROL',
          `'${text}' ${column(term.at)} is not a known ${index === 0 ? 'compartment or ' : ''}dissemination control (` +
            (index === 0 ? `known compartments: ${knownCompartments()}; ` : '') +
            'known controls: REL TO, NOFORN, ORCON, PERSONAL FOR, EMBARGO UNTIL AGREED)',
          { at: term.at },
        );
      }
      sawDissemination = true;
    }
  }

  const vocabulary =
    options.party ??
    chooseVocabulary(
      users.map((user) => user.party),
      releasability?.listed,
    );
  return succeed(
    buildMarking({
      level,
      vocabulary,
      compartments,
      releasability: releasability?.value ?? { kind: 'coalition' },
      orcon,
      personalFor: personalFor ?? [],
      embargoUntilAgreed,
    }),
  );
}

/**
 * Several parties may share a level's word ("SECRET"); the meaning is the same rank. The vocabulary only
 * decides the REL TO order, so pick the party for whom the banner's own order is canonical.
 */
function chooseVocabulary(
  candidates: readonly PartyCode[],
  listed: readonly PartyCode[] | undefined,
): PartyCode {
  if (listed) {
    const match = candidates.find((party) => orderParties(listed, party).join() === listed.join());
    if (match) return match;
  }
  return candidates[0] as PartyCode;
}

function isDisseminationTerm(text: string): boolean {
  return (
    text === 'NOFORN' ||
    text === 'ORCON' ||
    text === 'EMBARGO UNTIL AGREED' ||
    /^REL TO( |$)/.test(text) ||
    /^PERSONAL FOR( |$)/.test(text)
  );
}

function conflictOrDuplicate(same: boolean, term: string, at: number, earlier: number) {
  return same
    ? fail('MARKING_DUPLICATE', `${term} is repeated ${column(at)}`, { at })
    : fail(
        'MARKING_CONFLICT',
        `${term} ${column(at)} contradicts the releasability given ${column(earlier)}`,
        { at },
      );
}

function parseList(text: string, offset: number, what: string): Result<Token[], MarkingErrorCode> {
  const items = split(text, ',', offset);
  if (items.length === 1 && (items[0] as Token).text === '')
    return fail('MARKING_EMPTY_LIST', `${what} ${column(offset - what.length)} names nobody`, {
      at: offset - what.length,
    });
  for (const item of items) {
    if (item.text === '')
      return fail('MARKING_EMPTY_LIST', `empty entry in ${what} list ${column(item.at)}`, { at: item.at });
  }
  return succeed(items);
}

/** Splits on a separator, trimming each part and collapsing inner runs of spaces; `at` is where each part starts. */
function split(text: string, separator: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf(separator, start);
    const raw = text.slice(start, end === -1 ? undefined : end);
    const lead = raw.length - raw.trimStart().length;
    tokens.push({
      text: raw.trim().replace(/ {2,}/g, ' '),
      at: offset + start + (raw.trim() === '' ? 0 : lead),
    });
    if (end === -1) return tokens;
    start = end + separator.length;
  }
}

function column(at: number): string {
  return `at column ${at + 1}`;
}
