/** The inbox and the drafts: documents in a register table, newest first. */
import type { Locator, Page } from 'playwright-core';
import { DocumentPage } from './document.page.js';
import { Header } from './header.js';

export interface InboxRow {
  readonly banner: string;
  readonly title: string;
  readonly kind: string;
  readonly registryNumber: string;
  readonly dated: string;
  readonly originator: string;
  readonly drafter: string;
}

export class InboxPage {
  readonly header: Header;

  constructor(readonly page: Page) {
    this.header = new Header(page);
  }

  async goto(): Promise<this> {
    await this.page.goto('/');
    await this.waitLoaded();
    return this;
  }

  async gotoDrafts(): Promise<this> {
    await this.page.goto('/drafts');
    await this.waitLoaded();
    return this;
  }

  /** Until the list has come back from the server (loaded or empty). */
  async waitLoaded(): Promise<void> {
    await this.page.locator('[data-testid="document-list"][aria-busy="false"]').waitFor();
  }

  private rows(): Locator {
    return this.page.locator('tr.document-row');
  }

  rowFor(title: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async titles(): Promise<string[]> {
    return (await this.rows().locator('td.document-row__title').allInnerTexts()).map((text) => text.trim());
  }

  async hasDocument(title: string): Promise<boolean> {
    await this.waitLoaded();
    return (await this.rowFor(title).count()) > 0;
  }

  async row(title: string): Promise<InboxRow> {
    const row = this.rowFor(title);
    const banner = (await row.locator('.banner__text').innerText()).trim();
    const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
    const [, rowTitle = '', kind = '', registryNumber = '', dated = '', originator = '', drafter = ''] =
      cells;
    return { banner, title: rowTitle, kind, registryNumber, dated, originator, drafter };
  }

  async bannerRank(title: string): Promise<string | null> {
    return this.rowFor(title).locator('.banner').getAttribute('data-rank');
  }

  async open(title: string): Promise<DocumentPage> {
    await this.rowFor(title).getByRole('link', { name: title, exact: true }).click();
    const document = new DocumentPage(this.page);
    await document.waitLoaded();
    return document;
  }
}
