/**
 * Each document's fingerprint: a secret key, made with the draft, and the variation points of its
 * text, found again whenever a draft's text changes (points the originator excluded stay excluded if
 * they still exist). Issuing freezes them: the database refuses any change to an issued document's.
 */
import type { DistributionEntry } from '../../core/document/document.js';
import { expandCopies } from '../../core/dissemination/copy.js';
import { findVariationPoints } from '../../core/fingerprint/index.js';
import type { Sql } from '../../db/database.js';
import { findFingerprint, insertCopies, insertFingerprint, updateFingerprint } from '../../db/copy.repository.js';
import type { AppContext } from '../context.js';

export const FINGERPRINT_KEY_BYTES = 32;

export async function fingerprintNewDraft(ctx: AppContext, sql: Sql, documentId: string, body: string): Promise<void> {
  await insertFingerprint(sql, documentId, {
    key: ctx.randomBytes(FINGERPRINT_KEY_BYTES),
    points: findVariationPoints(body),
    excluded: [],
  });
}

export async function refingerprintDraft(ctx: AppContext, sql: Sql, documentId: string, body: string): Promise<void> {
  const existing = await findFingerprint(sql, documentId);
  if (!existing) return fingerprintNewDraft(ctx, sql, documentId, body);
  const points = findVariationPoints(body);
  const ids = new Set(points.map((point) => point.id));
  await updateFingerprint(sql, documentId, { points, excluded: existing.excluded.filter((id) => ids.has(id)), at: ctx.now() });
}

/** One numbered copy per slot of the given distribution rows. */
export async function makeCopies(
  ctx: AppContext,
  sql: Sql,
  documentId: string,
  rows: readonly { id: string; entry: DistributionEntry }[],
): Promise<number[]> {
  const slots = expandCopies(rows.map((row) => ({ ...row, copies: row.entry.copies })));
  const at = ctx.now();
  return insertCopies(
    sql,
    slots.map((slot) => ({ id: ctx.newId(), documentId, disseminationId: slot.id, holder: slot.entry.target, createdAt: at })),
  );
}
