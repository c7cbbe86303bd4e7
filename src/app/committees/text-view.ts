/**
 * A negotiated text as a reader sees it: the versions they may read (each a document, read in full
 * through the documents API in their own copy), who has consented to what, the issued text, and, for a
 * recommendation, each party's chiefs' response.
 */
import { memberPartyOf, partiesOf } from '../../core/committee/committee.js';
import {
  textStatus,
  type CommitteeTextKind,
  type TextStatus,
  type VersionKind,
} from '../../core/committee/committee-text.js';
import { awaitingConsent, type Negotiation } from '../../core/committee/negotiated-text.js';
import type { RecommendationResponse } from '../../core/committee/recommendation.js';
import type { LiaisonDocument } from '../../core/document/document.js';
import type { TextRecord } from '../../db/committee-text.repository.js';
import type { AppContext } from '../context.js';
import type { Actor } from '../with-actor.js';
import type { LoadedCommittee } from './committee-context.js';
import { listTranslations, type TranslationRecord } from '../../db/translation.repository.js';
import { loadNames, readableDocuments, type Names, type PersonRef } from './committee-view.js';

export interface DocumentRef {
  readonly id: string;
  readonly title: string;
  readonly banner: string;
  readonly registryNumber: string | null;
  readonly issuedAt: Date | null;
  /** Its translations (GET /api/documents/{id}/translations); the document itself is authoritative. */
  readonly translations: readonly { readonly language: string; readonly translator: PersonRef }[];
}

export interface TextView {
  readonly id: string;
  readonly committeeId: string;
  readonly kind: CommitteeTextKind;
  readonly title: string;
  readonly status: TextStatus;
  readonly meetingId: string | null;
  readonly currentVersion: number;
  readonly versions: readonly {
    readonly version: number;
    readonly document: DocumentRef;
    readonly author: PersonRef;
    readonly party: string;
    readonly kind: VersionKind;
    readonly note: string;
    readonly createdAt: Date;
    readonly consents: readonly { readonly party: string; readonly by: PersonRef; readonly at: Date }[];
  }[];
  /** Parties yet to consent to the current version (empty once agreed). */
  readonly awaiting: readonly string[];
  readonly issuedDocument: DocumentRef | null;
  /** A recommendation's addressees, each party's chiefs, with their response once given. */
  readonly addressedTo: readonly {
    readonly party: string;
    readonly chiefsOffice: { readonly id: string; readonly name: string };
    readonly response: {
      readonly response: RecommendationResponse;
      readonly comment: string;
      readonly by: PersonRef;
      readonly at: Date;
    } | null;
  }[];
  /** What the reader may do with it now. */
  readonly permissions: { readonly amend: boolean; readonly consent: boolean; readonly respond: boolean };
}

/** The negotiation's state from the store's record and the charter's parties. */
export function negotiationOf(committee: LoadedCommittee, text: TextRecord): Negotiation {
  return {
    parties: partiesOf(committee.charter),
    version: text.currentVersion,
    consents: new Map(
      text.consents
        .filter((consent) => consent.version === text.currentVersion)
        .map((consent) => [consent.party, consent.version]),
    ),
    state: text.state,
  };
}

/**
 * The text's title, as its documents carry it (their subject line): a proposal is the matter its first
 * submission named; minutes and recommendations are called what their latest version calls them.
 */
export function titleOf(kind: CommitteeTextKind, documents: readonly LiaisonDocument[]): string {
  const named = kind === 'proposal' ? documents[0] : documents.at(-1);
  return named?.fields.subject ?? named?.title ?? '';
}

function refOf(
  document: LiaisonDocument,
  translations: readonly TranslationRecord[],
  names: Names,
): DocumentRef {
  return {
    id: document.id,
    title: document.title,
    banner: document.banner,
    registryNumber: document.registryNumber,
    issuedAt: document.issuedAt,
    translations: translations
      .filter((translation) => translation.documentId === document.id)
      .map((translation) => ({
        language: translation.language,
        translator: names.person(translation.translatorId),
      })),
  };
}

/** Undefined when the reader may read none of the text's documents: then it does not exist for them. */
export async function viewText(
  ctx: AppContext,
  actor: Actor,
  committee: LoadedCommittee,
  text: TextRecord,
): Promise<TextView | undefined> {
  const documents = await readableDocuments(ctx, actor, [
    ...text.versions.map((version) => version.documentId),
    ...(text.issuedDocumentId ? [text.issuedDocumentId] : []),
  ]);
  const versions = text.versions.filter((version) => documents.has(version.documentId));
  const issued = text.issuedDocumentId ? documents.get(text.issuedDocumentId) : undefined;
  if (versions.length === 0 && !issued) return undefined;
  const negotiation = negotiationOf(committee, text);
  const translations = await listTranslations(actor.sql, [...documents.keys()]);
  const names = await loadNames(
    actor,
    [
      ...translations.map((translation) => translation.translatorId),
      ...versions.map((version) => version.authorId),
      ...text.consents.map((consent) => consent.personId),
      ...text.responses.map((response) => response.personId),
    ],
    committee.charter.parties.map((entry) => entry.chiefsOfficeId),
  );
  const ordered = [...versions.map((version) => documents.get(version.documentId)), issued].filter(
    (document): document is LiaisonDocument => document !== undefined,
  );
  const memberParty = memberPartyOf(committee.charter, actor.person.id);
  const isRecommendation = text.kind === 'recommendation';
  return {
    id: text.id,
    committeeId: text.committeeId,
    kind: text.kind,
    title: titleOf(text.kind, ordered),
    status: textStatus(text.kind, negotiation, text.responses.length),
    meetingId: text.meetingId,
    currentVersion: text.currentVersion,
    versions: versions.map((version) => ({
      version: version.version,
      document: refOf(documents.get(version.documentId) as LiaisonDocument, translations, names),
      author: names.person(version.authorId),
      party: version.party,
      kind: version.kind,
      note: version.note,
      createdAt: version.createdAt,
      consents: text.consents
        .filter((consent) => consent.version === version.version)
        .map((consent) => ({ party: consent.party, by: names.person(consent.personId), at: consent.at })),
    })),
    awaiting: awaitingConsent(negotiation),
    issuedDocument: issued ? refOf(issued, translations, names) : null,
    addressedTo: isRecommendation
      ? committee.charter.parties.map((entry) => {
          const response = text.responses.find((candidate) => candidate.party === entry.party);
          return {
            party: entry.party,
            chiefsOffice: names.office(entry.chiefsOfficeId),
            response: response
              ? {
                  response: response.response,
                  comment: response.comment,
                  by: names.person(response.personId),
                  at: response.at,
                }
              : null,
          };
        })
      : [],
    permissions: {
      amend:
        text.state === 'open' &&
        (committee.standing === 'member' || (text.kind === 'minutes' && committee.standing === 'secretary')),
      consent:
        text.state === 'open' &&
        memberParty !== undefined &&
        negotiation.consents.get(memberParty) !== text.currentVersion,
      respond:
        isRecommendation &&
        text.state === 'agreed' &&
        committee.standing === 'chief' &&
        !text.responses.some((response) => response.party === actor.person.party),
    },
  };
}
