// Compares the portal's own search index with Pagefind on one built site, in Debian's Chromium:
// index size, bytes transferred for the first query (brotli, as a static host would serve them)
// and latency per keystroke while typing the query. Used by `cargo xtask bench`.
// usage: node scripts/measure-search.mjs SITE_DIR BASE_URL "query typed one key at a time"
import { chromium } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const [siteDir, base, query] = process.argv.slice(2);
const br = (file) => !fs.existsSync(file) ? 0 : zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const sizeOf = (dir) => {
  const files = walk(dir);
  return { files: files.length, raw: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms`;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
});

// The portal's own index, through the real search page.
{
  const page = await browser.newPage();
  const fetched = new Set();
  const open = new Set();
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.includes('/data/search/')) fetched.add(p);
    open.add(p);
  });
  page.on('requestfinished', (r) => open.delete(new URL(r.url()).pathname));
  page.on('requestfailed', (r) => open.delete(new URL(r.url()).pathname));
  await page.goto(new URL('search/', base).toString());
  await page.locator('html.js').waitFor({ state: 'attached' });
  // The app's search box takes focus when it is ready.
  await page.waitForFunction(() => document.activeElement?.id === 'q', null, { timeout: 60_000 });
  const box = page.getByRole('searchbox');
  await box.focus();
  for (const ch of query) {
    await page.keyboard.type(ch);
    await page.waitForFunction((q) => document.querySelector('#q')?.value === q, (await box.inputValue()));
  }
  await page.getByRole('status').filter({ hasText: 'for “' }).waitFor();
  try {
    await page.waitForFunction(() => document.querySelectorAll('ol.results li').length > 0 && document.querySelectorAll('ol.results li.loading').length === 0, null, { timeout: 60_000 });
  } catch (e) {
    // Say what the page was waiting for before failing.
    const state = await page.evaluate(() => ({
      status: document.querySelector('[role=status]')?.textContent,
      results: document.querySelectorAll('ol.results li').length,
      loading: document.querySelectorAll('ol.results li.loading').length,
    }));
    console.error(`the results did not finish loading: ${JSON.stringify(state)}; data requests still open: ${[...open].join(', ') || 'none'}`);
    throw e;
  }
  const failedDocs = await page.locator('ol.results li.failed').count();
  if (failedDocs > 0) console.log(`warning: ${failedDocs} result records could not be loaded`);
  const times = await page.evaluate(() => performance.getEntriesByName('hcp-search').map((e) => e.duration).filter((d) => d > 0 || true));
  const transfer = [...fetched].reduce((n, p) => n + br(path.join(siteDir, p.replace(new URL(base).pathname, '/'))), 0);
  const index = sizeOf(path.join(siteDir, 'data/search'));
  console.log(`own index:  ${index.files} files, ${kb(index.raw)} raw; first query ${kb(transfer)} brotli in ${fetched.size} requests; per keystroke ${stats(times)} (search in WebAssembly, shards loaded)`);
  await page.close();
}

// Pagefind, through its JavaScript API, on a page without the portal's app.
{
  fs.writeFileSync(path.join(siteDir, 'pagefind-bench.html'), '<!doctype html><title>bench</title>');
  const page = await browser.newPage();
  const fetched = new Set();
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.includes('/pagefind/')) fetched.add(p);
  });
  await page.goto(new URL('pagefind-bench.html', base).toString());
  const times = await page.evaluate(async (q) => {
    const pf = await import(new URL('pagefind/pagefind.js', document.baseURI).toString());
    await pf.init();
    const out = [];
    for (let i = 1; i <= q.length; i++) {
      const t0 = performance.now();
      const r = await pf.search(q.slice(0, i));
      await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      out.push(performance.now() - t0);
    }
    return out;
  }, query);
  const transfer = [...fetched].reduce((n, p) => n + br(path.join(siteDir, p.replace(new URL(base).pathname, '/'))), 0);
  const index = sizeOf(path.join(siteDir, 'pagefind'));
  console.log(`pagefind:   ${index.files} files, ${kb(index.raw)} raw; first query ${kb(transfer)} brotli in ${fetched.size} requests; per keystroke ${stats(times)} (search and the top 10 results' data, chunks loading as needed)`);
  fs.rmSync(path.join(siteDir, 'pagefind-bench.html'));
  await page.close();
}
await browser.close();
