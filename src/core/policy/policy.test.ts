import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMarking } from '../marking/marking.js';
import { load1944Scheme } from '../testing/scheme.fixture.js';
import { COMPARTMENTS, PARTIES, documentArbitrary, readerArbitrary } from '../testing/policy.arbitraries.js';
import {
  audienceOf,
  audienceTokens,
  canRead,
  decideRead,
  explainDenial,
  readScope,
  type AccessFacts,
  type Reader,
} from './policy.js';

/**
 * A plain reading of DESIGN.md's six rules, written independently of policy.ts and as literally as
 * possible: each rule one boolean, all must hold.
 */
function referenceMayRead(person: Reader, document: AccessFacts): boolean {
  const marking = document.marking;
  const isDrafter = person.id === document.drafterId;
  const isOriginatorsRegistry = person.isRegistryClerk && person.party === document.originator;
  const sharesOffice = (offices: ReadonlySet<string>) =>
    [...person.offices].some((office) => offices.has(office));
  const rule1 = person.clearance >= marking.level;
  const rule2 = marking.compartments.every((compartment) => person.compartments.has(compartment));
  const rule3 =
    person.party === document.originator ||
    marking.releasability.kind === 'coalition' ||
    (marking.releasability.kind === 'rel-to' && marking.releasability.parties.includes(person.party));
  const rule4 =
    document.personalFor.size === 0 ||
    document.personalFor.has(person.id) ||
    isDrafter ||
    isOriginatorsRegistry;
  const rule5 = !marking.embargoUntilAgreed || sharesOffice(document.negotiatingOffices);
  const notRecalled = !document.recalled || isDrafter || isOriginatorsRegistry;
  const rule6 =
    isDrafter ||
    (document.issued &&
      (isOriginatorsRegistry ||
        document.disseminatedTo.persons.has(person.id) ||
        sharesOffice(document.disseminatedTo.offices) ||
        document.disseminatedTo.parties.has(person.party)));
  return person.active && rule1 && rule2 && rule3 && rule4 && rule5 && notRecalled && rule6;
}

const RUNS = { numRuns: 20_000 };

describe('canRead agrees with a plain reading of the rules', () => {
  it('on random people and documents', () => {
    fc.assert(
      fc.property(readerArbitrary, documentArbitrary, (reader, document) => {
        expect(canRead(reader, document)).toBe(referenceMayRead(reader, document));
      }),
      RUNS,
    );
  });

  it('rule 6 holds exactly when the reader’s audience tokens meet the document’s', () => {
    fc.assert(
      fc.property(readerArbitrary, documentArbitrary, (reader, document) => {
        const tokens = new Set(audienceOf(document));
        const meets = audienceTokens(reader).some((token) => tokens.has(token));
        const decision = decideRead(
          { ...reader, active: true },
          {
            ...document,
            marking: {
              ...document.marking,
              level: 0,
              compartments: [],
              releasability: { kind: 'coalition' },
              embargoUntilAgreed: false,
            },
            personalFor: new Set(),
            recalled: false,
          },
        );
        expect(decision.allowed).toBe(meets);
      }),
      RUNS,
    );
  });
});

describe('access only grows with trust and only shrinks with restriction', () => {
  it('raising clearance never removes access', () => {
    fc.assert(
      fc.property(
        readerArbitrary,
        documentArbitrary,
        fc.integer({ min: 0, max: 4 }),
        (reader, document, extra) => {
          if (canRead(reader, document))
            expect(canRead({ ...reader, clearance: reader.clearance + extra }, document)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('a new read-in never removes access', () => {
    fc.assert(
      fc.property(
        readerArbitrary,
        documentArbitrary,
        fc.constantFrom(...COMPARTMENTS),
        (reader, document, compartment) => {
          const readIn = { ...reader, compartments: new Set([...reader.compartments, compartment]) };
          if (canRead(reader, document)) expect(canRead(readIn, document)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('adding a compartment to a document never adds a reader', () => {
    fc.assert(
      fc.property(
        readerArbitrary,
        documentArbitrary,
        fc.constantFrom(...COMPARTMENTS),
        (reader, document, compartment) => {
          const narrower = {
            ...document,
            marking: {
              ...document.marking,
              compartments: [...new Set([...document.marking.compartments, compartment])],
            },
          };
          if (canRead(reader, narrower)) expect(canRead(reader, document)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('removing a releasable party never adds a reader', () => {
    fc.assert(
      fc.property(
        readerArbitrary,
        documentArbitrary,
        fc.constantFrom(...PARTIES),
        (reader, document, party) => {
          const releasability = document.marking.releasability;
          const listed =
            releasability.kind === 'rel-to'
              ? releasability.parties
              : releasability.kind === 'coalition'
                ? PARTIES
                : [];
          const remaining = listed.filter((p) => p !== party);
          const narrower = {
            ...document,
            marking: {
              ...document.marking,
              releasability:
                remaining.length === 0
                  ? ({ kind: 'noforn' } as const)
                  : ({ kind: 'rel-to', parties: remaining } as const),
            },
          };
          if (canRead(reader, narrower)) expect(canRead(reader, document)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('a recall leaves only the drafter and the originator’s registry', () => {
    fc.assert(
      fc.property(readerArbitrary, documentArbitrary, (reader, document) => {
        const recalled = { ...document, recalled: true };
        if (canRead(reader, recalled)) {
          expect(
            reader.id === document.drafterId ||
              (reader.isRegistryClerk && reader.party === document.originator),
          ).toBe(true);
          expect(canRead(reader, document)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('suspension removes all access', () => {
    fc.assert(
      fc.property(readerArbitrary, documentArbitrary, (reader, document) => {
        expect(canRead({ ...reader, active: false }, document)).toBe(false);
        expect(readScope({ ...reader, active: false })).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('decideRead names the rule that decided', () => {
  const stalin: Reader = {
    id: 'stalin',
    party: 'SUN',
    clearance: 4,
    compartments: new Set(['BAGRATION']),
    offices: new Set(['stavka']),
    isRegistryClerk: false,
    active: true,
  };
  const marshall: Reader = {
    id: 'marshall',
    party: 'USA',
    clearance: 3,
    compartments: new Set(['OVERLORD']),
    offices: new Set(['jcs']),
    isRegistryClerk: false,
    active: true,
  };
  const molotov: Reader = {
    ...stalin,
    id: 'molotov',
    compartments: new Set(),
    offices: new Set(['narkomindel']),
  };
  const bagrationSector: AccessFacts = {
    originator: 'SUN',
    drafterId: 'antonov',
    issued: true,
    recalled: false,
    marking: buildMarking({
      level: 3,
      vocabulary: 'SUN',
      compartments: ['BAGRATION'],
      releasability: { kind: 'noforn' },
    }),
    personalFor: new Set(),
    negotiatingOffices: new Set(),
    disseminatedTo: { persons: new Set(), offices: new Set(), parties: new Set(['SUN', 'USA']) },
  };
  const scheme = load1944Scheme();

  it.each([
    ['Stalin reads the BAGRATION sector document through his party', stalin, { allowed: true, via: 'party' }],
    ['Molotov, though cleared, is not read in', molotov, { allowed: false, rule: 'compartments' }],
    ['Marshall did not desire to know: not read in', marshall, { allowed: false, rule: 'compartments' }],
  ])('%s', (_name, reader, expected) => {
    expect(decideRead(reader, bagrationSector)).toEqual(expected);
  });

  it('explains a denial to an officer in words', () => {
    expect(explainDenial('compartments', molotov, bagrationSector, scheme)).toBe('not read into BAGRATION');
    expect(explainDenial('clearance', { ...marshall, clearance: 2 }, bagrationSector, scheme)).toBe(
      "clearance SECRET is below the document's TOP SECRET",
    );
    const marshallReadIn = { ...marshall, compartments: new Set(['BAGRATION']) };
    expect(decideRead(marshallReadIn, bagrationSector)).toEqual({ allowed: false, rule: 'releasability' });
  });

  it('lets only the drafter see a draft', () => {
    const draft = { ...bagrationSector, issued: false, drafterId: 'stalin' };
    expect(decideRead(stalin, draft)).toEqual({ allowed: true, via: 'drafter' });
    expect(decideRead({ ...stalin, id: 'antonov' }, draft)).toEqual({
      allowed: false,
      rule: 'dissemination',
    });
  });
});
