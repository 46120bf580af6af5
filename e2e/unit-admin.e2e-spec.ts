import type { Browser, Page } from 'playwright-core';

import { ROSTER_SHEET, type CurrentRoundResponse } from '@contest/contracts';

import {
  baseUrl,
  desktopPage,
  launchBrowser,
  phonePage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';

const DEMO_CONTEST = 'cải cách hành chính';
const DEMO_WEEK = 'Tuần 1 · Vòng 1 (đang mở)';

/** A name no other journey uses: letters from the clock, since a name holds no digits. */
function uniqueName(stamp: string): string {
  const letters = [...stamp].map((digit) => 'abcdeghikl'[Number(digit)]).join('');
  return `Đồng Nghiệp Kiểm Thử ${letters[0].toUpperCase()}${letters.slice(1)}`;
}

/** The unit admin's roster file, in the template's columns; the colleague belongs to the unit itself. */
function rosterCsv(fullName: string, phone: string): Buffer {
  const h = ROSTER_SHEET.headers;
  const lines = [[h.fullName, h.phone, h.email, h.subUnit].join(','), [fullName, phone, '', ''].join(',')];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The "taken part" card's figure, as shown. */
async function takenPartCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('count-taken_part-value').textContent()) ?? '';
  expect(text).toMatch(/^\d[\d.]*$/);
  return Number(text.replace(/\./g, ''));
}

describe('a unit admin at a PC', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('uploads a roster, sees a rostered colleague as not yet, and sees them move to taken part live once they submit', async () => {
    const stamp = String(Date.now()).slice(-8);
    const phone = `09${stamp}`;
    const name = uniqueName(stamp);
    const page = await desktopPage(browser);
    await withScreenshotOnFailure(page, 'unit-admin', async () => {
      await signIn(page, 'noivu@quangan.gov.vn', 'Demo@2026');
      // Week 1 of the demo contest, open now (the organizer journey may have added a contest beside it).
      const current = await page.evaluate(
        async () => (await fetch('/api/rounds/current')).json() as Promise<CurrentRoundResponse>,
      );
      const demoRound = current.rounds
        .map((entry) => entry.round)
        .find((round) => round.weekNumber === 1 && round.contestName.includes(DEMO_CONTEST));
      if (!demoRound) throw new Error('the demo contest has no week 1 among the current rounds');
      expect(demoRound.status).toBe('open');

      await page.goto(`${baseUrl()}/my-unit`);
      await page.getByTestId('my-unit-name').filter({ hasText: 'Sở Nội vụ' }).waitFor();

      // The roster, from the unit admin's own file: checked whole first, then imported.
      await page.getByTestId('my-unit-tab-roster').click();
      await page.getByTestId('roster-file').setInputFiles({
        name: 'danh-sach-can-bo.csv',
        mimeType: 'text/csv',
        buffer: rosterCsv(name, phone),
      });
      await page.locator('[data-testid="roster-report"][data-ok="true"][data-dry-run="true"]').waitFor();
      await page.getByTestId('roster-confirm').click();
      await page.getByTestId('roster-imported').waitFor();
      await page.locator('[data-testid="roster-row"][data-linked="false"]', { hasText: name }).waitFor();
      await page.locator('[data-testid="roster-row"]', { hasText: phone }).waitFor();

      // Who has taken part in this week's round: the colleague is listed, without an account yet.
      // Another journey may have opened a round of its own since: the demo's week 1 is chosen by name.
      const peopleOfDemoRound = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname.endsWith('/people') &&
          new URL(response.url()).searchParams.get('roundId') === String(demoRound.id) &&
          response.ok(),
      );
      await page.getByTestId('my-unit-tab-people').click();
      const picker = page.getByTestId('my-unit-round');
      await picker.waitFor();
      if ((await picker.inputValue()) !== DEMO_WEEK) {
        await picker.click();
        await page.getByRole('option', { name: DEMO_WEEK }).click();
      }
      await peopleOfDemoRound;
      expect(await picker.inputValue()).toBe(DEMO_WEEK);
      await page.getByTestId('people-search').fill(name);
      const row = page.locator('[data-testid="person-row"]', { hasText: name });
      await row.waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.getAttribute('data-status')).toBe('not_yet');
      expect(await row.getByTestId('person-name').textContent()).toBe(name);
      expect(await row.textContent()).toContain('Chưa đăng ký tài khoản');
      expect(await row.textContent()).toContain(phone);
      // Following the unit's room, so what follows arrives pushed, not polled.
      await page.locator('[data-testid="my-unit-live"][data-state="live"]').waitFor({ timeout: 30_000 });
      const takenPartBefore = await takenPartCount(page);
      await page.evaluate(() => {
        (globalThis as { __marker?: number }).__marker = 1;
      });
      const urlBefore = page.url();

      // The colleague, on their phone: registers with the rostered number, takes the round, submits.
      const colleague = await phonePage(browser);
      await withScreenshotOnFailure(colleague, 'unit-admin-colleague', async () => {
        await colleague.goto(`${baseUrl()}/register`);
        await colleague.getByTestId('fullname-input').fill(name);
        await colleague.getByTestId('login-input').fill(phone);
        await colleague.getByTestId('password-input').fill('mat-khau-e2e');
        await colleague.getByTestId('unit-search').fill('so noi vu');
        await colleague
          .getByRole('option', { name: /Sở Nội vụ/ })
          .first()
          .click();
        await colleague.getByTestId('register-submit').click();
        await colleague
          .getByTestId('round-card')
          .filter({ hasText: DEMO_CONTEST })
          .getByTestId('start-attempt')
          .click();
        await colleague.getByTestId('confirm-start').click();
        await colleague.waitForURL(/\/attempts\/\d+$/);
        for (let i = 0; i < 10; i++) {
          await colleague.getByTestId('question-text').waitFor();
          await colleague.getByTestId('option-0').check();
          if (i < 9) await colleague.getByTestId('next-question').click();
        }
        await colleague.getByTestId('autosave-state').filter({ hasText: 'Đã lưu' }).waitFor();
        await colleague.getByTestId('submit-attempt').click();
        await colleague.getByTestId('confirm-submit').click();
        await colleague.waitForURL(/\/attempts\/\d+\/result$/);
        await colleague.getByTestId('result-score').waitFor({ timeout: 30_000 });
      });
      await colleague.context().close();

      // Back at the PC, untouched: the row moves on the push, linked to the new account.
      await page
        .locator('[data-testid="person-row"][data-status="taken_part"]', { hasText: name })
        .waitFor({ timeout: 30_000 });
      await page
        .getByTestId('count-taken_part-value')
        .filter({ hasText: new RegExp(`^${takenPartBefore + 1}$`) })
        .waitFor({ timeout: 15_000 });
      expect(await takenPartCount(page)).toBe(takenPartBefore + 1);
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).not.toContain('Chưa đăng ký tài khoản');
      expect(await page.evaluate(() => (globalThis as { __marker?: number }).__marker)).toBe(1);
      expect(page.url()).toBe(urlBefore);
      expect(await page.getByTestId('my-unit-live').getAttribute('data-state')).toBe('live');
    });
  });
});
