/**
 * The originator sees where copies of a document differ, with each point's renderings, and excludes
 * any (a proper name in an unusual position, a phrase that must read one way). Dates' and proper names'
 * values never change in any case. An excluded point renders its original in every copy.
 */
import type { LiaisonDocument } from '../../core/document/document.js';
import { accessFactsOf } from '../../core/document/document.rules.js';
import type { VariationPoint } from '../../core/fingerprint/index.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findFingerprint, updateFingerprint } from '../../db/copy.repository.js';
import { findDocument } from '../../db/document.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor, type Actor } from '../with-actor.js';

export interface VariationPoints {
  readonly document: LiaisonDocument;
  readonly points: readonly VariationPoint[];
  readonly excluded: ReadonlySet<string>;
}

async function originatorDocument(ctx: AppContext, actor: Actor, documentId: string): Promise<AppResult<LiaisonDocument>> {
  const document = isUuid(documentId) ? await findDocument(actor.sql, documentId, ctx.scheme) : undefined;
  if (!document || !canRead(actor.reader, accessFactsOf(document))) return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
  const isOriginator =
    document.drafterId === actor.person.id || (actor.reader.isRegistryClerk && actor.person.party === document.originator);
  if (!isOriginator) return fail('FORBIDDEN', "only the originator (its drafter or registry) sees a document's variation points");
  return succeed(document);
}

export function getVariationPoints(ctx: AppContext, caller: Caller, documentId: string): Promise<AppResult<VariationPoints>> {
  return withActor<VariationPoints>(ctx, caller, async (actor) => {
    const document = await originatorDocument(ctx, actor, documentId);
    if (!document.ok) return document;
    const fingerprint = await findFingerprint(actor.sql, documentId);
    if (!fingerprint) throw new Error(`document ${documentId} has no fingerprint`);
    return succeed({ document: document.value, points: fingerprint.points, excluded: new Set(fingerprint.excluded) });
  });
}

export function setExcludedPoints(
  ctx: AppContext,
  caller: Caller,
  documentId: string,
  excluded: readonly string[],
): Promise<AppResult<VariationPoints>> {
  return withActor<VariationPoints>(ctx, caller, async (actor) => {
    const document = await originatorDocument(ctx, actor, documentId);
    if (!document.ok) return document;
    const fingerprint = await findFingerprint(actor.sql, documentId);
    if (!fingerprint) throw new Error(`document ${documentId} has no fingerprint`);
    const known = new Set(fingerprint.points.map((point) => point.id));
    const unknown = excluded.find((id) => !known.has(id));
    if (unknown !== undefined)
      return fail('INVALID_INPUT', `excluded: '${unknown}' is not a variation point of this document`, { field: 'excluded' });
    const unique = [...new Set(excluded)].sort();
    await updateFingerprint(actor.sql, documentId, { excluded: unique, at: ctx.now() });
    await actor.audit({
      action: 'document.variation-points',
      target: { kind: 'document', id: documentId },
      decision: 'done',
      details: { excluded: unique.length, of: known.size },
    });
    return succeed({ document: document.value, points: fingerprint.points, excluded: new Set(unique) });
  });
}
