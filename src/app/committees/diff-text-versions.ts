/**
 * What one version of a text changed against another, word by word, in the reader's own copies of the
 * two versions (so a diff is as attributable as any copy: see core/committee/diff.render.ts). Both
 * versions must be readable by the caller; reading them is recorded as reading each document.
 */
import type { CommitteeTextKind } from '../../core/committee/committee-text.js';
import {
  copyRenderer,
  originalRenderer,
  renderDiff,
  type SpanRenderer,
} from '../../core/committee/diff.render.js';
import { diffTexts, type DiffPart } from '../../core/committee/text.diff.js';
import type { LiaisonDocument } from '../../core/document/document.js';
import { fail, succeed } from '../../core/result.js';
import { findFingerprint } from '../../db/copy.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { readingFor } from '../documents/view-for.js';
import { withActor, type Actor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { readableDocuments } from './committee-view.js';
import { loadText } from './load-text.js';

export interface TextDiff {
  readonly textId: string;
  readonly from: { readonly version: number; readonly documentId: string; readonly banner: string };
  readonly to: { readonly version: number; readonly documentId: string; readonly banner: string };
  readonly titleChanged: boolean;
  readonly parts: readonly DiffPart[];
}

export function diffTextVersions(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  kind: CommitteeTextKind,
  textId: string,
  versions: { from: number; to: number },
): Promise<AppResult<TextDiff>> {
  return withActor<TextDiff>(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const text = await loadText(ctx, actor, loaded.value, kind, textId);
    if (!text.ok) return text;
    const find = (version: number) => text.value.record.versions.find((entry) => entry.version === version);
    const from = find(versions.from);
    const to = find(versions.to);
    const documents = await readableDocuments(
      ctx,
      actor,
      [from?.documentId, to?.documentId].filter((id) => id !== undefined),
    );
    const before = from && documents.get(from.documentId);
    const after = to && documents.get(to.documentId);
    if (!before)
      return fail('COMMITTEE_INVALID', `from: no version ${versions.from} you may read`, { field: 'from' });
    if (!after)
      return fail('COMMITTEE_INVALID', `to: no version ${versions.to} you may read`, { field: 'to' });
    const renderBefore = await rendererFor(ctx, actor, before, 'excerpt');
    if (!renderBefore.ok) return renderBefore;
    const renderAfter = await rendererFor(ctx, actor, after, 'partition');
    if (!renderAfter.ok) return renderAfter;
    for (const [document, copy] of [
      [before, renderBefore.value.copy],
      [after, renderAfter.value.copy],
    ] as const)
      await actor.audit({
        action: 'document.read',
        target: { kind: 'document', id: document.id },
        decision: 'granted',
        rule: 'committee-diff',
        details: { copy },
      });
    return succeed({
      textId: text.value.record.id,
      from: { version: versions.from, documentId: before.id, banner: before.banner },
      to: { version: versions.to, documentId: after.id, banner: after.banner },
      titleChanged: (before.fields.subject ?? before.title) !== (after.fields.subject ?? after.title),
      parts: renderDiff(
        diffTexts(before.body, after.body),
        renderBefore.value.render,
        renderAfter.value.render,
      ),
    });
  });
}

/** How the reader reads a version: their numbered copy (taken now, as a read would), or the original. */
async function rendererFor(
  ctx: AppContext,
  actor: Actor,
  document: LiaisonDocument,
  mode: 'partition' | 'excerpt',
): Promise<AppResult<{ render: SpanRenderer; copy: string | null }>> {
  const reading = await readingFor(ctx, actor, document);
  if (!reading.ok) return reading;
  const copy = reading.value.copy;
  if (copy === null) return succeed({ render: originalRenderer(document.body), copy: null });
  const fingerprint = await findFingerprint(actor.sql, document.id);
  if (!fingerprint) throw new Error(`document ${document.id} has copies but no fingerprint`);
  return succeed({
    render: copyRenderer(
      {
        text: document.body,
        points: fingerprint.points,
        excluded: new Set(fingerprint.excluded),
        key: fingerprint.key,
        copyNumber: copy.number,
        copyCount: Math.max(reading.value.of, copy.number),
      },
      mode,
    ),
    copy: copy.id,
  });
}
