import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';

import type { JudgeWork, LiveBoard, Track, TrackResults } from '@contest/contracts';

import { api } from './support/api';
import {
  baseUrl,
  desktopPage,
  launchBrowser,
  phonePage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';

const PASSWORD = 'Demo@2026';

/** Asks until the answer is what is expected (the hall moves by pushes, not at once), or fails after 10 s. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const until = Date.now() + 10_000;
  let seen = await read();
  while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 150));
    seen = await read();
  }
  expect(seen).toEqual(expected);
}
const JUDGES = ['giamkhao@quangan.gov.vn', 'giamkhao4@quangan.gov.vn'];
const OFF_PANEL = 'giamkhao5@quangan.gov.vn';

/**
 * The demo's city contest on the day of its final, cut to three teams and two judges: the
 * organizer runs it from the control screen, the judges score each part on their phones, a
 * projector (signed in as nobody) follows; the organizer reveals the standings, publishes the
 * results and downloads a winner's certificate.
 */
describe('a live final in a hall', () => {
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

  it('runs three teams part by part with two judges on phones, reveals on the projector and prints a certificate', async () => {
    const organizer = await desktopPage(browser);
    await withScreenshotOnFailure(organizer, 'live-final-organizer', async () => {
      await signIn(organizer, 'btc@quangan.gov.vn', PASSWORD);
      const { items } = await api<{ items: Track[] }>(organizer, 'GET', '/tracks');
      const track = items.find((t) => t.stages.some((s) => s.kind === 'live_final'))!;
      const final = track.stages.find((s) => s.kind === 'live_final')!;
      // Three teams and two judges: the others step out of this run of the demo's final.
      const { rows } = await db.query<{ entryId: number }>(
        `SELECT e AS "entryId" FROM live_finals, unnest(running_order) WITH ORDINALITY AS o(e, i)
         WHERE stage_id = $1 ORDER BY i`,
        [final.id],
      );
      const teams = rows.slice(0, 3).map((r) => r.entryId);
      await db.query(
        `UPDATE stage_entries SET state = 'out' WHERE stage_id = $1 AND NOT (entry_id = ANY($2::int[]))`,
        [final.id, teams],
      );
      await db.query(
        `DELETE FROM judge_assignments WHERE stage_id = $1 AND judge_id = (SELECT id FROM users WHERE login = $2)`,
        [final.id, OFF_PANEL],
      );

      const projector = await (
        await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' })
      ).newPage();
      await projector.goto(`${baseUrl()}/live/${final.id}`);
      await projector.getByTestId('live-projector').waitFor();

      const phones: Page[] = [];
      for (const login of JUDGES) {
        const phone = await phonePage(browser);
        await signIn(phone, login, PASSWORD);
        await phone.goto(`${baseUrl()}/judging/live/${final.id}`);
        await phone.getByTestId('live-judging').waitFor();
        phones.push(phone);
      }

      await organizer.goto(`${baseUrl()}/organizer/stages/${final.id}/live`);
      const onStage = organizer.getByTestId('live-on-stage-card');
      await onStage.waitFor();
      const board = () => api<LiveBoard>(organizer, 'GET', `/live/${final.id}`);
      for (const [t, entryId] of teams.entries())
        for (const part of [0, 1, 2]) {
          await onStage.getByTestId('live-next-part').click();
          await eventually(async () => (await board()).current, { entryId, part });
          // The projector follows the hall without a reload.
          await projector.getByTestId('live-part').filter({ hasText: final.parts[part].name }).waitFor();
          await onStage.getByTestId('live-open-scoring').click();
          await onStage.getByTestId('live-close-scoring').waitFor();
          for (const [j, phone] of phones.entries()) {
            const sheet = phone.getByTestId('live-sheet');
            await sheet.waitFor();
            const fields = sheet.getByTestId('live-points');
            const count = await fields.count();
            expect(count).toBe(final.criteria.filter((c) => c.part === part).length);
            for (let k = 0; k < count; k++) await fields.nth(k).fill(String(8 - t * 2 - j));
            await sheet.getByTestId('live-send').click();
            await sheet.locator('[data-testid="live-sheet-status"][data-status="saved"]').waitFor();
          }
          await onStage.getByTestId('live-missing-none').waitFor();
          await onStage.getByTestId('live-close-scoring').click();
          await onStage.getByTestId('live-open-scoring').waitFor();
        }
      // Every sheet the phones sent is the judge's own, whole and saved.
      const work = await api<JudgeWork>(phones[0], 'GET', '/judging');
      const mine = work.stages.find((s) => s.stage.id === final.id)!;
      expect(
        mine.entries
          .filter((e) => e.complete)
          .map((e) => e.entry.id)
          .sort(),
      ).toEqual([...teams].sort());

      // Nothing reaches the hall before the reveal; then the standings, best first.
      expect((await board()).standings).toEqual([]);
      const standings = organizer.getByTestId('live-standings-card');
      await standings.getByTestId('live-reveal-all').click();
      await projector.getByTestId('live-standing').nth(2).waitFor();
      const shown = await projector.getByTestId('live-standing').allInnerTexts();
      const revealed = (await board()).standings;
      expect(revealed.map((s) => s.rank)).toEqual([1, 2, 3]);
      expect(revealed.map((s) => s.entryId).sort()).toEqual([...teams].sort());
      expect(shown[0]).toContain(revealed[0].title);
      expect((await board()).revealedAll).toBe(true);

      // Lock, publish the results from the awards page, and download the winner's certificate.
      await api(organizer, 'POST', `/stages/${final.id}/lock`, { reason: null });
      await organizer.goto(`${baseUrl()}/organizer/tracks/${track.id}/awards`);
      await organizer.getByTestId('awards-publish').click();
      await organizer.getByTestId('awards-publish-dialog-confirm').click();
      await organizer.getByTestId('results-published').waitFor();
      const results = await api<TrackResults>(organizer, 'GET', `/tracks/${track.id}/results`);
      const winner = results.standings[0];
      expect(winner.prize?.label).toBe('Giải Nhất');
      const row = organizer.getByTestId('track-standing').first();
      const menu = row.getByTestId('certificate-menu');
      if ((await menu.count()) > 0) await menu.click();
      const [download] = await Promise.all([
        organizer.waitForEvent('download'),
        organizer.getByTestId('certificate-download').first().click(),
      ]);
      const pdf = await readFile((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
      expect(text).toContain('GIẤY CHỨNG NHẬN');
      expect(text).toContain(winner.authors[0].normalize('NFC'));
      expect(text).toContain('Giải Nhất');
    });
  });
});
