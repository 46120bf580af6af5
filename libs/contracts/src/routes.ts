import { z } from 'zod';

import { meResponseSchema, loginRequestSchema, registerRequestSchema, ROLES } from './accounts';
import {
  attemptResultSchema,
  attemptViewSchema,
  myAttemptsResponseSchema,
  saveAnswersRequestSchema,
  saveAnswersResponseSchema,
  submitAttemptRequestSchema,
  submitAttemptResponseSchema,
} from './attempts';
import { auditPageSchema, auditQuerySchema } from './audit';
import {
  contestListResponseSchema,
  contestSchema,
  contestUpdateSchema,
  contestWizardSchema,
  overrideListResponseSchema,
  overrideRequestSchema,
  overrideSchema,
  roundAdminSchema,
  roundUpdateSchema,
} from './contests';
import { dashboardSnapshotSchema } from './dashboard';
import { exportJobSchema, exportListResponseSchema, exportRequestSchema } from './exports';
import { healthSchema, readinessSchema } from './operations';
import {
  importReportSchema,
  questionImportQuerySchema,
  questionInputSchema,
  questionListQuerySchema,
  questionListResponseSchema,
  questionSchema,
} from './questions';
import {
  finalisationSchema,
  finaliseRequestSchema,
  publicRankingQuerySchema,
  publicResultsSchema,
  publishedRoundsResponseSchema,
  questionStatsResponseSchema,
  rankingPageSchema,
  rankingQuerySchema,
} from './results';
import { currentRoundResponseSchema } from './rounds';
import {
  unitParticipationQuerySchema,
  unitParticipationSchema,
  unitSearchQuerySchema,
  unitSearchResponseSchema,
} from './units';

type Access = 'public' | 'signed-in' | readonly (typeof ROLES)[number][];

export interface RouteContract {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under /api, with `:param` placeholders. */
  path: string;
  summary: string;
  access: Access;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  /** A raw file body (spreadsheet upload) instead of JSON. */
  consumes?: 'file';
  /** A file download (XLSX) instead of JSON. */
  produces?: 'xlsx';
  status: number;
}

const ORGANIZER = ['organizer'] as const;

/**
 * Every HTTP route of the api, in one place: the api validates with these schemas, the OpenAPI
 * document at /api/docs is generated from them, and the web client types its calls with them.
 */
export const API_ROUTES = {
  register: {
    method: 'POST',
    path: '/auth/register',
    summary: 'Create a participant account under a unit and sign in',
    access: 'public',
    body: registerRequestSchema,
    response: meResponseSchema,
    status: 201,
  },
  login: {
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in; sets the httpOnly session cookie',
    access: 'public',
    body: loginRequestSchema,
    response: meResponseSchema,
    status: 200,
  },
  logout: { method: 'POST', path: '/auth/logout', summary: 'Sign out', access: 'public', status: 204 },
  me: {
    method: 'GET',
    path: '/auth/me',
    summary: 'The signed-in account',
    access: 'signed-in',
    response: meResponseSchema,
    status: 200,
  },
  searchUnits: {
    method: 'GET',
    path: '/units',
    summary: 'Search units by name or code, ignoring Vietnamese diacritics',
    access: 'public',
    query: unitSearchQuerySchema,
    response: unitSearchResponseSchema,
    status: 200,
  },
  unitParticipation: {
    method: 'GET',
    path: '/units/:unitId/participation',
    summary: 'Who in a unit and its sub-units took part in a round, and who did not',
    access: ['unit_admin', 'organizer'],
    query: unitParticipationQuerySchema,
    response: unitParticipationSchema,
    status: 200,
  },
  currentRound: {
    method: 'GET',
    path: '/rounds/current',
    summary: "This week's round (open, next or last) and my attempts in it",
    access: 'signed-in',
    response: currentRoundResponseSchema,
    status: 200,
  },
  startAttempt: {
    method: 'POST',
    path: '/rounds/:roundId/attempts',
    summary: 'Start an attempt: the server draws and shuffles the questions and sets the deadline',
    access: 'signed-in',
    response: attemptViewSchema,
    status: 201,
  },
  getAttempt: {
    method: 'GET',
    path: '/attempts/:attemptId',
    summary: 'An attempt in progress, with the answers saved so far (to resume)',
    access: 'signed-in',
    response: attemptViewSchema,
    status: 200,
  },
  saveAnswers: {
    method: 'PUT',
    path: '/attempts/:attemptId/answers',
    summary: 'Autosave answers; idempotent, last write wins per question by seq',
    access: 'signed-in',
    body: saveAnswersRequestSchema,
    response: saveAnswersResponseSchema,
    status: 200,
  },
  submitAttempt: {
    method: 'POST',
    path: '/attempts/:attemptId/submit',
    summary: 'Submit (idempotent); durable before the answer, graded by the worker',
    access: 'signed-in',
    body: submitAttemptRequestSchema,
    response: submitAttemptResponseSchema,
    status: 200,
  },
  attemptResult: {
    method: 'GET',
    path: '/attempts/:attemptId/result',
    summary: 'Score and time once graded; the answer key only after the round closes',
    access: 'signed-in',
    response: attemptResultSchema,
    status: 200,
  },
  myAttempts: {
    method: 'GET',
    path: '/me/attempts',
    summary: 'My attempts, newest first',
    access: 'signed-in',
    response: myAttemptsResponseSchema,
    status: 200,
  },
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Liveness: the process answers',
    access: 'public',
    response: healthSchema,
    status: 200,
  },
  readiness: {
    method: 'GET',
    path: '/ready',
    summary: 'Readiness: Postgres and Redis answer (503 when not)',
    access: 'public',
    response: readinessSchema,
    status: 200,
  },
  listContests: {
    method: 'GET',
    path: '/contests',
    summary: 'Contests with their rounds',
    access: ORGANIZER,
    response: contestListResponseSchema,
    status: 200,
  },
  createContest: {
    method: 'POST',
    path: '/contests',
    summary: 'Contest wizard: create a contest and all its weekly rounds in one go',
    access: ORGANIZER,
    body: contestWizardSchema,
    response: contestSchema,
    status: 201,
  },
  getContest: {
    method: 'GET',
    path: '/contests/:contestId',
    summary: 'One contest with its rounds',
    access: ORGANIZER,
    response: contestSchema,
    status: 200,
  },
  updateContest: {
    method: 'PUT',
    path: '/contests/:contestId',
    summary: 'Edit name, topics and prizes of a contest',
    access: ORGANIZER,
    body: contestUpdateSchema,
    response: contestSchema,
    status: 200,
  },
  updateRound: {
    method: 'PUT',
    path: '/rounds/:roundId',
    summary: 'Edit a round; refused once it has opened',
    access: ORGANIZER,
    body: roundUpdateSchema,
    response: roundAdminSchema,
    status: 200,
  },
  listOverrides: {
    method: 'GET',
    path: '/rounds/:roundId/overrides',
    summary: 'Extra time and attempts granted in a round, with who and why',
    access: ORGANIZER,
    response: overrideListResponseSchema,
    status: 200,
  },
  grantOverride: {
    method: 'POST',
    path: '/rounds/:roundId/overrides',
    summary: 'Grant one participant extra time or an extra attempt in a round',
    access: ORGANIZER,
    body: overrideRequestSchema,
    response: overrideSchema,
    status: 201,
  },
  listQuestions: {
    method: 'GET',
    path: '/contests/:contestId/questions',
    summary: 'The question bank, filtered and paged',
    access: ORGANIZER,
    query: questionListQuerySchema,
    response: questionListResponseSchema,
    status: 200,
  },
  createQuestion: {
    method: 'POST',
    path: '/contests/:contestId/questions',
    summary: 'Add a question to the bank',
    access: ORGANIZER,
    body: questionInputSchema,
    response: questionSchema,
    status: 201,
  },
  updateQuestion: {
    method: 'PUT',
    path: '/questions/:questionId',
    summary: 'Edit a question; options and key are locked once it was drawn in an opened round',
    access: ORGANIZER,
    body: questionInputSchema,
    response: questionSchema,
    status: 200,
  },
  retireQuestion: {
    method: 'POST',
    path: '/questions/:questionId/retire',
    summary: 'Retire a question: it is no longer drawn into new attempts',
    access: ORGANIZER,
    response: questionSchema,
    status: 200,
  },
  restoreQuestion: {
    method: 'POST',
    path: '/questions/:questionId/restore',
    summary: 'Bring a retired question back into the bank',
    access: ORGANIZER,
    response: questionSchema,
    status: 200,
  },
  importQuestions: {
    method: 'POST',
    path: '/contests/:contestId/questions/import',
    summary: 'Import questions from XLSX or CSV: checked whole, imported only when every row is clean',
    access: ORGANIZER,
    query: questionImportQuerySchema,
    consumes: 'file',
    response: importReportSchema,
    status: 200,
  },
  questionTemplate: {
    method: 'GET',
    path: '/contests/:contestId/questions/template',
    summary: 'The import template (XLSX, Vietnamese headers, the contest topics listed)',
    access: ORGANIZER,
    produces: 'xlsx',
    status: 200,
  },
  exportQuestions: {
    method: 'GET',
    path: '/contests/:contestId/questions/export',
    summary: 'The bank as XLSX, in the import template format',
    access: ORGANIZER,
    produces: 'xlsx',
    status: 200,
  },
  roundDashboard: {
    method: 'GET',
    path: '/rounds/:roundId/dashboard',
    summary: "A round's live figures now (the socket room pushes the next ones)",
    access: ORGANIZER,
    response: dashboardSnapshotSchema,
    status: 200,
  },
  finaliseRound: {
    method: 'POST',
    path: '/rounds/:roundId/finalise',
    summary: 'Finalise a closed round: prediction value, ranking, prizes, question statistics',
    access: ORGANIZER,
    body: finaliseRequestSchema,
    response: finalisationSchema,
    status: 200,
  },
  getFinalisation: {
    method: 'GET',
    path: '/rounds/:roundId/finalisation',
    summary: "A finalised round's summary and winners",
    access: ORGANIZER,
    response: finalisationSchema,
    status: 200,
  },
  publishRound: {
    method: 'POST',
    path: '/rounds/:roundId/publish',
    summary: 'Publish a finalised round on the public results page',
    access: ORGANIZER,
    response: finalisationSchema,
    status: 200,
  },
  roundRanking: {
    method: 'GET',
    path: '/rounds/:roundId/ranking',
    summary: "A finalised round's full ranking, paged",
    access: ORGANIZER,
    query: rankingQuerySchema,
    response: rankingPageSchema,
    status: 200,
  },
  questionStats: {
    method: 'GET',
    path: '/rounds/:roundId/question-stats',
    summary: 'Facility, discrimination and option choices per question, with review flags',
    access: ORGANIZER,
    response: questionStatsResponseSchema,
    status: 200,
  },
  publishedRounds: {
    method: 'GET',
    path: '/results',
    summary: 'Published rounds (public)',
    access: 'public',
    response: publishedRoundsResponseSchema,
    status: 200,
  },
  publicResults: {
    method: 'GET',
    path: '/results/:roundId',
    summary:
      "A published round's winners, its ranking where the contest makes it public, and the viewer's own line",
    access: 'public',
    query: publicRankingQuerySchema,
    response: publicResultsSchema,
    status: 200,
  },
  createExport: {
    method: 'POST',
    path: '/exports',
    summary: 'Start an XLSX export job (ranking, winners, contest ranking, question statistics)',
    access: ORGANIZER,
    body: exportRequestSchema,
    response: exportJobSchema,
    status: 202,
  },
  listExports: {
    method: 'GET',
    path: '/exports',
    summary: 'My recent exports',
    access: ORGANIZER,
    response: exportListResponseSchema,
    status: 200,
  },
  getExport: {
    method: 'GET',
    path: '/exports/:exportId',
    summary: "An export's status and progress",
    access: ORGANIZER,
    response: exportJobSchema,
    status: 200,
  },
  downloadExport: {
    method: 'GET',
    path: '/exports/:exportId/file',
    summary: 'Download a finished export (streamed)',
    access: ORGANIZER,
    produces: 'xlsx',
    status: 200,
  },
  auditLog: {
    method: 'GET',
    path: '/audit',
    summary: 'Audit log of organizer actions: who, when, what, before and after',
    access: ORGANIZER,
    query: auditQuerySchema,
    response: auditPageSchema,
    status: 200,
  },
} as const satisfies Record<string, RouteContract>;
