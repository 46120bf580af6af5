import { Outlet } from 'react-router-dom';

import { ForbiddenPage } from '../../shared/ForbiddenPage';
import { isOrganizer, useCurrentUser } from '../auth/session';

/** The organizer console: other roles get a 403 page (the api refuses them anyway). */
export function RequireOrganizer() {
  const user = useCurrentUser();
  return isOrganizer(user) ? <Outlet /> : <ForbiddenPage />;
}
