import { nextPathFrom, pathWithNext } from './redirects';

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
