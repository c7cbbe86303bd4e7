/**
 * A throwaway Liaison server for the browser tests: the built web app and server, a fresh 1944 demo in a
 * temporary folder, on a free port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliBuildPath, cliEntryPath, repositoryRoot, webIndexPath, webSourcePath } from './paths.js';

const startTimeoutMs = 90_000;
const stopTimeoutMs = 10_000;
const outputTailLength = 20_000;

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function runNpmScript(script: string): void {
  const result = spawnSync('npm', ['run', script], { cwd: repositoryRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`"npm run ${script}" failed (exit ${String(result.status)})`);
}

/** The web app must be built (and not older than its sources); the server must be compiled. */
export function ensureBuilt(): void {
  const webIsStale =
    !existsSync(webIndexPath) || statSync(webIndexPath).mtimeMs < newestModification(webSourcePath);
  if (webIsStale) runNpmScript('build:web');
  if (!existsSync(webIndexPath))
    throw new Error(`The web app is not built: ${webIndexPath} is missing (npm run build:web)`);
  if (!existsSync(cliBuildPath)) runNpmScript('build:server');
}

export interface RunningServer {
  /** The base URL the server printed, e.g. http://localhost:41234 (no trailing slash). */
  readonly url: string;
  readonly stop: () => Promise<void>;
}

function waitForStartLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      fail(new Error(`Liaison did not start within ${startTimeoutMs / 1000} s.\n${stdout}\n${stderr}`));
    }, startTimeoutMs);
    const cleanUp = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onStdout);
      child.stderr?.off('data', onStderr);
      child.off('exit', onExit);
    };
    const fail = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const onStdout = (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /Liaison is running at (\S+)/.exec(stdout);
      if (match) {
        cleanUp();
        resolve(match[1]!.replace(/\/+$/, ''));
      }
    };
    const onStderr = (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    };
    const onExit = (code: number | null) =>
      fail(new Error(`Liaison exited (code ${String(code)}) before it was running.\n${stdout}\n${stderr}`));
    child.stdout?.on('data', onStdout);
    child.stderr?.on('data', onStderr);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `liaison demo` on a free port with its data in a new temporary folder, removed by stop().
 * `extraArgs` are more options for `liaison demo` (e.g. a higher --login-limit for a test run).
 */
export async function startLiaisonDemo(extraArgs: readonly string[] = []): Promise<RunningServer> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'liaison-e2e-'));
  const child = spawn(
    process.execPath,
    [cliEntryPath, 'demo', '--port', '0', '--data', path.join(folder, 'data'), ...extraArgs],
    {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  let url: string;
  try {
    url = await waitForStartLine(child);
  } catch (error) {
    await stopChild(child);
    removeFolder();
    throw error;
  }
  // Keep draining output (so the child never blocks on a full pipe), and keep its tail: if the server
  // dies during the run, say so with its last words instead of leaving only "connection refused".
  let tail = '';
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-outputTailLength);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      `The Liaison server under test exited unexpectedly (code ${String(code)}, signal ${String(signal)}). ` +
        `Its last output:\n${tail}`,
    );
  });
  return {
    url,
    stop: async () => {
      stopping = true;
      await stopChild(child);
      removeFolder();
    },
  };
}
