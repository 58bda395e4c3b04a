import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { test, expect } from '../support/fixtures';
import { builtRoutes, routeSamples, SitePage } from '../support/site';

const dist = () => {
  const d = process.env.DIST_DIR;
  if (!d) throw new Error('DIST_DIR is not set');
  return d;
};

test.describe('content security policy', () => {
  test('every page forbids inline script and other origins, and carries no inline script', async () => {
    for (const rel of [...builtRoutes(), '404.html', 'offline.html']) {
      const file = rel.endsWith('.html') ? path.join(dist(), rel) : path.join(dist(), rel, 'index.html');
      const html = fs.readFileSync(file, 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, `CSP of ${rel}`).toBeTruthy();
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain("'unsafe-eval'");
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]);
      expect(inline, `inline scripts in ${rel}`).toEqual([]);
      expect(html, `inline style attributes in ${rel}`).not.toMatch(/\sstyle="/);
    }
  });

  test('the app starts under the policy without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    const site = new SitePage(page);
    await site.open('about/');
    await site.navLink('Roles').click();
    await expect(site.heading).toHaveText('Roles');
    expect(violations).toEqual([]);
  });
});

test.describe('framing', () => {
  test('a page shown in another site\'s frame, on a host that sends no headers, offers its own address instead', async ({ page }) => {
    // The test server sends no frame-ancestors header, like GitHub Pages: the loader's fallback acts.
    const url = new URL('roles/soc-analyst/', process.env.BASE_URL).href;
    await page.setContent(`<iframe title="a framing site" src="${url}" width="800" height="600"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('link', { name: 'This page was shown inside another site. Open Health Cyber Pathways at its own address.' })).toHaveAttribute('target', '_top');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(frame.getByRole('button')).toHaveCount(0);
  });
});

test.describe('search links', () => {
  test('a crafted search link is cut to 8 words and fetches at most 8 index shards', async ({ page }) => {
    const shards = new Set<string>();
    page.on('request', (r) => {
      const m = /data\/search\/([^/]+)\.json$/.exec(new URL(r.url()).pathname);
      if (m && m[1] !== 'meta') shards.add(m[1]);
    });
    const words = Array.from({ length: 400 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}word${i}`);
    const site = new SitePage(page);
    await site.open(`search/?q=${encodeURIComponent(words.join(' '))}`);
    await expect(page.getByText('Only the first 8 words (and 200 characters) of a search are used.')).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveValue(/^.{1,200}$/);
    await expect(page.getByRole('status')).toContainText('No results');
    expect(shards.size).toBeLessThanOrEqual(8);
  });
});

/** First segments of the tool pages; each loads its own tool bundle. */
const TOOLS = ['assess', 'plan', 'search', 'hire', 'org/plan', 'educators/editor'];
const isTool = (rel: string) => TOOLS.some((t) => rel === `${t}/` || rel.startsWith(`${t}/`));

/**
 * The first-load ceilings, in KB brotli. Content pages are held to DESIGN.md's budget of 150 KB.
 * Tool pages are held to a ceiling: the budget is 200 KB, which the tool bundles do not meet yet
 * (issue 9 stays open for it). The ceiling was 330 KB (2026-12-03: /hire/ about 327 KB, /assess/
 * about 310 KB); the size work of 2026-12-04 (SIZE-REPORT.md) brought /assess/ to 271 KB, /hire/
 * 268 KB, /plan/ 253 KB, /hire/compare/ 255 KB and /search/ 166 KB, and the ceiling down to the
 * largest of them and a few KB. It stops them growing meanwhile, and
 * `cargo xtask bench --only size` reports each page against 200 KB.
 */
const CONTENT_BUDGET_KB = 150;
const TOOL_CEILING_KB = 275;
/**
 * The organization planner's own ceiling: it carries the planner (for upskilling), the
 * organization data's decoder and the team's results links; measured at 297 KB on 2026-12-04,
 * after the size work. Issue 9's 200 KB budget applies to it as to the others.
 */
const ORG_CEILING_KB = 300;
/**
 * The curriculum editor's own ceiling: it carries the build's content checker (the TOML
 * reader, the Markdown renderer, the program page and its coverage), so that the browser says
 * exactly what `pathways check` says; measured at 325 KB on 2026-12-05. It loads on that page
 * only.
 */
const EDITOR_CEILING_KB = 330;

test.describe('first-load budget', () => {
  test('every content page loads at most 150 KB brotli and no tool page grows past its ceiling (HTML, JavaScript, WebAssembly, CSS)', async ({ page }) => {
    // One load per route pattern; routing every request (the fixture) keeps the cache out.
    test.setTimeout(120_000);
    const loaded = new Set<string>();
    page.on('response', (r) => {
      const p = new URL(r.url()).pathname;
      if (/\.(js|wasm|css)$/.test(p) || p.endsWith('/')) loaded.add(p);
    });
    const site = new SitePage(page);
    const report: string[] = [];
    const over: string[] = [];
    for (const rel of routeSamples()) {
      loaded.clear();
      await site.open(rel);
      await expect(site.heading).toBeVisible();
      const budget = rel.startsWith('org/plan/')
        ? ORG_CEILING_KB
        : rel.startsWith('educators/editor/')
          ? EDITOR_CEILING_KB
          : isTool(rel)
            ? TOOL_CEILING_KB
            : CONTENT_BUDGET_KB;
      let total = 0;
      const lines: string[] = [];
      for (const p of loaded) {
        const file = p.endsWith('/') ? path.join(dist(), p, 'index.html') : path.join(dist(), p);
        if (!fs.existsSync(file)) continue;
        const bytes = fs.readFileSync(file);
        const br = zlib.brotliCompressSync(bytes, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 22 },
        }).length;
        lines.push(`${p}: ${bytes.length} B raw, ${br} B brotli`);
        total += br;
      }
      expect([...loaded].some((p) => p.endsWith('.wasm')), `the wasm of /${rel} was loaded`).toBe(true);
      report.push(`/${rel}: ${(total / 1024).toFixed(1)} KB brotli (budget ${budget} KB)\n    ${lines.join('\n    ')}`);
      if (total > budget * 1024) over.push(`/${rel}`);
    }
    console.log(`first load per page:\n  ${report.join('\n  ')}`);
    expect(over, report.join('\n')).toEqual([]);
  });
});
