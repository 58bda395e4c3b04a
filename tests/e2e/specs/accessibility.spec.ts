import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures';
import { routeSamples, SitePage } from '../support/site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const rel of [...routeSamples(), 'no-such-page/']) {
      test(`/${rel} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        const site = new SitePage(page);
        await site.open(rel);
        await expect(site.heading).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test.describe('axe-core at phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the home page has no violations', async ({ page }) => {
    const site = new SitePage(page);
    await site.open('');
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
