/**
 * People of the 1944 demo in their own browser contexts. Each person signs in through the sign-in page
 * once per run; the signed-in state (the HttpOnly session cookie) is kept in the run's session folder and
 * reused: signing in is slow on purpose (password hashing), and the server limits sign-ins per address.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { LoginPage } from '../pages/login.page.js';

export const demoPassword = 'moscow1944';

export interface SignedInPerson {
  readonly username: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Script errors and Content-Security-Policy violations seen in this person's pages. */
  readonly problems: string[];
  readonly close: () => Promise<void>;
}

/** A context on the demo server that records page errors and CSP violations. */
export async function newWatchedContext(
  browser: Browser,
  storageState?: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    viewport: { width: 1280, height: 900 },
    ...(storageState ? { storageState } : {}),
  });
  // Fail fast and clearly: nothing in this app should take seconds.
  context.setDefaultTimeout(10_000);
  const problems: string[] = [];
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy|Refused to (apply|execute|load)/i.test(text))
      problems.push(`CSP: ${text}`);
  });
  const page = await context.newPage();
  return { context, page, problems };
}

/** The person, signed in (through the sign-in page the first time in this run). */
export async function signIn(browser: Browser, username: string): Promise<SignedInPerson> {
  const statePath = path.join(inject('sessionFolder'), `${username}.json`);
  const known = existsSync(statePath);
  const { context, page, problems } = await newWatchedContext(browser, known ? statePath : undefined);
  if (known) {
    await page.goto('/');
    await page.getByTestId('current-user-name').waitFor();
  } else {
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(username, demoPassword);
    await context.storageState({ path: statePath });
  }
  return { username, context, page, problems, close: () => context.close() };
}

/** A title no other test (or run) uses, to find exactly one document by searching for it. */
export function uniqueTitle(prefix: string): { title: string; word: string } {
  const word =
    'zq' +
    Math.random()
      .toString(36)
      .slice(2, 10)
      .replace(/[0-9]/g, (digit) => 'abcdefghij'[Number(digit)]!);
  return { title: `${prefix} ${word}`, word };
}
