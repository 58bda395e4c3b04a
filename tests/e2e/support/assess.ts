import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus: the way a keyboard user reaches it. */
export async function tabTo(page: Page, target: Locator, max = 200) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/** The assessment of one role. */
export class AssessPage {
  readonly page: Page;
  readonly main: Locator;
  readonly results: Locator;
  readonly progress: Locator;

  constructor(page: Page) {
    this.page = page;
    this.main = page.getByRole('main');
    this.results = this.main.getByRole('heading', { level: 2, name: /^(Results for |Your results for this role)/ });
    this.progress = this.main.getByText(/\d+ of \d+ skills done/);
  }

  rating(level: string): Locator {
    return this.main.getByRole('group', { name: 'Which describes you best?' }).getByRole('radio', { name: new RegExp(`^${level}`) });
  }

  /** Answers the current step by keyboard alone: rate, answer the question, or go on. */
  async stepByKeyboard(levelName = 'Level 2'): Promise<'rated' | 'answered' | 'next' | 'done'> {
    const page = this.page;
    if (await this.results.isVisible()) return 'done';
    const nextSkill = this.main.getByRole('button', { name: 'Next skill' });
    if (await nextSkill.isVisible()) {
      await tabTo(page, nextSkill);
      await page.keyboard.press('Enter');
      return 'next';
    }
    const next = this.main.getByRole('button', { name: 'Next', exact: true });
    if (await next.isVisible()) {
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      return 'next';
    }
    const check = this.main.getByRole('button', { name: 'Check answer' });
    if (await check.isVisible()) {
      const question = this.main.locator('form.question');
      const first = question.getByRole('radio').first();
      await tabTo(page, first);
      await page.keyboard.press('Space');
      await tabTo(page, check);
      await page.keyboard.press('Enter');
      await expect(this.main.getByRole('button', { name: 'Next', exact: true })).toBeFocused();
      return 'answered';
    }
    const none = this.rating('None yet');
    await tabTo(page, none);
    const target = this.rating(levelName);
    for (let i = 0; i < 5 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
    await expect(target).toBeChecked();
    return 'rated';
  }

  /** Completes the whole assessment by keyboard, rating every skill at `levelName`. */
  async completeByKeyboard(levelName = 'Level 2') {
    for (let i = 0; i < 400; i++) {
      if ((await this.stepByKeyboard(levelName)) === 'done') return;
    }
    throw new Error('the assessment did not finish');
  }
}
