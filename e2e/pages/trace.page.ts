/** Tracing a leaked excerpt to the copy it came from. */
import type { Page } from 'playwright-core';

export interface TraceOutcome {
  /** The server's refusal, for someone who answers for no copies. */
  readonly refusal: string | null;
  readonly noDocument: boolean;
  readonly document: { readonly title: string; readonly registryNumber: string } | null;
  readonly suspects: readonly { readonly copy: string; readonly holder: string }[];
  readonly nobodyAccused: boolean;
  readonly bound: string | null;
  readonly ranking: readonly string[];
}

export class TracePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<this> {
    await this.page.goto('/trace');
    await this.waitLoaded();
    return this;
  }

  async waitLoaded(): Promise<void> {
    await this.page.locator('#trace-text').waitFor();
  }

  /**
   * Types the text into the box as someone retyping a leak would: a few words at a time, as keyboard
   * input (not pasted in one piece).
   */
  async type(text: string): Promise<void> {
    const box = this.page.locator('#trace-text');
    await box.fill('');
    await box.focus();
    const words = text.split(' ');
    for (let start = 0; start < words.length; start += 12) {
      const chunk = words.slice(start, start + 12).join(' ');
      await this.page.keyboard.insertText(start + 12 < words.length ? chunk + ' ' : chunk);
    }
    if ((await box.inputValue()) !== text) throw new Error('the text typed is not the text given');
  }

  async trace(): Promise<TraceOutcome> {
    await this.page.getByRole('button', { name: 'Trace', exact: true }).click();
    const result = this.page.getByTestId('trace-result');
    const refusal = this.page.getByTestId('refusal');
    await result.or(refusal).first().waitFor();
    if (await refusal.isVisible()) {
      return {
        refusal: (await refusal.innerText()).trim(),
        noDocument: false,
        document: null,
        suspects: [],
        nobodyAccused: false,
        bound: null,
        ranking: [],
      };
    }
    const noDocument = (await result.getByTestId('trace-no-document').count()) > 0;
    const documentLink = result.getByTestId('trace-document');
    const document =
      (await documentLink.count()) > 0
        ? {
            title: (await documentLink.innerText()).trim(),
            registryNumber: (await result.getByTestId('trace-registry').innerText()).trim(),
          }
        : null;
    const suspects = [];
    for (const suspect of await result.locator('li.suspect').all()) {
      suspects.push({
        copy: (await suspect.getByTestId('suspect-copy').innerText()).trim(),
        holder: (await suspect.getByTestId('suspect-holder').innerText()).trim(),
      });
    }
    const bound = result.getByTestId('trace-bound');
    const ranking = await result.getByTestId('trace-ranking').locator('tbody th').allInnerTexts();
    return {
      refusal: null,
      noDocument,
      document,
      suspects,
      nobodyAccused: (await result.getByTestId('trace-nobody').count()) > 0,
      bound: (await bound.count()) > 0 ? (await bound.innerText()).trim() : null,
      ranking: ranking.map((text) => text.trim()),
    };
  }
}
