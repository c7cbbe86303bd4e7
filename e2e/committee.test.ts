/**
 * The committee's whole journey, with its three members in their own browsers (Deane for the USA,
 * Burrows for Britain, Antonov for the Soviet Union), the American secretary (Page), one of the American
 * chiefs (Marshall) and the Ambassador (Harriman), who is not of the committee: charter, an agenda item and
 * one referred to the European Advisory Commission, a meeting held and minutes drafted, amended, approved
 * by every party and issued, a recommendation adopted by consensus and answered by a chief, the embargoed
 * proposal seen by the negotiating delegations only, a translation beside its authoritative original, and
 * the interface in Russian.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CommitteeMeetingPage } from './pages/committee-meeting.page.js';
import { CommitteeTextPage } from './pages/committee-text.page.js';
import { CommitteePage } from './pages/committee.page.js';
import { launchChromium } from './support/chromium.js';
import { signIn, uniqueTitle, type SignedInPerson } from './support/people.js';

let browser: Browser;
let deane: SignedInPerson;
let burrows: SignedInPerson;
let antonov: SignedInPerson;
let page: SignedInPerson;
let marshall: SignedInPerson;
let harriman: SignedInPerson;

const shuttle = uniqueTitle('Shuttle bombing bases in the Ukraine');
const civil = uniqueTitle('Civil affairs in the liberated territories');
const recommendation = uniqueTitle('Exchange of liaison officers with the fronts');
const proposalTitle = 'Procedure for joint military collaboration in Moscow';
let minutesPath = '';
let proposalPath = '';

beforeAll(async () => {
  browser = await launchChromium();
  deane = await signIn(browser, 'deane');
  burrows = await signIn(browser, 'burrows');
  antonov = await signIn(browser, 'antonov');
  page = await signIn(browser, 'page');
  marshall = await signIn(browser, 'marshall');
  harriman = await signIn(browser, 'harriman');
});

afterAll(async () => {
  for (const person of [deane, burrows, antonov, page, marshall, harriman]) await person?.close();
  await browser?.close();
});

function noProblems(): void {
  for (const person of [deane, burrows, antonov, page, marshall, harriman])
    expect(person.problems, person.username).toEqual([]);
}

describe('the tripartite committee', () => {
  test('its charter: one member per party with their staff, advisory powers, civil affairs reserved', async () => {
    const committee = await new CommitteePage(deane.page).goto();
    expect(await committee.heading()).toBe('Tripartite Military Committee');
    const members = await committee.members();
    expect(members.find((row) => row.startsWith('SUN'))).toMatch(
      /Antonov.*V\. N\. Pavlov \(interpreter\).*Stavka/,
    );
    expect(members.find((row) => row.startsWith('USA'))).toMatch(/Deane.*Edward Page \(secretary\)/);
    expect(members.find((row) => row.startsWith('GBR'))).toMatch(/Burrows/);
    expect(await committee.powers()).toMatch(/Advisory only: no independent powers of decision/);
    expect(await committee.reservedMatters()).toMatch(
      /civil affairs · belongs to the European Advisory Commission/,
    );
    noProblems();
  });

  test('an agenda item, and one within a reserved matter flagged as referred to its body, with consents to override', async () => {
    const committee = await new CommitteePage(deane.page).goto();
    const other = await new CommitteePage(antonov.page).goto();
    await other.header.waitForNotifications();

    await committee.scheduleMeeting('1944-10-16T07:00', 'Red Army General Staff, Moscow');
    expect(
      await committee.proposeAgendaItem(shuttle.title, 'Bases for American bombers at Poltava and Mirgorod.'),
    ).toBe('The item has been proposed.');
    // Antonov is told at once, in his own browser.
    await antonov.page.getByTestId('notification-strip').getByRole('link', { name: shuttle.title }).waitFor();

    const status = await committee.proposeAgendaItem(
      civil.title,
      'The civil administration of the territories liberated by the Allied armies.',
    );
    expect(status).toContain('referred to the European Advisory Commission');
    const referred = committee.agendaItem(civil.title);
    expect(await referred.getByTestId('referral').innerText()).toMatch(
      /Referred to the European Advisory Commission/,
    );
    expect(await referred.getByTestId('referral-explanation').innerText()).toMatch(
      /^“Civil affairs” in the title at character 1 matches the term “civil affairs” of the reserved matter “civil affairs”, which belongs to European Advisory Commission/,
    );
    expect(await referred.getByTestId('override-awaiting').innerText()).toMatch(/SUN, USA, GBR|USA|GBR/);

    // The British member consents to override; the others have not: it stays referred.
    const british = await new CommitteePage(burrows.page).goto();
    await british.consentToOverride(civil.title, 'The British Chiefs of Staff wish it discussed here.');
    const consents = british.agendaItem(civil.title).getByTestId('override-consents');
    expect(await consents.locator('li').first().innerText()).toMatch(
      /^GBR: consented by Lt\. Gen\. M\. Brocas Burrows/,
    );
    expect(await consents.getByTestId('override-awaiting').innerText()).not.toMatch(/GBR/);
    expect(await british.agendaItem(civil.title).getAttribute('data-status')).toBe('referred');
    noProblems();
  });

  test('the secretary records attendance and drafts the minutes; an amendment is diffable; every party approves; they are issued', async () => {
    const committee = await new CommitteePage(page.page).goto();
    await committee.openMeeting(2);
    const meeting = new CommitteeMeetingPage(page.page);
    expect(await meeting.agendaTitles()).toEqual([shuttle.title]);
    expect(await meeting.referredTitles()).toEqual([civil.title]);
    expect(await meeting.banner()).toMatch(/REL TO/);
    await meeting.recordAttendance(['Antonov', 'Deane', 'Burrows', 'Edward Page']);

    const sovietMember = await new CommitteePage(antonov.page).goto();
    await sovietMember.header.waitForNotifications();
    await meeting.draftMinutes(
      `Present: General Antonov, General Deane, General Burrows; Mr. Page, secretary.\n\n1. ${shuttle.title}. General Deane asked for the use of the bases. General Antonov took note.`,
    );
    await antonov.page
      .getByTestId('notification-strip')
      .locator('[data-kind="committee-minutes-awaiting-approval"]')
      .waitFor();
    await meeting.openMinutes();
    minutesPath = new URL(page.page.url()).pathname;
    const minutes = new CommitteeTextPage(page.page);
    expect(await minutes.status()).toBe('Awaiting approval');
    expect(await page.page.getByTestId('version-marking').first().innerText()).toMatch(
      /EMBARGO UNTIL AGREED/,
    );

    // Burrows amends; the difference is shown word by word.
    const british = await new CommitteeTextPage(burrows.page).goto(minutesPath);
    await british.amend(
      'Propose an amendment…',
      `Present: General Antonov, General Deane, General Burrows; Mr. Page, secretary.\n\n1. ${shuttle.title}. General Deane asked for the use of the bases. General Antonov took note and undertook to consult the Air Force.`,
      'The Soviet undertaking as stated at the meeting.',
    );
    expect((await british.diff()).inserted).toMatch(/undertook to consult the Air Force/);

    for (const person of [deane, burrows, antonov]) {
      const text = await new CommitteeTextPage(person.page).goto(minutesPath);
      expect(await text.canConsent(), person.username).toBe(true);
      await text.consent();
    }
    const issued = await new CommitteeTextPage(deane.page).goto(minutesPath);
    expect(await issued.status()).toBe('Issued');
    // Deane's own numbered copy: its invisible marks and small variations do not change these words.
    expect(await issued.currentText()).toMatch(/undertook to consult the Air Force/);
    noProblems();
  });

  test('a recommendation, adopted by consensus, is answered by one party’s chiefs: nothing records a decision', async () => {
    const committee = await new CommitteePage(deane.page).goto();
    await committee.proposeRecommendation(
      recommendation.title,
      'That British and American liaison officers be attached to the Soviet fronts nearest the Allied armies.',
    );
    await committee.openText('recommendations', recommendation.title);
    const path = new URL(deane.page.url()).pathname;
    for (const person of [deane, burrows, antonov]) {
      const text = await new CommitteeTextPage(person.page).goto(path);
      await text.consent();
    }
    const adopted = await new CommitteeTextPage(deane.page).goto(path);
    expect(await adopted.status()).toBe('Adopted, awaiting the chiefs');

    const chief = await new CommitteeTextPage(marshall.page).goto(path);
    expect(await chief.response('USA')).toMatch(/No response yet/);
    await chief.respond('Noted', 'Noted; the War Department will reply through General Deane.');
    expect(await chief.response('USA')).toMatch(/Noted by Gen\. George C\. Marshall/);
    expect(await chief.response('GBR')).toMatch(/No response yet/);
    // The committee advises: no control anywhere records a decision or makes it binding.
    for (const person of [marshall, deane]) {
      const names = await (await new CommitteeTextPage(person.page).goto(path)).buttons();
      expect(
        names.filter((name) => /decid|decision|binding|bind\b|enforce/i.test(name)),
        person.username,
      ).toEqual([]);
    }
    expect(await deane.page.getByTestId('advisory-notice').innerText()).toMatch(/binds no party/);
    noProblems();
  });

  test('the proposal under embargo: the US and British versions linked and diffable, invisible outside the delegations', async () => {
    const committee = await new CommitteePage(antonov.page).goto();
    const proposals = await committee.texts('proposals');
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatch(
      /Procedure for joint military collaboration in Moscow.*Under negotiation.*EMBARGO UNTIL AGREED/,
    );
    await committee.openText('proposals', proposalTitle);
    proposalPath = new URL(antonov.page.url()).pathname;
    const proposal = new CommitteeTextPage(antonov.page);
    expect(await antonov.page.getByTestId('embargo-notice').innerText()).toMatch(/EMBARGO UNTIL AGREED/);
    expect(await proposal.versionParties()).toEqual(['USA', 'GBR']);
    expect(await antonov.page.getByTestId('linked-proposals').innerText()).toMatch(/USA, GBR/);
    expect((await proposal.diff()).inserted).toMatch(/British/);

    // One of the American chiefs: the committee exists for him, the embargoed proposal does not.
    const chiefView = await new CommitteePage(marshall.page).goto();
    expect(await chiefView.texts('proposals')).toEqual([]);
    expect(await (await new CommitteeTextPage(marshall.page).goto(proposalPath)).isNotFound()).toBe(true);
    // The Ambassador is of no delegation: no committee at all, and nothing at its addresses.
    await harriman.page.goto('/committees');
    await harriman.page.getByTestId('no-committees').waitFor();
    expect(await (await new CommitteeTextPage(harriman.page).goto(proposalPath)).isNotFound()).toBe(true);
    expect(await harriman.page.getByText(proposalTitle).count()).toBe(0);
    noProblems();
  });

  test('the first minutes carry the Soviet interpreter’s Russian translation beside the authoritative original', async () => {
    const committee = await new CommitteePage(deane.page).goto();
    await committee.openMeeting(1);
    await new CommitteeMeetingPage(deane.page).openMinutes();
    const minutes = new CommitteeTextPage(deane.page);
    const { original, translations } = await minutes.translations();
    expect(original).toMatch(/^Authoritative original English:/);
    expect(translations).toHaveLength(1);
    expect(translations[0]).toMatch(/^Протокол первого заседания.*Russian · translated by V\. N\. Pavlov/);
    expect(translations[0]).toMatch(/translation, not authoritative/);
    noProblems();
  });

  test('the whole interface in Russian, remembered in the browser', async () => {
    const committee = await new CommitteePage(deane.page).goto();
    await committee.openMeeting(2);
    await deane.page.getByTestId('language-switch').getByRole('button', { name: 'Русский' }).click();
    await deane.page.getByRole('heading', { name: 'Повестка дня' }).waitFor();
    expect(await deane.page.locator('html').getAttribute('lang')).toBe('ru');
    expect(
      await deane.page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link').allInnerTexts(),
    ).toContain('Комиссия');
    // Dates as Russians write them.
    expect(await deane.page.getByTestId('meeting-when').innerText()).toMatch(/16 окт\. 1944 г\./);

    await deane.page.goto('/committees');
    await deane.page.getByRole('heading', { name: 'Комиссии', level: 1 }).waitFor();
    await deane.page.getByTestId('committee-list').getByRole('link').first().click();
    await deane.page.getByRole('heading', { name: 'Устав', level: 2 }).waitFor();
    expect(await deane.page.getByTestId('charter-powers').innerText()).toMatch(/Только совещательные/);

    // Why an item was referred, in Russian too.
    const referral = deane.page.getByTestId('referral-explanation').first();
    await referral.waitFor();
    expect(await referral.innerText()).toMatch(/^«[^»]+» \((заголовок|текст), символ \d+\) совпадает с термином «/);
    await deane.page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
    await deane.page.getByRole('heading', { name: 'Charter', level: 2 }).waitFor();
    noProblems();
  });
});
