/** A negotiated text of one kind that the reader may read (one of its documents); else 404. */
import type { CommitteeTextKind } from '../../core/committee/committee-text.js';
import { fail, succeed } from '../../core/result.js';
import { findText, type TextRecord } from '../../db/committee-text.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import type { Actor } from '../with-actor.js';
import type { LoadedCommittee } from './committee-context.js';
import { viewText, type TextView } from './text-view.js';

export const TEXT_NOT_FOUND: Record<CommitteeTextKind, string> = {
  minutes: 'no such minutes',
  recommendation: 'no such recommendation',
  proposal: 'no such proposal',
};

export async function loadText(
  ctx: AppContext,
  actor: Actor,
  committee: LoadedCommittee,
  kind: CommitteeTextKind,
  textId: string,
): Promise<AppResult<{ record: TextRecord; view: TextView }>> {
  const record = isUuid(textId) ? await findText(actor.sql, committee.record.id, textId) : undefined;
  const view = record && record.kind === kind ? await viewText(ctx, actor, committee, record) : undefined;
  if (!record || !view) return fail('NOT_FOUND', TEXT_NOT_FOUND[kind]);
  return succeed({ record, view });
}
