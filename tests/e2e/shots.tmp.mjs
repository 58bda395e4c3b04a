import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
for (const [w,h,tag] of [[1280,900,'desk'],[390,844,'phone']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto('http://127.0.0.1:8765/org/plan/');
  await page.locator('html.js').waitFor({ state: 'attached' });
  await page.getByLabel('Name of this plan (optional)').fill('Prairie County Hospital');
  await page.getByRole('radio', { name: 'Small', exact: true }).check();
  await page.getByLabel('We are a critical access hospital (HICP counts these as medium)').check();
  await page.getByLabel('All staff', { exact: true }).fill('180');
  await page.getByLabel('IT staff', { exact: true }).fill('6');
  await page.getByLabel('Security and privacy staff').fill('0');
  await page.getByLabel('Yearly budget for security staff, services and training (US dollars)').fill('150000');
  await page.getByLabel('State').selectOption('NE');
  await page.getByRole('group', { name: '1. Email Protection Systems' }).getByLabel('1.M.A Basic E-mail Protection Controls').check();
  await page.getByRole('heading', { name: /Your plan/ }).waitFor();
  await page.screenshot({ path: `/tmp/shots/${tag}-top.png` });
  for (const id of ['org-in-place-h','plan-h','coverage-h','roles-h','budget-h','pipeline-h','awareness-h']) {
    await page.locator('#'+id).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
    await page.screenshot({ path: `/tmp/shots/${tag}-${id}.png` });
  }
  await page.close();
}
await browser.close();
