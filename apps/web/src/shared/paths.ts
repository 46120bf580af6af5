export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  history: '/history',
  myUnit: '/my-unit',
  judging: '/judging',
  attempt: (attemptId: number) => `/attempts/${attemptId}`,
  result: (attemptId: number) => `/attempts/${attemptId}/result`,

  publicResults: '/results',
  publicRound: (roundId: number) => `/results/${roundId}`,
  unitsBoard: '/units-board',

  organizer: '/organizer',
  contests: '/organizer/contests',
  newContest: '/organizer/contests/new',
  questionBanks: '/organizer/questions',
  exports: '/organizer/exports',
  audit: '/organizer/audit',
  units: '/organizer/units',
  reports: '/organizer/reports',
  /** The units and reports pages open on the contest given in the address. */
  contestUnits: (contestId: number) => `/organizer/units?contest=${contestId}`,
  contestReports: (contestId: number) => `/organizer/reports?contest=${contestId}`,
  contest: (contestId: number) => `/organizer/contests/${contestId}`,
  questionBank: (contestId: number) => `/organizer/contests/${contestId}/questions`,
  collectivePrizes: (contestId: number) => `/organizer/contests/${contestId}/collective-prizes`,
  roundDashboard: (roundId: number) => `/organizer/rounds/${roundId}/dashboard`,
  roundOverrides: (roundId: number) => `/organizer/rounds/${roundId}/overrides`,
  roundResults: (roundId: number) => `/organizer/rounds/${roundId}/results`,
};

/** Route patterns of the pages whose paths carry ids. */
export const routePatterns = {
  publicRound: '/results/:roundId',
  contest: '/organizer/contests/:contestId',
  questionBank: '/organizer/contests/:contestId/questions',
  collectivePrizes: '/organizer/contests/:contestId/collective-prizes',
  roundDashboard: '/organizer/rounds/:roundId/dashboard',
  roundOverrides: '/organizer/rounds/:roundId/overrides',
  roundResults: '/organizer/rounds/:roundId/results',
};
