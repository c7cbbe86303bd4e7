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
