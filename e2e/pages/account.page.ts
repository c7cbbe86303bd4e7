/** The person's own account: their second factor. */
import type { Page } from 'playwright-core';

export class AccountPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<this> {
    await this.page.goto('/account');
    await this.page.getByTestId('second-factor').waitFor();
    return this;
  }

  /** Starts setting up a second factor; resolves with the secret as shown (grouped) and the otpauth address. */
  async beginSecondFactor(): Promise<{ secret: string; uri: string }> {
    await this.page.getByRole('button', { name: 'Set up a second factor' }).click();
    const secret = this.page.getByTestId('second-factor-secret');
    await secret.waitFor();
    return {
      secret: (await secret.innerText()).trim(),
      uri: (await this.page.getByTestId('second-factor-uri').innerText()).trim(),
    };
  }

  /** Confirms (or removes) with a code; resolves with the message shown. */
  async submitCode(code: string, button: 'Confirm' | 'Remove'): Promise<string> {
    const section = this.page.getByTestId('second-factor');
    const before = await section.getAttribute('data-state');
    await section.getByLabel('Six-digit code').first().fill(code);
    await section.getByRole('button', { name: button, exact: true }).first().click();
    await this.page
      .locator(`[data-testid="second-factor"]:not([data-state="${before}"])`)
      .or(section.getByTestId('form-error'))
      .first()
      .waitFor();
    const status = section.getByRole('status');
    return (await status.count()) > 0
      ? (await status.innerText()).trim()
      : (await section.getByTestId('form-error').innerText()).trim();
  }
}
