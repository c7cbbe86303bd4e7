/** Search results: titles with their snippets, matched words highlighted. */
import type { Locator, Page } from 'playwright-core';
import { Header } from './header.js';

export interface SearchHit {
  readonly title: string;
  readonly snippet: string;
  /** The highlighted words of the snippet. */
  readonly marked: readonly string[];
}

export class SearchPage {
  readonly header: Header;

  constructor(readonly page: Page) {
    this.header = new Header(page);
  }

  async goto(words: string): Promise<this> {
    await this.page.goto('/search?q=' + encodeURIComponent(words));
    await this.waitLoaded();
    return this;
  }

  /** Searches from the header box and waits for the results. */
  async searchFromHeader(words: string): Promise<this> {
    await this.header.search(words);
    await this.page.waitForURL((url) => url.pathname === '/search');
    await this.waitLoaded();
    return this;
  }

  async waitLoaded(): Promise<void> {
    await this.page.locator('[data-testid="search-results"][aria-busy="false"]').waitFor();
  }

  private results(): Locator {
    return this.page.locator('li.search-result');
  }

  async titles(): Promise<string[]> {
    return (await this.results().locator('.search-result__title').allInnerTexts()).map((text) => text.trim());
  }

  async hit(title: string): Promise<SearchHit> {
    const result = this.results().filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
    const snippet = result.locator('.snippet');
    const hasSnippet = (await snippet.count()) > 0;
    return {
      title,
      snippet: hasSnippet ? (await snippet.innerText()).trim() : '',
      marked: hasSnippet ? (await snippet.locator('mark').allInnerTexts()).map((text) => text.trim()) : [],
    };
  }

  async summary(): Promise<string> {
    return (await this.page.locator('[data-testid="search-results"] .page__lead').innerText()).trim();
  }
}
