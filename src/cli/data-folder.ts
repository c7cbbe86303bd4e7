/**
 * The embedded store's folder: marked as Liaison's, and locked while a process has it open, since the
 * embedded database allows one process at a time.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = 'LIAISON_DATA';
const LOCK = 'liaison.lock';

export class DataFolderError extends Error {}

export function isLiaisonDataFolder(dir: string): boolean {
  return existsSync(join(dir, MARKER));
}

/** Creates the folder (and its marker) if needed; refuses a non-empty folder that is not Liaison's. */
export function prepareDataFolder(dir: string): void {
  if (existsSync(dir) && !isLiaisonDataFolder(dir) && readdirSync(dir).length > 0)
    throw new DataFolderError(
      `${dir} is not empty and is not a Liaison data folder; choose another with --data`,
    );
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), 'This folder holds a Liaison database (PGlite). Do not edit.\n');
}

/** Empties a Liaison data folder for a fresh demo; never touches a folder that is not Liaison's. */
export function resetDataFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!isLiaisonDataFolder(dir))
      throw new DataFolderError(
        `${dir} is not empty and is not a Liaison data folder; the demo will not overwrite it`,
      );
    assertUnlocked(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  prepareDataFolder(dir);
}

function assertUnlocked(dir: string): void {
  const holder = lockHolder(dir);
  if (holder !== undefined)
    throw new DataFolderError(
      `${dir} is in use by process ${holder}; stop it first (the embedded database allows one process)`,
    );
}

function lockHolder(dir: string): number | undefined {
  const path = join(dir, LOCK);
  if (!existsSync(path)) return undefined;
  const pid = Number(readFileSync(path, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined; // the holder is gone: a stale lock
  }
}

/** Takes the folder's lock for this process; returns the release function. */
export function lockDataFolder(dir: string): () => void {
  assertUnlocked(dir);
  const path = join(dir, LOCK);
  writeFileSync(path, String(process.pid));
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try {
      if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
    } catch {
      // already gone
    }
  };
}
