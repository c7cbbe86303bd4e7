/**
 * The committee API's contract: request bodies (every one closed: an unknown field such as `binding` or
 * `decision` is a 400 naming it) and responses. No schema here has a field, state or value for a
 * decision of the committee, nor for a binding recommendation.
 */
import { Type, type Static } from 'typebox';
import { MarkingSchema } from './schemas.js';

const Id = Type.String({ maxLength: 100 });
const Username = Type.String({ minLength: 1, maxLength: 32, description: 'A username.' });
const Banner = Type.String({
  minLength: 1,
  maxLength: 500,
  description:
    "A banner line in the author's own words; by default the committee's working level, REL TO its parties.",
});
const Timestamp = Type.String({ format: 'date-time' });

export const PersonRefSchema = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  party: Type.String(),
});

export const CommitteeParamsSchema = Type.Object({ id: Id });
export const MeetingParamsSchema = Type.Object({ id: Id, meetingId: Id });
export const ItemParamsSchema = Type.Object({ id: Id, itemId: Id });
export const TextParamsSchema = Type.Object({ id: Id, textId: Id });
export const CharterParamsSchema = Type.Object({ id: Id, version: Type.Integer({ minimum: 1 }) });

export const CharterBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    remit: Type.String({ minLength: 1, maxLength: 5000, description: 'What the committee discusses.' }),
    powers: Type.Optional(
      Type.Literal('advisory', {
        description: 'Consultative and advisory, with no independent powers of decision: the only value.',
      }),
    ),
    place: Type.Optional(Type.String({ maxLength: 200 })),
    workingLevel: Type.Optional(
      Type.String({
        maxLength: 50,
        description: 'A level of the shared scale for unmarked committee business.',
      }),
    ),
    parties: Type.Array(
      Type.Object(
        {
          party: Type.String({ minLength: 3, maxLength: 3 }),
          member: Username,
          advisers: Type.Optional(Type.Array(Username, { maxItems: 20 })),
          secretaries: Type.Optional(Type.Array(Username, { maxItems: 20 })),
          interpreters: Type.Optional(Type.Array(Username, { maxItems: 20 })),
          chiefsOffice: Type.String({
            maxLength: 36,
            description: "The office of the party's chiefs (an office id).",
          }),
        },
        { additionalProperties: false },
      ),
      { minItems: 2, maxItems: 20 },
    ),
    reservedMatters: Type.Optional(
      Type.Array(
        Type.Object(
          {
            topic: Type.String({ minLength: 1, maxLength: 200 }),
            body: Type.String({
              minLength: 1,
              maxLength: 200,
              description: 'The body the matter belongs to.',
            }),
            terms: Type.Optional(
              Type.Array(Type.String({ minLength: 2, maxLength: 100 }), {
                maxItems: 100,
                description:
                  'Words and phrases within the matter (whole words, any case); default: the topic.',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CharterBody = Static<typeof CharterBodySchema>;

const OfficeRefSchema = Type.Object({ id: Type.String(), name: Type.String() });

export const CharterSchema = Type.Object({
  version: Type.Integer(),
  status: Type.Enum(['awaiting-approval', 'in-force', 'superseded']),
  name: Type.String(),
  remit: Type.String(),
  powers: Type.Literal('advisory'),
  place: Type.String(),
  workingLevel: Type.Object({ rank: Type.Integer(), name: Type.String() }),
  members: Type.Array(PersonRefSchema),
  staff: Type.Array(
    Type.Object({
      ...PersonRefSchema.properties,
      role: Type.Enum(['adviser', 'secretary', 'interpreter', 'member']),
    }),
  ),
  parties: Type.Array(Type.Object({ party: Type.String(), chiefsOffice: OfficeRefSchema })),
  reservedMatters: Type.Array(
    Type.Object({ topic: Type.String(), body: Type.String(), terms: Type.Array(Type.String()) }),
  ),
  proposedBy: PersonRefSchema,
  proposedAt: Timestamp,
  inForceAt: Type.Union([Timestamp, Type.Null()]),
  note: Type.String(),
  approvals: Type.Array(Type.Object({ party: Type.String(), by: PersonRefSchema, at: Timestamp })),
  awaitingApproval: Type.Array(Type.String()),
  changes: Type.Array(Type.String()),
});

export const CommitteeSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    status: Type.Enum(['proposed', 'in-force']),
    remit: Type.String(),
    powers: Type.Literal('advisory'),
    place: Type.String(),
    members: Type.Array(PersonRefSchema, { description: 'One senior member per party.' }),
    staff: CharterSchema.properties.staff,
    reservedMatters: Type.Array(
      Type.Object({ topic: Type.String(), body: Type.String(), terms: Type.Array(Type.String()) }),
    ),
    charter: CharterSchema,
    pendingCharter: Type.Union([CharterSchema, Type.Null()]),
    delegations: Type.Array(Type.Object({ party: Type.String(), office: OfficeRefSchema })),
    standing: Type.Enum(['member', 'adviser', 'secretary', 'interpreter', 'chief', 'proposer'], {
      description: "The caller's place: on the committee, among a party's chiefs, or as its proposer.",
    }),
  },
  { $id: 'Committee' },
);

export const AgendaItemBodySchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    text: Type.String({ maxLength: 100_000 }),
    marking: Type.Optional(Banner),
    meetingId: Type.Optional(
      Type.String({ maxLength: 36, description: "Put it straight on this meeting's agenda." }),
    ),
  },
  { additionalProperties: false },
);

const MatchSchema = Type.Object({
  topic: Type.String(),
  body: Type.String(),
  term: Type.String(),
  field: Type.Enum(['title', 'text']),
  at: Type.Integer({ description: 'Zero-based character offset in that field.' }),
  matched: Type.String(),
});

export const ReferralSchema = Type.Object({
  topic: Type.String(),
  body: Type.String(),
  explanation: Type.String(),
  matches: Type.Array(MatchSchema),
});

export const AgendaItemSchema = Type.Object(
  {
    id: Type.String(),
    committeeId: Type.String(),
    title: Type.String(),
    text: Type.String(),
    banner: Type.String(),
    marking: MarkingSchema,
    status: Type.Enum(['proposed', 'referred', 'withdrawn']),
    referredTo: Type.Union([Type.String(), Type.Null()], {
      description: 'The body a referred item belongs to.',
    }),
    reservedMatter: Type.Union([ReferralSchema, Type.Null()]),
    override: Type.Union([
      Type.Object({
        consents: Type.Array(
          Type.Object({ party: Type.String(), by: PersonRefSchema, reason: Type.String(), at: Timestamp }),
        ),
        awaiting: Type.Array(Type.String()),
        overriddenAt: Type.Union([Timestamp, Type.Null()]),
      }),
      Type.Null(),
    ]),
    proposedBy: PersonRefSchema,
    originator: Type.String(),
    meeting: Type.Union([Type.Object({ id: Type.String(), number: Type.Integer() }), Type.Null()]),
    position: Type.Union([Type.Integer(), Type.Null()]),
    proposedAt: Timestamp,
  },
  { description: 'An agenda item, marked; a referred one names the body it belongs to.' },
);

export const ReservedMatterCheckSchema = Type.Object({
  reserved: Type.Boolean(),
  referredTo: Type.Union([Type.String(), Type.Null()]),
  explanation: Type.Union([Type.String(), Type.Null()]),
  matches: Type.Array(MatchSchema),
});

export const ActionItemSchema = Type.Object(
  {
    id: Type.String(),
    meetingId: Type.String(),
    title: Type.String(),
    owner: PersonRefSchema,
    dueDate: Type.String({ format: 'date' }),
    state: Type.Enum(['open', 'done']),
    overdue: Type.Boolean(),
    assignedBy: PersonRefSchema,
    assignedAt: Timestamp,
    completedBy: Type.Union([PersonRefSchema, Type.Null()]),
    completedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: 'ActionItem' },
);

export const MeetingSummarySchema = Type.Object({
  id: Type.String(),
  committeeId: Type.String(),
  number: Type.Integer(),
  scheduledFor: Timestamp,
  place: Type.String(),
  status: Type.Enum(['scheduled', 'held']),
  banner: Type.String({ description: 'The high-water mark of its papers and agenda.' }),
  marking: MarkingSchema,
  convenedBy: PersonRefSchema,
});

export const MeetingSchema = Type.Object(
  {
    ...MeetingSummarySchema.properties,
    agenda: Type.Array(AgendaItemSchema),
    referred: Type.Array(AgendaItemSchema, {
      description:
        'Items brought for this meeting but referred to another body (a reserved matter): not discussed.',
    }),
    papers: Type.Array(
      Type.Object({
        documentId: Type.String(),
        title: Type.String(),
        kind: Type.String(),
        banner: Type.String(),
        registryNumber: Type.Union([Type.String(), Type.Null()]),
        originator: Type.String(),
        addedBy: PersonRefSchema,
        addedAt: Timestamp,
      }),
    ),
    attendance: Type.Array(PersonRefSchema),
    minutes: Type.Union([
      Type.Object({ id: Type.String(), status: Type.String(), currentVersion: Type.Integer() }),
      Type.Null(),
    ]),
    actionItems: Type.Array(ActionItemSchema),
  },
  { $id: 'Meeting' },
);

export const MeetingBodySchema = Type.Object(
  {
    scheduledFor: Type.String({ format: 'date-time', description: 'When it meets (ISO 8601).' }),
    place: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

const DocumentRefSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  banner: Type.String(),
  registryNumber: Type.Union([Type.String(), Type.Null()]),
  issuedAt: Type.Union([Timestamp, Type.Null()]),
  translations: Type.Array(Type.Object({ language: Type.String(), translator: PersonRefSchema }), {
    description:
      'Its translations (GET /api/documents/{id}/translations); the document itself is authoritative.',
  }),
});

export const TEXT_STATES = [
  'awaiting-approval',
  'issued',
  'proposed',
  'adopted',
  'answered',
  'under-negotiation',
  'agreed',
];
export const RESPONSES = ['approved', 'approved-with-changes', 'declined', 'noted'];

export const TextSchema = Type.Object(
  {
    id: Type.String(),
    committeeId: Type.String(),
    kind: Type.Enum(['minutes', 'recommendation', 'proposal']),
    title: Type.String(),
    status: Type.Enum(TEXT_STATES, {
      description:
        'minutes: awaiting-approval, issued; recommendation: proposed, adopted (awaiting the chiefs), answered; proposal: under-negotiation (EMBARGO UNTIL AGREED), agreed.',
    }),
    meetingId: Type.Union([Type.String(), Type.Null()]),
    currentVersion: Type.Integer(),
    versions: Type.Array(
      Type.Object({
        version: Type.Integer(),
        document: DocumentRefSchema,
        author: PersonRefSchema,
        party: Type.String(),
        kind: Type.Enum(['draft', 'amendment', 'submission', 'parallel-submission', 'revision']),
        note: Type.String(),
        createdAt: Timestamp,
        consents: Type.Array(Type.Object({ party: Type.String(), by: PersonRefSchema, at: Timestamp })),
      }),
      {
        description:
          'The versions the caller may read; each is a document (GET /api/documents/{id} for its text).',
      },
    ),
    awaiting: Type.Array(Type.String(), { description: 'Parties yet to agree the current version.' }),
    issuedDocument: Type.Union([DocumentRefSchema, Type.Null()]),
    addressedTo: Type.Array(
      Type.Object({
        party: Type.String(),
        chiefsOffice: OfficeRefSchema,
        response: Type.Union([
          Type.Object({
            response: Type.Enum(RESPONSES),
            comment: Type.String(),
            by: PersonRefSchema,
            at: Timestamp,
          }),
          Type.Null(),
        ]),
      }),
    ),
    permissions: Type.Object({ amend: Type.Boolean(), consent: Type.Boolean(), respond: Type.Boolean() }),
  },
  { $id: 'CommitteeText' },
);

const TextFields = {
  text: Type.String({ minLength: 1, maxLength: 1_000_000 }),
  marking: Type.Optional(Banner),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
};

export const MinutesBodySchema = Type.Object(
  { ...TextFields, title: Type.Optional(Type.String({ minLength: 1, maxLength: 250 })) },
  { additionalProperties: false },
);
export const RecommendationBodySchema = Type.Object(
  {
    ...TextFields,
    title: Type.String({ minLength: 1, maxLength: 250 }),
    meetingId: Type.Optional(Type.String({ maxLength: 36, description: 'The meeting it arose from.' })),
  },
  { additionalProperties: false },
);
export const ProposalBodySchema = Type.Object(
  { ...TextFields, title: Type.String({ minLength: 1, maxLength: 250 }) },
  { additionalProperties: false },
);
export const AmendmentBodySchema = Type.Object(
  {
    ...TextFields,
    version: Type.Integer({ minimum: 1, description: 'The version amended (the current one).' }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 250 })),
  },
  { additionalProperties: false },
);
export const ProposalVersionBodySchema = Type.Object(
  {
    ...AmendmentBodySchema.properties,
    kind: Type.Optional(
      Type.Enum(['revision', 'parallel-submission'], {
        description: "A revision of the matter's text, or another party's parallel submission to it.",
      }),
    ),
  },
  { additionalProperties: false },
);
export const ConsentBodySchema = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version agreed (the current one).' }) },
  { additionalProperties: false },
);
export const ResponseBodySchema = Type.Object(
  {
    response: Type.Enum(RESPONSES, { description: "The chiefs' own response, for their party." }),
    comment: Type.String({ minLength: 1, maxLength: 5000 }),
  },
  { additionalProperties: false },
);
export const DiffQuerySchema = Type.Object(
  { from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export const DiffSchema = Type.Object({
  textId: Type.String(),
  from: Type.Object({ version: Type.Integer(), documentId: Type.String(), banner: Type.String() }),
  to: Type.Object({ version: Type.Integer(), documentId: Type.String(), banner: Type.String() }),
  titleChanged: Type.Boolean(),
  parts: Type.Array(Type.Object({ op: Type.Enum(['equal', 'insert', 'delete']), text: Type.String() }), {
    description:
      "Joined, the equal and delete parts are the older version, the equal and insert parts the newer (in the caller's copies).",
  }),
});

export const ActionItemBodySchema = Type.Object(
  {
    meetingId: Type.String({ maxLength: 36 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    owner: Username,
    dueDate: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
);

export const TranslationBodySchema = Type.Object(
  {
    language: Type.String({ minLength: 2, maxLength: 2, description: 'ISO 639-1: en, ru, fr, de.' }),
    originalLanguage: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    body: Type.String({ minLength: 1, maxLength: 1_000_000 }),
  },
  { additionalProperties: false },
);

export const TranslationsSchema = Type.Object(
  {
    documentId: Type.String(),
    original: Type.Object({
      language: Type.String(),
      title: Type.String(),
      authoritative: Type.Literal(true),
    }),
    translations: Type.Array(
      Type.Object({
        id: Type.String(),
        language: Type.String(),
        title: Type.String(),
        body: Type.String(),
        translator: PersonRefSchema,
        authoritative: Type.Literal(false),
        createdAt: Timestamp,
      }),
    ),
  },
  { $id: 'Translations' },
);
