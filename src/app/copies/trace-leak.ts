/**
 * Traces a leaked text to the copies it came from, among the documents the person answers for (as the
 * originator's drafter, registry clerk or security officer, of documents they can read): which document,
 * which copies ranked by score, and the bound on the probability that an innocent copy is accused.
 * Nobody is accused when the evidence is too weak. Every trace is audited.
 */
import type { LiaisonDocument } from '../../core/document/document.js';
import { accessFactsOf } from '../../core/document/document.rules.js';
import { answersForCopies, isFingerprinted, type DocumentCopy } from '../../core/dissemination/copy.js';
import { matchDocument, traceCopies, type TraceResult } from '../../core/fingerprint/index.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { countCopies, findFingerprint, listCopies } from '../../db/copy.repository.js';
import { findDocument } from '../../db/document.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { loadDirectoryFor, type Directory } from '../documents/document-view.js';
import { withActor } from '../with-actor.js';
import { loadPeopleOfCopies } from './copy-people.js';

export const MAX_LEAK_LENGTH = 200_000;
/** Below this share of the excerpt's word triples found in a document, it is not that document's. */
export const MATCH_THRESHOLD = 0.3;

export interface TraceReport {
  readonly document: LiaisonDocument | null;
  readonly similarity: number;
  readonly copyCount: number;
  readonly observedPoints: number;
  readonly suspects: readonly { copy: DocumentCopy; score: number; pValue: number }[];
  readonly ranking: readonly { copy: DocumentCopy; score: number }[];
  readonly falseAccusationBound: number;
  readonly directory: Directory;
}

export function traceLeak(ctx: AppContext, caller: Caller, leaked: string): Promise<AppResult<TraceReport>> {
  return withActor<TraceReport>(ctx, caller, async (actor) => {
    const person = actor.person;
    if (leaked.trim() === '') return fail('INVALID_INPUT', 'text: paste the leaked text', { field: 'text' });
    if (leaked.length > MAX_LEAK_LENGTH) return fail('INVALID_INPUT', `text: at most ${MAX_LEAK_LENGTH} characters`, { field: 'text' });
    const candidateIds = await traceableDocumentIds(actor.sql, person.id, person.party, person.roles);
    if (!person.roles.includes('registry-clerk') && !person.roles.includes('security-officer') && candidateIds.length === 0) {
      await actor.audit({ action: 'copy.trace', target: null, decision: 'refused', rule: 'not-entitled' });
      return fail('FORBIDDEN', "only a document's drafter, and its party's registry and security officers, trace leaks");
    }
    const candidates: LiaisonDocument[] = [];
    for (const id of candidateIds) {
      const document = await findDocument(actor.sql, id, ctx.scheme);
      if (document && canRead(actor.reader, accessFactsOf(document)) && answersForCopies(person, document)) candidates.push(document);
    }
    // Unclassified texts are public and not fingerprinted: a classified document is what leaks. The most similar candidates
    // are tried in turn (a press cutting quoting a memorandum matches both); the first whose copies
    // the text accuses is the answer, else the most similar.
    const matches = matchDocument(
      leaked,
      candidates.filter(isFingerprinted).map((document) => ({ id: document.id, text: document.body })),
    ).filter((match) => match.similarity >= MATCH_THRESHOLD);
    const best = matches[0];
    const empty = { similarity: best?.similarity ?? 0, copyCount: 0, observedPoints: 0, suspects: [], ranking: [], falseAccusationBound: 0 };
    if (!best) {
      await actor.audit({ action: 'copy.trace', target: null, decision: 'done', details: { matched: false, length: leaked.length } });
      return succeed({ document: null, ...empty, directory: { people: new Map(), offices: new Map() } });
    }
    let chosen: { document: LiaisonDocument; similarity: number; copies: DocumentCopy[]; copyCount: number; traced: TraceResult } | undefined;
    for (const match of matches.slice(0, 3)) {
      const document = candidates.find((candidate) => candidate.id === match.id);
      const fingerprint = document ? await findFingerprint(actor.sql, document.id) : undefined;
      const copyCount = document ? await countCopies(actor.sql, document.id) : 0;
      if (!document || !fingerprint || copyCount === 0) continue;
      const traced = traceCopies({
        leaked,
        text: document.body,
        points: fingerprint.points,
        excluded: new Set(fingerprint.excluded),
        key: fingerprint.key,
        copyCount,
      });
      if (!traced.ok) return fail('INVALID_INPUT', `text: ${traced.message}`, { field: 'text' });
      const candidate = { document, similarity: match.similarity, copies: await listCopies(actor.sql, document.id), copyCount, traced: traced.value };
      chosen ??= candidate;
      if (traced.value.suspects.length > 0) {
        chosen = candidate;
        break;
      }
    }
    if (!chosen) {
      const document = candidates.find((candidate) => candidate.id === best.id) ?? null;
      await actor.audit({ action: 'copy.trace', target: document && { kind: 'document', id: document.id }, decision: 'done', details: { copies: 0 } });
      return succeed({ document, ...empty, directory: document ? await loadDirectoryFor(actor.sql, [document]) : { people: new Map(), offices: new Map() } });
    }
    const { document, copies, copyCount } = chosen;
    const byNumber = new Map(copies.map((copy) => [copy.number, copy]));
    const suspects = chosen.traced.suspects.flatMap((suspect) => {
      const copy = byNumber.get(suspect.copyNumber);
      return copy ? [{ copy, score: suspect.score, pValue: suspect.pValue }] : [];
    });
    const ranking = chosen.traced.ranking.flatMap((entry) => {
      const copy = byNumber.get(entry.copyNumber);
      return copy ? [{ copy, score: entry.score }] : [];
    });
    await actor.audit({
      action: 'copy.trace',
      target: { kind: 'document', id: document.id },
      decision: 'done',
      details: {
        similarityPerMille: Math.round(chosen.similarity * 1000),
        observedPoints: chosen.traced.observedPoints,
        accused: suspects.map((suspect) => suspect.copy.number),
      },
    });
    return succeed({
      document,
      similarity: chosen.similarity,
      copyCount,
      observedPoints: chosen.traced.observedPoints,
      suspects,
      ranking,
      falseAccusationBound: chosen.traced.falseAccusationBound,
      directory: await loadPeopleOfCopies(actor.sql, await loadDirectoryFor(actor.sql, [document]), copies),
    });
  });
}

async function traceableDocumentIds(
  sql: Parameters<typeof findDocument>[0],
  personId: string,
  party: string,
  roles: readonly string[],
): Promise<string[]> {
  const officerOrRegistry = roles.includes('registry-clerk') || roles.includes('security-officer');
  const rows = await sql.query<{ id: string }>(
    `SELECT id FROM documents WHERE state = 'issued' AND (drafter_id = $1 OR ($2::boolean AND originator = $3)) ORDER BY issued_at DESC LIMIT 5000`,
    [personId, officerOrRegistry, party],
  );
  return rows.map((row) => row.id);
}
