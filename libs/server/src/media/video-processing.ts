import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';

import { readMp4Duration, readMp4Layout } from './mp4-boxes';
import { MediaToolTimeoutError, runTool, type ToolRun } from './run-tool';

export { MediaToolTimeoutError } from './run-tool';

/** Why an uploaded file is refused; each maps to a message the uploader can act on. */
export type VideoRejection = 'empty' | 'not_video' | 'audio_only' | 'truncated' | 'too_long' | 'unreadable';

export interface VideoProbe {
  durationSeconds: number;
  /** As displayed: swapped for a phone clip recorded in portrait (a 90° rotation flag). */
  width: number;
  height: number;
  videoCodec: string;
  audioCodec: string | null;
  formatName: string;
  bitRate: number | null;
}

export type ProbeResult =
  { ok: true; probe: VideoProbe } | { ok: false; reason: VideoRejection; detail: string };

export type WebVideoResult =
  | { ok: true; durationSeconds: number; ffmpegMs: number }
  | { ok: false; reason: 'truncated' | 'unreadable'; detail: string };

/*
 * Only container demuxers a camera, phone or editor writes (mp4/mov/3gp, mkv/webm, avi, mpeg-ts,
 * mpeg-ps, flv, wmv, ogg), and only local files: an "upload" that is really an HLS playlist or a
 * concat list would otherwise make ffmpeg open other files or URLs (the known ffmpeg SSRF).
 * It also turns still images and raw streams away as not_video.
 */
const INPUT_GUARD = [
  '-protocol_whitelist',
  'file',
  '-format_whitelist',
  'mov,matroska,avi,mpegts,mpeg,flv,asf,ogg',
];
const PROBE_TIMEOUT_MS = 60_000;
// ffmpeg's words for input that stops before its own headers say it should.
const CUT_SHORT = /partial file|File ended prematurely|Truncating packet/i;

/**
 * Tells whether a file is a whole video worth encoding. Rejections are the file's fault and
 * come back as { ok: false }; a missing ffprobe binary rejects the promise, and a hang past
 * a minute throws MediaToolTimeoutError. maxSeconds (optional) turns longer clips away as too_long.
 */
export async function probeVideo(
  path: string,
  tools: { ffprobe: string; maxSeconds?: number },
): Promise<ProbeResult> {
  const { size } = await stat(path);
  if (size === 0) return reject('empty', 'the file has 0 bytes');
  const args = ['-v', 'error', ...INPUT_GUARD, '-print_format', 'json', '-show_format', '-show_streams'];
  const run = await runTool(tools.ffprobe, [...args, fileUrl(path)], PROBE_TIMEOUT_MS);
  if (run.timedOut) throw new MediaToolTimeoutError('ffprobe', PROBE_TIMEOUT_MS);
  if (run.code !== 0) {
    const detail = lastLines(run.stderr);
    // mp4 writes its index (moov) last unless told otherwise: a cut upload has boxes but no index.
    if (await isCutShort(run.stderr, path)) return reject('truncated', detail);
    if (/Invalid data found|not on whitelist|Invalid argument|moov atom not found/i.test(run.stderr)) {
      return reject('not_video', detail);
    }
    return reject('unreadable', detail || `ffprobe exited with ${run.code}`);
  }
  // A cut faststart mp4 still has its whole index, so ffprobe is content: the box sizes are not.
  const layout = await readMp4Layout(path);
  if (layout?.overrun) {
    const { type, start, size: declared, fileSize } = layout.overrun;
    return reject(
      'truncated',
      `${type} box at ${start} declares ${declared} bytes, ${fileSize - start} remain`,
    );
  }

  const parsed = JSON.parse(run.stdout) as FfprobeOutput;
  const streams = parsed.streams ?? [];
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (!video) {
    return audio
      ? reject('audio_only', `audio ${audio.codec_name ?? '?'} and no moving picture`)
      : reject('not_video', 'no video stream');
  }
  if (!video.codec_name || !video.width || !video.height) {
    return reject('unreadable', `video stream ${video.codec_name ?? 'of an unknown codec'} without a size`);
  }
  const durationSeconds =
    positive(parsed.format?.duration) ??
    positive(video.duration) ??
    (await durationFromPackets(path, tools.ffprobe));
  if (!durationSeconds) return reject('truncated', 'no duration and no timed video frames');
  if (tools.maxSeconds !== undefined && durationSeconds > tools.maxSeconds) {
    return reject('too_long', `${durationSeconds.toFixed(1)} s, limit ${tools.maxSeconds} s`);
  }
  const quarterTurn = Math.abs(rotationOf(video)) % 180 === 90;
  return {
    ok: true,
    probe: {
      durationSeconds,
      width: quarterTurn ? video.height : video.width,
      height: quarterTurn ? video.width : video.height,
      videoCodec: video.codec_name,
      audioCodec: audio?.codec_name ?? null,
      formatName: parsed.format?.format_name ?? 'unknown',
      bitRate: positive(parsed.format?.bit_rate) ?? null,
    },
  };
}

/**
 * The copy browsers play: H.264/yuv420p at most maxHeight lines (never scaled up, even
 * dimensions), AAC stereo 128k when there is sound, moov first so playback starts before the
 * download ends, and no metadata (phones store the GPS position there). A result shorter
 * than 90% of expectedSeconds, or ffmpeg saying the input stops early, is 'truncated'; any
 * failure deletes the output. Killed after 10 × expectedSeconds + 60 s (MediaToolTimeoutError).
 */
export async function makeWebVideo(
  input: string,
  output: string,
  opts: { ffmpeg: string; maxHeight: number; expectedSeconds: number; timeoutMs?: number },
): Promise<WebVideoResult> {
  const timeoutMs = opts.timeoutMs ?? Math.ceil(10 * Math.max(opts.expectedSeconds, 0) + 60) * 1000;
  const maxHeight = Math.floor(opts.maxHeight / 2) * 2;
  // prettier-ignore
  const args = [
    '-hide_banner', '-nostdin', '-v', 'error', '-y',
    ...INPUT_GUARD, '-i', fileUrl(input),
    // V (capital): a real video stream, not the cover art some files carry as a picture stream.
    '-map', '0:V:0', '-map', '0:a:0?',
    '-map_metadata', '-1', '-map_chapters', '-1', '-sn', '-dn',
    '-vf', `scale=-2:'trunc(min(ih,${maxHeight})/2)*2'`,
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '128k', '-ac', '2',
    '-movflags', '+faststart', '-f', 'mp4', fileUrl(output),
  ];
  const run = await runTool(opts.ffmpeg, args, timeoutMs);
  const fail = async (reason: 'truncated' | 'unreadable', detail: string) => {
    await rm(output, { force: true });
    return { ok: false as const, reason, detail };
  };
  if (run.timedOut) {
    await rm(output, { force: true });
    throw new MediaToolTimeoutError('ffmpeg', timeoutMs);
  }
  if (run.code !== 0) {
    return fail((await isCutShort(run.stderr, input)) ? 'truncated' : 'unreadable', describe(run));
  }
  const durationSeconds = await readMp4Duration(output).catch(() => null);
  if (durationSeconds === null) return fail('unreadable', 'ffmpeg wrote no playable mp4');
  if (await isCutShort(run.stderr, input)) return fail('truncated', lastLines(run.stderr));
  if (opts.expectedSeconds > 0 && durationSeconds < 0.9 * opts.expectedSeconds) {
    return fail(
      'truncated',
      `${durationSeconds.toFixed(2)} s of the ${opts.expectedSeconds.toFixed(2)} s the header promised`,
    );
  }
  return { ok: true, durationSeconds, ffmpegMs: run.ms };
}

/** One JPEG frame at atSeconds, width (default 640, never scaled up) with the height to match. */
export async function makeThumbnail(
  input: string,
  output: string,
  opts: { ffmpeg: string; atSeconds: number; width?: number; timeoutMs?: number },
): Promise<void> {
  const width = Math.floor((opts.width ?? 640) / 2) * 2;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  // prettier-ignore
  const args = [
    '-hide_banner', '-nostdin', '-v', 'error', '-y',
    // -ss before -i seeks by the index instead of decoding every frame up to that point.
    ...INPUT_GUARD, '-ss', String(Math.max(opts.atSeconds, 0)), '-i', fileUrl(input),
    '-map', '0:V:0', '-frames:v', '1', '-map_metadata', '-1',
    '-vf', `scale='min(iw,${width})':-2`,
    '-c:v', 'mjpeg', '-q:v', '3', '-f', 'image2', '-update', '1', fileUrl(output),
  ];
  const run = await runTool(opts.ffmpeg, args, timeoutMs);
  if (run.timedOut) {
    await rm(output, { force: true });
    throw new MediaToolTimeoutError('ffmpeg', timeoutMs);
  }
  const written = await stat(output).then(
    (s) => s.size,
    () => 0,
  );
  if (run.code !== 0 || written === 0) {
    await rm(output, { force: true });
    throw new Error(`no thumbnail at ${opts.atSeconds} s: ${describe(run)}`);
  }
}

/** Hex SHA-256 of a file, streamed: an upload's fingerprint for spotting the same clip twice. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  duration?: string;
  disposition?: { attached_pic?: number };
  tags?: { rotate?: string };
  side_data_list?: { rotation?: number | string }[];
}

interface FfprobeOutput {
  streams?: FfprobeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string };
}

/**
 * WebM straight from a browser's MediaRecorder has no duration in its header: the last
 * video frame's time is the duration then.
 */
async function durationFromPackets(path: string, ffprobe: string): Promise<number | null> {
  // prettier-ignore
  const args = [
    '-v', 'error', ...INPUT_GUARD, '-select_streams', 'V:0',
    '-show_entries', 'packet=pts_time,duration_time', '-of', 'csv=p=0', fileUrl(path),
  ];
  const run = await runTool(ffprobe, args, PROBE_TIMEOUT_MS);
  if (run.timedOut) throw new MediaToolTimeoutError('ffprobe', PROBE_TIMEOUT_MS);
  let end = 0;
  for (const line of run.stdout.split('\n')) {
    const [pts, duration] = line.split(',').map(Number);
    if (Number.isFinite(pts)) end = Math.max(end, pts + (Number.isFinite(duration) ? duration : 0));
  }
  return end > 0 ? end : null;
}

/**
 * Whether ffmpeg's complaints mean the input stops early. "moov atom not found" does only for
 * a file laid out in mp4 boxes (an upload cut before its index); random bytes earn it too.
 */
async function isCutShort(stderr: string, input: string): Promise<boolean> {
  if (CUT_SHORT.test(stderr)) return true;
  return /moov atom not found/i.test(stderr) && (await readMp4Layout(input)) !== null;
}

function rotationOf(stream: FfprobeStream): number {
  const fromSideData = stream.side_data_list?.find((d) => d.rotation !== undefined)?.rotation;
  return Number(fromSideData ?? stream.tags?.rotate ?? 0) || 0;
}

function positive(value: string | undefined): number | null {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : null;
}

// "file:" keeps a name such as "pipe:1" or "http:x" from being read as a protocol.
function fileUrl(path: string): string {
  return `file:${resolve(path)}`;
}

function reject(reason: VideoRejection, detail: string): ProbeResult {
  return { ok: false, reason, detail };
}

function describe(run: ToolRun): string {
  return lastLines(run.stderr) || `exited with ${run.code ?? run.signal}`;
}

function lastLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(-count).join('\n');
}
