/**
 * The leak of the 1944 demo: a newspaper article quoting, retyped, the Ambassador's third copy of the
 * memorandum of conversation of June 26 (seed 001) — as the Soviet proposals of the memorandum itself
 * "leaked out to the press". It is filed by the embassy's registry as an unclassified press cutting;
 * pasting it into the trace page names the copy it came from.
 */
import type { AppContext } from '../app/context.js';
import { createDraft } from '../app/documents/create-draft.js';
import { issueDocument } from '../app/documents/issue-document.js';
import { renderCopyText } from '../app/documents/view-for.js';
import { countCopies, listCopies } from '../db/copy.repository.js';
import { findDocument } from '../db/document.repository.js';

export const PRESS_CUTTING_TITLE = 'Press cutting: "Stalin doubts Allied secrecy" (New York Herald Tribune, July 3, 1944)';
/** The copy the press quotes. */
export const LEAKED_COPY_NUMBER = 3;

/** What a typist retyping a copy loses: invisible marks, no-break spaces, curly quotes. */
export function retype(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
}

export async function loadPressCutting1944(
  ctx: AppContext,
  ids: { readonly people: ReadonlyMap<string, string>; readonly documents: ReadonlyMap<string, string> },
): Promise<string> {
  const memconId = ids.documents.get('seed-001-conversation');
  const page = ids.people.get('page');
  if (!memconId || !page) throw new Error('the press cutting needs the memorandum of conversation and Page');
  const leakedText = await ctx.db.asSystem(async (sql) => {
    const memcon = await findDocument(sql, memconId, ctx.scheme);
    const copy = (await listCopies(sql, memconId)).find((candidate) => candidate.number === LEAKED_COPY_NUMBER);
    if (!memcon || !copy) throw new Error('no third copy of the memorandum of conversation');
    return renderCopyText(sql, memcon, copy.number, await countCopies(sql, memconId));
  });
  // The article quotes, retyped, the end of the first paragraph of the conversation and the whole of the
  // second and third: some 500 words, about what the tracing needs to accuse one copy at 1 in a million.
  const paragraphs = retype(leakedText).split(/\n\s*\n/);
  const first = (paragraphs[0] ?? '').split('. ');
  const quoted = [`... ${first.slice(-5).join('. ')}`, paragraphs[1] ?? '', paragraphs[2] ?? ''];
  const body = [
    'MOSCOW, July 2 (delayed). Marshal Stalin told the American Ambassador last week that he was not always sure secrets would be kept by the Western Allies, according to an account of the conversation seen by this correspondent. The account, a memorandum prepared at the American Embassy, reads in part:',
    ...quoted.map((paragraph) => `"${paragraph}"`),
    'Neither the Embassy nor the Soviet Foreign Commissariat would comment.',
  ].join('\n\n');
  const at = new Date('1944-07-04T09:00:00Z');
  const then: AppContext = { ...ctx, now: () => at };
  const caller = { personId: page, address: null };
  const draft = await createDraft(then, caller, {
    kind: 'memorandum',
    title: PRESS_CUTTING_TITLE,
    body,
    dated: '1944-07-03',
    reference: 'Press file',
    fields: { subject: 'Press leak of the Stalin–Harriman conversation of June 26' },
    marking: 'UNCLASSIFIED',
    distribution: [{ party: 'USA' }],
  });
  if (!draft.ok) throw new Error(`press cutting: ${draft.message}`);
  const issued = await issueDocument(then, caller, draft.value.document.id);
  if (!issued.ok) throw new Error(`press cutting: ${issued.message}`);
  return issued.value.document.id;
}
