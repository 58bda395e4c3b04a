// Measures, in Debian's Chromium, the curriculum editor at /educators/editor/: the
// `editor-check` span (the build's checker, the coverage report, the CSV and the program page's
// HTML) for each keystroke typed into a 200-module curriculum. Used by `cargo xtask bench`.
// usage: node scripts/measure-editor.mjs BASE_URL [keystrokes]
import { chromium } from '@playwright/test';

const [base, keysArg] = process.argv.slice(2);
const keystrokes = Number(keysArg ?? 40);
const skills = ['log-analysis', 'incident-response', 'networking-fundamentals', 'risk-assessment', 'hipaa-security-compliance', 'network-security-monitoring'];
const tks = ['K0674', 'K0878', 'K1055', 'S0612', 'K0680', 'K0018', 'K0721', 'T1586'];
const units = ['CSF', 'CSP', 'ISC', 'BNW', 'NDF', 'SRA'];
const modules = Array.from({ length: 200 }, (_, i) => `
[[modules]]
title = "Module ${i + 1}"
hours = 15
credit_hours = 1
skills = [{ skill = "${skills[i % skills.length]}", level = ${1 + (i % 3)} }, { skill = "${skills[(i + 1) % skills.length]}", level = 1 }]
nice_tks = ["${tks[i % tks.length]}", "${tks[(i + 3) % tks.length]}"]
knowledge_units = ["${units[i % units.length]}"]
outcomes = ["Explain part ${i + 1} of the course to a clinical manager."]
`).join('');
const text = `+++
name = "Benchmark curriculum"
provider = "Example College"
kind = "certificate"
summary = "Two hundred modules."
modality = "online"
duration_weeks = 100
hours_per_week = 30
cost_usd = 0
url = "https://www.example.edu/benchmark"
sources = ["https://www.example.edu/benchmark"]
verified = 2026-12-01
${modules}+++

A long curriculum, typed into.
`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
});
const page = await browser.newPage();
await page.goto(new URL('educators/editor/', base).toString());
const area = page.locator('#curriculum');
// Pasted, as a person would: one input event (Playwright's fill fires one per line).
await area.evaluate((el, t) => { el.value = t; el.dispatchEvent(new Event('input', { bubbles: true })); }, text);
await page.locator('#editor-status').filter({ hasText: 'No problems' }).waitFor();
await page.evaluate(() => performance.clearMeasures('editor-check'));
await area.focus();
await page.keyboard.press('End');
// Typed at a brisk 30 ms a key, so each keystroke gets its own frame (the editor checks once a
// frame).
await page.keyboard.type('x'.repeat(keystrokes), { delay: 30 });
await page.locator('#editor-status').filter({ hasText: 'No problems' }).waitFor();
const xs = await page.evaluate(() => performance.getEntriesByName('editor-check').map((e) => e.duration));
if (xs.length < keystrokes * 0.9) throw new Error(`only ${xs.length} checks for ${keystrokes} keystrokes`);
xs.sort((a, b) => a - b);
const at = (q) => xs[Math.min(xs.length - 1, Math.floor(xs.length * q))];
console.log(`curriculum editor, one keystroke in a 200-module curriculum (${text.length} bytes): check + coverage + preview median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (${xs.length} keystrokes; budget 16 ms)`);
await browser.close();
