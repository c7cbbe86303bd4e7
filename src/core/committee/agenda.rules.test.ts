import { describe, expect, it } from 'vitest';
import {
  checkMayArrangeMeeting,
  checkMayProposeItem,
  checkOverrideConsent,
  isOverrideComplete,
  validateAgendaItem,
} from './agenda.rules.js';

describe('agenda items', () => {
  it('validates title and text, naming the field', () => {
    expect(validateAgendaItem({ title: ' Bomb lines ', text: '' })).toEqual({
      ok: true,
      value: { title: 'Bomb lines', text: '' },
    });
    expect(validateAgendaItem({ title: ' ', text: '' })).toMatchObject({ field: 'title' });
    expect(validateAgendaItem({ title: 'x', text: 'y'.repeat(100_001) })).toMatchObject({ field: 'text' });
  });

  it('members, advisers and secretaries bring items; members and secretaries arrange meetings', () => {
    expect(
      ['member', 'adviser', 'secretary', 'interpreter'].map(
        (role) => checkMayProposeItem(role as 'member').ok,
      ),
    ).toEqual([true, true, true, false]);
    expect(
      ['member', 'adviser', 'secretary', 'interpreter'].map(
        (role) => checkMayArrangeMeeting(role as 'member').ok,
      ),
    ).toEqual([true, false, true, false]);
  });

  it('a referred item comes back only with every party’s recorded consent', () => {
    const referred = { state: 'referred' as const, consents: [{ party: 'USA' }] };
    expect(checkOverrideConsent(referred, undefined, 'reason')).toMatchObject({
      code: 'COMMITTEE_NOT_PERMITTED',
    });
    expect(checkOverrideConsent(referred, 'GBR', ' ')).toMatchObject({ field: 'reason' });
    expect(checkOverrideConsent(referred, 'USA', 'again')).toMatchObject({
      code: 'COMMITTEE_STATE_CONFLICT',
    });
    expect(checkOverrideConsent({ state: 'proposed', consents: [] }, 'USA', 'x')).toMatchObject({
      code: 'COMMITTEE_STATE_CONFLICT',
    });
    expect(checkOverrideConsent(referred, 'GBR', 'Military aspects only.')).toEqual({
      ok: true,
      value: 'GBR',
    });
    expect(isOverrideComplete(['USA', 'GBR', 'SUN'], [{ party: 'USA' }, { party: 'GBR' }])).toBe(false);
    expect(
      isOverrideComplete(['USA', 'GBR', 'SUN'], [{ party: 'USA' }, { party: 'GBR' }, { party: 'SUN' }]),
    ).toBe(true);
    expect(isOverrideComplete([], [])).toBe(false);
  });
});
