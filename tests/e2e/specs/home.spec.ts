import { test, expect } from '../support/fixtures';
import { SitePage } from '../support/site';

test.describe('home page', () => {
  test('speaks to job seekers, hiring managers, organizations and educators', async ({ page }) => {
    const site = new SitePage(page);
    const response = await site.open('');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('Health Cyber Pathways');
    await expect(site.header.getByRole('link', { name: 'Health Cyber Pathways' })).toBeVisible();
    await expect(site.heading).toHaveText("Build the health sector's cybersecurity workforce");
    for (const audience of [
      'I want a job in health-care cybersecurity',
      'I am hiring',
      'I run an organization',
      'I teach',
    ]) {
      await expect(site.main.getByRole('heading', { name: audience })).toBeVisible();
    }
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /cybersecurity career in health care/);
  });

  test('shows the catalog counts the build computed', async ({ page, request }) => {
    const site = new SitePage(page);
    await site.open('');
    const stats = await (await request.get('data/stats.json')).json();
    const counts = site.main.getByRole('list', { name: 'The catalog' });
    const kinds: Array<[number, RegExp]> = [
      [stats.roles, /roles?$/],
      [stats.credentials, /credentials?$/],
      [stats.institutions, /CAE institutions?$/],
    ];
    for (const [n, label] of kinds) {
      if (n > 0) await expect(counts.getByRole('link', { name: new RegExp(`^${n} .*`) }).filter({ hasText: label })).toHaveCount(1);
    }
  });

  test('is readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(process.env.BASE_URL ?? '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Build the health sector's cybersecurity workforce");
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' })).toBeVisible();
    await context.close();
  });
});
