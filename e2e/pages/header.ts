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
}
