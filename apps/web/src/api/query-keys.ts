/** Every TanStack Query key in one place, so invalidations cannot drift from the queries they target. */
export const queryKeys = {
  session: ['session'] as const,
  currentRound: ['rounds', 'current'] as const,
  attempt: (attemptId: number) => ['attempts', attemptId, 'paper'] as const,
  attemptResult: (attemptId: number) => ['attempts', attemptId, 'result'] as const,
  myAttempts: ['me', 'attempts'] as const,
  unitSearch: (q: string) => ['units', 'search', q] as const,
  unitParticipation: (unitId: number, roundId: number) =>
    ['units', unitId, 'participation', roundId] as const,
};
