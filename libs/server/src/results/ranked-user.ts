/**
 * Who is ranked, as a SQL condition on `ru` (users) and `c` (the round's contest): participants,
 * and unit admins where the contest lets them take part. Organizers and judges never are.
 */
export const RANKED_USER = `(ru.role = 'participant' OR (ru.role = 'unit_admin' AND c.unit_admins_compete))`;
