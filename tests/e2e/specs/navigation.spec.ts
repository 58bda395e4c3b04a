import { test, expect } from '../support/fixtures';
import { NAV, SitePage } from '../support/site';

/** Sections served by the tools bundle. */
const TOOLS = new Set(['assess', 'search', 'plan', 'hire']);

test.describe('navigation', () => {
  test('every section is reachable from the header and marked current; reading pages navigate client-side', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('');
    // A marker on window survives client-side navigation but not a full page load.
    const mark = () => page.evaluate(() => ((window as unknown as { spaMarker: number }).spaMarker = 1));
    const marked = () => page.evaluate(() => (window as unknown as { spaMarker?: number }).spaMarker);
    await mark();
    for (const [label, slug] of NAV) {
      await site.navLink(label).click();
      await expect(page).toHaveURL(new RegExp(`/${slug}/$`));
      await expect(site.heading).toBeVisible();
      await expect(site.navLink(label)).toHaveAttribute('aria-current', 'page');
      await expect(page).toHaveTitle(/· Health Cyber Pathways$/);
      if (TOOLS.has(slug)) {
        // The tools are a separate bundle: their pages load in full.
        await site.appReady();
        await mark();
      } else {
        expect(await marked(), `/${slug}/ was loaded client-side`).toBe(1);
      }
    }
  });

  test('back and forward restore the previous page', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('about/');
    await expect(site.heading).toHaveText('About Health Cyber Pathways');
    await site.main.getByRole('link', { name: 'Privacy' }).first().click();
    await expect(site.heading).toHaveText('Privacy');
    await page.goBack();
    await expect(site.heading).toHaveText('About Health Cyber Pathways');
    await expect(page).toHaveTitle('About Health Cyber Pathways · Health Cyber Pathways');
    await page.goForward();
    await expect(site.heading).toHaveText('Privacy');
  });

  test('after a client-side navigation, focus moves to the new page heading', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('');
    await site.navLink('About').click();
    await expect(site.heading).toBeFocused();
  });

  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('about/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(site.main).toBeFocused();
    await expect(page).toHaveURL(/\/about\/#main$/);
    await expect(site.heading).toHaveText('About Health Cyber Pathways');
  });

  test('the header works by keyboard alone', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('');
    await site.navLink('Roles').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/roles\/$/);
    await expect(site.heading).toBeFocused();
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the navigation is one row that scrolls sideways and works by keyboard', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('about/');
    await expect(site.navLink('Roles')).toBeVisible();
    const nav = page.locator('#site-nav');
    const { scrollWidth, clientWidth } = await nav.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // The current section has been scrolled into view.
    await expect(site.navLink('About')).toBeInViewport();
    await site.navLink('Credentials').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/credentials\/$/);
    await expect(site.navLink('Credentials')).toHaveAttribute('aria-current', 'page');
  });

  test('no page scrolls sideways at 360 px', async ({ page }) => {
    const site = new SitePage(page);
    for (const rel of ['', 'about/', 'roles/', 'roles/soc-analyst/', 'credentials/chps/', 'programs/', 'assess/', 'no-such-page/']) {
      await site.open(rel);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on /${rel}`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('taking over the pre-rendered page', () => {
  test('the first page is kept, not rendered again, and nothing shifts', async ({ page }) => {
    await page.goto(new URL('roles/soc-analyst/', process.env.BASE_URL).toString());
    const heading = page.getByRole('heading', { level: 1 });
    await heading.evaluate((el) => ((el as unknown as { marker: number }).marker = 7));
    await expect(page.locator('html.js')).toHaveCount(1);
    // The same DOM node is still there after the app started.
    expect(await heading.evaluate((el) => (el as unknown as { marker?: number }).marker)).toBe(7);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
              if (!e.hadRecentInput) total += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
});
