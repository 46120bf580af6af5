import { initiativeEntry, initiativeTrack } from './initiative.fixture';
import type { Stage } from '@contest/contracts';

import {
  authorRefusal,
  heldStageIds,
  initiativeState,
  initiativesInOrder,
  journeySteps,
  materialStage,
  mayAuthorEdit,
} from './initiative-state';

const review = (state: 'pending' | 'returned' | 'forwarded', comment: string | null = null) => ({
  state,
  comment,
  headName: null,
  headPosition: null,
  reviewedByName: null,
  reviewedAt: null,
});
const STAGE_IDS: Record<string, number> = {
  'Đơn vị xét chọn': 1,
  'Sàng lọc': 2,
  'Sơ khảo': 3,
  'Chung khảo': 4,
};
const step = (stageName: string, state: 'in' | 'out', reason = '') => ({
  stageId: STAGE_IDS[stageName] ?? 9,
  stageName,
  state,
  reason,
  movedAt: '2026-12-01T00:00:00.000Z',
});

describe('initiativeState', () => {
  it('follows an initiative from draft to the unit, the organizers and the judged stages', () => {
    expect(initiativeState(initiativeEntry())).toEqual({ kind: 'draft' });
    expect(initiativeState(initiativeEntry({ status: 'submitted', unitReview: review('pending') }))).toEqual({
      kind: 'withUnit',
    });
    expect(initiativeState(initiativeEntry({ unitReview: review('returned', 'Bổ sung số liệu') }))).toEqual({
      kind: 'returned',
      comment: 'Bổ sung số liệu',
    });
    const forwarded = initiativeEntry({ status: 'submitted', unitReview: review('forwarded') });
    expect(initiativeState(forwarded)).toEqual({ kind: 'forwarded' });
    expect(
      initiativeState({ ...forwarded, screening: 'rejected', screeningReason: 'Trùng sáng kiến đã có' }),
    ).toEqual({ kind: 'rejected', reason: 'Trùng sáng kiến đã có' });
  });

  const accepted = initiativeEntry({
    status: 'submitted',
    screening: 'accepted',
    unitReview: review('forwarded'),
    journey: [
      step('Đơn vị xét chọn', 'in', 'Tác giả gửi bài tới đơn vị'),
      step('Đơn vị xét chọn', 'out', 'Đơn vị trả lại: bổ sung số liệu'),
      step('Đơn vị xét chọn', 'in', 'Tác giả gửi bài tới đơn vị'),
      step('Sàng lọc', 'in', 'Đơn vị chuyển lên'),
      step('Sơ khảo', 'in', 'Được nhận khi sàng lọc'),
    ],
  });

  it('tells an accepted initiative the stage it is in, from its whole history', () => {
    expect(initiativeState(accepted)).toEqual({ kind: 'inStage', stageName: 'Sơ khảo' });
    const advanced = {
      ...accepted,
      journey: [...accepted.journey, step('Chung khảo', 'in', 'Nằm trong 5 bài cao điểm nhất ở «Sơ khảo»')],
    };
    expect(initiativeState(advanced)).toEqual({ kind: 'inStage', stageName: 'Chung khảo' });
  });

  it('says an entry held back stopped at the stage it was in, not at the next one it was kept out of', () => {
    const heldBack = {
      ...accepted,
      journey: [
        ...accepted.journey,
        step(
          'Chung khảo',
          'out',
          'Chưa vào vòng sau; quy tắc xét: Nằm trong 5 bài cao điểm nhất ở «Sơ khảo»',
        ),
      ],
    };
    expect(initiativeState(heldBack)).toEqual({
      kind: 'stopped',
      stageName: 'Sơ khảo',
      reason: 'Chưa vào vòng sau; quy tắc xét: Nằm trong 5 bài cao điểm nhất ở «Sơ khảo»',
    });
  });

  it('gives the last move out as the reason when an entry left the stage it was in', () => {
    const left = { ...accepted, journey: [...accepted.journey, step('Sơ khảo', 'out', 'Đơn vị đã rút bài')] };
    expect(initiativeState(left)).toEqual({
      kind: 'stopped',
      stageName: 'Sơ khảo',
      reason: 'Đơn vị đã rút bài',
    });
  });

  it('says withdrawn whatever came before', () => {
    expect(
      initiativeState(initiativeEntry({ status: 'withdrawn', unitReview: review('forwarded') })),
    ).toEqual({
      kind: 'withdrawn',
    });
  });
});

describe('journeySteps', () => {
  it('reads each move as into a stage, out of one it was in, or kept out of one it never entered', () => {
    expect(
      journeySteps([
        step('Đơn vị xét chọn', 'in'),
        step('Đơn vị xét chọn', 'out'),
        step('Đơn vị xét chọn', 'in'),
        step('Sơ khảo', 'in'),
        step('Chung khảo', 'out'),
      ]),
    ).toEqual(['in', 'left', 'in', 'in', 'notIn']);
  });

  it('reads leaving one stage straight into the next for the same reason as one move, the move in', () => {
    const forwarded = 'Đơn vị chuyển lên';
    expect(
      journeySteps([
        step('Đơn vị xét chọn', 'in', 'Tác giả gửi'),
        step('Đơn vị xét chọn', 'out', forwarded),
        step('Sơ khảo', 'in', forwarded),
      ]),
    ).toEqual(['in', 'passed', 'in']);
  });
});

describe('mayAuthorEdit', () => {
  // The call closes on Dec 10; the unit reviews until Dec 15.
  const unitReview = { id: 1, kind: 'unit_review', closesAt: '2026-12-15T00:00:00.000Z' } as Stage;
  const track = initiativeTrack({}, { stages: [unitReview] });
  const open = new Date('2026-12-05T00:00:00Z');
  const afterCall = new Date('2026-12-12T00:00:00Z');
  const afterUnit = new Date('2026-12-15T00:00:00Z');
  const returned = initiativeEntry({ unitReview: review('returned', 'Sửa lại') });

  it('lets the author change a draft or a returned initiative while the call is open, nothing sent', () => {
    expect(mayAuthorEdit(track, initiativeEntry(), open)).toBe(true);
    expect(mayAuthorEdit(track, returned, open)).toBe(true);
    expect(
      mayAuthorEdit(track, initiativeEntry({ status: 'submitted', unitReview: review('pending') }), open),
    ).toBe(false);
    expect(mayAuthorEdit(track, initiativeEntry({ status: 'withdrawn' }), open)).toBe(false);
  });

  it('keeps a returned initiative the author’s to fix until the unit’s deadline, after the call closed', () => {
    expect(authorRefusal(track, initiativeEntry(), afterCall)).toBe('track_closed');
    expect(authorRefusal(track, returned, afterCall)).toBeNull();
    expect(authorRefusal(track, returned, afterUnit)).toBe('unit_review_closed');
  });
});

describe('initiativesInOrder', () => {
  it('puts returned ones first, then drafts, then what is on its way, withdrawn last', () => {
    const items = [
      initiativeEntry({ id: 1, status: 'withdrawn' }),
      initiativeEntry({ id: 2, status: 'submitted', unitReview: review('pending') }),
      initiativeEntry({ id: 3 }),
      initiativeEntry({ id: 4, unitReview: review('returned', 'Sửa lại') }),
    ];
    expect(initiativesInOrder(items).map((e) => e.id)).toEqual([4, 3, 2, 1]);
  });
});

describe('materialStage', () => {
  const stage = (id: number, over: Partial<Stage> = {}) =>
    ({
      id,
      position: id,
      name: `Vòng ${id}`,
      allowsMaterial: false,
      opensAt: null,
      closesAt: null,
      lockedAt: null,
      ...over,
    }) as Stage;
  const moved = (stageId: number, state: 'in' | 'out') => ({
    stageId,
    stageName: `Vòng ${stageId}`,
    state,
    reason: '',
    movedAt: '',
  });
  const now = new Date('2026-12-10T10:00:00Z');

  it('offers adding material in the open stage that holds the entry and allows it', () => {
    const track = initiativeTrack(
      {},
      { stages: [stage(3), stage(4, { allowsMaterial: true, closesAt: '2026-12-20T00:00:00Z' })] },
    );
    const entry = initiativeEntry({ journey: [moved(3, 'in'), moved(4, 'in')] });
    expect(materialStage(track, entry, now)?.id).toBe(4);
  });

  it('offers nothing to an entry left out of that stage', () => {
    const track = initiativeTrack({}, { stages: [stage(3), stage(4, { allowsMaterial: true })] });
    expect(
      materialStage(track, initiativeEntry({ journey: [moved(3, 'in'), moved(4, 'out')] }), now),
    ).toBeNull();
  });

  it('counts a stage as holding the entry by its latest move only', () => {
    expect(heldStageIds([moved(3, 'in'), moved(4, 'in'), moved(4, 'out'), moved(5, 'out')])).toEqual([3]);
    expect(heldStageIds([moved(3, 'in'), moved(3, 'out'), moved(3, 'in')])).toEqual([3]);
  });
});
