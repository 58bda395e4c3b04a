import { test, expect } from '../support/fixtures';
import { SitePage } from '../support/site';

test.describe('explore', () => {
  test('role filters change the results and live in the URL', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('roles/');
    const filters = page.getByRole('search', { name: 'Filter roles' });
    const status = filters.getByRole('status');
    await expect(status).toHaveText(/^Showing all \d+ roles$/);
    const cards = site.main.locator('li.card:visible');
    const all = await cards.count();
    await filters.getByLabel('Stage').selectOption('leadership');
    await expect(status).toHaveText(/^Showing \d+ of \d+ roles$/);
    const leaders = await cards.count();
    expect(leaders).toBeGreaterThan(0);
    expect(leaders).toBeLessThan(all);
    await expect(site.main.getByRole('heading', { name: 'Chief Information Security Officer', exact: false }).first()).toBeVisible();
    await expect(page).toHaveURL(/\?stage=leadership$/);
    await filters.getByLabel('Contains').fill('privacy');
    await expect(site.main.getByRole('link', { name: /Privacy Officer/ })).toBeVisible();
    await expect(site.main.getByRole('link', { name: 'SOC Analyst' })).toBeHidden();
    await filters.getByLabel('Contains').fill('no such words here');
    await expect(status).toContainText('No roles match these filters');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toHaveText(/^Showing all \d+ roles$/);
    await expect(page).toHaveURL(/\/roles\/$/);
  });

  test('a filtered list opens from its URL', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('roles/?family=privacy');
    const filters = page.getByRole('search', { name: 'Filter roles' });
    await expect(filters.getByLabel('Family')).toHaveValue('privacy');
    await expect(filters.getByRole('status')).toHaveText(/^Showing \d+ of \d+ roles$/);
    await expect(site.main.getByRole('link', { name: 'SOC Analyst' })).toBeHidden();
  });

  test('program filters, and the CAE directory (its own page) filtered by state and designation', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('programs/');
    const programs = page.getByRole('search', { name: 'Filter programs' });
    await programs.getByLabel('Cost at most').selectOption({ label: 'Free' });
    await expect(programs.getByRole('status')).toHaveText(/^Showing \d+ of \d+ programs$/);
    await expect(site.main.getByRole('link', { name: 'Knowledge on Demand', exact: false }).first()).toBeVisible();
    await expect(site.main.locator('li.card[data-cost="0"]:visible')).not.toHaveCount(0);
    await expect(site.main.locator('li.card[data-kind]:not([data-cost="0"]):visible')).toHaveCount(0);

    // The CAE directory has its own page, reached from the programs list.
    await site.main.getByRole('link', { name: 'Find a CAE-designated institution by state and designation' }).click();
    await expect(page).toHaveURL(/\/programs\/cae\/$/);
    await expect(site.main.getByRole('heading', { level: 1, name: 'Centers of Academic Excellence' })).toBeVisible();
    const cae = page.getByRole('search', { name: 'Filter CAE institutions' });
    await cae.getByLabel('State').selectOption('MD');
    await cae.getByLabel('Designation').selectOption('CAE-R');
    const rows = page.getByRole('table', { name: 'CAE-designated institutions by state' }).locator('tbody tr:visible');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const state of await rows.locator('td:nth-of-type(2)').allTextContents()) expect(state).toBe('MD');
    await expect(page).toHaveURL(/cae_state=MD/);
  });

  test('a role page links to its credentials and back', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('roles/soc-analyst/');
    await site.main.getByRole('link', { name: 'Security+', exact: true }).first().click();
    await expect(site.heading).toHaveText(/^Security\+/);
    await expect(site.main.getByRole('heading', { name: 'Roles that accept it' })).toBeVisible();
    const section = site.main.getByRole('region', { name: 'Roles and programs' });
    await section.getByRole('link', { name: 'SOC Analyst' }).click();
    await expect(site.heading).toHaveText('SOC Analyst');
    await page.goBack();
    await expect(site.heading).toHaveText(/^Security\+/);
  });

  test('a skill page shows its four levels and the roles that need it', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('skills/log-analysis/');
    await expect(site.main.getByRole('heading', { level: 3, name: /^Level \d/ })).toHaveCount(4);
    await expect(site.main.getByRole('table', { name: /Roles that need/ })).toBeVisible();
  });

  test('a credential page explains eligibility in plain words and the cost of keeping it', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('credentials/cissp/');
    await expect(site.main.getByText(/5 years of relevant paid work experience/)).toBeVisible();
    await expect(site.main.getByText(/Associate of ISC2/).first()).toBeVisible();
    await expect(site.main.getByText(/a year to keep/)).toBeVisible();
    await expect(site.main.getByRole('img', { name: /Exam domain weights/ })).toBeVisible();
    await site.open('credentials/chps/');
    await expect(site.main.getByText(/depends on your education/)).toBeVisible();
  });
});

test.describe('search', () => {
  test('"privacy" finds the privacy officer role, by keyboard, with the query in the URL', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('search/');
    const box = page.getByRole('searchbox', { name: /Search roles/ });
    await box.focus();
    await page.keyboard.type('privacy');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “privacy”$/);
    const results = site.main.getByRole('list').last();
    await expect(results.getByRole('link', { name: 'Privacy Officer' })).toBeVisible();
    await expect(page).toHaveURL(/\/search\/\?q=privacy$/);
    await page.getByRole('button', { name: /^Role \(\d+\)$/ }).click();
    await expect(results.getByRole('link', { name: 'Privacy Officer' })).toBeVisible();
    await expect(results.getByText('Credential', { exact: true })).toHaveCount(0);
    await page.keyboard.press('Tab');
    await results.getByRole('link', { name: 'Privacy Officer' }).click();
    await expect(site.heading).toHaveText('Privacy Officer');
  });

  test('"hcisp" finds HCISPP, and a typo is forgiven', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('search/?q=hcisp');
    await expect(site.main.getByRole('link', { name: /^HCISPP/ }).first()).toBeVisible();
    await page.getByRole('searchbox').fill('incident respnse');
    await expect(site.main.getByRole('link', { name: 'Incident Responder' })).toBeVisible();
    await page.getByRole('searchbox').fill('zzqqxx');
    await expect(page.getByRole('status')).toContainText('No results for “zzqqxx”');
  });
});
