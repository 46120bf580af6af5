import type { Track } from '@contest/contracts';
import * as tus from 'tus-js-client';

import { ApiError } from '../../api';
import { checkVideoFile, type FileProblem } from './file-check';
import { forgetStoredUploads, storedUploadsOf, UPLOADS_ENDPOINT } from './stored-uploads';
import { apiRefusalOf, shouldRetryUpload, uploadFailureOf } from './upload-failure';
import { TransferMeter } from './upload-stats';
import { readVideoDuration } from './video-duration';

const CHUNK_BYTES = 8 * 1024 * 1024;
const RETRY_DELAYS_MS = [0, 1000, 3000, 5000, 10000, 20000];
/** Once tus's own retries give up on a dropped line, try again this often, and at once when back online. */
const RECONNECT_EVERY_MS = 15_000;
/** Progress redraws at most this often: a fast line fires hundreds of events a second. */
const REDRAW_MS = 250;

export type UploadPhase = 'idle' | 'checking' | 'uploading' | 'paused' | 'reconnecting' | 'done' | 'failed';

export interface UploadView {
  phase: UploadPhase;
  fileName: string | null;
  sent: number;
  total: number;
  bytesPerSecond: number | null;
  /** The share already on the server when this upload took up an earlier one (after a reload). */
  resumedFrom: number | null;
  /** Found before sending: the file breaks a limit of the track. */
  problem: FileProblem | null;
  /** Why it stopped: an ApiError in the reader's language, or another Error. */
  error: Error | null;
  /** After a failure: the same upload can go on (else a file is chosen again). */
  resumable: boolean;
}

export const IDLE_UPLOAD: UploadView = {
  phase: 'idle',
  fileName: null,
  sent: 0,
  total: 0,
  bytesPerSecond: null,
  resumedFrom: null,
  problem: null,
  error: null,
  resumable: false,
};

/** Bytes are (or are about to be) on the way: closing the page now would interrupt them. */
export const isSending = (phase: UploadPhase) =>
  phase === 'checking' || phase === 'uploading' || phase === 'reconnecting';

/** An upload exists that could go on (running, paused or waiting for the network). */
export const holdsUpload = (phase: UploadPhase) => isSending(phase) || phase === 'paused';

type Limits = Pick<Track, 'formats' | 'maxMegabytes' | 'maxDurationSeconds'>;

interface SessionOptions {
  entryId: number;
  limits(): Limits;
  onChange(view: UploadView): void;
  /** The last byte is on the server, or the server refused: the entry has news to fetch. */
  onSettled(): void;
}

function answerOf(error: Error) {
  const detailed = error as Partial<tus.DetailedError>;
  const response = detailed.originalResponse ?? null;
  return {
    fromHttp: detailed.originalRequest != null,
    status: response?.getStatus() ?? 0,
    body: response?.getBody() ?? null,
    online: navigator.onLine,
  };
}

/**
 * One entry's file upload with the tus protocol: checked against the track first, resumable after a
 * dropped line (tus retries, then the session waits for the network) and after a reload (tus keeps
 * the upload's address in localStorage; choosing the same file again takes it up where it stopped).
 */
export class EntryUploadSession {
  private upload: tus.Upload | null = null;
  private view: UploadView = IDLE_UPLOAD;
  private readonly meter = new TransferMeter();
  private reconnectTimer: number | null = null;
  private lastRedraw = 0;
  /** Set from the first line of start(): the file checks take a while, and a second start must not slip in. */
  private starting = false;

  constructor(private readonly options: SessionOptions) {}

  private show(next: Partial<UploadView>): void {
    this.view = { ...this.view, ...next };
    this.options.onChange(this.view);
  }

  async start(file: File): Promise<void> {
    if (this.upload || this.starting) return;
    this.starting = true;
    try {
      await this.begin(file);
    } catch (error) {
      this.upload = null;
      this.show({
        phase: 'failed',
        error: error instanceof Error ? error : new Error(String(error)),
        resumable: false,
      });
    } finally {
      this.starting = false;
    }
  }

  private async begin(file: File): Promise<void> {
    const { entryId } = this.options;
    this.view = IDLE_UPLOAD;
    this.show({ phase: 'checking', fileName: file.name, total: file.size });
    const limits = this.options.limits();
    const problem =
      checkVideoFile(file, limits) ?? checkVideoFile(file, limits, await readVideoDuration(file));
    if (problem) return this.show({ phase: 'idle', problem });

    const upload = new tus.Upload(file, {
      endpoint: UPLOADS_ENDPOINT,
      metadata: { entryId: String(entryId), filename: file.name, filetype: file.type },
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS_MS,
      removeFingerprintOnSuccess: true,
      onShouldRetry: (error) => shouldRetryUpload(answerOf(error)),
      onAfterResponse: (request, response) => this.onAnswer(request, response, file.size),
      onProgress: (sent, total) => this.onProgress(sent, total),
      onSuccess: () => this.onSuccess(),
      onError: (error) => this.onError(error),
    });
    // Only this entry's own unfinished upload of this very file is taken up again.
    const ours = new Set((await storedUploadsOf(entryId)).map((u) => u.urlStorageKey));
    const previous = (await upload.findPreviousUploads()).find((p) => ours.has(p.urlStorageKey));
    if (previous) upload.resumeFromPreviousUpload(previous);
    this.upload = upload;
    this.meter.reset(Date.now(), 0);
    this.show({ phase: 'uploading' });
    upload.start();
  }

  pause(): void {
    this.stopWaiting();
    void this.upload?.abort(false);
    this.show({ phase: 'paused', bytesPerSecond: null });
  }

  /** Goes on after a pause, a dropped line or another failure: tus asks the server where it stopped. */
  readonly resume = (): void => {
    if (!this.upload) return;
    this.stopWaiting();
    this.meter.reset(Date.now(), this.view.sent);
    this.show({ phase: 'uploading', error: null, bytesPerSecond: null });
    this.upload.start();
  };

  /** Stops and deletes the bytes sent so far (tus terminate), so the server keeps no half file. */
  async cancel(): Promise<void> {
    this.stopWaiting();
    const upload = this.upload;
    this.upload = null;
    this.view = IDLE_UPLOAD;
    this.show({});
    await upload?.abort(true).catch(() => undefined);
    await forgetStoredUploads(this.options.entryId);
    this.options.onSettled();
  }

  /** The finished upload has been seen in the entry (processing, refused or ready): back to choosing a file. */
  clearFinished(): void {
    if (this.view.phase !== 'done') return;
    this.view = IDLE_UPLOAD;
    this.show({});
  }

  /** The page goes away: requests stop, the upload's address stays stored for next time. */
  stop(): void {
    this.stopWaiting();
    void this.upload?.abort(false);
  }

  private onAnswer(request: tus.HttpRequest, response: tus.HttpResponse, size: number): void {
    // A HEAD is tus asking where to go on: after a reload, or after a dropped line.
    if (request.getMethod() !== 'HEAD' || response.getStatus() !== 200) return;
    const offset = Number(response.getHeader('Upload-Offset'));
    if (!Number.isFinite(offset)) return;
    this.meter.reset(Date.now(), offset);
    const firstAnswer = this.view.sent === 0 && this.view.resumedFrom === null;
    this.show({
      sent: offset,
      resumedFrom: firstAnswer && offset > 0 ? offset / size : this.view.resumedFrom,
    });
  }

  private onProgress(sent: number, total: number): void {
    const now = Date.now();
    this.meter.add(now, sent);
    if (now - this.lastRedraw < REDRAW_MS && sent < total) return;
    this.lastRedraw = now;
    this.show({ sent, total, bytesPerSecond: this.meter.bytesPerSecond() });
  }

  private onSuccess(): void {
    this.upload = null;
    this.stopWaiting();
    this.show({ phase: 'done', sent: this.view.total, bytesPerSecond: null });
    this.options.onSettled();
  }

  private onError(error: Error): void {
    const answer = answerOf(error);
    const failure = answer.fromHttp ? uploadFailureOf(answer) : 'other';
    if (failure === 'connection') {
      this.show({ phase: 'reconnecting', bytesPerSecond: null });
      this.waitForNetwork();
      return;
    }
    const refusal = apiRefusalOf(answer.body);
    if (failure === 'refused') {
      // Refused for good: the next try is a fresh upload with a fresh check.
      this.upload = null;
      void forgetStoredUploads(this.options.entryId);
      this.options.onSettled();
    }
    this.show({
      phase: 'failed',
      bytesPerSecond: null,
      error: refusal ? ApiError.fromResponse(answer.status, '', refusal) : error,
      resumable: failure !== 'refused',
    });
  }

  private waitForNetwork(): void {
    this.stopWaiting();
    this.reconnectTimer = window.setInterval(this.resume, RECONNECT_EVERY_MS);
    window.addEventListener('online', this.resume);
  }

  private stopWaiting(): void {
    if (this.reconnectTimer !== null) window.clearInterval(this.reconnectTimer);
    this.reconnectTimer = null;
    window.removeEventListener('online', this.resume);
  }
}
