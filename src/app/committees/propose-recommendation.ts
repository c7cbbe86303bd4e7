/**
 * A member proposes a recommendation to the parties' chiefs. The committee adopts it only by consensus
 * of its members; it never decides anything, and the chiefs answer it each for their own party.
 */
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { startText, type TextInput } from './start-text.js';
import type { TextView } from './text-view.js';

export function proposeRecommendation(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  input: TextInput,
): Promise<AppResult<TextView>> {
  return startText(ctx, caller, committeeId, 'recommendation', input);
}
