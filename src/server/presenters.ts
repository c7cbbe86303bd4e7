/** Use-case results to the JSON of the API. */
import type { DocumentView } from '../app/documents/document-view.js';
import type { DocumentFields } from '../core/document/document.js';
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
    body: document.body,
    fields: presentFields(document.fields),
    version: document.version,
    createdAt: document.createdAt.toISOString(),
    negotiatingOffices: [...document.negotiatingOffices],
    distribution: view.distribution.map((recipient) => ({ ...recipient })),
    distributionBlock: [...view.distributionBlock],
    permissions: { ...view.permissions },
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
