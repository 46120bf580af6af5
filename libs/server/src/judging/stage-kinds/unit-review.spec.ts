import { STAGE_KINDS_BY_NAME } from './index';

const at = (iso: string) => new Date(iso);
const track = { closesAt: at('2026-12-10T10:00:00Z') };
const deadline = { opensAt: null, closesAt: at('2026-12-15T10:00:00Z'), lockedAt: null };

describe("a unit's pre-screening and the organizer's screening: when they may act", () => {
  const unitReview = STAGE_KINDS_BY_NAME.unit_review;
  const screening = STAGE_KINDS_BY_NAME.screening;

  it('lets a unit forward after the call closed, until its own deadline and not after', () => {
    expect(unitReview.workRefusal(deadline, track, at('2026-12-12T00:00:00Z'))).toBeNull();
    expect(unitReview.workRefusal(deadline, track, at('2026-12-15T10:00:00Z'))).toEqual({
      code: 'unit_review_closed',
      params: { closesAt: deadline.closesAt },
    });
  });

  it('keeps a unit waiting until its window opens when one is set', () => {
    const later = { ...deadline, opensAt: at('2026-12-11T00:00:00Z') };
    expect(unitReview.workRefusal(later, track, at('2026-12-10T00:00:00Z'))?.code).toBe(
      'unit_review_not_open_yet',
    );
  });

  it('screens at any time unless a window bounds it, and neither scores', () => {
    expect(
      screening.workRefusal({ opensAt: null, closesAt: null, lockedAt: null }, track, at('2020-01-01')),
    ).toBeNull();
    expect(screening.workRefusal(deadline, track, at('2026-12-16T00:00:00Z'))?.code).toBe(
      'stage_window_closed',
    );
    expect([unitReview.scored, screening.scored, STAGE_KINDS_BY_NAME.judged.scored]).toEqual([
      false,
      false,
      true,
    ]);
  });
});
