/**
 * Composing, issuing and disseminating: deane writes a SECRET memorandum to burrows and issues it; burrows
 * finds it; antonov cannot until deane disseminates it to him too. Refusals are shown next to the form.
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
let deane: SignedInPerson;

beforeAll(async () => {
  browser = await launchChromium();
  deane = await signIn(browser, 'deane');
});

afterAll(async () => {
  await deane?.close();
  await browser?.close();
});

describe('compose, issue, disseminate', () => {
  test('deane issues a SECRET memorandum to burrows; antonov gets it only once disseminated to him', async () => {
    const { title, word } = uniqueTitle('Liaison arrangements on the Belorussian front');
    const compose = await new ComposePage(deane.page).goto();
    await compose.chooseKind('memorandum');
    await compose.fillHeading({
      title,
      dated: '1944-07-15',
      reference: 'JRD:mm',
      subject: 'Exchange of liaison officers',
    });
    await compose.fillBody(
      `The ${word} proposal is attached.\n\nIt is <b>not</b> to be shown outside the missions.`,
    );
    await compose.chooseLevel('SECRET');
    expect(await compose.bannerPreview()).toBe('SECRET');
    await compose.addRecipient('person:burrows');
    expect(await compose.saveDraft()).toEqual({ ok: true });

    const document = await compose.issue();
    expect(await document.registryLine()).toMatch(/^Registry No\. USA-\d{4}-\d{4}$/);
    expect(await document.banner('top')).toBe('SECRET');
    expect(await document.banner('bottom')).toBe('SECRET');
    expect(await document.distributionBlock()).toEqual(['Copy to Lt. Gen. M. Brocas Burrows']);
    expect(await document.field('subject')).toBe('Exchange of liaison officers');
    // Text is text: markup typed into a document is shown, never interpreted.
    expect(await document.body()).toContain('It is <b>not</b> to be shown');
    expect(await deane.page.locator('[data-testid="document-body"] b').count()).toBe(0);
    const id = document.id();

    const burrows = await signIn(browser, 'burrows');
    const burrowsInbox = await new InboxPage(burrows.page).goto();
    expect(await burrowsInbox.hasDocument(title)).toBe(true);
    expect((await burrowsInbox.titles())[0]).toBe(title);
    const burrowsSearch = await new SearchPage(burrows.page).searchFromHeader(word);
    expect(await burrowsSearch.titles()).toEqual([title]);
    expect((await burrowsSearch.hit(title)).marked).toEqual([word]);
    // A holder of another party may pass it on only within his own party.
    const burrowsCopy = await new DocumentPage(burrows.page).goto(id);
    const refused = await burrowsCopy.disseminate('person:antonov');
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok ? '' : refused.error).toContain(
      'only the originator (USA) disseminates to another party',
    );

    const antonov = await signIn(browser, 'antonov');
    expect(await (await new SearchPage(antonov.page).goto(word)).titles()).toEqual([]);
    expect(await (await new DocumentPage(antonov.page).goto(id)).isNotFound()).toBe(true);

    const deaneCopy = await new DocumentPage(deane.page).goto(id);
    expect(await deaneCopy.disseminate('person:antonov')).toEqual({ ok: true });
    expect(await deaneCopy.distributionBlock()).toEqual([
      'Copy to Lt. Gen. M. Brocas Burrows',
      'Copy to Gen. A. I. Antonov',
    ]);

    expect(await (await new SearchPage(antonov.page).goto(word)).titles()).toEqual([title]);
    const antonovInbox = await new InboxPage(antonov.page).goto();
    expect(await antonovInbox.hasDocument(title)).toBe(true);
    const antonovCopy = await antonovInbox.open(title);
    expect(await antonovCopy.banner('top')).toBe('SECRET');
    expect(await antonovCopy.readerBanner('top')).toBe('In your terms: СЕКРЕТНО');

    for (const person of [deane, burrows, antonov]) expect(person.problems).toEqual([]);
    await burrows.close();
    await antonov.close();
  });

  test('a refused draft shows the server’s reason next to the field, and nothing typed is lost', async () => {
    const { title } = uniqueTitle('Conversation with the Red Army General Staff');
    const compose = await new ComposePage(deane.page).goto();
    await compose.chooseKind('memorandum-of-conversation');
    await compose.fillHeading({ title, dated: '1944-07-20', subject: 'Shuttle bombing bases' });
    await compose.fillBody('General Antonov received me at the General Staff.');
    await compose.chooseLevel('CONFIDENTIAL');

    const refused = await compose.saveDraft();
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok ? '' : refused.error).toContain('a memorandum of conversation lists who was present');
    expect(await compose.fieldError('field-participants')).toBe(
      'a memorandum of conversation lists who was present',
    );
    expect(await compose.values()).toEqual({
      title,
      body: 'General Antonov received me at the General Staff.',
    });
    expect(new URL(deane.page.url()).pathname).toBe('/compose');

    await compose.fillHeading({ participants: ['Maj. Gen. John R. Deane', 'Gen. A. I. Antonov'] });
    expect(await compose.saveDraft()).toEqual({ ok: true });
    expect(await compose.fieldError('field-participants')).toBeNull();

    // Issuing with no distribution is refused, and the draft stays a draft.
    await deane.page.getByRole('button', { name: 'Issue…' }).click();
    await deane.page.getByRole('dialog').getByRole('button', { name: 'Issue', exact: true }).click();
    const error = deane.page.getByTestId('form-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('add at least one recipient');

    const drafts = await new InboxPage(deane.page).gotoDrafts();
    expect(await drafts.row(title)).toMatchObject({
      banner: 'CONFIDENTIAL',
      registryNumber: 'Draft',
      kind: 'Memorandum of conversation',
    });
    const draft = await drafts.open(title);
    expect(await draft.registryLine()).toBe('Draft — not issued');
    expect(await draft.field('participants')).toContain('Gen. A. I. Antonov');

    // Edit the draft again (a new version), add a recipient, and issue it from the form.
    await deane.page.getByRole('link', { name: 'Edit draft' }).click();
    const edit = new ComposePage(deane.page);
    await edit.waitLoaded();
    expect(await edit.values()).toEqual({ title, body: 'General Antonov received me at the General Staff.' });
    expect(await edit.bannerPreview()).toBe('CONFIDENTIAL');
    await edit.fillHeading({ subject: 'Shuttle bombing bases in the Ukraine' });
    await edit.addRecipient('person:harriman', 2);
    expect(await edit.saveDraft()).toEqual({ ok: true });
    const issued = await edit.issue();
    expect(await issued.registryLine()).toMatch(/^Registry No\. USA-/);
    expect(await issued.field('subject')).toBe('Shuttle bombing bases in the Ukraine');
    expect(await issued.distributionBlock()).toEqual(['2 copies to W. Averell Harriman']);
    expect(await deane.page.getByRole('link', { name: 'Edit draft' }).count()).toBe(0);
    expect(deane.problems).toEqual([]);
  });
});
