/**
 * A second factor: brooke sets one up from his account page (the test is his authenticator, computing
 * the codes from the secret shown), logs out, and can sign in again only with a code. Then he removes it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AccountPage } from './pages/account.page.js';
import { Header } from './pages/header.js';
import { LoginPage } from './pages/login.page.js';
import { launchChromium } from './support/chromium.js';
import { demoPassword, newWatchedContext } from './support/people.js';
import { Authenticator } from './support/totp.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('second factor', () => {
  test('brooke sets up a second factor; after logging out, his password alone no longer signs him in', async () => {
    // Brooke signs in afresh (not from a kept session): he will log out, which ends the session.
    const { context, page, problems } = await newWatchedContext(browser);
    const login = await new LoginPage(page).goto();
    await login.logIn('brooke', demoPassword);

    await new Header(page).goTo('Your account');
    const account = new AccountPage(page);
    await page.getByTestId('second-factor').waitFor();
    const { secret, uri } = await account.beginSecondFactor();
    // Grouped in fours for typing; the same secret in the otpauth address for an app.
    expect(secret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const plainSecret = secret.replace(/ /g, '');
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(new URL(uri).searchParams.get('secret')).toBe(plainSecret);

    const authenticator = new Authenticator(plainSecret);
    // A wrong code does not confirm it.
    expect(await account.submitCode('000000', 'Confirm')).toContain('not the current code');
    expect(await account.submitCode(authenticator.nextCode(), 'Confirm')).toBe(
      'Your second factor is set up. From now on, signing in asks for a code.',
    );

    await new Header(page).logOut();
    await login.submit('brooke', demoPassword);
    expect(await login.asksForCode()).toBe(true);
    // The password alone opened no session.
    expect((await page.request.get('/api/session')).status()).toBe(401);
    expect(await page.locator('#password').inputValue()).toBe(demoPassword);
    await login.enterCode(authenticator.nextCode());
    expect(await new Header(page).currentUser()).toMatchObject({ name: 'Field Marshal Sir Alan Brooke' });

    // He removes it with a current code; the next sign-in asks only for the password.
    await new AccountPage(page).goto();
    await page.getByText('Remove a second factor set up before').click();
    expect(await account.submitCode(authenticator.nextCode(), 'Remove')).toBe(
      'Your second factor is removed: signing in asks only for your password.',
    );
    await new Header(page).logOut();
    await login.logIn('brooke', demoPassword);
    expect(problems).toEqual([]);
    await context.close();
  });
});
