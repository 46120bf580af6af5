import { Navigate, Outlet, useLocation } from 'react-router-dom';

import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { loginPathFor } from './redirects';
import { CurrentUserContext, useSession } from './session';

/** Renders the signed-in part of the app, or sends the visitor to login and back afterwards. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();

  if (session.data) {
    return (
      <CurrentUserContext value={session.data}>
        <Outlet />
      </CurrentUserContext>
    );
  }
  if (session.data === null) return <Navigate to={loginPathFor(location)} replace />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  return <PageLoader />;
}
