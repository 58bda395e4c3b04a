// Measures, in Debian's Chromium, how long the planner takes in the app (the `hcp-plan` span the
// app records with performance.measure: the plan, its cheapest and fastest alternatives and the
// catalog indexing they share). Used by `cargo xtask bench` on a copy of the site whose planner
// data holds a generated catalog.
// usage: node scripts/measure-plan.mjs BASE_URL ROLE PROFILE_JSON CONSTRAINTS_JSON [runs]
import { chromium } from '@playwright/test';

const [base, role, profile, constraints, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 10);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
});
const page = await browser.newPage();
await page.addInitScript(([p, c]) => {
  localStorage.setItem('hcp.profile', p);
  localStorage.setItem('hcp.plan', c);
}, [profile, constraints]);
const first = [];
const later = [];
const url = new URL(`plan/?role=${encodeURIComponent(role)}`, base).toString();
for (let i = 0; i < runs; i++) {
  await page.goto(url);
  await page.getByRole('heading', { level: 2, name: /^(Plan to|No plan to)/ }).first().waitFor();
  // Each change of a setting plans again: change the budget a few times.
  const budget = page.getByLabel('Budget (US dollars)');
  for (const value of ['4000', '6000', '5000', '4500', '5500']) {
    await budget.fill(value);
  }
  await page.waitForFunction(() => performance.getEntriesByName('hcp-plan').length >= 6);
  const d = await page.evaluate(() => performance.getEntriesByName('hcp-plan').map((e) => e.duration));
  first.push(d[0]);
  later.push(...d.slice(1));
}
const stats = (xs) => {
  xs.sort((a, b) => a - b);
  const at = (q) => xs[Math.min(xs.length - 1, Math.floor(xs.length * q))];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (${xs.length} plans)`;
};
console.log(`planning in the browser (10,000 programs, 1,000 credentials; each plan with its alternatives):`);
console.log(`  first plan after the page loads: ${stats(first)}`);
console.log(`  plans as the settings change:    ${stats(later)}`);
await browser.close();
