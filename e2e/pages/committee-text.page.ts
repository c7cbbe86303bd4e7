/** One negotiated text of the committee: minutes, a recommendation or a proposal, with its versions. */
import type { Page } from 'playwright-core';

export class CommitteeTextPage {
  constructor(readonly page: Page) {}

  async goto(path: string): Promise<this> {
    await this.page.goto(path);
    await this.page.getByTestId('text-page').or(this.page.getByTestId('not-found')).first().waitFor();
    return this;
  }

  async isNotFound(): Promise<boolean> {
    return (await this.page.getByTestId('not-found').count()) > 0;
  }

  async title(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  async status(): Promise<string> {
    return (await this.page.getByTestId('text-status').innerText()).trim();
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page.getByTestId('text-status').filter({ hasText: status }).waitFor();
  }

  /** The text shown of the current (or issued) version, without the invisible marks of a numbered copy. */
  async currentText(): Promise<string> {
    const body = this.page.getByTestId('current-text').getByTestId('text-body');
    await body.waitFor();
    return (await body.innerText())
      .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
      .replace(/\u00a0/g, ' ')
      .trim();
  }

  async awaiting(): Promise<string> {
    return (await this.page.getByTestId('text-awaiting').innerText()).trim();
  }

  /** Approve, concur or agree the current version, for one's party. */
  async consent(): Promise<void> {
    const button = this.page.getByTestId('consent');
    await button.click();
    await this.page.getByRole('status').filter({ hasText: 'consent is recorded' }).waitFor();
  }

  async canConsent(): Promise<boolean> {
    return (await this.page.getByTestId('consent').count()) > 0;
  }

  /** Proposes an amendment (or a revision): the new text replaces the current one. */
  async amend(buttonName: string, text: string, note: string): Promise<void> {
    await this.page.getByRole('button', { name: buttonName }).click();
    const form = this.page.getByTestId('version-form');
    await form.locator('#version-text').fill(text);
    await form.locator('#version-note').fill(note);
    await form.getByRole('button', { name: buttonName }).click();
    await this.page.getByRole('status').filter({ hasText: 'has been circulated' }).waitFor();
  }

  async versionParties(): Promise<string[]> {
    const versions = this.page.getByTestId('version');
    await versions.first().waitFor();
    return versions.evaluateAll((items) => items.map((item) => item.getAttribute('data-party') ?? ''));
  }

  /** The difference shown between two versions: the inserted and the deleted words. */
  async diff(): Promise<{ inserted: string; deleted: string }> {
    const diff = this.page.getByTestId('diff');
    await diff.waitFor();
    const text = async (selector: string) =>
      (await diff.locator('.diff__text ' + selector).allInnerTexts()).join(' ').replace(/\s+/g, ' ').trim();
    return { inserted: await text('ins'), deleted: await text('del') };
  }

  async respond(response: string, comment: string): Promise<void> {
    const form = this.page.getByTestId('response-form');
    await form.getByLabel(response, { exact: true }).check();
    await form.locator('#response-comment').fill(comment);
    await form.getByRole('button', { name: 'Record the response' }).click();
    await this.page.getByRole('status').filter({ hasText: 'response is recorded' }).waitFor();
  }

  async response(party: string): Promise<string> {
    const entry = this.page.locator(`[data-testid="response"][data-party="${party}"]`);
    return (await entry.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Every button of the page, by its name. */
  async buttons(): Promise<string[]> {
    return (await this.page.getByRole('button').allInnerTexts()).map((text) => text.trim());
  }

  async translations(): Promise<{ original: string; translations: string[] }> {
    const panel = this.page.getByTestId('translations').first();
    await panel.getByTestId('translation').first().waitFor();
    return {
      original: (await panel.getByTestId('authoritative-original').innerText()).trim(),
      translations: (await panel.getByTestId('translation').locator('summary').allInnerTexts()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      ),
    };
  }
}
