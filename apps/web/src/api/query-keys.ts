import type { AuditQuery, QuestionListQuery } from '@contest/contracts';

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

  /** Organizer console: everything under `organizer` is dropped together when a contest changes. */
  contests: ['organizer', 'contests'] as const,
  contest: (contestId: number) => ['organizer', 'contests', contestId] as const,
  questions: (contestId: number) => ['organizer', 'contests', contestId, 'questions'] as const,
  questionPage: (contestId: number, query: Partial<QuestionListQuery>) =>
    ['organizer', 'contests', contestId, 'questions', query] as const,
  round: (roundId: number) => ['organizer', 'rounds', roundId] as const,
  overrides: (roundId: number) => ['organizer', 'rounds', roundId, 'overrides'] as const,
  dashboard: (roundId: number) => ['organizer', 'rounds', roundId, 'dashboard'] as const,
  finalisation: (roundId: number) => ['organizer', 'rounds', roundId, 'finalisation'] as const,
  ranking: (roundId: number, page: number) => ['organizer', 'rounds', roundId, 'ranking', page] as const,
  questionStats: (roundId: number) => ['organizer', 'rounds', roundId, 'question-stats'] as const,
  exports: ['organizer', 'exports'] as const,
  exportJob: (exportId: number) => ['organizer', 'exports', exportId] as const,
  audit: (query: Partial<AuditQuery>) => ['organizer', 'audit', query] as const,

  publishedRounds: ['public', 'results'] as const,
  publicResults: (roundId: number, page: number, q: string) =>
    ['public', 'results', roundId, page, q] as const,
};
