/**
 * The `liaison` command as an administrator uses it: on a fresh embedded data folder on the PGlite
 * project, and on the test database through DATABASE_URL on the PostgreSQL project.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, testDatabaseKind, type TestWorld } from '../support/test-context.js';
import { testKeysDir } from '../support/test-signer.js';

const ROOT = new URL('../../', import.meta.url).pathname;
let world: TestWorld | undefined;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'liaison-cli-'));
  if (testDatabaseKind() === 'postgres') world = await createTestWorld();
});
afterAll(async () => {
  await world?.close();
  rmSync(dir, { recursive: true, force: true });
});

function withoutDatabaseUrl(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  return env;
}

function storeArgs(): string[] {
  return world?.url ? ['--database-url', world.url, '--keys', testKeysDir()] : ['--data', join(dir, 'data')];
}

function liaison(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: withoutDatabaseUrl({ LOG_LEVEL: 'warn' }),
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('liaison user', { timeout: 180_000 }, () => {
  it('adds, lists, grants and revokes', () => {
    const add = liaison(
      [
        'user',
        'add',
        'kennan',
        '--name',
        'George F. Kennan',
        '--party',
        'USA',
        '--clearance',
        'SECRET',
        '--role',
        'secretary',
        '--password-stdin',
        ...storeArgs(),
      ],
      'long enough password\n',
    );
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('added kennan USA SECRET [secretary] — George F. Kennan');

    expect(
      liaison(['user', 'grant', 'kennan', '--compartment', 'OVERLORD', ...storeArgs()]).stdout,
    ).toContain('read into OVERLORD');
    expect(
      liaison(['user', 'grant', 'kennan', '--clearance', 'TOP SECRET', ...storeArgs()]).stdout,
    ).toContain('kennan USA TOP SECRET');
    const revoked = liaison(['user', 'revoke', 'kennan', '--compartment', 'OVERLORD', ...storeArgs()]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).not.toContain('OVERLORD');

    const list = liaison(['user', 'list', '--json', ...storeArgs()]);
    const people = JSON.parse(list.stdout) as {
      username: string;
      clearance: number;
      compartments: string[];
    }[];
    expect(people.find((person) => person.username === 'kennan')).toMatchObject({
      clearance: 3,
      compartments: [],
    });
  });

  it('names every problem and exits non-zero, changing nothing', () => {
    const bad = liaison(
      [
        'user',
        'add',
        'Bad Name',
        '--name',
        'x',
        '--party',
        'FRA',
        '--clearance',
        'SECRET',
        '--password-stdin',
        ...storeArgs(),
      ],
      'long enough password\n',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/username/);
    const unknown = liaison(['user', 'grant', 'kennan', '--compartment', 'ULTRA', ...storeArgs()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown compartment 'ULTRA'");
    const both = liaison([
      'user',
      'grant',
      'kennan',
      '--compartment',
      'OVERLORD',
      '--role',
      'secretary',
      ...storeArgs(),
    ]);
    expect(both.code).toBe(2);
    const badUrl = liaison(['user', 'list', '--database-url', 'mysql://nowhere']);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('DATABASE_URL');
  });
});

describe('liaison import', { timeout: 120_000 }, () => {
  it('stores the seed records as documents of a person, issued to their party', () => {
    if (!world) {
      const add = liaison(
        [
          'user',
          'add',
          'page',
          '--name',
          'Edward Page',
          '--party',
          'USA',
          '--clearance',
          'TOP SECRET',
          '--password-stdin',
          ...storeArgs(),
        ],
        'long enough password\n',
      );
      expect(add.code).toBe(0);
    }
    const seeds = readdirSync(join(ROOT, 'data/seeds'))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => `data/seeds/${file}`);
    const result = liaison(['import', ...seeds, '--as', 'page', ...storeArgs()]);
    expect(result.stderr).toContain('Importing: done');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /000_\w+\.txt: USA-\d{4}-\d{4} SECRET "Telegram re Stalin Harriman Conversation on Japanese Troops"/,
    );
    expect(result.stdout).toMatch(
      /001_\w+\.txt: USA-\d{4}-\d{4} TOP SECRET "Stalin and Harriman Exchange Military Information"/,
    );
    expect(result.stdout).toMatch(
      /002_\w+\.txt: USA-\d{4}-\d{4} SECRET "Memorandum Discussing Joint Military Organization"/,
    );
  });

  it('refuses a file that is not a record before storing anything', () => {
    const file = join(dir, 'not-a-record.txt');
    writeFileSync(file, 'just some words\nwithout a date or a title\n');
    const result = liaison([
      'import',
      'data/seeds/000_b2025788274b246b.txt',
      file,
      '--as',
      'page',
      ...storeArgs(),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not-a-record.txt: no date');
    expect(result.stdout).toBe('');
  });
});

describe('liaison audit', { timeout: 180_000 }, () => {
  it('exports a log that verifies, and names the first bad line of any tampering', () => {
    const file = join(dir, 'audit.jsonl');
    const exported = liaison(['audit', 'export', '--out', file, ...storeArgs()]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/audit export: \d+ entries/);
    const verified = liaison(['audit', 'verify', file]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/intact/);

    const keysFile = join(dir, 'keys.json');
    writeFileSync(keysFile, liaison(['audit', 'keys', ...storeArgs()]).stdout);
    expect(liaison(['audit', 'verify', file, '--trusted-keys', keysFile]).stdout).toMatch(
      /intact \(keys trusted\)/,
    );

    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const entryAt = lines.findIndex(
      (line, index) =>
        index > 2 && line.includes('"type":"entry"') && lines[index + 1]?.includes('"type":"entry"'),
    );
    expect(entryAt).toBeGreaterThan(0);
    const variants: Record<string, string[]> = {
      altered: lines.map((line, i) =>
        i === entryAt
          ? line.replace(
              /"decision":"(\w+)"/,
              (_m, d: string) => `"decision":"${d === 'done' ? 'refused' : 'done'}"`,
            )
          : line,
      ),
      removed: lines.filter((_line, i) => i !== entryAt),
      inserted: [...lines.slice(0, entryAt), lines[entryAt - 1] ?? '', ...lines.slice(entryAt)],
      reordered: lines.map((line, i) =>
        i === entryAt ? (lines[entryAt + 1] ?? '') : i === entryAt + 1 ? (lines[entryAt] ?? '') : line,
      ),
    };
    for (const [how, changed] of Object.entries(variants)) {
      const tampered = join(dir, `audit-${how}.jsonl`);
      writeFileSync(tampered, `${changed.join('\n')}\n`);
      const result = liaison(['audit', 'verify', tampered]);
      expect(result.code, how).toBe(1);
      expect(result.stderr, how).toMatch(new RegExp(`BROKEN at line ${entryAt + 1}: `));
    }
  });
});

describe('liaison --help', { timeout: 60_000 }, () => {
  it.each([
    [[]],
    [['serve']],
    [['demo']],
    [['user']],
    [['user', 'add']],
    [['user', 'list']],
    [['user', 'grant']],
    [['user', 'revoke']],
    [['import']],
  ])('liaison %j --help', (command) => {
    const result = liaison([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: liaison/);
  });
});

describe.runIf(testDatabaseKind() === 'pglite')('liaison demo and serve', () => {
  it('loads a fresh demo, serves it, and refuses a second process on the same folder', { timeout: 120_000 }, async () => {
    const data = join(dir, 'demo');
    const server = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--port', '0', '--data', data, '--log-level', 'warn'],
      {
        cwd: ROOT,
        env: withoutDatabaseUrl(),
      },
    );
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let output = '';
        server.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Liaison is running at (http:\/\/\S+?)\/? /.exec(output);
          if (match?.[1]) resolveUrl(match[1]);
        });
        server.once('exit', (code) => reject(new Error(`demo exited with ${code}: ${output}`)));
      });
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const login = await fetch(`${url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'stalin', password: 'moscow1944' }),
      });
      expect(login.status).toBe(200);
      const page = await fetch(`${url}/inbox`);
      expect(page.headers.get('content-type')).toContain('text/html');

      const second = liaison(['serve', '--port', '0', '--data', data]);
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(/in use by process \d+/);

      // The demo's press cutting, as a reader would copy it out of the interface.
      const cookie = login.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
      const inbox = (await (await fetch(`${url}/api/documents?q=Herald%20Tribune`, { headers: { cookie } })).json()) as { items: { id: string }[] };
      expect(inbox.items).toEqual([]); // Stalin holds no copy of the American press file
      const harriman = await fetch(`${url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'harriman', password: 'moscow1944' }),
      });
      const harrimanCookie = harriman.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
      const found = (await (await fetch(`${url}/api/documents?q=Herald%20Tribune`, { headers: { cookie: harrimanCookie } })).json()) as {
        items: { id: string }[];
      };
      const cutting = (await (await fetch(`${url}/api/documents/${found.items[0]?.id ?? ''}`, { headers: { cookie: harrimanCookie } })).json()) as {
        body: string;
      };
      writeFileSync(join(dir, 'press-cutting.txt'), cutting.body);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolveExit) => server.once('exit', resolveExit));
    }
    const traced = liaison(['trace', join(dir, 'press-cutting.txt'), '--as', 'page', '--data', data]);
    expect(traced.code, traced.stderr).toBe(0);
    expect(traced.stdout).toMatch(/document: USA-1944-\d{4} TOP SECRET "Stalin and Harriman Exchange Military Information"/);
    expect(traced.stdout).toMatch(/accused .*\n  copy 3 of 4  Ambassador  score/);
    const refused = liaison(['trace', join(dir, 'press-cutting.txt'), '--as', 'pavlov', '--data', data]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/only a document's drafter/);
  });
});
