/**
 * A contest's weekly rounds are numbered from 1; a practice round is week 0 and never counts
 * towards the contest (its overall ranking, one prize per person). SQL on `r` (rounds).
 */
export const WEEKLY_ROUND = 'r.week_number > 0';
