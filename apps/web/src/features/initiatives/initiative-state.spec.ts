import { initiativeEntry, initiativeTrack } from './initiative.fixture';
import type { Stage } from '@contest/contracts';

import { initiativeState, initiativesInOrder, materialStage, mayAuthorEdit } from './initiative-state';

const review = (state: 'pending' | 'returned' | 'forwarded', comment: string | null = null) => ({
  state,
  comment,
  headName: null,
  headPosition: null,
  reviewedByName: null,
  reviewedAt: null,
});
const step = (stageName: string, state: 'in' | 'out', reason = '') => ({
  stageId: 1,
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

  it('tells an accepted initiative the stage it is in, or the one it stopped at and why', () => {
    const accepted = initiativeEntry({
      status: 'submitted',
      screening: 'accepted',
      unitReview: review('forwarded'),
      journey: [step('Đơn vị xét chọn', 'in'), step('Sàng lọc', 'in'), step('Sơ khảo', 'in')],
    });
    expect(initiativeState(accepted)).toEqual({ kind: 'inStage', stageName: 'Sơ khảo' });
    const stopped = {
      ...accepted,
      journey: [...accepted.journey.slice(0, 2), step('Sơ khảo', 'out', 'Chưa vào vòng sau')],
    };
    expect(initiativeState(stopped)).toEqual({
      kind: 'stopped',
      stageName: 'Sơ khảo',
      reason: 'Chưa vào vòng sau',
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

describe('mayAuthorEdit', () => {
  it('lets the author change a draft or a returned initiative while the call is open, nothing sent', () => {
    const open = initiativeTrack();
    expect(mayAuthorEdit(open, initiativeEntry())).toBe(true);
    expect(mayAuthorEdit(open, initiativeEntry({ unitReview: review('returned', 'Sửa lại') }))).toBe(true);
    expect(mayAuthorEdit(open, initiativeEntry({ status: 'submitted', unitReview: review('pending') }))).toBe(
      false,
    );
    expect(mayAuthorEdit(open, initiativeEntry({ status: 'withdrawn' }))).toBe(false);
    expect(mayAuthorEdit(initiativeTrack({}, { phase: 'closed' }), initiativeEntry())).toBe(false);
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
});
