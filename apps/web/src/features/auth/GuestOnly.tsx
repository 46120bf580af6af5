import { Navigate, Outlet, useLocation } from 'react-router-dom';

import { PageLoader } from '../../shared/PageLoader';
import { landingPathFor } from './redirects';
import { useSession } from './session';

/** Login and registration: a signed-in visitor goes straight on to where they were heading. */
export function GuestOnly() {
  const session = useSession();
  const location = useLocation();

  if (session.data) return <Navigate to={landingPathFor(session.data.role, location.search)} replace />;
  if (session.isPending) return <PageLoader />;
  return <Outlet />;
}
