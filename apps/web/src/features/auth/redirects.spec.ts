import { homePathFor, landingPathFor, nextPathFrom, pathWithNext } from './redirects';

describe('nextPathFrom', () => {
  it('returns to the page the user came from', () => {
    expect(nextPathFrom('?next=%2Fattempts%2F12')).toBe('/attempts/12');
  });

  it('refuses to send the user to another site', () => {
    expect(nextPathFrom('?next=https%3A%2F%2Fevil.example')).toBe('/');
    expect(nextPathFrom('?next=%2F%2Fevil.example')).toBe('/');
    expect(nextPathFrom('')).toBe('/');
  });

  it('round-trips through pathWithNext', () => {
    const path = pathWithNext('/login', '/attempts/7?x=1');
    expect(nextPathFrom(path.slice(path.indexOf('?')))).toBe('/attempts/7?x=1');
  });
});

describe('landingPathFor', () => {
  it('sends a judge to the judging page, not to the quiz home', () => {
    expect(homePathFor('judge')).toBe('/judging');
    expect(landingPathFor('judge', '')).toBe('/judging');
    expect(landingPathFor('judge', '?next=%2F')).toBe('/judging');
  });

  it('sends an organizer to the contests they run', () => {
    expect(landingPathFor('organizer', '')).toBe('/organizer/contests');
    expect(landingPathFor('organizer', '?next=%2Forganizer%2Faudit')).toBe('/organizer/audit');
  });

  it('sends participants and unit admins to the contest home', () => {
    for (const role of ['participant', 'unit_admin'] as const) {
      expect(landingPathFor(role, '')).toBe('/');
    }
  });

  it('still honours the page a user asked for', () => {
    expect(landingPathFor('judge', '?next=%2Fresults%2F3')).toBe('/results/3');
    expect(landingPathFor('participant', '?next=%2Fhistory')).toBe('/history');
    expect(landingPathFor('judge', '?next=%2F%2Fevil.example')).toBe('/judging');
  });
});
