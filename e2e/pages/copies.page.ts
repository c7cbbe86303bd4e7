/** The copies register of a document, and one copy's own text. */
import type { Page } from 'playwright-core';

export interface CopyRow {
  readonly number: string;
  readonly recipient: string;
  readonly taken: string;
  readonly receipt: string;
  readonly destruction: string;
}

export class CopiesPage {
  constructor(readonly page: Page) {}

  async goto(documentId: string): Promise<this> {
    await this.page.goto(`/documents/${encodeURIComponent(documentId)}/copies`);
    await this.waitLoaded();
    return this;
  }

  /** Until the register, or the not-found page, is shown. */
  async waitLoaded(): Promise<void> {
    await this.page.locator('[data-testid="copies-page"], [data-testid="not-found"]').first().waitFor();
  }

  async isNotFound(): Promise<boolean> {
    return (await this.page.getByTestId('not-found').count()) > 0;
  }

  async rows(): Promise<CopyRow[]> {
    const rows = this.page.getByTestId('copy-table').locator('tbody tr');
    const result: CopyRow[] = [];
    for (const row of await rows.all()) {
      const cells = (await row.locator('th, td').allInnerTexts()).map((text) => text.trim());
      const [number = '', , taken = '', receipt = '', destruction = ''] = cells;
      const recipient = (await row.getByTestId('copy-recipient').innerText()).trim();
      result.push({ number, recipient, taken, receipt, destruction });
    }
    return result;
  }

  /** "1 of 4 copies acknowledged. Not yet acknowledged: ..." — or null when only one's own copy is shown. */
  async summary(): Promise<string | null> {
    const summary = this.page.getByTestId('receipt-summary');
    return (await summary.count()) > 0 ? (await summary.innerText()).trim() : null;
  }

  async showsOwnCopyOnly(): Promise<boolean> {
    return (await this.page.getByTestId('copies-own-only').count()) > 0;
  }

  async openCopy(number: number): Promise<CopyTextPage> {
    await this.page.getByRole('link', { name: `Read copy ${number}`, exact: true }).click();
    const copy = new CopyTextPage(this.page);
    await copy.waitLoaded();
    return copy;
  }
}

export class CopyTextPage {
  constructor(readonly page: Page) {}

  async waitLoaded(): Promise<void> {
    await this.page.getByTestId('copy-text').waitFor();
  }

  async copyNumber(): Promise<string> {
    return (await this.page.getByTestId('copy-number').innerText()).trim();
  }

  async holder(): Promise<string> {
    return (await this.page.getByTestId('copy-holder').innerText()).trim();
  }

  /** The copy's text as shown, paragraphs separated by blank lines (invisible characters included). */
  async text(): Promise<string> {
    const paragraphs = await this.page.getByTestId('copy-text').locator('p').allTextContents();
    return paragraphs.join('\n\n');
  }
}
