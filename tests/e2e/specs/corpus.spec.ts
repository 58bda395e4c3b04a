// The hostile-input corpus (tests/corpus/xss.json, also driven through the content compiler by
// crates/content/tests/corpus.rs) through every entry point the browser app has: the search
// query and the filter parameters in the address, every kind of share link (plan, hiring role,
// candidate's assessment against it, results, candidate results, pasted and opened), the
// profile import, the role editor and unknown addresses. A canary (`window.__pwned`, set by
// alert/confirm/prompt/print and by the payloads themselves) and the page's CSP violation
// reports are collected: nothing may run, nothing may be blocked only by the policy (the app
// itself must keep markup inert), the app must keep working, and the saved profile must be
// untouched.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { test, expect } from '../support/fixtures';
import { SitePage } from '../support/site';
import type { Page } from '@playwright/test';

interface Corpus {
  payloads: { category: string; payload: string }[];
  long: { category: string; unit: string; times: number }[];
}

const corpus: Corpus = JSON.parse(fs.readFileSync(path.join(__dirname, '../../corpus/xss.json'), 'utf8'));
const PAYLOADS: string[] = [
  ...corpus.payloads.map((p) => p.payload),
  ...corpus.long.map((l) => l.unit.repeat(l.times)),
];

/** A saved profile the corpus must never change. */
const SAVED = JSON.stringify({
  version: 2,
  profile: {
    experience: { total_years: 3, healthcare_years: 1, management_years: 0, by_domain: {} },
    education: { degree: 'high-school', field: 'other', cae: false },
    credentials: [],
    skills: {},
    targets: ['soc-analyst'],
  },
});

/** Installs the canary and the CSP violation recorder, and seeds the saved profile once. */
async function arm(page: Page) {
  await page.addInitScript((saved) => {
    const w = window as unknown as { __pwned: number; __csp: string[] };
    w.__pwned = 0;
    w.__csp = [];
    const trip = () => {
      w.__pwned += 1;
    };
    window.alert = trip;
    window.confirm = () => {
      trip();
      return false;
    };
    window.prompt = () => {
      trip();
      return null;
    };
    window.print = trip;
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
    });
    if (!sessionStorage.getItem('hcp.corpus.seeded')) {
      localStorage.setItem('hcp.profile', saved);
      sessionStorage.setItem('hcp.corpus.seeded', '1');
    }
  }, SAVED);
}

/** The saved profile as the app holds it once a page has opened (it may write it back tidied). */
async function savedProfile(page: Page): Promise<unknown> {
  const text = await page.evaluate(() => localStorage.getItem('hcp.profile'));
  expect(text, 'a saved profile').toBeTruthy();
  const stored = JSON.parse(text!);
  expect(stored.profile.experience.total_years).toBe(3);
  return stored;
}

/** Nothing ran, nothing was blocked by the policy alone, the app is alive, the profile kept. */
async function assertUnharmed(page: Page, entry: string, before: unknown) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned: number; __csp: string[] };
    return { pwned: w.__pwned, csp: w.__csp, profile: localStorage.getItem('hcp.profile') };
  });
  expect(state.pwned, `${entry}: payloads that ran`).toBe(0);
  expect(state.csp, `${entry}: CSP violations`).toEqual([]);
  expect(state.profile ? JSON.parse(state.profile) : null, `${entry}: the saved profile`).toEqual(before);
  await expect(page.locator('html.js'), `${entry}: the app is still running`).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}

/** What must be on screen before the next payload: the page has answered this one. */
type Ready = 'page' | 'plan' | 'builder' | 'not-found';

/**
 * Navigates inside the running app as its own links and the back button do (no reload) and
 * waits, frame by frame, until the page has answered: a heading and nothing still loading, and
 * for the planner and the role builder their result or their refusal. With `hop`, it goes by
 * way of an unknown address first (the not-found page, which fetches nothing), so a tool is
 * mounted afresh and reads the fragment of the new address. One round trip per payload keeps
 * the corpus fast.
 */
async function visit(page: Page, url: string, ready: Ready = 'page', hop = false) {
  await page.evaluate(
    async ({ url, about, ready, hop }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const h1 = () => document.querySelector('main h1')?.textContent?.trim() ?? '';
      const nav = (to: string) => {
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
      };
      const until = async (done: () => boolean, what: string) => {
        for (let i = 0; !done(); i++) {
          if (i > 1200) throw new Error(`${what} did not appear for ${url.slice(0, 200)}`);
          await frame();
        }
      };
      const alerted = () => [...document.querySelectorAll('main [role=alert]')].some((a) => (a.textContent ?? '').trim() !== '');
      const settled = () => h1() !== '' && h1() !== 'Page not found' && !document.querySelector('main .loading');
      const answered = {
        page: settled,
        'not-found': () => {
          const shown = document.querySelector('main h1 + p code')?.textContent ?? '';
          const path = location.pathname;
          let decoded = path;
          try {
            decoded = decodeURIComponent(path);
          } catch {
            // a path that does not decode is shown as it is
          }
          return h1() === 'Page not found' && (shown === path || shown === decoded);
        },
        plan: () => alerted() || [...document.querySelectorAll('main h2')].some((h) => /^(Plan to|No plan to) /.test(h.textContent ?? '')),
        builder: () => settled() && (alerted() || document.getElementById('hire-title') !== null),
      }[ready];
      if (hop) {
        nav(about);
        await until(() => h1() === 'Page not found', 'the hop page');
      }
      nav(url);
      await until(answered, `the answer (${ready})`);
    },
    { url, about: rel('corpus-hop/'), ready, hop },
  );
}

/**
 * Waits, frame by frame, for the import's answer: a status holding `holds` and other than
 * `previous`; returns it.
 */
async function answerAfter(page: Page, holds: string, previous: string | null): Promise<string> {
  const handle = await page.waitForFunction(
    ({ holds, previous }) => {
      const text = document.querySelector('.data-tools [role=status]')?.textContent?.trim() ?? '';
      return text !== '' && text !== previous && text.includes(holds) ? text : null;
    },
    { holds, previous },
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as string;
}

const rel = (p: string) => new URL(p, process.env.BASE_URL).pathname;

/** A link fragment as the app writes it: `key=1.` and base64url(deflate-raw(JSON)). */
function pack(key: string, value: unknown): string {
  return `${key}=1.${zlib.deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url')}`;
}

function unpack(link: string, key: string): any {
  const fragment = new URL(link).hash.slice(1);
  const value = fragment.split('&').find((p) => p.startsWith(`${key}=`))!.slice(key.length + 3);
  return JSON.parse(zlib.inflateRawSync(Buffer.from(value, 'base64url')).toString());
}


/** Counts how the app answered the payloads at one entry point, for the report. */
function report(entry: string, shown: number, refused: number) {
  console.log(`corpus: ${entry}: ${PAYLOADS.length} payloads, ${shown} shown as text, ${refused} refused with a message, 0 ran`);
}

test.describe('hostile input corpus', () => {
  test.describe.configure({ timeout: 300_000 });

  test('the corpus holds at least 150 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(150);
  });

  test('search queries and filter parameters in the address', async ({ page }) => {
    await arm(page);
    const site = new SitePage(page);
    await site.open('search/?q=benign');
    const before = await savedProfile(page);
    await expect(page.getByRole('searchbox')).toHaveValue('benign');
    for (const p of PAYLOADS) {
      await visit(page, `${rel('search/')}?q=${encodeURIComponent(p)}`);
    }
    // The search box itself, typed into.
    const box = page.getByRole('searchbox');
    for (const p of PAYLOADS.slice(0, 30)) {
      await box.fill(p.slice(0, 500));
    }
    await expect(page.getByRole('status').first()).toBeVisible();
    await assertUnharmed(page, 'search', before);
    for (const [i, p] of PAYLOADS.entries()) {
      const q = encodeURIComponent(p);
      const list = i % 2 === 0
        ? `${rel('roles/')}?stage=${q}&family=${q}&org=${q}&practice=${q}`
        : `${rel('programs/')}?state=${q}&format=${q}&cost=${q}&designation=${q}&length=${q}`;
      await visit(page, list);
    }
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(/^(Roles|Programs)$/);
    await assertUnharmed(page, 'filter parameters', before);
    report('search query and filter parameters', PAYLOADS.length, 0);
  });

  test('unknown addresses', async ({ page }) => {
    await arm(page);
    const site = new SitePage(page);
    await site.open('about/');
    const before = await savedProfile(page);
    for (const p of PAYLOADS) {
      await visit(page, `${rel('roles/')}${encodeURIComponent(p.slice(0, 2000))}/`, 'not-found');
    }
    await assertUnharmed(page, 'unknown addresses', before);
  });

  test('plan links carrying a custom role', async ({ page }) => {
    await arm(page);
    const site = new SitePage(page);
    await site.open('plan/?role=soc-analyst');
    const before = await savedProfile(page);
    const seed = unpack(await page.getByLabel('Share this plan').inputValue(), 'p');
    const link = (title: string) =>
      `${rel('plan/')}#${pack('p', { ...seed, role: 'custom-role', custom_role: { title, skills: [{ skill: 'log-analysis', level: 2 }], credentials: [], min_years: 0 } })}`;
    // The control: a plain title arrives and is shown.
    await visit(page, link('Benign clinical analyst'), 'plan', true);
    await expect(page.getByRole('heading', { level: 2, name: /^(Plan to|No plan to) Benign clinical analyst/ })).toBeVisible();
    let refused = 0;
    for (const p of PAYLOADS) {
      await visit(page, link(p), 'plan', true);
      if (await page.getByRole('alert').filter({ hasText: /\S/ }).count()) refused += 1;
    }
    await assertUnharmed(page, 'plan links', before);
    const shown = PAYLOADS.length - refused;
    expect(shown, 'payloads that reached the page').toBeGreaterThan(0);
    report('plan link', shown, refused);
  });

  test('hiring role links, in the builder and as the candidate\'s assessment', async ({ page }) => {
    await arm(page);
    const site = new SitePage(page);
    await site.open('hire/');
    const before = await savedProfile(page);
    await page.getByRole('button', { name: 'Start a blank role' }).click();
    await page.getByLabel('Job title').fill('Seed');
    await page.getByLabel('Add a skill').selectOption({ label: 'Log analysis and alert triage' });
    await page.getByRole('button', { name: 'Add skill' }).click();
    const seed = unpack(await page.getByLabel('Link for candidates').inputValue(), 'h');
    const role = (p: string) => ({
      ...seed,
      title: p,
      summary: p,
      location: p,
      duties: Array.from({ length: 3 }, () => ({ text: p, percent: 20 })),
    });
    // Up to 15 payloads ride in one link (title, summary, location, 12 duties); those a link
    // may well refuse (long, or holding control or format characters) ride alone, so that one
    // refusal does not hide the others.
    const suspect = (p: string) => p.length > 120 || /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(p);
    const batches: string[][] = PAYLOADS.filter(suspect).map((p) => [p]);
    const plain = PAYLOADS.filter((p) => !suspect(p));
    for (let i = 0; i < plain.length; i += 15) batches.push(plain.slice(i, i + 15));
    const batch = (ps: string[]) => ({
      ...seed,
      title: ps[0],
      summary: ps[1 % ps.length],
      location: ps[2 % ps.length],
      duties: ps.slice(3).map((text) => ({ text, percent: 5 })),
    });
    // The control: a plain title arrives in both tools.
    await visit(page, `${rel('hire/')}#${pack('h', role('Benign analyst'))}`, 'builder', true);
    await expect(page.getByLabel('Job title')).toHaveValue('Benign analyst');
    await expect(page.getByLabel('Duty 3', { exact: true })).toHaveValue('Benign analyst');
    const refusal = page.getByRole('alert').filter({ hasText: 'This role link cannot be opened' });
    let refused = 0;
    for (const ps of batches) {
      await visit(page, `${rel('hire/')}#${pack('h', batch(ps))}`, 'builder', true);
      if (await refusal.count()) refused += ps.length;
    }
    expect(batches.flat().length).toBe(PAYLOADS.length);
    await assertUnharmed(page, 'hiring role links', before);
    report(`hiring role link (${batches.length} links)`, PAYLOADS.length - refused, refused);

    await site.open('assess/');
    await visit(page, `${rel('assess/')}#${pack('h', role('Benign analyst'))}`, 'page', true);
    await expect(page.getByRole('heading', { level: 1, name: 'Assess yourself: Benign analyst' })).toBeVisible();
    for (const ps of batches) {
      await visit(page, `${rel('assess/')}#${pack('h', batch(ps))}`, 'page', true);
    }
    await assertUnharmed(page, 'candidate assessment links', before);
  });

  test('results links and candidate results, opened and pasted', async ({ page }) => {
    await arm(page);
    const site = new SitePage(page);
    await site.open('assess/soc-analyst/');
    const before = await savedProfile(page);
    for (const p of PAYLOADS) {
      const results = { role: p, profile: { targets: [p], skills: { [p]: { self_rating: 2 } }, credentials: [{ id: p }] } };
      await visit(page, `${rel('assess/soc-analyst/')}#${pack('r', results)}`, 'page', true);
    }
    await assertUnharmed(page, 'results links', before);

    await site.open('hire/compare/');
    const candidate = (p: string) => pack('c', { name: p, role: '0123456789abcdef', title: p, profile: {} });
    await visit(page, `${rel('hire/compare/')}#${candidate('Benign Ana')}`, 'page', true);
    await expect(page.getByRole('status').filter({ hasText: "Added Benign Ana's results." })).toBeVisible();
    for (const p of PAYLOADS.slice(0, 60)) {
      await visit(page, `${rel('hire/compare/')}#${candidate(p)}`, 'page', true);
    }
    // Pasted, 90 at a time (the list keeps 100), with the list emptied between.
    const box = page.getByLabel('Results links, one per line');
    for (let i = 0; i < PAYLOADS.length; i += 90) {
      await page.evaluate(() => localStorage.removeItem('hcp.hire'));
      await site.open('hire/compare/');
      const lines = PAYLOADS.slice(i, i + 90).map((p) => `${process.env.BASE_URL}hire/compare/#${candidate(p)}`);
      await box.fill(lines.join('\n'));
      await page.getByRole('button', { name: 'Add candidates' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^Added \d+ candidates?\./ })).toBeVisible();
    }
    await assertUnharmed(page, 'candidate results links', before);
  });

  test('profile import', async ({ page }) => {
    await arm(page);
    const site = new SitePage(page);
    await site.open('assess/');
    let before = await savedProfile(page);
    const input = page.locator('input[type=file]');
    const status = page.locator('.data-tools').getByRole('status');
    const file = (text: string) => ({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    let refused = 0;
    for (const [i, p] of PAYLOADS.entries()) {
      // First a file whose refusal is worded uniquely (the column of its first character), so
      // that the answer to the payload's file is told apart from the one before it.
      await input.setInputFiles(file(`${' '.repeat(i)}x`));
      const previous = await answerAfter(page, `column ${i + 1})`, null);
      // Each field of the file holds the payload.
      const profile = { targets: [p], skills: { [p]: { self_rating: 2 } }, credentials: [{ id: p }], experience: { total_years: 3, by_domain: { [p]: 1 } } };
      await input.setInputFiles(file(JSON.stringify({ version: 2, profile })));
      await answerAfter(page, '', previous);
      await expect(status).toHaveText(/^(That file was not imported: .*Your current data has not changed\.|Your profile was imported\.)$/s);
      const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('hcp.profile')))!);
      if ((await status.innerText()).startsWith('That file was not imported')) {
        refused += 1;
        expect(stored, 'a refused import changes nothing').toEqual(before);
      } else {
        // An accepted file (the payload was shaped like an id) is the profile now, as asked.
        expect(stored.profile.targets).toEqual([p]);
        before = stored;
      }
    }
    // A file that is the payload itself, not JSON.
    for (const p of PAYLOADS.slice(0, 40)) {
      await input.setInputFiles(file(p));
      await expect(status).toHaveText(/^That file was not imported: .*Your current data has not changed\.$/s);
    }
    await assertUnharmed(page, 'profile import', before);
    report('profile import', PAYLOADS.length - refused, refused);
  });

  test('the role editor', async ({ page }) => {
    await arm(page);
    const site = new SitePage(page);
    await site.open('hire/');
    const before = await savedProfile(page);
    await page.getByRole('button', { name: 'Start a blank role' }).click();
    const title = page.getByLabel('Job title');
    const location = page.getByLabel('Location');
    for (const p of PAYLOADS) {
      await title.fill(p.slice(0, 1000));
      await location.fill(p.slice(0, 1000));
      await location.press('Tab');
    }
    await assertUnharmed(page, 'role editor', before);
  });
});
