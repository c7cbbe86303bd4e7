/**
 * Takes docs/inbox.png: the inbox of the 1944 demo as the American Ambassador sees it. Not part of the
 * test suite; run with `npx tsx e2e/support/screenshot.ts`.
 */
import path from 'node:path';
import { InboxPage } from '../pages/inbox.page.js';
import { LoginPage } from '../pages/login.page.js';
import { launchChromium } from './chromium.js';
import { ensureBuilt, startLiaisonDemo } from './liaison-server.js';
import { repositoryRoot } from './paths.js';

const output = path.join(repositoryRoot, 'docs', 'inbox.png');

ensureBuilt();
const server = await startLiaisonDemo();
try {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const login = await new LoginPage(page).goto();
    await login.logIn('harriman', 'moscow1944');
    await new InboxPage(page).waitLoaded();
    await page.screenshot({ path: output, fullPage: true });
    console.log(`Wrote ${path.relative(process.cwd(), output)}`);
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
}
