import type { Location } from 'react-router-dom';

import { paths } from '../../shared/paths';

/** Where to return after signing in; only paths inside the app, never another site. */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home;
}

export function pathWithNext(path: string, next: string): string {
  return next === paths.home ? path : `${path}?${new URLSearchParams({ next })}`;
}

export const loginPathFor = (location: Location) =>
  pathWithNext(paths.login, `${location.pathname}${location.search}`);
