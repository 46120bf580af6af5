import { conflict, forbidden, notFound, unprocessable } from '../http/api-error';

/** The participant-facing refusals of the quiz loop, worded once in the API_ERRORS catalogue. */
export const attemptErrors = {
  notFound: () => notFound('attempt_not_found'),
  roundNotOpenYet: (opensAt: string) => conflict('round_not_open_yet', { opensAt: new Date(opensAt) }),
  roundClosed: () => conflict('round_closed'),
  noAttemptsLeft: (allowed: number) => conflict('no_attempts_left', { allowed }),
  alreadySubmitted: () => conflict('attempt_already_submitted'),
  pastDeadline: () => conflict('attempt_past_deadline'),
  submittedBySystemAtDeadline: () => conflict('attempt_submitted_at_deadline'),
  positionOutOfPaper: (position: number, count: number) =>
    unprocessable('position_out_of_paper', { position: position + 1, count }),
  optionOutOfRange: (position: number, option: number, count: number) =>
    unprocessable('option_out_of_range', { position: position + 1, option: option + 1, count }),
  predictionDisabled: () => unprocessable('prediction_disabled'),
  roundMisconfigured: (reason: string) => conflict('round_misconfigured', { reason }),
  staffMayNotTakePart: () => forbidden('staff_may_not_take_part'),
  unitAdminsMayNotTakePart: () => forbidden('unit_admins_may_not_take_part'),
};
