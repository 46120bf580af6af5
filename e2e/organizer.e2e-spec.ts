import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { Browser } from 'playwright-core';

import { QUESTION_SHEET } from '@contest/contracts';

import {
  baseUrl,
  desktopPage,
  launchBrowser,
  phonePage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';

// The second holds a comma: it must stay one topic from the wizard to the bank's import.
const TOPICS = ['Cải cách thủ tục hành chính', 'Chính phủ điện tử, chính phủ số'];
const CONTEST_NAME = 'Cuộc thi thử nghiệm của ban tổ chức';

/** The organizer's spreadsheet: 6 questions, 3 per topic, in the template's format. */
async function bankWorkbook(): Promise<Buffer> {
  const h = QUESTION_SHEET.headers;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  ws.addRow([h.text, ...h.options, h.correct, h.topic, h.difficulty]);
  for (let i = 1; i <= 6; i++) {
    const topic = TOPICS[i % 2];
    ws.addRow([
      `Câu hỏi số ${i} về ${topic.toLowerCase()}?`,
      `Đúng ${i}`,
      `Sai ${i}`,
      `Không rõ ${i}`,
      '',
      '',
      '',
      'A',
      topic,
      'Dễ',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "YYYY-MM-DDTHH:mm" in Asia/Ho_Chi_Minh, as a datetime-local input takes it. */
function vietnamLocal(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

describe('an organizer at a PC', () => {
  let browser: Browser;
  let db: Client;
  beforeAll(async () => {
    browser = await launchBrowser();
    db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await browser.close();
  });

  it('imports a bank from Excel, schedules a round, watches an attempt arrive live, finalises and downloads the winners', async () => {
    const page = await desktopPage(browser);
    await withScreenshotOnFailure(page, 'organizer', async () => {
      await signIn(page, 'btc@quangan.gov.vn', 'Demo@2026');

      // The wizard: a contest whose first weekly round opened a few minutes ago.
      await page.goto(`${baseUrl()}/organizer/contests/new`);
      await page.getByTestId('wizard-name').fill(CONTEST_NAME);
      const topics = page.getByTestId('wizard-topics');
      for (const topic of TOPICS) {
        await topics.pressSequentially(topic);
        await topics.press('Enter');
      }
      // Everyone's name and unit on the public page: the publish confirmation must say so.
      await page.getByTestId('wizard-publicRankingNames').check({ force: true });
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-firstOpensAt').fill(vietnamLocal(new Date(Date.now() - 5 * 60_000)));
      await page.getByTestId('wizard-openHours').fill('24');
      await page.getByTestId('wizard-weeks').fill('2');
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-questionsPerRound').fill('4');
      await page.getByTestId('wizard-quota-0').fill('2');
      await page.getByTestId('wizard-quota-1').fill('2');
      // Options in the bank's order, so the phone below can pick the key ("A") without knowing it.
      await page.getByTestId('wizard-shuffleOptions').uncheck({ force: true });
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-review').waitFor();
      await page.getByTestId('wizard-create').click();
      await page.waitForURL(/\/organizer\/contests\/\d+$/);
      const contestId = Number(/contests\/(\d+)/.exec(page.url())![1]);
      const {
        rows: [round],
      } = await db.query('SELECT id, name FROM rounds WHERE contest_id = $1 AND week_number = 1', [
        contestId,
      ]);

      // The bank, from the organizer's Excel file: checked first, then imported.
      await page.getByTestId('open-question-bank').click();
      await page.waitForURL(/\/questions$/);
      await page.getByTestId('import-file').setInputFiles({
        name: 'ngan-hang.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await bankWorkbook(),
      });
      await page.locator('[data-testid="import-report"][data-ok="true"]').waitFor();
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-done').waitFor();
      await page.getByTestId('question-row').nth(5).waitFor();

      // The live dashboard, open while a participant takes the round on a phone.
      await page.goto(`${baseUrl()}/organizer/rounds/${round.id}/dashboard`);
      await page.locator('[data-testid="dashboard-participants"][data-value="0"]').waitFor();
      const phone = await phonePage(browser);
      await withScreenshotOnFailure(phone, 'organizer-participant', async () => {
        await signIn(phone, '0912345678', 'Demo@2026');
        // The home page lists every open round: start the one of this contest, after its rules.
        await phone
          .getByTestId('round-card')
          .filter({ hasText: CONTEST_NAME })
          .getByTestId('start-attempt')
          .click();
        await phone.getByTestId('confirm-start').click();
        await phone.waitForURL(/\/attempts\/\d+$/);
        for (let i = 0; i < 4; i++) {
          await phone.getByTestId('question-text').waitFor();
          await phone.getByTestId('option-0').check();
          if (i < 3) await phone.getByTestId('next-question').click();
        }
        await phone.getByTestId('autosave-state').filter({ hasText: 'Đã lưu' }).waitFor();
        await phone.getByTestId('submit-attempt').click();
        await phone.getByTestId('confirm-submit').click();
        await phone.getByTestId('result-score').waitFor({ timeout: 30_000 });
      });
      // Pushed over the socket: the page is not reloaded.
      await page
        .locator('[data-testid="dashboard-participants"][data-value="1"]')
        .waitFor({ timeout: 15_000 });
      await page.locator('[data-testid="dashboard-graded"][data-value="1"]').waitFor({ timeout: 15_000 });
      await page.getByTestId('dashboard-leader-row').filter({ hasText: 'Nguyễn Văn An' }).waitFor();

      // The round closes (moved to now: the journey cannot wait a day), then finalise and publish.
      await db.query(`UPDATE rounds SET closes_at = now() - interval '1 second' WHERE id = $1`, [round.id]);
      await page.reload();
      await page.locator('[data-testid="dashboard-connection"][data-status="closed"]').waitFor();
      await page.goto(`${baseUrl()}/organizer/rounds/${round.id}/results`);
      await page.getByTestId('finalise-button').click();
      await page.getByTestId('finalise').waitFor();
      await page.getByTestId('finalise-confirm').click();
      await page.getByTestId('winners-table').waitFor();
      const {
        rows: [truth],
      } = await db.query(
        `SELECT count(DISTINCT user_id) FILTER (WHERE score = 4)::int AS perfect, max(score) AS best
           FROM attempts WHERE round_id = $1 AND status = 'graded'`,
        [round.id],
      );
      expect(await page.getByTestId('true-value').textContent()).toContain(String(truth.perfect));
      await page.getByTestId('winner-row').filter({ hasText: 'Nguyễn Văn An' }).waitFor();
      await page.getByTestId('publish-button').click();
      const publishDialog = page.getByTestId('publish');
      await publishDialog.filter({ hasText: `/results/${round.id}` }).waitFor();
      await publishDialog.filter({ hasText: 'mọi người dự thi cũng hiện ở đó' }).waitFor();
      await page.getByTestId('publish-confirm').click();
      await page.getByTestId('published-badge').waitFor();

      // The winners as XLSX, produced by a worker job and downloaded from the page.
      await page.getByTestId('export-round-winners').click();
      const link = page.getByTestId('export-download');
      await link.waitFor({ timeout: 30_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const file = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of file) chunks.push(chunk as Buffer);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0];
      expect(sheet.getRow(2).getCell(2).value).toBe('Nguyễn Văn An');
      expect(sheet.getRow(2).getCell(6).value).toBe(truth.best);
      expect(sheet.getRow(2).getCell(13).value).toBe('Giải Nhất');

      // The public results page matches the database.
      const visitor = await phonePage(browser);
      await visitor.goto(`${baseUrl()}/results/${round.id}`);
      await visitor.getByTestId('public-winner-row').filter({ hasText: 'Nguyễn Văn An' }).waitFor();
      expect(await visitor.getByTestId('public-true-value').textContent()).toContain(String(truth.perfect));
    });
  });
});
