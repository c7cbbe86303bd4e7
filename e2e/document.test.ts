/** Reading documents as the reader's own party sees them: banners, heading fields, text, distribution. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InboxPage } from './pages/inbox.page.js';
import { SearchPage } from './pages/search.page.js';
import { launchChromium } from './support/chromium.js';
import { signIn, type SignedInPerson } from './support/people.js';

let browser: Browser;
let harriman: SignedInPerson;

beforeAll(async () => {
  browser = await launchChromium();
  harriman = await signIn(browser, 'harriman');
});

afterAll(async () => {
  await harriman?.close();
  await browser?.close();
});

describe('reading a document', () => {
  test('harriman opens the TOP SECRET memorandum of conversation: banners top and bottom, distribution block', async () => {
    const inbox = await new InboxPage(harriman.page).goto();
    const title = 'Stalin and Harriman Exchange Military Information';
    expect(await inbox.row(title)).toMatchObject({
      banner: 'TOP SECRET',
      kind: 'Memorandum of conversation',
      registryNumber: 'USA-1944-0003',
      dated: '26 June 1944',
      originator: 'USA',
      drafter: 'Edward Page',
    });
    expect(await inbox.bannerRank(title)).toBe('3');

    const document = await inbox.open(title);
    expect(await document.title()).toBe(title);
    expect(await document.banner('top')).toBe('TOP SECRET');
    expect(await document.banner('bottom')).toBe('TOP SECRET');
    expect(await document.bannerRank('top')).toBe('3');
    expect(await document.readerBanner('top')).toBeNull();
    expect(await document.registryLine()).toBe('Registry No. USA-1944-0003');
    expect(await document.distributionBlock()).toEqual([
      'Copy to Maj. Gen. John R. Deane',
      '3 copies to Ambassador',
    ]);
    expect(await document.field('subject')).toBe('Exchange of Military Information');
    expect(await document.field('participants')).toContain('Marshal I. V. Stalin');
    expect(await document.field('participants')).toContain('Mr. Pavlov, Soviet interpreter');
    expect(await document.drafterLine()).toBe('Drafted by Edward Page, Second Secretary of Embassy EP:nn');
    expect(await document.body()).toContain('we have loose talkers too');
    // Harriman holds a copy but is not its drafter: he may pass it on, not change or issue it.
    expect(await document.canIssue()).toBe(false);
    expect(await harriman.page.getByRole('link', { name: 'Edit draft' }).count()).toBe(0);
    expect(harriman.problems).toEqual([]);
  });

  test('a Soviet intelligence report shows its banner in Russian, the reader’s equivalent, source and grade', async () => {
    const inbox = await new InboxPage(harriman.page).goto();
    const document = await inbox.open('Japanese preparations to withdraw to an inner defence line');
    expect(await document.banner('top')).toBe('СЕКРЕТНО//REL TO SUN, USA');
    expect(await document.readerBanner('top')).toBe('In your terms: SECRET//REL TO USA, SUN');
    expect(await document.banner('bottom')).toBe('СЕКРЕТНО//REL TO SUN, USA');
    expect(await document.field('grade')).toBe('B3 (usually reliable; possibly true)');
    expect(await document.field('source')).toContain('Soviet military intelligence');
    expect(await document.field('places')).toContain('Manchuria');
    expect(harriman.problems).toEqual([]);
  });

  test('a telegram shows from, to and number', async () => {
    const inbox = await new InboxPage(harriman.page).goto();
    const document = await inbox.open('Telegram re Stalin Harriman Conversation on Japanese Troops');
    expect(await document.field('from')).toBe('Moscow');
    expect(await document.field('to')).toBe('Secretary of State, Washington');
    expect(await document.field('number')).toBe('435');
    expect(await document.drafterLine()).toContain('FBS/');
  });

  test('search from the header lists hits with the matched words highlighted', async () => {
    await new InboxPage(harriman.page).goto();
    const search = await new SearchPage(harriman.page).searchFromHeader('Tehran');
    expect(await search.titles()).toEqual(['Stalin and Harriman Exchange Military Information']);
    const hit = await search.hit('Stalin and Harriman Exchange Military Information');
    expect(hit.marked).toContain('Tehran');
    expect(hit.snippet).not.toContain('«');
    expect(await search.summary()).toBe('1 document found');
    expect(harriman.problems).toEqual([]);
  });
});
