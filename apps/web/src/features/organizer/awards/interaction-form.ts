import {
  stageSettingsOf,
  type InteractionInput,
  type InteractionSheet,
  type PublicSource,
  type Stage,
  type StageSettings,
} from '@contest/contracts';

/** Likes and shares as typed for one entry; '' while a field is empty. */
export interface CountDraft {
  likes: number | '';
  shares: number | '';
}
export type CountDrafts = Readonly<Record<number, CountDraft>>;

/** The form starts from what the server holds. */
export const draftsOf = (sheet: InteractionSheet): Record<number, CountDraft> =>
  Object.fromEntries(sheet.rows.map((row) => [row.entryId, { likes: row.likes, shares: row.shares }]));

type Row = InteractionInput['rows'][number];

/**
 * What to send: only the rows whose likes or shares differ from the server's (each saved row is
 * audited with who entered it, so an untouched row must not be sent again). A row with an empty
 * field is not sent but named, so the page can say which.
 */
export function changedRows(sheet: InteractionSheet, drafts: CountDrafts): { rows: Row[]; blank: number[] } {
  const rows: Row[] = [];
  const blank: number[] = [];
  for (const row of sheet.rows) {
    const draft = drafts[row.entryId];
    if (!draft) continue;
    if (draft.likes === '' || draft.shares === '') {
      blank.push(row.entryId);
      continue;
    }
    if (draft.likes !== row.likes || draft.shares !== row.shares)
      rows.push({ entryId: row.entryId, likes: draft.likes, shares: draft.shares });
  }
  return { rows, blank };
}

/** The stage's settings as they are, with only where its public points come from changed. */
export const withPublicSource = (stage: Stage, publicSource: PublicSource): StageSettings => ({
  ...stageSettingsOf(stage),
  publicSource,
});
