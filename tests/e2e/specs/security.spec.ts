import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { test, expect } from '../support/fixtures';
import { builtRoutes, SitePage } from '../support/site';

const dist = () => {
  const d = process.env.DIST_DIR;
  if (!d) throw new Error('DIST_DIR is not set');
  return d;
};

test.describe('content security policy', () => {
  test('every page forbids inline script and other origins, and carries no inline script', async () => {
    for (const rel of [...builtRoutes(), '404.html']) {
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

test.describe('first-load budget', () => {
  test('HTML, JavaScript, WebAssembly and CSS of the home page total at most 150 KB brotli', async ({ page }) => {
    const loaded: string[] = [];
    page.on('response', (r) => {
      const p = new URL(r.url()).pathname;
      if (/\.(js|wasm|css)$/.test(p) || p.endsWith('/')) loaded.push(p);
    });
    const site = new SitePage(page);
    await site.open('');
    await expect(site.heading).toBeVisible();
    let total = 0;
    const lines: string[] = [];
    for (const p of loaded) {
      const file = p.endsWith('/') ? path.join(dist(), p, 'index.html') : path.join(dist(), p);
      const bytes = fs.readFileSync(file);
      const br = zlib.brotliCompressSync(bytes, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 22 },
      }).length;
      lines.push(`${p}: ${bytes.length} B raw, ${br} B brotli`);
      total += br;
    }
    expect(loaded.some((p) => p.endsWith('.wasm')), 'the wasm was loaded').toBe(true);
    console.log(`first load: ${total} B brotli\n  ${lines.join('\n  ')}`);
    expect(total, lines.join('\n')).toBeLessThanOrEqual(150 * 1024);
  });
});
