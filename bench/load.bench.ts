/**
 * `npm run bench:load`: concurrent logged-in readers and searchers against the real server (the 1944
 * demo, embedded PGlite, compiled `dist/`) on loopback; then, in the same run and with the same number
 * of connections, GET /api/health on that server and the framework's bare endpoint.
 *
 * Processes. The server is a child process (`node bin/liaison.js demo --port 0 --data TMP ...`); the
 * load is generated here, in the bench process: a second process, as in the ~60,000 req/s hello-JSON
 * reference for this kind of machine (autocannon and a server in one process share one event loop:
 * well under half of that here). The bare endpoint (plain Fastify answering {"hello":"world"}: no plugins,
 * no logger) is a child process too, hammered for 5 s before Liaison's runs (Liaison idle: it then uses
 * no CPU) and 5 s after them (Liaison stopped); `load.bare_rps` is the mean of the two, so that a drift
 * of the machine during the run moves the ratio less. The load generator shares the two cores with the
 * server either way; on a machine shared with other work every figure drops and wanders (the load
 * average is printed first).
 *
 * Before anything is timed: `dist/` is built if it is missing or older than `src/` (`npm run
 * build:server`), ten demo people log in (`--login-limit` raised so that reruns never meet the login
 * limiter), and for each of them every request of the mix is sent once and checked: the inbox
 * (`GET /api/documents?limit=20`) gives the documents that person may read, each is read
 * (`GET /api/documents/:id`: 200, the same id) and every search is made (`GET /api/documents?q=...`:
 * 200, hits only among their inbox).
 *
 * The mix. Each connection is one person's session (cookie), connections rotating over the people,
 * each cycling over 3 inbox lists, 4 single reads (the person's readable documents in turn) and
 * 3 searches (words from the demo texts in turn) in every 10 requests, one request at a time (closed
 * loop); one person's connections start at different points of the cycle. A person who may read
 * nothing lists and searches only. Timed: LOAD_SECONDS (15) after LOAD_WARMUP_SECONDS (3) on the same
 * connections, LOAD_CONNECTIONS (32) of them. Latency is from sending a request to the end of its
 * answer; with every connection always waiting on one request, p50 is about connections / rps (Little's
 * law): under saturation it measures the queue, which is the point. Before that, one connection alone
 * for 5 s (`load.single_*`): the latency of each kind of request without a queue, and the throughput
 * of one reader, which concurrency barely raises (see below).
 *
 * Why the mix has its own small client and not autocannon: autocannon opens all its connections at the
 * start of each run and again after a timeout. Under this load the server accepts new connections about
 * one per event-loop turn, and a turn lasts up to a second or more (see below), so with autocannon the
 * last connections of a run waited up to 10 s or more for their first answer, and were counted as
 * timeouts: a property of opening connections under saturation, not of the steady state the figures are
 * meant to describe. Here every connection is opened and answered once (GET /api/health) before the
 * load starts, and warm-up and timed run share them, so no request is abandoned either. The effect
 * itself is real for new visitors and health checkers, and is measured: during the timed run, a fresh
 * connection asks GET /api/health, one at a time, at most one a second (`load.fresh_health_*`). The references (health, bare)
 * are driven by autocannon, whose client is much cheaper per request than node:http (they answer tens
 * of thousands a second); their handlers never block the loop, so they accept connections promptly.
 *
 * Errors: `load.errors` = socket errors + timeouts (no answer in 10 s) + non-2xx answers in the timed
 * run; the target is 0, as for the warm-up, the references and the preflight (any of which fails the
 * bench). Status codes and error codes of anything that is not a 2xx go to standard error with the
 * tail of the server's log; figures are printed first, then the bench exits non-zero.
 *
 * The rate limiter: the API's global limit (`rateLimitPerMinute`, default 600 requests per minute per
 * address) would answer 429 after the first 600 requests, every request here coming from 127.0.0.1.
 * The bench raises it with `--rate-limit` when `liaison demo --help` offers that option, so that the
 * limiter's own work stays in every request but it never refuses; on a build without the option it
 * keeps the default and the 429s are counted as errors.
 *
 * Audit: every list, read and search is recorded in the audit log, in the request's own transaction.
 * After the server has stopped, the log is exported (`liaison audit export`) and verified (`liaison
 * audit verify`: hash chains and signed checkpoints intact after concurrent writers), and the entries
 * `document.list`/`document.read`/`document.search` are counted against the 2xx answers of each kind
 * (preflight, single reader, warm-up and timed run; nothing is abandoned, so they must be equal when
 * no request timed out): `load.audit_missing` answered but not recorded, `load.audit_extra` the other way.
 *
 * Where the time goes (measured at commit d625491 on a busy 2-core machine, so the milliseconds are
 * inflated, the shares less so; LOAD_CPU_PROF=DIR passes `--cpu-prof --cpu-prof-dir DIR` to the server
 * to see it again). The server is one Node.js thread, and PGlite is PostgreSQL compiled to WebAssembly
 * running synchronously on that very thread. Over the timed run about 82% of the server's CPU is under
 * PGlite (59% inside the WebAssembly, 16% its JavaScript side, the rest the fstat/write calls of its
 * emulated disk), 9% Fastify with its plugins (helmet, rate limiter, cookies) and pino, 3% Liaison's own
 * code outside the database (policy, presenters, audit hashing), 2% GC. Each request is two
 * transactions, run one after another with everyone else's: authentication (`UPDATE sessions ...
 * RETURNING`), then as the person SET LOCAL ROLE, set_config, the person afresh, the query under
 * row-level security, the drafters' directory, the audit chain's head locked and an entry appended,
 * COMMIT. Timed one at a time in-process, a transaction costs 1-3 ms before any query; row-level
 * security makes the queries 3-6 times slower than the same SQL without it (its policies derive the
 * reader again from the tables for every row: list 2 -> 11 ms, one document 1.5 -> 9 ms, search
 * 7 -> 21 ms); the audit entry adds 1-2 ms. So one reader alone gets nearly as many requests through
 * as 32 (`load.single_rps`), and since PGlite's queue of transactions drains in microtasks without
 * returning to the event loop, the loop stays blocked while work is queued (lag up to 1.6 s measured):
 * new connections, and even GET /api/health on them, wait for the turn to end. A figure far below the
 * bare endpoint's is the price of authentication, a second decision by the database and an audited
 * read per request on an embedded single-threaded database, not of the framework; a PostgreSQL server
 * (DATABASE_URL) would take the SQL off the event loop.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../src/scenario/people-1944.js';
import type { Report } from './run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = setting('LOAD_CONNECTIONS', 32);
const SECONDS = setting('LOAD_SECONDS', 15);
const WARMUP_SECONDS = setting('LOAD_WARMUP_SECONDS', 3);
/** One reader alone, before the concurrent run. */
const SINGLE_SECONDS = 5;
const SINGLE_WARMUP_SECONDS = 1;
/** The references (health; bare, twice): their figures settle within a few seconds. */
const REFERENCE_SECONDS = 10;
const BARE_SECONDS = 5;
const REFERENCE_WARMUP_SECONDS = 2;
/** An answer slower than this is a timeout (an error). */
const TIMEOUT_SECONDS = 10;
const CPU_PROF_DIR = process.env.LOAD_CPU_PROF;

/** Demo people who log in (all of the demo but eisenhower), one session each. */
const PEOPLE = [
  'harriman',
  'page',
  'deane',
  'marshall',
  'burrows',
  'brooke',
  'stalin',
  'molotov',
  'pavlov',
  'antonov',
] as const;
/** Words and phrases from the demo texts; some match nothing for some people, which is a search too. */
const SEARCHES = [
  'Stalin',
  'offensive',
  'Japanese',
  'committee',
  'leak',
  'Tehran',
  'military mission',
  'divisions',
  'Manchuria',
  '"joint military"',
] as const;
/** One cycle of a connection: L inbox list, R single read, S search (3 / 4 / 3 of 10). */
const MIX = ['L', 'R', 'S', 'R', 'L', 'R', 'S', 'R', 'L', 'S'] as const;
const KINDS = ['list', 'read', 'search'] as const;
type Kind = (typeof KINDS)[number];
type Tally = Record<Kind, number>;

// ---------------------------------------------------------------------------------------------------
// autocannon (CommonJS, no bundled types): the part of its programmatic API used here.

interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
}
interface CannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p90: number; p99: number; max: number };
  requests: { total: number };
}
interface CannonInstance extends PromiseLike<CannonResult> {
  on(event: 'reqError', listener: (error: Error) => void): void;
  on(event: 'tick', listener: (tick: { counter: number }) => void): void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: CannonOptions) => CannonInstance;

/** One timed run, whoever drove it. */
interface Measured {
  readonly label: string;
  /** Length of the timed window, s. */
  readonly duration: number;
  /** Answers (any status) in the window. */
  readonly total: number;
  readonly rps: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** Socket errors + timeouts + non-2xx answers. */
  readonly errors: number;
}

export async function run(report: Report): Promise<void> {
  const started = Date.now();
  noteMachineLoad();
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'liaison-load-'));
  const children = new Set<ChildProcess>();
  // Last resort (exit while a child is running, or Ctrl-C / kill of the bench): no server left behind,
  // no folder.
  const onExit = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    note(`${signal}: stopping`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const failures: string[] = [];
  try {
    const rateLimitOption = cliHasOption('demo', '--rate-limit');
    if (!rateLimitOption)
      note(
        'this build of `liaison demo` has no --rate-limit option: the API limiter stays at 600 requests ' +
          'per minute per address, so everything after the first 600 requests is a 429, counted as errors',
      );
    const dataDir = join(work, 'data');
    const liaison = await startChild(
      children,
      'liaison',
      [
        ...(CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF_DIR] : []),
        join(ROOT, 'bin/liaison.js'),
        'demo',
        '--port',
        '0',
        '--data',
        dataDir,
        '--log-level',
        'warn',
        '--login-limit',
        '100000',
        ...(rateLimitOption ? ['--rate-limit', '100000000'] : []),
      ],
      /Liaison is running at http:\/\/[^\s/]+:(\d+)\//,
      180_000,
    );
    const base = `http://127.0.0.1:${liaison.port}`;
    note(`liaison demo loaded and listening on ${base} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const bare = await startChild(
      children,
      'bare fastify',
      [
        '--input-type=module',
        '--eval',
        // Resolved from the repository (the child's working directory): the project's own Fastify.
        `import Fastify from 'fastify';
         const app = Fastify();
         app.get('/', async () => ({ hello: 'world' }));
         const address = await app.listen({ port: 0, host: '127.0.0.1' });
         process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
         console.log('bare listening at ' + address + '/');`,
      ],
      /bare listening at http:\/\/[^\s/]+:(\d+)\//,
      30_000,
    );
    const bareOptions = {
      url: `http://127.0.0.1:${bare.port}/`,
      connections: CONNECTIONS,
      timeout: TIMEOUT_SECONDS,
    };
    // The bare endpoint before and after Liaison's runs (Liaison idle, then stopped; an idle Liaison
    // server uses no CPU): the mean of the two is the figure, their difference a sign of a noisy machine.
    const bareWarmup = await hammer('bare fastify (warm-up)', {
      ...bareOptions,
      duration: REFERENCE_WARMUP_SECONDS,
    });
    const bareBefore = await hammer(
      'bare fastify (before)',
      { ...bareOptions, duration: BARE_SECONDS },
      bare,
    );

    const answered: Tally = { list: 0, read: 0, search: 0 };
    const sessions = await prepareSessions(base, answered);
    note(
      `${sessions.length} sessions; readable documents per person: ` +
        sessions.map((session) => `${session.username} ${session.docs.length}`).join(', ') +
        `; search hits for ${sessions[0]!.username}: ` +
        sessions[0]!.hits.map((hits, index) => `${SEARCHES[index]}=${hits}`).join(' '),
    );

    const single = await driveMix('one reader', liaison, sessions, answered, {
      connections: 1,
      warmup: SINGLE_WARMUP_SECONDS,
      seconds: SINGLE_SECONDS,
      probe: false,
    });
    const mix = await driveMix('liaison mix', liaison, sessions, answered, {
      connections: CONNECTIONS,
      warmup: WARMUP_SECONDS,
      seconds: SECONDS,
      probe: true,
    });

    const healthOptions = { url: `${base}/api/health`, connections: CONNECTIONS, timeout: TIMEOUT_SECONDS };
    const healthWarmup = await hammer('liaison health (warm-up)', {
      ...healthOptions,
      duration: REFERENCE_WARMUP_SECONDS,
    });
    const health = await hammer('liaison health', { ...healthOptions, duration: REFERENCE_SECONDS }, liaison);
    await liaison.stop();

    const audit = checkAudit(dataDir, join(work, 'audit.jsonl'), answered);
    const bareAfter = await hammer('bare fastify (after)', { ...bareOptions, duration: BARE_SECONDS }, bare);
    await bare.stop();
    const bareRun = {
      rps: (bareBefore.rps + bareAfter.rps) / 2,
      p99: Math.max(bareBefore.p99, bareAfter.p99),
      errors: bareWarmup.errors + bareBefore.errors + bareAfter.errors,
    };

    report('load.connections', CONNECTIONS, 'connections');
    report('load.duration_s', mix.run.duration, 's');
    report('load.requests', mix.run.total, 'requests');
    report('load.rps', Math.round(mix.run.rps), 'req/s');
    report('load.p50_ms', mix.run.p50, 'ms');
    report('load.p90_ms', mix.run.p90, 'ms');
    report('load.p99_ms', mix.run.p99, 'ms');
    report('load.max_ms', mix.run.max, 'ms');
    report('load.errors', mix.run.errors, 'errors');
    // A new connection's first answer (GET /api/health, one at a time) while the mix runs.
    report('load.fresh_health_p50_ms', percentile(mix.probes, 50), 'ms');
    report('load.fresh_health_max_ms', percentile(mix.probes, 100), 'ms');
    // One connection alone: throughput, and each kind's latency without a queue.
    report('load.single_rps', Math.round(single.run.rps), 'req/s');
    for (const kind of KINDS) report(`load.single_${kind}_p50_ms`, percentile(single.byKind[kind], 50), 'ms');
    report('load.health_rps', Math.round(health.rps), 'req/s');
    report('load.health_p99_ms', health.p99, 'ms');
    report('load.health_errors', health.errors, 'errors');
    report('load.bare_rps', Math.round(bareRun.rps), 'req/s');
    report('load.bare_p99_ms', bareRun.p99, 'ms');
    report('load.bare_errors', bareRun.errors, 'errors');
    // Liaison's mix over the bare endpoint, both in this run (below 1: the fraction of the bare rate).
    report('load.ratio_bare', mix.run.rps / bareRun.rps, 'liaison/bare');
    // The same over Liaison's own health endpoint (no auth, no database).
    report('load.ratio_health', mix.run.rps / health.rps, 'liaison/health');
    report('load.audited', audit.recorded, 'entries');
    report('load.audit_missing', audit.missing, 'requests');
    report('load.audit_extra', audit.extra, 'entries');
    note(`run time ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const timedOut = single.timeouts + mix.timeouts;
    const problems = [
      mix.run.errors > 0 && `${mix.run.errors} errors in the timed run`,
      mix.warmupErrors + single.warmupErrors + single.run.errors > 0 &&
        `${mix.warmupErrors + single.warmupErrors + single.run.errors} errors in the warm-ups and the one-reader run`,
      mix.probeErrors > 0 && `${mix.probeErrors} fresh-connection /api/health probes failed`,
      health.errors + healthWarmup.errors > 0 &&
        `${health.errors + healthWarmup.errors} errors on /api/health`,
      bareRun.errors > 0 && `${bareRun.errors} errors on the bare endpoint`,
      audit.missing > 0 && `${audit.missing} answered requests missing from the audit log`,
      audit.extra > 0 &&
        timedOut === 0 &&
        `${audit.extra} audit entries more than answered requests, with no request timed out`,
      !audit.verified && 'the exported audit log does not verify',
    ];
    failures.push(...problems.filter((problem): problem is string => typeof problem === 'string'));
  } finally {
    for (const child of children) await stopChild(child);
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(work, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    note(`FAILED (target: zero errors, every answered request audited): ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------------------------------
// The sessions and the mix

interface Session {
  readonly username: string;
  readonly cookie: string;
  /** Ids of the documents in the person's inbox (so readable by them). */
  readonly docs: readonly string[];
  /** Hits per search, from the preflight. */
  readonly hits: readonly number[];
}

async function prepareSessions(base: string, answered: Tally): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const username of PEOPLE) {
    const login = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`log in ${username}: ${login.status} ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .map((header) => header.split(';')[0]!)
      .find((pair) => pair.startsWith('liaison_session='));
    if (!cookie) throw new Error(`log in ${username}: no liaison_session cookie`);
    const get = async (path: string, kind: Kind) => {
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${username} GET ${path}: ${response.status} ${text}`);
      answered[kind] += 1;
      return JSON.parse(text) as unknown;
    };
    const inbox = (await get(inboxPath(), 'list')) as { items: { id: string }[] };
    const docs = inbox.items.map((item) => item.id);
    for (const id of docs) {
      const document = (await get(readPath(id), 'read')) as { id?: unknown };
      if (document.id !== id) throw new Error(`${username} GET ${readPath(id)}: another document came back`);
    }
    const hits: number[] = [];
    for (const words of SEARCHES) {
      const found = (await get(searchPath(words), 'search')) as { items: { id: string }[] };
      hits.push(found.items.length);
      const stray = found.items.find((item) => !docs.includes(item.id));
      // The inbox is the first 20; the demo has fewer documents than that for anyone.
      if (stray && docs.length < 20)
        throw new Error(`${username} search ${words}: ${stray.id} is not in their inbox`);
    }
    sessions.push({ username, cookie, docs, hits });
  }
  return sessions;
}

const inboxPath = () => '/api/documents?limit=20';
const readPath = (id: string) => `/api/documents/${encodeURIComponent(id)}`;
const searchPath = (words: string) => `/api/documents?q=${encodeURIComponent(words)}`;

interface Shot {
  readonly kind: Kind;
  readonly path: string;
}

/** Each person's cycle: long enough to go through all their documents and all the searches. */
function cycleOf(session: Session): Shot[] {
  const shots: Shot[] = [];
  const rounds = Math.max(1, Math.ceil(session.docs.length / 4), Math.ceil(SEARCHES.length / 3));
  let reads = 0;
  let searches = 0;
  for (let round = 0; round < rounds; round++)
    for (const slot of MIX) {
      if (slot === 'R' && session.docs.length > 0)
        shots.push({ kind: 'read', path: readPath(session.docs[reads++ % session.docs.length]!) });
      else if (slot === 'S')
        shots.push({ kind: 'search', path: searchPath(SEARCHES[searches++ % SEARCHES.length]!) });
      else shots.push({ kind: 'list', path: inboxPath() });
    }
  return shots;
}

interface MixResult {
  readonly run: Measured;
  /** Latencies in the window by kind, ms. */
  readonly byKind: Record<Kind, number[]>;
  /** Fresh-connection GET /api/health latencies during the window, ms. */
  readonly probes: number[];
  readonly probeErrors: number;
  readonly warmupErrors: number;
  readonly timeouts: number;
}

/**
 * Closed loop: `connections` keep-alive connections, each one person's session sending its next
 * request when the last is answered. Connections are opened (and answered once) before the load, and
 * the warm-up and the window share them; every request sent is waited for.
 */
async function driveMix(
  label: string,
  server: Child,
  sessions: readonly Session[],
  answered: Tally,
  options: { connections: number; warmup: number; seconds: number; probe: boolean },
): Promise<MixResult> {
  const port = server.port;
  const cycles = sessions.map(cycleOf);
  const agents = Array.from(
    { length: options.connections },
    () => new Agent({ keepAlive: true, maxSockets: 1 }),
  );
  const opened = await Promise.all(agents.map((agent) => send(port, agent, '/api/health')));
  const unopened = opened.filter((outcome) => !('status' in outcome) || outcome.status !== 200).length;
  if (unopened > 0) throw new Error(`${label}: ${unopened} connections got no 200 from /api/health`);

  const start = performance.now();
  const from = start + options.warmup * 1000;
  const to = from + options.seconds * 1000;
  const latencies: number[] = [];
  const byKind: Record<Kind, number[]> = { list: [], read: [], search: [] };
  const inWindow: Tally = { list: 0, read: 0, search: 0 };
  const statuses = new Map<number, number>();
  const failures = new Map<string, number>();
  const perSecond = new Array<number>(options.seconds).fill(0);
  let windowErrors = 0;
  let warmupErrors = 0;
  let timeouts = 0;

  const loop = async (index: number) => {
    const session = sessions[index % sessions.length]!;
    const cycle = cycles[index % sessions.length]!;
    let next = (Math.floor(index / sessions.length) * 3) % cycle.length;
    while (performance.now() < to) {
      const shot = cycle[next++ % cycle.length]!;
      const sent = performance.now();
      const outcome = await send(port, agents[index]!, shot.path, session.cookie);
      const done = performance.now();
      const ok = 'status' in outcome && outcome.status >= 200 && outcome.status < 300;
      if (ok) answered[shot.kind] += 1;
      if ('error' in outcome && outcome.error === 'timeout') timeouts += 1;
      if (!ok) {
        if ('status' in outcome) statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
        else failures.set(outcome.error, (failures.get(outcome.error) ?? 0) + 1);
        // One answered after the window still belongs to the timed run.
        if (done < from) warmupErrors += 1;
        else windowErrors += 1;
      }
      if (done < from || done > to || !('status' in outcome)) continue;
      latencies.push(done - sent);
      byKind[shot.kind].push(done - sent);
      inWindow[shot.kind] += 1;
      const second = Math.min(options.seconds - 1, Math.floor((done - from) / 1000));
      perSecond[second] = perSecond[second]! + 1;
    }
  };
  const probes: number[] = [];
  let probeErrors = 0;
  const probe = async () => {
    await sleep(from - performance.now() + 500);
    while (performance.now() < to) {
      const sent = performance.now();
      const outcome = await send(port, false, '/api/health');
      if ('status' in outcome && outcome.status === 200) probes.push(performance.now() - sent);
      else {
        probeErrors += 1;
        failures.set(`probe ${describe(outcome)}`, (failures.get(`probe ${describe(outcome)}`) ?? 0) + 1);
      }
      await sleep(Math.max(0, 1000 - (performance.now() - sent)));
    }
  };
  await Promise.all([...agents.map((_, index) => loop(index)), ...(options.probe ? [probe()] : [])]);
  for (const agent of agents) agent.destroy();

  latencies.sort((a, b) => a - b);
  for (const kind of KINDS) byKind[kind].sort((a, b) => a - b);
  probes.sort((a, b) => a - b);
  const run: Measured = {
    label,
    duration: options.seconds,
    total: latencies.length,
    rps: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    errors: windowErrors,
  };
  note(
    `${label}: ${options.connections} connection(s), ${options.warmup} s warm-up, ${options.seconds} s timed: ` +
      `${run.total} answers (${run.rps.toFixed(1)}/s: list ${inWindow.list}, read ${inWindow.read}, ` +
      `search ${inWindow.search}), latency p50 ${run.p50} ms p90 ${run.p90} ms p99 ${run.p99} ms ` +
      `max ${run.max} ms; per kind p50/p99 ms: ` +
      KINDS.map((kind) => `${kind} ${percentile(byKind[kind], 50)}/${percentile(byKind[kind], 99)}`).join(
        ', ',
      ) +
      `; ${run.errors} errors (${warmupErrors} in the warm-up); answers per second ${perSecond.join(' ')}` +
      (options.probe
        ? `; fresh-connection /api/health p50 ${percentile(probes, 50)} ms max ${percentile(probes, 100)} ms ` +
          `(${probes.length} probes)`
        : ''),
  );
  if (run.errors + warmupErrors + probeErrors > 0) {
    note(
      `${label}: non-2xx by status: ${[...statuses].map(([code, n]) => `${code} x${n}`).join(', ') || 'none'}`,
    );
    note(`${label}: errors: ${[...failures].map(([code, n]) => `${code} x${n}`).join(', ') || 'none'}`);
    note(`${server.label} log (last lines):\n${server.logTail()}`);
  }
  return { run, byKind, probes, probeErrors, warmupErrors, timeouts };
}

type Outcome = { readonly status: number } | { readonly error: string };

const describe = (outcome: Outcome) => ('status' in outcome ? String(outcome.status) : outcome.error);

/** One GET; `agent` false for a fresh connection. Never rejects: a failure is an outcome. */
function send(port: number, agent: Agent | false, path: string, cookie?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const request = httpRequest(
      { host: '127.0.0.1', port, path, agent, headers: cookie ? { cookie } : {} },
      (response) => {
        response.resume();
        response.on('end', () => settle({ status: response.statusCode ?? 0 }));
        response.on('error', (error: NodeJS.ErrnoException) =>
          settle({ error: error.code ?? error.message }),
        );
      },
    );
    request.setTimeout(TIMEOUT_SECONDS * 1000, () => {
      settle({ error: 'timeout' });
      request.destroy();
    });
    request.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
    request.end();
  });
}

/** Nearest rank on sorted values, rounded to 0.1 ms; 0 when there are none. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return Math.round(sorted[rank - 1]! * 10) / 10;
}

// ---------------------------------------------------------------------------------------------------
// autocannon, for the references

async function hammer(label: string, options: CannonOptions, server?: Child): Promise<Measured> {
  const socketErrors = new Map<string, number>();
  const perSecond: number[] = [];
  const instance = autocannon(options);
  instance.on('reqError', (error) => {
    const key = (error as NodeJS.ErrnoException).code ?? error.message;
    socketErrors.set(key, (socketErrors.get(key) ?? 0) + 1);
  });
  instance.on('tick', ({ counter }) => perSecond.push(counter));
  const result = await instance;
  perSecond.pop(); // the tick autocannon emits as it stops, always 0
  const measured: Measured = {
    label,
    duration: result.duration,
    total: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    // autocannon counts timeouts among its errors.
    errors: result.errors + result.non2xx,
  };
  note(
    `${label}: ${options.connections} connections, ${result.duration} s: ${result.requests.total} answers ` +
      `(${Math.round(measured.rps)}/s), latency p50 ${measured.p50} ms p90 ${measured.p90} ms ` +
      `p99 ${measured.p99} ms max ${measured.max} ms; ${result.errors} socket errors/timeouts ` +
      `(${result.timeouts} timeouts), ${result.non2xx} non-2xx; answers per second ${perSecond.join(' ')}`,
  );
  if (measured.errors > 0) {
    const codes = Object.entries(result.statusCodeStats)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, { count }]) => `${code} x${count}`);
    note(`${label}: non-2xx by status: ${codes.join(', ') || 'none'}`);
    note(
      `${label}: socket errors: ${[...socketErrors].map(([key, count]) => `${key} x${count}`).join(', ') || 'none'}`,
    );
    if (server) note(`${server.label} log (last lines):\n${server.logTail()}`);
  }
  return measured;
}

// ---------------------------------------------------------------------------------------------------
// Child processes

interface Child {
  readonly label: string;
  readonly port: number;
  logTail(): string;
  stop(): Promise<void>;
}

function startChild(
  children: Set<ChildProcess>,
  label: string,
  args: readonly string[],
  ready: RegExp,
  timeoutMs: number,
): Promise<Child> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  let log = '';
  let started = false;
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-8_000);
  };
  // Both pipes are always drained: a full pipe would stall the server.
  child.stderr.on('data', keep);
  return new Promise<Child>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${label}: not ready after ${timeoutMs / 1000} s\n${log}`));
      void stopChild(child);
    }, timeoutMs);
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${code ?? signal}) before it was ready:\n${stdout}\n${log}`));
    };
    child.once('exit', onExit);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (started) return;
      stdout += chunk.toString('utf8');
      const match = ready.exec(stdout);
      if (!match) return;
      started = true;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({
        label,
        port: Number(match[1]),
        logTail: () => log.trimEnd(),
        stop: () => stopChild(child),
      });
    });
  });
}

/** SIGTERM (the server closes its database), SIGKILL after 15 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function cliHasOption(command: string, option: string): boolean {
  const help = spawnSync(process.execPath, [join(ROOT, 'bin/liaison.js'), command, '--help'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return help.status === 0 && help.stdout.includes(option);
}

/** `npm run build:server` when dist/cli/main.js is missing or older than any server source. */
function ensureBuilt(): void {
  const entry = join(ROOT, 'dist/cli/main.js');
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const newest = newestSource(join(ROOT, 'src'));
  if (built >= newest) return;
  note('dist/ is missing or older than src/: npm run build:server');
  const build = spawnSync('npm', ['run', 'build:server'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) throw new Error(`npm run build:server failed (${build.status ?? build.signal})`);
}

/** The newest modification time of the .ts files tsconfig.build.json compiles (not src/web, not tests). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(ROOT, 'src/web')) newest = Math.max(newest, newestSource(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------------
// The audit log after the run

function checkAudit(
  dataDir: string,
  file: string,
  answered: Tally,
): { recorded: number; missing: number; extra: number; verified: boolean } {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bin/liaison.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  const exported = cli(['audit', 'export', '--data', dataDir, '--out', file]);
  if (exported.status !== 0) throw new Error(`liaison audit export: ${exported.stderr}`);
  const verify = cli(['audit', 'verify', file]);
  const actions = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const action = (JSON.parse(line) as { action?: unknown }).action;
    if (typeof action === 'string') actions.set(action, (actions.get(action) ?? 0) + 1);
  }
  const recorded: Tally = {
    list: actions.get('document.list') ?? 0,
    read: actions.get('document.read') ?? 0,
    search: actions.get('document.search') ?? 0,
  };
  const sum = (f: (kind: Kind) => number) => KINDS.reduce((total, kind) => total + f(kind), 0);
  note(
    'audit log: ' +
      KINDS.map((kind) => `${kind} ${answered[kind]} answered (2xx), ${recorded[kind]} recorded`).join('; ') +
      `; verify: ${verify.status === 0 ? 'intact' : `FAILED ${verify.stdout}${verify.stderr}`.trim()}`,
  );
  return {
    recorded: sum((kind) => recorded[kind]),
    missing: sum((kind) => Math.max(0, answered[kind] - recorded[kind])),
    extra: sum((kind) => Math.max(0, recorded[kind] - answered[kind])),
    verified: verify.status === 0,
  };
}

// ---------------------------------------------------------------------------------------------------

function note(message: string): void {
  console.error(`# load: ${message}`);
}

/** Other work on the machine takes cores from both the server and the load: say so beside the figures. */
function noteMachineLoad(): void {
  const [oneMinute] = loadavg();
  const cores = availableParallelism();
  note(
    `load average ${oneMinute!.toFixed(2)} on ${cores} cores before the run` +
      (oneMinute! > cores / 2 ? ' (a busy machine: figures lower and noisier than on a quiet one)' : ''),
  );
}

function setting(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name}: '${text}' is not a positive whole number`);
  return value;
}
