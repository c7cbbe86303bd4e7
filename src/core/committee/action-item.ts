/**
 * Action items: what a meeting asked someone to do, by when. An item is overdue from the day after its
 * due date (UTC) until it is done. The clock comes in as an argument.
 */
import { fail, succeed, type Result } from '../result.js';
import type { CommitteeErrorCode } from './committee.js';

export const ACTION_ITEM_STATES = ['open', 'done'] as const;
export type ActionItemState = (typeof ACTION_ITEM_STATES)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function isOverdue(
  item: { readonly state: ActionItemState; readonly dueDate: string },
  now: Date,
): boolean {
  return item.state === 'open' && item.dueDate < now.toISOString().slice(0, 10);
}

export function validateActionItem(input: {
  readonly title: string;
  readonly dueDate: string;
}): Result<{ title: string; dueDate: string }, CommitteeErrorCode> {
  const title = input.title.trim();
  if (title === '' || title.length > 300)
    return fail('COMMITTEE_INVALID', 'title: what is to be done, 1 to 300 characters', { field: 'title' });
  if (!isCalendarDate(input.dueDate))
    return fail('COMMITTEE_INVALID', `dueDate: '${input.dueDate}' is not a calendar date (YYYY-MM-DD)`, {
      field: 'dueDate',
    });
  return succeed({ title, dueDate: input.dueDate });
}

/** The owner, or a member or secretary of the committee, marks an item done, once. */
export function checkMayComplete(
  item: { readonly state: ActionItemState; readonly ownerId: string },
  personId: string,
  role: string | undefined,
): Result<true, CommitteeErrorCode> {
  if (item.ownerId !== personId && role !== 'member' && role !== 'secretary')
    return fail(
      'COMMITTEE_NOT_PERMITTED',
      'an action item is completed by its owner, a member or a secretary',
    );
  if (item.state === 'done') return fail('COMMITTEE_STATE_CONFLICT', 'the action item is already done');
  return succeed(true);
}
