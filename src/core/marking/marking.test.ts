import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { load1944Scheme } from '../testing/scheme.fixture.js';
import { buildMarking, type Marking } from './marking.js';
import { combineMarkings } from './marking.combine.js';
import { parseMarking } from './marking.parse.js';
import { renderBanner, renderBannerIn } from './marking.render.js';
import { buildScheme } from './scheme.js';

const scheme = load1944Scheme();

function parsed(banner: string, options = {}): Marking {
  const result = parseMarking(banner, scheme, options);
  if (!result.ok) throw new Error(`${banner}: ${result.message}`);
  return result.value;
}

describe('parseMarking', () => {
  it.each([
    [
      'TOP SECRET//BAGRATION//REL TO USA, GBR//ORCON',
      {
        level: 3,
        vocabulary: 'USA',
        compartments: ['BAGRATION'],
        releasability: { kind: 'rel-to', parties: ['USA', 'GBR'] },
        orcon: true,
      },
    ],
    ['SECRET//NOFORN', { level: 2, releasability: { kind: 'noforn' } }],
    ['SECRET//PERSONAL FOR STALIN', { level: 2, personalFor: ['STALIN'] }],
    ['SECRET//EMBARGO UNTIL AGREED', { level: 2, embargoUntilAgreed: true }],
    ['MOST SECRET//OVERLORD', { level: 3, vocabulary: 'GBR', compartments: ['OVERLORD'] }],
    ['СОВЕРШЕННО СЕКРЕТНО//BAGRATION//NOFORN', { level: 3, vocabulary: 'SUN', compartments: ['BAGRATION'] }],
    ['ОСОБОЙ ВАЖНОСТИ', { level: 4, vocabulary: 'SUN' }],
    ['CONFIDENTIAL', { level: 1, releasability: { kind: 'coalition' }, compartments: [] }],
  ])('reads %s', (banner, expected) => {
    expect(parsed(banner)).toMatchObject(expected);
  });

  it('maps each party’s words for the same level to one rank', () => {
    expect(parsed('TOP SECRET').level).toBe(parsed('MOST SECRET').level);
    expect(parsed('MOST SECRET').level).toBe(parsed('СОВЕРШЕННО СЕКРЕТНО').level);
    expect(parsed('СЕКРЕТНО').level).toBe(parsed('SECRET').level);
    expect(parsed('ОСОБОЙ ВАЖНОСТИ').level).toBeGreaterThan(parsed('TOP SECRET').level);
  });

  it('accepts dissemination terms in any grouping and renders them canonically', () => {
    const marking = parsed('SECRET//ORCON/REL TO GBR,USA');
    expect(renderBanner(marking, scheme)).toBe('SECRET//REL TO GBR, USA//ORCON');
    expect(renderBanner(parsed('TOP SECRET//ORCON//REL TO GBR, USA'), scheme)).toBe(
      'TOP SECRET//REL TO USA, GBR//ORCON',
    );
    expect(
      renderBanner(parsed('SECRET//EMBARGO UNTIL AGREED/PERSONAL FOR MOLOTOV, STALIN/ORCON'), scheme),
    ).toBe('SECRET//ORCON/PERSONAL FOR MOLOTOV, STALIN/EMBARGO UNTIL AGREED');
  });

  it('reads the level in a given party’s vocabulary', () => {
    expect(parsed('SECRET', { party: 'GBR' }).vocabulary).toBe('GBR');
    const result = parseMarking('TOP SECRET', scheme, { party: 'GBR' });
    expect(result).toMatchObject({ ok: false, code: 'MARKING_LEVEL_NOT_IN_VOCABULARY', at: 0 });
    if (!result.ok) expect(result.message).toContain('MOST SECRET');
  });

  it.each([
    ['', 'MARKING_EMPTY', 0],
    ['secret', 'MARKING_NOT_UPPERCASE', 0],
    ['SECRET//noforn', 'MARKING_NOT_UPPERCASE', 8],
    ['SECRET\n//NOFORN', 'MARKING_INVALID_CHARACTER', 6],
    ['SECRET////NOFORN', 'MARKING_EMPTY_SEGMENT', 8],
    ['SECRET//', 'MARKING_EMPTY_SEGMENT', 8],
    ['SUPER SECRET', 'MARKING_UNKNOWN_LEVEL', 0],
    ['TOP SECRET//BAGRATON', 'MARKING_UNKNOWN_COMPARTMENT', 12],
    ['TOP SECRET//BAGRATION//NOFRON', 'MARKING_UNKNOWN_CONTROL', 23],
    ['TOP SECRET//BAGRATION/OVERLORD/BAGRATION', 'MARKING_DUPLICATE', 31],
    ['SECRET//REL TO USA, FRA', 'MARKING_UNKNOWN_PARTY', 20],
    ['SECRET//REL TO USA, USA', 'MARKING_DUPLICATE', 20],
    ['SECRET//REL TO', 'MARKING_EMPTY_LIST', 8],
    ['SECRET//REL TO USA, ', 'MARKING_EMPTY_LIST', 19],
    ['SECRET//REL TO USA//NOFORN', 'MARKING_CONFLICT', 20],
    ['SECRET//NOFORN/NOFORN', 'MARKING_DUPLICATE', 15],
    ['SECRET//ORCON//BAGRATION', 'MARKING_OUT_OF_ORDER', 15],
    ['SECRET//BAGRATION/ORCON', 'MARKING_OUT_OF_ORDER', 18],
    ['SECRET//PERSONAL FOR', 'MARKING_EMPTY_LIST', 8],
    ['SECRET//PERSONAL FOR 4STALIN', 'MARKING_INVALID_NAME', 21],
  ])('refuses %j with %s at %i', (banner, code, at) => {
    const result = parseMarking(banner, scheme);
    expect(result).toMatchObject({ ok: false, code, at });
    if (!result.ok) expect(result.message).toMatch(/column \d+|empty/);
  });

  it('refuses a PERSONAL FOR name nobody holds when names are known', () => {
    const result = parseMarking('SECRET//PERSONAL FOR STALIN, CHURCHILL', scheme, {
      knownNames: new Set(['STALIN']),
    });
    expect(result).toMatchObject({ ok: false, code: 'MARKING_UNKNOWN_PERSON', at: 29 });
  });

  it('treats a compartment the writer is not read into exactly as a word that is no compartment', () => {
    const visibleCompartments = new Set(['OVERLORD']);
    const hidden = parseMarking('TOP SECRET//BAGRATION', scheme, { visibleCompartments });
    const unknown = parseMarking('TOP SECRET//BAGRATON', scheme, { visibleCompartments });
    expect(hidden).toMatchObject({ ok: false, code: 'MARKING_UNKNOWN_COMPARTMENT', at: 12 });
    if (!hidden.ok && !unknown.ok) {
      expect(hidden.message.replace('BAGRATION', 'BAGRATON')).toBe(unknown.message);
      expect(hidden.message).not.toMatch(/known compartments: .*BAGRATION/);
    }
    expect(parseMarking('SECRET//ORCON//BAGRATION', scheme, { visibleCompartments })).toMatchObject({
      code: 'MARKING_UNKNOWN_CONTROL',
    });
    const none = parseMarking('SECRET//OVERLORD', scheme, { visibleCompartments: new Set() });
    expect(!none.ok && none.message).toContain('known compartments: none');
    expect(parseMarking('TOP SECRET//OVERLORD', scheme, { visibleCompartments }).ok).toBe(true);
  });

  it('names the column in words a person can follow', () => {
    const result = parseMarking('TOP SECRET//BAGRATON', scheme);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(
        "'BAGRATON' at column 13 is not a known compartment or dissemination control " +
          '(known compartments: BAGRATION, OVERLORD; known controls: REL TO, NOFORN, ORCON, PERSONAL FOR, EMBARGO UNTIL AGREED)',
      );
  });
});

describe('renderBanner', () => {
  it('renders the same marking in another party’s words', () => {
    const marking = parsed('MOST SECRET//OVERLORD//REL TO GBR, USA');
    expect(renderBannerIn(marking, scheme, 'USA')).toBe('TOP SECRET//OVERLORD//REL TO USA, GBR');
    expect(renderBannerIn(marking, scheme, 'SUN')).toBe('СОВЕРШЕННО СЕКРЕТНО//OVERLORD//REL TO GBR, USA');
    expect(renderBannerIn(parsed('CONFIDENTIAL'), scheme, 'SUN')).toBeUndefined();
  });

  const markingArbitrary = fc
    .record({
      vocabulary: fc.constantFrom(...scheme.parties.keys()),
      compartments: fc.subarray([...scheme.compartments.keys()]),
      releasability: fc.oneof(
        fc.constant({ kind: 'coalition' as const }),
        fc.constant({ kind: 'noforn' as const }),
        fc
          .subarray([...scheme.parties.keys()], { minLength: 1 })
          .map((parties) => ({ kind: 'rel-to' as const, parties })),
      ),
      orcon: fc.boolean(),
      personalFor: fc.subarray(['STALIN', 'MOLOTOV', 'HARRIMAN', "O'BRIEN", 'VAN DER POST']),
      embargoUntilAgreed: fc.boolean(),
      levelIndex: fc.nat(),
    })
    .map(({ levelIndex, ...fields }) => {
      const ranks = [...(scheme.parties.get(fields.vocabulary)?.nameByRank.keys() ?? [])];
      return buildMarking({ ...fields, level: ranks[levelIndex % ranks.length] as number });
    });

  it('render∘parse is the identity on canonical banners', () => {
    fc.assert(
      fc.property(markingArbitrary, (marking) => {
        const banner = renderBanner(marking, scheme);
        const again = parseMarking(banner, scheme);
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        expect(renderBanner(again.value, scheme)).toBe(banner);
        expect({ ...again.value, vocabulary: marking.vocabulary }).toEqual(marking);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary text and always answers with a position', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), (text) => {
        const result = parseMarking(text, scheme);
        if (!result.ok) expect(result.at).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('combineMarkings', () => {
  const source = (banner: string, originator: string) => ({ marking: parsed(banner), originator });

  it('takes the highest level, the union of compartments and controls, and the intersection of releasability', () => {
    const result = combineMarkings(
      [
        source('SECRET//REL TO USA, GBR, SUN//ORCON', 'USA'),
        source('MOST SECRET//OVERLORD//REL TO GBR, USA', 'GBR'),
      ],
      'USA',
      scheme,
    );
    expect(result.ok && renderBanner(result.value, scheme)).toBe(
      'TOP SECRET//OVERLORD//REL TO USA, GBR//ORCON',
    );
  });

  it('makes the result NOFORN when a source is NOFORN', () => {
    const result = combineMarkings(
      [source('SECRET//NOFORN', 'USA'), source('CONFIDENTIAL', 'GBR')],
      'USA',
      scheme,
    );
    expect(result.ok && renderBanner(result.value, scheme)).toBe('SECRET//NOFORN');
  });

  it('makes the result NOFORN when the intersection leaves only the originator', () => {
    const result = combineMarkings(
      [source('SECRET//REL TO USA, GBR', 'USA'), source('SECRET//REL TO USA, SUN', 'USA')],
      'USA',
      scheme,
    );
    expect(result.ok && renderBanner(result.value, scheme)).toBe('SECRET//NOFORN');
  });

  it('counts each source’s originator as releasable (a Soviet source REL TO USA may be quoted by the USA)', () => {
    const result = combineMarkings(
      [source('СЕКРЕТНО//REL TO USA', 'SUN'), source('SECRET', 'USA')],
      'USA',
      scheme,
    );
    expect(result.ok && renderBanner(result.value, scheme)).toBe('SECRET//REL TO USA, SUN');
  });

  it('keeps coalition releasability when no source narrows it', () => {
    const result = combineMarkings([source('SECRET', 'USA'), source('CONFIDENTIAL', 'GBR')], 'GBR', scheme);
    expect(result.ok && renderBanner(result.value, scheme)).toBe('SECRET');
  });

  it('refuses sources the deriving party may not hold', () => {
    expect(combineMarkings([source('SECRET//NOFORN', 'USA')], 'GBR', scheme)).toMatchObject({
      ok: false,
      code: 'MARKING_COMBINE_NOT_RELEASABLE_TO_ORIGINATOR',
    });
  });

  it('narrows PERSONAL FOR to the people every source names', () => {
    const both = combineMarkings(
      [source('SECRET//PERSONAL FOR MOLOTOV, STALIN', 'USA'), source('SECRET//PERSONAL FOR STALIN', 'USA')],
      'USA',
      scheme,
    );
    expect(both.ok && both.value.personalFor).toEqual(['STALIN']);
    const none = combineMarkings(
      [source('SECRET//PERSONAL FOR MOLOTOV', 'USA'), source('SECRET//PERSONAL FOR STALIN', 'USA')],
      'USA',
      scheme,
    );
    expect(none).toMatchObject({ ok: false, code: 'MARKING_COMBINE_NO_PERSONAL_READER' });
  });

  it('refuses a level the deriving party has no word for', () => {
    expect(combineMarkings([source('ОСОБОЙ ВАЖНОСТИ', 'SUN')], 'USA', scheme)).toMatchObject({
      ok: false,
      code: 'MARKING_LEVEL_NOT_IN_VOCABULARY',
    });
  });

  it('never yields a marking looser than a source (property)', () => {
    const banners = [
      'SECRET',
      'TOP SECRET//OVERLORD',
      'SECRET//REL TO USA, GBR',
      'CONFIDENTIAL//NOFORN',
      'SECRET//ORCON',
      'TOP SECRET//BAGRATION//REL TO USA, SUN',
      'SECRET//EMBARGO UNTIL AGREED',
      'MOST SECRET//REL TO GBR, USA, SUN',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ banner: fc.constantFrom(...banners), originator: fc.constantFrom('USA', 'GBR') }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom('USA', 'GBR'),
        (picked, derivedBy) => {
          const sources = picked.map((entry) => source(entry.banner, entry.originator));
          const result = combineMarkings(sources, derivedBy, scheme);
          if (!result.ok) return;
          for (const { marking } of sources) {
            expect(result.value.level).toBeGreaterThanOrEqual(marking.level);
            for (const compartment of marking.compartments)
              expect(result.value.compartments).toContain(compartment);
            if (marking.orcon) expect(result.value.orcon).toBe(true);
            if (marking.embargoUntilAgreed) expect(result.value.embargoUntilAgreed).toBe(true);
            if (marking.releasability.kind === 'noforn')
              expect(result.value.releasability.kind).toBe('noforn');
          }
        },
      ),
    );
  });
});

describe('buildScheme', () => {
  it('lists every problem in a bad scheme', () => {
    const result = buildScheme({
      scale: [{ rank: 1, name: 'SECRET' }],
      parties: [
        { code: 'usa', name: 'x', levels: { SECRET: 1, 'TOP SECRET': 9 } },
        { code: 'GBR', name: 'y', levels: { SECRET: 2 } },
      ],
      compartments: [{ name: 'REL', owner: 'FRA' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("party code 'usa' is not three capital letters");
      expect(result.message).toContain('maps to rank 9, not on the scale');
      expect(result.message).toContain("compartment 'REL' is a reserved word");
      expect(result.message).toContain("owned by unknown party 'FRA'");
      expect(result.message).toContain("level name 'SECRET' means different ranks");
    }
  });
});
