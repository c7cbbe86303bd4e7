/**
 * What a reader is shown of a document: its content and marking, the banner also in the reader's own
 * words, the names on its distribution, and what the reader may do with it.
 */
import { COMMITTEE_TEXT_KINDS } from '../../core/committee/committee-text.js';
import type { DistributionEntry, LiaisonDocument } from '../../core/document/document.js';
import { renderDistributionBlock } from '../../core/document/document.rules.js';
import { renderBannerIn } from '../../core/marking/marking.render.js';
import { nameOfRank, type ClassificationScheme } from '../../core/marking/scheme.js';
import type { Person } from '../../core/person/person.js';
import { answersForCopies, type DocumentCopy } from '../../core/dissemination/copy.js';
import type { Sql } from '../../db/database.js';
import { findOfficesByIds, type Office } from '../../db/office.repository.js';
import { findPeopleByIds } from '../../db/person.repository.js';

export interface RecipientView {
  readonly kind: 'person' | 'office' | 'party';
  readonly id: string;
  readonly label: string;
  readonly copies: number;
}

export interface DocumentView {
  readonly document: LiaisonDocument;
  readonly levelName: string;
  readonly bannerForReader: string | null;
  readonly drafter: Pick<Person, 'username' | 'displayName' | 'title'>;
  readonly personalFor: readonly Pick<Person, 'username' | 'displayName'>[];
  readonly distribution: readonly RecipientView[];
  readonly distributionBlock: readonly string[];
  readonly permissions: {
    readonly edit: boolean;
    readonly issue: boolean;
    readonly disseminate: boolean;
    /** List its copies, see receipts, trace leaks (the originator's drafter, registry, security officers). */
    readonly answerForCopies: boolean;
    readonly recall: boolean;
  };
  /** The text as this reader reads it (their copy's), when it was read; absent in lists. */
  readonly text?: string;
  /** The reader's own numbered copy, when they read one. */
  readonly copy?: { readonly id: string; readonly number: number; readonly of: number; readonly holder: string } | null;
  readonly copyCount?: number;
}

export interface Directory {
  readonly people: ReadonlyMap<string, Person>;
  readonly offices: ReadonlyMap<string, Office>;
}

/** Loads the people and offices the given documents mention, in two queries. */
export async function loadDirectoryFor(sql: Sql, documents: readonly LiaisonDocument[]): Promise<Directory> {
  const personIds = new Set<string>();
  const officeIds = new Set<string>();
  for (const document of documents) {
    personIds.add(document.drafterId);
    for (const id of document.personalFor) personIds.add(id);
    for (const entry of document.distribution) {
      if (entry.target.kind === 'person') personIds.add(entry.target.personId);
      if (entry.target.kind === 'office') officeIds.add(entry.target.officeId);
    }
  }
  const people = await findPeopleByIds(sql, [...personIds]);
  const offices = await findOfficesByIds(sql, [...officeIds]);
  return {
    people: new Map(people.map((person) => [person.id, person])),
    offices: new Map(offices.map((office) => [office.id, office])),
  };
}

export function viewDocument(
  document: LiaisonDocument,
  reader: Person,
  directory: Directory,
  scheme: ClassificationScheme,
  reading?: { readonly copy: DocumentCopy | null; readonly of: number; readonly text: string },
): DocumentView {
  const drafter = directory.people.get(document.drafterId);
  const label = (entry: DistributionEntry): string => {
    const target = entry.target;
    if (target.kind === 'person')
      return directory.people.get(target.personId)?.displayName ?? 'unknown person';
    if (target.kind === 'office') return directory.offices.get(target.officeId)?.name ?? 'unknown office';
    return scheme.parties.get(target.party)?.name ?? target.party;
  };
  const holderLabel = (holder: DocumentCopy['holder']) => label({ target: holder, copies: 1 });
  const inReaderWords = renderBannerIn(document.marking, scheme, reader.party);
  const isDrafter = document.drafterId === reader.id;
  const isRegistry = reader.roles.includes('registry-clerk') && reader.party === document.originator;
  return {
    document,
    levelName: nameOfRank(scheme, document.marking.level),
    bannerForReader: inReaderWords !== undefined && inReaderWords !== document.banner ? inReaderWords : null,
    drafter: {
      username: drafter?.username ?? '',
      displayName: drafter?.displayName ?? 'unknown',
      title: drafter?.title ?? '',
    },
    personalFor: document.personalFor.flatMap((id) => {
      const person = directory.people.get(id);
      return person ? [{ username: person.username, displayName: person.displayName }] : [];
    }),
    distribution: document.distribution.map((entry) => ({
      kind: entry.target.kind,
      id:
        entry.target.kind === 'person'
          ? (directory.people.get(entry.target.personId)?.username ?? '')
          : entry.target.kind === 'office'
            ? entry.target.officeId
            : entry.target.party,
      label: label(entry),
      copies: entry.copies,
    })),
    distributionBlock: renderDistributionBlock(document.distribution, label),
    permissions: {
      edit: document.state === 'draft' && isDrafter,
      issue: document.state === 'draft' && isDrafter,
      // A draft's recipients are set by editing it; an issued document's distribution only grows.
      disseminate: document.state === 'issued' && document.recall === null && (isDrafter || isRegistry || !document.marking.orcon),
      answerForCopies: answersForCopies(reader, document),
      recall:
        document.state === 'issued' &&
        document.recall === null &&
        (isDrafter || isRegistry) &&
        !(COMMITTEE_TEXT_KINDS as readonly string[]).includes(document.kind),
    },
    ...(reading
      ? {
          text: reading.text,
          copyCount: reading.of,
          copy: reading.copy && {
            id: reading.copy.id,
            number: reading.copy.number,
            of: reading.of,
            holder: holderLabel(reading.copy.holder),
          },
        }
      : {}),
  };
}
