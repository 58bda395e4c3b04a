import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import { test, expect } from '../support/fixtures';
import { AssessPage } from '../support/assess';
import { SitePage } from '../support/site';

test.describe('planner', () => {
  test('from a finished assessment to a dated plan', async ({ page }) => {
    test.setTimeout(120_000);
    const site = new SitePage(page);
    await site.open('assess/soc-analyst/');
    await new AssessPage(page).completeByKeyboard();
    await page.getByRole('link', { name: 'Plan my path to this role' }).click();
    await expect(page).toHaveURL(/\/plan\/\?role=soc-analyst$/);
    await expect(page.getByLabel('Target role')).toHaveValue('soc-analyst');
    await expect(page.getByRole('heading', { level: 2, name: /^(Plan to|No plan to) SOC Analyst/ })).toBeVisible();
    await page.getByLabel('Budget (US dollars)').fill('20000');
    await expect(page.getByRole('heading', { level: 2, name: 'Plan to SOC Analyst' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Timeline of the plan/ })).toBeVisible();
    const steps = page.getByRole('table', { name: 'Steps' }).getByRole('row');
    expect(await steps.count()).toBeGreaterThan(1);
  });

  test('changing the budget changes the plan, and a budget too small says what would fit', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('plan/?role=ciso');
    const budget = page.getByLabel('Budget (US dollars)');
    await budget.fill('50000');
    const total = page.locator('.results .score strong').first();
    await expect(total).toBeVisible();
    const generous = await total.textContent();
    await budget.fill('3000');
    await expect(total).not.toHaveText(generous ?? '');
    // CISO has routes through exams whose price the catalog does not list: with $10, the plan
    // takes one of them and says its fee is not counted, rather than calling it free.
    await budget.fill('10');
    await expect(page.getByText(/plus the \S+ exam fee \(not listed in the catalog; check with the issuer\)/)).toBeVisible();
    // A SOC manager's every route has a listed price: $10 covers none, and the cheapest is named.
    await page.getByLabel('Target role').selectOption('soc-manager');
    await expect(page.getByRole('status').filter({ hasText: 'budget covers no route' })).toHaveText(/A \$10 budget covers no route to this role; the cheapest route costs \$[\d,]+\./);
    await budget.fill('-5');
    await expect(page.getByText('Enter an amount in dollars, such as 1500.')).toBeVisible();
  });

  test('a link to a role the catalog does not have says so instead of planning another role silently', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('plan/?role=no-such-role');
    await expect(page.getByRole('alert').filter({ hasText: 'no-such-role' })).toHaveText('The link asks for the role “no-such-role”, which this catalog does not have. Choose a target role below.');
    await expect(page.getByLabel('Target role')).toBeVisible();
  });

  test('the calendar file holds the milestones', async ({ page }, testInfo) => {
    const site = new SitePage(page);
    await site.open('plan/?role=privacy-analyst');
    await page.getByLabel('Budget (US dollars)').fill('20000');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).first().click();
    const file = testInfo.outputPath('plan.ics');
    await (await download).saveAs(file);
    const ics = fs.readFileSync(file, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const steps = await page.getByRole('table', { name: 'Steps' }).locator('tbody tr').count();
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(steps);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
  });

  test('a shared plan reopens identically in a fresh browser; a tampered one is refused', async ({ page, browser }) => {
    const site = new SitePage(page);
    await site.open('plan/?role=soc-analyst');
    await page.getByLabel('Budget (US dollars)').fill('15000');
    await page.getByLabel('Hours a week for study').fill('12');
    const table = page.getByRole('table', { name: 'Steps' });
    await expect(table).toBeVisible();
    const mine = (await table.textContent()) ?? '';
    expect(mine.length).toBeGreaterThan(0);
    const link = await page.getByLabel('Share this plan').inputValue();
    expect(link).toContain('#p=1.');
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByText('This plan was shared with you')).toBeVisible();
    await expect(other.getByRole('table', { name: 'Steps' })).toHaveText(mine);
    await other.goto(link.replace(/#p=1\.(..)/, '#p=1.zz'));
    await other.reload();
    await expect(other.getByRole('alert')).toContainText('This plan link cannot be opened');
    await fresh.close();
  });

  test('the settings are kept in the browser', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('plan/?role=soc-analyst');
    await page.getByLabel('Budget (US dollars)').fill('4321');
    await page.getByRole('radio', { name: 'Fastest' }).check();
    await page.reload();
    await site.appReady();
    await expect(page.getByLabel('Budget (US dollars)')).toHaveValue('4321');
    await expect(page.getByRole('radio', { name: 'Fastest' })).toBeChecked();
  });

  test('damaged saved settings are kept as a backup and reported; the planner still works', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('hcp.plan', '{"budget_usd":"lots"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const site = new SitePage(page);
    await site.open('plan/?role=soc-analyst');
    await expect(page.getByRole('alert').filter({ hasText: 'plan settings could not be read' })).toContainText('kept as a backup');
    await expect(page.getByLabel('Budget (US dollars)')).toHaveValue('2000');
    await expect(page.getByRole('heading', { level: 2, name: /^(Plan to|No plan to) SOC Analyst/ })).toBeVisible();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const backup = keys.find((k) => k.startsWith('hcp.profile.backup.plan.'));
    expect(backup).toBeTruthy();
    expect(await page.evaluate((k) => localStorage.getItem(k!), backup)).toBe('{"budget_usd":"lots"');
  });

  test('a custom role carried in a link is planned for; one naming unknown skills is refused', async ({ page, browser }) => {
    const site = new SitePage(page);
    await site.open('plan/?role=soc-analyst');
    await page.getByLabel('Budget (US dollars)').fill('5000');
    await expect(page.getByRole('table', { name: 'Steps' })).toBeVisible();
    const link = await page.getByLabel('Share this plan').inputValue();
    // Rewrite the link as another tool would: the same settings, a role defined by its skills.
    const [address, fragment] = link.split('#p=1.');
    const shared = JSON.parse(zlib.inflateRawSync(Buffer.from(fragment, 'base64url')).toString());
    const withRole = (skills: { skill: string; level: number }[]) => {
      const data = { ...shared, role: 'custom-role', custom_role: { title: 'Clinical SOC analyst', skills, credentials: ['security-plus'], min_years: 1 } };
      return `${address}#p=1.${zlib.deflateRawSync(Buffer.from(JSON.stringify(data))).toString('base64url')}`;
    };
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(withRole([{ skill: 'incident-response', level: 3 }, { skill: 'log-analysis', level: 3 }]));
    await expect(other.getByText('This plan was shared with you')).toBeVisible();
    await expect(other.getByLabel('Target role')).toHaveValue('custom-role');
    await expect(other.getByRole('heading', { level: 2, name: /^(Plan to|No plan to) Clinical SOC analyst/ })).toBeVisible();
    await other.goto(withRole([{ skill: 'telepathy', level: 2 }]));
    await other.reload();
    await expect(other.getByRole('alert')).toContainText('asks for skills this catalog does not have: telepathy');
    await fresh.close();
  });

  test('plans are saved in the browser, reopened and deleted', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('plan/?role=privacy-officer');
    const budget = page.getByLabel('Budget (US dollars)');
    await budget.fill('3500');
    await page.getByRole('button', { name: 'Save this plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved the plan to Privacy Officer.' })).toBeVisible();
    await page.getByLabel('Target role').selectOption('soc-analyst');
    await budget.fill('900');
    // The last role and settings come back on a plain visit.
    await site.open('plan/');
    await expect(page.getByLabel('Target role')).toHaveValue('soc-analyst');
    await expect(budget).toHaveValue('900');
    const saved = page.getByRole('region', { name: 'Your saved plans' });
    await expect(saved.getByRole('listitem')).toHaveCount(1);
    await expect(saved.getByRole('listitem')).toContainText('Privacy Officer · $3,500 budget');
    await saved.getByRole('button', { name: 'Open the saved plan to Privacy Officer' }).click();
    await expect(page.getByLabel('Target role')).toHaveValue('privacy-officer');
    await expect(budget).toHaveValue('3500');
    await expect(page.getByRole('heading', { level: 2, name: /^(Plan to|No plan to) Privacy Officer/ })).toBeVisible();
    await saved.getByRole('button', { name: 'Delete the saved plan to Privacy Officer' }).click();
    await expect(saved).toHaveCount(0);
  });
});
