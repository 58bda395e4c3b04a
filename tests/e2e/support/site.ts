import { expect, type Locator, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The sections in the main navigation, in order: label and URL slug. */
export const NAV: ReadonlyArray<readonly [string, string]> = [
  ['Roles', 'roles'],
  ['Credentials', 'credentials'],
  ['Programs', 'programs'],
  ['Practices', 'practices'],
  ['Assess', 'assess'],
  ['Plan', 'plan'],
  ['Hire', 'hire'],
  ['Organizations', 'org'],
  ['Educators', 'educators'],
  ['Search', 'search'],
  ['About', 'about'],
];

/** Every pre-rendered page in the built site, as a path relative to the base ('' is home). */
export function builtRoutes(): string[] {
  const dist = process.env.DIST_DIR;
  if (!dist) throw new Error('DIST_DIR is not set; run the suite with `cargo xtask test`');
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'data') walk(full);
      else if (entry.name === 'index.html') {
        const rel = path.relative(dist, dir).split(path.sep).join('/');
        routes.push(rel === '' ? '' : `${rel}/`);
      }
    }
  };
  walk(dist);
  return routes.sort();
}

/**
 * One page per route pattern: every top-level page, and the first item of each section
 * (`/roles/:id` is one route however many roles there are).
 */
export function routeSamples(): string[] {
  const all = builtRoutes();
  const samples = all.filter((r) => r.split('/').filter(Boolean).length <= 1);
  const seen = new Set<string>();
  for (const r of all) {
    const parts = r.split('/').filter(Boolean);
    if (parts.length === 2 && !seen.has(parts[0])) {
      seen.add(parts[0]);
      samples.push(r);
    }
  }
  // Pages with a route of their own inside a section (a tool, the CAE directory).
  for (const r of ['hire/compare/', 'org/plan/', 'educators/editor/', 'programs/cae/']) {
    if (all.includes(r) && !samples.includes(r)) samples.push(r);
  }
  return samples;
}

/** The parts every page has: header, navigation, main content. */
export class SitePage {
  readonly page: Page;
  readonly header: Locator;
  readonly nav: Locator;
  readonly main: Locator;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
  }

  /** Opens a path relative to the base URL and waits until the app has taken over. */
  async open(rel: string, base = process.env.BASE_URL ?? '/') {
    const response = await this.page.goto(new URL(rel, base).toString());
    await this.appReady();
    return response;
  }

  /** The app marks the document (`<html class="js">`) once it has mounted. */
  async appReady() {
    await expect(this.page.locator('html.js')).toHaveCount(1);
  }

  navLink(label: string): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }
}
