/**
 * Turns what an author submits into a draft the core accepts: content validated, the banner parsed in
 * the author's words and checked against their clearance and read-ins, PERSONAL FOR names and
 * negotiating delegations resolved, and each recipient checked against the marking.
 */
import type { DistributionEntry, DocumentFields, DocumentKind } from '../../core/document/document.js';
import {
  checkMarkingApplicable,
  checkRecipient,
  validateContent,
} from '../../core/document/document.rules.js';
import type { Marking } from '../../core/marking/marking.js';
import { parseMarking } from '../../core/marking/marking.parse.js';
import { renderBanner } from '../../core/marking/marking.render.js';
import { bannerNameOf, toReader } from '../../core/person/person.js';
import type { AccessFacts } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findOfficesByIds } from '../../db/office.repository.js';
import { findPeopleByUsernames, listUsernames } from '../../db/person.repository.js';
import { insertDisseminations } from '../../db/document.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import type { Actor } from '../with-actor.js';

export interface RecipientInput {
  readonly person?: string;
  readonly office?: string;
  readonly party?: string;
  readonly copies?: number;
}

export interface DraftInput {
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly dated: string;
  readonly reference?: string;
  readonly fields?: DocumentFields;
  readonly marking: string;
  readonly negotiatingOffices?: readonly string[];
  readonly distribution?: readonly RecipientInput[];
}

export interface PreparedDraft {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly body: string;
  readonly dated: string;
  readonly reference: string;
  readonly fields: DocumentFields;
  readonly marking: Marking;
  readonly banner: string;
  readonly personalFor: readonly string[];
  readonly negotiatingOffices: readonly string[];
  readonly distribution: readonly DistributionEntry[];
}

export async function prepareDraft(
  ctx: AppContext,
  actor: Actor,
  input: DraftInput,
): Promise<AppResult<PreparedDraft>> {
  const content = validateContent({
    kind: input.kind as DocumentKind,
    title: input.title,
    body: input.body,
    dated: input.dated,
    reference: input.reference ?? '',
    fields: input.fields ?? {},
  });
  if (!content.ok) return content;

  const usernames = await listUsernames(actor.sql);
  const parsed = parseMarking(input.marking, ctx.scheme, {
    party: actor.person.party,
    knownNames: new Set(usernames.map((username) => bannerNameOf({ username }))),
    visibleCompartments: new Set(actor.person.compartments),
  });
  if (!parsed.ok) return { ...parsed, field: 'marking', message: `marking: ${parsed.message}` };
  const applicable = checkMarkingApplicable(actor.reader, parsed.value, ctx.scheme);
  if (!applicable.ok) return applicable;
  const marking = applicable.value;

  const named = await findPeopleByUsernames(
    actor.sql,
    marking.personalFor.map((name) => name.toLowerCase()),
  );
  const personalFor = named.map((person) => person.id);

  const negotiatingOffices = [...new Set(input.negotiatingOffices ?? [])];
  if (marking.embargoUntilAgreed) {
    const offices = await findOfficesByIds(actor.sql, negotiatingOffices.filter(isUuid));
    if (
      offices.length === 0 ||
      offices.length !== negotiatingOffices.length ||
      offices.some((o) => o.kind !== 'delegation')
    )
      return fail(
        'INVALID_INPUT',
        'negotiatingOffices: an embargoed document names the negotiating delegations',
        {
          field: 'negotiatingOffices',
        },
      );
    if (!offices.some((office) => office.members.includes(actor.person.id)))
      return fail(
        'INVALID_INPUT',
        'negotiatingOffices: you must belong to one of the negotiating delegations',
        {
          field: 'negotiatingOffices',
        },
      );
  } else if (negotiatingOffices.length > 0) {
    return fail(
      'INVALID_INPUT',
      'negotiatingOffices: only an EMBARGO UNTIL AGREED document has negotiating delegations',
      {
        field: 'negotiatingOffices',
      },
    );
  }

  const facts: AccessFacts = {
    originator: actor.person.party,
    drafterId: actor.person.id,
    issued: true,
    recalled: false,
    marking,
    personalFor: new Set(personalFor),
    negotiatingOffices: new Set(negotiatingOffices),
    disseminatedTo: { persons: new Set(), offices: new Set(), parties: new Set() },
  };
  const distribution = await resolveRecipients(ctx, actor, facts, input.distribution ?? []);
  if (!distribution.ok) return distribution;

  return succeed({
    ...content.value,
    marking,
    banner: renderBanner(marking, ctx.scheme),
    personalFor,
    negotiatingOffices,
    distribution: distribution.value.map((recipient) => recipient.entry),
  });
}

export interface ResolvedRecipient {
  readonly entry: DistributionEntry;
  readonly party: string;
}

/** Resolves recipients (a username, an office id, or a party) and checks each against the marking. */
export async function resolveRecipients(
  ctx: AppContext,
  actor: Actor,
  facts: AccessFacts,
  recipients: readonly RecipientInput[],
  already: readonly DistributionEntry[] = [],
  listName = 'distribution',
): Promise<AppResult<ResolvedRecipient[]>> {
  const usernames = recipients.flatMap((recipient) =>
    recipient.person === undefined ? [] : [recipient.person],
  );
  const officeIds = recipients.flatMap((recipient) =>
    recipient.office === undefined ? [] : [recipient.office],
  );
  const people = new Map(
    (await findPeopleByUsernames(actor.sql, usernames)).map((person) => [person.username, person]),
  );
  const offices = new Map(
    (await findOfficesByIds(actor.sql, officeIds.filter(isUuid))).map((office) => [office.id, office]),
  );
  const seen = new Set(already.map((entry) => targetKey(entry.target)));
  const resolved: ResolvedRecipient[] = [];
  for (const [index, recipient] of recipients.entries()) {
    const field = `${listName}.${index}`;
    const given = [recipient.person, recipient.office, recipient.party].filter(
      (value) => value !== undefined,
    );
    if (given.length !== 1)
      return fail('INVALID_INPUT', `${field}: name exactly one of person, office or party`, { field });
    const copies = recipient.copies ?? 1;
    if (!Number.isInteger(copies) || copies < 1 || copies > 100)
      return fail('INVALID_INPUT', `${field}.copies: a whole number from 1 to 100`, {
        field: `${field}.copies`,
      });
    let entry: DistributionEntry;
    let check: AppResult<true>;
    let party: string;
    if (recipient.person !== undefined) {
      const person = people.get(recipient.person);
      if (!person)
        return fail('UNKNOWN_RECIPIENT', `${field}.person: nobody is called '${recipient.person}'`, {
          field: `${field}.person`,
        });
      entry = { target: { kind: 'person', personId: person.id }, copies };
      party = person.party;
      check = checkRecipient(facts, { label: person.username, party, reader: toReader(person) }, ctx.scheme);
    } else if (recipient.office !== undefined) {
      const office = offices.get(recipient.office);
      if (!office)
        return fail('UNKNOWN_RECIPIENT', `${field}.office: no office '${recipient.office}'`, {
          field: `${field}.office`,
        });
      entry = { target: { kind: 'office', officeId: office.id }, copies };
      party = office.party;
      check = checkRecipient(facts, { label: office.name, party }, ctx.scheme);
    } else {
      party = recipient.party ?? '';
      if (!ctx.scheme.parties.has(party))
        return fail('UNKNOWN_RECIPIENT', `${field}.party: no party '${party}'`, { field: `${field}.party` });
      entry = { target: { kind: 'party', party }, copies };
      check = checkRecipient(facts, { label: party, party }, ctx.scheme);
    }
    if (!check.ok) return { ...check, field, message: `${field}: ${check.message}` };
    const key = targetKey(entry.target);
    if (seen.has(key))
      return fail('DISSEMINATION_DUPLICATE', `${field}: already on the distribution`, { field });
    seen.add(key);
    resolved.push({ entry, party });
  }
  return succeed(resolved);
}

/** One string per recipient (as the audience tokens name them). */
export function targetKey(target: DistributionEntry['target']): string {
  switch (target.kind) {
    case 'person':
      return `person:${target.personId}`;
    case 'office':
      return `office:${target.officeId}`;
    case 'party':
      return `party:${target.party}`;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Saves a draft's planned distribution (its copies are made when it is issued). */
export async function planDistribution(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  distribution: readonly DistributionEntry[],
  at: Date,
): Promise<void> {
  await insertDisseminations(
    actor.sql,
    documentId,
    distribution.map((entry) => ({ ...entry, id: ctx.newId() })),
    { personId: actor.person.id, at },
  );
}
