/** The committee: the list of committees, and one committee's charter, agenda, meetings and texts. */
import type { Locator, Page } from 'playwright-core';
import { Header } from './header.js';

export class CommitteePage {
  readonly header: Header;

  constructor(readonly page: Page) {
    this.header = new Header(page);
  }

  /** The committee of the 1944 demo, through the main navigation and the list of committees. */
  async goto(name = 'Tripartite Military Committee'): Promise<this> {
    await this.page.goto('/committees');
    await this.page.getByTestId('committee-list').getByRole('link', { name }).click();
    await this.waitLoaded();
    return this;
  }

  async waitLoaded(): Promise<void> {
    await this.page.getByTestId('committee-page').waitFor();
  }

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  section(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** The charter's delegations, one line per party: "USA Maj. Gen. John R. Deane …". */
  async members(): Promise<string[]> {
    const rows = this.page.getByTestId('charter-members').locator('tbody tr');
    return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  async powers(): Promise<string> {
    return (await this.page.getByTestId('charter-powers').innerText()).trim();
  }

  async reservedMatters(): Promise<string> {
    return (await this.page.getByTestId('reserved-matters').innerText()).trim();
  }

  async scheduleMeeting(when: string, place?: string): Promise<void> {
    const form = this.page.getByTestId('schedule-meeting-form');
    await form.locator('#meeting-when').fill(when);
    if (place !== undefined) await form.locator('#meeting-place').fill(place);
    const before = await this.page.getByTestId('meeting-row').count();
    await form.getByRole('button').click();
    await this.page.getByTestId('meeting-row').nth(before).waitFor();
  }

  /** Proposes an agenda item, for the first scheduled meeting if `forMeeting`; returns the status line shown. */
  async proposeAgendaItem(title: string, text: string, forMeeting = true): Promise<string> {
    const form = this.page.getByTestId('agenda-item-form');
    await form.locator('#agenda-title').fill(title);
    await form.locator('#agenda-text').fill(text);
    if (forMeeting) await form.locator('#agenda-meeting').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Propose the item' }).click();
    await this.agendaItem(title).waitFor();
    return (await this.page.getByRole('status').first().innerText()).trim();
  }

  agendaItem(title: string): Locator {
    return this.page.getByTestId('agenda-item').filter({ hasText: title });
  }

  async consentToOverride(title: string, reason: string): Promise<void> {
    const item = this.agendaItem(title);
    await item.getByRole('textbox').fill(reason);
    await item.getByRole('button', { name: /Consent to override/ }).click();
    await item.getByTestId('override-consents').locator('li').first().waitFor();
  }

  async openMeeting(number: number): Promise<void> {
    await this.page
      .getByTestId('meetings')
      .getByRole('link', { name: `Meeting ${number}`, exact: true })
      .click();
    await this.page.getByTestId('meeting-page').waitFor();
  }

  /** The titles and statuses of a list of texts ("minutes-list", "recommendation-list", "proposal-list"). */
  async texts(section: 'minutes' | 'recommendations' | 'proposals'): Promise<string[]> {
    const list = this.page.getByTestId(section);
    await list.waitFor();
    return (await list.getByTestId('text-item').allInnerTexts()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
  }

  async openText(section: 'minutes' | 'recommendations' | 'proposals', title: string): Promise<void> {
    await this.page.getByTestId(section).getByRole('link', { name: title }).click();
    await this.page.getByTestId('text-page').waitFor();
  }

  async proposeRecommendation(title: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Propose a recommendation…' }).click();
    const form = this.page.getByTestId('recommendation-form');
    await form.locator('#recommendation-title').fill(title);
    await form.locator('#recommendation-text').fill(text);
    await form.getByRole('button', { name: 'Propose the recommendation' }).click();
    await this.page.getByTestId('recommendations').getByRole('link', { name: title }).waitFor();
  }
}
