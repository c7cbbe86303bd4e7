/**
 * Bad input to the pure parsers: banner lines (`parseMarking`), archive record files
 * (`parseArchiveRecord`), exported audit logs (`verifyAuditLog`) and leaked excerpts (`traceCopies`,
 * `matchDocument`). Thousands of generated inputs each, seeded so that a failure reproduces: none may
 * throw; a refusal is a `Result` with a code the module declares, a message that says what is wrong,
 * and a position inside the input; a banner that parses renders back to one that parses the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededAuditSigner, verifyEd25519 } from '../../src/app/audit/audit-signer.js';
import {
  MAX_RECORD_LENGTH,
  parseArchiveRecord,
  type ArchiveErrorCode,
} from '../../src/core/archive/archive-record.parse.js';
import {
  canonicalJson,
  chainEntry,
  checkpointMessage,
  type AuditEntry,
  type AuditEvent,
  type AuditValue,
} from '../../src/core/audit/audit-entry.js';
import {
  AUDIT_FORMAT,
  verifyAuditLog,
  type AuditVerifyErrorCode,
} from '../../src/core/audit/audit-log.verify.js';
import { DOCUMENT_KINDS } from '../../src/core/document/document.js';
import { MEMORANDUM_1944 } from '../../src/core/fingerprint/fingerprint.fixture.js';
import {
  DEFAULT_EPSILON,
  MAX_COPY_COUNT,
  findVariationPoints,
  matchDocument,
  renderCopy,
  traceCopies,
  type FingerprintErrorCode,
  type TraceInput,
} from '../../src/core/fingerprint/index.js';
import type { Marking } from '../../src/core/marking/marking.js';
import {
  MAX_BANNER_LENGTH,
  parseMarking,
  type MarkingErrorCode,
  type ParseOptions,
} from '../../src/core/marking/marking.parse.js';
import { renderBanner } from '../../src/core/marking/marking.render.js';
import type { Failure, Result } from '../../src/core/result.js';
import { load1944Scheme } from '../../src/core/testing/scheme.fixture.js';

const scheme = load1944Scheme();
const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Each property's own seed, so that a failure reproduces; fast-check prints seed and path. Set
 * LIAISON_FUZZ_SEED to explore other inputs than the fixed ones (it shifts every seed).
 */
const SEED_SHIFT = Number(process.env.LIAISON_FUZZ_SEED ?? 0) || 0;
const runs = (seed: number, numRuns = 3000) => ({ seed: seed + SEED_SHIFT, numRuns });

// The codes each module declares: adding one to its union without adding it here fails type checking.
const MARKING_CODES: Record<MarkingErrorCode, true> = {
  MARKING_EMPTY: true,
  MARKING_TOO_LONG: true,
  MARKING_INVALID_CHARACTER: true,
  MARKING_NOT_UPPERCASE: true,
  MARKING_EMPTY_SEGMENT: true,
  MARKING_UNKNOWN_LEVEL: true,
  MARKING_LEVEL_NOT_IN_VOCABULARY: true,
  MARKING_UNKNOWN_COMPARTMENT: true,
  MARKING_UNKNOWN_CONTROL: true,
  MARKING_UNKNOWN_PARTY: true,
  MARKING_UNKNOWN_PERSON: true,
  MARKING_INVALID_NAME: true,
  MARKING_EMPTY_LIST: true,
  MARKING_DUPLICATE: true,
  MARKING_CONFLICT: true,
  MARKING_OUT_OF_ORDER: true,
};
const ARCHIVE_CODES: Record<ArchiveErrorCode, true> = {
  ARCHIVE_NO_DATE: true,
  ARCHIVE_NO_TITLE: true,
  ARCHIVE_NO_TEXT: true,
  ARCHIVE_TOO_LARGE: true,
  ARCHIVE_UNREADABLE: true,
};
const AUDIT_CODES: Record<AuditVerifyErrorCode, true> = { AUDIT_LOG_BROKEN: true };
const FINGERPRINT_CODES: Record<FingerprintErrorCode, true> = {
  FINGERPRINT_KEY_INVALID: true,
  FINGERPRINT_COPY_COUNT_INVALID: true,
  FINGERPRINT_COPY_NUMBER_INVALID: true,
  FINGERPRINT_EPSILON_INVALID: true,
  FINGERPRINT_TEXT_INVALID: true,
  FINGERPRINT_POINTS_INVALID: true,
};

/** What a refusal must look like, whatever the parser: a declared code, words, and a place in the input. */
function expectFailureShape(
  failure: Failure,
  codes: Record<string, true>,
  input: { length: number },
  what: string,
): void {
  const context = `${what}: ${JSON.stringify(failure)}`;
  expect(Object.hasOwn(codes, failure.code), context).toBe(true);
  expect(typeof failure.message, context).toBe('string');
  expect(failure.message.trim().length, context).toBeGreaterThan(0);
  if (failure.at !== undefined) {
    expect(Number.isInteger(failure.at), context).toBe(true);
    expect(failure.at, context).toBeGreaterThanOrEqual(0);
    expect(failure.at, context).toBeLessThanOrEqual(input.length);
  }
}

/** A short, safe description of any input, for failure messages. */
function shown(input: unknown): string {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    return `${JSON.stringify((text ?? String(input)).slice(0, 300))}${(text?.length ?? 0) > 300 ? `…[${text?.length}]` : ''}`;
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/** Calls a parser, turning a throw into a test failure that names the input. */
function noThrow<T>(what: string, input: unknown, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new Error(`${what} threw on ${shown(input)}: ${(error as Error).stack ?? String(error)}`, {
      cause: error,
    });
  }
}

/** The parenthesised lists of known words a message offers, e.g. "(known: OVERLORD)". */
function offeredLists(message: string): string[] {
  return [...message.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? '');
}

// ---------------------------------------------------------------------------------------------------
// Strings that go wrong: every UTF-16 code unit (lone surrogates too), controls, marks, wide letters.

/** Any UTF-16 code unit, lone surrogates included, with the troublesome ones often. */
const anyCodeUnit = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u0007',
      '\t',
      '\n',
      '\r',
      '\u000b',
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\u200d',
      '\u2028',
      '\u202e',
      '\u2060',
      '\ufeff',
      '\ufffd',
      '\ud800',
      '\udfff',
      '\ud83d\ude00',
      'ß',
      'ǅ',
      'İ',
      'ﬀ',
      'Ⅻ',
      'ª',
      '٣',
      '／',
      '⁄',
      '，',
      '＿',
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
);
const wildString = (maxLength = 80) => fc.string({ unit: anyCodeUnit, maxLength });

/** Small edits of a string: insert, delete, replace, flip case, double, cut. */
function mutateText(text: string, maxEdits = 4): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.constantFrom('insert', 'delete', 'replace', 'case', 'double', 'cut', 'space'),
    fc.nat(),
    fc.nat(),
    fc.string({ unit: anyCodeUnit, minLength: 1, maxLength: 6 }),
  );
  return fc.array(edit, { minLength: 1, maxLength: maxEdits }).map((edits) => {
    let out = text;
    for (const [kind, a, b, insert] of edits) {
      const at = out.length === 0 ? 0 : a % (out.length + 1);
      const span = out.length === 0 ? 0 : 1 + (b % Math.max(1, Math.min(12, out.length - at)));
      switch (kind) {
        case 'insert':
          out = out.slice(0, at) + insert + out.slice(at);
          break;
        case 'delete':
          out = out.slice(0, at) + out.slice(at + span);
          break;
        case 'replace':
          out = out.slice(0, at) + insert + out.slice(at + span);
          break;
        case 'case': {
          const part = out.slice(at, at + span);
          const flipped = part === part.toUpperCase() ? part.toLowerCase() : part.toUpperCase();
          out = out.slice(0, at) + flipped + out.slice(at + span);
          break;
        }
        case 'double':
          out = out.slice(0, at + span) + out.slice(at, at + span) + out.slice(at + span);
          break;
        case 'cut':
          out = b % 2 === 0 ? out.slice(0, at) : out.slice(at);
          break;
        case 'space':
          out = `${out.slice(0, at)}${' '.repeat(1 + (b % 3))}${out.slice(at)}`;
          break;
      }
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------
// parseMarking

const LEVEL_WORDS = [...scheme.levelNames.keys()];
const OTHER_LEVEL_WORDS = [
  'SPECIAL IMPORTANCE',
  'RESTRICTED',
  'SUPER SECRET',
  'TOP  SECRET',
  'SECRET ',
  'СЕКРЕТ',
];
const COMPARTMENT_WORDS = [...scheme.compartments.keys()];
const OTHER_COMPARTMENT_WORDS = ['ULTRA', 'BAGRATON', 'OVERLORDS', 'MAGIC'];
const PARTY_WORDS = [...scheme.parties.keys()];
const OTHER_PARTY_WORDS = ['FRA', 'CHN', 'US', 'NODE', 'USSR'];
const CONTROL_WORDS = ['NOFORN', 'ORCON', 'EMBARGO UNTIL AGREED', 'REL TO', 'PERSONAL FOR'];
const PIECES_OF_CONTROLS = ['REL', 'TO', 'PERSONAL', 'FOR', 'EMBARGO', 'UNTIL', 'AGREED', 'RELTO', 'NOFORNS'];
const NAME_WORDS = ['STALIN', 'MOLOTOV', 'HARRIMAN', 'DEANE', "O'BRIEN", 'J. R. DEANE', 'X', 'A-B_C'];
const SEPARATORS = ['//', '/', ',', ', ', ' ', '  ', '///', '////', ' // ', ' / '];

const markingToken = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LEVEL_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_LEVEL_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...COMPARTMENT_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_COMPARTMENT_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PARTY_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_PARTY_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...CONTROL_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...PIECES_OF_CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAME_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: wildString(6) },
);
/** Banner-like soup: the grammar's own words and separators in any order. */
const soupBanner = fc.array(markingToken, { maxLength: 16 }).map((tokens) => tokens.join(''));

/** Banners built by the grammar (mostly valid), to exercise acceptance and the round trip. */
const structuredBanner = fc
  .record({
    level: fc.constantFrom(...LEVEL_WORDS),
    compartments: fc.subarray(COMPARTMENT_WORDS),
    rel: fc.option(
      fc
        .subarray(PARTY_WORDS, { minLength: 1 })
        .chain((p) => fc.shuffledSubarray(p, { minLength: p.length })),
    ),
    noforn: fc.boolean(),
    orcon: fc.boolean(),
    embargo: fc.boolean(),
    personalFor: fc.option(fc.uniqueArray(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 3 })),
    grouping: fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }),
    spaces: fc.boolean(),
  })
  .map(({ level, compartments, rel, noforn, orcon, embargo, personalFor, grouping, spaces }) => {
    const sep = spaces ? ', ' : ',';
    const terms: string[] = [];
    if (rel) terms.push(`REL TO ${rel.join(sep)}`);
    if (noforn && !rel) terms.push('NOFORN');
    if (orcon) terms.push('ORCON');
    if (personalFor) terms.push(`PERSONAL FOR ${personalFor.join(sep)}`);
    if (embargo) terms.push('EMBARGO UNTIL AGREED');
    // Dissemination terms grouped into segments in any arrangement.
    const groups = new Map<number, string[]>();
    terms.forEach((term, index) => {
      const group = grouping[index] ?? 0;
      groups.set(group, [...(groups.get(group) ?? []), term]);
    });
    const segments = [level];
    if (compartments.length > 0) segments.push(compartments.join('/'));
    for (const group of [...groups.keys()].sort()) segments.push((groups.get(group) ?? []).join('/'));
    return segments.join('//');
  });

const anyBanner = fc.oneof(
  { weight: 3, arbitrary: soupBanner },
  { weight: 3, arbitrary: structuredBanner },
  { weight: 3, arbitrary: structuredBanner.chain((banner) => mutateText(banner)) },
  { weight: 2, arbitrary: wildString(120) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(structuredBanner, fc.integer({ min: MAX_BANNER_LENGTH - 20, max: MAX_BANNER_LENGTH + 40 }))
      .map(([banner, length]) => `${banner}//${'ORCON/'.repeat(length)}`.slice(0, length)),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '//', '/', '   //   ', '\t', 'SECRET//', '//SECRET') },
);

const parseOptions: fc.Arbitrary<ParseOptions> = fc
  .record({
    party: fc.option(
      fc.oneof(
        fc.constantFrom(...PARTY_WORDS),
        fc.constantFrom(...OTHER_PARTY_WORDS, '', 'usa'),
        wildString(4),
      ),
    ),
    knownNames: fc.option(
      fc.array(fc.oneof(fc.constantFrom(...NAME_WORDS, 'BAGRATION', 'ORCON'), wildString(10)), {
        maxLength: 6,
      }),
    ),
    visibleCompartments: fc.option(fc.subarray([...COMPARTMENT_WORDS, ...OTHER_COMPARTMENT_WORDS])),
  })
  .map(({ party, knownNames, visibleCompartments }) => ({
    ...(party === null ? {} : { party }),
    ...(knownNames === null ? {} : { knownNames: new Set(knownNames) }),
    ...(visibleCompartments === null ? {} : { visibleCompartments: new Set(visibleCompartments) }),
  }));

/** Options under which the grammar's own banners mostly parse: the round trip needs acceptances. */
const lenientOptions: fc.Arbitrary<ParseOptions> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        party: fc.option(fc.constantFrom(...PARTY_WORDS)),
        names: fc.boolean(),
        compartments: fc.boolean(),
      })
      .map(({ party, names, compartments }) => ({
        ...(party === null ? {} : { party }),
        ...(names ? { knownNames: new Set(NAME_WORDS) } : {}),
        ...(compartments ? { visibleCompartments: new Set(COMPARTMENT_WORDS) } : {}),
      })),
  },
  { weight: 1, arbitrary: parseOptions },
);

function describeOptions(options: ParseOptions): string {
  return JSON.stringify({
    party: options.party,
    knownNames: options.knownNames && [...options.knownNames],
    visibleCompartments: options.visibleCompartments && [...options.visibleCompartments],
  });
}

/** Every check on one parse: the failure's shape, or the marking's soundness. */
function checkMarkingResult(
  banner: string,
  options: ParseOptions,
  result: Result<Marking, MarkingErrorCode>,
) {
  const what = `parseMarking(${JSON.stringify(banner)}, ${describeOptions(options)})`;
  const visible = (name: string) =>
    scheme.compartments.has(name) && (options.visibleCompartments?.has(name) ?? true);
  if (!result.ok) {
    expectFailureShape(result, MARKING_CODES, banner, what);
    expect(result.at, what).toBeDefined();
    if (result.code === 'MARKING_EMPTY') expect(result.message, what).toMatch(/empty/);
    else if (result.code === 'MARKING_TOO_LONG')
      expect(result.message, what).toMatch(new RegExp(`longer than ${MAX_BANNER_LENGTH}`));
    else {
      // Every other error says at which column, and the column is the one `at` gives.
      const column = /at column (\d+)/.exec(result.message);
      expect(column, `${what}: ${result.message}`).not.toBeNull();
      expect(Number(column?.[1]), `${what}: ${result.message}`).toBe((result.at ?? -1) + 1);
    }
    // A compartment the writer may not know of is never offered in a list of known ones.
    for (const name of COMPARTMENT_WORDS.filter((c) => !visible(c)))
      for (const list of offeredLists(result.message))
        expect(list, what).not.toMatch(new RegExp(`\\b${name}\\b`));
    return;
  }
  const marking = result.value;
  expect(
    scheme.scale.some((level) => level.rank === marking.level),
    what,
  ).toBe(true);
  expect(scheme.parties.has(marking.vocabulary), what).toBe(true);
  if (options.party !== undefined) expect(marking.vocabulary, what).toBe(options.party);
  expect(marking.compartments.every(visible), what).toBe(true);
  expect([...marking.compartments].sort(), what).toEqual(marking.compartments);
  expect(new Set(marking.compartments).size, what).toBe(marking.compartments.length);
  if (marking.releasability.kind === 'rel-to')
    expect(
      marking.releasability.parties.every((party) => scheme.parties.has(party)),
      what,
    ).toBe(true);
  if (options.knownNames)
    expect(
      marking.personalFor.every((name) => options.knownNames?.has(name)),
      what,
    ).toBe(true);
}

describe('parseMarking: banner lines', () => {
  it('never throws; a refusal has a known code, the column it names is `at`, and no hidden compartment is listed', () => {
    fc.assert(
      fc.property(anyBanner, parseOptions, (banner, options) => {
        const result = noThrow('parseMarking', banner, () => parseMarking(banner, scheme, options));
        checkMarkingResult(banner, options, result);
      }),
      runs(1944_0601, 6000),
    );
  });

  it('a banner that parses renders to a canonical banner that parses to the same marking', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(structuredBanner, anyBanner), lenientOptions, (banner, options) => {
        const first = parseMarking(banner, scheme, options);
        if (!first.ok) return;
        accepted++;
        const canonical = renderBanner(first.value, scheme);
        const again = parseMarking(canonical, scheme, options);
        const what = `${JSON.stringify(banner)} → ${JSON.stringify(canonical)} with ${describeOptions(options)}`;
        expect(again.ok ? again.value : again, what).toEqual(first.value);
        if (again.ok) expect(renderBanner(again.value, scheme), what).toBe(canonical);
      }),
      runs(1944_0602, 5000),
    );
    // The generator must actually reach the accepting paths for this to mean anything.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('a compartment the writer is not read into is answered exactly as a word that names nothing', () => {
    // For someone not read into BAGRATION, "BAGRATION" and "QQGRATION" (no compartment) must give the
    // same answer, word for word: nothing in the result tells that one of them exists.
    const withSecret = fc
      .array(
        fc.oneof({ weight: 3, arbitrary: markingToken }, { weight: 2, arbitrary: fc.constant('BAGRATION') }),
        {
          maxLength: 14,
        },
      )
      .map((tokens) => tokens.join(''))
      .filter((banner) => banner.includes('BAGRATION'));
    const notReadIn = fc
      .record({
        party: fc.option(fc.constantFrom(...PARTY_WORDS)),
        visible: fc.subarray(COMPARTMENT_WORDS.filter((c) => c !== 'BAGRATION')),
        knownNames: fc.option(fc.subarray(NAME_WORDS)),
      })
      .map(({ party, visible, knownNames }) => ({
        ...(party === null ? {} : { party }),
        visibleCompartments: new Set(visible),
        ...(knownNames === null ? {} : { knownNames: new Set(knownNames) }),
      }));
    fc.assert(
      fc.property(withSecret, notReadIn, (banner, options) => {
        const decoy = banner.replaceAll('BAGRATION', 'QQGRATION');
        const real = parseMarking(banner, scheme, options);
        const unknown = parseMarking(decoy, scheme, options);
        expect(JSON.stringify(real), `${banner} vs ${decoy} with ${describeOptions(options)}`).toBe(
          JSON.stringify(unknown).replaceAll('QQGRATION', 'BAGRATION'),
        );
      }),
      runs(1944_0603, 3000),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// parseArchiveRecord

const SEED_DIR = `${ROOT}data/seeds/`;
const SEEDS = readdirSync(SEED_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(`${SEED_DIR}${file}`, 'utf8') }));

const ARCHIVE_LINES = [
  '## **June 26, 1944**',
  '### **A Title**',
  '#### **Citation:**',
  '#### **Summary:**',
  '#### **Contents:**',
  '#### **Rights:**',
  'Transcript - English',
  'TELEGRAM',
  'MEMORANDUM:',
  'SECRET',
  'TOP SECRET',
  '~~TOP SECRET~~',
  'RESTRICTED',
  'Present: Marshal Stalin',
  'Mr. Harriman',
  'Subject: Exchange of information',
  'FBS/',
  'EP:nn',
  'copy to General Deane',
  '3 copies to Ambassador',
  '- 2 -',
  '435/',
  'Reproduced from the Collections of the Manuscript Division',
  '[REDACTED]',
  'February 30, 1944',
  'September 19, 1944',
  'Associated Topics',
  'Rights',
  '□During a conversation with the Ambassador last evening Stalin volunteered the information.',
  'The Ambassador inquired where the new line would run and Stalin replied that he was not sure.',
  '',
  '   ',
];
const archiveSoup = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...ARCHIVE_LINES) },
      { weight: 2, arbitrary: wildString(60) },
    ),
    {
      maxLength: 40,
    },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

/** Line-level edits of a seed file: the ways a real export gets damaged. */
function mutateRecord(text: string): fc.Arbitrary<string> {
  const lines = text.split('\n');
  const op = fc.tuple(
    fc.constantFrom(
      'drop',
      'duplicate',
      'swap',
      'junk',
      'edit',
      'truncate',
      'huge',
      'blank-all',
      'crlf',
      'nul',
    ),
    fc.nat(),
    fc.nat(),
    wildString(40),
  );
  return fc.array(op, { minLength: 1, maxLength: 5 }).chain((ops) => {
    let current = [...lines];
    const edits: fc.Arbitrary<string[]>[] = [];
    for (const [kind, a, b, junk] of ops) {
      const i = current.length === 0 ? 0 : a % current.length;
      const j = current.length === 0 ? 0 : b % current.length;
      switch (kind) {
        case 'drop':
          current = current.filter((_line, index) => index !== i);
          break;
        case 'duplicate':
          current = [...current.slice(0, i + 1), current[i] ?? '', ...current.slice(i + 1)];
          break;
        case 'swap': {
          const copy = [...current];
          [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
          current = copy;
          break;
        }
        case 'junk':
          current = [...current.slice(0, i), junk, ...current.slice(i)];
          break;
        case 'edit': {
          const fixed = [...current];
          const index = i;
          edits.push(
            mutateText(fixed[index] ?? '', 3).map((line) => fixed.map((l, k) => (k === index ? line : l))),
          );
          break;
        }
        case 'truncate':
          current = current.slice(0, i);
          break;
        case 'huge':
          current = [...current.slice(0, i), (junk || 'word ').repeat(1 + (b % 20_000)), ...current.slice(i)];
          break;
        case 'blank-all':
          current = current.map((line) => (line.trim() === '' ? line : ' '.repeat(b % 3)));
          break;
        case 'crlf':
          current = current.map((line) => `${line}\r`);
          break;
        case 'nul':
          current = current.map((line, index) => (index === i ? `${line}\u0000${junk}` : line));
          break;
      }
    }
    const base = current;
    return edits.length === 0
      ? fc.constant(base.join('\n'))
      : fc.oneof(...edits).map((edited) => edited.join('\n'));
  });
}

const seedMutation = fc.constantFrom(...SEEDS).chain(({ text }) =>
  fc.oneof(
    { weight: 6, arbitrary: mutateRecord(text) },
    { weight: 2, arbitrary: mutateText(text, 8) },
    {
      weight: 1,
      arbitrary: fc.nat(text.length).map((cut) => text.slice(0, cut)),
    },
    { weight: 1, arbitrary: fc.constant(`\ufeff${text}`) },
  ),
);

function checkArchiveResult(text: string, result: ReturnType<typeof parseArchiveRecord>) {
  const what = `parseArchiveRecord(${JSON.stringify(text.slice(0, 200))}…[${text.length}])`;
  if (!result.ok) {
    expectFailureShape(result, ARCHIVE_CODES, text, what);
    return;
  }
  const record = result.value;
  expect(record.title.trim(), what).not.toBe('');
  expect(record.dated, what).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(new Date(`${record.dated}T00:00:00Z`).toISOString().slice(0, 10), what).toBe(record.dated);
  expect(record.body.trim(), what).not.toBe('');
  expect(DOCUMENT_KINDS as readonly string[], what).toContain(record.kind);
}

describe('parseArchiveRecord: imported record files', () => {
  it('reads the three seed files as they are (the baseline of the mutations below)', () => {
    expect(SEEDS).toHaveLength(3);
    for (const { file, text } of SEEDS) {
      const result = parseArchiveRecord(text);
      expect(result.ok, file).toBe(true);
      checkArchiveResult(text, result);
    }
  });

  it('never throws on arbitrary text or record-like soup; a refusal has a known code and a message', () => {
    fc.assert(
      fc.property(fc.oneof(wildString(2000), archiveSoup), (text) => {
        checkArchiveResult(
          text,
          noThrow('parseArchiveRecord', text, () => parseArchiveRecord(text)),
        );
      }),
      runs(1944_0626, 3000),
    );
  });

  it('never throws on damaged seed files; what it accepts has a title, a real date and text', () => {
    fc.assert(
      fc.property(seedMutation, (text) => {
        checkArchiveResult(
          text,
          noThrow('parseArchiveRecord', text, () => parseArchiveRecord(text)),
        );
      }),
      runs(1944_0919, 2500),
    );
  });

  it('reads a record the same whatever its line endings', () => {
    fc.assert(
      fc.property(fc.oneof(seedMutation, archiveSoup), fc.constantFrom('\r\n', '\r'), (text, eol) => {
        const unix = text.replace(/\r\n?/g, '\n');
        expect(parseArchiveRecord(unix.replaceAll('\n', eol))).toEqual(parseArchiveRecord(unix));
      }),
      runs(1944_0202, 2000),
    );
  });

  it('refuses a file over the size limit at once, and reads one just under it in reasonable time', () => {
    const seed = SEEDS[0]?.text ?? '';
    const over = seed + 'x'.repeat(MAX_RECORD_LENGTH - seed.length + 1);
    expect(parseArchiveRecord(over)).toMatchObject({ ok: false, code: 'ARCHIVE_TOO_LARGE' });
    const started = Date.now();
    const under = `${seed}\n${'A line of prose that goes on. '.repeat((MAX_RECORD_LENGTH - seed.length - 10) / 30)}`;
    expect(under.length).toBeLessThanOrEqual(MAX_RECORD_LENGTH);
    checkArchiveResult(under, parseArchiveRecord(under));
    const oneLine = `${seed}\n${'x'.repeat(MAX_RECORD_LENGTH - seed.length - 1)}`;
    checkArchiveResult(oneLine, parseArchiveRecord(oneLine));
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

// ---------------------------------------------------------------------------------------------------
// verifyAuditLog

const signer = createSeededAuditSigner('bad-input');

const auditEvent = (n: number): AuditEvent => ({
  actor:
    n % 4 === 0
      ? null
      : { id: `person-${n % 3}`, username: ['deane', 'burrows', 'stalin'][n % 3] ?? 'x', party: 'USA' },
  action: n % 2 ? 'document.read' : 'document.search',
  target: n % 2 ? { kind: 'document', id: `doc-${n}` } : null,
  decision: (['granted', 'denied', 'done', 'refused'] as const)[n % 4] ?? 'done',
  rule: n % 5 === 0 ? 'compartments' : null,
  address: n % 3 === 0 ? null : '127.0.0.1',
  details: { q: `words ${n} «ünïcode»`, returned: [n, n + 1], nested: { ok: true, none: null } },
});

/** A whole, valid export: three chains, checkpoints every fourth entry, signed with real Ed25519 keys. */
function validExport(): string[] {
  const chains: Record<string, number> = { USA: 9, SUN: 3, NODE: 2 };
  const lines = [
    JSON.stringify({
      type: 'header',
      format: AUDIT_FORMAT,
      chains: Object.keys(chains),
      keys: Object.keys(chains).map((chain) => {
        const key = signer.keyOf(chain);
        return { chain, keyId: key.keyId, publicKey: key.publicKey };
      }),
    }),
  ];
  let minute = 0;
  for (const [chain, count] of Object.entries(chains)) {
    let head: AuditEntry | undefined;
    const checkpoint = (final: boolean) => {
      if (!head) return;
      const unsigned = { chain, seq: head.seq, hash: head.hash, at: head.at, final };
      lines.push(
        JSON.stringify({
          type: 'checkpoint',
          ...unsigned,
          ...signer.sign(chain, checkpointMessage(unsigned)),
        }),
      );
    };
    for (let n = 1; n <= count; n++) {
      head = chainEntry(auditEvent(n), chain, head, new Date(Date.UTC(1944, 9, 1, 0, minute++)));
      lines.push(JSON.stringify({ type: 'entry', ...head }));
      if (n % 4 === 0 && n !== count) checkpoint(false);
    }
    checkpoint(true);
  }
  return lines;
}

const EXPORT = validExport();
const exportText = (lines: readonly string[]) => `${lines.join('\n')}\n`;
const verify = (text: string) => verifyAuditLog(text, verifyEd25519);

function checkAuditResult(text: string, result: ReturnType<typeof verify>) {
  const what = `verifyAuditLog(${JSON.stringify(text.slice(0, 300))}…[${text.length}])`;
  if (result.ok) return;
  const lineCount = Math.max(1, text.split('\n').length);
  expectFailureShape(result, AUDIT_CODES, { length: lineCount }, what);
  // `at` is the (1-based) number of the line the message names first.
  expect(result.at, what).toBeGreaterThanOrEqual(1);
  expect(result.message, what).toMatch(new RegExp(`^line ${result.at ?? -1}: \\S`));
}

const entryLineIndexes = EXPORT.flatMap((line, index) => (line.includes('"type":"entry"') ? [index] : []));
const recordLineIndexes = EXPORT.flatMap((_line, index) => (index > 0 ? [index] : []));
const chainOf = (index: number) => (JSON.parse(EXPORT[index] ?? '{}') as { chain?: string }).chain;

/** A change to a value of one entry or checkpoint: any such change must break the log. */
const valueChange = fc
  .tuple(fc.constantFrom(...recordLineIndexes), fc.nat(), fc.jsonValue({ maxDepth: 2 }))
  .map(([index, pick, replacement]) => {
    const record = JSON.parse(EXPORT[index] ?? '{}') as Record<string, AuditValue>;
    const keys = Object.keys(record);
    const key = keys[pick % keys.length] ?? 'type';
    const lines = [...EXPORT];
    record[key] = replacement as AuditValue;
    lines[index] = JSON.stringify(record);
    return {
      lines,
      changed: canonicalJson(JSON.parse(EXPORT[index] ?? '{}') as AuditValue) !== canonicalJson(record),
    };
  })
  .filter(({ changed }) => changed)
  .map(({ lines }) => exportText(lines));

/** Removing, repeating or reordering entries of one chain: must break the log. */
const sequenceChange = fc
  .tuple(
    fc.constantFrom('drop', 'duplicate', 'swap'),
    fc.constantFrom(...entryLineIndexes),
    fc.constantFrom(...entryLineIndexes),
  )
  .filter(([kind, i, j]) => kind !== 'swap' || (i !== j && chainOf(i) === chainOf(j)))
  .map(([kind, i, j]) => {
    const lines = [...EXPORT];
    if (kind === 'drop') lines.splice(i, 1);
    if (kind === 'duplicate') lines.splice(i, 0, EXPORT[i] ?? '');
    if (kind === 'swap') [lines[i], lines[j]] = [EXPORT[j] ?? '', EXPORT[i] ?? ''];
    return exportText(lines);
  });

/** Anything else done to the file: text edits, junk lines, other line endings, truncation. */
const anyDamage = fc.oneof(
  mutateText(exportText(EXPORT), 6),
  fc
    .tuple(fc.nat(EXPORT.length), fc.oneof(wildString(200), fc.json({ maxDepth: 3 })))
    .map(([at, junk]) => exportText([...EXPORT.slice(0, at), junk, ...EXPORT.slice(at)])),
  fc.nat(exportText(EXPORT).length).map((cut) => exportText(EXPORT).slice(0, cut)),
  fc.constantFrom('\r\n', '\n\n', '\r').map((eol) => EXPORT.join(eol)),
  fc.constant(`\ufeff${exportText(EXPORT)}`),
);

describe('verifyAuditLog: exported audit logs', () => {
  it('accepts the intact export the mutations start from', () => {
    const result = verify(exportText(EXPORT));
    expect(result.ok && result.value.chains.map((chain) => [chain.chain, chain.entries])).toEqual([
      ['USA', 9],
      ['SUN', 3],
      ['NODE', 2],
    ]);
  });

  it('never throws on arbitrary lines; a refusal names the first bad line', () => {
    const jsonLine = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc
        .dictionary(
          fc.constantFrom(
            'type',
            'chain',
            'seq',
            'at',
            'actor',
            'action',
            'target',
            'decision',
            'rule',
            'address',
            'details',
            'prev',
            'hash',
            'final',
            'keyId',
            'signature',
            'format',
            'chains',
            'keys',
            '__proto__',
          ),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map((record) => JSON.stringify(record)),
    );
    const arbitraryLog = fc.oneof(
      wildString(500),
      fc.array(fc.oneof(jsonLine, wildString(80)), { maxLength: 12 }).map((lines) => lines.join('\n')),
      fc
        .array(fc.oneof(jsonLine, fc.constantFrom(...EXPORT)), { maxLength: 12 })
        .map((lines) => exportText([EXPORT[0] ?? '', ...lines])),
    );
    fc.assert(
      fc.property(arbitraryLog, (text) => {
        checkAuditResult(
          text,
          noThrow('verifyAuditLog', text, () => verify(text)),
        );
      }),
      runs(1944_1001, 3000),
    );
  });

  it('never throws on a damaged export, and refuses every changed value and every missing, repeated or reordered entry', () => {
    fc.assert(
      fc.property(fc.oneof(valueChange, sequenceChange), (text) => {
        const result = noThrow('verifyAuditLog', text, () => verify(text));
        checkAuditResult(text, result);
        expect(result.ok, `accepted a tampered log:\n${text}`).toBe(false);
      }),
      runs(1944_1002, 2500),
    );
    fc.assert(
      fc.property(anyDamage, (text) => {
        checkAuditResult(
          text,
          noThrow('verifyAuditLog', text, () => verify(text)),
        );
      }),
      runs(1944_1003, 2500),
    );
  });

  // FIXED: a line whose `details` nest some thousands of levels deep makes verifyAuditLog throw
  // "RangeError: Maximum call stack size exceeded" (canonicalJson in audit-entry.ts recurses once per
  // level) instead of answering AUDIT_LOG_BROKEN for that line; `liaison audit verify FILE` then dies
  // with a stack trace. Expected: { ok: false, code: 'AUDIT_LOG_BROKEN', message: 'line 2: …' }.
  it('refuses an entry nested too deep to hash, rather than throwing', () => {
    const depth = 20_000;
    const entry = JSON.parse(EXPORT[1] ?? '{}') as Record<string, unknown>;
    const line = JSON.stringify({ ...entry, details: { d: 0 } }).replace(
      '{"d":0}',
      `{"d":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    );
    const text = exportText([EXPORT[0] ?? '', line, ...EXPORT.slice(2)]);
    let result: ReturnType<typeof verify> | undefined;
    expect(() => {
      result = verify(text);
    }).not.toThrow();
    expect(result).toMatchObject({ ok: false, code: 'AUDIT_LOG_BROKEN', at: 2 });
  });
});

// ---------------------------------------------------------------------------------------------------
// traceCopies and matchDocument

const TEXT = MEMORANDUM_1944;
const POINTS = findVariationPoints(TEXT);
const KEY = new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256);
const COPY_COUNT = 40;
const EXCLUDED = new Set<string>();
const COPIES = Array.from({ length: 4 }, (_, i) =>
  renderCopy({
    text: TEXT,
    points: POINTS,
    excluded: EXCLUDED,
    key: KEY,
    copyNumber: i + 1,
    copyCount: COPY_COUNT,
  }),
);

/** Leaks that are not copies: junk, other prose, the original's words shuffled. */
const junkLeak = fc.oneof(
  { weight: 4, arbitrary: wildString(400) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 60 }) },
  {
    weight: 2,
    arbitrary: fc.shuffledSubarray(TEXT.split(' '), { maxLength: 80 }).map((words) => words.join(' ')),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u200b\u200c\u2060'.repeat(50), '"""', '.'.repeat(500)) },
);
/** Leaks made from the copies: excerpts, retyped, edited, mixed with junk. */
const copyLeak = fc
  .tuple(fc.constantFrom(...COPIES), fc.nat(), fc.integer({ min: 0, max: 700 }))
  .chain(([copy, start, length]) => {
    const from = start % copy.length;
    const excerpt = copy.slice(from, from + length);
    return fc.oneof(
      fc.constant(excerpt),
      fc.constant(excerpt.replace(/[\u200B-\u200D\u2060]/gu, '').replace(/\s+/gu, ' ')),
      mutateText(excerpt, 6),
      wildString(50).map((junk) => `${junk}${excerpt}${junk}`),
    );
  });

describe('traceCopies and matchDocument: leaked excerpts', () => {
  it('never throws on any leaked text; nobody is accused on a leak that is not a copy', () => {
    fc.assert(
      fc.property(junkLeak, (leaked) => {
        const result = noThrow('traceCopies', leaked, () =>
          traceCopies({
            leaked,
            text: TEXT,
            points: POINTS,
            excluded: EXCLUDED,
            key: KEY,
            copyCount: COPY_COUNT,
          }),
        );
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.suspects, JSON.stringify(leaked.slice(0, 200))).toEqual([]);
        expect(result.value.falseAccusationBound).toBeLessThanOrEqual(DEFAULT_EPSILON);
      }),
      runs(1944_0621, 2000),
    );
  });

  it('never throws on excerpts of copies, however damaged; every accusation is bounded by epsilon', () => {
    fc.assert(
      fc.property(copyLeak, (leaked) => {
        const result = noThrow('traceCopies', leaked, () =>
          traceCopies({
            leaked,
            text: TEXT,
            points: POINTS,
            excluded: EXCLUDED,
            key: KEY,
            copyCount: COPY_COUNT,
          }),
        );
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { suspects, ranking, observedPoints, falseAccusationBound } = result.value;
        expect(Number.isInteger(observedPoints) && observedPoints >= 0).toBe(true);
        expect(ranking.length).toBeLessThanOrEqual(10);
        expect(falseAccusationBound).toBeLessThanOrEqual(DEFAULT_EPSILON);
        for (const suspect of suspects) {
          expect(suspect.copyNumber).toBeGreaterThanOrEqual(1);
          expect(suspect.copyNumber).toBeLessThanOrEqual(COPY_COUNT);
          expect(Number.isFinite(suspect.score)).toBe(true);
          expect(suspect.pValue).toBeLessThanOrEqual(DEFAULT_EPSILON);
        }
      }),
      runs(1944_0622, 2000),
    );
  });

  it('refuses malformed trace requests with a known code naming the field, and never throws', () => {
    const input = fc.record({
      leaked: fc.oneof(wildString(100), fc.anything()),
      text: fc.oneof(fc.constant(TEXT), wildString(100), fc.anything()),
      points: fc.oneof(
        fc.constant(POINTS),
        fc.anything(),
        fc.array(fc.anything(), { maxLength: 4 }),
        fc.constant(POINTS.slice().reverse()),
        fc.constant(POINTS.map((point) => ({ ...point, start: point.start + 1 }))),
      ),
      excluded: fc.oneof(fc.constant(EXCLUDED), fc.anything()),
      key: fc.oneof(fc.constant(KEY), fc.uint8Array({ maxLength: 40 }), fc.anything()),
      copyCount: fc.oneof(
        fc.integer({ min: -2, max: 60 }),
        fc.constantFrom(0, 1.5, NaN, Infinity, -Infinity, MAX_COPY_COUNT, MAX_COPY_COUNT + 1, 2 ** 53),
        fc.anything(),
      ),
      epsilon: fc.option(fc.oneof(fc.double(), fc.constantFrom(0, 1, -1e-9, 1e-300, 0.5), fc.anything()), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(input, (raw) => {
        const request = raw as unknown as TraceInput;
        // A huge copy count is valid but slow; keep the run short.
        if (typeof request.copyCount === 'number' && request.copyCount > 10_000) return;
        const result = noThrow('traceCopies', raw, () => traceCopies(request));
        if (!result.ok) {
          expectFailureShape(result, FINGERPRINT_CODES, { length: Number.MAX_SAFE_INTEGER }, 'traceCopies');
          expect(typeof result.field === 'string' && result.field.length > 0, result.message).toBe(true);
        }
      }),
      runs(1944_0623, 2000),
    );
  });

  it('matchDocument never throws; similarities lie in [0, 1], best first, one per candidate', () => {
    const candidates = fc.array(
      fc.record({
        id: fc.oneof(wildString(10), fc.uuid()),
        text: fc.oneof(
          fc.constantFrom(TEXT, ...COPIES),
          wildString(300),
          fc.lorem({ maxCount: 50 }),
          fc.anything(),
        ),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(fc.oneof(junkLeak, copyLeak, fc.anything()), candidates, (leaked, list) => {
        const request = list as { id: string; text: string }[];
        const matches = noThrow('matchDocument', leaked, () => matchDocument(leaked as string, request));
        expect(matches).toHaveLength(request.length);
        expect(matches.map((match) => match.id).sort()).toEqual(request.map((c) => c.id).sort());
        for (const [index, match] of matches.entries()) {
          expect(match.similarity).toBeGreaterThanOrEqual(0);
          expect(match.similarity).toBeLessThanOrEqual(1);
          if (index > 0) expect(match.similarity).toBeLessThanOrEqual(matches[index - 1]?.similarity ?? 1);
        }
      }),
      runs(1944_0624, 2000),
    );
  });
});
