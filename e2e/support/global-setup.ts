/**
 * Global setup of the browser project: Chromium present, web app and server built, one fresh demo server
 * for the whole run (provided to the tests as `baseUrl`), stopped and its folder deleted at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './chromium.js';
import { ensureBuilt, startLiaisonDemo } from './liaison-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The running demo server, e.g. http://localhost:41234 */
    baseUrl: string;
    /** A folder for signed-in browser states, so each person signs in once per run (the server rate-limits sign-ins). */
    sessionFolder: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();
  ensureBuilt();
  const server = await startLiaisonDemo();
  const sessionFolder = mkdtempSync(path.join(os.tmpdir(), 'liaison-e2e-sessions-'));
  project.provide('baseUrl', server.url);
  project.provide('sessionFolder', sessionFolder);
  return async () => {
    await server.stop();
    rmSync(sessionFolder, { recursive: true, force: true });
  };
}
