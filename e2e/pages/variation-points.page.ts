/** The originator's review of a document's variation points. */
import type { Page } from 'playwright-core';

export class VariationPointsPage {
  constructor(readonly page: Page) {}

  async waitLoaded(): Promise<void> {
    await this.page.getByTestId('variation-page').or(this.page.getByTestId('refusal')).first().waitFor();
  }

  /** "12 points; 0 excluded." */
  async summary(): Promise<string> {
    return (await this.page.getByTestId('variation-summary').innerText()).trim();
  }

  /** The kinds offered by the filter, e.g. ["All kinds (12)", "Synonym (5)", ...]. */
  async kinds(): Promise<string[]> {
    return (await this.page.locator('#variation-kind option').allInnerTexts()).map((text) => text.trim());
  }

  async showKind(value: string): Promise<void> {
    await this.page.locator('#variation-kind').selectOption(value);
  }

  async shownCount(): Promise<number> {
    return this.page.getByTestId('variation-list').locator('li').count();
  }

  async highlightedInText(): Promise<number> {
    return this.page.getByTestId('variation-text').locator('mark').count();
  }

  /** Excludes every point shown ("Exclude all N (kind)") and saves. */
  async excludeShownAndSave(): Promise<void> {
    await this.page.getByRole('button', { name: /^Exclude all / }).click();
    await this.page.getByRole('button', { name: 'Save exclusions' }).click();
    await this.page.getByTestId('variation-status').getByText('Exclusions saved.').waitFor();
  }
}
