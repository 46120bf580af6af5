import type { Role, User } from '@contest/contracts';

import { mainNavItems, organizerNavItems } from './nav-links';

const userWith = (role: Role): User => ({
  id: 1,
  fullName: 'Trần Thị B',
  login: 'b@quangan.gov.vn',
  role,
  unitId: 7,
  unitName: 'Sở Nội vụ',
});

const targets = (role: Role) => mainNavItems(userWith(role)).map((item) => item.to);

describe('mainNavItems', () => {
  it('gives a judge the judging page instead of the quiz home and history', () => {
    expect(targets('judge')).toEqual(['/judging', '/clips', '/results', '/units-board']);
  });

  it('gives participants the quiz pages, and unit admins their unit as well', () => {
    expect(targets('participant')).toEqual(['/', '/history', '/clips', '/results', '/units-board']);
    expect(targets('unit_admin')).toEqual([
      '/',
      '/history',
      '/my-unit',
      '/unit-initiatives',
      '/clips',
      '/results',
      '/units-board',
    ]);
  });

  it('shows the organizer console to organizers only', () => {
    expect(organizerNavItems(userWith('organizer')).map((item) => item.to)).toEqual([
      '/organizer/contests',
      '/organizer/questions',
      '/organizer/units',
      '/organizer/reports',
      '/organizer/clips',
      '/organizer/register',
      '/organizer/exports',
      '/organizer/audit',
    ]);
    expect(organizerNavItems(userWith('judge'))).toEqual([]);
  });
});
