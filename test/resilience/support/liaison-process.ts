/**
 * The real `liaison` process for fault tests: started from the TypeScript sources (`node --import tsx
 * src/cli/main.ts`, one process, no build step, so the test runs the tree as it is now and never
 * writes to the shared dist/), killed with SIGKILL, stopped politely, and its CLI commands run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cliSource = path.join(repositoryRoot, 'src', 'cli', 'main.ts');

const START_TIMEOUT_MS = 90_000;
const TAIL = 20_000;

/** Where the server keeps its data: an embedded folder, or a PostgreSQL server and a keys folder. */
export type StoreArgs =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly databaseUrl: string; readonly keysDir: string };

export function storeArgs(store: StoreArgs): string[] {
  return store.kind === 'pglite'
    ? ['--data', store.dataDir]
    : ['--database-url', store.databaseUrl, '--keys', store.keysDir];
}

/**
 * The environment of every child: the test's own settings only (nothing of the developer's
 * DATABASE_URL, LIAISON_DATA or LIAISON_KEYS), and API limits high enough for a dozen busy writers.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['DATABASE_URL', 'LIAISON_DATA', 'LIAISON_KEYS', 'PORT', 'HOST', 'LOG_LEVEL'])
    delete env[name];
  env.LIAISON_LOGIN_LIMIT = '1000';
  env.LIAISON_RATE_LIMIT = '1000000';
  return env;
}

function spawnCli(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', cliSource, ...args], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv(),
  });
}

export interface ServerProcess {
  /** e.g. http://localhost:41234 (no trailing slash) */
  readonly url: string;
  readonly pid: number;
  /** SIGKILL: no handler runs, nothing is flushed or closed. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (the server closes the store cleanly), SIGKILL after 20 s. */
  stop(): Promise<void>;
  /** The last of its stdout and stderr, for failure messages. */
  output(): string;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `liaison demo` (fresh 1944 demo) or `liaison serve` (existing data) on a free port. */
export async function startServer(command: 'demo' | 'serve', store: StoreArgs): Promise<ServerProcess> {
  const child = spawnCli([command, '--port', '0', '--log-level', 'warn', ...storeArgs(store)]);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL);
  };
  // Drained for the process's whole life, so that it never blocks on a full pipe.
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      done();
      child.kill('SIGKILL');
      reject(new Error(`liaison ${command} did not start within ${START_TIMEOUT_MS / 1000} s:\n${tail}`));
    }, START_TIMEOUT_MS);
    const onData = () => {
      const match = /Liaison is running at (\S+)/.exec(tail);
      if (match) {
        done();
        resolve(match[1]!.replace(/\/+$/, ''));
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      done();
      reject(
        new Error(`liaison ${command} exited (${String(code ?? signal)}) before it was running:\n${tail}`),
      );
    };
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
  return {
    url,
    pid: child.pid!,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(timer);
    },
    output: () => tail,
  };
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a `liaison` command to its end. */
export function runCli(args: readonly string[], timeoutMs = 90_000): Promise<CliResult> {
  const child = spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`liaison ${args.join(' ')} did not finish within ${timeoutMs / 1000} s:\n${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
