import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { SitePage } from '../support/site';

/** Fills the organization form; numbers are typed as a person would. */
async function describe(
  page: Page,
  o: { name: string; size: 'Small' | 'Medium' | 'Large'; cah?: boolean; staff: string; it: string; security: string; budget: string; state: string; provider?: boolean },
) {
  await page.getByLabel('Name of this plan (optional)').fill(o.name);
  await page.getByLabel('Kind of organization').selectOption({ label: 'Provider' });
  await page.getByRole('radio', { name: o.size, exact: true }).check();
  if (o.cah) await page.getByLabel('We are a critical access hospital (HICP counts these as medium)').check();
  await page.getByLabel('All staff', { exact: true }).fill(o.staff);
  await page.getByLabel('IT staff', { exact: true }).fill(o.it);
  await page.getByLabel('Security and privacy staff').fill(o.security);
  await page.getByLabel('Yearly budget for security staff, services and training (US dollars)').fill(o.budget);
  await page.getByLabel('State').selectOption(o.state);
  if (o.provider) await page.getByLabel('A managed security or IT service provider is already under contract').check();
}

function rolesTable(page: Page) {
  return page.getByRole('table', { name: 'Roles to act on' });
}

function routeOf(page: Page, role: string) {
  return rolesTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${role}`) }) }).locator('td.route');
}

/** A plan link as the app writes it: `o=1.` and base64url(deflate-raw(JSON)). */
function planLink(input: unknown): string {
  return `o=1.${zlib.deflateRawSync(Buffer.from(JSON.stringify(input))).toString('base64url')}`;
}

test.describe('organization workforce plan', () => {
  test('a three-physician clinic: the security official grown in-house, the technical work outsourced, no hires, a quarterly phishing calendar', async ({ page }, testInfo) => {
    const site = new SitePage(page);
    await site.open('org/');
    await page.getByRole('link', { name: 'Plan your own workforce' }).click();
    await expect(site.heading).toHaveText('Plan your security workforce');
    await site.appReady();
    await describe(page, { name: 'Riverside Family Medicine', size: 'Small', staff: '12', it: '0', security: '0', budget: '30,000', state: 'OH' });
    await expect(page.getByRole('heading', { name: 'Your plan: Riverside Family Medicine' })).toBeVisible();
    await expect(routeOf(page, 'HIPAA Security Officer')).toHaveText('Upskill');
    await expect(rolesTable(page)).toContainText('45 CFR §164.308(a)(2)');
    await expect(routeOf(page, 'Systems Administrator')).toHaveText('Outsource');
    await expect(routeOf(page, 'IT Help Desk Technician')).toHaveText('Outsource');
    await expect(rolesTable(page).locator('td.route', { hasText: /^Hire$/ })).toHaveCount(0);
    const budget = page.getByRole('table', { name: "Costs in the plan's first 12 months" });
    await expect(budget.getByRole('row', { name: /Managed security service at \$1,500 a month/ })).toContainText('$18,000');
    await expect(budget.getByRole('row', { name: /^Left/ })).toBeVisible();
    await expect(page.getByRole('region', { name: '12-month timeline' }).getByRole('rowheader', { name: 'Choose a managed security provider' })).toBeVisible();
    const calendar = page.getByRole('table', { name: 'Awareness calendar' });
    await expect(calendar.locator('tbody tr')).toHaveCount(12);
    await expect(calendar.locator('tbody tr').first()).toContainText('Launch');
    await expect(calendar.getByText('+ phishing exercise')).toHaveCount(3);
    await expect(page.getByText('4 simulated phishing exercises a year')).toBeVisible();
    await expect(page.getByRole('article', { name: 'Poster: Social Engineering' })).toContainText('Report suspicious messages');
    await expect(page.getByText(/CAE-designated institutions in OH \(\d+\)/)).toBeVisible();
    // Free help for a small practice; the rural programs once it says it is rural.
    const help = page.locator('ul.support-list');
    await expect(help.getByRole('heading', { name: 'Security Risk Assessment (SRA) Tool' })).toBeVisible();
    await expect(help.getByRole('heading', { name: 'Cybersecurity Program for Rural Hospitals' })).toHaveCount(0);
    await page.getByLabel('We serve a rural area (a critical access hospital always does)').check();
    await expect(help.getByRole('heading', { name: 'Cybersecurity Program for Rural Hospitals' })).toBeVisible();
    await expect(help.getByRole('heading', { name: 'Rural Health Transformation Program' })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    const file = await (await download).path();
    const ics = fs.readFileSync(file!, 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(15);
    expect(ics).toContain('SUMMARY:Simulated phishing exercise');

    await page.screenshot({ path: testInfo.outputPath('clinic.png'), fullPage: true });
    // Kept across a reload.
    await page.reload();
    await site.appReady();
    await expect(page.getByLabel('All staff', { exact: true })).toHaveValue('12');
    await expect(page.getByRole('heading', { name: 'Your plan: Riverside Family Medicine' })).toBeVisible();
  });

  test('a 25-bed critical access hospital: planned as medium, monitoring with its provider, IT staff upskilled with dated training, monthly phishing', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('org/plan/');
    await describe(page, { name: 'Prairie County Hospital', size: 'Small', cah: true, staff: '180', it: '6', security: '0', budget: '150000', state: 'NE', provider: true });
    await expect(page.getByText('HICP counts critical access hospitals as medium organizations')).toBeVisible();
    await expect(page.getByText(/from the profile “Community hospital or large group practice/)).toBeVisible();
    // Medium sub-practices are offered once the size is medium.
    await expect(page.getByRole('group', { name: '1. Email Protection Systems' }).getByLabel('1.M.A Basic E-mail Protection Controls')).toBeVisible();
    await expect(routeOf(page, 'SOC Analyst')).toHaveText('Outsource');
    await expect(rolesTable(page).getByRole('row', { name: /^SOC Analyst/ })).toContainText('Your managed provider');
    await expect(routeOf(page, 'Systems Administrator')).toHaveText('Your IT staff');
    await expect(routeOf(page, 'Endpoint Security Administrator')).toHaveText('Upskill');
    await expect(rolesTable(page).getByRole('row', { name: /^Endpoint Security Administrator/ })).toContainText(/Training plan for 1 person: \d+ steps, ready by \d+ \w+ \d{4}/);
    await expect(rolesTable(page).locator('td.route', { hasText: /^Hire$/ })).toHaveCount(0);
    const budget = page.getByRole('table', { name: "Costs in the plan's first 12 months" });
    await expect(budget.getByRole('row', { name: /Managed provider: already under contract/ })).toContainText('$0');
    await expect(budget.getByRole('row', { name: /Training and exams for \d+ staff members/ })).toBeVisible();
    await expect(page.getByText('A simulated phishing exercise every month')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Awareness calendar' }).getByText('+ phishing exercise')).toHaveCount(11);
    await expect(page.getByText(/CAE-designated institutions in NE/)).toBeVisible();
    await expect(page.getByText(/In the neighbouring states \(CO, IA, KS, MO, SD, WY\)/)).toBeVisible();
    await expect(page.getByLabel('We serve a rural area (a critical access hospital always does)')).toBeChecked();
    await expect(page.locator('ul.support-list').getByRole('heading', { name: 'Cybersecurity Program for Rural Hospitals' })).toBeVisible();

    // Ticking sub-practices moves a practice to partly and then fully in place.
    const email = page.getByRole('group', { name: '1. Email Protection Systems' });
    const status = page.getByRole('table', { name: 'HICP practices' }).getByRole('row', { name: /^1\. Email Protection Systems/ }).locator('td').first();
    await expect(status).toHaveText('Missing');
    await email.getByLabel('1.M.A Basic E-mail Protection Controls').check();
    await expect(status).toHaveText('Partly in place');
    for (const sub of ['1.M.B Multifactor Authentication for Remote E-mail Access', '1.M.C E-mail Encryption', '1.M.D Workforce Education']) {
      await email.getByLabel(sub).check();
    }
    await expect(status).toHaveText('In place');
  });

  test('a five-hospital system: hires a SOC, fills the officials from its own staff, defers what the budget cannot carry', async ({ page }, testInfo) => {
    const site = new SitePage(page);
    await site.open('org/plan/');
    await describe(page, { name: 'Keystone Health (five hospitals)', size: 'Large', staff: '15000', it: '400', security: '6', budget: '2000000', state: 'PA' });
    await page.getByRole('group', { name: '1. Email Protection Systems' }).getByLabel('All of it is in place').check();
    await expect(page.getByText(/from the profile “Health system or academic medical center/)).toBeVisible();
    await expect(routeOf(page, 'HIPAA Security Officer')).toHaveText('Your security staff');
    await expect(routeOf(page, 'SOC Analyst')).toHaveText('Hire');
    await expect(routeOf(page, 'Identity and Access Management Analyst')).toHaveText('Upskill');
    const budget = page.getByRole('table', { name: "Costs in the plan's first 12 months" });
    await expect(budget.getByRole('row', { name: /New hires: [\d.]+ FTE at \$124,910 a year, from month 4/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'HICP practices' }).getByRole('row', { name: /^1\. Email Protection Systems/ })).toContainText('In place');
    // A budget this size cannot carry every hire: the recommended ones wait for year 2.
    await expect(rolesTable(page).locator('td.route', { hasText: 'Deferred to year 2' }).first()).toBeVisible();
    await expect(page.getByText('A simulated phishing exercise every month')).toBeVisible();

    // The existing team: two staff results links and a line that is not one.
    const staff = (skills: Record<string, number>) => {
      const profile = { skills: Object.fromEntries(Object.entries(skills).map(([k, v]) => [k, { self_rating: v }])) };
      return `${process.env.BASE_URL}assess/soc-analyst/#r=1.${zlib.deflateRawSync(Buffer.from(JSON.stringify({ role: 'soc-analyst', profile }))).toString('base64url')}`;
    };
    await page.getByLabel('Results links, one per line').fill(
      `Dana | ${staff({ 'log-analysis': 3, 'incident-response': 3, 'networking-fundamentals': 2, 'endpoint-protection': 2, 'email-security': 2, 'windows-administration': 2 })}\nnot a link\nEli | ${staff({ 'log-analysis': 1 })}`,
    );
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added 2 people.' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Line 2: not a results link' })).toBeVisible();
    const heat = page.getByRole('table', { name: /Team × skills/ });
    await expect(heat.getByRole('rowheader')).toHaveText(['Dana', 'Eli']);
    await expect(page.locator('ul.suggestions li').filter({ hasText: /^SOC Analyst: Dana/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('system.png'), fullPage: true });

    // Saved by name, and the link opens the same plan in another browser.
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open Keystone Health (five hospitals)' })).toBeVisible();
    const link = await page.getByLabel('Link to this plan').inputValue();
    expect(link).toContain('/org/plan/#o=1.');
    const other = await page.context().browser()!.newContext();
    const second = await other.newPage();
    await second.goto(link);
    await expect(second.getByRole('heading', { name: 'Your plan: Keystone Health (five hospitals)' })).toBeVisible();
    await expect(routeOf(second, 'SOC Analyst')).toHaveText('Hire');
    await other.close();
  });

  test('bad input gets a message beside its field and loses nothing; a bad link says why', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('org/plan/');
    await describe(page, { name: 'Test clinic', size: 'Small', staff: '10', it: '20', security: '0', budget: '5000', state: 'VT' });
    await expect(page.locator('#org-it-error')).toHaveText('IT staff (20) cannot be more than all staff (10).');
    await expect(page.getByRole('textbox', { name: 'IT staff', exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The plan appears once these are put right:')).toBeVisible();
    await page.getByLabel('IT staff', { exact: true }).fill('2');
    await expect(page.getByRole('heading', { name: 'Your plan: Test clinic' })).toBeVisible();
    // Text that is not a number stays in the field with a message; the plan keeps the last good value.
    const budget = page.getByLabel('Yearly budget for security staff, services and training (US dollars)');
    await budget.fill('five thousand');
    await expect(page.locator('#org-budget-error')).toHaveText('Enter a number, such as 1500.');
    await expect(budget).toHaveValue('five thousand');
    await expect(page.getByRole('table', { name: "Costs in the plan's first 12 months" }).getByRole('row', { name: 'Your budget' })).toContainText('$5,000');

    // A link from an older version, with a practice the portal no longer knows.
    const input = {
      name: 'Old link', org_type: 'provider', size: 'small', critical_access: false, staff_total: 8, staff_it: 0, staff_security: 0,
      budget_usd: 9000, state: 'VT', managed_provider: false, practices: ['email-protection', 'retired-practice'], sub_practices: [], goals: [],
      start: '2027-01-04', costs: { salary_usd: 124910, managed_service_monthly_usd: 1500, study_hours_per_week: 5 },
    };
    await page.goto(`${process.env.BASE_URL}org/plan/#${planLink(input)}`);
    await page.reload();
    await site.appReady();
    await expect(page.getByRole('alert').filter({ hasText: '`retired-practice`' })).toBeVisible();
    await page.getByRole('button', { name: 'Untick them' }).click();
    await expect(page.getByRole('heading', { name: 'Your plan: Old link' })).toBeVisible();
    await expect(page.getByRole('group', { name: '1. Email Protection Systems' }).getByLabel('All of it is in place')).toBeChecked();
    // The plan it replaced was saved first.
    await expect(page.getByRole('button', { name: 'Open Test clinic' })).toBeVisible();

    await page.goto(`${process.env.BASE_URL}org/plan/#o=1.not-a-plan`);
    await page.reload();
    await site.appReady();
    await expect(page.getByRole('heading', { name: 'This plan link cannot be opened' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open Test clinic' })).toBeVisible();
  });
});
