/** Use-case results to the JSON of the API. */
import type { Directory, DocumentView } from '../app/documents/document-view.js';
import type { VariationPoints } from '../app/copies/variation-points.js';
import type { DocumentCopy } from '../core/dissemination/copy.js';
import type { DocumentFields, RecallNotice } from '../core/document/document.js';
import type { DirectoryView } from '../app/people/get-directory.js';
import type { MarkingOptions } from '../app/people/get-marking-options.js';
import type { Marking } from '../core/marking/marking.js';
import type { Person } from '../core/person/person.js';
import { nameOfRank, type ClassificationScheme } from '../core/marking/scheme.js';

export function presentMarking(marking: Marking, scheme: ClassificationScheme) {
  return {
    level: { rank: marking.level, name: nameOfRank(scheme, marking.level) },
    compartments: [...marking.compartments],
    releasability:
      marking.releasability.kind === 'rel-to'
        ? { kind: 'rel-to' as const, parties: [...marking.releasability.parties] }
        : { kind: marking.releasability.kind },
    orcon: marking.orcon,
    personalFor: [...marking.personalFor],
    embargoUntilAgreed: marking.embargoUntilAgreed,
  };
}

export function presentDocumentSummary(view: DocumentView, scheme: ClassificationScheme, snippet?: string) {
  const document = view.document;
  return {
    id: document.id,
    kind: document.kind,
    state: document.state,
    title: document.title,
    dated: document.dated,
    reference: document.reference,
    registryNumber: document.registryNumber,
    originator: document.originator,
    drafter: view.drafter,
    banner: document.banner,
    bannerForReader: view.bannerForReader,
    marking: presentMarking(document.marking, scheme),
    issuedAt: document.issuedAt?.toISOString() ?? null,
    updatedAt: document.updatedAt.toISOString(),
    ...(snippet === undefined ? {} : { snippet }),
  };
}

export function presentDocument(view: DocumentView, scheme: ClassificationScheme) {
  const document = view.document;
  return {
    ...presentDocumentSummary(view, scheme),
    body: view.text ?? document.body,
    fields: presentFields(document.fields),
    version: document.version,
    createdAt: document.createdAt.toISOString(),
    negotiatingOffices: [...document.negotiatingOffices],
    distribution: view.distribution.map((recipient) => ({ ...recipient })),
    distributionBlock: [...view.distributionBlock],
    permissions: { ...view.permissions },
    copy: view.copy ? { ...view.copy } : null,
    copyCount: view.copyCount ?? 0,
    recall: document.recall ? { at: document.recall.at.toISOString(), reason: document.recall.reason } : null,
  };
}

export function presentMe(person: Person, scheme: ClassificationScheme) {
  return {
    username: person.username,
    displayName: person.displayName,
    title: person.title,
    party: person.party,
    clearance: {
      rank: person.clearance,
      name:
        scheme.parties.get(person.party)?.nameByRank.get(person.clearance) ??
        nameOfRank(scheme, person.clearance),
    },
    compartments: [...person.compartments],
    roles: [...person.roles],
  };
}

export function presentDirectory(directory: DirectoryView) {
  return {
    parties: directory.parties.map((party) => ({ ...party })),
    offices: directory.offices.map((office) => ({ ...office })),
    people: directory.people.map((person) => ({ ...person })),
  };
}

export function presentMarkingOptions(options: MarkingOptions) {
  return {
    party: options.party,
    levels: options.levels.map((level) => ({ ...level })),
    compartments: options.compartments.map((compartment) => ({ ...compartment })),
    parties: options.parties.map((party) => ({ ...party })),
    controls: [...options.controls],
    personalForCandidates: options.personalForCandidates.map((candidate) => ({ ...candidate })),
    delegations: options.delegations.map((delegation) => ({ ...delegation })),
  };
}

function presentFields(fields: DocumentFields) {
  const { participants, places, ...text } = fields;
  return {
    ...text,
    ...(participants === undefined ? {} : { participants: [...participants] }),
    ...(places === undefined ? {} : { places: [...places] }),
  };
}

export function presentPersonnel(person: Person, scheme: ClassificationScheme) {
  return { ...presentMe(person, scheme), status: person.status };
}

export function presentNotice(notice: RecallNotice) {
  return {
    documentId: notice.documentId,
    registryNumber: notice.registryNumber,
    title: notice.title,
    banner: notice.banner,
    recalledAt: notice.recalledAt.toISOString(),
    reason: notice.reason,
  };
}

export function presentRecallNotice(notice: RecallNotice) {
  return {
    error: {
      code: 'RECALLED' as const,
      message: `${notice.registryNumber ?? 'the document'} was recalled by its originator on ${notice.recalledAt.toISOString().slice(0, 10)}: ${notice.reason}`,
    },
    recall: presentNotice(notice),
  };
}

export function presentCopy(copy: DocumentCopy, of: number, directory: Directory, scheme: ClassificationScheme) {
  const username = (id: string | null) => (id === null ? null : (directory.people.get(id)?.username ?? null));
  const holder = copy.holder;
  const person = holder.kind === 'person' ? directory.people.get(holder.personId) : undefined;
  const office = holder.kind === 'office' ? directory.offices.get(holder.officeId) : undefined;
  const taker = copy.assignedTo === null ? undefined : directory.people.get(copy.assignedTo);
  const label =
    holder.kind === 'person'
      ? (person?.displayName ?? 'unknown person')
      : `${holder.kind === 'office' ? (office?.name ?? 'unknown office') : (scheme.parties.get(holder.party)?.name ?? holder.party)}${taker ? ` (${taker.displayName})` : ''}`;
  return {
    id: copy.id,
    number: copy.number,
    of,
    recipient: {
      kind: holder.kind,
      username: holder.kind === 'person' ? (person?.username ?? null) : username(copy.assignedTo),
      office: holder.kind === 'office' ? { id: holder.officeId, name: office?.name ?? '' } : null,
      party: holder.kind === 'party' ? holder.party : null,
      label,
    },
    receivedAt: copy.receivedAt?.toISOString() ?? null,
    receivedBy: username(copy.receivedBy),
    destroyedAt: copy.destroyedAt?.toISOString() ?? null,
    destroyedBy: username(copy.destroyedBy),
    destructionNote: copy.destructionNote,
  };
}

export function presentVariationPoints(points: VariationPoints) {
  return {
    items: points.points.map((point) => ({
      id: point.id,
      kind: point.kind,
      start: point.start,
      end: point.end,
      alternatives: [...point.alternatives],
      survivesRetyping: point.survivesRetyping,
      excluded: points.excluded.has(point.id),
    })),
  };
}
