import type { LiveBoard, LiveSpot } from '@contest/contracts';

/** "Đội A · 2. Phản biện": a spot as the operator reads it on a button or a line. */
export function spotLabel(board: Pick<LiveBoard, 'teams' | 'parts'>, spot: LiveSpot): string {
  const team = board.teams.find((t) => t.entryId === spot.entryId)?.title ?? `#${spot.entryId}`;
  const part = board.parts[spot.part]?.name ?? '';
  return `${team} · ${spot.part + 1}. ${part}`;
}
