import { chromium } from '@playwright/test';
import * as zlib from 'node:zlib';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const staff = (skills) => `http://127.0.0.1:8765/assess/soc-analyst/#r=1.${zlib.deflateRawSync(Buffer.from(JSON.stringify({ role: 'soc-analyst', profile: { skills: Object.fromEntries(Object.entries(skills).map(([k, v]) => [k, { self_rating: v }])) } }))).toString('base64url')}`;
for (const [w,h,tag] of [[1280,900,'desk'],[390,844,'phone']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto('http://127.0.0.1:8765/org/plan/');
  await page.locator('html.js').waitFor({ state: 'attached' });
  await page.getByLabel('Name of this plan (optional)').fill('Keystone Health');
  await page.getByRole('radio', { name: 'Large', exact: true }).check();
  await page.getByLabel('All staff', { exact: true }).fill('15000');
  await page.getByLabel('IT staff', { exact: true }).fill('400');
  await page.getByLabel('Security and privacy staff').fill('6');
  await page.getByLabel('Yearly budget for security staff, services and training (US dollars)').fill('2000000');
  await page.getByLabel('State').selectOption('PA');
  await page.getByLabel('Results links, one per line').fill(`Dana | ${staff({'log-analysis':3,'incident-response':3})}\nEli | ${staff({'log-analysis':1,'email-security':2})}`);
  await page.getByRole('button', { name: 'Add to the team' }).click();
  for (const id of ['plan-h','coverage-h','roles-h','team-h','budget-h','support-h','awareness-h']) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
    await page.screenshot({ path: `/tmp/shots/L-${tag}-${id}.png` });
  }
  await page.getByLabel('Yearly budget for security staff, services and training (US dollars)').fill('abc');
  await page.evaluate(() => document.getElementById('org-budget').scrollIntoView({block:'center'}));
  await page.screenshot({ path: `/tmp/shots/L-${tag}-bad.png` });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.documentElement.classList.add('print-posters'));
  await page.screenshot({ path: `/tmp/shots/L-${tag}-posters.png` });
  await page.close();
}
await browser.close();
