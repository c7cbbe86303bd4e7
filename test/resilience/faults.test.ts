/**
 * Faults: the server is killed with SIGKILL in the middle of writes, several times, on the embedded
 * store (PGlite) and on a PostgreSQL server. After the restart no acknowledged write is lost, no
 * document is half-written, and the audit log verifies.
 *
 * The real process runs (`liaison demo`, then `liaison serve` on the same data after each kill), from
 * the TypeScript sources through tsx: no build step, nothing written to the shared dist/, and SIGKILL
 * reaches the server itself (one process). Twelve writer loops (six people of three parties, two loops
 * each) draft, save new versions, issue and disseminate, and keep a ledger of every write the server
 * acknowledged (see support/workload.ts). Each round kills the server at a random moment after a
 * minimum of acknowledged writes, with every loop mid-request. The checks hold for any kill moment:
 * each acknowledged write is there exactly, each write in flight at a kill is there whole or not at all
 * (support/checks.ts). The seed of the workload and kill moments is printed; FAULTS_SEED repeats it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';
import {
  checkAcknowledgedWrites,
  checkAuditCoversAcknowledged,
  checkAuditHeads,
  checkRecipientsRead,
  checkRegistry,
  checkWholeWrites,
  observeThroughApi,
  type AcknowledgedStats,
  type ApiObservations,
  type RegistryReport,
  type WholeWriteStats,
} from './support/checks.js';
import {
  runCli,
  startServer,
  storeArgs,
  type CliResult,
  type ServerProcess,
  type StoreArgs,
} from './support/liaison-process.js';
import { readSnapshot, type StoreSnapshot, type StoredAuditEntry } from './support/store-snapshot.js';
import {
  Ledger,
  PEOPLE,
  logIn,
  runWriter,
  seededRng,
  type AckedWrite,
  type ApiDocument,
  type DocState,
  type Endpoint,
  type Round,
  type Writer,
} from './support/workload.js';

const ROUNDS = 3;
/** Drafters: two per party; two loops each. */
const DRAFTERS = ['deane', 'harriman', 'burrows', 'brooke', 'stalin', 'antonov'] as const;
const LOOPS_PER_DRAFTER = 2;
/**
 * The kill comes at a random moment 3-8 s after the writers start, and not before this many writes of
 * the round were acknowledged (a slow, busy machine writes fewer, but each round still has some).
 */
const KILL_AFTER_MS = [3_000, 8_000] as const;
const MIN_ACKNOWLEDGED_PER_ROUND = 15;

const seed = process.env.FAULTS_SEED ? Number(process.env.FAULTS_SEED) : Math.floor(Math.random() * 2 ** 31);

interface RoundReport {
  readonly round: number;
  readonly acknowledged: number;
  readonly inFlightAtKill: number;
  readonly killedAfterMs: number;
  /** What the store showed just before the kill (PostgreSQL: the server's open transactions). */
  readonly atKill: string | undefined;
  readonly startMs: number;
}

interface FaultRun {
  readonly ledger: Ledger;
  readonly rounds: RoundReport[];
  readonly observed: ApiObservations;
  readonly snapshot: StoreSnapshot;
  readonly exported: CliResult;
  readonly verified: CliResult;
  readonly seconds: number;
  /** Of which the last restart, the reads, the snapshot, the export and its verification. */
  readonly checkSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Demo, then ROUNDS × (writers, SIGKILL, serve again); then read everything back. */
async function runFaults(
  store: StoreArgs,
  folder: string,
  track: (server: ServerProcess) => void,
  beforeKill?: () => Promise<string>,
): Promise<FaultRun> {
  const started = Date.now();
  const rng = seededRng(seed);
  const ledger = new Ledger();
  const rounds: RoundReport[] = [];
  const endpoint: Endpoint = { url: '' };
  let cookies: Map<string, string> | undefined;
  let writers: Writer[] = [];

  for (let number = 1; number <= ROUNDS; number++) {
    const startAt = Date.now();
    const server = await startServer(number === 1 ? 'demo' : 'serve', store);
    track(server);
    endpoint.url = server.url;
    const startMs = Date.now() - startAt;
    if (!cookies) {
      // Logged in once: the sessions are writes too, and must outlive the kills.
      cookies = new Map();
      for (const username of Object.keys(PEOPLE)) cookies.set(username, await logIn(endpoint, username));
      writers = DRAFTERS.flatMap((username, d) =>
        Array.from({ length: LOOPS_PER_DRAFTER }, (_, l) => ({
          index: d * LOOPS_PER_DRAFTER + l,
          username,
          party: PEOPLE[username]!,
          rng: seededRng(seed + 1 + d * LOOPS_PER_DRAFTER + l),
          cookie: cookies!.get(username)!,
          serial: 0,
        })),
      );
    }
    const round: Round = { number, endpoint, stopping: false, inFlight: 0, acknowledged: 0 };
    const writing = Date.now();
    const loops = writers.map((writer) => runWriter(writer, round, ledger));
    let atKill: string | undefined;
    const killAt = writing + rng.int(...KILL_AFTER_MS);
    try {
      await waitFor(
        () => round.acknowledged >= MIN_ACKNOWLEDGED_PER_ROUND && Date.now() >= killAt,
        90_000,
        `${MIN_ACKNOWLEDGED_PER_ROUND} acknowledged writes in round ${number}:\n${server.output()}`,
      );
      atKill = beforeKill ? await beforeKill() : undefined;
    } finally {
      round.stopping = true;
      const inFlightAtKill = round.inFlight;
      const killedAfterMs = Date.now() - writing;
      await server.kill();
      await Promise.all(loops);
      rounds.push({
        round: number,
        acknowledged: round.acknowledged,
        inFlightAtKill,
        killedAfterMs,
        atKill,
        startMs,
      });
    }
  }

  const checking = Date.now();
  const server = await startServer('serve', store);
  track(server);
  endpoint.url = server.url;
  const observed = await observeThroughApi(endpoint, ledger, cookies!);
  await server.stop();

  const snapshot = await readSnapshot(store);
  const file = join(folder, 'audit.jsonl');
  const exported = await runCli(['audit', 'export', ...storeArgs(store), '--out', file]);
  const verified = await runCli(['audit', 'verify', file]);
  return {
    ledger,
    rounds,
    observed,
    snapshot,
    exported,
    verified,
    seconds: (Date.now() - started) / 1000,
    checkSeconds: (Date.now() - checking) / 1000,
  };
}

function report(
  kind: string,
  run: FaultRun,
  acknowledged: AcknowledgedStats,
  whole: WholeWriteStats,
  registry: RegistryReport,
) {
  const { ledger } = run;
  const lines = [
    `faults on ${kind} (seed ${seed}): ${run.seconds.toFixed(1)} s (checks after the last restart ${run.checkSeconds.toFixed(1)} s), ${run.rounds.length} SIGKILL rounds`,
    ...run.rounds.map(
      (round) =>
        `  round ${round.round}: started in ${(round.startMs / 1000).toFixed(1)} s, ${round.acknowledged} writes acknowledged, killed after ${(round.killedAfterMs / 1000).toFixed(1)} s with ${round.inFlightAtKill} requests in flight${round.atKill ? ` (${round.atKill})` : ''}`,
    ),
    `  acknowledged: ${ledger.acknowledgedTotal} (${JSON.stringify(ledger.acknowledged)}); unanswered at the kills: ${JSON.stringify(ledger.unanswered)}`,
    `  unanswered writes found applied whole: ${acknowledged.pendingApplied} of ${acknowledged.pendingApplied + acknowledged.pendingNotApplied} on known documents, ${whole.unansweredDraftsStored} of ${ledger.unansweredDrafts.length} drafts`,
    `  stored: ${whole.documents} test documents (${whole.drafts} drafts, ${whole.issued} issued), ${whole.disseminations} disseminations; ${run.observed.byRecipient.length} reads by recipients`,
    `  registry gaps: ${registry.gaps.length === 0 ? 'none' : registry.gaps.join(', ')}`,
    `  audit export: ${run.exported.stderr.trim()}; verify exit ${run.verified.code}`,
  ];
  console.log(lines.join('\n'));
}

describe.each(['pglite', 'postgres'] as const)('SIGKILL in the middle of writes, on %s', (kind) => {
  let folder: string | undefined;
  let postgres: PostgresServer | undefined;
  let observer: pg.Client | undefined;
  let running: ServerProcess | undefined;
  let run: FaultRun;
  let acknowledged: ReturnType<typeof checkAcknowledgedWrites>;
  let whole: ReturnType<typeof checkWholeWrites>;
  let registry: RegistryReport;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), `liaison-faults-${kind}-`));
    let store: StoreArgs;
    if (kind === 'pglite') {
      store = { kind, dataDir: join(folder, 'data') };
    } else {
      postgres = await startPostgres();
      const admin = new pg.Client({ connectionString: postgres.urlFor('postgres') });
      await admin.connect();
      await admin.query('CREATE DATABASE liaison_faults');
      await admin.end();
      store = { kind, databaseUrl: postgres.urlFor('liaison_faults'), keysDir: join(folder, 'keys') };
      observer = new pg.Client({ connectionString: store.databaseUrl });
      await observer.connect();
    }
    const client = observer;
    // On PostgreSQL, evidence that the kill lands mid-write: the server's transactions open just before it
    // (a transaction with an xid has written). Reported, not asserted: it is a moment's picture.
    const beforeKill = client
      ? async () => {
          const [row] = (
            await client.query<{ open: number; writing: number }>(
              `SELECT count(*) FILTER (WHERE xact_start IS NOT NULL)::int AS open,
                      count(*) FILTER (WHERE backend_xid IS NOT NULL)::int AS writing
                 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
            )
          ).rows;
          return `${row?.open ?? 0} transactions open, ${row?.writing ?? 0} of them having written`;
        }
      : undefined;
    run = await runFaults(store, folder, (server) => (running = server), beforeKill);
    acknowledged = checkAcknowledgedWrites(run.ledger, run.observed);
    whole = checkWholeWrites(run.ledger, run.snapshot);
    registry = checkRegistry(run.snapshot);
    report(kind, run, acknowledged.stats, whole.stats, registry);
  }, 175_000);

  afterAll(async () => {
    await running?.stop();
    await observer?.end();
    postgres?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('each round was killed mid-flight, with writes acknowledged and requests in flight', () => {
    expect(run.rounds).toHaveLength(ROUNDS);
    for (const round of run.rounds) {
      expect(round.acknowledged).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED_PER_ROUND);
      expect(round.inFlightAtKill, `round ${round.round}`).toBeGreaterThan(0);
    }
  });

  it('the server answered every request it received before each kill (2xx, as the workload expects)', () => {
    expect(run.ledger.anomalies).toEqual([]);
  });

  it('every acknowledged write is there exactly; a write in flight at a kill is there whole or not at all', () => {
    expect(acknowledged.violations).toEqual([]);
  });

  it('the recipients of every acknowledged issue and dissemination read it, with its registry number', () => {
    expect(checkRecipientsRead(run.ledger, run.observed)).toEqual([]);
  });

  it('no document is half-written: each row, its distribution and its audit entries come from whole writes', () => {
    expect(whole.violations).toEqual([]);
  });

  it('every acknowledged write has its audit entry', () => {
    expect(checkAuditCoversAcknowledged(run.ledger, run.snapshot)).toEqual([]);
  });

  it('registry numbers are unique, each issued document has one and an issue time, and none is lost', () => {
    expect(registry.violations).toEqual([]);
    // nextRegistryNumber runs inside the issue transaction: a killed issue gives its number back.
    expect(registry.gaps).toEqual([]);
  });

  it('the audit log verifies: heads match their chains, and `liaison audit verify` on an export exits 0', () => {
    expect(checkAuditHeads(run.snapshot)).toEqual([]);
    expect(run.exported.code, run.exported.stderr).toBe(0);
    expect(run.verified.code, `${run.verified.stdout}\n${run.verified.stderr}`).toBe(0);
    expect(run.verified.stdout).toMatch(/: intact/);
  });
});

/** The checks above are only as good as their power to see a fault: here they are shown some. */
describe('the fault checks see what they look for', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  const at = new Date('2026-11-25T10:00:00.000Z');
  const people = new Map([
    ['p-burrows', 'burrows'],
    ['p-antonov', 'antonov'],
    ['p-stalin', 'stalin'],
  ]);
  const write = {
    drafter: 'deane',
    title: 'FAULT t1',
    body: 'FAULT t1\n\nbody',
    recipients: ['burrows', 'antonov', 'stalin'],
  };
  const ledgerWith = (
    acked: Partial<DocState> = {},
    ackedWrites: AckedWrite[] = [{ kind: 'draft', version: 1 }],
  ) => {
    const ledger = new Ledger();
    ledger.writes.set(write.title, write);
    ledger.docs.set(id, {
      id,
      drafter: 'deane',
      party: 'USA',
      writer: 0,
      acked: {
        version: 1,
        title: write.title,
        body: write.body,
        recipients: write.recipients,
        state: 'draft',
        registryNumber: null,
        batches: [],
        ...acked,
      },
      ackedWrites,
      attemptedBatches: [],
    });
    return ledger;
  };
  const snapshotWith = (
    recipients: string[],
    entries: Partial<StoredAuditEntry>[] = [{}],
  ): StoreSnapshot => ({
    documents: [
      {
        id,
        title: write.title,
        body: write.body,
        state: 'draft',
        version: 1,
        registry_number: null,
        issued_at: null,
        created_at: at,
        updated_at: at,
        originator: 'USA',
        drafter: 'deane',
      },
    ],
    disseminations: recipients.map((person, index) => ({
      document_id: id,
      position: index + 1,
      person,
      office_id: null,
      party: null,
      disseminated_at: at,
      disseminated_by: 'deane',
    })),
    documentWrites: entries.map((entry, index) => ({
      chain: 'USA',
      seq: index + 1,
      action: 'document.draft',
      decision: 'done',
      actor: 'deane',
      target_id: id,
      details: { version: 1 },
      ...entry,
    })),
    registry: [],
    counters: [],
    allDocumentIds: new Set([id]),
    heads: [{ chain: 'USA', seq: entries.length, entries: entries.length, max_seq: entries.length }],
    people,
  });
  const seenByDrafter = (document: Partial<ApiDocument>): ApiObservations => ({
    byDrafter: new Map([
      [
        id,
        {
          kind: 'answer',
          status: 200,
          body: {
            id,
            state: 'draft',
            title: write.title,
            body: write.body,
            version: 1,
            registryNumber: null,
            issuedAt: null,
            originator: 'USA',
            distribution: write.recipients.map((person) => ({ kind: 'person', id: person, copies: 1 })),
            ...document,
          },
        },
      ],
    ]),
    byRecipient: [],
  });

  it('a whole write passes', () => {
    expect(checkWholeWrites(ledgerWith(), snapshotWith(write.recipients)).violations).toEqual([]);
    expect(checkAcknowledgedWrites(ledgerWith(), seenByDrafter({})).violations).toEqual([]);
    expect(checkAuditCoversAcknowledged(ledgerWith(), snapshotWith(write.recipients))).toEqual([]);
  });

  it('a draft stored with 2 of its 3 recipients is half-written', () => {
    expect(checkWholeWrites(ledgerWith(), snapshotWith(['burrows', 'antonov'])).violations).toEqual([
      expect.stringMatching(
        /distribution \[burrows, antonov\], but its write named \[burrows, antonov, stalin\]/,
      ),
    ]);
  });

  it('a row without its audit entry, and an audit entry without its row, are caught', () => {
    expect(checkWholeWrites(ledgerWith(), snapshotWith(write.recipients, [])).violations).toEqual([
      expect.stringMatching(/0 audit entries for its draft/),
    ]);
    const orphan = { target_id: '00000000-0000-4000-8000-000000000002', seq: 2 };
    expect(checkWholeWrites(ledgerWith(), snapshotWith(write.recipients, [{}, orphan])).violations).toEqual([
      expect.stringMatching(/no such document is stored/),
    ]);
  });

  it('a lost acknowledged version, and an acknowledged write without audit entry, are caught', () => {
    const ledger = ledgerWith({ version: 2, title: 'FAULT t2' }, [
      { kind: 'draft', version: 1 },
      { kind: 'update', version: 2 },
    ]);
    expect(checkAcknowledgedWrites(ledger, seenByDrafter({})).violations).toEqual([
      expect.stringMatching(/acknowledged as v2 draft "FAULT t2".*; now v1 draft "FAULT t1"/),
    ]);
    expect(checkAuditCoversAcknowledged(ledger, snapshotWith(write.recipients))).toEqual([
      expect.stringMatching(/acknowledged \{"kind":"update","version":2\} has no audit entry/),
    ]);
  });

  it('a pending write counts only if applied whole', () => {
    const ledger = ledgerWith();
    ledger.docs.get(id)!.pending = { kind: 'disseminate', recipients: ['molotov', 'pavlov'] };
    const withBatch = (ids: string[]) =>
      seenByDrafter({ distribution: ids.map((person) => ({ kind: 'person', id: person, copies: 1 })) });
    expect(
      checkAcknowledgedWrites(ledger, withBatch([...write.recipients, 'molotov', 'pavlov'])).violations,
    ).toEqual([]);
    expect(
      checkAcknowledgedWrites(ledger, withBatch([...write.recipients, 'molotov'])).violations,
    ).toHaveLength(1);
  });

  it('a registry number lost or given twice is caught', () => {
    const snapshot = snapshotWith(write.recipients);
    snapshot.counters = [{ party: 'USA', year: 1944, last: 3 }];
    snapshot.registry = ['USA-1944-0001', 'USA-1944-0003', 'USA-1944-0003'].map((number, index) => ({
      id: `d${index}`,
      registry_number: number,
      issued_at: at,
      state: 'issued',
    }));
    const found = checkRegistry(snapshot);
    expect(found.gaps).toEqual(['USA-1944-0002']);
    expect(found.violations).toEqual(['USA-1944-0003 given to both d1 and d2']);
  });
});
