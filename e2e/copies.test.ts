/**
 * Numbered copies: deane reads his copy of the TOP SECRET memorandum of conversation as "COPY 1 OF 4" and
 * acknowledges its receipt; page, its drafter, sees every copy and deane's receipt in the copies
 * register; deane sees only his own copy; marshall, who holds none, cannot reach the register at all.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CopiesPage } from './pages/copies.page.js';
import { DocumentPage } from './pages/document.page.js';
import { InboxPage } from './pages/inbox.page.js';
import { launchChromium } from './support/chromium.js';
import { signIn, type SignedInPerson } from './support/people.js';

const title = 'Stalin and Harriman Exchange Military Information';

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

describe('numbered copies', () => {
  test('deane acknowledges his copy 1 of 4; page sees the receipt; deane sees no other copy; marshall nothing', async () => {
    const deane = await person('deane');
    const inbox = await new InboxPage(deane.page).goto();
    const document = await inbox.open(title);
    const id = document.id();
    expect(await document.copyNumber()).toBe('COPY 1 OF 4');
    expect(await document.copyHolder()).toBe('Holder: Maj. Gen. John R. Deane');
    expect(await document.banner('top')).toBe('TOP SECRET');

    // The PDF of his copy, for printing.
    const pdfPath = await document.pdfLink();
    expect(pdfPath).toMatch(/^\/api\/copies\/[^/]+\/pdf$/);
    const pdf = await deane.page.request.get(pdfPath!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toContain('USA-1944-0003-copy-1.pdf');

    expect(await document.receiptStatus()).toBeNull();
    expect(await document.acknowledgeReceipt()).toMatch(
      /^Receipt acknowledged \d+ \w+ \d{4}, \d\d:\d\d UTC$/,
    );
    // A reader is not offered the register of the copies: only his own copy exists for him.
    expect(await document.tabs()).toEqual([]);
    const ownCopies = await new CopiesPage(deane.page).goto(id);
    expect(await ownCopies.showsOwnCopyOnly()).toBe(true);
    expect((await ownCopies.rows()).map((row) => row.number)).toEqual(['1 of 4']);

    const page = await person('page');
    const drafterView = await new DocumentPage(page.page).goto(id);
    expect(await drafterView.copyNumber()).toBe('ORIGINAL');
    expect(await drafterView.tabs()).toEqual(['Document', 'Copies', 'Variation points']);
    await drafterView.openTab('Copies');
    const register = new CopiesPage(page.page);
    await register.waitLoaded();
    const rows = await register.rows();
    expect(rows.map((row) => [row.number, row.recipient])).toEqual([
      ['1 of 4', 'Maj. Gen. John R. Deane'],
      ['2 of 4', expect.stringMatching(/^Ambassador/)],
      ['3 of 4', expect.stringMatching(/^Ambassador/)],
      ['4 of 4', expect.stringMatching(/^Ambassador/)],
    ]);
    expect(rows[0]!.receipt).toMatch(/^Acknowledged by Maj\. Gen\. John R\. Deane, /);
    for (const row of rows.slice(1)) expect(row.receipt).toBe('Not acknowledged');
    const summary = await register.summary();
    expect(summary).toContain('1 of 4 copies acknowledged.');
    expect(summary).toContain('Not yet acknowledged: copy 2');
    expect(summary).not.toContain('copy 1 (');

    // Marshall holds no copy: the register, like the document, does not exist for him.
    const marshall = await person('marshall');
    const marshallRegister = await new CopiesPage(marshall.page).goto(id);
    expect(await marshallRegister.isNotFound()).toBe(true);
    expect(await marshall.page.locator('body').innerText()).not.toContain(title);
    expect((await marshall.page.request.get(`/api/documents/${id}/copies`)).status()).toBe(404);

    for (const someone of signedIn) expect(someone.problems).toEqual([]);
  });
});
