/**
 * What a notification stream may tell a person about a document that reached new readers: its title
 * and banner, if, now, they may read it; otherwise nothing at all. Decided afresh for every event, so a
 * revocation applies to the very next one.
 */
import { accessFactsOf } from '../../core/document/document.rules.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument, listRecallNotices } from '../../db/document.repository.js';
import type { RecallNotice } from '../../core/document/document.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';

export interface DocumentNotice {
  readonly id: string;
  readonly title: string;
  readonly banner: string;
  readonly registryNumber: string | null;
  readonly originator: string;
}

export function noticeFor(
  ctx: AppContext,
  caller: Caller,
  documentId: string,
): Promise<AppResult<DocumentNotice>> {
  return withActor<DocumentNotice>(ctx, caller, async (actor) => {
    const document = await findDocument(actor.sql, documentId, ctx.scheme);
    if (!document || !canRead(actor.reader, accessFactsOf(document)) || document.state !== 'issued')
      return fail('NOT_FOUND', 'nothing to tell');
    await actor.audit({
      action: 'document.notify',
      target: { kind: 'document', id: documentId },
      decision: 'granted',
    });
    return succeed({
      id: document.id,
      title: document.title,
      banner: document.banner,
      registryNumber: document.registryNumber,
      originator: document.originator,
    });
  });
}

/** Whether a person may still hold a stream open: they exist and are not suspended. */
export function isStillActive(ctx: AppContext, caller: Caller): Promise<boolean> {
  return withActor<boolean>(ctx, caller, (actor) =>
    Promise.resolve(succeed(actor.person.status === 'active')),
  ).then((result) => result.ok && result.value);
}

/** Whether to tell a person of a recall: only if they could read the document before it. */
export function recallNoticeFor(ctx: AppContext, caller: Caller, documentId: string): Promise<AppResult<RecallNotice>> {
  return withActor<RecallNotice>(ctx, caller, async (actor) => {
    const [notice] = await listRecallNotices(actor.sql, documentId);
    return notice ? succeed(notice) : fail('NOT_FOUND', 'nothing to tell');
  });
}
