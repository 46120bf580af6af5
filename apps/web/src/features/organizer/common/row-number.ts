/** The number a table row shows, counting on across pages: row 0 of page 2 of 50 is 51. */
export const rowNumber = (page: number, pageSize: number, index: number): number =>
  (page - 1) * pageSize + index + 1;
