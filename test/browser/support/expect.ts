import { Locator } from 'playwright-core';

/**
 * Waiting assertions over playwright-core (which has no `expect` of its own): each waits for the
 * UI state it names and fails with Playwright's timeout error when it never comes.
 */
export function expect(locator: Locator) {
  return {
    toContainText: (text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor(),
    toHaveText: (text: RegExp) => locator.filter({ hasText: text }).first().waitFor(),
    toBeVisible: () => locator.first().waitFor({ state: 'visible' }),
  };
}
