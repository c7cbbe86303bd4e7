/** Composing a document: form, heading fields, text, marking picker, distribution; save and issue. */
import type { Page } from 'playwright-core';
import { DocumentPage } from './document.page.js';

export type Kind = 'telegram' | 'memorandum-of-conversation' | 'memorandum' | 'intelligence-report';

export interface Heading {
  readonly title?: string;
  readonly dated?: string;
  readonly reference?: string;
  readonly subject?: string;
  readonly from?: string;
  readonly to?: string;
  readonly number?: string;
  readonly participants?: readonly string[];
  readonly place?: string;
  readonly source?: string;
  readonly reliability?: string;
  readonly credibility?: string;
  readonly places?: readonly string[];
}

export class ComposePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<this> {
    await this.page.goto('/compose');
    await this.waitLoaded();
    return this;
  }

  async waitLoaded(): Promise<void> {
    await this.page.locator('#marking-level').waitFor();
  }

  async chooseKind(kind: Kind): Promise<void> {
    await this.page.locator(`#kind-${kind}`).check();
  }

  async fillHeading(heading: Heading): Promise<void> {
    const fill = async (selector: string, value: string | undefined) => {
      if (value !== undefined) await this.page.locator(selector).fill(value);
    };
    await fill('#draft-title', heading.title);
    await fill('#draft-dated', heading.dated);
    await fill('#draft-reference', heading.reference);
    await fill('#field-subject', heading.subject);
    await fill('#field-from', heading.from);
    await fill('#field-to', heading.to);
    await fill('#field-number', heading.number);
    await fill('#field-participants', heading.participants?.join('\n'));
    await fill('#field-place', heading.place);
    await fill('#field-source', heading.source);
    await fill('#field-places', heading.places?.join('\n'));
    if (heading.reliability !== undefined)
      await this.page.locator('#field-reliability').selectOption(heading.reliability);
    if (heading.credibility !== undefined)
      await this.page.locator('#field-credibility').selectOption(heading.credibility);
  }

  async fillBody(text: string): Promise<void> {
    await this.page.locator('#draft-body').fill(text);
  }

  async values(): Promise<{ title: string; body: string }> {
    return {
      title: await this.page.locator('#draft-title').inputValue(),
      body: await this.page.locator('#draft-body').inputValue(),
    };
  }

  /** The level names offered, in the author's own words. */
  async levelOptions(): Promise<string[]> {
    const options = await this.page.locator('#marking-level option').allInnerTexts();
    return options.map((text) => text.trim()).filter((text) => !text.endsWith('…'));
  }

  async chooseLevel(name: string): Promise<void> {
    await this.page.locator('#marking-level').selectOption({ label: name });
  }

  /** The compartments offered (those the author is read into). */
  async compartmentOptions(): Promise<string[]> {
    const boxes = this.page.locator('input[id^="marking-compartment-"]');
    const values: string[] = [];
    for (const box of await boxes.all()) values.push((await box.getAttribute('value')) ?? '');
    return values;
  }

  async checkCompartment(name: string): Promise<void> {
    await this.page.locator(`input[id^="marking-compartment-"][value="${name}"]`).check();
  }

  async setReleasability(
    kind: 'coalition' | 'rel-to' | 'noforn',
    parties: readonly string[] = [],
  ): Promise<void> {
    await this.page.locator(`#marking-releasability-${kind}`).check();
    for (const party of parties)
      await this.page.locator(`input[id^="marking-rel-to-"][value="${party}"]`).check();
  }

  async setOrcon(): Promise<void> {
    await this.page.locator('#marking-orcon').check();
  }

  async personalForCandidates(): Promise<string[]> {
    await this.page.locator('#marking-personal-for').check();
    const boxes = this.page.locator('input[id^="marking-personal-for-"]');
    const values: string[] = [];
    for (const box of await boxes.all()) values.push((await box.getAttribute('value')) ?? '');
    return values;
  }

  /** The canonical banner the server made of the chosen marking. */
  async bannerPreview(): Promise<string> {
    const preview = this.page.locator('[data-testid="marking-preview"][data-status="valid"]');
    await preview.waitFor();
    return (await preview.locator('.banner__text').innerText()).trim();
  }

  /** Adds a recipient by the editor's option value: "person:burrows", "party:USA", "office:<id>". */
  async addRecipient(recipient: string, copies = 1): Promise<void> {
    await this.page.locator('#distribution-choice').selectOption(recipient);
    await this.page.locator('#distribution-copies').fill(String(copies));
    await this.page.getByRole('button', { name: 'Add recipient' }).click();
    await this.page.locator(`[data-recipient="${recipient}"]`).waitFor();
  }

  async saveDraft(): Promise<{ ok: true } | { ok: false; error: string }> {
    await this.page.getByRole('button', { name: 'Save draft' }).click();
    const saved = this.page.getByTestId('save-status').getByText(/^Draft saved at /);
    const failed = this.page.getByTestId('form-error');
    await saved.or(failed).first().waitFor();
    if (await failed.isVisible()) return { ok: false, error: (await failed.innerText()).trim() };
    await this.page.waitForURL(/\/documents\/[^/]+\/edit$/);
    return { ok: true };
  }

  /** The error next to one field (by the control's id), if any. */
  async fieldError(controlId: string): Promise<string | null> {
    const error = this.page.locator(`#${controlId}-error`);
    return (await error.count()) > 0 ? (await error.innerText()).trim() : null;
  }

  /** Issues (saving first if needed), confirming in the dialog; resolves on the issued document's page. */
  async issue(): Promise<DocumentPage> {
    await this.page.getByRole('button', { name: 'Issue…' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Issue', exact: true }).click();
    await this.page.waitForURL(/\/documents\/[^/]+$/);
    const document = new DocumentPage(this.page);
    await document.waitLoaded();
    return document;
  }
}
