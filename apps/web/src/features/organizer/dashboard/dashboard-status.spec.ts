import { dashboardStatus } from './dashboard-status';

const round = { opensAt: '2025-05-19T01:00:00.000Z', closesAt: '2025-05-22T01:00:00.000Z' };

describe('dashboardStatus', () => {
  it('is live only while the round is open and the socket is connected', () => {
    expect(dashboardStatus(round, '2025-05-20T00:00:00.000Z', true)).toBe('live');
    expect(dashboardStatus(round, '2025-05-20T00:00:00.000Z', false)).toBe('reconnecting');
  });

  it('says closed from the close on, connected or not', () => {
    expect(dashboardStatus(round, '2025-05-22T01:00:00.000Z', true)).toBe('closed');
    expect(dashboardStatus(round, '2025-06-01T00:00:00.000Z', false)).toBe('closed');
  });

  it('says not open yet before the opening', () => {
    expect(dashboardStatus(round, '2025-05-19T00:59:59.000Z', true)).toBe('upcoming');
  });

  it('falls back to the connection while the round is not known', () => {
    expect(dashboardStatus(undefined, '2025-06-01T00:00:00.000Z', true)).toBe('live');
  });
});
