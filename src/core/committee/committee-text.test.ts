import { describe, expect, it } from 'vitest';
import { checkMayWrite, consentWord, textStatus } from './committee-text.js';
import { startNegotiation } from './negotiated-text.js';

describe('who writes the committee’s texts', () => {
  it.each([
    ['minutes', 'secretary', 'draft', [], true],
    ['minutes', 'member', 'draft', [], false],
    ['minutes', 'member', 'amendment', [{ party: 'USA', kind: 'draft' }], true],
    ['minutes', 'interpreter', 'amendment', [{ party: 'USA', kind: 'draft' }], false],
    ['recommendation', 'member', 'draft', [], true],
    ['recommendation', 'secretary', 'draft', [], false],
    ['proposal', 'member', 'submission', [], true],
    ['proposal', 'adviser', 'submission', [], false],
    ['proposal', 'member', 'parallel-submission', [{ party: 'USA', kind: 'submission' }], true],
    ['proposal', 'member', 'revision', [{ party: 'USA', kind: 'submission' }], true],
  ] as const)('%s: a %s writing a %s → %s', (kind, role, versionKind, existing, allowed) => {
    expect(checkMayWrite(kind, role, 'GBR', versionKind, existing).ok).toBe(allowed);
  });

  it('a party submits to a matter once; later it revises', () => {
    expect(
      checkMayWrite('proposal', 'member', 'USA', 'parallel-submission', [
        { party: 'USA', kind: 'submission' },
      ]),
    ).toMatchObject({
      code: 'COMMITTEE_STATE_CONFLICT',
    });
    expect(
      checkMayWrite('proposal', 'member', 'USA', 'amendment', [{ party: 'USA', kind: 'submission' }]),
    ).toMatchObject({
      code: 'COMMITTEE_INVALID',
      field: 'kind',
    });
  });

  it('names each stage in the kind’s own words', () => {
    const open = startNegotiation(['USA', 'GBR']);
    const agreed = { ...open, state: 'agreed' as const };
    expect([textStatus('minutes', open, 0), textStatus('minutes', agreed, 0)]).toEqual([
      'awaiting-approval',
      'issued',
    ]);
    expect([
      textStatus('recommendation', open, 0),
      textStatus('recommendation', agreed, 1),
      textStatus('recommendation', agreed, 2),
    ]).toEqual(['proposed', 'adopted', 'answered']);
    expect([textStatus('proposal', open, 0), textStatus('proposal', agreed, 0)]).toEqual([
      'under-negotiation',
      'agreed',
    ]);
    expect([consentWord('minutes'), consentWord('recommendation'), consentWord('proposal')]).toEqual([
      'approval',
      'concurrence',
      'agreement',
    ]);
  });
});
