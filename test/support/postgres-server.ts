/**
 * A throwaway PostgreSQL server for the test suite and benchmarks: initdb and pg_ctl in a temporary
 * folder, listening on a free loopback port, removed afterwards. As root (CI containers), the server
 * runs as the `postgres` system user, since PostgreSQL refuses to run as root.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** postgres://liaison@127.0.0.1:PORT/DATABASE */
  urlFor(database: string): string;
  readonly port: number;
  stop(): void;
}

export function findPostgresBin(tool: string): string {
  const candidates = [
    ...(process.env.PG_BIN ? [join(process.env.PG_BIN, tool)] : []),
    ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, tool)),
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort()
          .reverse()
          .map((version) => join('/usr/lib/postgresql', version, 'bin', tool))
      : []),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(
      `PostgreSQL's ${tool} was not found (PATH, PG_BIN or /usr/lib/postgresql/*/bin): install Debian's postgresql package`,
    );
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const binary = findPostgresBin(tool);
    const [command, commandArgs] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
      : [binary, args];
    execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  if (asRoot) {
    const postgres = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const group = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, postgres, group);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'liaison', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  return {
    port,
    urlFor: (database) => `postgres://liaison@127.0.0.1:${port}/${database}`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
