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
  status: number;
}

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
} as const satisfies Record<string, RouteContract>;
