/**
 * Contest times are entered and shown in Vietnam's time (UTC+07:00 all year, no daylight saving), whatever the
 * organizer's device is set to. A `<input type="datetime-local">` holds "YYYY-MM-DDTHH:mm" with no zone; these
 * helpers read it as Vietnam time and write ISO instants with an explicit +07:00 offset.
 */
const VN_OFFSET = '+07:00';
const VN_OFFSET_MS = 7 * 3_600_000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2025-05-19T08:00" (Vietnam time) → "2025-05-19T08:00:00+07:00"; null when the text is not a real time. */
export function vnLocalToIso(local: string): string | null {
  const match = LOCAL_INPUT.exec(local.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${VN_OFFSET}`;
  const instant = new Date(iso);
  // Date rolls 31 April over to 1 May; a round-trip catches dates that do not exist.
  if (Number.isNaN(instant.getTime()) || isoToVnLocal(iso) !== `${year}-${month}-${day}T${hour}:${minute}`) {
    return null;
  }
  return iso;
}

/** Any ISO instant → "YYYY-MM-DDTHH:mm" as a clock in Vietnam reads it, for a datetime-local input. */
export function isoToVnLocal(iso: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  return new Date(instant + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/** Next Monday at the given hour in Vietnam, strictly after `now`: a sensible first opening time. */
export function nextVnMondayAt(hour: number, now: Date): string {
  const vnNow = new Date(now.getTime() + VN_OFFSET_MS);
  const daysAhead = (8 - vnNow.getUTCDay()) % 7 || 7;
  const monday = new Date(vnNow.getTime() + daysAhead * 86_400_000);
  const date = monday.toISOString().slice(0, 10);
  return `${date}T${String(hour).padStart(2, '0')}:00`;
}

/** Adds hours to an ISO instant and writes the result back with the +07:00 offset. */
export function addHoursVn(iso: string, hours: number): string {
  const local = isoToVnLocal(new Date(Date.parse(iso) + hours * 3_600_000).toISOString());
  return `${local}:00${VN_OFFSET}`;
}
