import type { Browser } from 'playwright-core';

import { baseUrl, launchBrowser, phonePage, withScreenshotOnFailure } from './support/browser';

describe('a civil servant on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('registers under their unit, reads the rules, takes the weekly quiz, sees the graded result, and starts again with their prediction', async () => {
    const page = await phonePage(browser);
    await withScreenshotOnFailure(page, 'take-quiz', async () => {
      await page.goto(`${baseUrl()}/register`);
      await page.getByTestId('fullname-input').fill('Nguyễn Thị Kiểm Thử');
      await page.getByTestId('login-input').fill(`09${String(Date.now()).slice(-8)}`);
      await page.getByTestId('password-input').fill('mat-khau-e2e');
      await page.getByTestId('unit-search').fill('so noi vu');
      await page
        .getByRole('option', { name: /Sở Nội vụ/ })
        .first()
        .click();
      await page.getByTestId('register-submit').click();

      // The demo contest's card: the organizer journey may have opened a second contest beside it.
      const demoRound = page.getByTestId('round-card').filter({ hasText: 'cải cách hành chính' });
      // The rules come first; the clock starts only on the confirm.
      await demoRound.getByTestId('start-attempt').click();
      const rules = page.getByTestId('start-rules');
      await rules.waitFor();
      expect(await rules.textContent()).toContain('15 phút');
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByTestId('confirm-start').click();
      await page.waitForURL(/\/attempts\/\d+$/);
      await page.getByTestId('quiz-timer').waitFor();
      const total = 10;
      for (let i = 0; i < total; i++) {
        await page.getByTestId('question-text').waitFor();
        await page.getByTestId('option-0').check();
        if (i < total - 1) {
          await page.getByTestId('next-question').click();
          // A screen reader lands on the new question, not on the button that led to it.
          const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
          expect(focused).toBe('question-heading');
        }
      }
      await page.getByTestId('prediction-input').fill('42');
      await page.getByTestId('autosave-state').filter({ hasText: 'Đã lưu' }).waitFor();
      const noHorizontalScroll = await page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth,
      );
      expect(noHorizontalScroll).toBe(true);

      await page.getByTestId('submit-attempt').click();
      await page.getByTestId('confirm-submit').click();
      await page.waitForURL(/\/attempts\/\d+\/result$/);
      const score = page.getByTestId('result-score');
      await score.waitFor({ timeout: 30_000 });
      expect(await score.textContent()).toMatch(/^\d+\s*\/\s*10$/);

      const attemptId = Number(/attempts\/(\d+)/.exec(page.url())![1]);
      const result = await page.evaluate(
        async (id) => (await fetch(`/api/attempts/${id}/result`)).json(),
        attemptId,
      );
      expect(result.status).toBe('graded');
      expect(await score.textContent()).toContain(String(result.score));

      // A second attempt starts with the first one's prediction, already saved, still editable.
      await page.goto(`${baseUrl()}/`);
      await demoRound.getByTestId('start-attempt').click();
      await page.getByTestId('confirm-start').click();
      await page.waitForURL(/\/attempts\/\d+$/);
      const prediction = page.getByTestId('prediction-input');
      await page.getByTestId('autosave-state').filter({ hasText: 'Đã lưu' }).waitFor();
      expect(await prediction.inputValue()).toBe('42');
      const secondId = Number(/attempts\/(\d+)/.exec(page.url())![1]);
      const second = await page.evaluate(async (id) => (await fetch(`/api/attempts/${id}`)).json(), secondId);
      expect(second.prediction).toBe(42);
    });
  });
});
