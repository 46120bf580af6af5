import { PageLoader } from '../../shared/PageLoader';
import { CurrentUserContext, useSession } from '../auth/session';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';

/** Pages open to everyone: signed-in users keep their menu, visitors get the public header. */
export function OpenLayout() {
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.data) {
    return (
      <CurrentUserContext value={session.data}>
        <AppLayout />
      </CurrentUserContext>
    );
  }
  // No session, or the session check failed: the public pages still work without one.
  return <PublicLayout />;
}
