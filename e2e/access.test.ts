/**
 * What a person may not read does not exist for them: not in the inbox, not in search, and its address
 * gives the same not-found page as an address that names nothing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ComposePage } from './pages/compose.page.js';
import { DocumentPage } from './pages/document.page.js';
import { InboxPage } from './pages/inbox.page.js';
import { SearchPage } from './pages/search.page.js';
import { launchChromium } from './support/chromium.js';
import { signIn, uniqueTitle, type SignedInPerson } from './support/people.js';

let browser: Browser;
const signedIn: SignedInPerson[] = [];

async function person(username: string): Promise<SignedInPerson> {
  const found = signedIn.find((candidate) => candidate.username === username);
  if (found) return found;
  const fresh = await signIn(browser, username);
  signedIn.push(fresh);
  return fresh;
}

/** The not-found page a person gets for an address naming no document at all. */
async function notFoundFor(someone: SignedInPerson): Promise<{ html: string; title: string }> {
  const page = await new DocumentPage(someone.page).goto(crypto.randomUUID());
  expect(await page.isNotFound()).toBe(true);
  return { html: await page.mainHtml(), title: await someone.page.title() };
}

/** Asserts that `someone` cannot find the document by inbox, search for `words`, or its address. */
async function expectNoTrace(
  someone: SignedInPerson,
  id: string,
  title: string,
  words: string,
): Promise<void> {
  const inbox = await new InboxPage(someone.page).goto();
  expect(await inbox.hasDocument(title)).toBe(false);

  const search = await new SearchPage(someone.page).goto(words);
  expect(await search.titles()).not.toContain(title);

  const random = await notFoundFor(someone);
  const document = await new DocumentPage(someone.page).goto(id);
  expect(await document.isNotFound()).toBe(true);
  expect(await document.mainHtml()).toBe(random.html);
  expect(await someone.page.title()).toBe(random.title);
  expect(await someone.page.locator('body').innerText()).not.toContain(title);
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const someone of signedIn) await someone.close();
  await browser?.close();
});

describe('access rules, as a reader sees them', () => {
  test('a US SECRET//NOFORN document for party USA: marshall reads it; burrows and stalin find no trace of it', async () => {
    const { title, word } = uniqueTitle('Assessment of Soviet intentions');
    const deane = await person('deane');
    const compose = await new ComposePage(deane.page).goto();
    await compose.chooseKind('memorandum');
    await compose.fillHeading({ title, dated: '1944-07-01', subject: 'Not for the Allies' });
    await compose.fillBody(`Our ${word} estimate of Soviet intentions follows.`);
    await compose.chooseLevel('SECRET');
    await compose.setReleasability('noforn');
    expect(await compose.bannerPreview()).toBe('SECRET//NOFORN');
    await compose.addRecipient('party:USA');
    const issued = await compose.issue();
    expect(await issued.banner('top')).toBe('SECRET//NOFORN');
    expect(await issued.distributionBlock()).toEqual(['Copy to United States of America']);
    const id = issued.id();

    const marshall = await person('marshall');
    const marshallInbox = await new InboxPage(marshall.page).goto();
    expect(await marshallInbox.hasDocument(title)).toBe(true);
    expect(await (await new SearchPage(marshall.page).goto(word)).titles()).toEqual([title]);
    const marshallCopy = await new DocumentPage(marshall.page).goto(id);
    expect(await marshallCopy.banner('bottom')).toBe('SECRET//NOFORN');

    for (const username of ['burrows', 'stalin']) {
      const outsider = await person(username);
      await expectNoTrace(outsider, id, title, word);
      await expectNoTrace(outsider, id, title, title);
      const search = await new SearchPage(outsider.page).goto(word);
      expect(await search.summary()).toBe(`No document you may read matches “${word}”.`);
    }
    for (const someone of signedIn) expect(someone.problems).toEqual([]);
  });

  test('stalin reads the BAGRATION document; molotov, cleared but not read in, cannot find it', async () => {
    const title = 'Operation BAGRATION: sectors of the main blows';
    const stalin = await person('stalin');
    const inbox = await new InboxPage(stalin.page).goto();
    expect(await inbox.hasDocument(title)).toBe(true);
    const document = await inbox.open(title);
    expect(await document.banner('top')).toBe('СОВЕРШЕННО СЕКРЕТНО//BAGRATION//NOFORN');
    expect(await document.banner('bottom')).toBe('СОВЕРШЕННО СЕКРЕТНО//BAGRATION//NOFORN');
    expect(await document.bannerRank('top')).toBe('3');
    const id = document.id();
    expect(await (await new SearchPage(stalin.page).goto('BAGRATION')).titles()).toContain(title);

    const molotov = await person('molotov');
    await expectNoTrace(molotov, id, title, 'BAGRATION');
    await expectNoTrace(molotov, id, title, 'sectors of the main blows');
    for (const someone of signedIn) expect(someone.problems).toEqual([]);
  });
});
