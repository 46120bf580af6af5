const parts = (seconds: boolean) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' as const } : {}),
    hourCycle: 'h23',
  });
const MINUTES = parts(false);
const SECONDS = parts(true);

const vnClock = (format: Intl.DateTimeFormat, at: Date | string) => {
  const p = Object.fromEntries(format.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}${p.second ? `:${p.second}` : ''}`;
};

/** A moment as people in Vietnam read it, the pages' way: "22/11/2026 12:03". */
export const formatVn = (at: Date | string): string => vnClock(MINUTES, at);

/** To the second, date first, for files people check against the page: "22/11/2026 12:03:09". */
export const formatVnSeconds = (at: Date | string): string => vnClock(SECONDS, at);
