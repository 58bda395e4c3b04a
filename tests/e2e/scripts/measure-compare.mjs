// Measures, in Debian's Chromium, how long /hire/compare/ takes to compare candidates: the
// `hcp-compare-planned` span the app records (the comparison plus every candidate's learning
// plan), on a hiring record holding a 30-skill role and 50 candidates. Used by `cargo xtask bench`.
// usage: node scripts/measure-compare.mjs BASE_URL RECORD_FILE [runs]
import * as fs from 'node:fs';
import { chromium } from '@playwright/test';

const [base, recordFile, runsArg] = process.argv.slice(2);
const record = fs.readFileSync(recordFile, 'utf8');
const runs = Number(runsArg ?? 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
});
const page = await browser.newPage();
await page.addInitScript((r) => localStorage.setItem('hcp.hire', r), record);
const first = [];
const later = [];
const url = new URL('hire/compare/', base).toString();
for (let i = 0; i < runs; i++) {
  await page.goto(url);
  const table = page.getByRole('table', { name: /Candidates side by side/ });
  await table.locator('tbody tr').nth(49).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('hcp-compare-planned').length >= 1);
  // Each change of the order compares and plans again.
  for (const by of ['Fewest gaps at hire', 'Qualified soonest', 'Name', 'Best fit']) {
    await page.getByLabel('Sort by').selectOption(by);
  }
  await page.waitForFunction(() => performance.getEntriesByName('hcp-compare-planned').length >= 5);
  const d = await page.evaluate(() => performance.getEntriesByName('hcp-compare-planned').map((e) => e.duration));
  first.push(d[0]);
  later.push(...d.slice(1));
}
const stats = (xs) => {
  xs.sort((a, b) => a - b);
  const at = (q) => xs[Math.min(xs.length - 1, Math.floor(xs.length * q))];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (${xs.length} runs)`;
};
console.log('comparing 50 candidates on a 30-skill role in the browser, with each learning plan:');
console.log(`  first comparison after the page loads: ${stats(first)}`);
console.log(`  again as the order changes:            ${stats(later)}`);
await browser.close();
