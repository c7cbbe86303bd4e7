/**
 * Stores an archive record (a file such as the 1944 seeds) as a document of the importing person:
 * its text, date, form, subject and participants, under the marking it bears or the one given.
 */
import type { ArchiveRecord } from '../../core/archive/archive-record.parse.js';
import { fail, succeed } from '../../core/result.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { createDraft } from './create-draft.js';
import { issueDocument } from './issue-document.js';
import type { DocumentView } from './document-view.js';
import { prepareDraft, type DraftInput, type RecipientInput } from './prepare-draft.js';
import { withActor } from '../with-actor.js';

type ImportOptions = { marking?: string; distribution: readonly RecipientInput[]; issue: boolean };

function draftInputOf(record: ArchiveRecord, options: ImportOptions): AppResult<DraftInput> {
  const marking = options.marking ?? record.classification;
  if (!marking)
    return fail(
      'INVALID_INPUT',
      'marking: the record bears no classification line; give one with --marking',
      { field: 'marking' },
    );
  return succeed({
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
}

/**
 * Checks a batch before any of it is stored: every record must make a draft the importing person may
 * write (content, marking in their words, recipients). The first refusal is returned, with its index.
 */
export function checkRecords(
  ctx: AppContext,
  caller: Caller,
  records: readonly ArchiveRecord[],
  options: ImportOptions,
): Promise<AppResult<void> & { index?: number }> {
  return withActor<void>(ctx, caller, async (actor) => {
    for (const [index, record] of records.entries()) {
      const input = draftInputOf(record, options);
      const prepared = input.ok ? await prepareDraft(ctx, actor, input.value) : input;
      if (!prepared.ok) return { ...prepared, index };
    }
    return succeed(undefined);
  });
}

export async function importRecord(
  ctx: AppContext,
  caller: Caller,
  record: ArchiveRecord,
  options: ImportOptions,
): Promise<AppResult<DocumentView>> {
  const input = draftInputOf(record, options);
  if (!input.ok) return input;
  const draft = await createDraft(ctx, caller, input.value);
  if (!draft.ok || !options.issue) return draft;
  return issueDocument(ctx, caller, draft.value.document.id);
}
