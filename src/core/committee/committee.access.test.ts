import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMarking } from '../marking/marking.js';
import { canRead, type Reader } from '../policy/policy.js';
import { readerArbitrary } from '../testing/policy.arbitraries.js';
import { businessFacts, isParticipant, standingOf } from './committee.access.js';

const charter = {
  parties: [
    { party: 'USA', chiefsOfficeId: 'jcs' },
    { party: 'GBR', chiefsOfficeId: 'bcos' },
  ],
  participants: [
    { personId: 'deane', party: 'USA', role: 'member' as const },
    { personId: 'page', party: 'USA', role: 'secretary' as const },
    { personId: 'burrows', party: 'GBR', role: 'member' as const },
  ],
};
const reader = (id: string, party: string, offices: string[] = [], active = true): Reader => ({
  id,
  party,
  clearance: 3,
  compartments: new Set(),
  offices: new Set(offices),
  isRegistryClerk: false,
  active,
});

describe('who a committee concerns', () => {
  it.each([
    [reader('deane', 'USA'), 'member'],
    [reader('page', 'USA'), 'secretary'],
    [reader('marshall', 'USA', ['jcs']), 'chief'],
    [reader('brooke', 'GBR', ['bcos']), 'chief'],
    // In another party's chiefs' office: not a chief of this committee's.
    [reader('visitor', 'SUN', ['jcs']), undefined],
    [reader('harriman', 'USA', ['embassy']), undefined],
    [reader('founder', 'USA'), 'proposer'],
    [reader('deane', 'USA', [], false), undefined],
  ] as const)('%o → %s', (person, standing) => {
    expect(standingOf(person, charter, 'founder')).toBe(standing);
  });

  it('only members and staff are participants', () => {
    expect(
      ['member', 'adviser', 'secretary', 'interpreter', 'chief', 'proposer', undefined].map((s) =>
        isParticipant(s as 'member'),
      ),
    ).toEqual([true, true, true, true, false, false, false]);
  });

  it('committee business is read as a document held by the delegations (property: by nobody outside them but the originator’s registry)', () => {
    fc.assert(
      fc.property(readerArbitrary, fc.integer({ min: 0, max: 4 }), (person, level) => {
        const facts = businessFacts({
          originator: 'USA',
          authorId: 'author-not-in-pool',
          marking: buildMarking({ level, vocabulary: 'USA' }),
          delegationOffices: ['o1', 'o2'],
        });
        const holds =
          person.offices.has('o1') ||
          person.offices.has('o2') ||
          (person.isRegistryClerk && person.party === 'USA');
        return !canRead(person, facts) || (holds && person.active && person.clearance >= level);
      }),
    );
  });
});
