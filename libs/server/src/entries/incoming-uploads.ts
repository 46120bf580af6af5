import { join } from 'node:path';

import { FileStore } from '@tus/file-store';
import { S3Store, type MetadataValue } from '@tus/s3-store';
import { ERRORS, Upload, type DataStore, type KvStore } from '@tus/utils';

import type { Env } from '../config/env';
import { INCOMING_UPLOADS_DIR } from '../media/media-keys';
import type { MediaStorage } from '../media/media-storage';
import { S3Storage } from '../media/s3-storage';

/** A finished upload is stored as bytes of no known type: the worker finds out what it is. */
const ORIGINAL_TYPE = 'application/octet-stream';

/** tus's store of uploads in progress, and the way its finished uploads become media objects. */
export interface IncomingStore extends DataStore {
  /** The finished upload becomes the media object `key` and leaves the store. */
  moveToMedia(upload: Upload, key: string): Promise<void>;
}

/**
 * Uploads in progress live where the media do, so any api copy continues any upload: the media
 * folder (shared by the copies) for local storage, the bucket for S3, where a copy's own disk
 * holds only the chunk it is receiving.
 */
export function createIncomingStore(env: Env, storage: MediaStorage, expiryMs: number): IncomingStore {
  if (storage instanceof S3Storage) return new IncomingS3Store(storage, expiryMs);
  return new IncomingFileStore(storage, join(env.STORAGE_DIR, INCOMING_UPLOADS_DIR), expiryMs);
}

/**
 * A finished upload leaves the store for media storage inside tus's finish hook, but a
 * creation-with-upload (the whole file in the POST) is then asked for once more to write the
 * response: the store answers "complete" from what it knew instead of 404. Held a minute, for
 * that request only; every later request reads the database.
 */
class MovedUploads {
  private readonly sizes = new Map<string, number>();

  remember(upload: Upload): void {
    this.sizes.set(upload.id, upload.size ?? upload.offset);
    setTimeout(() => this.sizes.delete(upload.id), 60_000).unref();
  }

  answer(id: string): Upload | undefined {
    const size = this.sizes.get(id);
    return size === undefined ? undefined : new Upload({ id, size, offset: size });
  }
}

/** Files in `${STORAGE_DIR}/incoming`, on the media volume: a move is a rename. */
class IncomingFileStore extends FileStore implements IncomingStore {
  private readonly moved = new MovedUploads();

  constructor(
    private readonly storage: MediaStorage,
    directory: string,
    expiryMs: number,
  ) {
    super({ directory, expirationPeriodInMilliseconds: expiryMs });
  }

  override async getUpload(id: string): Promise<Upload> {
    return this.moved.answer(id) ?? super.getUpload(id);
  }

  async moveToMedia(upload: Upload, key: string): Promise<void> {
    await this.storage.moveFile(key, join(this.directory, upload.id), ORIGINAL_TYPE);
    this.moved.remember(upload);
    await this.configstore.delete(upload.id).catch(() => undefined);
  }
}

// tus's default cache of `<id>.info` lives in each process: it would keep every upload a copy
// ever saw, those another copy finished or dropped too. The object is tiny: read it each time.
const UNCACHED: KvStore<MetadataValue> = {
  get: async () => undefined,
  set: async () => undefined,
  delete: async () => undefined,
};

/**
 * Objects in the media bucket, at its root under the upload id: `<id>` (an S3 multipart upload
 * of whole parts, 5 MiB at least), `<id>.part` (the bytes short of a part) and `<id>.info`. A
 * request's bytes gather in the copy's temp folder, after those of `<id>.part` (taken back), until
 * they make a part or the request ends: a copy killed mid-request loses up to a part, and the
 * client resends from the offset HEAD gives.
 */
class IncomingS3Store extends S3Store implements IncomingStore {
  private readonly moved = new MovedUploads();

  constructor(
    private readonly storage: S3Storage,
    expiryMs: number,
  ) {
    super({
      s3ClientConfig: storage.connection,
      expirationPeriodInMilliseconds: expiryMs,
      // Expired uploads go in the api's hourly sweep (deleteExpired), not by a bucket rule on tags.
      useTags: false,
      cache: UNCACHED,
    });
  }

  override async getUpload(id: string): Promise<Upload> {
    return this.moved.answer(id) ?? super.getUpload(id);
  }

  /** tus's own remove lets an absent upload out as the SDK's error, and leaves `<id>.part` behind. */
  override async remove(id: string): Promise<void> {
    try {
      await super.remove(id);
    } catch (error) {
      throw (error as Error).name === 'NoSuchKey' ? ERRORS.FILE_NOT_FOUND : error;
    }
    await this.client.deleteObject({ Bucket: this.bucket, Key: this.partKey(id, true) });
  }

  async moveToMedia(upload: Upload, key: string): Promise<void> {
    await this.storage.moveObject(upload.id, key, ORIGINAL_TYPE);
    this.moved.remember(upload);
    await this.client
      .deleteObject({ Bucket: this.bucket, Key: this.infoKey(upload.id) })
      .catch(() => undefined);
  }
}
