import { chromium } from '@playwright/test';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h, name] of [[1280, 900, 'desktop'], [360, 800, 'phone']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
  await page.goto(base + 'hire/');
  await page.locator('html.js').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start from this role' }).waitFor();
  await page.screenshot({ path: `/tmp/shots/hire-start-${name}.png`, fullPage: true });
  await page.getByLabel('Catalog role').selectOption({ label: 'SOC Analyst' });
  await page.getByRole('button', { name: 'Start from this role' }).click();
  await page.getByRole('button', { name: 'Add a route' }).click();
  await page.locator('.route-row').last().getByLabel('Credential').selectOption({ label: 'CISSP' });
  await page.getByRole('button', { name: 'Add a duty' }).click();
  await page.getByLabel('Duty 1', { exact: true }).fill('Triage alerts from the SIEM and EDR');
  await page.getByLabel('% of time').fill('60');
  await page.getByLabel('% of time').press('Tab');
  await page.waitForTimeout(300);
  const wide = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > vw + 1).slice(0, 15).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
  });
  console.log(name, 'overflowing:', wide);
  await page.screenshot({ path: `/tmp/shots/hire-${name}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
