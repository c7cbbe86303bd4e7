/** One meeting of the committee: its banner, agenda, papers, attendance, minutes and action items. */
import type { Page } from 'playwright-core';

export class CommitteeMeetingPage {
  constructor(readonly page: Page) {}

  async waitLoaded(): Promise<void> {
    await this.page.getByTestId('meeting-page').waitFor();
  }

  async banner(): Promise<string> {
    return (await this.page.getByTestId('banner-top').locator('.banner__text').innerText()).trim();
  }

  async status(): Promise<string> {
    return (await this.page.getByTestId('meeting-status').innerText()).trim();
  }

  async agendaTitles(): Promise<string[]> {
    const titles = this.page.getByTestId('meeting-agenda').locator('.agenda-item__title');
    return (await titles.allInnerTexts()).map((text) => text.trim());
  }

  async referredTitles(): Promise<string[]> {
    const section = this.page.getByTestId('meeting-referred');
    if ((await section.count()) === 0) return [];
    return (await section.locator('.agenda-item__title').allInnerTexts()).map((text) => text.trim());
  }

  async paperMarkings(): Promise<string[]> {
    return (await this.page.getByTestId('paper-marking').allInnerTexts()).map((text) => text.trim());
  }

  /** Ticks the people named (display names) and records attendance; the meeting is then held. */
  async recordAttendance(names: readonly string[]): Promise<void> {
    const form = this.page.getByTestId('attendance-form');
    for (const name of names) await form.getByLabel(name).check();
    await form.getByRole('button', { name: 'Record attendance' }).click();
    await this.page.getByTestId('meeting-status').filter({ hasText: 'Held' }).waitFor();
  }

  async draftMinutes(text: string): Promise<void> {
    const form = this.page.getByTestId('minutes-form');
    await form.locator('#minutes-text').fill(text);
    await form.getByRole('button', { name: 'Circulate the draft minutes' }).click();
    await this.page.getByTestId('minutes-link').waitFor();
  }

  async openMinutes(): Promise<void> {
    await this.page.getByTestId('minutes-link').click();
    await this.page.getByTestId('text-page').waitFor();
  }
}
