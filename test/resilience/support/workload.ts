/**
 * Concurrent writers against a running server, and the ledger of what the server acknowledged.
 *
 * Each writer loop owns its documents: it drafts (with N recipients), saves new versions (title, body
 * and a new distribution), issues, and disseminates to more recipients, one request at a time, so that
 * each document has at most one request in flight. A 2xx answer is an acknowledged write and goes into
 * the ledger with what the server returned. A request that got no answer (the server was killed) may or
 * may not have been applied: it is kept as the document's pending write, and the document is not
 * touched again, so that after the restart its state must be exactly the acknowledged one, or that
 * plus the pending write applied whole.
 *
 * Every content write (draft or new version) has a unique title, so a stored title names the write its
 * row came from, and with it the distribution that the same transaction must have stored.
 */

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: small, seeded, good enough to vary a workload reproducibly. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    sample(items, count) {
      const pool = [...items];
      const chosen = [];
      while (chosen.length < count && pool.length > 0)
        chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
      return chosen;
    },
  };
}

export const PASSWORD = 'moscow1944';
export const PEOPLE: Readonly<Record<string, string>> = {
  harriman: 'USA',
  page: 'USA',
  deane: 'USA',
  marshall: 'USA',
  eisenhower: 'USA',
  burrows: 'GBR',
  brooke: 'GBR',
  stalin: 'SUN',
  molotov: 'SUN',
  pavlov: 'SUN',
  antonov: 'SUN',
};
/** SECRET in each party's own words; releasable to the coalition, so anyone may be a recipient. */
export const SECRET_IN: Readonly<Record<string, string>> = { USA: 'SECRET', GBR: 'SECRET', SUN: 'СЕКРЕТНО' };
export const TITLE_PREFIX = 'FAULT';

// ---------------------------------------------------------------------------------------------------
// HTTP

export type Answer =
  | { readonly kind: 'answer'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'no-answer'; readonly error: string };

export interface Endpoint {
  url: string;
}

export async function request(
  endpoint: Endpoint,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  cookie: string | undefined,
  body?: unknown,
): Promise<Answer> {
  try {
    const response = await fetch(`${endpoint.url}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { kind: 'answer', status: response.status, body: parsed };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: 'no-answer', error: `${(error as Error).message}${cause ? ` (${cause})` : ''}` };
  }
}

export async function logIn(endpoint: Endpoint, username: string): Promise<string> {
  const response = await fetch(`${endpoint.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('liaison_session='));
  if (response.status !== 200 || !cookie)
    throw new Error(`login as ${username}: ${response.status} ${await response.text()}`);
  return cookie.split(';')[0]!;
}

/** The document as the API returns it (the fields the checks use). */
export interface ApiDocument {
  id: string;
  state: 'draft' | 'issued';
  title: string;
  body: string;
  version: number;
  registryNumber: string | null;
  issuedAt: string | null;
  originator: string;
  distribution: { kind: string; id: string; copies: number }[];
}

// ---------------------------------------------------------------------------------------------------
// The ledger

export interface ContentWrite {
  readonly drafter: string;
  readonly title: string;
  readonly body: string;
  readonly recipients: readonly string[];
}

/** A document as the server last acknowledged it. */
export interface DocState {
  readonly version: number;
  readonly title: string;
  readonly body: string;
  /** The draft's distribution (person usernames, in order). */
  readonly recipients: readonly string[];
  readonly state: 'draft' | 'issued';
  readonly registryNumber: string | null;
  /** Dissemination batches after issue, in order. */
  readonly batches: readonly (readonly string[])[];
}

export type PendingWrite =
  | { readonly kind: 'update'; readonly write: ContentWrite }
  | { readonly kind: 'issue' }
  | { readonly kind: 'disseminate'; readonly recipients: readonly string[] };

export type AckedWrite =
  | { readonly kind: 'draft'; readonly version: number }
  | { readonly kind: 'update'; readonly version: number }
  | { readonly kind: 'issue'; readonly registryNumber: string }
  | { readonly kind: 'disseminate'; readonly recipients: readonly string[] };

export interface DocRecord {
  readonly id: string;
  readonly drafter: string;
  readonly party: string;
  readonly writer: number;
  acked: DocState;
  readonly ackedWrites: AckedWrite[];
  /** Every dissemination batch sent for it, answered or not. */
  readonly attemptedBatches: (readonly string[])[];
  /** The write whose answer never came (the server died): the document is left alone after it. */
  pending?: PendingWrite;
  /** Round in which the pending write was sent. */
  pendingRound?: number;
}

export interface Anomaly {
  readonly round: number;
  readonly what: string;
}

export class Ledger {
  /** Every content write sent (title → write), acknowledged or not. */
  readonly writes = new Map<string, ContentWrite>();
  readonly docs = new Map<string, DocRecord>();
  /** Drafts sent whose answer never came: stored or not, never half. */
  readonly unansweredDrafts: ContentWrite[] = [];
  /** Answers that should not happen while the server is up (4xx, 5xx, no answer before the kill). */
  readonly anomalies: Anomaly[] = [];
  readonly acknowledged = { draft: 0, update: 0, issue: 0, disseminate: 0 };
  readonly unanswered = { draft: 0, update: 0, issue: 0, disseminate: 0 };

  get acknowledgedTotal(): number {
    const a = this.acknowledged;
    return a.draft + a.update + a.issue + a.disseminate;
  }
}

/** The state after a pending write, applied whole. */
export function applyPending(state: DocState, pending: PendingWrite): DocState {
  switch (pending.kind) {
    case 'update':
      return {
        ...state,
        version: state.version + 1,
        title: pending.write.title,
        body: pending.write.body,
        recipients: pending.write.recipients,
      };
    case 'issue':
      return { ...state, state: 'issued', registryNumber: null /* unknown: any, checked elsewhere */ };
    case 'disseminate':
      return { ...state, batches: [...state.batches, pending.recipients] };
  }
}

// ---------------------------------------------------------------------------------------------------
// Writers

export interface Round {
  readonly number: number;
  readonly endpoint: Endpoint;
  /** Set just before the kill: no new request is started. */
  stopping: boolean;
  inFlight: number;
  acknowledged: number;
}

export interface Writer {
  readonly index: number;
  readonly username: string;
  readonly party: string;
  readonly rng: Rng;
  cookie: string;
  serial: number;
}

const BODY_WORDS = [
  'the',
  'mission',
  'convoy',
  'Murmansk',
  'shuttle',
  'bombing',
  'Poltava',
  'airfields',
  'weather',
  'stations',
  'liaison',
  'committee',
  'supply',
  'route',
  'Persian',
  'corridor',
  'meeting',
  'agreed',
];

function newWrite(writer: Writer, round: number, kind: 'draft' | 'v'): ContentWrite {
  writer.serial++;
  const title = `${TITLE_PREFIX} ${writer.username} w${writer.index} r${round} ${kind}${writer.serial} ${writer.rng.int(0, 1e9).toString(36)}`;
  const words = writer.rng.int(30, 1500);
  const body = Array.from({ length: words }, () => writer.rng.pick(BODY_WORDS)).join(' ');
  const pool = Object.keys(PEOPLE).filter((name) => name !== writer.username);
  const recipients = writer.rng.sample(pool, writer.rng.int(1, 4));
  return { drafter: writer.username, title, body: `${title}\n\n${body}`, recipients };
}

function draftBody(write: ContentWrite, party: string) {
  return {
    kind: 'memorandum',
    title: write.title,
    body: write.body,
    dated: '1944-10-01',
    marking: SECRET_IN[party],
    distribution: write.recipients.map((person) => ({ person })),
  };
}

const recipientIds = (document: ApiDocument) => document.distribution.map((entry) => entry.id);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** One writer's loop, until the round stops. */
export async function runWriter(writer: Writer, round: Round, ledger: Ledger): Promise<void> {
  const call = (method: 'POST' | 'PUT', path: string, body?: unknown) =>
    request(round.endpoint, method, path, writer.cookie, body);
  const anomaly = (what: string) =>
    ledger.anomalies.push({ round: round.number, what: `${writer.username}#${writer.index}: ${what}` });
  /** A request that got no answer: fine once the round is stopping (the kill), an anomaly before. */
  const unanswered = (answer: Answer, what: string) => {
    if (answer.kind === 'no-answer' && !round.stopping)
      anomaly(`${what}: no answer before the kill: ${answer.error}`);
    if (answer.kind === 'answer')
      anomaly(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  };

  while (!round.stopping) {
    const mine = [...ledger.docs.values()].filter((doc) => doc.writer === writer.index && !doc.pending);
    const drafts = mine.filter((doc) => doc.acked.state === 'draft');
    const issued = mine.filter(
      (doc) =>
        doc.acked.state === 'issued' && doc.acked.recipients.length + doc.acked.batches.flat().length < 8,
    );
    const roll = writer.rng.next();
    round.inFlight++;
    try {
      if (roll < 0.2 && drafts.length > 0) {
        // A new version: title, body and a whole new distribution, in one transaction.
        const doc = writer.rng.pick(drafts);
        const write = newWrite(writer, round.number, 'v');
        ledger.writes.set(write.title, write);
        const answer = await call('PUT', `/api/documents/${doc.id}`, {
          ...draftBody(write, writer.party),
          version: doc.acked.version,
        });
        if (answer.kind === 'answer' && answer.status === 200) {
          const saved = answer.body as ApiDocument;
          if (saved.version !== doc.acked.version + 1 || !sameList(recipientIds(saved), write.recipients))
            anomaly(`update of ${doc.id} answered ${JSON.stringify(saved).slice(0, 300)}`);
          doc.acked = {
            ...doc.acked,
            version: saved.version,
            title: write.title,
            body: write.body,
            recipients: write.recipients,
          };
          doc.ackedWrites.push({ kind: 'update', version: saved.version });
          ledger.acknowledged.update++;
          round.acknowledged++;
        } else {
          doc.pending = { kind: 'update', write };
          doc.pendingRound = round.number;
          ledger.unanswered.update++;
          unanswered(answer, `update ${doc.id}`);
        }
      } else if (roll < 0.45 && drafts.length > 0) {
        const doc = writer.rng.pick(drafts);
        const answer = await call('POST', `/api/documents/${doc.id}/issue`);
        if (answer.kind === 'answer' && answer.status === 200) {
          const saved = answer.body as ApiDocument;
          if (saved.state !== 'issued' || !saved.registryNumber || !saved.issuedAt)
            anomaly(`issue of ${doc.id} answered ${JSON.stringify(saved).slice(0, 300)}`);
          doc.acked = { ...doc.acked, state: 'issued', registryNumber: saved.registryNumber };
          doc.ackedWrites.push({ kind: 'issue', registryNumber: saved.registryNumber ?? '' });
          ledger.acknowledged.issue++;
          round.acknowledged++;
        } else {
          doc.pending = { kind: 'issue' };
          doc.pendingRound = round.number;
          ledger.unanswered.issue++;
          unanswered(answer, `issue ${doc.id}`);
        }
      } else if (roll < 0.65 && issued.length > 0) {
        const doc = writer.rng.pick(issued);
        const already = new Set([writer.username, ...doc.acked.recipients, ...doc.acked.batches.flat()]);
        const pool = Object.keys(PEOPLE).filter((name) => !already.has(name));
        const recipients = writer.rng.sample(pool, writer.rng.int(1, 3));
        doc.attemptedBatches.push(recipients);
        const answer = await call('POST', `/api/documents/${doc.id}/disseminations`, {
          recipients: recipients.map((person) => ({ person })),
        });
        if (answer.kind === 'answer' && answer.status === 200) {
          const saved = answer.body as ApiDocument;
          const expected = [...doc.acked.recipients, ...doc.acked.batches.flat(), ...recipients];
          if (!sameList(recipientIds(saved), expected))
            anomaly(
              `dissemination of ${doc.id} answered ${JSON.stringify(recipientIds(saved))}, expected ${JSON.stringify(expected)}`,
            );
          doc.acked = { ...doc.acked, batches: [...doc.acked.batches, recipients] };
          doc.ackedWrites.push({ kind: 'disseminate', recipients });
          ledger.acknowledged.disseminate++;
          round.acknowledged++;
        } else {
          doc.pending = { kind: 'disseminate', recipients };
          doc.pendingRound = round.number;
          ledger.unanswered.disseminate++;
          unanswered(answer, `disseminate ${doc.id}`);
        }
      } else {
        const write = newWrite(writer, round.number, 'draft');
        ledger.writes.set(write.title, write);
        const answer = await call('POST', '/api/documents', draftBody(write, writer.party));
        if (answer.kind === 'answer' && answer.status === 201) {
          const saved = answer.body as ApiDocument;
          if (
            saved.version !== 1 ||
            saved.state !== 'draft' ||
            !sameList(recipientIds(saved), write.recipients)
          )
            anomaly(`draft answered ${JSON.stringify(saved).slice(0, 300)}`);
          ledger.docs.set(saved.id, {
            id: saved.id,
            drafter: writer.username,
            party: writer.party,
            writer: writer.index,
            acked: {
              version: saved.version,
              title: write.title,
              body: write.body,
              recipients: write.recipients,
              state: 'draft',
              registryNumber: null,
              batches: [],
            },
            ackedWrites: [{ kind: 'draft', version: saved.version }],
            attemptedBatches: [],
          });
          ledger.acknowledged.draft++;
          round.acknowledged++;
        } else {
          ledger.unansweredDrafts.push(write);
          ledger.unanswered.draft++;
          unanswered(answer, `draft "${write.title}"`);
        }
      }
    } finally {
      round.inFlight--;
    }
  }
}
