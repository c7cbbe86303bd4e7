import { describe, expect, it } from 'vitest';
import type { LiaisonDocument, MarkingOptions } from '../api/types.js';
import {
  bannerFor,
  draftFromDocument,
  draftInput,
  emptyDraft,
  emptyMarking,
  formAreaOf,
  type MarkingChoice,
} from './draft-form.js';

const usOptions: MarkingOptions = {
  party: 'USA',
  levels: [
    { rank: 0, name: 'UNCLASSIFIED' },
    { rank: 2, name: 'SECRET' },
    { rank: 3, name: 'TOP SECRET' },
  ],
  compartments: [
    { name: 'OVERLORD', description: 'The invasion' },
    { name: 'ZEPHYR', description: 'Another' },
  ],
  parties: [
    { code: 'GBR', name: 'United Kingdom' },
    { code: 'SUN', name: 'Union of Soviet Socialist Republics' },
    { code: 'USA', name: 'United States of America' },
  ],
  controls: ['NOFORN', 'ORCON', 'PERSONAL FOR', 'EMBARGO UNTIL AGREED'],
  personalForCandidates: [],
  delegations: [{ id: 'd1', name: 'US delegation', party: 'USA' }],
};

const choice = (patch: Partial<MarkingChoice>): MarkingChoice => ({
  ...emptyMarking,
  levelRank: 2,
  ...patch,
});

describe('bannerFor', () => {
  it.each<[string, Partial<MarkingChoice>, string]>([
    ['no level chosen yet', { levelRank: null }, ''],
    ['a level the author may not apply', { levelRank: 4 }, ''],
    ['a level alone', {}, 'SECRET'],
    [
      'compartments in the order offered',
      { compartments: ['ZEPHYR', 'OVERLORD'] },
      'SECRET//OVERLORD/ZEPHYR',
    ],
    ['a compartment not offered is left out', { compartments: ['BAGRATION'] }, 'SECRET'],
    [
      'REL TO starts with the originator',
      { releasability: 'rel-to', relTo: ['SUN', 'GBR'] },
      'SECRET//REL TO USA, GBR, SUN',
    ],
    ['REL TO the originator alone', { releasability: 'rel-to', relTo: [] }, 'SECRET//REL TO USA'],
    [
      'REL TO choices kept while NOFORN is chosen',
      { releasability: 'noforn', relTo: ['GBR'] },
      'SECRET//NOFORN',
    ],
    ['ORCON', { orcon: true }, 'SECRET//ORCON'],
    ['PERSONAL FOR without anybody chosen', { personalFor: true }, 'SECRET'],
    ['PERSONAL FOR unticked keeps nobody', { personalFor: false, personalForNames: ['STALIN'] }, 'SECRET'],
    [
      'every control, in grammar order',
      {
        levelRank: 3,
        compartments: ['OVERLORD'],
        releasability: 'rel-to',
        relTo: ['GBR'],
        orcon: true,
        personalFor: true,
        personalForNames: ['BURROWS', 'STALIN'],
        embargo: true,
      },
      'TOP SECRET//OVERLORD//REL TO USA, GBR//ORCON/PERSONAL FOR BURROWS, STALIN/EMBARGO UNTIL AGREED',
    ],
  ])('%s', (_name, patch, banner) => {
    expect(bannerFor(choice(patch), usOptions)).toBe(banner);
  });

  it('writes the level in the author’s own words', () => {
    const soviet: MarkingOptions = {
      ...usOptions,
      party: 'SUN',
      levels: [{ rank: 3, name: 'СОВЕРШЕННО СЕКРЕТНО' }],
    };
    expect(bannerFor(choice({ levelRank: 3, releasability: 'noforn' }), soviet)).toBe(
      'СОВЕРШЕННО СЕКРЕТНО//NOFORN',
    );
  });
});

describe('draftInput', () => {
  it('sends only the fields of the chosen form, trimmed, lists one per line, and no empty ones', () => {
    const form = {
      ...emptyDraft('1944-06-26'),
      kind: 'memorandum-of-conversation' as const,
      title: '  Conversation  ',
      subject: 'Exchange of Military Information',
      participants: 'Mr. Harriman\n\n  Marshal Stalin \n',
      from: 'Moscow',
      place: '',
      marking: choice({}),
      distribution: [
        { kind: 'person' as const, id: 'deane', copies: 1 },
        { kind: 'office' as const, id: 'office-1', copies: 3 },
        { kind: 'party' as const, id: 'USA', copies: 1 },
      ],
    };
    expect(draftInput(form, usOptions)).toEqual({
      kind: 'memorandum-of-conversation',
      title: 'Conversation',
      body: '',
      dated: '1944-06-26',
      fields: {
        participants: ['Mr. Harriman', 'Marshal Stalin'],
        subject: 'Exchange of Military Information',
      },
      marking: 'SECRET',
      negotiatingOffices: [],
      distribution: [
        { person: 'deane', copies: 1 },
        { office: 'office-1', copies: 3 },
        { party: 'USA', copies: 1 },
      ],
    });
  });

  it('names the negotiating delegations only for an embargoed document', () => {
    const form = { ...emptyDraft('1944-06-26'), marking: choice({ negotiatingOffices: ['d1'] }) };
    expect(draftInput(form, usOptions).negotiatingOffices).toEqual([]);
    const embargoed = { ...form, marking: choice({ embargo: true, negotiatingOffices: ['d1'] }) };
    expect(draftInput(embargoed, usOptions).negotiatingOffices).toEqual(['d1']);
  });
});

describe('draftFromDocument', () => {
  it('gives back the form and marking choices of a saved draft', () => {
    const document = {
      id: 'x',
      kind: 'intelligence-report',
      state: 'draft',
      title: 'Japanese preparations',
      dated: '1944-02-01',
      reference: 'AA/',
      registryNumber: null,
      originator: 'USA',
      drafter: { username: 'deane', displayName: 'Deane', title: 'Chief' },
      banner: 'SECRET//REL TO USA, SUN//ORCON',
      bannerForReader: null,
      marking: {
        level: { rank: 2, name: 'SECRET' },
        compartments: [],
        releasability: { kind: 'rel-to', parties: ['USA', 'SUN'] },
        orcon: true,
        personalFor: [],
        embargoUntilAgreed: false,
      },
      issuedAt: null,
      updatedAt: '1944-02-01T20:00:00.000Z',
      body: 'Text',
      fields: { source: 'Stalin', reliability: 'B', credibility: '3', places: ['Shanghai', 'Manchuria'] },
      version: 2,
      createdAt: '1944-02-01T20:00:00.000Z',
      negotiatingOffices: [],
      distribution: [{ kind: 'person', id: 'harriman', label: 'Harriman', copies: 2 }],
      distributionBlock: ['2 copies to Harriman'],
      permissions: { edit: true, issue: true, disseminate: true, answerForCopies: true, recall: false },
      copy: null,
      copyCount: 0,
      recall: null,
    } satisfies LiaisonDocument;
    const form = draftFromDocument(document);
    expect(form).toMatchObject({
      kind: 'intelligence-report',
      places: 'Shanghai\nManchuria',
      reliability: 'B',
      credibility: '3',
    });
    expect(form.distribution).toEqual([{ kind: 'person', id: 'harriman', copies: 2 }]);
    expect(bannerFor(form.marking, usOptions)).toBe('SECRET//REL TO USA, SUN//ORCON');
    expect(draftInput(form, usOptions).fields).toEqual({
      source: 'Stalin',
      reliability: 'B',
      credibility: '3',
      places: ['Shanghai', 'Manchuria'],
    });
  });
});

describe('formAreaOf', () => {
  it.each([
    ['title', 'title'],
    ['fields.participants', 'fields.participants'],
    ['distribution.0.person', 'distribution'],
    ['distribution', 'distribution'],
    ['negotiatingOffices', 'marking'],
    ['marking', 'marking'],
  ])('%s belongs to %s', (field, area) => {
    expect(formAreaOf(field)).toBe(area);
  });

  it('has no area without a field', () => {
    expect(formAreaOf(undefined)).toBeUndefined();
  });
});
