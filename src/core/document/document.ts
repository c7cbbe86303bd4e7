/**
 * Documents in the forms the parties use, with their marking and distribution. A document is a draft
 * until issued, then immutable; its distribution may only grow.
 */
import type { Marking } from '../marking/marking.js';
import type { PartyCode } from '../marking/scheme.js';
import type { OfficeId, PersonId } from '../policy/policy.js';

export const DOCUMENT_KINDS = [
  'telegram',
  'memorandum-of-conversation',
  'memorandum',
  'intelligence-report',
  // The committee's texts, made only through its workflow (src/app/committees), never composed directly.
  'proposal',
  'minutes',
  'recommendation',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type DistributionTarget =
  | { readonly kind: 'person'; readonly personId: PersonId }
  | { readonly kind: 'office'; readonly officeId: OfficeId }
  | { readonly kind: 'party'; readonly party: PartyCode };

export interface DistributionEntry {
  readonly target: DistributionTarget;
  /** Numbered copies held by this recipient ("3 copies to Ambassador"). */
  readonly copies: number;
}

/** Kind-specific fields, as the forms of 1944 carry them. */
export interface DocumentFields {
  /** Memoranda and conversations: "Subject: Exchange of Military Information". */
  readonly subject?: string;
  /** Telegrams: from and to ("Moscow" / "Secretary of State"), and the telegram number. */
  readonly from?: string;
  readonly to?: string;
  readonly number?: string;
  /** Memoranda of conversation: "Present:" lines. */
  readonly participants?: readonly string[];
  readonly place?: string;
  /** Intelligence reports: source, Admiralty grade, places named. */
  readonly source?: string;
  readonly reliability?: string;
  readonly credibility?: string;
  readonly places?: readonly string[];
}

export interface DocumentContent {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly body: string;
  readonly dated: string;
  /** Drafter's reference line, e.g. "EP:nn" or "FBS/". */
  readonly reference: string;
  readonly fields: DocumentFields;
}

export interface LiaisonDocument extends DocumentContent {
  readonly id: string;
  readonly state: 'draft' | 'issued';
  readonly originator: PartyCode;
  readonly drafterId: PersonId;
  readonly marking: Marking;
  readonly banner: string;
  readonly personalFor: readonly PersonId[];
  readonly negotiatingOffices: readonly OfficeId[];
  readonly registryNumber: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly issuedAt: Date | null;
  /** Set once the originator recalls it: its copies are unreadable from then on. */
  readonly recall: { readonly at: Date; readonly by: PersonId; readonly reason: string } | null;
  readonly distribution: readonly DistributionEntry[];
}

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** What a former reader of a recalled document is told. */
export interface RecallNotice {
  readonly documentId: string;
  readonly registryNumber: string | null;
  readonly title: string;
  readonly banner: string;
  readonly recalledAt: Date;
  readonly reason: string;
}
