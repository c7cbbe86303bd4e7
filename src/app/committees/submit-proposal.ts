/**
 * A party's member submits a proposal. Until every party agrees it is EMBARGO UNTIL AGREED: the
 * negotiating delegations read it, their wider parties do not (seed 001: proposals "leaked out to the
 * press before agreement had been reached"). Other parties may submit parallel proposals to the same
 * matter (seed 002: "the Head of the British Military Mission ... to submit a similar proposal").
 */
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { startText, type TextInput } from './start-text.js';
import type { TextView } from './text-view.js';

export function submitProposal(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  input: Omit<TextInput, 'meetingId'>,
): Promise<AppResult<TextView>> {
  return startText(ctx, caller, committeeId, 'proposal', input);
}
