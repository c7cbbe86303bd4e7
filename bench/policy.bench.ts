/**
 * Access decisions per second: Liaison's policy module (`canRead`) against casbin and @casl/ability
 * expressing the same rules (the six of DESIGN.md, plus "suspended people read nothing" and "a recalled
 * document is read by its drafter and the originator's registry only"), on the same random population
 * and the same sequence of (person, document) pairs, in the same run.
 *
 * Population (seeded, reproducible): 1,000 people of three parties in 60 offices (a fifth of them
 * negotiating delegations), 10,000 documents with the marking mix of a liaison mission: levels 0-4,
 * compartments on one document in eight, REL TO / NOFORN / coalition releasability, PERSONAL FOR,
 * EMBARGO UNTIL AGREED, drafts, recalled documents, and dissemination to persons, offices and parties.
 *
 * Before anything is timed, the three engines must give the same answer on every pair of the timed
 * sequence, on as many more random pairs, and on the edge pairs of every document (its drafter, the
 * people it is PERSONAL FOR, the originator's registry clerks, members of its negotiating offices):
 * the bench throws on the first disagreement, since a race between engines that disagree means nothing.
 *
 * Each engine gets its input in its own natural form, prepared before timing (our Reader/AccessFacts
 * with Sets; plain attribute objects for casbin; one Ability per person and subject-tagged objects
 * for CASL, as an application would cache them). Timing: two warm-up rounds each, then seven rounds
 * interleaved ours/casbin/CASL; each round repeats the pair sequence enough times to last about
 * 300 ms; the figure is the median round.
 */
import { AbilityBuilder, createMongoAbility, subject, type MongoAbility } from '@casl/ability';
import { newEnforcer, newModelFromString, StringAdapter, type Enforcer } from 'casbin';
import { buildMarking, type Releasability } from '../src/core/marking/marking.js';
import { canRead, decideRead, type AccessFacts, type Reader } from '../src/core/policy/policy.js';
import type { Report } from './run.js';

const PEOPLE = 1_000;
const DOCUMENTS = 10_000;
const OFFICES_PER_PARTY = 20;
const SEQUENCE = 200_000;
const WARMUP_ROUNDS = 2;
const TIMED_ROUNDS = 7;
const ROUND_TARGET_MS = 300;

const PARTIES = ['USA', 'GBR', 'SUN'] as const;
const PARTY_WEIGHTS = [0.4, 0.35, 0.25];
/** The scheme's compartments (data/scheme-1944.json); every marking carries only known ones. */
const COMPARTMENTS = ['BAGRATION', 'OVERLORD'] as const;
/** Ranks each party has a word for (SUN has none for 1), so every marking could be written as a banner. */
const LEVELS: Record<string, readonly number[]> = { USA: [0, 1, 2, 3], GBR: [0, 1, 2, 3], SUN: [0, 2, 3, 4] };

/** xorshift32, seeded: the bench's own reproducible randomness. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

interface Office {
  readonly id: string;
  readonly party: string;
  readonly delegation: boolean;
}

interface Population {
  readonly readers: Reader[];
  readonly documents: AccessFacts[];
  readonly offices: Office[];
}

function generatePopulation(random: () => number): Population {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const pickWeighted = <T>(values: readonly T[], weights: readonly number[]): T => {
    let x = random();
    for (let i = 0; i < values.length; i++) {
      x -= weights[i]!;
      if (x < 0) return values[i]!;
    }
    return values[values.length - 1]!;
  };
  const sample = <T>(values: readonly T[], count: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, values.length)) chosen.add(pick(values));
    return [...chosen];
  };

  const offices: Office[] = [];
  for (const party of PARTIES) {
    for (let i = 0; i < OFFICES_PER_PARTY; i++)
      offices.push({ id: `office-${party}-${i}`, party, delegation: i < OFFICES_PER_PARTY / 5 });
  }
  const officesOf = (party: string) => offices.filter((office) => office.party === party);
  const delegations = offices.filter((office) => office.delegation);

  const readers: Reader[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const party = pickWeighted(PARTIES, PARTY_WEIGHTS);
    const clearance = pickWeighted([0, 1, 2, 3, 4], [0.05, 0.15, 0.35, 0.4, 0.05]);
    const compartments = COMPARTMENTS.filter(() => random() < 0.2);
    const own = officesOf(party);
    const memberOf = sample(
      own.map((office) => office.id),
      random() < 0.3 ? 2 : 1,
    );
    readers.push({
      id: `person-${i}`,
      party,
      clearance,
      compartments: new Set(compartments),
      offices: new Set(memberOf),
      isRegistryClerk: random() < 0.04,
      active: random() >= 0.02,
    });
  }
  const peopleOf = new Map(PARTIES.map((party) => [party, readers.filter((r) => r.party === party)]));

  const documents: AccessFacts[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const originator = pickWeighted(PARTIES, PARTY_WEIGHTS);
    const drafter = pick(peopleOf.get(originator)!);
    const level = pickWeighted(LEVELS[originator]!, [0.15, 0.3, 0.4, 0.15]);
    const compartments = random() < 0.125 ? sample(COMPARTMENTS, random() < 0.15 ? 2 : 1) : [];
    const others = PARTIES.filter((party) => party !== originator);
    const r = random();
    const releasability: Releasability =
      r < 0.5
        ? { kind: 'coalition' }
        : r < 0.85
          ? { kind: 'rel-to', parties: [originator, ...sample(others, random() < 0.5 ? 1 : 2)] }
          : { kind: 'noforn' };
    const embargo = random() < 0.03;
    const marking = buildMarking({
      level,
      vocabulary: originator,
      compartments,
      releasability,
      orcon: random() < 0.1,
      embargoUntilAgreed: embargo,
    });
    const personalFor = random() < 0.04 ? sample(readers, random() < 0.7 ? 1 : 2).map((p) => p.id) : [];
    const issued = random() < 0.92;
    const recalled = issued && random() < 0.02;
    const persons = random() < 0.3 ? sample(readers, 1 + Math.floor(random() * 3)).map((p) => p.id) : [];
    const toOffices =
      random() < 0.6 ? sample(offices, 1 + Math.floor(random() * 4)).map((office) => office.id) : [];
    const toParties =
      random() < 0.35 || (persons.length === 0 && toOffices.length === 0)
        ? sample(PARTIES, 1 + Math.floor(random() * 2))
        : [];
    documents.push({
      originator,
      drafterId: drafter.id,
      issued,
      recalled,
      marking,
      personalFor: new Set(personalFor),
      negotiatingOffices: new Set(embargo ? sample(delegations, 2).map((office) => office.id) : []),
      disseminatedTo: { persons: new Set(persons), offices: new Set(toOffices), parties: new Set(toParties) },
    });
  }
  return { readers, documents, offices };
}

// ---------------------------------------------------------------------------------------------------
// casbin: pure ABAC. The request carries the person's and the document's attributes as objects
// (`r.sub`, `r.obj`); the six rules are one matcher over those attributes, with three custom functions
// registered through `addFunction` for the set tests casbin's expression language lacks (`contains`,
// `allIn`, `overlaps`). The policy has a single line `p, read` (the action), as in casbin's ABAC
// examples; the effect is "some allow". Decisions with `enforceSync`, the fast synchronous path.
// ---------------------------------------------------------------------------------------------------
const CASBIN_MODEL = `
[request_definition]
r = sub, obj, act

[policy_definition]
p = act

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = r.act == p.act && r.sub.active && ${[
  // 1. clearance on the shared scale
  'r.sub.clearance >= r.obj.level',
  // 2. read into every compartment
  'allIn(r.obj.compartments, r.sub.compartments)',
  // 3. originator or releasable
  "(r.obj.originator == r.sub.party || r.obj.releasability == 'coalition' || (r.obj.releasability == 'rel-to' && contains(r.obj.relTo, r.sub.party)))",
  // 4. PERSONAL FOR names the reader, unless drafter or the originator's registry clerk
  '(r.obj.personalFor.length == 0 || contains(r.obj.personalFor, r.sub.id) || r.obj.drafterId == r.sub.id || (r.sub.isRegistryClerk && r.obj.originator == r.sub.party))',
  // 5. embargo: members of the negotiating offices only
  '(!r.obj.embargo || overlaps(r.sub.offices, r.obj.negotiatingOffices))',
  // recalled by the originator: its drafter and registry only
  '(!r.obj.recalled || r.obj.drafterId == r.sub.id || (r.sub.isRegistryClerk && r.obj.originator == r.sub.party))',
  // 6. drafter; or issued and the registry, or disseminated to the person, an office of theirs, their party
  '(r.obj.drafterId == r.sub.id || (r.obj.issued && ((r.sub.isRegistryClerk && r.obj.originator == r.sub.party) || contains(r.obj.disseminatedPersons, r.sub.id) || overlaps(r.sub.offices, r.obj.disseminatedOffices) || contains(r.obj.disseminatedParties, r.sub.party))))',
].join(' && ')}
`;

interface CasbinSubject {
  id: string;
  party: string;
  clearance: number;
  compartments: ReadonlySet<string>;
  offices: readonly string[];
  isRegistryClerk: boolean;
  active: boolean;
}

interface DocumentAttributes {
  level: number;
  compartments: string[];
  originator: string;
  releasability: 'coalition' | 'rel-to' | 'noforn';
  relTo: string[];
  personalFor: string[];
  drafterId: string;
  issued: boolean;
  recalled: boolean;
  embargo: boolean;
  negotiatingOffices: string[];
  disseminatedPersons: string[];
  disseminatedOffices: string[];
  disseminatedParties: string[];
}

function attributesOf(document: AccessFacts): DocumentAttributes {
  const releasability = document.marking.releasability;
  return {
    level: document.marking.level,
    compartments: [...document.marking.compartments],
    originator: document.originator,
    releasability: releasability.kind,
    relTo: releasability.kind === 'rel-to' ? [...releasability.parties] : [],
    personalFor: [...document.personalFor],
    drafterId: document.drafterId,
    issued: document.issued,
    recalled: document.recalled,
    embargo: document.marking.embargoUntilAgreed,
    negotiatingOffices: [...document.negotiatingOffices],
    disseminatedPersons: [...document.disseminatedTo.persons],
    disseminatedOffices: [...document.disseminatedTo.offices],
    disseminatedParties: [...document.disseminatedTo.parties],
  };
}

async function createCasbin(): Promise<Enforcer> {
  const enforcer = await newEnforcer(newModelFromString(CASBIN_MODEL), new StringAdapter('p, read'));
  await enforcer.addFunction('contains', (list: readonly string[], value: string) => list.includes(value));
  await enforcer.addFunction('allIn', (list: readonly string[], held: ReadonlySet<string>) =>
    list.every((value) => held.has(value)),
  );
  await enforcer.addFunction('overlaps', (small: readonly string[], large: readonly string[]) =>
    small.some((value) => large.includes(value)),
  );
  return enforcer;
}

// ---------------------------------------------------------------------------------------------------
// CASL: one Ability per person (built once and cached, as an application does per session), with
// mongo-style conditions on the document's attributes. Rule 6 is a set of `can` rules (any grant
// allows); rules 1-5 are `cannot` rules declared after them, which take precedence over every `can`.
// Operators used: $gt, $ne, $in, $nin, $exists (`$in: [x]` for "array contains x": measured about three
// times faster in CASL than the equivalent `{ field: x }`). Rule 2 denies documents
// carrying any compartment the person is not read into (`$in` the scheme's other compartments: markings
// only ever carry the scheme's compartments, unknown ones being refused at parsing).
// ---------------------------------------------------------------------------------------------------
type CaslDocument = DocumentAttributes & { readonly __caslSubjectType__?: 'Document' };
type DocumentAbility = MongoAbility<['read', 'Document' | CaslDocument]>;

function abilityFor(reader: Reader): DocumentAbility {
  const { can, cannot, build } = new AbilityBuilder<DocumentAbility>(createMongoAbility);
  if (reader.active) {
    const offices = [...reader.offices];
    // 6. who holds the document
    can('read', 'Document', { drafterId: reader.id });
    if (reader.isRegistryClerk) can('read', 'Document', { issued: true, originator: reader.party });
    can('read', 'Document', { issued: true, disseminatedPersons: { $in: [reader.id] } });
    can('read', 'Document', { issued: true, disseminatedOffices: { $in: offices } });
    can('read', 'Document', { issued: true, disseminatedParties: { $in: [reader.party] } });
    // 3. releasability
    cannot('read', 'Document', { releasability: 'noforn', originator: { $ne: reader.party } });
    cannot('read', 'Document', {
      releasability: 'rel-to',
      originator: { $ne: reader.party },
      relTo: { $nin: [reader.party] },
    });
    // 4. PERSONAL FOR (its drafter and, for a registry clerk, the originator's registry excepted)
    cannot('read', 'Document', {
      'personalFor.0': { $exists: true },
      personalFor: { $nin: [reader.id] },
      drafterId: { $ne: reader.id },
      ...(reader.isRegistryClerk ? { originator: { $ne: reader.party } } : {}),
    });
    // 5. embargo
    cannot('read', 'Document', { embargo: true, negotiatingOffices: { $nin: offices } });
    // recalled: its drafter and the originator's registry only
    cannot('read', 'Document', {
      recalled: true,
      drafterId: { $ne: reader.id },
      ...(reader.isRegistryClerk ? { originator: { $ne: reader.party } } : {}),
    });
    // 2. compartments
    const notReadInto = COMPARTMENTS.filter((compartment) => !reader.compartments.has(compartment));
    if (notReadInto.length > 0) cannot('read', 'Document', { compartments: { $in: notReadInto } });
    // 1. clearance (declared last: CASL tries the latest rules first, and this denial is the most common)
    cannot('read', 'Document', { level: { $gt: reader.clearance } });
  }
  return build();
}

// ---------------------------------------------------------------------------------------------------

interface Engines {
  ours: (person: number, document: number) => boolean;
  casbin: (person: number, document: number) => boolean;
  casl: (person: number, document: number) => boolean;
}

async function prepareEngines(population: Population): Promise<Engines> {
  const { readers, documents } = population;
  const enforcer = await createCasbin();
  const subjects: CasbinSubject[] = readers.map((reader) => ({
    id: reader.id,
    party: reader.party,
    clearance: reader.clearance,
    compartments: reader.compartments,
    offices: [...reader.offices],
    isRegistryClerk: reader.isRegistryClerk,
    active: reader.active,
  }));
  const objects = documents.map(attributesOf);
  const abilities = readers.map(abilityFor);
  const caslDocuments: CaslDocument[] = documents.map((document) =>
    subject('Document', attributesOf(document)),
  );
  return {
    ours: (p, d) => canRead(readers[p]!, documents[d]!),
    casbin: (p, d) => enforcer.enforceSync(subjects[p]!, objects[d]!, 'read'),
    casl: (p, d) => abilities[p]!.can('read', caslDocuments[d]!),
  };
}

function randomPairs(random: () => number, count: number): { people: Uint16Array; documents: Uint16Array } {
  const people = new Uint16Array(count);
  const docs = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    people[i] = Math.floor(random() * PEOPLE);
    docs[i] = Math.floor(random() * DOCUMENTS);
  }
  return { people, documents: docs };
}

/** The pairs worth checking beyond random ones: the exceptions of rules 4, 5 and 6 for each document. */
function edgePairs(population: Population): [number, number][] {
  const index = new Map(population.readers.map((reader, i) => [reader.id, i]));
  const pairs: [number, number][] = [];
  population.documents.forEach((document, d) => {
    pairs.push([index.get(document.drafterId)!, d]);
    for (const id of document.personalFor) pairs.push([index.get(id)!, d]);
    population.readers.forEach((reader, p) => {
      if (
        reader.isRegistryClerk &&
        reader.party === document.originator &&
        (d % 10 === 0 || document.recalled || document.personalFor.size > 0)
      )
        pairs.push([p, d]);
      if (
        document.negotiatingOffices.size > 0 &&
        [...reader.offices].some((o) => document.negotiatingOffices.has(o))
      )
        pairs.push([p, d]);
    });
  });
  return pairs;
}

function verify(engines: Engines, pairs: Iterable<[number, number]>): number {
  let checked = 0;
  for (const [p, d] of pairs) {
    const ours = engines.ours(p, d);
    const casbin = engines.casbin(p, d);
    const casl = engines.casl(p, d);
    if (ours !== casbin || ours !== casl)
      throw new Error(
        `engines disagree on person ${p}, document ${d}: ours ${ours}, casbin ${casbin}, casl ${casl}`,
      );
    checked++;
  }
  return checked;
}

function* sequencePairs(pairs: { people: Uint16Array; documents: Uint16Array }): Generator<[number, number]> {
  for (let i = 0; i < pairs.people.length; i++) yield [pairs.people[i]!, pairs.documents[i]!];
}

/** One round: the whole sequence `repeats` times; returns elapsed ms and the allowed count (kept live). */
function runRound(
  decide: (person: number, document: number) => boolean,
  pairs: { people: Uint16Array; documents: Uint16Array },
  repeats: number,
): { ms: number; allowed: number } {
  const { people, documents } = pairs;
  const n = people.length;
  let allowed = 0;
  const started = performance.now();
  for (let r = 0; r < repeats; r++) {
    for (let i = 0; i < n; i++) if (decide(people[i]!, documents[i]!)) allowed++;
  }
  return { ms: performance.now() - started, allowed };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function run(report: Report): Promise<void> {
  const random = createRandom(0x11a150);
  const population = generatePopulation(random);
  const engines = await prepareEngines(population);
  const sequence = randomPairs(random, SEQUENCE);

  // Agreement first: the timed sequence, as many other random pairs, and the edge pairs.
  const extra = randomPairs(random, SEQUENCE);
  const edges = edgePairs(population);
  const verified =
    verify(engines, sequencePairs(sequence)) + verify(engines, sequencePairs(extra)) + verify(engines, edges);
  const denials = new Map<string, number>();
  let allowedInSequence = 0;
  for (const [p, d] of sequencePairs(sequence)) {
    const decision = decideRead(population.readers[p]!, population.documents[d]!);
    const key = decision.allowed ? `allowed:${decision.via}` : `denied:${decision.rule}`;
    denials.set(key, (denials.get(key) ?? 0) + 1);
    if (decision.allowed) allowedInSequence++;
  }
  const edgeAllowed = edges.filter(([p, d]) => engines.ours(p, d)).length;
  console.error(
    `# policy: ${verified} pairs agree (${edges.length} edge pairs, ${edgeAllowed} allowed); sequence outcomes: ` +
      [...denials.entries()]
        .sort()
        .map(([key, count]) => `${key} ${count}`)
        .join(', '),
  );

  const names = ['ours', 'casbin', 'casl'] as const;
  const repeats = new Map<(typeof names)[number], number>();
  for (const name of names) {
    let ms = Infinity;
    for (let i = 0; i < WARMUP_ROUNDS; i++) ms = runRound(engines[name], sequence, 1).ms;
    repeats.set(name, Math.max(1, Math.ceil(ROUND_TARGET_MS / ms)));
  }
  const rates = new Map<(typeof names)[number], number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (const name of names) {
      const times = repeats.get(name)!;
      const { ms, allowed } = runRound(engines[name], sequence, times);
      if (allowed !== allowedInSequence * times)
        throw new Error(`${name} allowed ${allowed} in a round, expected ${allowedInSequence * times}`);
      rates.get(name)!.push((SEQUENCE * times) / (ms / 1000));
    }
  }
  const ours = median(rates.get('ours')!);
  const casbin = median(rates.get('casbin')!);
  const casl = median(rates.get('casl')!);
  report('policy.people', PEOPLE, 'people');
  report('policy.documents', DOCUMENTS, 'documents');
  report('policy.verified_pairs', verified, 'pairs');
  report('policy.allowed_fraction', allowedInSequence / SEQUENCE, 'fraction');
  report('policy.decisions_per_s', Math.round(ours), 'decisions/s');
  report('policy.casbin_decisions_per_s', Math.round(casbin), 'decisions/s');
  report('policy.casl_decisions_per_s', Math.round(casl), 'decisions/s');
  report('policy.ratio_casbin', ours / casbin, 'x');
  report('policy.ratio_casl', ours / casl, 'x');
  report('policy.ns_per_decision', 1e9 / ours, 'ns');
}
