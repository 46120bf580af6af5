import { spawn } from 'node:child_process';

export interface ToolRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** The last STDERR_KEEP characters: a broken file can make ffmpeg print an error per frame. */
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Thrown when ffmpeg or ffprobe ran past its time limit and was killed. */
export class MediaToolTimeoutError extends Error {
  constructor(tool: string, timeoutMs: number) {
    super(`${tool} killed after ${Math.round(timeoutMs / 1000)} s`);
    this.name = 'MediaToolTimeoutError';
  }
}

const STDERR_KEEP = 16 * 1024;
const STDOUT_MAX = 32 * 1024 * 1024;

/**
 * Runs a binary with an argument list (no shell, so no file name is ever parsed as a command)
 * and kills it at the deadline. Rejects only when it cannot start (ENOENT: a wrong FFMPEG_PATH).
 */
export function runTool(command: string, args: readonly string[], timeoutMs: number): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes <= STDOUT_MAX) out.push(chunk);
      else child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEEP);
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        ms: Math.round(performance.now() - started),
        timedOut,
      });
    });
  });
}
