import * as fs from 'node:fs';
import { test, expect } from '../support/fixtures';
import { AssessPage, tabTo } from '../support/assess';
import { SitePage } from '../support/site';

const ROLE = 'soc-analyst';

test.describe('self-assessment', () => {
  test('an assessment completed by keyboard alone gives results with gaps and a plan hand-off', async ({ page }) => {
    test.setTimeout(120_000);
    const site = new SitePage(page);
    await site.open(`assess/${ROLE}/`);
    const assess = new AssessPage(page);
    await expect(assess.main.getByText('nothing you enter is sent anywhere')).toBeVisible();
    await assess.completeByKeyboard();
    await expect(assess.results).toBeVisible();
    await expect(assess.main.getByText(/out of 100/)).toBeVisible();
    await expect(assess.main.getByRole('img', { name: /Your estimated level in each skill/ })).toBeVisible();
    await expect(assess.main.getByRole('table', { name: 'Your levels against the role' }).getByRole('row')).not.toHaveCount(1);
    await expect(assess.main.getByRole('heading', { name: 'Gaps, largest first' })).toBeVisible();
    await expect(assess.main.getByRole('link', { name: 'Plan my path to this role' })).toHaveAttribute('href', /plan\/\?role=soc-analyst$/);
  });

  test('progress is saved: a reload resumes where the person left off', async ({ page }) => {
    const site = new SitePage(page);
    await site.open(`assess/${ROLE}/`);
    const assess = new AssessPage(page);
    await expect(assess.progress).toHaveText(/^0 of /);
    await assess.rating('Level 3').check();
    const check = assess.main.getByRole('button', { name: 'Check answer' });
    await expect(check).toBeVisible();
    await page.reload();
    await site.appReady();
    await expect(assess.rating('Level 3')).toBeChecked();
    await expect(assess.main.getByRole('button', { name: 'Check answer' })).toBeVisible();
  });

  test('export, clear and import restore everything; a bad file changes nothing', async ({ page }, testInfo) => {
    const site = new SitePage(page);
    await site.open(`assess/${ROLE}/`);
    const assess = new AssessPage(page);
    await assess.rating('Level 4').check();
    await site.open('assess/');
    await page.getByLabel('Years of relevant experience').fill('3');
    await page.getByLabel('Years of it in health care').fill('1');
    await page.getByRole('checkbox', { name: /^Security\+/ }).check();
    const saved = await page.evaluate(() => localStorage.getItem('hcp.profile'));
    expect(saved).toContain('"total_years":3');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    const file = testInfo.outputPath('profile.json');
    await (await download).saveAs(file);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).version).toBe(2);

    await page.getByRole('button', { name: 'Clear my data' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(page.getByRole('status')).toContainText('removed from this browser');
    await expect(page.getByLabel('Years of relevant experience')).toHaveValue('0');
    await expect(page.getByRole('checkbox', { name: /^Security\+/ })).not.toBeChecked();

    await page.getByLabel('Import data').setInputFiles(file);
    await expect(page.getByRole('status')).toContainText('Your profile was imported');
    await expect(page.getByLabel('Years of relevant experience')).toHaveValue('3');
    await expect(page.getByRole('checkbox', { name: /^Security\+/ })).toBeChecked();

    await page.getByLabel('Import data').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version":2,"profile":{"experience":{"total_years":-4}}}') });
    await expect(page.getByRole('status')).toContainText('That file was not imported');
    await expect(page.getByRole('status')).toContainText('Your current data has not changed');
    await expect(page.getByLabel('Years of relevant experience')).toHaveValue('3');
    expect(await page.evaluate(() => localStorage.getItem('hcp.profile'))).toContain('"total_years":3');
  });

  test('bad input in the background form is explained and not saved', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('assess/');
    const years = page.getByLabel('Years of relevant experience');
    await years.fill('2');
    await page.getByLabel('Years of it in health care').fill('5');
    await expect(page.getByText('Health-care years cannot be more than your total years.')).toBeVisible();
    await expect(page.getByLabel('Years of it in health care')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.evaluate(() => localStorage.getItem('hcp.profile'))).toContain('"healthcare_years":0');
  });

  test('a share link opens the same results in a fresh browser; a tampered one is refused', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const site = new SitePage(page);
    await site.open(`assess/${ROLE}/`);
    const assess = new AssessPage(page);
    await assess.completeByKeyboard();
    const score = await assess.main.locator('.score').textContent();
    const link = await page.getByLabel('Share these results').inputValue();
    expect(link).toContain('#r=1.');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: /^Shared results/ })).toBeVisible();
    await expect(other.locator('main .score')).toHaveText(score ?? '');
    expect(await other.evaluate(() => localStorage.getItem('hcp.profile'))).toBeNull();

    // A link cut short, then one with a changed character: a clear error, nothing saved.
    await other.goto(link.slice(0, -12));
    await other.reload();
    await expect(other.getByRole('alert')).toContainText('This results link cannot be opened');
    const flipped = link.replace(/#r=1\.(.)/, (_m, c: string) => `#r=1.${c === 'A' ? 'B' : 'A'}`);
    await other.goto(flipped);
    await other.reload();
    await expect(other.getByRole('alert')).toContainText('not valid');
    expect(await other.evaluate(() => localStorage.getItem('hcp.profile'))).toBeNull();
    await fresh.close();
  });

  test('a damaged saved record is kept as a backup and reported, never dropped', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('hcp.profile', '{"version":2,"profile":{"experience":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const site = new SitePage(page);
    await site.open('assess/');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText('kept as a backup');
    await expect(page.getByRole('button', { name: 'Download backup' })).toBeVisible();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const backup = keys.find((k) => k.startsWith('hcp.profile.backup.'));
    expect(backup).toBeTruthy();
    expect(await page.evaluate((k) => localStorage.getItem(k!), backup)).toBe('{"version":2,"profile":{"experience":');
  });

  test('after an assessment every role is ranked by fit', async ({ page }) => {
    const site = new SitePage(page);
    await site.open(`assess/${ROLE}/`);
    const assess = new AssessPage(page);
    await assess.rating('Level 2').check();
    await site.open('assess/');
    const table = page.getByRole('table', { name: 'Every role, best fit first' });
    await expect(table).toBeVisible();
    expect(await table.getByRole('row').count()).toBeGreaterThan(30);
  });

  test('the assessment page works by keyboard from the role page', async ({ page }) => {
    const site = new SitePage(page);
    await site.open(`roles/${ROLE}/`);
    const start = page.getByRole('link', { name: 'Assess yourself against this role' });
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/assess/${ROLE}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Assess yourself: /);
  });

  test('years by exam domain are asked for a credential whose experience must span several domains, checked and kept', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('assess/');
    await page.getByLabel('Years of relevant experience').fill('6');
    // CRISC and CCISO have such rules too; each credential has its own list.
    await expect(page.getByText(/^Your experience by (CISSP|CRISC|CCISO) exam domain/)).toHaveCount(3);
    const domains = page.locator('details', { hasText: 'Your experience by CISSP exam domain (CISSP asks that it span at least 2 of its 8)' });
    await domains.getByText('Your experience by CISSP exam domain').click();
    const operations = domains.getByLabel('Security Operations', { exact: true });
    await operations.fill('9');
    await expect(domains.getByRole('alert').filter({ hasText: 'Years in a domain cannot be more than your total years.' })).toBeVisible();
    await operations.fill('6');
    await expect(domains.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
    await domains.getByLabel('Asset Security', { exact: true }).fill('2');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hcp.profile')!).profile.experience.by_domain);
    expect(saved).toEqual({ 'security-operations': 6, 'asset-security': 2 });
    // Emptying a domain takes it back out: the person has not said.
    await domains.getByLabel('Asset Security', { exact: true }).fill('');
    await page.reload();
    await site.appReady();
    await domains.getByText('Your experience by CISSP exam domain').click();
    await expect(domains.getByLabel('Security Operations', { exact: true })).toHaveValue('6');
    await expect(domains.getByLabel('Asset Security', { exact: true })).toHaveValue('');
  });
});
