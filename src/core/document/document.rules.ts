/**
 * The rules of drafting, issuing and disseminating, as pure decisions. The use cases in src/app load
 * the facts, ask these functions, and save; the database checks the essentials again.
 */
import { nameOfRank, type ClassificationScheme, type PartyCode } from '../marking/scheme.js';
import type { Marking } from '../marking/marking.js';
import {
  decideRead,
  explainDenial,
  isReleasableTo,
  type AccessFacts,
  type Reader,
} from '../policy/policy.js';
import { fail, succeed, type Result } from '../result.js';
import {
  isDocumentKind,
  type DocumentContent,
  type DocumentFields,
  type DistributionEntry,
  type LiaisonDocument,
} from './document.js';

export type DocumentErrorCode =
  | 'DOCUMENT_INVALID'
  | 'MARKING_NOT_PERMITTED'
  | 'DOCUMENT_NOT_DRAFT'
  | 'DOCUMENT_RECALLED'
  | 'DOCUMENT_NO_DISTRIBUTION'
  | 'DISSEMINATION_NOT_PERMITTED'
  | 'DISSEMINATION_NOT_RELEASABLE'
  | 'DISSEMINATION_RECIPIENT_CANNOT_READ'
  | 'DISSEMINATION_DUPLICATE';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const GRADE_RELIABILITY = /^[A-F]$/;
const GRADE_CREDIBILITY = /^[1-6]$/;

/** Checks a draft's content; every problem is named with its field. */
export function validateContent(content: DocumentContent): Result<DocumentContent, DocumentErrorCode> {
  const problem = (field: string, message: string) =>
    fail('DOCUMENT_INVALID', `${field}: ${message}`, { field });
  if (!isDocumentKind(content.kind)) return problem('kind', `unknown kind '${String(content.kind)}'`);
  const title = content.title.trim();
  if (title === '') return problem('title', 'a document needs a title');
  if (title.length > 300) return problem('title', 'longer than 300 characters');
  if (content.body.length > 1_000_000) return problem('body', 'longer than 1,000,000 characters');
  if (
    !DATE.test(content.dated) ||
    Number.isNaN(Date.parse(`${content.dated}T00:00:00Z`)) ||
    new Date(`${content.dated}T00:00:00Z`).toISOString().slice(0, 10) !== content.dated
  )
    return problem('dated', `'${content.dated}' is not a calendar date (YYYY-MM-DD)`);
  if (content.reference.length > 100) return problem('reference', 'longer than 100 characters');
  const fields: DocumentFields = content.fields;
  if (content.kind === 'intelligence-report') {
    if (!fields.source?.trim()) return problem('fields.source', 'an intelligence report names its source');
    if (!fields.reliability || !GRADE_RELIABILITY.test(fields.reliability))
      return problem('fields.reliability', 'source reliability is graded A to F');
    if (!fields.credibility || !GRADE_CREDIBILITY.test(fields.credibility))
      return problem('fields.credibility', 'information credibility is graded 1 to 6');
  }
  if (content.kind === 'memorandum-of-conversation' && (fields.participants?.length ?? 0) === 0)
    return problem('fields.participants', 'a memorandum of conversation lists who was present');
  return succeed({ ...content, title });
}

/** An author may apply only a marking within their own clearance and read-ins, in their party's words. */
export function checkMarkingApplicable(
  author: Reader,
  marking: Marking,
  scheme: ClassificationScheme,
): Result<Marking, DocumentErrorCode> {
  if (marking.level > author.clearance)
    return fail(
      'MARKING_NOT_PERMITTED',
      `your clearance (${nameOfRank(scheme, author.clearance)}) does not allow marking a document ${nameOfRank(scheme, marking.level)}`,
      { field: 'marking' },
    );
  const missing = marking.compartments.filter((compartment) => !author.compartments.has(compartment));
  if (missing.length > 0)
    return fail('MARKING_NOT_PERMITTED', `you are not read into ${missing.join(', ')}`, { field: 'marking' });
  if (marking.vocabulary !== author.party)
    return fail('MARKING_NOT_PERMITTED', `the level must be given in ${author.party}'s words`, {
      field: 'marking',
    });
  return succeed(withOriginatorReleasable(marking, author.party));
}

/** A REL TO list always includes the originator; a list of the originator alone is NOFORN. */
export function withOriginatorReleasable(marking: Marking, originator: PartyCode): Marking {
  const releasability = marking.releasability;
  if (releasability.kind !== 'rel-to') return marking;
  const parties = releasability.parties.includes(originator)
    ? releasability.parties
    : [originator, ...releasability.parties];
  if (parties.length === 1) return { ...marking, releasability: { kind: 'noforn' } };
  return {
    ...marking,
    releasability: {
      kind: 'rel-to',
      parties: [originator, ...parties.filter((p) => p !== originator).sort()],
    },
  };
}

export function checkIssuable(
  document: LiaisonDocument,
  issuer: Reader,
): Result<LiaisonDocument, DocumentErrorCode> {
  if (document.state !== 'draft') return fail('DOCUMENT_NOT_DRAFT', 'the document is already issued');
  if (document.drafterId !== issuer.id) return fail('DOCUMENT_NOT_DRAFT', 'only the drafter issues a draft');
  if (document.distribution.length === 0)
    return fail(
      'DOCUMENT_NO_DISTRIBUTION',
      'a document is issued to a distribution: add at least one recipient',
      {
        field: 'distribution',
      },
    );
  return succeed(document);
}

/** Whether this reader may add recipients: the originator anywhere; others within their own party unless ORCON. */
export function checkMayDisseminate(
  reader: Reader,
  document: LiaisonDocument,
  targetParty: PartyCode,
): Result<true, DocumentErrorCode> {
  const isOriginator =
    reader.id === document.drafterId || (reader.isRegistryClerk && reader.party === document.originator);
  if (isOriginator) return succeed(true);
  if (document.state === 'draft')
    return fail('DISSEMINATION_NOT_PERMITTED', 'only the drafter distributes a draft');
  if (document.marking.orcon)
    return fail(
      'DISSEMINATION_NOT_PERMITTED',
      'the document is ORCON: only its originator may disseminate it further',
    );
  if (targetParty !== reader.party)
    return fail(
      'DISSEMINATION_NOT_PERMITTED',
      `only the originator (${document.originator}) disseminates to another party; you may pass it on within ${reader.party}`,
    );
  return succeed(true);
}

/**
 * Checks one recipient against the marking before they are added. A party must be releasable; a person
 * must be able to read the document once they hold it (clearance, read-ins, PERSONAL FOR, embargo).
 */
export function checkRecipient(
  document: AccessFacts,
  recipient: { readonly label: string; readonly party: PartyCode; readonly reader?: Reader },
  scheme: ClassificationScheme,
): Result<true, DocumentErrorCode> {
  if (!isReleasableTo(recipient.party, document))
    return fail(
      'DISSEMINATION_NOT_RELEASABLE',
      `${recipient.label}: the marking does not release the document to ${recipient.party}`,
    );
  if (recipient.reader) {
    const holding = {
      ...document,
      issued: true,
      disseminatedTo: { ...document.disseminatedTo, persons: new Set([recipient.reader.id]) },
    };
    const decision = decideRead(recipient.reader, holding);
    if (!decision.allowed)
      return fail(
        'DISSEMINATION_RECIPIENT_CANNOT_READ',
        `${recipient.label} could not read it: ${explainDenial(decision.rule, recipient.reader, holding, scheme)}`,
      );
  }
  return succeed(true);
}

export function accessFactsOf(document: LiaisonDocument): AccessFacts {
  const persons = new Set<string>();
  const offices = new Set<string>();
  const parties = new Set<string>();
  for (const entry of document.distribution) {
    if (entry.target.kind === 'person') persons.add(entry.target.personId);
    if (entry.target.kind === 'office') offices.add(entry.target.officeId);
    if (entry.target.kind === 'party') parties.add(entry.target.party);
  }
  return {
    originator: document.originator,
    drafterId: document.drafterId,
    issued: document.state === 'issued',
    recalled: document.recall !== null,
    marking: document.marking,
    personalFor: new Set(document.personalFor),
    negotiatingOffices: new Set(document.negotiatingOffices),
    disseminatedTo: { persons, offices, parties },
  };
}

/**
 * The distribution block printed on every copy, in the 1944 manner: "Copy to General Deane",
 * "3 copies to Ambassador".
 */
export function renderDistributionBlock(
  entries: readonly DistributionEntry[],
  nameOf: (entry: DistributionEntry) => string,
): string[] {
  return entries.map((entry) =>
    entry.copies === 1 ? `Copy to ${nameOf(entry)}` : `${entry.copies} copies to ${nameOf(entry)}`,
  );
}
