/**
 * Agenda items: proposed by the committee's members and staff, referred to another body when they fall
 * within a reserved matter, and put back on the agenda only with every party's recorded consent.
 */
import type { PartyCode } from '../marking/scheme.js';
import { fail, succeed, type Result } from '../result.js';
import type { CommitteeErrorCode, CommitteeRole } from './committee.js';

export const AGENDA_ITEM_STATES = ['proposed', 'referred', 'withdrawn'] as const;
export type AgendaItemState = (typeof AGENDA_ITEM_STATES)[number];

export function validateAgendaItem(input: {
  readonly title: string;
  readonly text: string;
}): Result<{ title: string; text: string }, CommitteeErrorCode> {
  const title = input.title.trim();
  if (title === '' || title.length > 300)
    return fail('COMMITTEE_INVALID', 'title: an agenda item has a title of 1 to 300 characters', {
      field: 'title',
    });
  if (input.text.length > 100_000)
    return fail('COMMITTEE_INVALID', 'text: at most 100,000 characters', { field: 'text' });
  return succeed({ title, text: input.text });
}

/** Members, advisers and secretaries bring items; interpreters interpret. */
export function checkMayProposeItem(role: CommitteeRole): Result<true, CommitteeErrorCode> {
  return role === 'interpreter'
    ? fail(
        'COMMITTEE_NOT_PERMITTED',
        "agenda items are brought by the committee's members, advisers and secretaries",
      )
    : succeed(true);
}

/** Members and secretaries arrange a meeting's agenda, papers and attendance. */
export function checkMayArrangeMeeting(role: CommitteeRole): Result<true, CommitteeErrorCode> {
  return role === 'member' || role === 'secretary'
    ? succeed(true)
    : fail('COMMITTEE_NOT_PERMITTED', 'meetings are arranged by the members and the secretaries');
}

/** A party's member consents, once, to discussing a referred item after all. */
export function checkOverrideConsent(
  item: { readonly state: AgendaItemState; readonly consents: readonly { readonly party: PartyCode }[] },
  party: PartyCode | undefined,
  reason: string,
): Result<PartyCode, CommitteeErrorCode> {
  if (party === undefined)
    return fail(
      'COMMITTEE_NOT_PERMITTED',
      "only a party's member consents, for the party, to discuss a referred item",
    );
  const text = reason.trim();
  if (text === '' || text.length > 2000)
    return fail(
      'COMMITTEE_INVALID',
      'reason: why the committee should discuss it after all (1 to 2,000 characters)',
      {
        field: 'reason',
      },
    );
  if (item.state !== 'referred')
    return fail('COMMITTEE_STATE_CONFLICT', 'the item is not referred to another body');
  if (item.consents.some((consent) => consent.party === party))
    return fail('COMMITTEE_STATE_CONFLICT', `${party} has already consented`);
  return succeed(party);
}

/** Every party has consented: the referral is overridden. */
export function isOverrideComplete(
  parties: readonly PartyCode[],
  consents: readonly { readonly party: PartyCode }[],
): boolean {
  const given = new Set(consents.map((consent) => consent.party));
  return parties.length > 0 && parties.every((party) => given.has(party));
}
