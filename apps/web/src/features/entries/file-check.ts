import type { Track } from '@contest/contracts';

import { BYTES_PER_MB } from './upload-stats';

/** What is wrong with a chosen file, naming the file: every message says which one it means. */
export type FileProblem = { name: string } & (
  | { code: 'empty' }
  | { code: 'format'; ext: string; formats: string }
  | { code: 'tooLarge'; bytes: number; maxMb: number }
  | { code: 'tooLong'; maxSeconds: number; seconds: number }
);

type Limits = Pick<Track, 'formats' | 'maxMegabytes' | 'maxDurationSeconds'>;

/** The extension the server reads from the name (1–5 letters or digits after the last dot), lower-cased. */
export function fileExtension(name: string): string {
  return /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/**
 * What the server would refuse, found before a byte is sent: on a slow line a refusal after the
 * upload costs the whole upload. The duration is only known when the browser can read the file.
 */
export function checkVideoFile(
  file: { name: string; size: number },
  limits: Limits,
  durationSeconds: number | null = null,
): FileProblem | null {
  const { name } = file;
  const ext = fileExtension(name);
  if (!(limits.formats as string[]).includes(ext))
    return { name, code: 'format', ext: ext || '?', formats: formatList(limits.formats) };
  if (file.size === 0) return { name, code: 'empty' };
  if (file.size > limits.maxMegabytes * BYTES_PER_MB)
    return { name, code: 'tooLarge', bytes: file.size, maxMb: limits.maxMegabytes };
  // A second's grace: containers round their duration, the server measures the streams.
  if (durationSeconds !== null && durationSeconds > limits.maxDurationSeconds + 1)
    return { name, code: 'tooLong', maxSeconds: limits.maxDurationSeconds, seconds: durationSeconds };
  return null;
}

/** "MP4, MOV, MKV" */
export function formatList(formats: readonly string[]): string {
  return formats.map((f) => f.toUpperCase()).join(', ');
}

/** The file picker's filter: the track's extensions, and video/* so a phone offers its gallery. */
export function acceptFor(formats: readonly string[]): string {
  return ['video/*', ...formats.map((f) => `.${f}`)].join(',');
}
