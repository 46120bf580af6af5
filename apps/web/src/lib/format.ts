import { formatClock } from '@contest/domain';

// One clock format for pages and exports: the domain's.
export { formatClock };

const CONTEST_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Splits a long countdown into whole days and the clock of the rest. */
export function splitDays(totalSeconds: number): { days: number; clock: string } {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  return { days, clock: formatClock(seconds % 86_400) };
}

const intlLocale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'vi-VN');

/** Contest times are always shown in Vietnam's time, wherever the device is. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: CONTEST_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  );
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** "hh:mm:ss" in Vietnam's time, e.g. when a live figure was last updated. */
export function formatTimeOfDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: CONTEST_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** A decimal such as an average score or points, with at most `digits` decimals: "8,25" / "8.25". */
export function formatDecimal(value: number, language: string, digits = 2): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(value);
}

/** An amount of money in đồng, whatever the reader's language: "5.000.000 ₫" / "₫5,000,000". */
export function formatDong(amount: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
}

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
/** The server's size limits count binary megabytes, so every size on the pages does too. */
const SIZE_STEP = 1024;

/**
 * A file's (or a transfer's) size in the unit that reads best, the one formatter every page uses:
 * "512 B", "21 KB", "1,3 MB", "480 MB", "2,1 GB"; a dash when unknown. Under 1 MB it is never
 * "0 MB". Below 100 a megabyte or more keeps one decimal, whole kilobytes and bytes none.
 */
export function formatFileSize(bytes: number | null, language: string): string {
  if (bytes === null || !Number.isFinite(bytes)) return '—';
  let value = Math.max(0, bytes);
  let unit = 0;
  while (unit < SIZE_UNITS.length - 1 && roundedForUnit(value, unit) >= SIZE_STEP) {
    value /= SIZE_STEP;
    unit++;
  }
  return `${formatDecimal(roundedForUnit(value, unit), language, digitsForUnit(value, unit))} ${SIZE_UNITS[unit]}`;
}

const digitsForUnit = (value: number, unit: number) => (unit <= 1 || value >= 99.95 ? 0 : 1);
/** The value as it will be printed, so 1023,7 KB moves up to "1 MB" rather than reading "1.024 KB". */
function roundedForUnit(value: number, unit: number): number {
  const scale = 10 ** digitsForUnit(value, unit);
  return Math.round(value * scale) / scale;
}
