import { joinOutcome } from './dashboard-join';

const refused = {
  ok: false,
  code: 'dashboard_organizers_only',
  message: 'Chỉ ban tổ chức xem được bảng theo dõi',
};

describe('joinOutcome', () => {
  it('retries the first refusal after a connect instead of showing it', () => {
    expect(joinOutcome(refused, 0)).toEqual({ kind: 'retry' });
  });

  it('shows the second refusal', () => {
    expect(joinOutcome(refused, 1)).toEqual({ kind: 'refused', message: refused.message });
  });

  it('takes an accepted join as joined, on any try', () => {
    expect(joinOutcome({ ok: true }, 0)).toEqual({ kind: 'joined' });
    expect(joinOutcome({ ok: true }, 1)).toEqual({ kind: 'joined' });
  });
});
