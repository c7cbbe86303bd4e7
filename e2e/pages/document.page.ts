/** One document: banners at top and bottom, heading fields, text, distribution block, actions. */
import type { Page } from 'playwright-core';

export class DocumentPage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<this> {
    await this.page.goto('/documents/' + encodeURIComponent(id));
    await this.waitLoaded();
    return this;
  }

  /** Until the document, or the not-found page, or a recall notice or destroyed-copy page, is shown. */
  async waitLoaded(): Promise<void> {
    await this.page
      .locator(
        '#document-title, [data-testid="not-found"], [data-testid="recall-notice"], [data-testid="copy-destroyed"]',
      )
      .first()
      .waitFor();
  }

  /** The document's id, from the address. */
  id(): string {
    const match = /\/documents\/([^/?#]+)/.exec(new URL(this.page.url()).pathname);
    if (!match) throw new Error(`not a document address: ${this.page.url()}`);
    return decodeURIComponent(match[1]!);
  }

  async isNotFound(): Promise<boolean> {
    return (await this.page.getByTestId('not-found').count()) > 0;
  }

  /** What the main area shows; the same for every not-found page. */
  async mainHtml(): Promise<string> {
    return this.page.locator('#main').innerHTML();
  }

  async title(): Promise<string> {
    return (await this.page.locator('#document-title').innerText()).trim();
  }

  async banner(position: 'top' | 'bottom'): Promise<string> {
    return (await this.page.getByTestId(`banner-${position}`).locator('.banner__text').innerText()).trim();
  }

  async bannerRank(position: 'top' | 'bottom'): Promise<string | null> {
    return this.page.getByTestId(`banner-${position}`).getAttribute('data-rank');
  }

  /** The same marking in the reader's own words, if shown. */
  async readerBanner(position: 'top' | 'bottom'): Promise<string | null> {
    const reader = this.page.getByTestId(`banner-${position}-reader`);
    return (await reader.count()) > 0 ? (await reader.innerText()).trim() : null;
  }

  async registryLine(): Promise<string> {
    return (await this.page.getByTestId('registry-number').innerText()).trim();
  }

  async distributionBlock(): Promise<string[]> {
    return (await this.page.getByTestId('distribution-block').locator('li').allInnerTexts()).map((line) =>
      line.trim(),
    );
  }

  /** A heading field of the form ("Subject", "Present", "Grade"...), by its data-field name. */
  async field(name: string): Promise<string | null> {
    const field = this.page.locator(`.sheet__field[data-field="${name}"] dd`);
    return (await field.count()) > 0 ? (await field.innerText()).trim() : null;
  }

  async body(): Promise<string> {
    return (await this.page.getByTestId('document-body').innerText()).trim();
  }

  async drafterLine(): Promise<string> {
    return (await this.page.getByTestId('drafter-line').innerText()).trim();
  }

  async canIssue(): Promise<boolean> {
    return (await this.page.getByRole('button', { name: 'Issue…' }).count()) > 0;
  }

  async canDisseminate(): Promise<boolean> {
    return (await this.page.getByRole('button', { name: 'Disseminate to more recipients…' }).count()) > 0;
  }

  /** Issues the draft shown, confirming in the dialog; resolves with the registry line. */
  async issue(): Promise<string> {
    await this.page.getByRole('button', { name: 'Issue…' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Issue', exact: true }).click();
    await this.page.getByText(/^Issued as /).waitFor();
    return this.registryLine();
  }

  /**
   * Disseminates to more recipients, each given as the editor's option value ("person:antonov",
   * "office:<id>", "party:GBR"); resolves once sent, or with the error shown.
   */
  async disseminate(...recipients: string[]): Promise<{ ok: true } | { ok: false; error: string }> {
    await this.page.getByRole('button', { name: 'Disseminate to more recipients…' }).click();
    const panel = this.page.getByTestId('dissemination-panel');
    for (const recipient of recipients) {
      await panel.locator('#disseminate-choice').selectOption(recipient);
      await panel.getByRole('button', { name: 'Add recipient' }).click();
    }
    await panel.getByRole('button', { name: 'Send' }).click();
    const sent = this.page.getByText('Sent to the new recipients.');
    const failed = panel.getByTestId('form-error');
    await sent.or(failed).first().waitFor();
    if (await sent.isVisible()) return { ok: true };
    return { ok: false, error: (await failed.innerText()).trim() };
  }

  /** "COPY 1 OF 4" for a numbered copy, "ORIGINAL" for the drafter's or registry's original; null if neither. */
  async copyNumber(): Promise<string | null> {
    const line = this.page.getByTestId('copy-line').locator('.sheet__copy-number');
    return (await line.count()) > 0 ? (await line.innerText()).trim() : null;
  }

  async copyHolder(): Promise<string> {
    return (await this.page.getByTestId('copy-holder').innerText()).trim();
  }

  /** The address of the "Download PDF" link, if there is one. */
  async pdfLink(): Promise<string | null> {
    const link = this.page.getByTestId('copy-pdf');
    return (await link.count()) > 0 ? link.getAttribute('href') : null;
  }

  /** Acknowledges receipt of the reader's copy; resolves with the receipt line shown after. */
  async acknowledgeReceipt(): Promise<string> {
    await this.page.getByRole('button', { name: 'Acknowledge receipt' }).click();
    const status = this.page.getByTestId('receipt-status');
    await status.waitFor();
    return (await status.innerText()).trim();
  }

  async receiptStatus(): Promise<string | null> {
    const status = this.page.getByTestId('receipt-status');
    await status
      .or(this.page.getByRole('button', { name: 'Acknowledge receipt' }))
      .first()
      .waitFor();
    return (await status.count()) > 0 ? (await status.innerText()).trim() : null;
  }

  /** The tabs of those who answer for the copies ("Document", "Copies", "Variation points"). */
  async tabs(): Promise<string[]> {
    const tabs = this.page.getByTestId('document-tabs').getByRole('link');
    return (await tabs.allInnerTexts()).map((text) => text.trim());
  }

  async openTab(name: 'Document' | 'Copies' | 'Variation points'): Promise<void> {
    await this.page.getByTestId('document-tabs').getByRole('link', { name, exact: true }).click();
  }

  /** Recalls the document shown, giving a reason in the dialog; resolves once recalled. */
  async recall(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Recall…' }).click();
    const dialog = this.page.getByTestId('recall-dialog');
    await dialog.getByLabel('Reason for the recall').fill(reason);
    await dialog.getByRole('button', { name: 'Recall the document' }).click();
    await this.page.getByTestId('document-recalled').waitFor();
  }

  async isRecallNotice(): Promise<boolean> {
    return (await this.page.getByTestId('recall-notice').count()) > 0;
  }

  /** The recall notice a former holder sees at the document's address. */
  async recallNotice(): Promise<{ title: string; registryNumber: string; reason: string; date: string }> {
    const notice = this.page.getByTestId('recall-notice');
    await notice.waitFor();
    const text = async (testId: string) => (await notice.getByTestId(testId).innerText()).trim();
    return {
      title: (await notice.locator('h1').innerText()).trim(),
      registryNumber: await text('recall-registry'),
      reason: await text('recall-reason'),
      date: await text('recall-date'),
    };
  }

  /** Waits until the page shows not-found (e.g. once the reader has lost access to what was shown). */
  async waitNotFound(): Promise<void> {
    await this.page.getByTestId('not-found').waitFor();
  }
}
