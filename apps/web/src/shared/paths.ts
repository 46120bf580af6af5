export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  history: '/history',
  myUnit: '/my-unit',
  /** A unit admin's initiatives to forward or return, per initiative call. */
  unitInitiatives: '/unit-initiatives',
  judging: '/judging',
  attempt: (attemptId: number) => `/attempts/${attemptId}`,
  result: (attemptId: number) => `/attempts/${attemptId}/result`,

  publicResults: '/results',
  publicRound: (roundId: number) => `/results/${roundId}`,
  unitsBoard: '/units-board',
  /** Calls for entries and their public galleries. */
  clips: '/clips',
  gallery: (trackId: number) => `/clips/${trackId}`,
  galleryRanking: (stageId: number) => `/clips/stages/${stageId}/ranking`,
  /** A track's final results and prizes, public once published. */
  trackResults: (trackId: number) => `/clips/${trackId}/results`,
  myEntries: (trackId: number) => `/my-entries/${trackId}`,
  scoreSheet: (assignmentId: number) => `/judging/${assignmentId}`,
  /** A judge's phone in a live final's hall: the parts open for scoring now. */
  liveJudging: (stageId: number) => `/judging/live/${stageId}`,
  /** A live final on the hall's projector: public, no menu. */
  liveBoard: (stageId: number) => `/live/${stageId}`,

  organizer: '/organizer',
  contests: '/organizer/contests',
  newContest: '/organizer/contests/new',
  questionBanks: '/organizer/questions',
  exports: '/organizer/exports',
  audit: '/organizer/audit',
  units: '/organizer/units',
  reports: '/organizer/reports',
  clipTracks: '/organizer/clips',
  trackSettings: (trackId: number) => `/organizer/tracks/${trackId}`,
  screening: (trackId: number) => `/organizer/tracks/${trackId}/screening`,
  assignments: (stageId: number) => `/organizer/stages/${stageId}/assignments`,
  stageResults: (stageId: number) => `/organizer/stages/${stageId}/results`,
  liveControl: (stageId: number) => `/organizer/stages/${stageId}/live`,
  /** An initiative track's forwarding quotas, its originality checks, and the register of applied initiatives. */
  quotas: (trackId: number) => `/organizer/tracks/${trackId}/quotas`,
  originality: (trackId: number) => `/organizer/tracks/${trackId}/originality`,
  /** A track's award rules and final results; a scored stage's likes and shares typed in. */
  awards: (trackId: number) => `/organizer/tracks/${trackId}/awards`,
  interactions: (stageId: number) => `/organizer/stages/${stageId}/interactions`,
  entryOriginality: (trackId: number, entryId: number) =>
    `/organizer/tracks/${trackId}/originality/${entryId}`,
  initiativeRegister: '/organizer/register',
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
  gallery: '/clips/:trackId',
  galleryRanking: '/clips/stages/:stageId/ranking',
  trackResults: '/clips/:trackId/results',
  myEntries: '/my-entries/:trackId',
  scoreSheet: '/judging/:assignmentId',
  liveJudging: '/judging/live/:stageId',
  liveBoard: '/live/:stageId',
  trackSettings: '/organizer/tracks/:trackId',
  screening: '/organizer/tracks/:trackId/screening',
  assignments: '/organizer/stages/:stageId/assignments',
  stageResults: '/organizer/stages/:stageId/results',
  liveControl: '/organizer/stages/:stageId/live',
  quotas: '/organizer/tracks/:trackId/quotas',
  originality: '/organizer/tracks/:trackId/originality',
  awards: '/organizer/tracks/:trackId/awards',
  interactions: '/organizer/stages/:stageId/interactions',
  entryOriginality: '/organizer/tracks/:trackId/originality/:entryId',
  contest: '/organizer/contests/:contestId',
  questionBank: '/organizer/contests/:contestId/questions',
  collectivePrizes: '/organizer/contests/:contestId/collective-prizes',
  roundDashboard: '/organizer/rounds/:roundId/dashboard',
  roundOverrides: '/organizer/rounds/:roundId/overrides',
  roundResults: '/organizer/rounds/:roundId/results',
};
