import type { AuditQuery, QuestionListQuery } from '@contest/contracts';

/** Every TanStack Query key in one place, so invalidations cannot drift from the queries they target. */
export const queryKeys = {
  session: ['session'] as const,
  currentRound: ['rounds', 'current'] as const,
  attempt: (attemptId: number) => ['attempts', attemptId, 'paper'] as const,
  attemptResult: (attemptId: number) => ['attempts', attemptId, 'result'] as const,
  myAttempts: ['me', 'attempts'] as const,
  unitSearch: (q: string) => ['units', 'search', q] as const,
  /** Everything the unit admin's area holds for one unit, refetched together after a roster import. */
  unit: (unitId: number) => ['units', unitId] as const,
  unitPeopleAll: (unitId: number) => ['units', unitId, 'people'] as const,
  unitPeople: (unitId: number, roundId: number) => ['units', unitId, 'people', roundId] as const,
  unitReport: (unitId: number) => ['units', unitId, 'report'] as const,
  unitRoster: (unitId: number) => ['units', unitId, 'roster'] as const,
  unitAdmins: (unitId: number) => ['units', unitId, 'admins'] as const,

  /** Organizer console: everything under `organizer` is dropped together when a contest changes. */
  contests: ['organizer', 'contests'] as const,
  contest: (contestId: number) => ['organizer', 'contests', contestId] as const,
  questions: (contestId: number) => ['organizer', 'contests', contestId, 'questions'] as const,
  collectivePrizes: (contestId: number) => ['organizer', 'contests', contestId, 'collective-prizes'] as const,
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
  /** The tree's shape is the same for every contest; only headcounts differ, so a change drops all of them. */
  unitTrees: ['organizer', 'units'] as const,
  unitTree: (contestId: number) => ['organizer', 'units', 'tree', contestId] as const,
  reports: ['organizer', 'reports'] as const,
  contestReport: (contestId: number, roundId: number | null) =>
    ['organizer', 'reports', contestId, roundId ?? 'contest'] as const,
  contestComparison: (contestId: number, kind: 'contest' | 'typed', withId: number) =>
    ['organizer', 'reports', contestId, 'comparison', kind, withId] as const,
  earlierContests: ['organizer', 'reports', 'earlier-contests'] as const,

  /** The clip track: every key starts with 'clips', so one invalidation refreshes them all. */
  clips: ['clips'] as const,
  tracks: ['clips', 'tracks'] as const,
  track: (trackId: number) => ['clips', 'tracks', trackId] as const,
  contestTracks: (contestId: number) => ['clips', 'contest', contestId] as const,
  myEntries: (trackId: number) => ['clips', 'my-entries', trackId] as const,
  /** A unit admin's initiatives to pre-screen on one track. */
  unitInbox: (trackId: number) => ['clips', 'unit-inbox', trackId] as const,
  entry: (entryId: number) => ['clips', 'entry', entryId] as const,
  screening: (trackId: number) => ['clips', 'screening', trackId] as const,
  assignmentBoard: (stageId: number) => ['clips', 'assignments', stageId] as const,
  stageResults: (stageId: number) => ['clips', 'results', stageId] as const,
  voteAudit: (stageId: number) => ['clips', 'votes', stageId] as const,
  judgeWork: ['clips', 'judge-work'] as const,
  /** A live final's control screen (organizers). */
  liveControl: (stageId: number) => ['clips', 'live-control', stageId] as const,
  gallery: (trackId: number) => ['clips', 'gallery', trackId] as const,
  /** Initiative tracks (organizers): under 'clips' too, so a screening or a stage change refreshes them. */
  quotaReport: (trackId: number) => ['clips', 'quotas', trackId] as const,
  trackOriginality: (trackId: number) => ['clips', 'originality', trackId] as const,
  /** A track's final results (organizers any time, everyone once published) and a stage's likes and shares. */
  trackResults: (trackId: number) => ['clips', 'track-results', trackId] as const,
  stageInteractions: (stageId: number) => ['clips', 'interactions', stageId] as const,
  entryOriginality: (entryId: number) => ['clips', 'originality-entry', entryId] as const,
  /** The register of applied initiatives belongs to no track. */
  initiativeRegister: ['organizer', 'register'] as const,
  initiativeRegisterPage: (q: string, page: number) => ['organizer', 'register', q, page] as const,

  publishedRounds: ['public', 'results'] as const,
  /** A live final as the hall sees it. */
  liveBoard: (stageId: number) => ['public', 'live', stageId] as const,
  /** Without a contest id: the board of the contest whose weekly round opened last. */
  unitsBoard: (contestId: number | null) => ['public', 'units-board', contestId ?? 'latest'] as const,
  publicResults: (roundId: number, page: number, q: string) =>
    ['public', 'results', roundId, page, q] as const,
};
