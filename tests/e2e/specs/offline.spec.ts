import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { SitePage } from '../support/site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080/';
const basePath = new URL(BASE).pathname;

// The rest of the suite blocks service workers (playwright.config.ts); these journeys need one.
test.use({ serviceWorkers: 'allow' });

/** Waits until the build's service worker is active and serves this page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Cuts the network. `setOffline` cuts the pages' requests but not the service worker's own
 * (microsoft/playwright#2311), so those are aborted as a lost connection would abort them.
 */
async function cutNetwork(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', workerOffline);
}

async function restoreNetwork(context: BrowserContext) {
  await context.unroute('**/*', workerOffline);
  await context.setOffline(false);
}

function workerOffline(route: Route) {
  return route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback();
}

/** The names of this origin's caches. */
function cacheNames(page: Page) {
  return page.evaluate(() => caches.keys());
}

test.describe('offline', () => {
  test('after one visit, the visited pages and the planner work with the network cut, and an unvisited page says it was not saved', async ({ page, context }) => {
    test.setTimeout(60_000);
    const site = new SitePage(page);
    await site.open('');
    await controlled(page);
    await site.open('roles/soc-analyst/');
    await expect(site.heading).toHaveText('SOC Analyst');
    await site.open('plan/?role=soc-analyst');
    const planned = page.getByRole('heading', { level: 2, name: /^(Plan to|No plan to) SOC Analyst/ });
    await expect(planned).toBeVisible();
    const [name] = await cacheNames(page);
    expect(name).toMatch(new RegExp(`^hcp ${basePath} [0-9a-f]{16}$`));

    await cutNetwork(context);

    // The visited role page opens from the cache, and the app starts on it.
    await site.open('roles/soc-analyst/');
    await expect(site.heading).toHaveText('SOC Analyst');
    await expect(site.nav).toBeVisible();

    // The planner's page and data were kept on the visit: it plans offline.
    await site.open('plan/?role=soc-analyst');
    await expect(planned).toBeVisible();
    await page.getByLabel('Budget (US dollars)').fill('20000');
    await expect(page.getByRole('heading', { level: 2, name: 'Plan to SOC Analyst' })).toBeVisible();

    // A page never opened says so, without the app, and links home.
    await page.goto(new URL('credentials/cissp/', BASE).toString());
    await expect(site.heading).toHaveText('You are offline');
    await expect(site.main).toContainText('This page was not saved for offline use');
    const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await site.main.getByRole('link', { name: 'Go to the home page' }).click();
    await site.appReady();
    await expect(site.heading).toHaveText("Build the health sector's cybersecurity workforce");

    // Back online, the unvisited page opens as usual.
    await restoreNetwork(context);
    await site.open('credentials/cissp/');
    await expect(site.heading).toContainText('CISSP');
  });

  test('a new deploy replaces the old cache and the page says so, with a reload reachable by keyboard', async ({ page, context }) => {
    const site = new SitePage(page);
    await site.open('');
    await controlled(page);
    // A page the installed version serves from the start.
    await site.open('about/');
    await controlled(page);
    const [old] = await cacheNames(page);
    expect(old).toMatch(/ [0-9a-f]{16}$/);

    // The next deploy: the same worker with another version. (A browser checks its worker for
    // an update outside any page, where no test can route it, so the test registers the next
    // deploy's worker under another URL, which the browser fetches from the worker itself.)
    await context.route(/\/sw\.js\?deploy=next$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/const VERSION = "[0-9a-f]+";/, 'const VERSION = "next-deploy";');
      expect(body).toContain('"next-deploy"');
      await route.fulfill({ response, body });
    });
    await page.evaluate((scope) => navigator.serviceWorker.register(`${scope}sw.js?deploy=next`, { scope }).then(() => undefined), basePath);

    const notice = page.getByRole('complementary', { name: 'Site update' });
    await expect(notice.getByRole('status')).toHaveText('A new version of Health Cyber Pathways was installed. Reload to use it.');
    await expect.poll(() => cacheNames(page)).toEqual([`hcp ${basePath} next-deploy`]);
    const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Right after the skip link in the keyboard order.
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await page.keyboard.press('Tab');
    const reload = notice.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeFocused();
    await page.keyboard.press('Enter');
    await site.appReady();
    await expect(site.heading).toHaveText('About Health Cyber Pathways');
    await controlled(page);
  });

  test('a first visit installs the worker without claiming an update', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('');
    await controlled(page);
    await expect(page.getByRole('complementary', { name: 'Site update' })).toHaveCount(0);
  });
});
