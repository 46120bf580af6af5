import { execFileSync } from 'node:child_process';

import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';

import {
  INITIATIVE_TEMPLATE_KEYS,
  initiativeTemplate,
  stageSettingsOf,
  type AwardRules,
  type Entry,
  type InteractionSheet,
  type JudgeWork,
  type Stage,
  type StageResults,
  type Track,
  type TrackResults,
} from '@contest/contracts';
import { ApiClient, createUser, testDb } from '@contest/server/testing';

import { initiativeCallSettings, linkCallSettings } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

/** The text a PDF holds, as a reader's copy-paste would give it. */
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');

/**
 * A track's final results: the preliminary's public points from likes and shares typed in by an
 * organizer, its judges out of 70, then a final; the total by the stated combination, prizes with
 * a group's amount multiplied, a side prize and a unit prize, published and frozen; the winners'
 * spreadsheet and certificates with names as they were typed, in NFC.
 */
describe("a track's totals, prizes and certificates", () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ApiClient;
  let judge: ApiClient;
  let judgeId: number;
  let admins: ApiClient[];
  let track: Track;
  let preliminary: Stage;
  let final: Stage;
  const entries: Entry[] = [];
  // A group's first author typed with combining marks (NFD), as some keyboards send it.
  const typedName = 'Nguyễn Thị Hằng'.normalize('NFD');

  const login = async (role: string, unitCode?: string) => {
    const u = await createUser(db, { role, unitCode });
    const client = api.client();
    await client.login(u.login, u.password);
    return { client, id: u.id };
  };
  const scoreAll = async (stage: Stage, points: (entryIndex: number, max: number) => number) => {
    const work = (await judge.get<JudgeWork>('/judging')).body.stages.find((s) => s.stage.id === stage.id)!;
    for (const w of work.entries) {
      const i = entries.findIndex((e) => e.id === w.entry.id);
      const res = await judge.put(`/judging/assignments/${w.assignmentId}/scores`, {
        scores: stage.criteria.map((c) => ({
          criterionId: c.id,
          points: points(i, c.maxPoints),
          comment: null,
        })),
      });
      expect(res.status).toBe(200);
    }
  };
  const rules = (more: Partial<AwardRules> = {}): AwardRules => ({
    combination: { kind: 'sum' },
    tieBreaks: ['last_stage', 'earliest_submission'],
    main: [
      { label: 'Giải Nhất', count: 1, amount: 10_000_000 },
      { label: 'Giải Nhì', count: 1, amount: 6_000_000 },
    ],
    groupMultiplier: 1.5,
    side: [
      {
        label: 'Giải cá nhân xuất sắc',
        stageId: preliminary.id,
        part: null,
        for: 'individual',
        amount: 2_000_000,
      },
    ],
    units: [{ label: 'Giải tập thể', count: 1, amount: 3_000_000 }],
    ...more,
  });

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    organizer = (await login('organizer')).client;
    const j = await login('judge', 'none');
    judge = j.client;
    judgeId = j.id;
    admins = [];
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    track = (
      await organizer.post<Track>(`/contests/${contestId}/tracks`, {
        kind: 'clip',
        settings: linkCallSettings('Giải thưởng và chứng nhận'),
      })
    ).body;
    const authors = [[typedName, 'Trần Văn Bình'], ['Lê Minh Tâm'], ['Phạm Thu Hà']];
    for (const [i, code] of ['QA-S08', 'QA-S09', 'QA-S10'].entries()) {
      const admin = (await login('unit_admin', code)).client;
      admins.push(admin);
      const entry = (
        await admin.post<Entry>(`/tracks/${track.id}/entries`, {
          title: `Sáng kiến số ${i + 1}`,
          description: 'Mô tả',
          topic: null,
          authors: authors[i],
          linkUrl: `https://video.example.vn/giai-${i}`,
        })
      ).body;
      entries.push(entry);
    }
    const stage = track.stages[0];
    for (const e of entries) {
      await organizer.post(`/entries/${e.id}/screening`, { decision: 'accepted', reason: null });
      await organizer.post(`/stages/${stage.id}/assignments`, { entryId: e.id, judgeId });
    }
    // The city's preliminary: judges out of 70, public interaction out of 30.
    const updated = await organizer.put<Stage>(`/stages/${stage.id}`, {
      ...stageSettingsOf(stage),
      criteria: [
        { name: 'Nội dung', maxPoints: 40, guidance: '', part: null },
        { name: 'Hiệu quả', maxPoints: 30, guidance: '', part: null },
      ],
    });
    expect(updated.status).toBe(200);
    preliminary = updated.body;
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('takes likes and shares only for a stage that counts them, from its own entries, audited', async () => {
    const refused = await organizer.put(`/stages/${preliminary.id}/interactions`, {
      rows: [{ entryId: entries[0].id, likes: 1, shares: 1 }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('interaction_not_counts');
    preliminary = (
      await organizer.put<Stage>(`/stages/${preliminary.id}`, {
        ...stageSettingsOf(preliminary),
        votePoints: 30,
        publicSource: 'counts',
      })
    ).body;
    expect(preliminary.publicSource).toBe('counts');
    const stranger = await organizer.put(`/stages/${preliminary.id}/interactions`, {
      rows: [{ entryId: 2_000_000, likes: 1, shares: 1 }],
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.code).toBe('interaction_entry_not_in_stage');
    const typed = await organizer.put<InteractionSheet>(`/stages/${preliminary.id}/interactions`, {
      rows: [
        { entryId: entries[0].id, likes: 1500, shares: 340 },
        { entryId: entries[1].id, likes: 800, shares: 120 },
      ],
    });
    expect(typed.status).toBe(200);
    expect(typed.body.rows.map((r) => [r.entryId, r.likes + r.shares, r.points])).toEqual([
      [entries[0].id, 1840, 30],
      [entries[1].id, 920, 15],
      [entries[2].id, 0, 0],
    ]);
    expect(typed.body.rows[0].enteredBy).not.toBeNull();
    const [audit] = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'interaction.update' AND entity_id = $1`,
      [preliminary.id],
    );
    expect(audit.n).toBe(1);
  });

  it('imports counts from the stage’s own template, checked whole: a bad row saves nothing', async () => {
    const csv = (lines: string[]) =>
      Buffer.from(['Mã bài,Lượt thích,Lượt chia sẻ', ...lines].join('\r\n'), 'utf8');
    const importCsv = (file: Buffer) =>
      fetch(`${api.url}/api/stages/${preliminary.id}/interactions/import?format=csv`, {
        method: 'POST',
        headers: { cookie: organizer.sessionCookie!, 'content-type': 'application/octet-stream' },
        body: file,
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { ok: boolean; imported: number; problems: { code: string }[] },
      }));
    const bad = await importCsv(csv([`${entries[2].id},10,1`, `${entries[0].id},nhiều,1`]));
    expect(bad.status).toBe(200);
    expect(bad.body.ok).toBe(false);
    expect(bad.body.problems.map((p) => p.code)).toEqual(['interaction_count_invalid']);
    const template = await fetch(`${api.url}/api/stages/${preliminary.id}/interactions/template`, {
      headers: { cookie: organizer.sessionCookie! },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await template.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(book.worksheets[0].getRow(2).values).toEqual(expect.arrayContaining([entries[0].id, 1500, 340]));
    const good = await importCsv(csv([`${entries[2].id},0,0`]));
    expect(good.body).toMatchObject({ ok: true, imported: 1 });
    const sheet = (await organizer.get<InteractionSheet>(`/stages/${preliminary.id}/interactions`)).body;
    expect(sheet.rows.map((r) => r.likes + r.shares)).toEqual([1840, 920, 0]);
  });

  it('adds the capped interaction points to the judges’ part of the preliminary total', async () => {
    await scoreAll(preliminary, (i, max) => max - 2 * (i + 1));
    const results = (await organizer.get<StageResults>(`/stages/${preliminary.id}/results`)).body;
    const first = results.standings.find((s) => s.entryId === entries[0].id)!;
    expect(first).toMatchObject({
      likes: 1500,
      shares: 340,
      votes: 1840,
      votePoints: 30,
      judgePoints: 66,
      total: 96,
    });
  });

  it('refuses weights that do not add up, side prizes on a stage or part the track lacks', async () => {
    expect((await organizer.post(`/stages/${preliminary.id}/lock`, { reason: null })).status).toBe(200);
    final = (await organizer.post<Stage>(`/tracks/${track.id}/stages`, { name: 'Chung kết' })).body;
    await organizer.post(`/stages/${preliminary.id}/advance`, { rule: { kind: 'top', count: 3 } });
    for (const e of entries)
      await organizer.post(`/stages/${final.id}/assignments`, { entryId: e.id, judgeId });
    const sum = await organizer.put(
      `/tracks/${track.id}/award-rules`,
      rules({ combination: { kind: 'weighted', weights: [40, 50] } }),
    );
    expect(sum.status).toBe(422);
    expect(sum.body.code).toBe('combination_weights_sum');
    const count = await organizer.put(
      `/tracks/${track.id}/award-rules`,
      rules({ combination: { kind: 'weighted', weights: [100] } }),
    );
    expect(count.status).toBe(422);
    expect(count.body).toMatchObject({ code: 'combination_weights_count', params: { count: 2 } });
    const side = await organizer.put(
      `/tracks/${track.id}/award-rules`,
      rules({ side: [{ label: 'Thuyết trình hay', stageId: final.id, part: 1, for: 'group', amount: 1 }] }),
    );
    expect(side.status).toBe(422);
    expect(side.body.code).toBe('side_prize_part_unknown');
    const ok = await organizer.put<TrackResults>(`/tracks/${track.id}/award-rules`, rules());
    expect(ok.status).toBe(200);
    expect(ok.body.provisional).toBe(true);
  });

  it('totals the stages by the stated combination, pays a group 1.5 × and fixes the combination once the final is scored', async () => {
    await scoreAll(final, (i, max) => max - (3 - i));
    const results = (await organizer.get<TrackResults>(`/tracks/${track.id}/results`)).body;
    expect(results.standings.map((s) => [s.entryId, s.stageTotals.map((t) => t.total), s.total])).toEqual([
      [entries[0].id, [96, 88], 184],
      [entries[1].id, [77, 92], 169],
      [entries[2].id, [58, 96], 154],
    ]);
    expect(results.standings[0]).toMatchObject({
      group: true,
      prize: { label: 'Giải Nhất', amount: 15_000_000 },
    });
    expect(results.standings[1]).toMatchObject({
      group: false,
      prize: { label: 'Giải Nhì', amount: 6_000_000 },
    });
    expect(results.standings[2].prize).toBeNull();
    expect(results.sidePrizes).toEqual([
      expect.objectContaining({
        label: 'Giải cá nhân xuất sắc',
        entryId: entries[1].id,
        points: 77,
        amount: 2_000_000,
      }),
    ]);
    expect(results.units[0]).toMatchObject({
      rank: 1,
      judged: 1,
      bestPlace: 1,
      prize: { label: 'Giải tập thể' },
    });
    const changed = await organizer.put(
      `/tracks/${track.id}/award-rules`,
      rules({ combination: { kind: 'final' } }),
    );
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('award_rules_fixed');
    const amounts = await organizer.put<TrackResults>(
      `/tracks/${track.id}/award-rules`,
      rules({ groupMultiplier: 2 }),
    );
    expect(amounts.status).toBe(200);
    expect(amounts.body.standings[0].prize?.amount).toBe(20_000_000);
  });

  it('publishes only once every stage is locked, then freezes and shows the results to everyone', async () => {
    const anonymous = api.client();
    expect((await anonymous.get(`/tracks/${track.id}/results`)).status).toBe(403);
    const early = await organizer.post(`/tracks/${track.id}/results/publish`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'track_results_not_final', params: { stage: 'Chung kết' } });
    expect((await organizer.post(`/stages/${final.id}/lock`, { reason: null })).status).toBe(200);
    const published = await organizer.post<TrackResults>(`/tracks/${track.id}/results/publish`);
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).not.toBeNull();
    expect(published.body.provisional).toBe(false);
    const again = await organizer.post(`/tracks/${track.id}/results/publish`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('track_results_published');
    const seen = await anonymous.get<TrackResults>(`/tracks/${track.id}/results`);
    expect(seen.status).toBe(200);
    expect(seen.body.standings[0].prize?.amount).toBe(20_000_000);
    const late = await organizer.put(`/tracks/${track.id}/award-rules`, rules());
    expect(late.status).toBe(409);
  });

  it('gives the winners’ spreadsheet with amounts', async () => {
    const res = await fetch(`${api.url}/api/tracks/${track.id}/results/xlsx`, {
      headers: { cookie: organizer.sessionCookie! },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Giải thưởng')!;
    expect(sheet.getRow(3).values).toEqual(
      expect.arrayContaining([1, 'Sáng kiến số 1', 'Nhóm', 96, 88, 184, 'Giải Nhất', 20_000_000]),
    );
    expect(book.getWorksheet('Giải phụ')!.getRow(3).values).toEqual(
      expect.arrayContaining(['Giải cá nhân xuất sắc', 'Sáng kiến số 2', 2_000_000]),
    );
  });

  it('prints certificates with each name in NFC, one page per author and the team’s, for winners only', async () => {
    const get = (client: ApiClient, entryId: number, query = '') =>
      fetch(`${api.url}/api/tracks/${track.id}/certificates/${entryId}${query}`, {
        headers: { cookie: client.sessionCookie! },
      });
    const team = await get(organizer, entries[0].id);
    expect(team.status).toBe(200);
    expect(team.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await team.arrayBuffer()));
    expect(text).toContain('Nguyễn Thị Hằng'.normalize('NFC'));
    expect(text).not.toContain(typedName);
    expect(text).toContain('GIẤY CHỨNG NHẬN');
    expect(text).toContain('Giải Nhất');
    // The team's page and one per author; the team's names its people, its unit beneath.
    expect(text.split('GIẤY CHỨNG NHẬN').length - 1).toBe(3);
    const teamPage = text.split('GIẤY CHỨNG NHẬN')[1];
    expect(teamPage).toContain('Trần Văn Bình');
    expect(teamPage).toContain('Nhóm tác giả ·');
    const one = pdfText(Buffer.from(await (await get(organizer, entries[0].id, '?person=1')).arrayBuffer()));
    expect(one).toContain('Trần Văn Bình');
    expect(one).not.toContain('Nguyễn Thị Hằng');
    const nobody = await get(organizer, entries[0].id, '?person=5');
    expect(nobody.status).toBe(404);
    const noPrize = await get(organizer, entries[2].id);
    expect(noPrize.status).toBe(404);
    expect(((await noPrize.json()) as { code: string }).code).toBe('certificate_no_prize');
    // The side prize's winner gets its certificate; its unit admin may take it once published.
    const side = await get(admins[1], entries[1].id);
    expect(side.status).toBe(200);
    expect(pdfText(Buffer.from(await side.arrayBuffer()))).toContain('Giải cá nhân xuất sắc');
    expect((await get(admins[2], entries[0].id)).status).toBe(404);
  });

  it('prints a unit’s collective prize certificate for the organizers and, once published, its own admins only', async () => {
    const results = (await organizer.get<TrackResults>(`/tracks/${track.id}/results`)).body;
    const winner = results.units.find((u) => u.prize)!;
    const other = results.units.find((u) => !u.prize)!;
    const get = (client: ApiClient, unitId: number) =>
      fetch(`${api.url}/api/tracks/${track.id}/unit-certificates/${unitId}`, {
        headers: { cookie: client.sessionCookie! },
      });
    const pdf = await get(organizer, winner.unitId);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain(winner.unitName.normalize('NFC'));
    expect(text).toContain('Giải tập thể');
    expect((await get(admins[0], winner.unitId)).status).toBe(200);
    expect((await get(admins[1], winner.unitId)).status).toBe(404);
    const none = await get(organizer, other.unitId);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { code: string }).code).toBe('certificate_no_prize');
  });

  it('starts each of the four real contests from its template: stages, rubrics, public points, parts and prizes', async () => {
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const clip = await organizer.post(`/contests/${contestId}/tracks`, {
      kind: 'clip',
      template: 'city_models',
      settings: linkCallSettings('Mẫu nhầm loại'),
    });
    expect(clip.status).toBe(400);
    const [{ id: districtId }] = await db.query(
      `SELECT id FROM units WHERE level = 'district' ORDER BY id LIMIT 1`,
    );
    const create = (key: string, scopeUnitId: number | null) =>
      organizer.post<Track>(`/contests/${contestId}/tracks`, {
        kind: 'initiative',
        template: key,
        unitDeadline: new Date(Date.now() + 2 * 3600_000).toISOString(),
        settings: {
          ...initiativeCallSettings(`Mẫu ${key}`),
          initiative: initiativeTemplate(key)!.initiative,
          scopeUnitId,
        },
      });
    // A district's search cannot start without its district.
    const unscoped = await create('district_search', null);
    expect(unscoped.status).toBe(400);
    const { issues } = unscoped.body as unknown as { issues: { params: { reason: string } }[] };
    expect(issues.map((i) => i.params.reason)).toEqual(['template_needs_scope']);
    for (const key of INITIATIVE_TEMPLATE_KEYS) {
      const template = initiativeTemplate(key)!;
      const created = await create(key, template.scoped ? districtId : null);
      expect(created.status).toBe(201);
      const judged = created.body.stages.slice(2);
      expect(created.body.stages.slice(0, 2).map((s) => s.kind)).toEqual(['unit_review', 'screening']);
      expect(judged.map((s) => [s.kind, s.name, s.parts.length, s.votePoints, s.publicSource])).toEqual(
        template.stages.map((s) => [
          s.kind,
          s.name,
          s.parts?.length ?? 0,
          s.publicPoints ?? 0,
          s.publicPoints ? 'counts' : 'votes',
        ]),
      );
      expect(judged.map((s) => s.judgePoints)).toEqual(
        template.stages.map((s) => s.criteria.reduce((sum, c) => sum + c.maxPoints, 0)),
      );
      const results = (await organizer.get<TrackResults>(`/tracks/${created.body.id}/results`)).body;
      expect(results.rules.main).toEqual(template.awards.main);
      expect(results.rules.combination).toEqual(template.awards.combination);
      expect(results.rules.side.map((s) => s.stageId)).toEqual(
        template.awards.side.map((s) => judged[s.stage].id),
      );
    }
    // The city's: 70 for judges beside 30 from likes and shares, and six side prizes on the final's parts.
    expect(initiativeTemplate('city_models')!.awards.side).toHaveLength(6);
  });
});
