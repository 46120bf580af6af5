const MINUTES_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as people in Vietnam read it, the pages' way: "22/11/2026 12:03". */
export function formatVn(at: Date | string): string {
  const p = Object.fromEntries(MINUTES_PARTS.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

const SECONDS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** To the second, date first, for files people check against the page: "22/11/2026 12:03:09". */
export function formatVnSeconds(at: Date | string): string {
  const p = Object.fromEntries(SECONDS_PARTS.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}
