/**
 * Stores an archive record (a file such as the 1944 seeds) as a document of the importing person:
 * its text, date, form, subject and participants, under the marking it bears or the one given.
 */
import type { ArchiveRecord } from '../../core/archive/archive-record.parse.js';
import { fail } from '../../core/result.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { createDraft } from './create-draft.js';
import { issueDocument } from './issue-document.js';
import type { DocumentView } from './document-view.js';
import type { RecipientInput } from './prepare-draft.js';

export async function importRecord(
  ctx: AppContext,
  caller: Caller,
  record: ArchiveRecord,
  options: { marking?: string; distribution: readonly RecipientInput[]; issue: boolean },
): Promise<AppResult<DocumentView>> {
  const marking = options.marking ?? record.classification;
  if (!marking)
    return fail(
      'INVALID_INPUT',
      'marking: the record bears no classification line; give one with --marking',
      { field: 'marking' },
    );
  const draft = await createDraft(ctx, caller, {
    kind: record.kind,
    title: record.title,
    body: record.body,
    dated: record.dated,
    reference: record.reference,
    fields: {
      ...(record.subject ? { subject: record.subject } : {}),
      ...(record.participants.length > 0 ? { participants: record.participants } : {}),
    },
    marking,
    distribution: options.distribution,
  });
  if (!draft.ok || !options.issue) return draft;
  return issueDocument(ctx, caller, draft.value.document.id);
}
