import { describe, expect, it } from 'vitest';
import { buildMarking } from '../marking/marking.js';
import { renderBanner } from '../marking/marking.render.js';
import type { AccessFacts, Reader } from '../policy/policy.js';
import { load1944Scheme } from '../testing/scheme.fixture.js';
import {
  checkDerivedMarking,
  checkPaper,
  checkSharedWithParties,
  meetingMarking,
  shortfallsAgainst,
  workingMarking,
} from './committee-marking.js';

const scheme = load1944Scheme();
const PARTIES = ['SUN', 'USA', 'GBR'];

const reader = (id: string, party: string, clearance: number, compartments: string[] = []): Reader => ({
  id,
  party,
  clearance,
  compartments: new Set(compartments),
  offices: new Set([`${party}-delegation`]),
  isRegistryClerk: false,
  active: true,
});
const members = [
  reader('antonov', 'SUN', 4, ['BAGRATION']),
  reader('deane', 'USA', 3, ['OVERLORD']),
  reader('burrows', 'GBR', 3, ['OVERLORD']),
];

const paper = (
  marking: ReturnType<typeof buildMarking>,
  overrides: Partial<AccessFacts> = {},
): AccessFacts => ({
  originator: 'USA',
  drafterId: 'deane',
  issued: true,
  recalled: false,
  marking,
  personalFor: new Set(),
  negotiatingOffices: new Set(),
  disseminatedTo: { persons: new Set(['burrows', 'antonov']), offices: new Set(), parties: new Set() },
  ...overrides,
});

describe('committee markings', () => {
  it('the working marking is the working level, REL TO the committee’s parties, in the author’s words', () => {
    expect(renderBanner(workingMarking(2, 'SUN', PARTIES), scheme)).toBe('СЕКРЕТНО//REL TO SUN, GBR, USA');
    expect(renderBanner(workingMarking(2, 'USA', PARTIES), scheme)).toBe('SECRET//REL TO USA, GBR, SUN');
  });

  it('a meeting is marked with the high-water mark of its papers: highest level, union of compartments and controls, intersection of releasability', () => {
    const working = { marking: workingMarking(2, 'USA', PARTIES), originator: 'USA' };
    const sources = [
      {
        marking: buildMarking({ level: 3, vocabulary: 'GBR', releasability: { kind: 'coalition' } }),
        originator: 'GBR',
      },
      { marking: buildMarking({ level: 2, vocabulary: 'USA', orcon: true }), originator: 'USA' },
    ];
    const combined = meetingMarking(working, sources, 'USA', scheme);
    expect(combined.ok && renderBanner(combined.value, scheme)).toBe(
      'TOP SECRET//REL TO USA, GBR, SUN//ORCON',
    );
    const none = meetingMarking(working, [], 'USA', scheme);
    expect(none.ok && renderBanner(none.value, scheme)).toBe('SECRET//REL TO USA, GBR, SUN');
  });

  it('committee business is releasable to every party, for nobody personally, and not embargoed', () => {
    expect(checkSharedWithParties(buildMarking({ level: 2, vocabulary: 'USA' }), 'USA', PARTIES).ok).toBe(
      true,
    );
    expect(
      checkSharedWithParties(
        buildMarking({ level: 2, vocabulary: 'USA', releasability: { kind: 'noforn' } }),
        'USA',
        PARTIES,
      ),
    ).toMatchObject({
      code: 'COMMITTEE_NOT_SHARED',
      message: expect.stringContaining('GBR') as string,
    });
    expect(
      checkSharedWithParties(
        buildMarking({ level: 2, vocabulary: 'USA', releasability: { kind: 'rel-to', parties: ['GBR'] } }),
        'USA',
        PARTIES,
      ),
    ).toMatchObject({ message: expect.stringContaining('not releasable to SUN') as string });
    expect(
      checkSharedWithParties(
        buildMarking({ level: 2, vocabulary: 'USA', personalFor: ['DEANE'] }),
        'USA',
        PARTIES,
      ).ok,
    ).toBe(false);
    expect(
      checkSharedWithParties(
        buildMarking({ level: 2, vocabulary: 'USA', embargoUntilAgreed: true }),
        'USA',
        PARTIES,
      ).ok,
    ).toBe(false);
  });

  it('a paper must be issued, shared with every party, and readable by every member', () => {
    const secret = buildMarking({ level: 2, vocabulary: 'USA' });
    expect(checkPaper(paper(secret), secret, members, PARTIES).ok).toBe(true);
    expect(checkPaper(paper(secret, { issued: false }), secret, members, PARTIES)).toMatchObject({
      field: 'documentId',
    });
    const overlord = buildMarking({ level: 3, vocabulary: 'USA', compartments: ['OVERLORD'] });
    const refused = checkPaper(paper(overlord), overlord, members, PARTIES);
    expect(refused).toMatchObject({ code: 'COMMITTEE_NOT_SHARED', field: 'documentId' });
    // It does not say who could not read it, nor why.
    expect(!refused.ok && refused.message).not.toMatch(/antonov|OVERLORD|compartment/i);
    const notHeld = paper(secret, {
      disseminatedTo: { persons: new Set(['burrows']), offices: new Set(), parties: new Set() },
    });
    expect(checkPaper(notHeld, secret, members, PARTIES).ok).toBe(false);
  });

  it('minutes are marked at least as high as the meeting', () => {
    const floor = {
      marking: buildMarking({
        level: 3,
        vocabulary: 'USA',
        compartments: ['OVERLORD'],
        releasability: { kind: 'rel-to', parties: ['GBR'] },
        orcon: true,
      }),
      originator: 'USA',
    };
    const same = {
      marking: buildMarking({
        level: 3,
        vocabulary: 'GBR',
        compartments: ['OVERLORD'],
        releasability: { kind: 'rel-to', parties: ['USA'] },
        orcon: true,
      }),
      originator: 'GBR',
    };
    expect(checkDerivedMarking(same, floor, scheme).ok).toBe(true);
    const low = { marking: buildMarking({ level: 2, vocabulary: 'USA' }), originator: 'USA' };
    expect(shortfallsAgainst(low, floor, scheme)).toEqual([
      'level SECRET is below TOP SECRET',
      'compartments OVERLORD are missing',
      'it would be releasable to every party',
      'ORCON is missing',
    ]);
    expect(checkDerivedMarking(low, floor, scheme)).toMatchObject({
      code: 'COMMITTEE_MARKING_BELOW_SOURCES',
      field: 'marking',
    });
  });
});
