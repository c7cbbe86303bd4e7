/**
 * The shapes the Liaison API sends and accepts, as the web interface uses them. The contract is the
 * server's OpenAPI document (GET /api/openapi.json); these types mirror it and nothing more.
 */

export type DocumentKind = 'telegram' | 'memorandum-of-conversation' | 'memorandum' | 'intelligence-report';
export type DocumentState = 'draft' | 'issued';

export interface Level {
  readonly rank: number;
  readonly name: string;
}

export interface Person {
  readonly username: string;
  readonly displayName: string;
  readonly title: string;
  readonly party: string;
  readonly clearance: Level;
  readonly compartments: readonly string[];
  readonly roles: readonly string[];
}

export interface Personnel extends Person {
  readonly status: 'active' | 'suspended';
}

export interface SessionInfo {
  readonly person: Person;
  readonly expiresAt?: string;
}

export type Releasability =
  | { readonly kind: 'coalition' }
  | { readonly kind: 'rel-to'; readonly parties: readonly string[] }
  | { readonly kind: 'noforn' };

export interface Marking {
  readonly level: Level;
  readonly compartments: readonly string[];
  readonly releasability: Releasability;
  readonly orcon: boolean;
  readonly personalFor: readonly string[];
  readonly embargoUntilAgreed: boolean;
}

export interface Drafter {
  readonly username: string;
  readonly displayName: string;
  readonly title: string;
}

export interface DocumentSummary {
  readonly id: string;
  /** One of DocumentKind today; the server may add forms (minutes, RFIs...) later. */
  readonly kind: string;
  readonly state: DocumentState;
  readonly title: string;
  readonly dated: string;
  readonly reference: string;
  readonly registryNumber: string | null;
  readonly originator: string;
  readonly drafter: Drafter;
  readonly banner: string;
  readonly bannerForReader: string | null;
  readonly marking: Marking;
  readonly issuedAt: string | null;
  readonly updatedAt: string;
  /** Search hits only: the match in context, « and » around the matched words. */
  readonly snippet?: string;
}

export interface DocumentFields {
  readonly subject?: string;
  readonly from?: string;
  readonly to?: string;
  readonly number?: string;
  readonly participants?: readonly string[];
  readonly place?: string;
  readonly source?: string;
  readonly reliability?: string;
  readonly credibility?: string;
  readonly places?: readonly string[];
}

export type RecipientKind = 'person' | 'office' | 'party';

export interface DistributionEntry {
  readonly kind: RecipientKind;
  readonly id: string;
  readonly label: string;
  readonly copies: number;
}

export interface DocumentPermissions {
  readonly edit: boolean;
  readonly issue: boolean;
  readonly disseminate: boolean;
  /** List the copies, see receipts, trace leaks (the originator's drafter, registry, security officers). */
  readonly answerForCopies: boolean;
  /** Recall the document (its originator: drafter or registry). */
  readonly recall: boolean;
}

/** The numbered copy a reader reads; null for the original (its drafter or registry). */
export interface CopyOfReader {
  readonly id: string;
  readonly number: number;
  readonly of: number;
  readonly holder: string;
}

export interface DocumentRecall {
  readonly at: string;
  readonly reason: string;
}

export interface LiaisonDocument extends DocumentSummary {
  readonly body: string;
  readonly fields: DocumentFields;
  readonly version: number;
  readonly createdAt: string;
  readonly negotiatingOffices: readonly string[];
  readonly distribution: readonly DistributionEntry[];
  readonly distributionBlock: readonly string[];
  readonly permissions: DocumentPermissions;
  readonly copy: CopyOfReader | null;
  readonly copyCount: number;
  readonly recall: DocumentRecall | null;
}

export interface DocumentPage {
  readonly items: readonly DocumentSummary[];
  readonly nextCursor?: string;
}

/** One addressee as the API takes it: exactly one of person, office or party. */
export interface RecipientInput {
  readonly person?: string;
  readonly office?: string;
  readonly party?: string;
  readonly copies?: number;
}

export interface DraftInput {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly body: string;
  readonly dated: string;
  readonly reference?: string;
  readonly fields?: DocumentFields;
  readonly marking: string;
  readonly negotiatingOffices?: readonly string[];
  readonly distribution?: readonly RecipientInput[];
}

export interface Party {
  readonly code: string;
  readonly name: string;
}

export interface Office {
  readonly id: string;
  readonly party: string;
  readonly name: string;
  readonly kind: string;
  readonly isMember: boolean;
}

export interface DirectoryPerson {
  readonly username: string;
  readonly displayName: string;
  readonly title: string;
  readonly party: string;
}

export interface Directory {
  readonly parties: readonly Party[];
  readonly offices: readonly Office[];
  readonly people: readonly DirectoryPerson[];
}

export interface MarkingOptions {
  readonly party: string;
  readonly levels: readonly Level[];
  readonly compartments: readonly { readonly name: string; readonly description: string }[];
  readonly parties: readonly Party[];
  readonly controls: readonly string[];
  readonly personalForCandidates: readonly {
    readonly name: string;
    readonly displayName: string;
    readonly party: string;
  }[];
  readonly delegations: readonly { readonly id: string; readonly name: string; readonly party: string }[];
}

export interface ParsedMarking extends Marking {
  readonly canonical: string;
  /** The same marking in each party's own words, keyed by party code. */
  readonly inWords: Readonly<Record<string, string>>;
}

export interface CopyRecipient {
  readonly kind: RecipientKind;
  /** The person holding it (for an office or party copy, who took it). */
  readonly username: string | null;
  readonly office: { readonly id: string; readonly name: string } | null;
  readonly party: string | null;
  readonly label: string;
}

/** One numbered copy, with its receipt and destruction. */
export interface DocumentCopy {
  readonly id: string;
  readonly number: number;
  readonly of: number;
  readonly recipient: CopyRecipient;
  readonly receivedAt: string | null;
  readonly receivedBy: string | null;
  readonly destroyedAt: string | null;
  readonly destroyedBy: string | null;
  readonly destructionNote: string | null;
}

export interface CopyList {
  readonly items: readonly DocumentCopy[];
  /** False when the caller sees only their own copy. */
  readonly complete: boolean;
}

export interface CopyText extends DocumentCopy {
  readonly text: string;
  readonly document: {
    readonly id: string;
    readonly title: string;
    readonly banner: string;
    readonly registryNumber: string | null;
  };
}

/** A document recalled by its originator, as those who held it are told. */
export interface RecallNotice {
  readonly documentId: string;
  readonly registryNumber: string | null;
  readonly title: string;
  readonly banner: string;
  readonly recalledAt: string;
  readonly reason: string;
}

export interface VariationPoint {
  readonly id: string;
  readonly kind: string;
  /** Where it is in the original text (UTF-16 offsets; start = end for an insertion point). */
  readonly start: number;
  readonly end: number;
  /** Its renderings; the first is the original. */
  readonly alternatives: readonly string[];
  readonly survivesRetyping: boolean;
  readonly excluded: boolean;
}

export interface TraceSuspect {
  readonly copyId: string;
  readonly number: number;
  readonly recipient: CopyRecipient;
  readonly score: number;
  readonly pValue: number;
}

export interface TraceReport {
  readonly document: {
    readonly id: string;
    readonly title: string;
    readonly registryNumber: string | null;
    readonly banner: string;
  } | null;
  readonly similarity: number;
  readonly observedPoints: number;
  readonly suspects: readonly TraceSuspect[];
  readonly ranking: readonly { readonly copyId: string; readonly number: number; readonly score: number }[];
  /** The probability that an innocent copy is accused. */
  readonly falseAccusationBound: number;
}

export interface Reader {
  readonly username: string;
  readonly displayName: string;
  readonly party: string;
  /** How they come to read it: person, office, party, registry, drafter... */
  readonly via: string;
}

export interface ReaderExplanation {
  readonly username: string;
  readonly canRead: boolean;
  readonly via: string | null;
  readonly rule: string | null;
  readonly explanation: string;
}

export interface AuditEntry {
  readonly chain: string;
  readonly seq: number;
  readonly at: string;
  readonly actor: { readonly id: string; readonly username: string; readonly party: string } | null;
  readonly action: string;
  readonly target: { readonly kind: string; readonly id: string } | null;
  readonly decision: string;
  readonly rule: string | null;
  readonly address: string | null;
  readonly details: Readonly<Record<string, unknown>>;
  readonly hash: string;
}

export interface AuditPage {
  readonly chain: string;
  readonly items: readonly AuditEntry[];
}

export interface SecondFactorSetup {
  readonly secret: string;
  /** The otpauth:// address for an authenticator app. */
  readonly uri: string;
}

/** What the notification stream tells of a document that has reached the person. */
export interface DocumentAvailableEvent {
  readonly id: string;
  readonly title: string;
  readonly banner: string;
  readonly registryNumber: string | null;
  readonly originator: string;
}

// The committee: charter, agenda, meetings, negotiated texts, action items, translations.

export interface PersonRef {
  readonly username: string;
  readonly displayName: string;
  readonly party: string;
}

export type StaffRole = 'member' | 'adviser' | 'secretary' | 'interpreter';

export interface StaffMember extends PersonRef {
  readonly role: StaffRole;
}

export interface OfficeRef {
  readonly id: string;
  readonly name: string;
}

export interface ReservedMatter {
  readonly topic: string;
  readonly body: string;
  readonly terms: readonly string[];
}

export interface Charter {
  readonly version: number;
  readonly status: 'awaiting-approval' | 'in-force' | 'superseded';
  readonly name: string;
  readonly remit: string;
  readonly powers: 'advisory';
  readonly place: string;
  readonly workingLevel: Level;
  readonly members: readonly PersonRef[];
  readonly staff: readonly StaffMember[];
  readonly parties: readonly { readonly party: string; readonly chiefsOffice: OfficeRef }[];
  readonly reservedMatters: readonly ReservedMatter[];
  readonly proposedBy: PersonRef;
  readonly proposedAt: string;
  readonly inForceAt: string | null;
  readonly note: string;
  readonly approvals: readonly { readonly party: string; readonly by: PersonRef; readonly at: string }[];
  readonly awaitingApproval: readonly string[];
  readonly changes: readonly string[];
}

export type CommitteeStanding = 'member' | 'adviser' | 'secretary' | 'interpreter' | 'chief' | 'proposer';

export interface Committee {
  readonly id: string;
  readonly name: string;
  readonly status: 'proposed' | 'in-force';
  readonly remit: string;
  readonly powers: 'advisory';
  readonly place: string;
  readonly members: readonly PersonRef[];
  readonly staff: readonly StaffMember[];
  readonly reservedMatters: readonly ReservedMatter[];
  readonly charter: Charter;
  readonly pendingCharter: Charter | null;
  readonly delegations: readonly { readonly party: string; readonly office: OfficeRef }[];
  readonly standing: CommitteeStanding;
}

/** A charter change as proposed: the whole charter in usernames and office ids. */
export interface CharterInput {
  readonly name: string;
  readonly remit: string;
  readonly place?: string;
  readonly parties: readonly {
    readonly party: string;
    readonly member: string;
    readonly advisers?: readonly string[];
    readonly secretaries?: readonly string[];
    readonly interpreters?: readonly string[];
    readonly chiefsOffice: string;
  }[];
  readonly reservedMatters?: readonly ReservedMatter[];
  readonly note?: string;
}

export interface ReservedMatterMatch {
  readonly topic: string;
  readonly body: string;
  readonly term: string;
  readonly field: 'title' | 'text';
  readonly at: number;
  readonly matched: string;
}

export interface Referral {
  readonly topic: string;
  readonly body: string;
  readonly explanation: string;
  readonly matches: readonly ReservedMatterMatch[];
}

export interface ReservedMatterCheck {
  readonly reserved: boolean;
  readonly referredTo: string | null;
  readonly explanation: string | null;
  readonly matches: readonly ReservedMatterMatch[];
}

export interface AgendaItem {
  readonly id: string;
  readonly committeeId: string;
  readonly title: string;
  readonly text: string;
  readonly banner: string;
  readonly marking: Marking;
  readonly status: 'proposed' | 'referred' | 'withdrawn';
  readonly referredTo: string | null;
  readonly reservedMatter: Referral | null;
  readonly override: {
    readonly consents: readonly {
      readonly party: string;
      readonly by: PersonRef;
      readonly reason: string;
      readonly at: string;
    }[];
    readonly awaiting: readonly string[];
    readonly overriddenAt: string | null;
  } | null;
  readonly proposedBy: PersonRef;
  readonly originator: string;
  readonly meeting: { readonly id: string; readonly number: number } | null;
  readonly position: number | null;
  readonly proposedAt: string;
}

export interface ActionItem {
  readonly id: string;
  readonly meetingId: string;
  readonly title: string;
  readonly owner: PersonRef;
  readonly dueDate: string;
  readonly state: 'open' | 'done';
  readonly overdue: boolean;
  readonly assignedBy: PersonRef;
  readonly assignedAt: string;
  readonly completedBy: PersonRef | null;
  readonly completedAt: string | null;
}

export interface MeetingSummary {
  readonly id: string;
  readonly committeeId: string;
  readonly number: number;
  readonly scheduledFor: string;
  readonly place: string;
  readonly status: 'scheduled' | 'held';
  readonly banner: string;
  readonly marking: Marking;
  readonly convenedBy: PersonRef;
}

export interface MeetingPaper {
  readonly documentId: string;
  readonly title: string;
  readonly kind: string;
  readonly banner: string;
  readonly registryNumber: string | null;
  readonly originator: string;
  readonly addedBy: PersonRef;
  readonly addedAt: string;
}

export interface Meeting extends MeetingSummary {
  readonly agenda: readonly AgendaItem[];
  readonly referred: readonly AgendaItem[];
  readonly papers: readonly MeetingPaper[];
  readonly attendance: readonly PersonRef[];
  readonly minutes: { readonly id: string; readonly status: string; readonly currentVersion: number } | null;
  readonly actionItems: readonly ActionItem[];
}

export type CommitteeTextKind = 'minutes' | 'recommendation' | 'proposal';
export type CommitteeTextStatus =
  'awaiting-approval' | 'issued' | 'proposed' | 'adopted' | 'answered' | 'under-negotiation' | 'agreed';
export type ChiefsResponse = 'approved' | 'approved-with-changes' | 'declined' | 'noted';
export type TextVersionKind = 'draft' | 'amendment' | 'submission' | 'parallel-submission' | 'revision';

export interface CommitteeDocumentRef {
  readonly id: string;
  readonly title: string;
  readonly banner: string;
  readonly registryNumber: string | null;
  readonly issuedAt: string | null;
  readonly translations: readonly { readonly language: string; readonly translator: PersonRef }[];
}

export interface TextVersion {
  readonly version: number;
  readonly document: CommitteeDocumentRef;
  readonly author: PersonRef;
  readonly party: string;
  readonly kind: TextVersionKind;
  readonly note: string;
  readonly createdAt: string;
  readonly consents: readonly { readonly party: string; readonly by: PersonRef; readonly at: string }[];
}

export interface CommitteeText {
  readonly id: string;
  readonly committeeId: string;
  readonly kind: CommitteeTextKind;
  readonly title: string;
  readonly status: CommitteeTextStatus;
  readonly meetingId: string | null;
  readonly currentVersion: number;
  readonly versions: readonly TextVersion[];
  readonly awaiting: readonly string[];
  readonly issuedDocument: CommitteeDocumentRef | null;
  readonly addressedTo: readonly {
    readonly party: string;
    readonly chiefsOffice: OfficeRef;
    readonly response: {
      readonly response: ChiefsResponse;
      readonly comment: string;
      readonly by: PersonRef;
      readonly at: string;
    } | null;
  }[];
  readonly permissions: { readonly amend: boolean; readonly consent: boolean; readonly respond: boolean };
}

export interface TextDiff {
  readonly textId: string;
  readonly from: { readonly version: number; readonly documentId: string; readonly banner: string };
  readonly to: { readonly version: number; readonly documentId: string; readonly banner: string };
  readonly titleChanged: boolean;
  readonly parts: readonly { readonly op: 'equal' | 'insert' | 'delete'; readonly text: string }[];
}

export interface Translations {
  readonly documentId: string;
  readonly original: { readonly language: string; readonly title: string; readonly authoritative: true };
  readonly translations: readonly {
    readonly id: string;
    readonly language: string;
    readonly title: string;
    readonly body: string;
    readonly translator: PersonRef;
    readonly authoritative: false;
    readonly createdAt: string;
  }[];
}

/** The data of a `committee-*` notification event. */
export interface CommitteeNoticeData {
  readonly committeeId: string;
  readonly committeeName: string;
  readonly title: string;
  readonly itemId?: string;
  readonly status?: string;
  readonly referredTo?: string | null;
  readonly minutesId?: string;
  readonly recommendationId?: string;
  readonly actionItemId?: string;
  readonly meetingId?: string;
  readonly dueDate?: string;
  readonly banner?: string;
}
