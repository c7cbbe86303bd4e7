/** Committee use-case results to the JSON of the API (dates as ISO 8601, markings as the API shows them). */
import type {
  ActionItemView,
  AgendaItemView,
  CharterView,
  CommitteeView,
  MeetingSummaryView,
} from '../app/committees/committee-view.js';
import type { TextDiff } from '../app/committees/diff-text-versions.js';
import type { MeetingView } from '../app/committees/meeting-view.js';
import type { DocumentRef, TextView } from '../app/committees/text-view.js';
import type { TranslationsView } from '../app/translations/translation-view.js';
import type { ReservedMatterCheck } from '../core/committee/reserved-matter.js';
import type { ClassificationScheme } from '../core/marking/scheme.js';
import { presentMarking } from './presenters.js';

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date === null ? null : date.toISOString());

export function presentCharter(view: CharterView) {
  return {
    ...view,
    members: view.members.map((member) => ({ ...member })),
    staff: view.staff.map((member) => ({ ...member })),
    parties: view.parties.map((party) => ({ ...party })),
    reservedMatters: view.reservedMatters.map((matter) => ({ ...matter, terms: [...matter.terms] })),
    proposedAt: iso(view.proposedAt),
    inForceAt: isoOrNull(view.inForceAt),
    approvals: view.approvals.map((approval) => ({ ...approval, at: iso(approval.at) })),
    awaitingApproval: [...view.awaitingApproval],
    changes: [...view.changes],
  };
}

export function presentCommittee(view: CommitteeView) {
  const charter = presentCharter(view.charter);
  return {
    id: view.id,
    name: view.name,
    status: view.status,
    remit: charter.remit,
    powers: charter.powers,
    place: charter.place,
    members: charter.members,
    staff: charter.staff,
    reservedMatters: charter.reservedMatters,
    charter,
    pendingCharter: view.pendingCharter ? presentCharter(view.pendingCharter) : null,
    delegations: view.delegations.map((delegation) => ({ ...delegation })),
    standing: view.standing,
  };
}

export function presentAgendaItem(view: AgendaItemView, scheme: ClassificationScheme) {
  return {
    ...view,
    marking: presentMarking(view.marking, scheme),
    reservedMatter: view.reservedMatter && {
      ...view.reservedMatter,
      matches: view.reservedMatter.matches.map((match) => ({ ...match })),
    },
    override: view.override && {
      consents: view.override.consents.map((consent) => ({ ...consent, at: iso(consent.at) })),
      awaiting: [...view.override.awaiting],
      overriddenAt: isoOrNull(view.override.overriddenAt),
    },
    proposedAt: iso(view.proposedAt),
  };
}

export function presentReservedMatterCheck(check: ReservedMatterCheck) {
  return check.reserved
    ? {
        reserved: true,
        referredTo: check.match.body,
        explanation: check.explanation,
        matches: check.matches.map((match) => ({ ...match })),
      }
    : { reserved: false, referredTo: null, explanation: null, matches: [] };
}

export function presentActionItem(view: ActionItemView) {
  return { ...view, assignedAt: iso(view.assignedAt), completedAt: isoOrNull(view.completedAt) };
}

export function presentMeetingSummary(view: MeetingSummaryView, scheme: ClassificationScheme) {
  return {
    id: view.id,
    committeeId: view.committeeId,
    number: view.number,
    scheduledFor: iso(view.scheduledFor),
    place: view.place,
    status: view.status,
    banner: view.banner,
    marking: presentMarking(view.marking, scheme),
    convenedBy: view.convenedBy,
  };
}

export function presentMeeting(view: MeetingView, scheme: ClassificationScheme) {
  return {
    ...presentMeetingSummary(view, scheme),
    agenda: view.agenda.map((item) => presentAgendaItem(item, scheme)),
    referred: view.referred.map((item) => presentAgendaItem(item, scheme)),
    papers: view.papers.map((paper) => ({ ...paper, addedAt: iso(paper.addedAt) })),
    attendance: view.attendance.map((person) => ({ ...person })),
    minutes: view.minutes && { ...view.minutes },
    actionItems: view.actionItems.map(presentActionItem),
  };
}

export function presentText(view: TextView) {
  const documentRef = (ref: DocumentRef) => ({
    ...ref,
    issuedAt: isoOrNull(ref.issuedAt),
    translations: ref.translations.map((translation) => ({ ...translation })),
  });
  return {
    ...view,
    versions: view.versions.map((version) => ({
      ...version,
      document: documentRef(version.document),
      createdAt: iso(version.createdAt),
      consents: version.consents.map((consent) => ({ ...consent, at: iso(consent.at) })),
    })),
    awaiting: [...view.awaiting],
    issuedDocument: view.issuedDocument && documentRef(view.issuedDocument),
    addressedTo: view.addressedTo.map((entry) => ({
      ...entry,
      response: entry.response && { ...entry.response, at: iso(entry.response.at) },
    })),
    permissions: { ...view.permissions },
  };
}

export function presentDiff(diff: TextDiff) {
  return { ...diff, parts: diff.parts.map((part) => ({ ...part })) };
}

export function presentTranslations(view: TranslationsView) {
  return {
    documentId: view.documentId,
    original: { ...view.original },
    translations: view.translations.map((translation) => ({
      ...translation,
      createdAt: iso(translation.createdAt),
    })),
  };
}
