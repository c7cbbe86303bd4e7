/** The sign-in page. */
import type { Page } from 'playwright-core';

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<this> {
    await this.page.goto('/login');
    await this.page.locator('#username').waitFor();
    return this;
  }

  async submit(username: string, password: string): Promise<void> {
    await this.page.locator('#username').fill(username);
    await this.page.locator('#password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Signs in and waits until the header shows who is signed in. */
  async logIn(username: string, password: string): Promise<void> {
    await this.submit(username, password);
    await this.page.getByTestId('current-user-name').waitFor();
  }

  /** The error shown after a refused sign-in. */
  async errorMessage(): Promise<string> {
    const error = this.page.getByTestId('form-error');
    await error.waitFor();
    return (await error.innerText()).trim();
  }

  async isShown(): Promise<boolean> {
    return this.page.getByRole('heading', { name: 'Sign in' }).isVisible();
  }

  /** Whether the form asks for the six-digit code of a second factor. */
  async asksForCode(): Promise<boolean> {
    const code = this.page.locator('#code');
    await code
      .or(this.page.getByTestId('current-user-name'))
      .or(this.page.getByTestId('form-error'))
      .first()
      .waitFor();
    return code.isVisible();
  }

  /** Enters the code (the password is kept) and signs in, waiting for the header. */
  async enterCode(code: string): Promise<void> {
    await this.page.locator('#code').fill(code);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.getByTestId('current-user-name').waitFor();
  }
}
