/**
 * Takes the screenshots in docs/: the inbox of the 1944 demo as the American Ambassador sees it
 * (inbox.png), deane's numbered copy of the TOP SECRET memorandum of conversation (document.png), and
 * the trace page naming the copy a retyped excerpt came from (trace.png). Not part of the test suite;
 * run with `npx tsx e2e/support/screenshot.ts`.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CopiesPage } from '../pages/copies.page.js';
import { InboxPage } from '../pages/inbox.page.js';
import { LoginPage } from '../pages/login.page.js';
import { TracePage } from '../pages/trace.page.js';
import { launchChromium } from './chromium.js';
import { ensureBuilt, startLiaisonDemo } from './liaison-server.js';
import { repositoryRoot } from './paths.js';

const memorandum = 'Stalin and Harriman Exchange Military Information';

function output(name: string): string {
  return path.join(repositoryRoot, 'docs', name);
}

async function signedIn(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const login = await new LoginPage(page).goto();
  await login.logIn(username, 'moscow1944');
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: output(name), fullPage: true });
  console.log(`Wrote ${path.relative(process.cwd(), output(name))}`);
}

ensureBuilt();
const server = await startLiaisonDemo();
try {
  const browser = await launchChromium();
  try {
    const harriman = await signedIn(browser, server.url, 'harriman');
    await new InboxPage(harriman).waitLoaded();
    await shoot(harriman, 'inbox.png');

    const deane = await signedIn(browser, server.url, 'deane');
    const copy = await (await new InboxPage(deane).goto()).open(memorandum);
    await copy.acknowledgeReceipt();
    await shoot(deane, 'document.png');

    // Page, the drafter, retypes 250 words of copy 3 as a leak would be, and traces it.
    const page = await signedIn(browser, server.url, 'page');
    const original = await (await new InboxPage(page).goto()).open(memorandum);
    await original.openTab('Copies');
    const register = new CopiesPage(page);
    await register.waitLoaded();
    const text = await (await register.openCopy(3)).text();
    const leak = text
      .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
      .replace(/\u00a0/g, ' ')
      .split(/\s+/)
      .slice(0, 250)
      .join(' ');
    const trace = await new TracePage(page).goto();
    await page.locator('#trace-text').fill(leak);
    await trace.trace();
    await shoot(page, 'trace.png');
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
}
