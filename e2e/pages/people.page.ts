/** Personnel, for security officers: their party's people and the changes an officer makes. */
import type { Locator, Page } from 'playwright-core';
import { demoPassword } from '../support/people.js';

export interface PersonFacts {
  readonly name: string;
  readonly clearance: string;
  readonly compartments: string;
  readonly status: string;
}

export class PeoplePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<this> {
    await this.page.goto('/people');
    await this.waitLoaded();
    return this;
  }

  async waitLoaded(): Promise<void> {
    await this.page.locator('[data-testid="people-page"][aria-busy="false"]').waitFor();
  }

  /** The server's refusal, for someone who is not a security officer. */
  async refusal(): Promise<string | null> {
    const refusal = this.page.getByTestId('refusal');
    return (await refusal.count()) > 0 ? (await refusal.innerText()).trim() : null;
  }

  private card(username: string): Locator {
    return this.page.locator(`li.person-card[data-username="${username}"]`);
  }

  async usernames(): Promise<string[]> {
    const cards = await this.page.locator('li.person-card').all();
    return Promise.all(cards.map(async (card) => (await card.getAttribute('data-username')) ?? ''));
  }

  async person(username: string): Promise<PersonFacts> {
    const card = this.card(username);
    const text = async (selector: string) => (await card.locator(selector).first().innerText()).trim();
    return {
      name: await text('.person-card__name'),
      clearance: await text('[data-testid="person-clearance"]'),
      compartments: await text('[data-testid="person-compartments"]'),
      status: await text('[data-testid="person-status"]'),
    };
  }

  private async open(username: string): Promise<Locator> {
    const card = this.card(username);
    const toggle = card.locator('.person-card__summary button');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return card;
  }

  /**
   * Confirms a change; if the server first wants a recent login, enters the password in the dialog
   * (the change is then made by itself). Resolves with the confirmation shown on the card.
   */
  private async confirmChange(card: Locator, submit: () => Promise<void>): Promise<string> {
    await submit();
    const done = card.locator('.notice--success');
    const reauthentication = this.page.getByTestId('reauthentication-dialog');
    await done.or(reauthentication).first().waitFor();
    if (await reauthentication.isVisible()) {
      await reauthentication.getByLabel('Password').fill(demoPassword);
      await reauthentication.getByRole('button', { name: 'Confirm and continue' }).click();
      await done.waitFor();
    }
    return (await done.innerText()).trim();
  }

  async readOut(username: string, compartment: string, reason: string): Promise<string> {
    const card = await this.open(username);
    await card.getByRole('button', { name: `Read out of ${compartment}…` }).click();
    const dialog = this.page.getByTestId('personnel-dialog').and(this.page.locator('dialog[open]'));
    await dialog.getByLabel('Reason').fill(reason);
    return this.confirmChange(card, () => dialog.getByRole('button', { name: 'Read out' }).click());
  }

  async readIn(username: string, compartment: string, reason: string): Promise<string> {
    const card = await this.open(username);
    await card.getByLabel('Read into').selectOption(compartment);
    await card.locator(`#${username}-grant-reason`).fill(reason);
    return this.confirmChange(card, () => card.getByRole('button', { name: 'Read in', exact: true }).click());
  }
}
