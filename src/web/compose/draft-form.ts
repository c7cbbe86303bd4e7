/**
 * The compose form's state and its translation to and from the API. The marking is chosen from what
 * GET /api/marking-options offers and written as a banner line in the author's own words; the server
 * parses, checks and canonicalises it (this module never decides what is allowed).
 */
import type {
  DocumentFields,
  DocumentKind,
  DraftInput,
  LiaisonDocument,
  MarkingOptions,
  RecipientInput,
  RecipientKind,
} from '../api/types.js';

export const documentKinds: readonly DocumentKind[] = [
  'telegram',
  'memorandum-of-conversation',
  'memorandum',
  'intelligence-report',
];

export type ReleasabilityChoice = 'coalition' | 'rel-to' | 'noforn';

export interface MarkingChoice {
  /** The chosen level's rank on the shared scale; its words come from the marking options. */
  readonly levelRank: number | null;
  readonly compartments: readonly string[];
  readonly releasability: ReleasabilityChoice;
  readonly relTo: readonly string[];
  readonly orcon: boolean;
  readonly personalFor: boolean;
  readonly personalForNames: readonly string[];
  readonly embargo: boolean;
  readonly negotiatingOffices: readonly string[];
}

export interface RecipientRow {
  readonly kind: RecipientKind;
  readonly id: string;
  readonly copies: number;
}

export interface DraftForm {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly dated: string;
  readonly reference: string;
  readonly subject: string;
  readonly from: string;
  readonly to: string;
  readonly number: string;
  /** One per line. */
  readonly participants: string;
  readonly place: string;
  readonly source: string;
  readonly reliability: string;
  readonly credibility: string;
  /** One per line. */
  readonly places: string;
  readonly body: string;
  readonly marking: MarkingChoice;
  readonly distribution: readonly RecipientRow[];
}

/** Which heading fields each form has, in the order they are shown. */
export const fieldsOfKind: Readonly<Record<DocumentKind, readonly (keyof DocumentFields)[]>> = {
  telegram: ['from', 'to', 'number'],
  'memorandum-of-conversation': ['participants', 'subject', 'place'],
  memorandum: ['subject'],
  'intelligence-report': ['source', 'reliability', 'credibility', 'places', 'subject'],
};

export function isDocumentKind(kind: string): kind is DocumentKind {
  return (documentKinds as readonly string[]).includes(kind);
}

export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const emptyMarking: MarkingChoice = {
  levelRank: null,
  compartments: [],
  releasability: 'coalition',
  relTo: [],
  orcon: false,
  personalFor: false,
  personalForNames: [],
  embargo: false,
  negotiatingOffices: [],
};

export function emptyDraft(dated: string): DraftForm {
  return {
    kind: 'memorandum',
    title: '',
    dated,
    reference: '',
    subject: '',
    from: '',
    to: '',
    number: '',
    participants: '',
    place: '',
    source: '',
    reliability: '',
    credibility: '',
    places: '',
    body: '',
    marking: emptyMarking,
    distribution: [],
  };
}

export function draftFromDocument(document: LiaisonDocument): DraftForm {
  const { fields, marking } = document;
  const releasability = marking.releasability;
  return {
    kind: isDocumentKind(document.kind) ? document.kind : 'memorandum',
    title: document.title,
    dated: document.dated,
    reference: document.reference,
    subject: fields.subject ?? '',
    from: fields.from ?? '',
    to: fields.to ?? '',
    number: fields.number ?? '',
    participants: (fields.participants ?? []).join('\n'),
    place: fields.place ?? '',
    source: fields.source ?? '',
    reliability: fields.reliability ?? '',
    credibility: fields.credibility ?? '',
    places: (fields.places ?? []).join('\n'),
    body: document.body,
    marking: {
      levelRank: marking.level.rank,
      compartments: marking.compartments,
      releasability: releasability.kind,
      relTo: releasability.kind === 'rel-to' ? releasability.parties : [],
      orcon: marking.orcon,
      personalFor: marking.personalFor.length > 0,
      personalForNames: marking.personalFor,
      embargo: marking.embargoUntilAgreed,
      negotiatingOffices: document.negotiatingOffices,
    },
    distribution: document.distribution.map((entry) => ({
      kind: entry.kind,
      id: entry.id,
      copies: entry.copies,
    })),
  };
}

/**
 * The banner line for the choices, in the author's words:
 * LEVEL[//COMPARTMENT/...][//REL TO P1, P2 | //NOFORN][//ORCON/PERSONAL FOR NAME, .../EMBARGO UNTIL AGREED].
 * Empty until a level is chosen.
 */
export function bannerFor(choice: MarkingChoice, options: MarkingOptions): string {
  const level = options.levels.find((candidate) => candidate.rank === choice.levelRank);
  if (!level) return '';
  const parts = [level.name];
  const compartments = options.compartments
    .map((compartment) => compartment.name)
    .filter((name) => choice.compartments.includes(name));
  if (compartments.length > 0) parts.push(compartments.join('/'));
  if (choice.releasability === 'rel-to') {
    const others = options.parties
      .map((party) => party.code)
      .filter((code) => code !== options.party && choice.relTo.includes(code));
    parts.push('REL TO ' + [options.party, ...others].join(', '));
  } else if (choice.releasability === 'noforn') parts.push('NOFORN');
  const controls: string[] = [];
  if (choice.orcon) controls.push('ORCON');
  if (choice.personalFor && choice.personalForNames.length > 0) {
    controls.push('PERSONAL FOR ' + choice.personalForNames.join(', '));
  }
  if (choice.embargo) controls.push('EMBARGO UNTIL AGREED');
  if (controls.length > 0) parts.push(controls.join('/'));
  return parts.join('//');
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function fieldsFor(form: DraftForm): DocumentFields {
  const all: DocumentFields = {
    subject: form.subject.trim(),
    from: form.from.trim(),
    to: form.to.trim(),
    number: form.number.trim(),
    participants: lines(form.participants),
    place: form.place.trim(),
    source: form.source.trim(),
    reliability: form.reliability,
    credibility: form.credibility,
    places: lines(form.places),
  };
  const wanted: Record<string, unknown> = {};
  for (const name of fieldsOfKind[form.kind]) {
    const value = all[name];
    const isEmpty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (!isEmpty) wanted[name] = value;
  }
  return wanted;
}

export function recipientInput(row: RecipientRow): RecipientInput {
  switch (row.kind) {
    case 'person':
      return { person: row.id, copies: row.copies };
    case 'office':
      return { office: row.id, copies: row.copies };
    case 'party':
      return { party: row.id, copies: row.copies };
  }
}

export function draftInput(form: DraftForm, options: MarkingOptions): DraftInput {
  const reference = form.reference.trim();
  return {
    kind: form.kind,
    title: form.title.trim(),
    body: form.body,
    dated: form.dated,
    ...(reference ? { reference } : {}),
    fields: fieldsFor(form),
    marking: bannerFor(form.marking, options),
    negotiatingOffices: form.marking.embargo ? form.marking.negotiatingOffices : [],
    distribution: form.distribution.map(recipientInput),
  };
}

/**
 * Where in the form an error the server names belongs: "distribution.0.person" → "distribution",
 * "negotiatingOffices" → "marking", "fields.participants" stays.
 */
export function formAreaOf(field: string | undefined): string | undefined {
  if (!field) return undefined;
  if (field.startsWith('distribution')) return 'distribution';
  if (field.startsWith('negotiatingOffices') || field.startsWith('marking')) return 'marking';
  if (field.startsWith('fields.')) return field.split('.').slice(0, 2).join('.');
  return field.split('.')[0];
}
