import { test as base, expect, type Page } from '@playwright/test';

/** Problems seen while a test ran: requests to other origins, console errors, page errors. */
export interface Watch {
  offOrigin: string[];
  errors: string[];
}

/**
 * The test function every spec uses. Each page is watched: any request that leaves the site's
 * own origin is blocked and recorded, and console errors (including Content-Security-Policy
 * violations) and uncaught exceptions are recorded. A test fails if any were seen.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context }, use) => {
      const watch: Watch = { offOrigin: [], errors: [] };
      const allowed = new Set(
        [process.env.BASE_URL, process.env.SUB_URL]
          .filter((u): u is string => Boolean(u))
          .map((u) => new URL(u).origin),
      );
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        if (allowed.has(new URL(url).origin)) return route.continue();
        watch.offOrigin.push(url);
        return route.abort('blockedbyclient');
      });
      context.on('page', (page) => observe(page, watch));
      for (const page of context.pages()) observe(page, watch);
      await use(watch);
      expect(watch.offOrigin, 'requests that left the site origin').toEqual([]);
      expect(watch.errors, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

function observe(page: Page, watch: Watch) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expectedConsoleError(msg.text())) watch.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.errors.push(`uncaught: ${err.message}`));
}

/** The browser logs a failed resource load for the deliberate 404 responses the tests request. */
function expectedConsoleError(text: string): boolean {
  return /Failed to load resource: the server responded with a status of 404/.test(text);
}

export { expect };
