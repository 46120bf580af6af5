import type { User } from '@contest/contracts';

import { paths } from '../../shared/paths';
import { hasUnitDashboard, isJudge, isOrganizer } from '../auth/session';

export interface NavItem {
  to: string;
  labelKey:
    | 'nav.home'
    | 'nav.history'
    | 'nav.myUnit'
    | 'initiatives.unit.nav'
    | 'nav.results'
    | 'unitsBoard.nav'
    | 'nav.judging'
    | 'nav.contests'
    | 'nav.questionBank'
    | 'nav.units'
    | 'nav.reports'
    | 'nav.clips'
    | 'initiativeAdmin.nav.tracks'
    | 'initiativeAdmin.nav.register'
    | 'nav.exports'
    | 'nav.audit';
  testId?: string;
}

/** The menu a role sees: judges do not take the quiz, so their first link is their own page. */
export function mainNavItems(user: User): NavItem[] {
  if (isJudge(user)) {
    return [
      { to: paths.judging, labelKey: 'nav.judging', testId: 'nav-judging' },
      { to: paths.clips, labelKey: 'nav.clips', testId: 'nav-clips' },
      { to: paths.publicResults, labelKey: 'nav.results' },
      { to: paths.unitsBoard, labelKey: 'unitsBoard.nav', testId: 'nav-units-board' },
    ];
  }
  return [
    { to: paths.home, labelKey: 'nav.home' },
    { to: paths.history, labelKey: 'nav.history' },
    ...(hasUnitDashboard(user) ? [{ to: paths.myUnit, labelKey: 'nav.myUnit' } as const] : []),
    // Only a unit admin pre-screens what the unit's people send (organizers screen after).
    ...(user.role === 'unit_admin'
      ? [
          {
            to: paths.unitInitiatives,
            labelKey: 'initiatives.unit.nav',
            testId: 'nav-unit-initiatives',
          } as const,
        ]
      : []),
    { to: paths.clips, labelKey: 'nav.clips', testId: 'nav-clips' },
    { to: paths.publicResults, labelKey: 'nav.results' },
    { to: paths.unitsBoard, labelKey: 'unitsBoard.nav', testId: 'nav-units-board' },
  ];
}

export function organizerNavItems(user: User): NavItem[] {
  if (!isOrganizer(user)) return [];
  return [
    { to: paths.contests, labelKey: 'nav.contests', testId: 'nav-contests' },
    { to: paths.questionBanks, labelKey: 'nav.questionBank', testId: 'nav-questions' },
    { to: paths.units, labelKey: 'nav.units', testId: 'nav-units' },
    { to: paths.reports, labelKey: 'nav.reports', testId: 'nav-reports' },
    // Clip and initiative calls share one list: the menu names both.
    { to: paths.clipTracks, labelKey: 'initiativeAdmin.nav.tracks', testId: 'nav-clip-tracks' },
    { to: paths.initiativeRegister, labelKey: 'initiativeAdmin.nav.register', testId: 'nav-register' },
    { to: paths.exports, labelKey: 'nav.exports', testId: 'nav-exports' },
    { to: paths.audit, labelKey: 'nav.audit', testId: 'nav-audit' },
  ];
}
