import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';

import { QUESTION_SHEET } from '@contest/contracts';
import { createUser, type ApiClient } from '@contest/server/testing';

import { startLoop, type RunningLoop } from '../test-support/start-api';

const H = QUESTION_SHEET.headers;
const HEADER = [H.text, ...H.options, H.correct, H.topic, H.difficulty];

async function xlsx(
  rows: (string | number | { formula: string })[][],
  edit?: (ws: ExcelJS.Worksheet) => void,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  ws.addRow(HEADER);
  rows.forEach((r) => ws.addRow(r));
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A row in template order: text, options A–F, key, topic, difficulty. */
const row = (text: string, options: string[], key: string, topic: string, difficulty = 'Trung bình') => [
  text,
  ...Array.from({ length: 6 }, (_, i) => options[i] ?? ''),
  key,
  topic,
  difficulty,
];

describe('question bank (organizer)', () => {
  let loop: RunningLoop;
  let db: DataSource;
  let organizer: ApiClient;
  let contestId: number;
  let topic: string;
  const bankSize = async () => (await db.query('SELECT count(*)::int AS n FROM questions'))[0].n as number;

  beforeAll(async () => {
    loop = await startLoop();
    db = loop.db;
    const user = await createUser(db, { role: 'organizer' });
    organizer = loop.api.client();
    await organizer.login(user.login, user.password);
    // A contest of its own, so this bank never changes what other tests draw from the demo's.
    topic = 'Cải cách thủ tục hành chính';
    [{ id: contestId }] = await db.query(
      `INSERT INTO contests (name, year, topics) VALUES ('Ngân hàng thử', 2026, $1) RETURNING id`,
      [JSON.stringify([topic, 'Chuyển đổi số'])],
    );
    await db.query(
      `INSERT INTO questions (contest_id, text, options, correct_option, topic, difficulty)
       SELECT $1, 'Câu hỏi có sẵn số ' || i || '?', '["Đúng", "Sai", "Không rõ"]', 0, $2, 'easy'
         FROM generate_series(1, 4) AS i`,
      [contestId, topic],
    );
  });
  afterAll(() => loop.close());

  it('serves a template with the Vietnamese headers and the contest topics', async () => {
    const file = await organizer.download(`/contests/${contestId}/questions/template`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const guide = wb.worksheets[1].getColumn(1).values.join('\n');
    expect(guide).toContain(topic);
  });

  it('reports every bad row with its row, column and reason, and imports nothing', async () => {
    const [existing] = await db.query(
      'SELECT text FROM questions WHERE contest_id = $1 ORDER BY id LIMIT 1',
      [contestId],
    );
    const before = await bankSize();
    const file = await xlsx([
      row('Câu hỏi đúng mẫu số một về cải cách?', ['Có', 'Không'], 'A', topic),
      row('Câu thiếu đáp án đúng nào đây?', ['Có', 'Không'], '', topic),
      row('Câu có hai đáp án đúng nào đây?', ['Có', 'Không', 'Tùy'], 'A, C', topic),
      row('Câu có phương án trống ở giữa?', ['Có', '', 'Tùy'], 'A', topic),
      row('Câu thuộc chủ đề lạ nào đây?', ['Có', 'Không'], 'B', 'Thiên văn học'),
      row(existing.text, ['Có', 'Không'], 'A', topic),
      row('Câu hỏi đúng mẫu số một về cải cách', ['Có', 'Không'], 'B', topic),
    ]);
    const r = await organizer.upload(`/contests/${contestId}/questions/import?format=xlsx`, file);
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(false);
    expect(r.body.imported).toBe(0);
    expect(r.body.rowsRead).toBe(7);
    const problems = r.body.problems as { row: number; column: string; message: string }[];
    const at = (n: number) => problems.filter((p) => p.row === n);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([expect.objectContaining({ column: H.correct, message: 'Thiếu đáp án đúng' })]);
    expect(at(4)[0]).toMatchObject({ column: H.correct, message: expect.stringContaining('2 đáp án đúng') });
    expect(at(5)[0]).toMatchObject({ column: H.options[1], message: expect.stringContaining('trống') });
    expect(at(6)[0]).toMatchObject({ column: H.topic, message: expect.stringContaining('Thiên văn học') });
    expect(at(7)[0]).toMatchObject({
      column: H.text,
      message: expect.stringContaining('đã có trong ngân hàng'),
    });
    expect(at(8)[0]).toMatchObject({ column: H.text, message: expect.stringContaining('dòng 2') });
    expect(await bankSize()).toBe(before);
  });

  it('refuses wrong headers, merged cells, formulas, other encodings, and oversized or non-file bodies', async () => {
    const before = await bankSize();
    const url = `/contests/${contestId}/questions/import?format=`;
    const wrongHeaders = new ExcelJS.Workbook();
    wrongHeaders.addWorksheet('x').addRow(['Question', 'A', 'B']);
    const headers = await organizer.upload(`${url}xlsx`, Buffer.from(await wrongHeaders.xlsx.writeBuffer()));
    expect(headers.body.problems[0]).toMatchObject({ row: 1, message: expect.stringContaining('Thiếu cột') });

    const merged = await xlsx(
      [
        row('Câu hỏi có ô gộp ở dòng này?', ['Có', 'Không'], 'A', topic),
        row('Câu hỏi có công thức ở dòng này?', ['Có', 'Không'], 'A', topic),
      ],
      (ws) => {
        ws.mergeCells('B2:C2');
        ws.getCell('H3').value = { formula: 'CHAR(65)', result: 'A' } as ExcelJS.CellFormulaValue;
      },
    );
    const hidden = await organizer.upload(`${url}xlsx`, merged);
    const messages = (hidden.body.problems as { message: string }[]).map((p) => p.message).join('\n');
    expect(messages).toContain('Ô gộp B2:C2');
    expect(messages).toContain('công thức');

    const windows1258 = Buffer.from([0x43, 0xe2, 0x75, 0x20, 0x68, 0xf5, 0x69, 0x0a]);
    const csv = await organizer.upload(`${url}csv`, windows1258);
    expect(csv.body.problems[0].message).toContain('UTF-8');

    const garbage = await organizer.upload(`${url}xlsx`, Buffer.from('not a spreadsheet'));
    expect(garbage.status).toBe(200);
    expect(garbage.body.problems[0].message).toContain('Không đọc được tệp Excel');

    const huge = await organizer.upload(`${url}xlsx`, Buffer.alloc(50 * 1024 * 1024, 1));
    expect(huge.status).toBe(413);
    expect(huge.body.message).toContain('Tệp quá lớn');

    const json = await organizer.post(`/contests/${contestId}/questions/import?format=csv`, { rows: [] });
    expect(json.status).toBe(400);
    expect(await bankSize()).toBe(before);
  });

  it('imports a clean CSV or XLSX whole, and exports the bank back in the same format', async () => {
    const before = await bankSize();
    const csv = [
      HEADER.join(','),
      `"Luật nào quy định về cán bộ, công chức?",Luật Cán bộ công chức,Luật Đất đai,,,,,A,${topic},Dễ`,
    ].join('\r\n');
    const checked = await organizer.upload(
      `/contests/${contestId}/questions/import?format=csv&dryRun=true`,
      Buffer.from(`\ufeff${csv}`),
    );
    expect(checked.body).toMatchObject({ ok: true, dryRun: true, imported: 0, rowsRead: 1 });
    expect(await bankSize()).toBe(before);
    const csvDone = await organizer.upload(
      `/contests/${contestId}/questions/import?format=csv`,
      Buffer.from(csv),
    );
    expect(csvDone.body).toMatchObject({ ok: true, imported: 1 });

    const file = await xlsx([
      row(
        'Thủ tục hành chính được công khai ở đâu?',
        ['Cổng dịch vụ công', 'Chợ', 'Nhà văn hóa'],
        'A',
        topic,
        'Dễ',
      ),
      row('Một cửa liên thông là gì?', ['Cơ chế phối hợp', 'Một cái cửa'], 'a', topic.toUpperCase(), 'khó'),
    ]);
    const done = await organizer.upload(`/contests/${contestId}/questions/import?format=xlsx`, file);
    expect(done.body).toMatchObject({ ok: true, imported: 2, problems: [] });
    expect(await bankSize()).toBe(before + 3);
    const [imported] = await db.query(
      `SELECT options, correct_option AS correct, topic, difficulty FROM questions WHERE text = 'Một cửa liên thông là gì?'`,
    );
    expect(imported).toEqual({
      options: ['Cơ chế phối hợp', 'Một cái cửa'],
      correct: 0,
      topic,
      difficulty: 'hard',
    });

    const again = await organizer.upload(`/contests/${contestId}/questions/import?format=xlsx`, file);
    expect(again.body.ok).toBe(false);
    expect(await bankSize()).toBe(before + 3);

    const exported = await organizer.download(`/contests/${contestId}/questions/export`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const texts = wb.worksheets[0].getColumn(1).values;
    expect(texts).toContain('Một cửa liên thông là gì?');
    const [{ n }] = await db.query(
      'SELECT count(*)::int AS n FROM questions WHERE contest_id = $1 AND retired_at IS NULL',
      [contestId],
    );
    expect(wb.worksheets[0].actualRowCount).toBe(n + 1);

    const audit = await organizer.get('/audit?entityType=question');
    expect(audit.body.items[0]).toMatchObject({
      action: 'question.import',
      after: expect.objectContaining({ imported: 2 }),
    });
  });

  it('keeps the key of a question drawn in an opened round, while its wording can still be fixed', async () => {
    await db.query(
      `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds, selection)
       VALUES ($1, 1, 'Tuần 1', now() - interval '1 minute', now() + interval '1 hour', 2, 600, $2)`,
      [contestId, JSON.stringify({ mode: 'quota', quotas: [{ topic, count: 2 }] })],
    );
    const list = await organizer.get(`/contests/${contestId}/questions?status=active&pageSize=200`);
    const locked = list.body.items.find((q: { locked: boolean }) => q.locked);
    expect(locked).toBeDefined();
    const changeKey = await organizer.put(`/questions/${locked.id}`, {
      ...locked,
      correctOption: (locked.correctOption + 1) % locked.options.length,
    });
    expect(changeKey.status).toBe(409);
    expect(changeKey.body.message).toContain('không được đổi đáp án đúng');
    const reworded = await organizer.put(`/questions/${locked.id}`, {
      ...locked,
      text: `${locked.text} (sửa chính tả)`,
    });
    expect(reworded.status).toBe(200);
    const audit = await organizer.get(`/audit?entityType=question&entityId=${locked.id}`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'question.update',
      before: expect.objectContaining({ text: locked.text }),
      after: expect.objectContaining({ text: `${locked.text} (sửa chính tả)` }),
    });
  });

  it('creates, validates and retires single questions; participants cannot reach the bank', async () => {
    const bad = await organizer.post(`/contests/${contestId}/questions`, {
      text: 'Câu hỏi thiếu phương án?',
      options: ['Chỉ một'],
      correctOption: 2,
      topic,
      difficulty: 'easy',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['options']));
    const created = await organizer.post(`/contests/${contestId}/questions`, {
      text: 'Câu hỏi mới tạo bằng tay?',
      options: ['Đúng', 'Sai'],
      correctOption: 1,
      topic,
      difficulty: 'easy',
    });
    expect(created.status).toBe(201);
    const retired = await organizer.post(`/questions/${created.body.id}/retire`);
    expect(retired.body.retiredAt).not.toBeNull();

    const participant = await createUser(db);
    const client = loop.api.client();
    await client.login(participant.login, participant.password);
    expect((await client.get(`/contests/${contestId}/questions`)).status).toBe(403);
  });
});
