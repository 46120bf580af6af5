import { addHoursVn, isoToVnLocal, nextVnMondayAt, vnLocalToIso } from './contest-time';

describe('vnLocalToIso', () => {
  it('reads the input as Vietnam time and keeps the +07:00 offset', () => {
    expect(vnLocalToIso('2025-05-19T08:00')).toBe('2025-05-19T08:00:00+07:00');
    expect(Date.parse(vnLocalToIso('2025-05-19T06:30') ?? '')).toBe(Date.parse('2025-05-18T23:30:00Z'));
  });

  it('accepts seconds, which some browsers add', () => {
    expect(vnLocalToIso('2025-05-19T08:00:30')).toBe('2025-05-19T08:00:30+07:00');
  });

  it('refuses empty, malformed and impossible times', () => {
    expect(vnLocalToIso('')).toBeNull();
    expect(vnLocalToIso('19/05/2025 08:00')).toBeNull();
    expect(vnLocalToIso('2025-04-31T08:00')).toBeNull();
    expect(vnLocalToIso('2025-05-19T24:10')).toBeNull();
  });
});

describe('isoToVnLocal', () => {
  it('shows any instant as a Vietnam clock reads it', () => {
    expect(isoToVnLocal('2025-05-18T23:30:00.000Z')).toBe('2025-05-19T06:30');
    expect(isoToVnLocal('2025-05-19T08:00:00+07:00')).toBe('2025-05-19T08:00');
  });

  it('round-trips with vnLocalToIso', () => {
    expect(isoToVnLocal(vnLocalToIso('2025-12-31T23:59') ?? '')).toBe('2025-12-31T23:59');
  });

  it('gives an empty input for an unreadable instant', () => {
    expect(isoToVnLocal('soon')).toBe('');
  });
});

describe('nextVnMondayAt', () => {
  it('finds the coming Monday in Vietnam even when it is still Sunday in UTC', () => {
    // Sunday 20:00 UTC is Monday 03:00 in Vietnam: the next Monday is a week later.
    expect(nextVnMondayAt(8, new Date('2025-05-18T20:00:00Z'))).toBe('2025-05-26T08:00');
    // Wednesday in Vietnam.
    expect(nextVnMondayAt(8, new Date('2025-05-21T03:00:00Z'))).toBe('2025-05-26T08:00');
  });
});

describe('addHoursVn', () => {
  it('adds hours across days and keeps the offset', () => {
    expect(addHoursVn('2025-05-19T08:00:00+07:00', 72)).toBe('2025-05-22T08:00:00+07:00');
    expect(addHoursVn('2025-05-19T08:00:00+07:00', 7 * 24)).toBe('2025-05-26T08:00:00+07:00');
  });
});
