import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, truncate, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import {
  makeThumbnail,
  makeWebVideo,
  MediaToolTimeoutError,
  probeVideo,
  sha256File,
  type ProbeResult,
} from './video-processing';

const run = promisify(execFile);
const tools = { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe' };
const SOURCE = ['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25:duration=3'];
const TONE = ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=3'];
const X264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];

let dir: string;
const at = (name: string) => join(dir, name);

async function ffmpeg(...args: string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-v', 'error', '-y', ...args]);
}

interface Probed {
  streams: { codec_type: string; codec_name: string; width?: number; height?: number; pix_fmt?: string }[];
  format: { duration: string };
}
async function ffprobeJson(path: string): Promise<Probed> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-of',
    'json',
    '-show_format',
    '-show_streams',
    path,
  ]);
  return JSON.parse(stdout) as Probed;
}

/** Offsets of the top-level boxes, read here independently of the code under test. */
function topLevelBoxes(bytes: Buffer): Map<string, number> {
  const boxes = new Map<string, number>();
  for (let offset = 0; offset + 8 <= bytes.length;) {
    const size = bytes.readUInt32BE(offset);
    boxes.set(bytes.toString('latin1', offset + 4, offset + 8), offset);
    if (size < 8) break;
    offset += size;
  }
  return boxes;
}

async function cutInHalf(from: string, to: string): Promise<void> {
  await copyFile(from, to);
  await truncate(to, Math.floor((await stat(to)).size / 2));
}

function rejected(result: ProbeResult): string {
  return result.ok ? 'accepted' : result.reason;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'video-processing-'));
  await Promise.all([
    ffmpeg(...SOURCE, ...TONE, ...X264, '-c:a', 'aac', at('moov-at-end.mp4')),
    ffmpeg(...SOURCE, ...TONE, ...X264, '-c:a', 'aac', '-movflags', '+faststart', at('faststart.mp4')),
    ffmpeg(...SOURCE, ...TONE, '-c:v', 'mpeg4', '-c:a', 'aac', at('clip.mov')),
    ffmpeg(...SOURCE, ...TONE, '-c:v', 'libvpx', '-b:v', '300k', '-c:a', 'libopus', at('clip.webm')),
    // Written to a pipe, as a browser's MediaRecorder does: no duration in the header.
    ffmpeg(...SOURCE, '-c:v', 'libvpx', '-b:v', '300k', '-f', 'webm', '-live', '1', at('live.webm')),
    ffmpeg(...SOURCE, ...X264, at('silent.mp4')),
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=25:duration=30', ...X264, at('long.mp4')),
    ffmpeg(
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=641x361:rate=25:duration=2',
      ...X264.slice(0, 4),
      at('odd.mp4'),
    ),
    ffmpeg(...TONE, '-c:a', 'aac', at('tone.m4a')),
    ffmpeg(
      ...TONE,
      ...['-f', 'lavfi', '-i', 'testsrc=size=64x64:duration=1', '-map', '0', '-map', '1'],
      ...['-frames:v', '1', '-c:a', 'aac', '-c:v', 'mjpeg', '-disposition:v:0', 'attached_pic'],
      at('tone-with-cover.m4a'),
    ),
  ]);
  await copyFile(at('tone.m4a'), at('audio-only.mp4'));
  await copyFile(at('tone-with-cover.m4a'), at('cover-art.mp4'));
  await writeFile(at('empty.mp4'), '');
  await writeFile(at('random.mp4'), randomBytes(64 * 1024));
  await writeFile(at('program.mp4'), Buffer.concat([Buffer.from('MZ\x90\x00'), randomBytes(32 * 1024)]));
  // An HLS playlist posing as an upload: without the demuxer whitelist ffprobe would open the file it names.
  await writeFile(
    at('original-playlist'),
    '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n',
  );
  await cutInHalf(at('moov-at-end.mp4'), at('cut-moov-at-end.mp4'));
  await cutInHalf(at('faststart.mp4'), at('cut-faststart.mp4'));
  await cutInHalf(at('clip.webm'), at('cut.webm'));
  await writePortrait(at('silent.mp4'), at('portrait.mp4'));
  // A trailer that is no box, as some phones append: declares 4 KiB, holds 100 bytes.
  const trailer = Buffer.alloc(100);
  trailer.writeUInt32BE(4096, 0);
  trailer.write('SEFT', 4, 'latin1');
  await writeFile(at('with-trailer.mp4'), Buffer.concat([await readFile(at('faststart.mp4')), trailer]));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A phone's portrait clip: landscape pixels with a 90° display matrix in the video track header. */
async function writePortrait(from: string, to: string): Promise<void> {
  const bytes = await readFile(from);
  const matrix = bytes.indexOf('tkhd') + 4 + 4 + 20 + 8 + 8; // after version/flags, times, reserved, layer…volume
  [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000].forEach((v, i) => bytes.writeInt32BE(v, matrix + 4 * i));
  await writeFile(to, bytes);
}

describe('probeVideo', () => {
  it('reads a whole mp4: duration, size, codecs, container', async () => {
    const result = await probeVideo(at('moov-at-end.mp4'), tools);
    expect(result).toEqual({
      ok: true,
      probe: {
        durationSeconds: expect.closeTo(3, 1),
        width: 320,
        height: 240,
        videoCodec: 'h264',
        audioCodec: 'aac',
        formatName: expect.stringContaining('mp4'),
        bitRate: expect.any(Number),
      },
    });
  });

  it('accepts mov, webm, a silent clip and a browser recording without a duration header', async () => {
    const [mov, webm, silent, live] = await Promise.all(
      ['clip.mov', 'clip.webm', 'silent.mp4', 'live.webm'].map((f) => probeVideo(at(f), tools)),
    );
    expect(mov).toMatchObject({ ok: true, probe: { videoCodec: 'mpeg4', audioCodec: 'aac' } });
    expect(webm).toMatchObject({ ok: true, probe: { videoCodec: 'vp8', audioCodec: 'opus' } });
    expect(silent).toMatchObject({ ok: true, probe: { audioCodec: null } });
    expect(live).toMatchObject({ ok: true, probe: { videoCodec: 'vp8' } });
    if (live.ok) expect(live.probe.durationSeconds).toBeCloseTo(3, 1);
  });

  it('accepts a whole mp4 followed by a trailer that is no box', async () => {
    expect(rejected(await probeVideo(at('with-trailer.mp4'), tools))).toBe('accepted');
  });

  it('gives a portrait phone clip its displayed size', async () => {
    const result = await probeVideo(at('portrait.mp4'), tools);
    expect(result).toMatchObject({ ok: true, probe: { width: 240, height: 320 } });
  });

  it.each([
    ['empty.mp4', 'empty'],
    ['random.mp4', 'not_video'],
    ['program.mp4', 'not_video'],
    ['original-playlist', 'not_video'],
    ['audio-only.mp4', 'audio_only'],
    ['cover-art.mp4', 'audio_only'],
    ['cut-moov-at-end.mp4', 'truncated'],
    ['cut-faststart.mp4', 'truncated'],
  ])('refuses %s as %s', async (file, reason) => {
    const result = await probeVideo(at(file), tools);
    expect(rejected(result)).toBe(reason);
    if (!result.ok) expect(result.detail).not.toBe('');
  });

  it('refuses a clip longer than maxSeconds as too_long', async () => {
    expect(rejected(await probeVideo(at('faststart.mp4'), { ...tools, maxSeconds: 2 }))).toBe('too_long');
    expect(rejected(await probeVideo(at('faststart.mp4'), { ...tools, maxSeconds: 5 }))).toBe('accepted');
  });

  it('rejects the promise, not the file, when ffprobe is missing', async () => {
    await expect(probeVideo(at('faststart.mp4'), { ffprobe: '/nonexistent/ffprobe' })).rejects.toThrow(
      /ENOENT/,
    );
  });
});

describe('makeWebVideo', () => {
  const opts = { ...tools, maxHeight: 720, expectedSeconds: 3 };

  it('writes H.264/AAC yuv420p mp4 with moov before mdat, never scaled up', async () => {
    const output = at('web-from-moov-at-end.mp4');
    const result = await makeWebVideo(at('moov-at-end.mp4'), output, opts);
    expect(result).toEqual({ ok: true, durationSeconds: expect.closeTo(3, 1), ffmpegMs: expect.any(Number) });
    if (result.ok) expect(result.ffmpegMs).toBeGreaterThan(0);
    const probed = await ffprobeJson(output);
    const video = probed.streams.find((s) => s.codec_type === 'video');
    expect(video).toMatchObject({ codec_name: 'h264', pix_fmt: 'yuv420p', width: 320, height: 240 });
    expect(probed.streams.find((s) => s.codec_type === 'audio')).toMatchObject({ codec_name: 'aac' });
    const boxes = topLevelBoxes(await readFile(output));
    expect(boxes.get('moov')).toBeLessThan(boxes.get('mdat') as number);
    // The source had its index at the end: faststart is the encoder's doing.
    const source = topLevelBoxes(await readFile(at('moov-at-end.mp4')));
    expect(source.get('moov')).toBeGreaterThan(source.get('mdat') as number);
  });

  it('scales down to maxHeight keeping the aspect, with even dimensions', async () => {
    const output = at('web-odd.mp4');
    const result = await makeWebVideo(at('odd.mp4'), output, { ...opts, maxHeight: 240, expectedSeconds: 2 });
    expect(result.ok).toBe(true);
    const video = (await ffprobeJson(output)).streams.find((s) => s.codec_type === 'video');
    expect(video?.height).toBe(240);
    expect(video?.width).toBe(426); // 641 × 240/361 = 426.1
    const unscaled = at('web-odd-unscaled.mp4');
    await makeWebVideo(at('odd.mp4'), unscaled, { ...opts, expectedSeconds: 2 });
    expect((await ffprobeJson(unscaled)).streams[0]).toMatchObject({ width: 640, height: 360 });
  });

  it('encodes webm and mov, and a silent clip without an audio track', async () => {
    for (const file of ['clip.webm', 'clip.mov']) {
      const result = await makeWebVideo(at(file), at(`web-${file}.mp4`), opts);
      expect(result.ok).toBe(true);
    }
    const silent = at('web-silent.mp4');
    expect((await makeWebVideo(at('silent.mp4'), silent, opts)).ok).toBe(true);
    expect((await ffprobeJson(silent)).streams.map((s) => s.codec_type)).toEqual(['video']);
  });

  it('calls a faststart mp4 cut in half truncated and leaves no output', async () => {
    const output = at('web-cut-faststart.mp4');
    const result = await makeWebVideo(at('cut-faststart.mp4'), output, opts);
    expect(result).toMatchObject({ ok: false, reason: 'truncated' });
    expect(existsSync(output)).toBe(false);
  });

  it('calls a cut webm truncated and a cut moov-at-end mp4 truncated', async () => {
    const webm = await makeWebVideo(at('cut.webm'), at('web-cut.webm.mp4'), opts);
    expect(webm).toMatchObject({ ok: false, reason: 'truncated' });
    const mp4 = await makeWebVideo(at('cut-moov-at-end.mp4'), at('web-cut-moov.mp4'), opts);
    expect(mp4).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('calls a whole file truncated when it holds much less than the header promised', async () => {
    const result = await makeWebVideo(at('faststart.mp4'), at('web-short.mp4'), {
      ...opts,
      expectedSeconds: 10,
    });
    expect(result).toMatchObject({ ok: false, reason: 'truncated' });
    expect(existsSync(at('web-short.mp4'))).toBe(false);
  });

  it('calls a non-video unreadable', async () => {
    const result = await makeWebVideo(at('random.mp4'), at('web-random.mp4'), opts);
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('kills ffmpeg at the deadline and removes the output', async () => {
    const output = at('web-timeout.mp4');
    // A 30 s clip takes seconds to encode: killed after 300 ms, once ffmpeg has begun the output.
    const deadline = { ...opts, expectedSeconds: 30, timeoutMs: 300 };
    await expect(makeWebVideo(at('long.mp4'), output, deadline)).rejects.toBeInstanceOf(
      MediaToolTimeoutError,
    );
    expect(existsSync(output)).toBe(false);
  });
});

describe('makeThumbnail', () => {
  it('writes one JPEG frame of the asked width, keeping the aspect', async () => {
    const output = at('thumb.jpg');
    await makeThumbnail(at('faststart.mp4'), output, { ffmpeg: 'ffmpeg', atSeconds: 1, width: 160 });
    const bytes = await readFile(output);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect((await ffprobeJson(output)).streams[0]).toMatchObject({
      codec_name: 'mjpeg',
      width: 160,
      height: 120,
    });
  });

  it('defaults to 640 wide but never scales a smaller picture up', async () => {
    const big = at('thumb-odd.jpg');
    await makeThumbnail(at('odd.mp4'), big, { ffmpeg: 'ffmpeg', atSeconds: 1 });
    expect((await ffprobeJson(big)).streams[0]).toMatchObject({ width: 640, height: 360 });
    const small = at('thumb-small.jpg');
    await makeThumbnail(at('faststart.mp4'), small, { ffmpeg: 'ffmpeg', atSeconds: 0 });
    expect((await ffprobeJson(small)).streams[0]).toMatchObject({ width: 320, height: 240 });
  });

  it('throws when there is no frame at that time', async () => {
    await expect(
      makeThumbnail(at('faststart.mp4'), at('thumb-late.jpg'), { ffmpeg: 'ffmpeg', atSeconds: 60 }),
    ).rejects.toThrow(/no thumbnail/);
    expect(existsSync(at('thumb-late.jpg'))).toBe(false);
  });
});

describe('sha256File', () => {
  it('matches node:crypto over the same bytes', async () => {
    const expected = createHash('sha256')
      .update(await readFile(at('clip.webm')))
      .digest('hex');
    expect(await sha256File(at('clip.webm'))).toBe(expected);
    expect(await sha256File(at('empty.mp4'))).toBe(createHash('sha256').digest('hex'));
  });
});
