/**
 * Tracing a leak: page opens copy 3 of the TOP SECRET memorandum of conversation from the copies
 * register, and a few hundred words of it, retyped as a leak would be (no invisible characters, plain
 * spaces), name copy 3 and its holder with the bound on a false accusation. Pavlov, who answers for no
 * copies, is refused in the server's words; burrows, an officer of another party, finds no document.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CopiesPage } from './pages/copies.page.js';
import { DocumentPage } from './pages/document.page.js';
import { Header } from './pages/header.js';
import { InboxPage } from './pages/inbox.page.js';
import { TracePage } from './pages/trace.page.js';
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

/**
 * What a leak looks like once retyped from a copy: the invisible characters and no-break spaces are
 * lost, the layout is plain; only words, spelling, punctuation and their order survive. The first
 * `words` words of it.
 */
function retyped(text: string, words: number): string {
  return text
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, words)
    .join(' ');
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const someone of signedIn) await someone.close();
  await browser?.close();
});

describe('tracing a leak', () => {
  test('a retyped excerpt of copy 3 names copy 3 and its holder; pavlov is refused; burrows finds nothing', async () => {
    const page = await person('page');
    const document = await (await new InboxPage(page.page).goto()).open(title);
    await document.openTab('Copies');
    const register = new CopiesPage(page.page);
    await register.waitLoaded();
    const copy = await register.openCopy(3);
    expect(await copy.copyNumber()).toBe('COPY 3 OF 4');
    const holder = (await copy.holder()).replace(/^Holder: /, '');
    expect(holder).toMatch(/^Ambassador/);
    const leak = retyped(await copy.text(), 300);
    expect(leak.split(' ')).toHaveLength(300);

    await new Header(page.page).goTo('Trace a leak');
    const trace = new TracePage(page.page);
    await trace.waitLoaded();
    await trace.type(leak);
    const outcome = await trace.trace();
    expect(outcome.refusal).toBeNull();
    expect(outcome.document).toEqual({ title, registryNumber: 'USA-1944-0003' });
    expect(outcome.suspects).toEqual([{ copy: 'Copy 3', holder }]);
    expect(outcome.bound).toMatch(/^Probability that an innocent copy is accused: at most 1 in [\d,]+\.$/);
    const oneIn = Number(/1 in ([\d,]+)/.exec(outcome.bound ?? '')![1]!.replace(/,/g, ''));
    expect(oneIn).toBeGreaterThanOrEqual(1_000_000);
    expect(outcome.ranking[0]).toBe('Copy 3');
    expect(outcome.ranking).toHaveLength(4);
    // The document named is a link to it.
    await page.page.getByTestId('trace-document').click();
    expect(await new DocumentPage(page.page).title()).toBe(title);

    // Pavlov was in the room, but answers for no copy: the server refuses, and says why.
    const pavlov = await person('pavlov');
    const pavlovTrace = await new TracePage(pavlov.page).goto();
    await pavlovTrace.type(leak.split(' ').slice(0, 60).join(' '));
    const refused = await pavlovTrace.trace();
    expect(refused.refusal).toBe(
      "Not permitted: only a document's drafter, and its party's registry and security officers, trace leaks",
    );
    expect(await pavlov.page.locator('body').innerText()).not.toContain('USA-1944-0003');

    // Burrows is a security officer, but of GBR: no document he answers for matches.
    const burrows = await person('burrows');
    const burrowsTrace = await new TracePage(burrows.page).goto();
    await burrowsTrace.type(leak.split(' ').slice(0, 80).join(' '));
    const nothing = await burrowsTrace.trace();
    expect(nothing).toMatchObject({ refusal: null, noDocument: true, document: null, suspects: [] });
    expect(await burrows.page.locator('body').innerText()).not.toContain(title);

    for (const someone of signedIn) expect(someone.problems).toEqual([]);
  });
});
