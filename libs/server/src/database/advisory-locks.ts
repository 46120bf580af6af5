/**
 * Every advisory lock's namespace, declared once: `pg_advisory_xact_lock(LOCKS.x, id)`. Two
 * features that picked the same number would wait on each other for nothing (the question bank
 * once shared the roll-ups' number).
 */
export const LOCKS = {
  /** (rollups, round id): every change to a round's participation roll-ups. */
  rollups: 7301,
  /** (unitTree, 0): the unit tree's shape (create, move, merge, import). */
  unitTree: 7302,
  /** (roster, 0): roster imports and the links of accounts to roster entries. */
  roster: 7303,
  /** (questionBank, contest id): one change at a time to a contest's bank, so no text lands twice. */
  questionBank: 7304,
  /** (voter, account id): one account's votes counted one at a time against its cap. */
  voter: 7305,
  /** (register, 0): imports into the register of applied initiatives, one at a time. */
  register: 7306,
} as const;
