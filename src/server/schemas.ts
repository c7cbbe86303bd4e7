/**
 * The API's contract: TypeBox schemas that validate input, type the handlers and produce the OpenAPI
 * document. Responses are serialised through these too, so nothing outside them ever leaves.
 */
import { Type, type Static } from 'typebox';

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      field: Type.Optional(Type.String()),
      at: Type.Optional(Type.Integer()),
    }),
  },
  {
    $id: 'Error',
    description: 'Every failure: a code, a message naming the problem, and the field where there is one.',
  },
);

export const PersonRefSchema = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
});

export const MeSchema = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  title: Type.String(),
  party: Type.String(),
  clearance: Type.Object({ rank: Type.Integer(), name: Type.String() }),
  compartments: Type.Array(Type.String()),
  roles: Type.Array(Type.String()),
});

export const ReleasabilitySchema = Type.Union([
  Type.Object({ kind: Type.Literal('coalition') }),
  Type.Object({ kind: Type.Literal('rel-to'), parties: Type.Array(Type.String()) }),
  Type.Object({ kind: Type.Literal('noforn') }),
]);

export const MarkingSchema = Type.Object({
  level: Type.Object({ rank: Type.Integer(), name: Type.String() }),
  compartments: Type.Array(Type.String()),
  releasability: ReleasabilitySchema,
  orcon: Type.Boolean(),
  personalFor: Type.Array(Type.String()),
  embargoUntilAgreed: Type.Boolean(),
});

const KindSchema = Type.Enum(
  ['telegram', 'memorandum-of-conversation', 'memorandum', 'intelligence-report'],
  {
    description: 'The form of the document.',
  },
);

export const FieldsSchema = Type.Object(
  {
    subject: Type.Optional(Type.String({ maxLength: 300 })),
    from: Type.Optional(Type.String({ maxLength: 200 })),
    to: Type.Optional(Type.String({ maxLength: 200 })),
    number: Type.Optional(Type.String({ maxLength: 50 })),
    participants: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })),
    place: Type.Optional(Type.String({ maxLength: 200 })),
    source: Type.Optional(Type.String({ maxLength: 300 })),
    reliability: Type.Optional(Type.String({ maxLength: 1 })),
    credibility: Type.Optional(Type.String({ maxLength: 1 })),
    places: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })),
  },
  {
    additionalProperties: false,
    description:
      'Fields of the form: subject, telegram from/to/number, participants, intelligence source and grades.',
  },
);

export const RecipientSchema = Type.Object(
  {
    person: Type.Optional(Type.String({ maxLength: 32, description: 'A username.' })),
    office: Type.Optional(Type.String({ maxLength: 36, description: 'An office id (see /api/directory).' })),
    party: Type.Optional(Type.String({ maxLength: 3, description: 'A whole party, through its registry.' })),
    copies: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 1 })),
  },
  { additionalProperties: false, description: 'Exactly one of person, office or party.' },
);

export const RecipientViewSchema = Type.Object({
  kind: Type.Union([Type.Literal('person'), Type.Literal('office'), Type.Literal('party')]),
  id: Type.String(),
  label: Type.String(),
  copies: Type.Integer(),
});

const DocumentCommon = {
  id: Type.String({ format: 'uuid' }),
  kind: Type.String(),
  state: Type.Union([Type.Literal('draft'), Type.Literal('issued')]),
  title: Type.String(),
  dated: Type.String({ format: 'date' }),
  reference: Type.String(),
  registryNumber: Type.Union([Type.String(), Type.Null()]),
  originator: Type.String(),
  drafter: Type.Object({ username: Type.String(), displayName: Type.String(), title: Type.String() }),
  banner: Type.String({ description: "The canonical banner line, in the originator's words." }),
  bannerForReader: Type.Union([Type.String(), Type.Null()], {
    description: "The same marking in the reader's words, where they differ.",
  }),
  marking: MarkingSchema,
  issuedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
};

export const DocumentSummarySchema = Type.Object(
  {
    ...DocumentCommon,
    snippet: Type.Optional(Type.String({ description: 'Search hit in context; « and » mark the match.' })),
  },
  { $id: 'DocumentSummary' },
);

export const DocumentSchema = Type.Object(
  {
    ...DocumentCommon,
    body: Type.String(),
    fields: FieldsSchema,
    version: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    negotiatingOffices: Type.Array(Type.String()),
    distribution: Type.Array(RecipientViewSchema),
    distributionBlock: Type.Array(Type.String()),
    permissions: Type.Object({
      edit: Type.Boolean(),
      issue: Type.Boolean(),
      disseminate: Type.Boolean(),
      answerForCopies: Type.Boolean({ description: 'List copies, see receipts, trace leaks.' }),
      recall: Type.Boolean(),
    }),
    copy: Type.Union(
      [
        Type.Object({ id: Type.String(), number: Type.Integer(), of: Type.Integer(), holder: Type.String() }),
        Type.Null(),
      ],
      { description: 'The numbered copy this text is (null: the original, for its drafter or registry).' },
    ),
    copyCount: Type.Integer(),
    recall: Type.Union([
      Type.Object({ at: Type.String({ format: 'date-time' }), reason: Type.String() }),
      Type.Null(),
    ]),
  },
  { $id: 'Document' },
);

export const RecallNoticeSchema = Type.Object({
  documentId: Type.String(),
  registryNumber: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  banner: Type.String(),
  recalledAt: Type.String({ format: 'date-time' }),
  reason: Type.String(),
});

/** 410 Gone: the document was recalled (with the notice), or the reader's copy was destroyed. */
export const RecalledSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
  recall: Type.Optional(RecallNoticeSchema),
});

export const DraftBodySchema = Type.Object(
  {
    kind: KindSchema,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    body: Type.String({ maxLength: 1_000_000 }),
    dated: Type.String({ format: 'date', description: 'The date the document bears (YYYY-MM-DD).' }),
    reference: Type.Optional(
      Type.String({ maxLength: 100, description: 'Drafter reference, e.g. "EP:nn".' }),
    ),
    fields: Type.Optional(FieldsSchema),
    marking: Type.String({
      minLength: 1,
      maxLength: 500,
      description: "A banner line in the author's own words, e.g. 'SECRET//REL TO USA, GBR'.",
    }),
    negotiatingOffices: Type.Optional(Type.Array(Type.String({ maxLength: 36 }), { maxItems: 20 })),
    distribution: Type.Optional(Type.Array(RecipientSchema, { maxItems: 100 })),
  },
  { additionalProperties: false },
);
export type DraftBody = Static<typeof DraftBodySchema>;

export const IdParamsSchema = Type.Object({ id: Type.String({ maxLength: 100 }) });

export const PersonnelSchema = Type.Object(
  {
    username: Type.String(),
    displayName: Type.String(),
    title: Type.String(),
    party: Type.String(),
    clearance: Type.Object({ rank: Type.Integer(), name: Type.String() }),
    compartments: Type.Array(Type.String()),
    roles: Type.Array(Type.String()),
    status: Type.Enum(['active', 'suspended']),
  },
  { $id: 'Personnel' },
);

export const CopySchema = Type.Object(
  {
    id: Type.String(),
    number: Type.Integer(),
    of: Type.Integer(),
    recipient: Type.Object({
      kind: Type.Enum(['person', 'office', 'party']),
      username: Type.Union([Type.String(), Type.Null()], { description: 'The person holding it (for an office or party copy, who took it).' }),
      office: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
      party: Type.Union([Type.String(), Type.Null()]),
      label: Type.String(),
    }),
    receivedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    receivedBy: Type.Union([Type.String(), Type.Null()]),
    destroyedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    destroyedBy: Type.Union([Type.String(), Type.Null()]),
    destructionNote: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'Copy' },
);
