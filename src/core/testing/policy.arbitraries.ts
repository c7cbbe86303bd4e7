/** Random people and documents over small pools of ids, so that names, offices and parties collide often. */
import fc from 'fast-check';
import { buildMarking, type Releasability } from '../marking/marking.js';
import type { AccessFacts, Reader } from '../policy/policy.js';

export const PARTIES = ['USA', 'GBR', 'SUN'] as const;
export const COMPARTMENTS = ['BAGRATION', 'OVERLORD', 'ULTRA'] as const;
export const PERSON_IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'] as const;
export const OFFICE_IDS = ['o0', 'o1', 'o2', 'o3'] as const;

const set = <T>(values: readonly T[]) => fc.subarray([...values]).map((picked) => new Set(picked));

export const readerArbitrary: fc.Arbitrary<Reader> = fc.record({
  id: fc.constantFrom(...PERSON_IDS),
  party: fc.constantFrom(...PARTIES),
  clearance: fc.integer({ min: 0, max: 4 }),
  compartments: set(COMPARTMENTS),
  offices: set(OFFICE_IDS),
  isRegistryClerk: fc.boolean(),
  active: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
});

export const releasabilityArbitrary: fc.Arbitrary<Releasability> = fc.oneof(
  fc.constant({ kind: 'coalition' as const }),
  fc.constant({ kind: 'noforn' as const }),
  fc.subarray([...PARTIES], { minLength: 1 }).map((parties) => ({ kind: 'rel-to' as const, parties })),
);

export const documentArbitrary: fc.Arbitrary<AccessFacts> = fc
  .record({
    originator: fc.constantFrom(...PARTIES),
    drafterId: fc.constantFrom(...PERSON_IDS),
    issued: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    recalled: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    level: fc.integer({ min: 0, max: 4 }),
    compartments: fc.subarray([...COMPARTMENTS], { maxLength: 2 }),
    releasability: releasabilityArbitrary,
    embargoUntilAgreed: fc.boolean(),
    personalFor: fc.oneof(fc.constant(new Set<string>()), set(PERSON_IDS)),
    negotiatingOffices: set(OFFICE_IDS),
    persons: set(PERSON_IDS),
    offices: set(OFFICE_IDS),
    parties: set(PARTIES),
  })
  .map((fields) => ({
    originator: fields.originator,
    drafterId: fields.drafterId,
    issued: fields.issued,
    recalled: fields.recalled && fields.issued,
    marking: buildMarking({
      level: fields.level,
      vocabulary: fields.originator,
      compartments: fields.compartments,
      releasability: fields.releasability,
      embargoUntilAgreed: fields.embargoUntilAgreed,
    }),
    personalFor: fields.personalFor,
    negotiatingOffices: fields.negotiatingOffices,
    disseminatedTo: { persons: fields.persons, offices: fields.offices, parties: fields.parties },
  }));
