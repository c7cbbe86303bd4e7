/**
 * What a person is shown of a committee and its business. Only what they may read is loaded: documents
 * through row-level security and then the policy module, agenda items and meetings likewise. Texts of
 * documents are never copied here: a client reads them through the documents API, in its own copy.
 */
import type { Charter, CommitteeRole } from '../../core/committee/committee.js';
import { describeCharterChanges } from '../../core/committee/charter.rules.js';
import type { CommitteeStanding } from '../../core/committee/committee.access.js';
import { isOverdue } from '../../core/committee/action-item.js';
import type { LiaisonDocument } from '../../core/document/document.js';
import { accessFactsOf } from '../../core/document/document.rules.js';
import type { Marking } from '../../core/marking/marking.js';
import { nameOfRank } from '../../core/marking/scheme.js';
import { canRead } from '../../core/policy/policy.js';
import type { ActionItemRecord } from '../../db/committee-action.repository.js';
import type { AgendaItemRecord, MeetingRecord, Referral } from '../../db/committee-meeting.repository.js';
import type { CharterVersion } from '../../db/committee.repository.js';
import { findDocument } from '../../db/document.repository.js';
import { findOfficesByIds } from '../../db/office.repository.js';
import { findPeopleByIds } from '../../db/person.repository.js';
import type { AppContext } from '../context.js';
import type { Actor } from '../with-actor.js';
import type { LoadedCommittee } from './committee-context.js';

export interface PersonRef {
  readonly username: string;
  readonly displayName: string;
  readonly party: string;
}

export interface Names {
  person(id: string): PersonRef;
  office(id: string): { readonly id: string; readonly name: string };
}

/** Loads the names of the people and offices a view mentions, in two queries. */
export async function loadNames(
  actor: Actor,
  personIds: Iterable<string>,
  officeIds: Iterable<string> = [],
): Promise<Names> {
  const people = new Map((await findPeopleByIds(actor.sql, [...new Set(personIds)])).map((p) => [p.id, p]));
  const offices = new Map((await findOfficesByIds(actor.sql, [...new Set(officeIds)])).map((o) => [o.id, o]));
  return {
    person(id) {
      const person = people.get(id);
      return person
        ? { username: person.username, displayName: person.displayName, party: person.party }
        : { username: '', displayName: 'unknown person', party: '' };
    },
    office(id) {
      return { id, name: offices.get(id)?.name ?? 'unknown office' };
    },
  };
}

/** The documents among `ids` the person may read: row-level security, then the policy module. */
export async function readableDocuments(
  ctx: AppContext,
  actor: Actor,
  ids: Iterable<string>,
): Promise<Map<string, LiaisonDocument>> {
  const readable = new Map<string, LiaisonDocument>();
  for (const id of new Set(ids)) {
    const document = await findDocument(actor.sql, id, ctx.scheme);
    if (!document) continue;
    if (canRead(actor.reader, accessFactsOf(document))) readable.set(id, document);
    else
      ctx.logger.error(
        { event: 'policy-disagreement', documentId: id, personId: actor.person.id },
        'the store returned a committee document the policy module denies',
      );
  }
  return readable;
}

export interface CharterView {
  readonly version: number;
  readonly status: CharterVersion['status'];
  readonly name: string;
  readonly remit: string;
  readonly powers: Charter['powers'];
  readonly place: string;
  readonly workingLevel: { readonly rank: number; readonly name: string };
  readonly members: readonly PersonRef[];
  readonly staff: readonly (PersonRef & { readonly role: CommitteeRole })[];
  readonly parties: readonly {
    readonly party: string;
    readonly chiefsOffice: { id: string; name: string };
  }[];
  readonly reservedMatters: readonly {
    readonly topic: string;
    readonly body: string;
    readonly terms: readonly string[];
  }[];
  readonly proposedBy: PersonRef;
  readonly proposedAt: Date;
  readonly inForceAt: Date | null;
  readonly note: string;
  readonly approvals: readonly { readonly party: string; readonly by: PersonRef; readonly at: Date }[];
  readonly awaitingApproval: readonly string[];
  /** What it changes against the charter in force (or "first charter"). */
  readonly changes: readonly string[];
}

export interface CommitteeView {
  readonly id: string;
  readonly name: string;
  readonly status: 'proposed' | 'in-force';
  readonly charter: CharterView;
  readonly pendingCharter: CharterView | null;
  readonly delegations: readonly { readonly party: string; readonly office: { id: string; name: string } }[];
  readonly standing: CommitteeStanding;
}

export async function viewCommittee(
  ctx: AppContext,
  actor: Actor,
  committee: LoadedCommittee,
): Promise<CommitteeView> {
  const versions = [
    committee.governing,
    ...(committee.pending && committee.pending !== committee.governing ? [committee.pending] : []),
  ];
  const names = await loadNames(
    actor,
    versions.flatMap((version) => [
      version.proposedBy,
      ...version.charter.participants.map((entry) => entry.personId),
      ...[...version.approvals.values()].map((approval) => approval.personId),
    ]),
    [
      ...versions.flatMap((version) => version.charter.parties.map((entry) => entry.chiefsOfficeId)),
      ...committee.delegationOffices,
    ],
  );
  const inForce = committee.inForce ? committee.governing : undefined;
  const charterView = (version: CharterVersion) => viewCharter(ctx, version, inForce, names);
  return {
    id: committee.record.id,
    name: committee.charter.name,
    status: committee.inForce ? 'in-force' : 'proposed',
    charter: charterView(committee.governing),
    pendingCharter: committee.pending ? charterView(committee.pending) : null,
    delegations: [...committee.record.delegations].map(([party, officeId]) => ({
      party,
      office: names.office(officeId),
    })),
    standing: committee.standing,
  };
}

export function viewCharter(
  ctx: AppContext,
  version: CharterVersion,
  inForce: CharterVersion | undefined,
  names: Names,
): CharterView {
  const charter = version.charter;
  const approvers = charter.parties.map((entry) => entry.party);
  const before = inForce && inForce.version !== version.version ? inForce.charter : undefined;
  return {
    version: version.version,
    status: version.status,
    name: charter.name,
    remit: charter.remit,
    powers: charter.powers,
    place: charter.place,
    workingLevel: { rank: charter.workingLevel, name: nameOfRank(ctx.scheme, charter.workingLevel) },
    members: charter.participants
      .filter((entry) => entry.role === 'member')
      .map((entry) => names.person(entry.personId)),
    staff: charter.participants
      .filter((entry) => entry.role !== 'member')
      .map((entry) => ({ ...names.person(entry.personId), role: entry.role })),
    parties: charter.parties.map((entry) => ({
      party: entry.party,
      chiefsOffice: names.office(entry.chiefsOfficeId),
    })),
    reservedMatters: charter.reservedMatters.map((matter) => ({ ...matter, terms: [...matter.terms] })),
    proposedBy: names.person(version.proposedBy),
    proposedAt: version.proposedAt,
    inForceAt: version.inForceAt,
    note: version.note,
    approvals: [...version.approvals].map(([party, approval]) => ({
      party,
      by: names.person(approval.personId),
      at: approval.at,
    })),
    awaitingApproval:
      version.status === 'awaiting-approval'
        ? [
            ...new Set([...(inForce?.charter.parties.map((entry) => entry.party) ?? []), ...approvers]),
          ].filter((party) => !version.approvals.has(party))
        : [],
    changes: describeCharterChanges(before, charter, (id) => names.person(id).displayName),
  };
}

export interface AgendaItemView {
  readonly id: string;
  readonly committeeId: string;
  readonly title: string;
  readonly text: string;
  readonly banner: string;
  readonly marking: Marking;
  readonly status: AgendaItemRecord['status'];
  readonly referredTo: string | null;
  readonly reservedMatter: Referral | null;
  readonly override: {
    readonly consents: readonly {
      readonly party: string;
      readonly by: PersonRef;
      readonly reason: string;
      readonly at: Date;
    }[];
    readonly awaiting: readonly string[];
    readonly overriddenAt: Date | null;
  } | null;
  readonly proposedBy: PersonRef;
  readonly originator: string;
  readonly meeting: { readonly id: string; readonly number: number } | null;
  readonly position: number | null;
  readonly proposedAt: Date;
}

export function viewAgendaItem(
  item: AgendaItemRecord,
  parties: readonly string[],
  names: Names,
  meetingNumbers: ReadonlyMap<string, number>,
): AgendaItemView {
  const consented = new Set(item.consents.map((consent) => consent.party));
  return {
    id: item.id,
    committeeId: item.committeeId,
    title: item.title,
    text: item.text,
    banner: item.banner,
    marking: item.marking,
    status: item.status,
    referredTo: item.status === 'referred' ? item.referredTo : null,
    reservedMatter: item.referral,
    override:
      item.referral === null
        ? null
        : {
            consents: item.consents.map((consent) => ({
              party: consent.party,
              by: names.person(consent.personId),
              reason: consent.reason,
              at: consent.at,
            })),
            awaiting: item.overriddenAt === null ? parties.filter((party) => !consented.has(party)) : [],
            overriddenAt: item.overriddenAt,
          },
    proposedBy: names.person(item.proposedBy),
    originator: item.originator,
    meeting:
      item.meetingId === null
        ? null
        : { id: item.meetingId, number: meetingNumbers.get(item.meetingId) ?? 0 },
    position: item.position,
    proposedAt: item.proposedAt,
  };
}

export interface PaperView {
  readonly documentId: string;
  readonly title: string;
  readonly kind: string;
  readonly banner: string;
  readonly registryNumber: string | null;
  readonly originator: string;
  readonly addedBy: PersonRef;
  readonly addedAt: Date;
}

export interface ActionItemView {
  readonly id: string;
  readonly meetingId: string;
  readonly title: string;
  readonly owner: PersonRef;
  readonly dueDate: string;
  readonly state: ActionItemRecord['state'];
  readonly overdue: boolean;
  readonly assignedBy: PersonRef;
  readonly assignedAt: Date;
  readonly completedBy: PersonRef | null;
  readonly completedAt: Date | null;
}

export function viewActionItem(item: ActionItemRecord, names: Names, now: Date): ActionItemView {
  return {
    id: item.id,
    meetingId: item.meetingId,
    title: item.title,
    owner: names.person(item.ownerId),
    dueDate: item.dueDate,
    state: item.state,
    overdue: isOverdue(item, now),
    assignedBy: names.person(item.assignedBy),
    assignedAt: item.assignedAt,
    completedBy: item.completedBy === null ? null : names.person(item.completedBy),
    completedAt: item.completedAt,
  };
}

export interface MeetingSummaryView {
  readonly id: string;
  readonly committeeId: string;
  readonly number: number;
  readonly scheduledFor: Date;
  readonly place: string;
  readonly status: MeetingRecord['status'];
  readonly banner: string;
  readonly marking: Marking;
  readonly convenedBy: PersonRef;
}

export function viewMeetingSummary(meeting: MeetingRecord, names: Names): MeetingSummaryView {
  return {
    id: meeting.id,
    committeeId: meeting.committeeId,
    number: meeting.number,
    scheduledFor: meeting.scheduledFor,
    place: meeting.place,
    status: meeting.status,
    banner: meeting.banner,
    marking: meeting.marking,
    convenedBy: names.person(meeting.convenedBy),
  };
}
