import type { Criterion, JudgeEntry } from '@contest/contracts';

import type { JudgeStage } from './judge-progress';
import { defaultSheet, liveSheetStatus, liveSheets, partCriteria } from './live-sheets';
import type { ScoreOutboxSnapshot } from './score-outbox';

const criteria: Criterion[] = [
  { id: 1, position: 1, name: 'Nội dung', maxPoints: 40, guidance: '', part: 0 },
  { id: 2, position: 2, name: 'Trình bày', maxPoints: 20, guidance: '', part: 0 },
  { id: 3, position: 3, name: 'Phản biện', maxPoints: 40, guidance: '', part: 1 },
];

const sheetFor = (assignmentId: number, entryId: number, scores: JudgeEntry['scores'] = []) =>
  ({
    assignmentId,
    order: assignmentId,
    entry: { id: entryId, title: `Đội ${entryId}` },
    scores,
    total: null,
    complete: false,
    conflict: null,
  }) as unknown as JudgeEntry;

const work = (change: Partial<JudgeStage> = {}): JudgeStage =>
  ({
    stage: {
      id: 70,
      criteria,
      parts: [
        { name: 'Thuyết trình', seconds: 300 },
        { name: 'Phản biện', seconds: 180 },
      ],
    },
    live: { version: 3, current: { entryId: 11, part: 0 }, scoring: [{ entryId: 11, part: 0 }] },
    entries: [sheetFor(101, 10, [{ criterionId: 1, points: 30, comment: null }]), sheetFor(102, 11)],
    ...change,
  }) as unknown as JudgeStage;

const empty: ScoreOutboxSnapshot = { drafts: new Map(), queued: new Map(), outcomes: new Map() };

describe('partCriteria', () => {
  it('takes only the criteria of one part', () => {
    expect(partCriteria(criteria, 0).map((c) => c.id)).toEqual([1, 2]);
    expect(partCriteria(criteria, 1).map((c) => c.id)).toEqual([3]);
  });
});

describe('liveSheetStatus', () => {
  const part = partCriteria(criteria, 0);
  const saved = [{ criterionId: 1, points: 30, comment: null }];

  it('tells nothing typed from typed and not sent, and from saved', () => {
    expect(liveSheetStatus(part, { 1: { points: '', comment: '' } }, [], false, false)).toBe('empty');
    expect(liveSheetStatus(part, { 1: { points: '30', comment: '' } }, [], false, false)).toBe('unsent');
    expect(liveSheetStatus(part, { 1: { points: '30', comment: '' } }, saved, false, false)).toBe('saved');
    expect(liveSheetStatus(part, { 1: { points: '31', comment: '' } }, saved, false, false)).toBe('unsent');
  });

  it('puts waiting on the phone before anything, then a refusal', () => {
    expect(liveSheetStatus(part, { 1: { points: '30', comment: '' } }, [], true, true)).toBe('queued');
    expect(liveSheetStatus(part, { 1: { points: '30', comment: '' } }, [], false, true)).toBe('refused');
  });
});

describe('liveSheets', () => {
  it('shows the open parts of the judge’s teams, with only that part’s criteria', () => {
    const sheets = liveSheets(work(), empty);
    expect(sheets.map((s) => s.key)).toEqual(['102:0']);
    expect(sheets[0]).toMatchObject({ open: true, onStage: true, status: 'empty', part: 0 });
    expect(sheets[0].criteria.map((c) => c.id)).toEqual([1, 2]);
  });

  it('keeps a closed part in sight while it has something to tell', () => {
    const outbox: ScoreOutboxSnapshot = {
      drafts: new Map([['101:1', { 3: { points: '12', comment: '' } }]]),
      queued: new Map(),
      outcomes: new Map([
        [
          '101:0',
          { kind: 'refused', seq: 1, refusal: { code: 'live_part_closed', params: {}, message: 'Đã đóng' } },
        ],
      ]),
    };
    const sheets = liveSheets(work(), outbox);
    expect(sheets.map((s) => [s.key, s.status, s.open])).toEqual([
      ['101:0', 'refused', false],
      ['101:1', 'unsent', false],
      ['102:0', 'empty', true],
    ]);
    expect(sheets[0].refusal?.code).toBe('live_part_closed');
  });

  it('fills a sheet from the server’s saved points when nothing was typed on this phone', () => {
    const sheets = liveSheets(
      work({ live: { version: 3, current: null, scoring: [{ entryId: 10, part: 0 }] } }),
      empty,
      ',',
    );
    expect(sheets[0].draft[1]).toEqual({ points: '30', comment: '' });
    expect(sheets[0].status).toBe('saved');
  });

  it('leaves out teams the judge stepped off, and everything when the stage is not live', () => {
    const stepped = work({ entries: [{ ...sheetFor(102, 11), conflict: 'Cùng đơn vị' }] });
    expect(liveSheets(stepped, empty)).toEqual([]);
    expect(liveSheets(work({ live: null }), empty)).toEqual([]);
  });
});

describe('defaultSheet', () => {
  it('prefers the open part on stage, then any open part, then the first', () => {
    const sheets = liveSheets(
      work({
        live: {
          version: 3,
          current: { entryId: 11, part: 0 },
          scoring: [
            { entryId: 10, part: 1 },
            { entryId: 11, part: 0 },
          ],
        },
      }),
      empty,
    );
    expect(defaultSheet(sheets)?.key).toBe('102:0');
    expect(defaultSheet(sheets.map((s) => ({ ...s, onStage: false })))?.key).toBe('101:1');
    expect(defaultSheet(sheets.map((s) => ({ ...s, open: false, onStage: false })))?.key).toBe('101:1');
    expect(defaultSheet([])).toBeNull();
  });
});
