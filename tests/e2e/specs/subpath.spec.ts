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

  test('an unknown path under the sub-path shows the not-found page', async ({ page }) => {
    const site = new SitePage(page);
    const response = await site.open('nope/', SUB);
    expect(response?.status()).toBe(404);
    await expect(site.heading).toHaveText('Page not found');
  });
});
