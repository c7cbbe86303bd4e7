/** The marking picker offers only what the author may apply, in their own party's words. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ComposePage } from './pages/compose.page.js';
import { Header } from './pages/header.js';
import { launchChromium } from './support/chromium.js';
import { signIn } from './support/people.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the marking picker', () => {
  test('burrows (GBR, MOST SECRET, read into OVERLORD only) gets British level names and no BAGRATION', async () => {
    const burrows = await signIn(browser, 'burrows');
    expect(await new Header(burrows.page).currentUser()).toEqual({
      name: 'Lt. Gen. M. Brocas Burrows',
      party: 'GBR',
      clearance: 'MOST SECRET',
    });
    const compose = await new ComposePage(burrows.page).goto();
    const levels = await compose.levelOptions();
    expect(levels).toEqual(['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'MOST SECRET']);
    expect(levels).not.toContain('TOP SECRET');
    expect(await compose.compartmentOptions()).toEqual(['OVERLORD']);

    await compose.chooseLevel('MOST SECRET');
    await compose.checkCompartment('OVERLORD');
    await compose.setReleasability('rel-to', ['USA']);
    await compose.setOrcon();
    expect(await compose.bannerPreview()).toBe('MOST SECRET//OVERLORD//REL TO GBR, USA//ORCON');
    // Burrows is the GBR delegation to the Tripartite Military Committee: he may embargo a proposal.
    expect(await burrows.page.locator('#marking-embargo').isDisabled()).toBe(false);
    expect(burrows.problems).toEqual([]);
    await burrows.close();
  });

  test('stalin gets Soviet level names and the BAGRATION compartment', async () => {
    const stalin = await signIn(browser, 'stalin');
    expect(await new Header(stalin.page).currentUser()).toEqual({
      name: 'Marshal I. V. Stalin',
      party: 'SUN',
      clearance: 'ОСОБОЙ ВАЖНОСТИ',
    });
    const compose = await new ComposePage(stalin.page).goto();
    expect(await compose.levelOptions()).toEqual([
      'НЕСЕКРЕТНО',
      'СЕКРЕТНО',
      'СОВЕРШЕННО СЕКРЕТНО',
      'ОСОБОЙ ВАЖНОСТИ',
    ]);
    expect(await compose.compartmentOptions()).toEqual(['BAGRATION']);
    await compose.chooseLevel('СОВЕРШЕННО СЕКРЕТНО');
    await compose.checkCompartment('BAGRATION');
    await compose.setReleasability('noforn');
    expect(await compose.bannerPreview()).toBe('СОВЕРШЕННО СЕКРЕТНО//BAGRATION//NOFORN');
    expect(await compose.personalForCandidates()).toContain('MOLOTOV');
    expect(stalin.problems).toEqual([]);
    await stalin.close();
  });
});
