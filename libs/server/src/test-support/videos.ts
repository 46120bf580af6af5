import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A real little clip made by ffmpeg (test pattern and a tone), as a phone would send one. */
export async function makeTestVideo(
  path: string,
  options: { seconds?: number; size?: string; audio?: boolean; grain?: boolean } = {},
): Promise<void> {
  const seconds = options.seconds ?? 2;
  // Grain on every frame, which x264 cannot squeeze: megabytes a second instead of kilobytes.
  const grain = options.grain ? ',noise=alls=100:allf=t' : '';
  const inputs = [
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${options.size ?? '320x240'}:rate=25:duration=${seconds}${grain}`,
  ];
  if (options.audio !== false) inputs.push('-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`);
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    ...inputs,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    path,
  ]);
}
