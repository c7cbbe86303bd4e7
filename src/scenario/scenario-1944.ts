/**
 * The 1944 scenario, built through the same use cases a person would use: offices and people, then
 * each document drafted and issued by its drafter on its own date. The demo loads it; the tests load
 * it once into a template database.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../app/context.js';
import { createDraft } from '../app/documents/create-draft.js';
import { issueDocument } from '../app/documents/issue-document.js';
import type { RecipientInput } from '../app/documents/prepare-draft.js';
import { addPerson } from '../app/people/add-person.js';
import { parseArchiveRecord, type ArchiveRecord } from '../core/archive/archive-record.parse.js';
import { insertOffice } from '../db/office.repository.js';
import { DOCUMENTS_1944, type ScenarioDocument, type ScenarioRecipient } from './documents-1944.js';
import { DEMO_PASSWORD, OFFICES_1944, PEOPLE_1944 } from './people-1944.js';
import { loadCommittee1944 } from './committee-1944.js';
import { loadPressCutting1944 } from './press-cutting-1944.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../data/seeds/', import.meta.url));

export interface Scenario {
  readonly people: ReadonlyMap<string, string>;
  readonly offices: ReadonlyMap<string, string>;
  readonly documents: ReadonlyMap<string, string>;
}

export class ScenarioError extends Error {}

function readSeed(file: string): ArchiveRecord {
  const record = parseArchiveRecord(readFileSync(`${SEEDS_DIR}/${file}`, 'utf8'));
  if (!record.ok) throw new ScenarioError(`seed ${file}: ${record.message}`);
  return record.value;
}

/** The three seed records as live documents, with their markings and distributions. */
export function seedDocuments(): ScenarioDocument[] {
  const telegram = readSeed('000_b2025788274b246b.txt');
  const conversation = readSeed('001_3089f1942a75eb3a.txt');
  const memorandum = readSeed('002_7afd56b7266a5517.txt');
  return [
    {
      key: 'seed-000-telegram',
      drafter: 'harriman',
      issuedAt: `${telegram.dated}T18:00:00Z`,
      kind: 'telegram',
      title: telegram.title,
      marking: telegram.classification ?? 'SECRET',
      reference: telegram.reference,
      fields: { from: 'Moscow', to: 'Secretary of State, Washington', number: '435' },
      body: telegram.body,
      distribution: [{ party: 'USA' }],
    },
    {
      key: 'seed-001-conversation',
      drafter: 'page',
      issuedAt: `${conversation.dated}T21:00:00Z`,
      kind: 'memorandum-of-conversation',
      title: conversation.title,
      marking: conversation.classification ?? 'TOP SECRET',
      reference: conversation.reference,
      fields: {
        subject: conversation.subject ?? '',
        participants: conversation.participants,
        place: 'Moscow',
      },
      body: conversation.body,
      distribution: [
        { person: 'deane', copies: 1 },
        { office: 'ambassador', copies: 3 },
      ],
    },
    {
      key: 'seed-002-memorandum',
      drafter: 'deane',
      issuedAt: `${memorandum.dated}T12:00:00Z`,
      kind: 'memorandum',
      title: memorandum.title,
      marking: memorandum.classification ?? 'SECRET',
      fields: { subject: 'Establishment of a tripartite military committee in Moscow' },
      body: memorandum.body,
      distribution: [
        { office: 'general-staff' },
        { office: 'bmm' },
        { office: 'usmm' },
        { office: 'embassy' },
      ],
    },
  ];
}

/** How many steps loadScenario1944 reports, for a progress display. */
export function scenarioStepCount(): number {
  return 2 + PEOPLE_1944.length + seedDocuments().length + DOCUMENTS_1944.length;
}

export async function loadScenario1944(
  ctx: AppContext,
  progress: (step: string) => void = () => undefined,
): Promise<Scenario> {
  const offices = new Map<string, string>();
  await ctx.db.asSystem(async (sql) => {
    for (const office of OFFICES_1944) {
      const id = ctx.newId();
      await insertOffice(sql, { id, party: office.party, name: office.name, kind: office.kind });
      offices.set(office.key, id);
    }
  });
  progress('offices');

  const people = new Map<string, string>();
  for (const spec of PEOPLE_1944) {
    const added = await addPerson(ctx, {
      ...spec,
      offices: spec.offices.map((key) => officeId(offices, key)),
      password: DEMO_PASSWORD,
    });
    if (!added.ok) throw new ScenarioError(`person ${spec.username}: ${added.message}`);
    people.set(spec.username, added.value.id);
    progress(`person ${spec.username}`);
  }

  const documents = new Map<string, string>();
  const all = [...seedDocuments(), ...DOCUMENTS_1944].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  for (const spec of all) {
    const at = new Date(spec.issuedAt);
    const then: AppContext = { ...ctx, now: () => at };
    const drafter = people.get(spec.drafter);
    if (!drafter) throw new ScenarioError(`document ${spec.key}: no drafter ${spec.drafter}`);
    const draft = await createDraft(
      then,
      { personId: drafter, address: null },
      {
        kind: spec.kind,
        title: spec.title,
        body: spec.body,
        dated: spec.issuedAt.slice(0, 10),
        reference: spec.reference ?? '',
        fields: spec.fields ?? {},
        marking: spec.marking,
        distribution: spec.distribution.map((recipient) => toRecipient(offices, recipient)),
      },
    );
    if (!draft.ok) throw new ScenarioError(`document ${spec.key}: ${draft.message}`);
    const issued = await issueDocument(then, { personId: drafter, address: null }, draft.value.document.id);
    if (!issued.ok) throw new ScenarioError(`document ${spec.key}: ${issued.message}`);
    documents.set(spec.key, issued.value.document.id);
    progress(`document ${spec.key}`);
  }
  documents.set('press-cutting', await loadPressCutting1944(ctx, { people, documents }));
  progress('document press-cutting');
  await loadCommittee1944(ctx, { people, offices, documents });
  return { people, offices, documents };
}

function officeId(offices: ReadonlyMap<string, string>, key: string): string {
  const id = offices.get(key);
  if (!id) throw new ScenarioError(`no office ${key}`);
  return id;
}

function toRecipient(offices: ReadonlyMap<string, string>, recipient: ScenarioRecipient): RecipientInput {
  return recipient.office === undefined
    ? recipient
    : { ...recipient, office: officeId(offices, recipient.office) };
}
