import { describe, expect, it } from 'vitest';
import { load1944Scheme } from '../testing/scheme.fixture.js';
import {
  charterApprovers,
  checkCharterApproval,
  defaultWorkingLevel,
  describeCharterChanges,
  isCharterApproved,
  validateCharter,
  type CharterProposal,
} from './charter.rules.js';
import type { Charter } from './committee.js';

const scheme = load1944Scheme();

const person = (
  personId: string,
  party: string,
  role: 'member' | 'adviser' | 'secretary' | 'interpreter' = 'member',
) => ({
  role,
  personId,
  party,
  label: personId,
});

function proposal(overrides: Partial<CharterProposal> = {}): CharterProposal {
  return {
    name: ' Tripartite Military Committee ',
    remit: 'Strategical and operational matters of mutual concern.',
    powers: 'advisory',
    place: 'Moscow',
    workingLevel: 2,
    parties: [
      {
        party: 'SUN',
        chiefsOffice: { id: 'stavka', party: 'SUN' },
        people: [person('antonov', 'SUN'), person('pavlov', 'SUN', 'interpreter')],
      },
      {
        party: 'USA',
        chiefsOffice: { id: 'jcs', party: 'USA' },
        people: [person('deane', 'USA'), person('page', 'USA', 'secretary')],
      },
      { party: 'GBR', chiefsOffice: { id: 'bcos', party: 'GBR' }, people: [person('burrows', 'GBR')] },
    ],
    reservedMatters: [
      {
        topic: 'civil affairs',
        body: 'European Advisory Commission',
        terms: ['Civil  Affairs', 'civil affairs', 'military government of'],
      },
    ],
    ...overrides,
  };
}

function charter(overrides: Partial<CharterProposal> = {}): Charter {
  const result = validateCharter(proposal(overrides), scheme);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('validateCharter', () => {
  it('accepts the 1944 charter, trimming the name and normalising terms', () => {
    const value = charter();
    expect(value.name).toBe('Tripartite Military Committee');
    expect(value.powers).toBe('advisory');
    expect(value.reservedMatters[0]?.terms).toEqual(['civil affairs', 'military government of']);
    expect(value.participants).toHaveLength(5);
  });

  it.each<[string, Partial<CharterProposal>, string]>([
    ['powers of decision', { powers: 'decision' }, 'powers'],
    ['binding powers', { powers: 'binding' }, 'powers'],
    ['an empty name', { name: '  ' }, 'name'],
    ['one party', { parties: proposal().parties.slice(0, 1) }, 'parties'],
    [
      'an unknown party',
      { parties: [...proposal().parties.slice(0, 2), { ...proposal().parties[2]!, party: 'FRA' }] },
      'parties.2.party',
    ],
    [
      'a party twice',
      { parties: [...proposal().parties.slice(0, 2), proposal().parties[1]!] },
      'parties.2.party',
    ],
    [
      'a party with no member',
      { parties: [...proposal().parties.slice(0, 2), { ...proposal().parties[2]!, people: [] }] },
      'parties.2.member',
    ],
    [
      'a party with two members',
      {
        parties: [
          ...proposal().parties.slice(0, 2),
          { ...proposal().parties[2]!, people: [person('burrows', 'GBR'), person('brooke', 'GBR')] },
        ],
      },
      'parties.2.member',
    ],
    [
      'a member of another party',
      {
        parties: [
          ...proposal().parties.slice(0, 2),
          { ...proposal().parties[2]!, people: [person('deane2', 'USA')] },
        ],
      },
      'parties.2',
    ],
    [
      'a person in two places',
      {
        parties: [
          ...proposal().parties.slice(0, 2),
          {
            ...proposal().parties[2]!,
            people: [person('burrows', 'GBR'), person('burrows', 'GBR', 'adviser')],
          },
        ],
      },
      'parties.2',
    ],
    [
      'another party’s chiefs',
      {
        parties: [
          ...proposal().parties.slice(0, 2),
          { ...proposal().parties[2]!, chiefsOffice: { id: 'jcs', party: 'USA' } },
        ],
      },
      'parties.2.chiefsOffice',
    ],
    ['a working level the Soviets have no word for', { workingLevel: 1 }, 'workingLevel'],
    [
      'a reserved matter without its body',
      { reservedMatters: [{ topic: 'civil affairs', body: ' ', terms: ['x y'] }] },
      'reservedMatters.0.body',
    ],
    [
      'a reserved matter without terms',
      { reservedMatters: [{ topic: 'civil affairs', body: 'EAC', terms: [] }] },
      'reservedMatters.0.terms',
    ],
    [
      'a one-letter term',
      { reservedMatters: [{ topic: 'civil affairs', body: 'EAC', terms: ['a'] }] },
      'reservedMatters.0.terms.0',
    ],
    [
      'a topic twice',
      {
        reservedMatters: [
          { topic: 'Civil affairs', body: 'EAC', terms: ['civil'] },
          { topic: 'civil affairs', body: 'EAC', terms: ['civil'] },
        ],
      },
      'reservedMatters.1.topic',
    ],
  ])('refuses %s, naming the field', (_, overrides, field) => {
    const result = validateCharter(proposal(overrides), scheme);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result).toMatchObject({ code: 'COMMITTEE_INVALID', field });
  });

  it('defaults the working level to the lowest classified level every party names', () => {
    expect(defaultWorkingLevel(scheme, ['USA', 'GBR'])).toBe(1);
    expect(defaultWorkingLevel(scheme, ['USA', 'GBR', 'SUN'])).toBe(2);
  });
});

describe('approving a charter', () => {
  it('a first charter is approved by each party’s member under it', () => {
    expect([...charterApprovers(undefined, charter())]).toEqual([
      ['SUN', 'antonov'],
      ['USA', 'deane'],
      ['GBR', 'burrows'],
    ]);
  });

  it('a change is approved by the members in force; a party new to the committee by its proposed member', () => {
    const inForce = charter({ parties: proposal().parties.slice(0, 2) });
    const proposed = charter({
      parties: [
        { party: 'SUN', chiefsOffice: { id: 'stavka', party: 'SUN' }, people: [person('vasilevsky', 'SUN')] },
        ...proposal().parties.slice(1),
      ],
    });
    const approvers = charterApprovers(inForce, proposed);
    expect([...approvers]).toEqual([
      ['SUN', 'antonov'],
      ['USA', 'deane'],
      ['GBR', 'burrows'],
    ]);
    const approvals = new Map<string, string>();
    for (const [party, personId] of approvers) {
      expect(isCharterApproved(approvers, approvals)).toBe(false);
      const checked = checkCharterApproval(approvers, approvals, personId);
      expect(checked).toEqual({ ok: true, value: party });
      approvals.set(party, personId);
    }
    expect(isCharterApproved(approvers, approvals)).toBe(true);
    expect(checkCharterApproval(approvers, approvals, 'deane')).toMatchObject({
      code: 'COMMITTEE_STATE_CONFLICT',
    });
    expect(checkCharterApproval(approvers, approvals, 'vasilevsky')).toMatchObject({
      code: 'COMMITTEE_NOT_PERMITTED',
    });
    expect(checkCharterApproval(approvers, approvals, 'page')).toMatchObject({
      code: 'COMMITTEE_NOT_PERMITTED',
    });
  });

  it('an approval by someone who is not the approver does not count', () => {
    const approvers = charterApprovers(undefined, charter());
    expect(
      isCharterApproved(
        approvers,
        new Map([
          ['SUN', 'antonov'],
          ['USA', 'page'],
          ['GBR', 'burrows'],
        ]),
      ),
    ).toBe(false);
  });
});

describe('describeCharterChanges', () => {
  it('names what a change does, line by line', () => {
    const before = charter();
    const after = charter({
      name: 'Allied Military Committee',
      parties: [
        proposal().parties[0]!,
        { ...proposal().parties[1]!, people: [person('deane', 'USA'), person('marshall', 'USA', 'adviser')] },
      ],
      reservedMatters: [
        {
          topic: 'civil affairs',
          body: 'European Advisory Commission',
          terms: ['civil affairs', 'reparations'],
        },
      ],
    });
    expect(describeCharterChanges(undefined, before, (id) => id)).toEqual(['first charter']);
    expect(describeCharterChanges(before, after, (id) => id.toUpperCase())).toEqual([
      'name: "Tripartite Military Committee" becomes "Allied Military Committee"',
      'adds MARSHALL as adviser for USA',
      'removes PAGE as secretary for USA',
      'removes BURROWS as member for GBR',
      'removes party GBR',
      '"civil affairs": adds terms "reparations"',
      '"civil affairs": removes terms "military government of"',
    ]);
  });
});
