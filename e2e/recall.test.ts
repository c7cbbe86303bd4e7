/**
 * Recall: deane issues a memorandum to burrows, who is told at once and opens it; deane reviews its
 * variation points, then recalls it with a reason; burrows's open page turns into the recall notice (and
 * stays so on reloading), and the document is gone from his inbox, listed among the recalled. Stalin, who never held it, gets the plain
 * not-found page for its address.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ComposePage } from './pages/compose.page.js';
import { DocumentPage } from './pages/document.page.js';
import { Header } from './pages/header.js';
import { InboxPage } from './pages/inbox.page.js';
import { VariationPointsPage } from './pages/variation-points.page.js';
import { launchChromium } from './support/chromium.js';
import { signIn, uniqueTitle, type SignedInPerson } from './support/people.js';

let browser: Browser;
const signedIn: SignedInPerson[] = [];

async function person(username: string): Promise<SignedInPerson> {
  const fresh = await signIn(browser, username);
  signedIn.push(fresh);
  return fresh;
}

const body =
  'General Antonov stated that the Soviet General Staff would be prepared to exchange weather reports ' +
  'with the Allied air forces at once, and that in regard to the bomb line he believed a daily exchange ' +
  'would be sufficient. I said that I would put the proposal to General Marshall without delay.\n\n' +
  'He pointed out that the shuttle bases in the Ukraine had been attacked on 22 June, and that the ' +
  'anti-aircraft defences would be strengthened shortly after the next convoy arrived.';

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const someone of signedIn) await someone.close();
  await browser?.close();
});

describe('recall', () => {
  test('deane recalls a memorandum burrows has read: burrows gets the notice, stalin plain not-found', async () => {
    const { title } = uniqueTitle('Exchange of weather reports');
    // Burrows has his inbox open, and is told at once when the memorandum reaches him.
    const burrows = await person('burrows');
    const burrowsInbox = await new InboxPage(burrows.page).goto();
    await new Header(burrows.page).waitForNotifications();

    const deane = await person('deane');
    const compose = await new ComposePage(deane.page).goto();
    await compose.chooseKind('memorandum');
    await compose.fillHeading({ title, dated: '1944-07-12', subject: 'Weather and bomb line' });
    await compose.fillBody(body);
    await compose.chooseLevel('SECRET');
    await compose.addRecipient('person:burrows');
    const issued = await compose.issue();
    const id = issued.id();
    const registryNumber = (await issued.registryLine()).replace(/^Registry No\. /, '');
    expect(await issued.copyNumber()).toBe('ORIGINAL');

    const arrived = burrows.page.getByTestId('notification-strip').getByRole('link', { name: title });
    await arrived.waitFor();
    await burrowsInbox.rowFor(title).waitFor();
    await arrived.click();
    const burrowsCopy = new DocumentPage(burrows.page);
    await burrowsCopy.waitLoaded();
    expect(burrowsCopy.id()).toBe(id);
    expect(await burrowsCopy.copyNumber()).toBe('COPY 1 OF 1');
    expect(await burrowsCopy.body()).toContain('Antonov');

    // The drafter reviews where the copies differ, and excludes the invisible characters.
    await issued.openTab('Variation points');
    const points = new VariationPointsPage(deane.page);
    await points.waitLoaded();
    expect(await points.summary()).toMatch(/^\d+ points; 0 excluded\.$/);
    expect(await points.highlightedInText()).toBeGreaterThan(3);
    const kinds = await points.kinds();
    expect(kinds[0]).toMatch(/^All kinds \(\d+\)$/);
    const invisible = kinds.find((kind) => kind.startsWith('Invisible character'));
    expect(invisible).toBeDefined();
    const invisibleCount = Number(/\((\d+)\)/.exec(invisible!)![1]);
    await points.showKind('invisible');
    expect(await points.shownCount()).toBe(invisibleCount);
    await points.excludeShownAndSave();
    expect(await points.summary()).toMatch(new RegExp(`^\\d+ points; ${invisibleCount} excluded\\.$`));
    // Burrows may not review them: they are the originator's.
    expect((await burrows.page.request.get(`/api/documents/${id}/variation-points`)).status()).toBe(403);

    await issued.openTab('Document');
    await issued.waitLoaded();
    // A recall needs its reason.
    await deane.page.getByRole('button', { name: 'Recall…' }).click();
    const dialog = deane.page.getByTestId('recall-dialog');
    await dialog.getByRole('button', { name: 'Recall the document' }).click();
    expect(await dialog.getByText('Give the reason for the recall.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await issued.recall('Superseded: the bomb line has moved');
    expect(await deane.page.getByText('Recalled. Those who held copies have been told.').isVisible()).toBe(
      true,
    );

    // Burrows's page, open on the memorandum, is told at once; reloading gives the same notice.
    await burrows.page.getByTestId('recall-notice').waitFor();
    await burrows.page.reload();
    await burrowsCopy.waitLoaded();
    expect(await burrowsCopy.isRecallNotice()).toBe(true);
    const notice = await burrowsCopy.recallNotice();
    expect(notice).toMatchObject({ title, registryNumber, reason: 'Superseded: the bomb line has moved' });
    expect(notice.date).toMatch(/\d{4}, \d\d:\d\d UTC$/);
    expect(await burrows.page.locator('#main').innerText()).not.toContain('Antonov');
    const inbox = await burrowsInbox.goto();
    expect(await inbox.hasDocument(title)).toBe(false);
    const recalls = burrows.page.getByTestId('recall-notices');
    expect(await recalls.innerText()).toContain(title);
    expect(await recalls.innerText()).toContain('Superseded: the bomb line has moved');

    // Stalin never held it: its address is the same not-found page as an address naming nothing.
    const stalin = await person('stalin');
    const nothing = await new DocumentPage(stalin.page).goto(crypto.randomUUID());
    const nothingHtml = await nothing.mainHtml();
    const recalled = await new DocumentPage(stalin.page).goto(id);
    expect(await recalled.isNotFound()).toBe(true);
    expect(await recalled.mainHtml()).toBe(nothingHtml);
    const stalinInbox = await new InboxPage(stalin.page).goto();
    expect(await stalin.page.locator('#main').innerText()).not.toContain(title);
    expect(await stalinInbox.hasDocument(title)).toBe(false);

    for (const someone of signedIn) expect(someone.problems).toEqual([]);
  });
});
