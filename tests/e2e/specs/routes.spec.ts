import { test, expect } from '../support/fixtures';
import { builtRoutes, routeSamples, SitePage } from '../support/site';

test.describe('deep links on a plain static host', () => {
  test('every pre-rendered page answers 200 with its own title, description and heading', async ({ request }) => {
    const titles = new Map<string, string>();
    const routes = builtRoutes();
    expect(routes.length).toBeGreaterThan(10);
    for (const rel of routes) {
      const response = await request.get(rel);
      expect(response.status(), `/${rel}`).toBe(200);
      const html = await response.text();
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, `title of /${rel}`).not.toBe('');
      expect(titles.get(title), `title "${title}" of /${rel} is used by another page`).toBeUndefined();
      titles.set(title, rel);
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(description.length, `description of /${rel}`).toBeGreaterThan(20);
      expect(html, `main heading of /${rel}`).toMatch(/<main[^>]*>[\s\S]*<h1[^>]*>[\s\S]+<\/h1>/);
    }
  });

  for (const rel of routeSamples()) {
    test(`/${rel} opens as a deep link in the browser`, async ({ page }) => {
      const site = new SitePage(page);
      const response = await site.open(rel);
      expect(response?.status()).toBe(200);
      await expect(site.heading).toBeVisible();
      const staticTitle = await page.title();
      expect(staticTitle).toMatch(/Health Cyber Pathways$/);
    });
  }

  test('a deep link without the trailing slash still arrives', async ({ page }) => {
    const site = new SitePage(page);
    const response = await site.open('about');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/about\/$/);
    await expect(site.heading).toHaveText('About Health Cyber Pathways');
  });

  test('reloading a page keeps it', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('privacy/');
    await page.reload();
    await site.appReady();
    await expect(site.heading).toHaveText('Privacy');
  });
});

test.describe('not found', () => {
  test('an unknown path gets status 404 and a real not-found page', async ({ page }) => {
    const site = new SitePage(page);
    const response = await site.open('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(site.heading).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found · Health Cyber Pathways');
    await site.main.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(site.heading).toHaveText("Build the health sector's cybersecurity workforce");
  });

  test('an unknown nested path inside the app shows the not-found page', async ({ page }) => {
    const site = new SitePage(page);
    const response = await site.open('a/b/c/');
    expect(response?.status()).toBe(404);
    await expect(site.heading).toHaveText('Page not found');
    await expect(site.main).toContainText('/a/b/c/');
  });

  test('following a link to an unknown page inside the app shows the not-found page', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('');
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = new URL('roles/no-such-role/', document.baseURI).toString();
      a.textContent = 'broken';
      document.getElementById('main')?.append(a);
    });
    await page.getByRole('link', { name: 'broken' }).click();
    await expect(site.heading).toHaveText('Page not found');
  });
});
