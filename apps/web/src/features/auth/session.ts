import type { User } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { useNavigate } from 'react-router-dom';

import { callApi, isApiError, queryKeys } from '../../api';
import { paths } from '../../shared/paths';

async function fetchSessionUser(): Promise<User | null> {
  try {
    return (await callApi('me')).user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

/** Who is signed in: the user, null when nobody is, undefined while unknown. */
export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: fetchSessionUser, staleTime: Infinity });
}

export const CurrentUserContext = createContext<User | null>(null);

/** The signed-in user, for pages rendered inside RequireAuth. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used under RequireAuth');
  return user;
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => callApi('logout'),
    // Even when the request fails the user asked to leave: forget everything cached for them.
    onSettled: () => {
      void navigate(paths.login, { replace: true });
      queryClient.clear();
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}

export const hasUnitDashboard = (user: User) => user.role === 'unit_admin' || user.role === 'organizer';

export const isOrganizer = (user: User) => user.role === 'organizer';

export const isJudge = (user: User) => user.role === 'judge';
