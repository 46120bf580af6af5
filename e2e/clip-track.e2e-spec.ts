import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';
import type { Browser } from 'playwright-core';

import type { AssignmentBoard, Track } from '@contest/contracts';

import { api } from './support/api';
import {
  baseUrl,
  desktopPage,
  launchBrowser,
  phonePage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';

const run = promisify(execFile);
const PASSWORD = 'Demo@2026';
const HOUR = 3600_000;

describe('the clip track, from a unit admin’s upload to the published gallery', () => {
  let browser: Browser;
  let db: Client;
  let dir: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    dir = await mkdtemp(join(tmpdir(), 'e2e-clip-'));
  });
  afterAll(async () => {
    await db.end();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a unit admin uploads a clip on a phone, an organizer accepts it, two judges score it, the organizer locks and publishes, and the gallery ranks it', async () => {
    const title = `Một cửa điện tử ${Date.now() % 100000}`;
    const clip = join(dir, 'mot-cua.mp4');
    await run('ffmpeg', [
      ...[
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'testsrc2=size=640x360:rate=25',
        '-f',
        'lavfi',
        '-i',
        'sine',
      ],
      ...['-t', '4', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', clip],
    ]);

    // The organizer opens a call for this journey (the demo's own calls stay as they are).
    const organizer = await desktopPage(browser);
    await signIn(organizer, 'btc@quangan.gov.vn', PASSWORD);
    const [{ id: contestId }] = (await db.query('SELECT min(id) AS id FROM contests')).rows;
    const track = await api<Track>(organizer, 'POST', `/contests/${contestId}/tracks`, {
      kind: 'clip',
      settings: {
        title: `Clip “Một cửa điện tử” (hành trình thử)`,
        rulesText: 'Mỗi đơn vị gửi một clip, không quá 3 phút.',
        opensAt: new Date(Date.now() - HOUR).toISOString(),
        closesAt: new Date(Date.now() + HOUR).toISOString(),
        submitter: 'unit_admin',
        entriesPerUnit: 1,
        topics: ['Chuyển đổi số'],
        allowFiles: true,
        allowLinks: true,
        maxMegabytes: 50,
        maxDurationSeconds: 180,
        formats: ['mp4'],
      },
    });
    const stage = track.stages[0];

    // 1. The unit admin sends the clip from a phone and watches it upload and be processed.
    const unitAdmin = await phonePage(browser);
    await withScreenshotOnFailure(unitAdmin, 'clip-unit-admin', async () => {
      await signIn(unitAdmin, 'noivu@quangan.gov.vn', PASSWORD);
      await unitAdmin.goto(`${baseUrl()}/my-entries/${track.id}`);
      // With no entry yet the form is already open; otherwise it opens with "new entry".
      const form = unitAdmin.getByTestId('entry-create-form');
      await form.or(unitAdmin.getByTestId('entry-new')).waitFor();
      if (!(await form.isVisible())) await unitAdmin.getByTestId('entry-new').click();
      await unitAdmin.getByTestId('entry-title').fill(title);
      await unitAdmin.getByTestId('entry-topic').click();
      await unitAdmin.getByRole('option', { name: 'Chuyển đổi số' }).click();
      await unitAdmin.getByTestId('entry-author-0').fill('Trần Thị Hạnh');
      await unitAdmin.getByTestId('entry-description').fill('Một ngày ở bộ phận một cửa: hồ sơ trực tuyến.');
      await unitAdmin.getByTestId('entry-form-file-input').setInputFiles(clip);
      await unitAdmin.getByTestId('entry-save').click();
      await unitAdmin.getByTestId('entry-video').waitFor({ timeout: 60_000 });
      expect(await unitAdmin.getByTestId('entry-video-facts').textContent()).toContain('640 × 360');
      expect(await unitAdmin.getByTestId('entry-screening').textContent()).toMatch(/chờ/i);
    });

    // 2. The organizer accepts it in screening, then gives every entry two judges.
    await withScreenshotOnFailure(organizer, 'clip-organizer-screening', async () => {
      await organizer.goto(`${baseUrl()}/organizer/tracks/${track.id}/screening`);
      const card = organizer.getByTestId('screening-entry').filter({ hasText: title });
      await card.getByTestId('entry-accept').click();
      await card.getByTestId('entry-accept').waitFor({ state: 'detached' });
      expect(await card.getByTestId('screening-state').textContent()).toMatch(/nhận/i);
      await organizer.goto(`${baseUrl()}/organizer/stages/${stage.id}/assignments`);
      await organizer.getByTestId('auto-assign-per-entry').fill('2');
      await organizer.getByTestId('auto-assign-button').click();
      await organizer.getByTestId('auto-assign-result').waitFor();
    });
    const board = await api<AssignmentBoard>(organizer, 'GET', `/stages/${stage.id}/assignments`);
    const judges = board.assignments.map((a) => board.judges.find((j) => j.id === a.judgeId)!);
    expect(judges).toHaveLength(2);
    // The window closes (judging starts after it, once no entry can change).
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);

    // 3. Two judges each score it on the rubric, the clip in the page.
    for (const [k, judge] of judges.entries()) {
      const page = await desktopPage(browser);
      await withScreenshotOnFailure(page, `clip-judge-${k}`, async () => {
        await signIn(page, judge.login, PASSWORD);
        await page.goto(`${baseUrl()}/judging`);
        await page.getByTestId('judge-entry').filter({ hasText: title }).click();
        await page.getByTestId('score-sheet').waitFor();
        const fields = page.getByTestId('sheet-points');
        const count = await fields.count();
        expect(count).toBe(stage.criteria.length);
        for (let i = 0; i < count; i++)
          await fields.nth(i).fill(String(Math.floor(stage.criteria[i].maxPoints * (k === 0 ? 0.8 : 0.6))));
        await page.getByTestId('sheet-save').click();
        await page.getByTestId('sheet-sum').filter({ hasText: /\d/ }).waitFor();
        await page.goto(`${baseUrl()}/judging`);
        await page
          .getByTestId('judge-entry')
          .filter({ hasText: title })
          .getByTestId('judge-entry-total')
          .waitFor();
      });
      await page.context().close();
    }

    // 4. The organizer locks judging and publishes.
    await withScreenshotOnFailure(organizer, 'clip-organizer-results', async () => {
      await organizer.goto(`${baseUrl()}/organizer/stages/${stage.id}/results`);
      await organizer.getByTestId('standing-row').filter({ hasText: title }).waitFor();
      await organizer.getByTestId('lock-button').click();
      await organizer.getByTestId('lock-dialog-confirm').click();
      await organizer.getByTestId('publish-button').click();
      await organizer.getByTestId('publish-dialog-confirm').click();
      await organizer.getByTestId('stage-published').waitFor();
    });

    // 5. Anyone sees the winner and the ranking in the gallery, traced to both judges' sheets.
    const visitor = await phonePage(browser);
    await withScreenshotOnFailure(visitor, 'clip-gallery', async () => {
      await visitor.goto(`${baseUrl()}/clips/${track.id}`);
      const winners = visitor.getByTestId('gallery-results');
      await winners.waitFor();
      expect(await winners.getByTestId('prize-group').first().textContent()).toContain(title);
      await visitor.getByTestId('ranking-link').click();
      await visitor.getByTestId('ranking').waitFor();
      await visitor.getByTestId('standing').filter({ hasText: title }).locator('button').first().click();
      expect(await visitor.getByTestId('judge-sheet').count()).toBe(2);
    });
  });
});
