// Measures, in Debian's Chromium, the organization planner at /org/plan/: the `hcp-org-plan`
// span (the whole plan, upskilling plans included) and the `hcp-org-team` span (the team x
// skills heatmap and the suggestions) on a record holding a five-hospital system and a team of
// 100 staff rated on every catalog skill. Used by `cargo xtask bench`.
// usage: node scripts/measure-org.mjs BASE_URL RECORD_FILE SKILLS [runs]
import * as fs from 'node:fs';
import { chromium } from '@playwright/test';

const [base, recordFile, skills, runsArg] = process.argv.slice(2);
const record = fs.readFileSync(recordFile, 'utf8');
const runs = Number(runsArg ?? 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
});
const page = await browser.newPage();
await page.addInitScript((r) => localStorage.setItem('hcp.org', r), record);
const plans = [];
const teams = [];
let columns = 0;
const url = new URL('org/plan/', base).toString();
for (let i = 0; i < runs; i++) {
  await page.goto(url);
  const heat = page.getByRole('table', { name: /Team × skills/ });
  await heat.locator('tbody tr').nth(99).waitFor();
  columns = await heat.locator('thead th').count() - 1;
  const spans = await page.evaluate(() => ['hcp-org-plan', 'hcp-org-team'].map((n) => performance.getEntriesByName(n).map((e) => e.duration)));
  plans.push(...spans[0]);
  teams.push(...spans[1]);
}
const stats = (xs) => {
  xs.sort((a, b) => a - b);
  const at = (q) => xs[Math.min(xs.length - 1, Math.floor(xs.length * q))];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (${xs.length} runs)`;
};
console.log(`organization plan in the browser (five-hospital system, real catalog): ${stats(plans)}`);
console.log(`team heatmap and suggestions, 100 staff x ${columns} skill columns (${skills} skills rated each): ${stats(teams)}`);
await browser.close();
