/**
 * Takes docs/committee.png: the first meeting of the Tripartite Military Committee as General Deane sees
 * it (its marking as a banner, the agenda with the civil-affairs item referred to the European Advisory
 * Commission, the paper, attendance, minutes and action items). Like screenshot.ts, not part of the test
 * suite; run with `npx tsx e2e/support/committee-screenshot.ts`.
 */
import path from 'node:path';
import { CommitteeMeetingPage } from '../pages/committee-meeting.page.js';
import { CommitteePage } from '../pages/committee.page.js';
import { LoginPage } from '../pages/login.page.js';
import { launchChromium } from './chromium.js';
import { ensureBuilt, startLiaisonDemo } from './liaison-server.js';
import { repositoryRoot } from './paths.js';

const output = path.join(repositoryRoot, 'docs', 'committee.png');

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
    await (await new LoginPage(page).goto()).logIn('deane', 'moscow1944');
    const committee = await new CommitteePage(page).goto();
    await committee.openMeeting(1);
    await new CommitteeMeetingPage(page).waitLoaded();
    await page.screenshot({ path: output, fullPage: true });
    console.log(`Wrote ${path.relative(process.cwd(), output)}`);
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
}
