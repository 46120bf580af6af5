import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

import { callApi, queryKeys } from '../../../api';

/** The report of a contest, or of one of its rounds; the last one stays on screen while the next loads. */
export function useContestReport(contestId: number, roundId: number | null) {
  return useQuery({
    queryKey: queryKeys.contestReport(contestId, roundId),
    queryFn: ({ signal }) =>
      callApi('contestReport', {
        params: { contestId },
        query: roundId === null ? {} : { roundId },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The round in scope, kept in the address beside the contest (`?contest=3&round=12`); null: the whole contest. */
export function useRoundScope(): [number | null, (roundId: number | null) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const param = Number(searchParams.get('round'));
  const roundId = Number.isInteger(param) && param > 0 ? param : null;
  const setRound = useCallback(
    (next: number | null) =>
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next === null) params.delete('round');
          else params.set('round', String(next));
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return [roundId, setRound];
}
