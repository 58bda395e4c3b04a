// Takes screenshots of pages at desktop and phone width, for people reviewing the UI.
// usage: node scripts/screenshots.mjs BASE_URL OUT_DIR path [path ...]
import { chromium } from '@playwright/test';
import * as fs from 'node:fs';

const [base, out, ...paths] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
});
for (const [name, viewport, scheme] of [['desktop', { width: 1280, height: 900 }, 'light'], ['phone', { width: 360, height: 740 }, 'light'], ['dark', { width: 1280, height: 900 }, 'dark']]) {
  const page = await browser.newPage({ viewport, colorScheme: scheme });
  for (const p of paths) {
    await page.goto(new URL(p, base).toString());
    await page.locator('html.js').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const file = `${out}/${(p.replace(/\//g, '_') || 'home')}-${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
