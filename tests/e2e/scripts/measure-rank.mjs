// Measures, in Debian's Chromium, how long ranking every role for a profile takes in the app
// (the `hcp-rank` span the app records with performance.measure). Used by `cargo xtask bench`.
// usage: node scripts/measure-rank.mjs BASE_URL [runs]
import { chromium } from '@playwright/test';

const [base, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 15);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
});
const page = await browser.newPage();
const json = async (rel) => (await page.request.get(new URL(rel, base).toString())).json();
// The role data is binary (data/roles.bin): the counts come from data/stats.json and the skill
// ids from the skills index page.
const stats = await json('data/stats.json');
const skillsPage = await json('data/pages/skills.json');
const ids = [...new Set([...skillsPage.html.matchAll(/href="[^"]*\/skills\/([^/"]+)\/"/g)].map((m) => m[1]))];
if (ids.length !== stats.skills) throw new Error(`found ${ids.length} skills on the skills page, the catalog has ${stats.skills}`);
// A profile that has rated itself in every skill of the catalog.
const skills = {};
for (const [i, id] of ids.entries()) skills[id] = { self_rating: i % 5 };
const stored = JSON.stringify({ version: 2, profile: { experience: { total_years: 3, healthcare_years: 1 }, skills } });
await page.addInitScript((value) => localStorage.setItem('hcp.profile', value), stored);
const samples = [];
for (let i = 0; i < runs; i++) {
  await page.goto(new URL('assess/', base).toString());
  await page.getByRole('table', { name: 'Every role, best fit first' }).waitFor();
  const d = await page.evaluate(() => performance.getEntriesByName('hcp-rank').map((e) => e.duration));
  samples.push(...d);
}
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
const p95 = samples[Math.floor(samples.length * 0.95)];
console.log(`ranking ${stats.roles} roles in the browser: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${samples.length} samples; includes building the table rows' data)`);
await browser.close();
