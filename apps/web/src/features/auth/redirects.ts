import type { Role } from '@contest/contracts';
import type { Location } from 'react-router-dom';

import { paths } from '../../shared/paths';

/** Where to return after signing in; only paths inside the app, never another site. */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home;
}

/** Each role's own start page: judges and organizers never take the quiz, so theirs is their own work. */
export function homePathFor(role: Role): string {
  if (role === 'judge') return paths.judging;
  if (role === 'organizer') return paths.contests;
  return paths.home;
}

/** Where a user goes once signed in: the page they asked for, else their role's start page. */
export function landingPathFor(role: Role, search: string): string {
  const next = nextPathFrom(search);
  return next === paths.home ? homePathFor(role) : next;
}

export function pathWithNext(path: string, next: string): string {
  return next === paths.home ? path : `${path}?${new URLSearchParams({ next })}`;
}

export const loginPathFor = (location: Location) =>
  pathWithNext(paths.login, `${location.pathname}${location.search}`);
