/** A secretary drafts the minutes of a held meeting; each party's member then approves or amends them. */
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { startText, type TextInput } from './start-text.js';
import type { TextView } from './text-view.js';

export function draftMinutes(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  meetingId: string,
  input: Omit<TextInput, 'meetingId'>,
): Promise<AppResult<TextView>> {
  return startText(ctx, caller, committeeId, 'minutes', { ...input, meetingId });
}
