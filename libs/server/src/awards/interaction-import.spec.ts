import { INTERACTION_SHEET } from '@contest/contracts';

import { checkInteractionImport } from './interaction-import';

const H = INTERACTION_SHEET.headers;
const sheet = (rows: string[][], headers: string[] = [H.entry, H.title, H.likes, H.shares]) => ({
  headers,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
  problems: [],
});

describe('a likes-and-shares file', () => {
  const members = new Set([11, 12, 13]);

  it('reads each row of the stage template, thousands separators as such', () => {
    const { rows, problems } = checkInteractionImport(
      sheet([
        ['11', 'Đội 1', '1.500', '340'],
        ['#12', 'Đội 2', '920', '0'],
      ]),
      members,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { entryId: 11, likes: 1500, shares: 340 },
      { entryId: 12, likes: 920, shares: 0 },
    ]);
  });

  it('reports every bad row and saves none: an unknown entry, a repeated one, a count that is not whole', () => {
    const { rows, problems } = checkInteractionImport(
      sheet([
        ['11', '', '10', '1'],
        ['99', '', '10', '1'],
        ['11', '', '12', '2'],
        ['13', '', '-4', 'nhiều'],
        ['abc', '', '1', '1'],
      ]),
      members,
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'interaction_entry_unknown'],
      [4, 'interaction_duplicate_in_file'],
      [5, 'interaction_count_invalid'],
      [5, 'interaction_count_invalid'],
      [6, 'interaction_entry_invalid'],
    ]);
  });

  it('names the columns a file lacks, and an empty file', () => {
    expect(
      checkInteractionImport(sheet([['11', '5']], [H.entry, H.likes]), members).problems[0],
    ).toMatchObject({
      code: 'missing_columns',
      params: { missing: H.shares },
    });
    expect(checkInteractionImport(sheet([]), members).problems[0].code).toBe('no_interactions');
  });
});
