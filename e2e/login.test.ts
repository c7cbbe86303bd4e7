/** Signing in and out: a wrong password gets a message and no session; the header says who is signed in. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DocumentPage } from './pages/document.page.js';
import { Header } from './pages/header.js';
import { InboxPage } from './pages/inbox.page.js';
import { LoginPage } from './pages/login.page.js';
import { launchChromium } from './support/chromium.js';
import { demoPassword, newWatchedContext } from './support/people.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('signing in', () => {
  test('a wrong password is refused with a clear message, and no session is opened', async () => {
    const { context, page, problems } = await newWatchedContext(browser);
    const login = await new LoginPage(page).goto();
    await login.submit('harriman', 'not-the-password');

    expect(await login.errorMessage()).toContain('The username or password is not correct.');
    expect(await page.locator('#password').inputValue()).toBe('');
    expect(await page.locator('#username').inputValue()).toBe('harriman');
    expect(await page.getByTestId('current-user').count()).toBe(0);
    expect((await context.cookies()).filter((cookie) => cookie.name === 'liaison_session')).toEqual([]);
    expect((await page.request.get('/api/session')).status()).toBe(401);
    // Nothing behind the sign-in page either.
    await page.goto('/drafts');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a person signs in, sees who they are in the header, and logs out', async () => {
    const { context, page, problems } = await newWatchedContext(browser);
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn('page', demoPassword);

    expect(new URL(page.url()).pathname).toBe('/');
    const header = new Header(page);
    expect(await header.currentUser()).toEqual({
      name: 'Edward Page',
      party: 'USA',
      clearance: 'TOP SECRET',
    });
    const session = (await context.cookies()).find((cookie) => cookie.name === 'liaison_session');
    expect(session?.httpOnly).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain('liaison_session');

    const inbox = new InboxPage(page);
    await inbox.waitLoaded();
    expect(await inbox.titles()).toContain('Stalin and Harriman Exchange Military Information');

    // An unknown address inside the app gets the not-found page.
    await page.goto('/no/such/page');
    await new DocumentPage(page).waitLoaded();
    expect(await new DocumentPage(page).isNotFound()).toBe(true);
    expect(await page.title()).toBe('Not found — Liaison');

    await header.logOut();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect((await page.request.get('/api/session')).status()).toBe(401);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an address asked for before signing in shows the sign-in page, keeping the address', async () => {
    const { context, page, problems } = await newWatchedContext(browser);
    await page.goto('/search?q=Tehran');
    const login = new LoginPage(page);
    await page.locator('#username').waitFor();
    expect(await login.isShown()).toBe(true);
    // No sign-in here (the server allows ten a minute): the page is the sign-in page at the same address.
    expect(new URL(page.url()).pathname).toBe('/search');
    expect(problems).toEqual([]);
    await context.close();
  });
});
