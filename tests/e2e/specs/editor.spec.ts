import * as fs from 'node:fs';
import { test, expect } from '../support/fixtures';
import { SitePage } from '../support/site';

/** A certificate with two errors: a mistyped skill id (line 19) and a level out of range (line 26). */
const TWO_ERRORS = `+++
name = "Hospital Security Operations"
provider = "Example College"
kind = "certificate"
summary = "A two-course certificate for analysts in a hospital security operations center."
modality = "hybrid"
state = "MD"
duration_weeks = 30
hours_per_week = 6
cost_usd = 2400
url = "https://www.example.edu/hospital-soc"
sources = ["https://www.example.edu/hospital-soc"]
verified = 2026-11-22

[[modules]]
title = "Alert triage in a hospital"
hours = 45
credit_hours = 3
skills = [{ skill = "log-analysys", level = 2 }]
knowledge_units = ["CSF"]

[[modules]]
title = "Incident response for clinical systems"
hours = 45
credit_hours = 3
skills = [{ skill = "incident-response", level = 7 }]
nice_tks = ["K0680"]
outcomes = ["Lead the first hour of an incident on a clinical network."]
+++

Two courses taught on campus one evening a week, with labs online.
`;

test.describe('curriculum editor', () => {
  test('an educator pastes a curriculum with two errors, fixes both from the list, sees the coverage and downloads exactly the text', async ({ page }, testInfo) => {
    const site = new SitePage(page);
    await site.open('educators/');
    await site.main.getByRole('link', { name: 'curriculum editor' }).first().click();
    await expect(site.heading).toHaveText('Check a curriculum');
    await site.appReady();
    const status = page.locator('#editor-status');
    // It starts from an example the catalog accepts.
    await expect(status).toHaveText('No problems: the file passes the checks.');

    await page.getByLabel('Program id (the file name, without .md)').fill('hospital-soc');
    const editor = page.getByLabel('content/programs/hospital-soc.md');
    await editor.fill(TWO_ERRORS);
    await expect(status).toHaveText('2 errors found.');
    const problems = page.getByRole('region', { name: 'Problems' }).getByRole('listitem');
    await expect(problems).toHaveCount(2);
    await expect(problems.nth(0)).toContainText('error C012');
    await expect(problems.nth(0)).toContainText('unknown skill `log-analysys`');
    await expect(problems.nth(0)).toContainText('did you mean `log-analysis`?');
    await expect(problems.nth(1)).toContainText('error C008');
    await expect(problems.nth(1)).toContainText('`modules[1].skills[0].level` is 7, outside 1–4');
    await expect(page.getByText('The coverage appears once the file')).toBeVisible();

    // Each problem's place selects the offending text; typing replaces it.
    await problems.nth(0).getByRole('button', { name: 'Line 19, column 21' }).click();
    await expect(editor).toBeFocused();
    expect(await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('"log-analysys"');
    await page.keyboard.type('"log-analysis"');
    await expect(status).toHaveText('1 error found.');
    await problems.nth(0).getByRole('button', { name: 'Line 26, column 50' }).click();
    expect(await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('7');
    await page.keyboard.type('2');
    await expect(status).toHaveText('No problems: the file passes the checks.');
    await expect(problems).toHaveCount(0);

    // The coverage and the page the build would render.
    const coverage = page.getByRole('region', { name: 'What it prepares for' });
    await expect(coverage).toContainText('Roles:');
    await expect(coverage).toContainText(/NICE work roles: \d+ with statements covered; most covered .+ \(1 of \d+\)\./);
    await expect(coverage).toContainText('CAE-CD foundational: 1 of 3');
    const preview = page.getByRole('region', { name: 'Preview of the program page' });
    await expect(preview.getByRole('heading', { level: 3 }).first()).toHaveText('Hospital Security Operations');
    await expect(preview.getByRole('table', { name: 'Modules of Hospital Security Operations' }).getByRole('row')).toHaveCount(3);
    await expect(preview.getByRole('table', { name: 'Role coverage of Hospital Security Operations', exact: true })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'Roles it prepares for' })).toBeVisible();

    const expected = TWO_ERRORS.replace('log-analysys', 'log-analysis').replace('level = 7', 'level = 2');
    expect(await editor.inputValue()).toBe(expected);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .md' }).click();
    const md = await download;
    expect(md.suggestedFilename()).toBe('hospital-soc.md');
    const file = testInfo.outputPath('hospital-soc.md');
    await md.saveAs(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(expected);

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the coverage as CSV' }).click();
    const csvFile = testInfo.outputPath('coverage.csv');
    await (await csvDownload).saveAs(csvFile);
    const csv = fs.readFileSync(csvFile, 'utf8');
    expect(csv.split('\n')[0]).toBe('kind,id,title,covered,total,share,missing');
    expect(csv).toContain('knowledge-unit-group,foundational');

    // The pull request link carries the file name and, for a short file, its text.
    const propose = page.getByRole('link', { name: 'Create the file on GitHub' });
    const href = await propose.getAttribute('href');
    expect(href).toContain('/new/main/content/programs?filename=hospital-soc.md&value=');
    expect(decodeURIComponent(href!.split('&value=')[1])).toBe(expected);

    // The draft is kept across a reload; replacing it can be undone.
    await page.reload();
    await site.appReady();
    await expect(page.getByLabel('content/programs/hospital-soc.md')).toHaveValue(expected);
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await expect(page.getByLabel('Program id (the file name, without .md)')).toHaveValue('health-soc-certificate');
    await expect(status).toHaveText('No problems: the file passes the checks.');
    await page.getByRole('button', { name: 'Put it back' }).click();
    await expect(page.getByLabel('content/programs/hospital-soc.md')).toHaveValue(expected);
  });

  test('bad input gets a message and loses nothing: a bad file name, an over-long paste, a damaged draft', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('educators/editor/');
    const status = page.locator('#editor-status');
    await expect(status).toHaveText('No problems: the file passes the checks.');

    await page.getByLabel('Program id (the file name, without .md)').fill('Hospital SOC');
    await expect(status).toHaveText('1 error found.');
    await expect(page.getByRole('region', { name: 'Problems' })).toContainText('rename the file to `hospital-soc.md`');

    await page.getByLabel('Program id (the file name, without .md)').fill('big');
    const huge = 'x'.repeat(600 * 1024);
    await page.getByLabel('content/programs/big.md').fill(huge);
    await expect(page.getByRole('region', { name: 'Problems' })).toContainText('the editor checks files of up to 512 KB');
    await expect(page.getByLabel('content/programs/big.md')).toHaveValue(huge);

    // A draft that cannot be read is kept as a backup and said; the example is shown.
    await page.evaluate(() => localStorage.setItem('hcp.editor', '{"id": 3'));
    await page.reload();
    await site.appReady();
    await expect(page.getByRole('alert')).toContainText('Your saved curriculum draft could not be read');
    await expect(status).toHaveText('No problems: the file passes the checks.');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hcp.profile.backup.editor.')));
    expect(backups).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), backups[0])).toBe('{"id": 3');
  });
});
