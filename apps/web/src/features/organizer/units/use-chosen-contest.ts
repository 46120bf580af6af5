import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

import { useContests } from '../common/use-organizer-data';
import { chosenContestId } from './contest-choice';

/**
 * The contest a page is about, kept in the address (`?contest=3`) so a link or a reload shows the
 * same one; choosing another drops the page's other choices (a round of the old contest).
 */
export function useChosenContest() {
  const contests = useContests();
  const [searchParams, setSearchParams] = useSearchParams();
  const param = searchParams.get('contest');
  const items = contests.data?.items;
  const contestId = useMemo(() => (items ? chosenContestId(items, param, Date.now()) : null), [items, param]);
  const contest = items?.find((item) => item.id === contestId) ?? null;

  const chooseContest = useCallback(
    (id: number) => setSearchParams({ contest: String(id) }, { replace: true }),
    [setSearchParams],
  );
  return { contests, contest, chooseContest };
}
