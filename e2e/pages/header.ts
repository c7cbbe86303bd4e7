/** The header every signed-in page has: who is signed in, search, navigation, log out. */
import type { Page } from 'playwright-core';

export interface CurrentUser {
  readonly name: string;
  readonly party: string;
  readonly clearance: string;
}

export class Header {
  constructor(readonly page: Page) {}

  async currentUser(): Promise<CurrentUser> {
    const text = async (testId: string) => (await this.page.getByTestId(testId).innerText()).trim();
    await this.page.getByTestId('current-user-name').waitFor();
    return {
      name: await text('current-user-name'),
      party: await text('current-user-party'),
      clearance: await text('current-user-clearance'),
    };
  }

  async search(words: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search documents' }).fill(words);
    await this.page.getByRole('searchbox', { name: 'Search documents' }).press('Enter');
  }

  async logOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log out' }).click();
    await this.page.getByRole('heading', { name: 'Sign in' }).waitFor();
  }

  /** Follows a link of the main navigation ("Trace a leak", "Personnel", "Audit log", "Your account"...). */
  async goTo(name: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name, exact: true })
      .click();
  }

  async navigation(): Promise<string[]> {
    const links = this.page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    return (await links.allInnerTexts()).map((text) => text.trim());
  }

  /** Until the notification stream is open, so that what happens next is told to this page. */
  async waitForNotifications(): Promise<void> {
    await this.page.locator('[data-testid="notifications-button"][data-connected="true"]').waitFor();
  }

  async compartments(): Promise<string> {
    const facts = this.page.getByTestId('current-user').locator('.current-user__facts div').nth(2);
    return (await facts.locator('dd').innerText()).trim();
  }
}
