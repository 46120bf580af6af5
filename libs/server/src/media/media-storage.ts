import type { Readable } from 'node:stream';

import type { FactoryProvider } from '@nestjs/common';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { LocalDiskStorage } from './local-storage';
import { S3Storage } from './s3-storage';

export { MediaKeyError, MediaNotFoundError, MediaRangeError, assertMediaKey } from './media-keys';

export interface StoredObject {
  /** The bytes (the whole object, or the range); the caller must consume or destroy it. */
  body: Readable;
  /** The whole object's size, also for a range read (the total of an HTTP Content-Range). */
  size: number;
  contentType: string;
  /** The inclusive range the body holds, its end clamped to the object; absent for a whole read. */
  range?: { start: number; end: number };
}

/**
 * Where clip originals, web copies and thumbnails live: a directory on one machine or an
 * S3-compatible bucket shared by every api and worker. Every key is checked (see media-keys.ts)
 * and a bad one throws MediaKeyError.
 */
export interface MediaStorage {
  /** Stores a local file under key (overwrites); the source file stays. */
  putFile(key: string, path: string, contentType: string): Promise<void>;
  /** Stores a local file under key and removes the source: a rename when the disk allows it. */
  moveFile(key: string, path: string, contentType: string): Promise<void>;
  /**
   * Reads an object, or a byte range of it (inclusive end, like HTTP Range; an end past the
   * object is clamped); null when the key is absent. A start at or past the end throws
   * MediaRangeError carrying the object's size (answer 416).
   */
  read(key: string, range?: { start: number; end?: number }): Promise<StoredObject | null>;
  size(key: string): Promise<number | null>;
  /** Removes keys; absent keys are fine. */
  delete(keys: readonly string[]): Promise<void>;
  /**
   * A local file path holding the object, for ffprobe/ffmpeg: the file itself on local disk
   * (read it, never change or remove it), a temp download for S3; call release() when done.
   * Throws MediaNotFoundError for an absent key.
   */
  localCopy(key: string): Promise<{ path: string; release(): Promise<void> }>;
  /** Resolves when the store can be used (directory writable, bucket reachable), for readiness. */
  ping(): Promise<void>;
  /** A short name for logs and readiness: 'local' or 's3'. */
  readonly kind: 'local' | 's3';
}

/** Nest injection token for the one MediaStorage of a process. */
export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

/** Picks the driver by STORAGE_DRIVER (loadEnv has already checked the S3 settings). */
export function createMediaStorage(env: Env): MediaStorage {
  if (env.STORAGE_DRIVER === 's3') {
    if (!env.S3_BUCKET || !env.S3_ENDPOINT) throw new Error('S3_BUCKET and S3_ENDPOINT are required');
    return new S3Storage({
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      bucket: env.S3_BUCKET,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalDiskStorage(env.STORAGE_DIR);
}

/** `providers: [mediaStorageProvider]` in the module that owns media. */
export const mediaStorageProvider: FactoryProvider<MediaStorage> = {
  provide: MEDIA_STORAGE,
  useFactory: createMediaStorage,
  inject: [ENV],
};
