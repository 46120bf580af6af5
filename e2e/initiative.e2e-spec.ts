import { mkdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';

import { REFORM_AREA_PRESETS, type AssignmentBoard, type Entry, type Track } from '@contest/contracts';

import { api, apiResponse } from './support/api';
import {
  baseUrl,
  desktopPage,
  launchBrowser,
  phonePage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';

const PASSWORD = 'Demo@2026';
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ARTIFACTS = join(__dirname, 'artifacts');
const AREA = REFORM_AREA_PRESETS.province[5];
const HEAD = { name: 'Lê Văn Hùng', position: 'Giám đốc Sở' };
const NEXT_STAGE = 'Chung khảo';
/** A row of the demo's register of initiatives already applied, which the lazy copy retypes. */
const APPLIED = 'Đánh giá sự hài lòng bằng máy tính bảng tại bộ phận một cửa';

/** A datetime-local value: the Vietnam wall clock the organizer's form takes. */
const vnClock = (ms: number) => new Date(ms + 7 * HOUR).toISOString().slice(0, 16);

/** A real one-page PDF (catalog, page, font, content, cross-reference table), small and generated here. */
function onePagePdf(lines: readonly string[]): Buffer {
  const text = lines.map((line, i) => `${i === 0 ? '' : 'T* '}(${line}) Tj`).join('\n');
  const content = `BT /F1 14 Tf 18 TL 56 780 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** An initiative as the api takes it: its parts, and one author who is its own representative. */
function initiativeBody(
  title: string,
  parts: Record<'summary' | 'problem' | 'solution' | 'application' | 'results', string>,
  author: { name: string; phone: string; email: string },
) {
  return {
    title,
    area: AREA,
    form: 'article',
    ...parts,
    authors: [{ ...author, unitName: 'Sở Nội vụ', position: 'Chuyên viên', representative: true }],
  };
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe('an initiative, from its author’s phone to the next judged stage', () => {
  let browser: Browser;
  let db: Client;
  let dir: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    dir = await mkdtemp(join(tmpdir(), 'e2e-initiative-'));
  });
  afterAll(async () => {
    await db.end();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('an author sends an article with a PDF, the unit forwards it, the organizer finds a lazy copy, accepts the original, two judges score it and it advances', async () => {
    const title = `Ký số hồ sơ một cửa trên điện thoại ${Date.now() % 100000}`;
    const rivalTitle = 'Hộp thư góp ý điện tử của cơ quan';
    const pdfName = 'Báo cáo hiệu quả áp dụng.pdf';
    const pdf = join(dir, pdfName);
    await writeFile(
      pdf,
      onePagePdf(['Bao cao hieu qua ap dung sang kien', 'Ky so ho so mot cua tren dien thoai']),
    );

    // 0. The organizer opens an initiative call of its own (the demo's call stays as it is): open
    //    since an hour, closing in three days, units forwarding until five days from now.
    const organizer = await desktopPage(browser);
    let track!: Track;
    await withScreenshotOnFailure(organizer, 'initiative-organizer-track', async () => {
      await signIn(organizer, 'btc@quangan.gov.vn', PASSWORD);
      await organizer.goto(`${baseUrl()}/organizer/clips`);
      await organizer.getByTestId('new-track-open').click();
      await organizer.getByTestId('track-kind-initiative').check();
      await organizer.getByTestId('initiative-settings').waitFor();
      await organizer.getByTestId('track-title').fill('Sáng kiến chuyển đổi số (hành trình thử)');
      await organizer.getByTestId('track-rules').fill('Mỗi cán bộ gửi sáng kiến về đơn vị mình.');
      await organizer.getByTestId('track-opensAt').fill(vnClock(Date.now() - HOUR));
      await organizer.getByTestId('track-closesAt').fill(vnClock(Date.now() + 3 * DAY));
      await organizer.getByTestId('unit-deadline').fill(vnClock(Date.now() + 5 * DAY));
      await organizer.getByTestId('track-entriesPerUnit').fill('4');
      await organizer.getByTestId('new-track-submit').click();
      await organizer.waitForURL(/\/organizer\/tracks\/\d+$/);
      const trackId = Number(/\/tracks\/(\d+)$/.exec(organizer.url())![1]);
      track = await api<Track>(organizer, 'GET', `/tracks/${trackId}`);
    });
    expect(track.kind).toBe('initiative');
    expect(track.submitter).toBe('participant');
    expect(track.stages.map((s) => s.kind)).toEqual(['unit_review', 'screening', 'judged']);
    const preliminary = track.stages[2];

    // 1. The author writes the article on a phone, attaches the PDF and sends it to the unit.
    const author = await phonePage(browser);
    let entryId = 0;
    await withScreenshotOnFailure(author, 'initiative-author', async () => {
      await signIn(author, '0912345678', PASSWORD);
      await author.goto(`${baseUrl()}/my-entries/${track.id}?edit=new`);
      const editor = author.getByTestId('initiative-editor');
      await editor.waitFor();
      await author.getByTestId('initiative-title').fill(title);
      await author.getByTestId('initiative-area-select').click();
      await author.getByRole('option', { name: AREA }).click();
      await author
        .getByTestId('initiative-summary')
        .fill(
          'Lãnh đạo ký số kết quả hồ sơ một cửa ngay trên điện thoại, người dân nhận bản điện tử trong ngày.',
        );
      await author
        .getByTestId('initiative-problem')
        .fill(
          'Hồ sơ xong vẫn phải chờ lãnh đạo về cơ quan ký giấy, có khi hai ba ngày mới trả được kết quả.',
        );
      await author
        .getByTestId('initiative-solution')
        .fill(
          'Cấp chữ ký số từ xa cho lãnh đạo, phần mềm một cửa gửi thông báo khi có hồ sơ chờ ký trên điện thoại.',
        );
      await author
        .getByTestId('initiative-application')
        .fill('Áp dụng tại bộ phận một cửa của Sở từ tháng Ba, cho toàn bộ thủ tục mức độ toàn trình.');
      await author
        .getByTestId('initiative-results')
        .fill('Thời gian chờ ký giảm từ hai ngày xuống dưới bốn giờ; không còn hồ sơ trễ hạn vì chờ ký.');
      // The author is filled in from the account (name, unit, the phone they sign in with).
      expect(await author.getByTestId('author-1-name').inputValue()).toBe('Nguyễn Văn An');
      expect(await author.getByTestId('author-1-phone').inputValue()).toBe('0912345678');
      await author.getByTestId('author-1-position').fill('Chuyên viên');
      await author.getByTestId('author-1-email').fill('an.nguyen@quangan.gov.vn');

      // Saved as typed: the first save makes the draft, which then takes attachments.
      await author.locator('[data-testid="initiative-editor"]:not([data-entry-id=""])').waitFor();
      entryId = Number(await editor.getAttribute('data-entry-id'));
      await author.getByTestId('attachment-input').setInputFiles(pdf);
      const attachment = author.getByTestId('attachment-row').filter({ hasText: pdfName });
      await attachment.waitFor();
      expect(await attachment.textContent()).toContain('PDF');
      await author.locator('[data-testid="initiative-checklist"][data-left="0"]').waitFor();
      await author.locator('[data-testid="initiative-save-state"][data-state="saved"]').waitFor();
      await screenshot(author, 'initiative-author-form');

      await author.getByTestId('initiative-send').click();
      await author.getByTestId('initiative-send-confirm').click();
      const card = author.getByTestId(`initiative-${entryId}`);
      await card.waitFor();
      expect(await card.getAttribute('data-state')).toBe('withUnit');
    });
    const sent = await api<Entry>(author, 'GET', `/entries/${entryId}`);
    expect(sent.unitReview?.state).toBe('pending');
    expect(sent.attachments.map((a) => [a.name, a.kind])).toEqual([[pdfName, 'pdf']]);
    // Sent: the text is the unit's to judge now, no longer the author's to change.
    const late = await apiResponse<{ code: string }>(
      author,
      'PUT',
      `/entries/${entryId}/initiative`,
      initiativeBody(
        title,
        { summary: 'Sửa sau khi gửi', problem: '', solution: '', application: '', results: '' },
        { name: 'Nguyễn Văn An', phone: '0912345678', email: '' },
      ),
    );
    expect([late.status, late.body.code]).toEqual([409, 'initiative_not_editable']);

    // 2. Another author of the same unit sends two more: a lazy copy of an initiative the province
    //    already applied (retyped without tone marks) and a genuine one, the rival in judging.
    const colleague = await phonePage(browser);
    await colleague.goto(`${baseUrl()}/login`);
    const [unit] = (await db.query(`SELECT id FROM units WHERE code = 'QA-S02'`)).rows;
    const colleagueLogin = `09${String(Date.now()).slice(-8)}`;
    await api(colleague, 'POST', '/auth/register', {
      fullName: 'Đỗ Thị Mai',
      login: colleagueLogin,
      password: 'Sang-kien#2026',
      unitId: unit.id,
    });
    const colleagueContact = { name: 'Đỗ Thị Mai', phone: colleagueLogin, email: 'mai.do@quangan.gov.vn' };
    const copy = await api<Entry>(
      colleague,
      'POST',
      `/tracks/${track.id}/initiatives`,
      initiativeBody(
        'Danh gia su hai long bang may tinh bang tai bo phan mot cua',
        {
          summary:
            'Nguoi dan cham diem can bo mot cua tren may tinh bang tai quay; ket qua gui lanh dao hang thang.',
          problem: 'Chua co cach do su hai long cua nguoi dan sau moi lan giai quyet thu tuc.',
          solution: 'Dat may tinh bang tai quay mot cua de nguoi dan cham diem.',
          application: 'Ap dung tai bo phan mot cua cua So tu dau nam nay.',
          results: 'Lanh dao biet duoc muc do hai long cua nguoi dan hang thang.',
        },
        colleagueContact,
      ),
    );
    const rival = await api<Entry>(
      colleague,
      'POST',
      `/tracks/${track.id}/initiatives`,
      initiativeBody(
        rivalTitle,
        {
          summary: 'Cán bộ gửi góp ý về công việc qua hộp thư điện tử ẩn danh, lãnh đạo trả lời hằng tuần.',
          problem: 'Góp ý trong cuộc họp thường ít, nhiều người ngại nói thẳng trước đông người.',
          solution: 'Biểu mẫu góp ý ẩn danh trên mạng nội bộ; văn phòng tổng hợp và đăng câu trả lời.',
          application: 'Văn phòng Sở vận hành từ quý Hai, mỗi tuần tổng hợp một lần.',
          results: 'Sáu tháng nhận hơn một trăm góp ý, ba quy trình nội bộ được rút gọn nhờ đó.',
        },
        colleagueContact,
      ),
    );
    for (const e of [copy, rival]) await api(colleague, 'POST', `/entries/${e.id}/send`);

    // 3. The unit admin reads the initiative on a phone and forwards it, confirmed by the unit's head.
    const unitAdmin = await phonePage(browser);
    await withScreenshotOnFailure(unitAdmin, 'initiative-unit-admin', async () => {
      await signIn(unitAdmin, 'noivu@quangan.gov.vn', PASSWORD);
      await unitAdmin.goto(`${baseUrl()}/unit-initiatives?track=${track.id}`);
      const pending = unitAdmin.getByTestId('unit-group-pending');
      const card = pending.getByTestId(`inbox-entry-${entryId}`);
      await card.waitFor();
      expect(await pending.locator('[data-testid^="inbox-entry-"]').count()).toBe(3);
      expect(await unitAdmin.getByTestId('unit-inbox').getAttribute('data-window')).toBe('open');
      await screenshot(unitAdmin, 'initiative-unit-inbox');

      // Read whole, the unit sees the author's contacts and the attachment.
      await card.getByTestId('unit-read').click();
      const reader = unitAdmin.getByRole('dialog');
      await reader.getByTestId('attachment-link').filter({ hasText: pdfName }).waitFor();
      expect(await reader.getByTestId('author-contact').textContent()).toContain('an.nguyen@quangan.gov.vn');
      await unitAdmin.keyboard.press('Escape');
      await reader.waitFor({ state: 'detached' });

      await card.getByTestId('unit-forward').click();
      const modal = unitAdmin.getByTestId('forward-modal');
      await unitAdmin.getByTestId('head-name').fill(HEAD.name);
      await unitAdmin.getByTestId('head-position').fill(HEAD.position);
      // Without the head's two confirmations nothing is sent.
      await unitAdmin.getByTestId('unit-forward-confirm').click();
      const missing = modal.getByText('Cần có xác nhận này để chuyển bài.');
      await missing.first().waitFor();
      expect(await missing.count()).toBe(2);
      await unitAdmin.getByTestId('confirm-effective').check();
      await unitAdmin.getByTestId('confirm-feasible').check();
      await unitAdmin.getByTestId('unit-forward-confirm').click();
      await modal.waitFor({ state: 'detached' });
      const forwarded = unitAdmin.getByTestId('unit-group-forwarded').getByTestId(`inbox-entry-${entryId}`);
      await forwarded.waitFor();
      expect(await forwarded.getAttribute('data-state')).toBe('forwarded');
      expect(await forwarded.textContent()).toContain(`${HEAD.position} ${HEAD.name}`);
      expect(await unitAdmin.getByTestId('unit-quota-figures').textContent()).toContain('Đã chuyển 1');
    });
    // The colleague's two go on too (the unit forwards what it is sent; originality is the organizer's).
    for (const e of [copy, rival])
      await api(unitAdmin, 'POST', `/entries/${e.id}/unit-review`, {
        decision: 'forward',
        headName: HEAD.name,
        headPosition: HEAD.position,
        effective: true,
        feasible: true,
      });

    // 4. The organizer finds the copy of the applied initiative, records it as a duplicate (which
    //    screening then refuses), records the author's as original and accepts it and the rival.
    await withScreenshotOnFailure(organizer, 'initiative-organizer-originality', async () => {
      await organizer.goto(`${baseUrl()}/organizer/tracks/${track.id}/originality`);
      const copyItem = organizer.locator(`[data-testid="originality-item"][data-entry-id="${copy.id}"]`);
      await copyItem.waitFor();
      expect(await copyItem.getByTestId('originality-closest').textContent()).toContain(APPLIED);
      expect(await copyItem.getByTestId('originality-level').textContent()).toBe('Nghi trùng');
      await copyItem.getByTestId('originality-open').click();
      const match = organizer
        .locator('[data-testid="originality-match"][data-source="register"]')
        .filter({ hasText: APPLIED });
      await match.getByTestId('originality-decide-duplicate').click();
      // A duplicate needs its reason: the authors and their unit will read it.
      await organizer.getByTestId('originality-decide-submit').click();
      await organizer
        .getByTestId('originality-reason')
        .fill('Chép lại sáng kiến đã áp dụng năm 2021, bỏ dấu.');
      await organizer.getByTestId('originality-decide-submit').click();
      const panel = organizer.getByTestId('originality-decision-panel');
      await panel.locator('[data-testid="originality-decision"][data-decision="duplicate"]').waitFor();
      await match.getByTestId('originality-match-decided').waitFor();

      await organizer.goto(`${baseUrl()}/organizer/tracks/${track.id}/originality/${entryId}`);
      await organizer.getByTestId('originality-decide-original').click();
      await organizer.getByTestId('originality-decide-submit').click();
      await panel.locator('[data-testid="originality-decision"][data-decision="original"]').waitFor();
      expect(await panel.getByTestId('originality-decided-by').textContent()).toContain('Ban Tổ chức');

      await organizer.goto(`${baseUrl()}/organizer/tracks/${track.id}/screening`);
      const copyCard = organizer.locator(`[data-testid="screening-entry"][data-entry-id="${copy.id}"]`);
      await copyCard.getByTestId('screening-duplicate-note').waitFor();
      expect(await copyCard.getByTestId('entry-accept').isDisabled()).toBe(true);
      for (const id of [entryId, rival.id]) {
        const card = organizer.locator(`[data-testid="screening-entry"][data-entry-id="${id}"]`);
        await card.getByTestId('entry-accept').click();
        await card.getByTestId('entry-accept').waitFor({ state: 'detached' });
        expect(await card.getByTestId('screening-state').textContent()).toMatch(/nhận/i);
      }
      const mine = organizer.locator(`[data-testid="screening-entry"][data-entry-id="${entryId}"]`);
      expect(await mine.getByTestId('originality-decision').getAttribute('data-decision')).toBe('original');
    });
    // What the page would not offer, the api refuses too.
    const refused = await apiResponse<{ code: string }>(organizer, 'POST', `/entries/${copy.id}/screening`, {
      decision: 'accepted',
      reason: null,
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'originality_duplicate']);

    // 5. Every accepted initiative gets two judges; the call closes, which opens the preliminary stage.
    await withScreenshotOnFailure(organizer, 'initiative-organizer-assign', async () => {
      await organizer.goto(`${baseUrl()}/organizer/stages/${preliminary.id}/assignments`);
      await organizer.getByTestId('entry-assignments').first().waitFor();
      expect(await organizer.getByTestId('entry-assignments').count()).toBe(2);
      await organizer.getByTestId('auto-assign-per-entry').fill('2');
      await organizer.getByTestId('auto-assign-button').click();
      await organizer.getByTestId('auto-assign-result').waitFor();
    });
    const board = await api<AssignmentBoard>(organizer, 'GET', `/stages/${preliminary.id}/assignments`);
    expect(board.assignments.filter((a) => a.entryId === entryId)).toHaveLength(2);
    expect(board.assignments.some((a) => a.entryId === copy.id)).toBe(false);
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    // Units forward until their deadline; scoring opens once entries stop arriving.
    await db.query(
      `UPDATE entry_stages SET closes_at = now() - interval '1 second' WHERE track_id = $1 AND kind = 'unit_review'`,
      [track.id],
    );

    // 6. Each judge reads the initiative beside the rubric (no contacts, the PDF there) and scores
    //    it: the author's at 80 %, the rival at 50 %.
    const titleOf = new Map([
      [entryId, title],
      [rival.id, rivalTitle],
    ]);
    const judgeIds = [...new Set(board.assignments.map((a) => a.judgeId))];
    for (const [k, judgeId] of judgeIds.entries()) {
      const judge = board.judges.find((j) => j.id === judgeId)!;
      const page = await desktopPage(browser);
      await withScreenshotOnFailure(page, `initiative-judge-${k}`, async () => {
        await signIn(page, judge.login, PASSWORD);
        for (const assignment of board.assignments.filter((a) => a.judgeId === judgeId)) {
          const entryTitle = titleOf.get(assignment.entryId)!;
          await page.goto(`${baseUrl()}/judging`);
          await page.getByTestId('judge-entry').filter({ hasText: entryTitle }).click();
          const sheet = page.getByTestId('sheet-initiative');
          await sheet.waitFor();
          expect(await sheet.getByTestId('sheet-title').textContent()).toBe(entryTitle);
          expect(await sheet.getByTestId('author-contact').count()).toBe(0);
          if (assignment.entryId === entryId)
            await sheet.getByTestId('attachment-link').filter({ hasText: pdfName }).waitFor();
          const share = assignment.entryId === entryId ? 0.8 : 0.5;
          const fields = page.getByTestId('sheet-points');
          expect(await fields.count()).toBe(preliminary.criteria.length);
          for (const [i, criterion] of preliminary.criteria.entries())
            await fields.nth(i).fill(String(Math.floor(criterion.maxPoints * share)));
          await page.getByTestId('sheet-save').click();
          // Saved once nothing is left to save (and no save is under way).
          await page.locator('[data-testid="sheet-save"]:disabled:not([data-loading])').waitFor();
          await page.goto(`${baseUrl()}/judging`);
          await page
            .getByTestId('judge-entry')
            .filter({ hasText: entryTitle })
            .getByTestId('judge-entry-total')
            .waitFor();
        }
      });
      await page.context().close();
    }

    // 7. The organizer locks the preliminary stage, adds the next one, previews the best one going
    //    on and applies it.
    let nextStageId = 0;
    await withScreenshotOnFailure(organizer, 'initiative-organizer-advance', async () => {
      await organizer.goto(`${baseUrl()}/organizer/stages/${preliminary.id}/results`);
      const rows = organizer.getByTestId('standing-row');
      await rows.filter({ hasText: title }).waitFor();
      expect(await rows.first().textContent()).toContain(title);
      await organizer.getByTestId('lock-button').click();
      await organizer.getByTestId('lock-dialog-confirm').click();
      // Locked: publishing is the next step, and advancing asks for a stage to advance to.
      await organizer.getByTestId('publish-button').waitFor();
      await organizer.getByTestId('advance-no-next').waitFor();
      await organizer.getByTestId('advance-add-stage').click();
      await organizer.getByTestId('add-stage-name').fill(NEXT_STAGE);
      await organizer.getByTestId('add-stage-submit').click();
      const nextCard = organizer.getByTestId('stage-settings').filter({ hasText: NEXT_STAGE });
      await nextCard.waitFor();
      nextStageId = Number(await nextCard.getAttribute('data-stage-id'));
      expect(await nextCard.getByTestId('stage-members').textContent()).toBe('Đang có 0 bài');

      await organizer.goto(`${baseUrl()}/organizer/stages/${preliminary.id}/results`);
      await organizer.getByTestId('advance-kind-top').check();
      await organizer.getByTestId('advance-count').fill('1');
      await organizer.getByTestId('advance-preview').click();
      const outcome = organizer.getByTestId('advance-outcome');
      await outcome.waitFor();
      const advancing = outcome.getByTestId('advance-advancing-row');
      const staying = outcome.getByTestId('advance-staying-row');
      expect(await advancing.count()).toBe(1);
      expect(await advancing.textContent()).toContain(title);
      expect(await staying.count()).toBe(1);
      expect(await staying.textContent()).toContain(rivalTitle);
      // A preview moves nothing.
      expect((await api<Track>(organizer, 'GET', `/tracks/${track.id}`)).stages[3].members).toBe(0);
      await organizer.getByTestId('advance-apply').click();
      await organizer.getByTestId('advance-dialog-confirm').click();
      expect(await organizer.getByTestId('advance-applied').textContent()).toContain(NEXT_STAGE);

      // The next stage holds it: its count on the call's settings and its assignment board.
      await organizer.goto(`${baseUrl()}/organizer/tracks/${track.id}`);
      const nextSettings = organizer.locator(
        `[data-testid="stage-settings"][data-stage-id="${nextStageId}"]`,
      );
      expect(await nextSettings.getByTestId('stage-members').textContent()).toBe('Đang có 1 bài');
      await organizer.goto(`${baseUrl()}/organizer/stages/${nextStageId}/assignments`);
      await organizer.locator(`[data-testid="entry-assignments"][data-entry-id="${entryId}"]`).waitFor();
      expect(await organizer.getByTestId('entry-assignments').count()).toBe(1);
    });

    // 8. The author follows it there; the rival's author is told it stopped, and by which rule.
    await withScreenshotOnFailure(author, 'initiative-author-journey', async () => {
      await author.goto(`${baseUrl()}/my-entries/${track.id}`);
      const card = author.getByTestId(`initiative-${entryId}`);
      await card.waitFor();
      expect(await card.getAttribute('data-state')).toBe('inStage');
      expect(await card.getByTestId('initiative-state').textContent()).toBe(`Vào vòng «${NEXT_STAGE}»`);
      const journey = (await card.getByTestId('initiative-journey').textContent()) ?? '';
      expect(journey).toContain(`${HEAD.position} ${HEAD.name} xác nhận hiệu quả và khả thi`);
      expect(journey).toContain('Được nhận khi sàng lọc');
      expect(journey).toContain(`Vào vòng «${NEXT_STAGE}»`);
    });
    await colleague.goto(`${baseUrl()}/my-entries/${track.id}`);
    const rivalCard = colleague.getByTestId(`initiative-${rival.id}`);
    await rivalCard.waitFor();
    expect(await rivalCard.getAttribute('data-state')).toBe('stopped');
    const rivalJourney = (await rivalCard.getByTestId('initiative-journey').textContent()) ?? '';
    expect(rivalJourney).toContain('Chưa vào vòng sau');
    // Held out of the next stage, it stopped at the one it was in.
    expect(rivalJourney).toContain(`Không vào vòng «${NEXT_STAGE}»`);
    expect(await rivalCard.getByTestId('initiative-state').textContent()).toBe(
      `Dừng ở vòng «${preliminary.name}»`,
    );
  }, 300_000);
});
