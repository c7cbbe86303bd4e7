/**
 * Personnel security that bites at once: harriman, the US security officer, reads deane out of OVERLORD
 * from the personnel page; deane, in his own browser, loses the OVERLORD document he was reading there
 * and then (the notification stream tells his page), and cannot open it again. Burrows, a British
 * officer, has no personnel page for Americans; marshall, no officer, has none at all.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DocumentPage } from './pages/document.page.js';
import { Header } from './pages/header.js';
import { InboxPage } from './pages/inbox.page.js';
import { PeoplePage } from './pages/people.page.js';
import { apiAs, issueMemorandum, jsonOf } from './support/api.js';
import { launchChromium } from './support/chromium.js';
import { signIn, uniqueTitle, type SignedInPerson } from './support/people.js';

let browser: Browser;
const signedIn: SignedInPerson[] = [];

async function person(username: string): Promise<SignedInPerson> {
  const fresh = await signIn(browser, username);
  signedIn.push(fresh);
  return fresh;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const someone of signedIn) await someone.close();
  await browser?.close();
});

describe('personnel security', () => {
  test('harriman reads deane out of OVERLORD: deane’s open page loses the document at once', async () => {
    const { title } = uniqueTitle('Cross-Channel assault: order of battle');
    const eisenhower = await apiAs('eisenhower');
    const { id } = await issueMemorandum(eisenhower, {
      title,
      body: 'The assault divisions and their beaches are as follows.',
      marking: 'TOP SECRET//OVERLORD',
      to: ['deane'],
    });
    await eisenhower.close();

    const deane = await person('deane');
    const deaneView = await new DocumentPage(deane.page).goto(id);
    expect(await deaneView.title()).toBe(title);
    expect(await deaneView.banner('top')).toBe('TOP SECRET//OVERLORD');
    const deaneHeader = new Header(deane.page);
    expect(await deaneHeader.compartments()).toBe('OVERLORD');
    await deaneHeader.waitForNotifications();

    const harriman = await person('harriman');
    expect(await new Header(harriman.page).navigation()).toContain('Personnel');
    await new Header(harriman.page).goTo('Personnel');
    const people = new PeoplePage(harriman.page);
    await people.waitLoaded();
    expect(await people.usernames()).toEqual(
      expect.arrayContaining(['deane', 'eisenhower', 'harriman', 'marshall', 'page']),
    );
    expect(await people.person('deane')).toMatchObject({ clearance: 'TOP SECRET', compartments: 'OVERLORD' });
    expect(await people.readOut('deane', 'OVERLORD', 'Talked out of turn')).toBe(
      'Maj. Gen. John R. Deane is read out of OVERLORD.',
    );
    expect(await people.person('deane')).toMatchObject({ compartments: 'no compartment' });

    // Deane's page, open all along, is told and shows the document no more; nor does his header.
    await deaneView.waitNotFound();
    expect(await deane.page.locator('#main').innerText()).not.toContain(title);
    await deane.page.getByTestId('notification-strip').getByText('Your access has changed.').waitFor();
    expect(await deaneHeader.compartments()).toBe('no compartment');
    await deane.page.reload();
    await deaneView.waitLoaded();
    expect(await deaneView.isNotFound()).toBe(true);

    // Burrows is an officer of GBR: his personnel page has only the British, none of the Americans.
    const burrows = await person('burrows');
    const british = await new PeoplePage(burrows.page).goto();
    const britons = await british.usernames();
    expect(britons).toEqual(expect.arrayContaining(['burrows', 'brooke']));
    expect(britons).not.toContain('deane');
    const listed = await jsonOf<{ items: { party: string }[] }>(
      await burrows.page.request.get('/api/people'),
    );
    expect(new Set(listed.items.map((item) => item.party))).toEqual(new Set(['GBR']));
    // Marshall is no security officer: no personnel page in his navigation, and the server refuses it.
    const marshall = await person('marshall');
    expect(await new Header(marshall.page).navigation()).not.toContain('Personnel');
    const refused = await new PeoplePage(marshall.page).goto();
    expect(await refused.refusal()).toMatch(/^Not permitted: /);

    // Read deane back in (for the rest of the run); he reads the document again.
    expect(await people.readIn('deane', 'OVERLORD', 'Reinstated after inquiry')).toBe(
      'Maj. Gen. John R. Deane is read into OVERLORD.',
    );
    await new DocumentPage(deane.page).goto(id);
    expect(await deaneView.title()).toBe(title);

    for (const someone of signedIn) expect(someone.problems).toEqual([]);
  });

  test('harriman sees who can read the memorandum and why marshall cannot; the audit log and its export', async () => {
    const harriman = await person('harriman');
    const inbox = await new InboxPage(harriman.page).goto();
    await inbox.open('Stalin and Harriman Exchange Military Information');
    const panel = harriman.page.getByTestId('readers-panel');
    await panel.getByRole('button', { name: 'Show' }).click();
    const readers = panel.getByTestId('readers-table');
    await readers.waitFor();
    expect(
      await readers.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.username)),
    ).toEqual(['deane', 'harriman', 'page']);
    expect((await readers.locator('tr[data-username="page"] td').last().innerText()).trim()).toBe(
      'Its drafter',
    );
    await panel.getByLabel('Person (USA)').selectOption('marshall');
    await panel.getByRole('button', { name: 'Explain' }).click();
    const explanation = panel.getByTestId('reader-explanation');
    await explanation.waitFor();
    expect(await explanation.getAttribute('data-can-read')).toBe('false');
    expect(await explanation.innerText()).toContain('Gen. George C. Marshall cannot read it.');
    expect(await explanation.innerText()).toContain(
      'not disseminated to the person, their office or their party',
    );

    await new Header(harriman.page).goTo('Audit log');
    const audit = harriman.page.getByTestId('audit-table');
    await audit.waitFor();
    expect(await harriman.page.locator('h1').innerText()).toBe('Audit log — USA');
    expect(await audit.locator('tr[data-action="access.explain"]').count()).toBeGreaterThan(0);
    expect(await audit.locator('tr[data-action="person.revoke-compartment"]').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([
      harriman.page.waitForEvent('download'),
      harriman.page.getByRole('button', { name: 'Download verifiable export' }).click(),
    ]);
    const reauthentication = harriman.page.getByTestId('reauthentication-dialog');
    expect(await reauthentication.count()).toBe(0);
    const path = await download.path();
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ type: 'header', chains: ['USA'] });

    // Marshall is no officer: no audit log for him.
    const marshall = await person('marshall');
    await marshall.page.goto('/audit');
    await marshall.page.getByTestId('refusal').waitFor();
    expect(await marshall.page.getByTestId('audit-table').count()).toBe(0);

    for (const someone of signedIn) expect(someone.problems).toEqual([]);
  });
});
