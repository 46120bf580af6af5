import type { CurrentRoundEntry, ReportRound, UnitReport } from '@contest/contracts';

export interface RoundChoice {
  id: number;
  name: string;
  weekNumber: number;
  contestName: string;
  opensAt: string;
  /** Open right now: people can still move from "not yet" to "taken part". */
  open: boolean;
}

const isOpen = (round: Pick<ReportRound, 'opensAt' | 'closesAt'>, now: number) =>
  Date.parse(round.opensAt) <= now && now < Date.parse(round.closesAt);

/**
 * The rounds whose lists a unit admin can look at: this week's (and any other open round, such as a
 * practice round, from the current-round answer), then the earlier weeks of the report's contest.
 * Rounds not yet open are left out, since nobody can have taken part in them.
 */
export function roundChoices(
  current: readonly CurrentRoundEntry[] | undefined,
  report: Pick<UnitReport, 'contest' | 'rounds'> | undefined,
  now: number,
): RoundChoice[] {
  const choices = new Map<number, RoundChoice>();
  for (const round of report?.rounds ?? []) {
    if (Date.parse(round.opensAt) > now) continue;
    choices.set(round.id, {
      id: round.id,
      name: round.name,
      weekNumber: round.weekNumber,
      contestName: report?.contest.name ?? '',
      opensAt: round.opensAt,
      open: isOpen(round, now),
    });
  }
  for (const { round } of current ?? []) {
    if (choices.has(round.id) || Date.parse(round.opensAt) > now) continue;
    choices.set(round.id, {
      id: round.id,
      name: round.name,
      weekNumber: round.weekNumber,
      contestName: round.contestName,
      opensAt: round.opensAt,
      open: isOpen(round, now),
    });
  }
  return [...choices.values()].sort(
    (a, b) => Number(b.open) - Number(a.open) || Date.parse(b.opensAt) - Date.parse(a.opensAt) || b.id - a.id,
  );
}

/** The chosen round while it is still offered, else the first (the current one). */
export function chosenRound(
  choices: readonly RoundChoice[],
  chosenId: number | null,
): RoundChoice | undefined {
  return choices.find((choice) => choice.id === chosenId) ?? choices[0];
}
