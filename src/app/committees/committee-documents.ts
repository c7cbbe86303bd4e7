/**
 * Committee texts are documents: each version of minutes, a recommendation or a proposal is issued,
 * EMBARGO UNTIL AGREED, to the parties' negotiating delegations; the agreed text is issued without the
 * embargo to its wider distribution. Both go through the document machinery (prepareDraft's checks,
 * the registry number, the fingerprint and numbered copies, row-level security) inside the acting
 * person's own transaction.
 */
import type { DocumentKind, LiaisonDocument } from '../../core/document/document.js';
import { buildMarking, type Marking } from '../../core/marking/marking.js';
import { parseMarking } from '../../core/marking/marking.parse.js';
import { renderBanner } from '../../core/marking/marking.render.js';
import { bannerNameOf } from '../../core/person/person.js';
import { fail, succeed } from '../../core/result.js';
import {
  findDocument,
  insertDisseminations,
  insertDocument,
  listDisseminationRows,
  markIssued,
  nextRegistryNumber,
} from '../../db/document.repository.js';
import { listUsernames } from '../../db/person.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { fingerprintNewDraft, makeCopies } from '../documents/fingerprint-document.js';
import { prepareDraft, type RecipientInput } from '../documents/prepare-draft.js';
import type { Actor } from '../with-actor.js';

export interface CommitteeDocumentInput {
  readonly kind: Extract<DocumentKind, 'minutes' | 'recommendation' | 'proposal'>;
  readonly title: string;
  readonly body: string;
  readonly reference: string;
  readonly subject: string;
  /** In the author's own words (vocabulary = their party). */
  readonly marking: Marking;
  /** The negotiating delegations, when the document is embargoed until agreed. */
  readonly embargoedFor: readonly string[] | null;
  readonly distribution: readonly RecipientInput[];
}

/** Drafts and issues a document as the acting person, in their transaction. */
export async function issueCommitteeDocument(
  ctx: AppContext,
  actor: Actor,
  input: CommitteeDocumentInput,
): Promise<AppResult<LiaisonDocument>> {
  const marking: Marking = { ...input.marking, embargoUntilAgreed: input.embargoedFor !== null };
  const now = ctx.now();
  const prepared = await prepareDraft(ctx, actor, {
    kind: input.kind,
    title: input.title,
    body: input.body,
    dated: now.toISOString().slice(0, 10),
    reference: input.reference,
    fields: { subject: input.subject },
    marking: renderBanner(marking, ctx.scheme),
    negotiatingOffices: input.embargoedFor ?? [],
    distribution: input.distribution,
  });
  if (!prepared.ok) return prepared;
  const draft = prepared.value;
  const id = ctx.newId();
  await insertDocument(actor.sql, {
    id,
    kind: draft.kind,
    title: draft.title,
    body: draft.body,
    fields: draft.fields,
    dated: draft.dated,
    reference: draft.reference,
    originator: actor.person.party,
    drafterId: actor.person.id,
    marking: draft.marking,
    banner: draft.banner,
    personalFor: draft.personalFor,
    negotiatingOffices: draft.negotiatingOffices,
    createdAt: now,
  });
  await fingerprintNewDraft(ctx, actor.sql, id, draft.body);
  await insertDisseminations(
    actor.sql,
    id,
    draft.distribution.map((entry) => ({ ...entry, id: ctx.newId() })),
    { personId: actor.person.id, at: now },
  );
  const registryNumber = await nextRegistryNumber(actor.sql, actor.person.party, now.getUTCFullYear());
  if (!(await markIssued(actor.sql, { id, registryNumber, issuedAt: now })))
    throw new Error(`committee document ${id} could not be issued`);
  const copies = await makeCopies(ctx, actor.sql, id, await listDisseminationRows(actor.sql, id));
  const issued = await findDocument(actor.sql, id, ctx.scheme);
  if (!issued) throw new Error(`committee document ${id} not readable by its drafter after issue`);
  await actor.audit({
    action: 'document.issue',
    target: { kind: 'document', id },
    decision: 'done',
    details: {
      registryNumber,
      banner: issued.banner,
      recipients: issued.distribution.length,
      copies: copies.length,
      committee: true,
    },
  });
  return succeed(issued);
}

/** Parses a banner the author gave for committee business, as prepareDraft would. */
export async function parseAuthorMarking(
  ctx: AppContext,
  actor: Actor,
  banner: string,
): Promise<AppResult<Marking>> {
  const usernames = await listUsernames(actor.sql);
  const parsed = parseMarking(banner, ctx.scheme, {
    party: actor.person.party,
    knownNames: new Set(usernames.map((username) => bannerNameOf({ username }))),
    visibleCompartments: new Set(actor.person.compartments),
  });
  if (!parsed.ok) return { ...parsed, field: 'marking', message: `marking: ${parsed.message}` };
  return parsed;
}

/** The same marking in another party's words; refused when that party has no word for its level. */
export function inWordsOf(ctx: AppContext, marking: Marking, party: string): AppResult<Marking> {
  if (!ctx.scheme.parties.get(party)?.nameByRank.has(marking.level))
    return fail(
      'MARKING_LEVEL_NOT_IN_VOCABULARY',
      `marking: ${party} has no word for this level; give a marking`,
      {
        field: 'marking',
      },
    );
  return succeed(
    buildMarking({
      level: marking.level,
      vocabulary: party,
      compartments: marking.compartments,
      releasability: marking.releasability,
      orcon: marking.orcon,
      personalFor: marking.personalFor,
      embargoUntilAgreed: marking.embargoUntilAgreed,
    }),
  );
}
