/**
 * For security officers: "who can read this, and why?" and "why can't X read this?", answered by the
 * policy module itself. An officer asks only about a document they can read (otherwise it does not
 * exist for them either), and asks why about their own party's people only.
 */
import { accessFactsOf } from '../../core/document/document.rules.js';
import { canRead, decideRead, explainDenial, type ReadGrant } from '../../core/policy/policy.js';
import { toReader, type Person } from '../../core/person/person.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument } from '../../db/document.repository.js';
import { findPersonByUsername, listPeople } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor, type Actor } from '../with-actor.js';
import type { LiaisonDocument } from '../../core/document/document.js';

export interface Reading {
  readonly person: Person;
  readonly via: ReadGrant;
}

export interface Explanation {
  readonly person: Person;
  readonly canRead: boolean;
  readonly via: ReadGrant | null;
  readonly rule: string | null;
  readonly explanation: string;
}

async function documentForOfficer(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<AppResult<LiaisonDocument>> {
  if (!actor.person.roles.includes('security-officer') || actor.person.status !== 'active')
    return fail('PERSONNEL_NOT_AUTHORISED', 'only a security officer asks who can read a document');
  const document = isUuid(id) ? await findDocument(actor.sql, id, ctx.scheme) : undefined;
  if (!document || !canRead(actor.reader, accessFactsOf(document)))
    return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
  return succeed(document);
}

export function listReaders(
  ctx: AppContext,
  caller: Caller,
  documentId: string,
): Promise<AppResult<Reading[]>> {
  return withActor<Reading[]>(ctx, caller, async (actor) => {
    const document = await documentForOfficer(ctx, actor, documentId);
    if (!document.ok) return document;
    const facts = accessFactsOf(document.value);
    const readers: Reading[] = [];
    for (const person of await listPeople(actor.sql)) {
      const decision = decideRead(toReader(person), facts);
      if (decision.allowed) readers.push({ person, via: decision.via });
    }
    await actor.audit({
      action: 'access.readers',
      target: { kind: 'document', id: documentId },
      decision: 'granted',
      details: { readers: readers.length },
    });
    return succeed(readers);
  });
}

export function explainReader(
  ctx: AppContext,
  caller: Caller,
  documentId: string,
  username: string,
): Promise<AppResult<Explanation>> {
  return withActor<Explanation>(ctx, caller, async (actor) => {
    const document = await documentForOfficer(ctx, actor, documentId);
    if (!document.ok) return document;
    const subject = await findPersonByUsername(actor.sql, username);
    if (!subject) return fail('NOT_FOUND', `no person '${username}'`);
    if (subject.party !== actor.person.party)
      return fail(
        'PERSONNEL_NOT_AUTHORISED',
        `only ${subject.party}'s security officers see why ${username} can or cannot read`,
      );
    const facts = accessFactsOf(document.value);
    const reader = toReader(subject);
    const decision = decideRead(reader, facts);
    await actor.audit({
      action: 'access.explain',
      target: { kind: 'document', id: documentId },
      decision: 'granted',
      rule: decision.allowed ? decision.via : decision.rule,
      details: { username },
    });
    return succeed({
      person: subject,
      canRead: decision.allowed,
      via: decision.allowed ? decision.via : null,
      rule: decision.allowed ? null : decision.rule,
      explanation: decision.allowed
        ? describeGrant(decision.via)
        : explainDenial(decision.rule, reader, facts, ctx.scheme),
    });
  });
}

function describeGrant(via: ReadGrant): string {
  switch (via) {
    case 'drafter':
      return 'drafted it';
    case 'registry':
      return "holds the originator's registry copy";
    case 'person':
      return 'it was disseminated to them';
    case 'office':
      return 'it was disseminated to their office';
    case 'party':
      return 'it was disseminated to their party';
  }
}
