/**
 * Global setup of the browser project: Chromium present, web app and server built, one fresh demo server
 * for the whole run (provided to the tests as `baseUrl`), stopped and its folder deleted at the end. The
 * server's sign-in and request limits are raised for the run: every test signs in from one address.
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
  // Every browser context of the run comes from one address: sign-ins (10 a minute per address and
  // username by default) and API requests (600 a minute per address) would otherwise throttle the run.
  const server = await startLiaisonDemo(['--login-limit', '1000', '--rate-limit', '100000']);
  const sessionFolder = mkdtempSync(path.join(os.tmpdir(), 'liaison-e2e-sessions-'));
  project.provide('baseUrl', server.url);
  project.provide('sessionFolder', sessionFolder);
  return async () => {
    await server.stop();
    rmSync(sessionFolder, { recursive: true, force: true });
  };
}
