import { test, expect } from '../support/fixtures';
import { NAV, SitePage } from '../support/site';

const SUB = process.env.SUB_URL ?? 'http://127.0.0.1:8080/hcp-sub/';
const subPath = new URL(SUB).pathname;

test.describe('deployed under a sub-path', () => {
  test('home, navigation and data stay under the sub-path', async ({ page }) => {
    const site = new SitePage(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const response = await site.open('', SUB);
    expect(response?.status()).toBe(200);
    await expect(site.heading).toHaveText("Build the health sector's cybersecurity workforce");
    for (const [label, slug] of NAV) {
      await expect(site.navLink(label)).toHaveAttribute('href', `${subPath}${slug}/`);
    }
    await site.navLink('About').click();
    await expect(page).toHaveURL(`${SUB}about/`);
    await expect(site.heading).toHaveText('About Health Cyber Pathways');
    const outside = requests.filter((p) => !p.startsWith(subPath));
    expect(outside, 'requests outside the sub-path').toEqual([]);
  });

  test('a deep link under the sub-path answers 200', async ({ page }) => {
    const site = new SitePage(page);
    const response = await site.open('privacy/', SUB);
    expect(response?.status()).toBe(200);
    await expect(site.heading).toHaveText('Privacy');
    await expect(page.getByRole('link', { name: 'Health Cyber Pathways' })).toHaveAttribute('href', subPath);
  });

  test('links inside content are rewritten under the sub-path', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('about/', SUB);
    await expect(site.main.getByRole('link', { name: 'Privacy' }).first()).toHaveAttribute('href', `${subPath}privacy/`);
  });

  test('the curriculum editor loads its data, checks and previews under the sub-path', async ({ page }) => {
    const site = new SitePage(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await site.open('educators/editor/', SUB);
    await expect(page.locator('#editor-status')).toHaveText('No problems: the file passes the checks.');
    const preview = page.getByRole('region', { name: 'Preview of the program page' });
    const role = preview.getByRole('table', { name: /^Role coverage of/ }).getByRole('link').first();
    await expect(role).toHaveAttribute('href', new RegExp(`^${subPath}roles/[a-z0-9-]+/$`));
    expect(requests.filter((p) => !p.startsWith(subPath)), 'requests outside the sub-path').toEqual([]);
  });

  test('an unknown path under the sub-path shows the not-found page', async ({ page }) => {
    const site = new SitePage(page);
    const response = await site.open('nope/', SUB);
    expect(response?.status()).toBe(404);
    await expect(site.heading).toHaveText('Page not found');
  });

  test.describe('installable and offline under the sub-path', () => {
    test.use({ serviceWorkers: 'allow' });

    test('the manifest, the service worker and its scope are under the sub-path', async ({ page }) => {
      const site = new SitePage(page);
      await site.open('', SUB);
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `${subPath}manifest.webmanifest`);
      await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#0b5d6b');

      const manifest = await page.request.get(`${SUB}manifest.webmanifest`);
      expect(manifest.headers()['content-type']).toBe('application/manifest+json');
      const json = await manifest.json();
      expect(json.name).toBe('Health Cyber Pathways');
      expect(json.start_url).toBe(subPath);
      expect(json.scope).toBe(subPath);
      expect(json.display).toBe('standalone');
      const icons: { src: string; sizes: string }[] = json.icons;
      expect(icons.map((i) => i.sizes)).toEqual(['any', '192x192', '512x512']);
      for (const icon of icons) {
        expect(icon.src.startsWith(subPath), icon.src).toBe(true);
        expect((await page.request.get(new URL(icon.src, SUB).toString())).status(), icon.src).toBe(200);
      }

      const worker = await (await page.request.get(`${SUB}sw.js`)).text();
      expect(worker).toContain(`const BASE = "${subPath}";`);
      const precache = JSON.parse(/const PRECACHE = (\[[^\]]*\]);/.exec(worker)?.[1] ?? '[]') as string[];
      expect(precache).toContain(subPath);
      expect(precache).toContain(`${subPath}hire/compare/`);
      expect(precache).toContain(`${subPath}offline.html`);
      expect(precache.filter((u) => !u.startsWith(subPath)), 'precached outside the sub-path').toEqual([]);
      for (const url of precache) {
        expect((await page.request.get(new URL(url, SUB).toString())).status(), url).toBe(200);
      }

      const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
      expect(new URL(scope).pathname).toBe(subPath);
    });
  });
});
