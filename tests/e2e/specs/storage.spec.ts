import { test, expect } from '../support/fixtures';
import { SitePage } from '../support/site';

// What the browser's storage does to a person's data when something goes wrong: a record from a
// newer version, a full storage, two tabs at once, and clearing.
test.describe('saved data', () => {
  test('a profile saved by a newer version stays as it is, and the page asks for a reload', async ({ page }) => {
    const newer = '{"version":99,"profile":{"experience":{"total_years":7}}}';
    await page.addInitScript((record) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('hcp.profile', record);
        sessionStorage.setItem('seeded', '1');
      }
    }, newer);
    const site = new SitePage(page);
    await site.open('assess/');
    await expect(page.getByRole('alert').filter({ hasText: 'newer version' })).toContainText('Reload the page');
    await page.getByLabel('Years of relevant experience').fill('2');
    await expect(page.getByLabel('Years of relevant experience')).toHaveValue('2');
    // Nothing was saved over the newer record, and it was not moved away.
    expect(await page.evaluate(() => localStorage.getItem('hcp.profile'))).toBe(newer);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('backup')))).toEqual([]);
  });

  test('a full storage says the answers could not be saved and offers the export', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('hcp.') && sessionStorage.getItem('full') === '1') {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return setItem.call(this, key, value);
      };
    });
    const site = new SitePage(page);
    await site.open('assess/');
    const years = page.getByLabel('Years of relevant experience');
    await years.fill('3');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('hcp.profile'))).toContain('"total_years":3');
    await page.evaluate(() => sessionStorage.setItem('full', '1'));
    await years.fill('4');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
    await expect(alert).toContainText('full');
    await expect(alert).toContainText('Export your data');
    await expect(page.getByRole('button', { name: 'Export my data' })).toBeVisible();
    // The last answer that fitted is still saved; the one on screen is not lost from the page.
    expect(await page.evaluate(() => localStorage.getItem('hcp.profile'))).toContain('"total_years":3');
    await expect(years).toHaveValue('4');
  });

  test('two tabs editing at once keep both answers', async ({ page, context }) => {
    const site = new SitePage(page);
    await site.open('assess/');
    const other = await context.newPage();
    const otherSite = new SitePage(other);
    await otherSite.open('assess/');

    await page.getByLabel('Years of relevant experience').fill('5');
    // The other tab follows the change before it makes its own.
    await expect(other.getByLabel('Years of relevant experience')).toHaveValue('5');
    await other.getByRole('checkbox', { name: /^Security\+/ }).check();
    await expect(page.getByRole('checkbox', { name: /^Security\+/ })).toBeChecked();

    const saved = await page.evaluate(() => localStorage.getItem('hcp.profile'));
    expect(saved).toContain('"total_years":5');
    expect(saved).toContain('security-plus');
    await other.close();
  });

  test('clearing needs its own click and removes the profile, its backups and the saved plans', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('hcp.profile.backup.1', '{"damaged":');
        localStorage.setItem('hcp.plans', '{"role":"ciso","saved":[]}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const site = new SitePage(page);
    await site.open('assess/');
    await page.getByLabel('Years of relevant experience').fill('3');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('hcp.profile'))).toContain('"total_years":3');

    // A double click shows the confirmation and does not pass it.
    await page.getByRole('button', { name: 'Clear my data' }).dblclick();
    const confirm = page.getByRole('button', { name: 'Yes, clear everything' });
    await expect(confirm).toBeVisible();
    await expect(page.getByLabel('Years of relevant experience')).toHaveValue('3');

    await confirm.click();
    await expect(page.getByRole('status')).toContainText('removed from this browser');
    await expect(page.getByLabel('Years of relevant experience')).toHaveValue('0');
    await expect(page.getByRole('heading', { name: 'Backups of records that could not be read' })).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hcp.')).sort()))
      .toEqual([]);
  });
});
