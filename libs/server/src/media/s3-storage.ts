import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';

import { assertMediaKey, clampRange, MediaNotFoundError, MediaRangeError } from './media-keys';
import type { MediaStorage, StoredObject } from './media-storage';

export interface S3StorageOptions {
  endpoint: string;
  region: string;
  bucket: string;
  /** Both unset: the SDK's default chain (instance role, AWS_* variables). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** true for MinIO, Ceph, s3rver and most self-hosted stores; false for virtual-host buckets. */
  forcePathStyle: boolean;
  /** Files above this go up in parts (default 64 MiB). */
  multipartThresholdBytes?: number;
  /** Part size of a multipart upload (default 16 MiB; S3's minimum is 5 MiB). */
  partSizeBytes?: number;
  /** Where localCopy() downloads to (default the OS temp dir). */
  tempDir?: string;
}

const MiB = 1024 * 1024;
const PARTS_IN_FLIGHT = 4;
const DELETE_BATCH = 1000; // DeleteObjects' own limit

/** Objects in one S3-compatible bucket, shared by every api and worker process. */
export class S3Storage implements MediaStorage {
  readonly kind = 's3' as const;
  /** How this store reaches its bucket: tus's S3 upload store is given the same, quirks and all. */
  readonly connection: S3ClientConfig & { bucket: string };
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly multipartThreshold: number;
  private readonly partSize: number;
  private readonly tempDir: string;

  constructor(options: S3StorageOptions) {
    const { accessKeyId, secretAccessKey, bucket } = options;
    const settings: S3ClientConfig = {
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // The SDK's default (CRC32 trailers in aws-chunked bodies) is stored verbatim, checksum
      // frames and all, by several S3-compatible servers (s3rver does): send plain bodies.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
    this.connection = { ...settings, bucket };
    this.client = new S3Client(settings);
    this.bucket = bucket;
    this.multipartThreshold = options.multipartThresholdBytes ?? 64 * MiB;
    this.partSize = Math.max(options.partSizeBytes ?? 16 * MiB, 5 * MiB);
    this.tempDir = options.tempDir ?? tmpdir();
  }

  /** Nest calls this at shutdown (the provider's instance): the SDK's keep-alive sockets go too. */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    assertMediaKey(key);
    const { size } = await stat(path);
    if (size <= this.multipartThreshold) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: createReadStream(path),
          ContentLength: size,
          ContentType: contentType,
        }),
      );
      return;
    }
    await this.putInParts(key, path, size, contentType);
  }

  async moveFile(key: string, path: string, contentType: string): Promise<void> {
    await this.putFile(key, path, contentType);
    await unlink(path);
  }

  /**
   * Moves an object of this bucket to key (overwrites) with a copy the server makes, then a delete:
   * a finished upload (tus's S3 store leaves it in this bucket) never travels back through the
   * api. One CopyObject takes up to 5 GiB, more than an upload may have (4 GiB).
   */
  async moveObject(from: string, key: string, contentType: string): Promise<void> {
    // Checked keys hold only URL-safe characters: `from` goes into CopySource as it is.
    assertMediaKey(from);
    assertMediaKey(key);
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: key,
        CopySource: `${this.bucket}/${from}`,
        ContentType: contentType,
        MetadataDirective: 'REPLACE',
      }),
    );
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: from }));
  }

  async read(key: string, range?: { start: number; end?: number }): Promise<StoredObject | null> {
    assertMediaKey(key);
    if (range) clampRange(range, Number.MAX_SAFE_INTEGER); // shape checks before a request
    try {
      const answer = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end ?? ''}` : undefined,
        }),
      );
      const body = answer.Body as Readable;
      const contentType = answer.ContentType ?? 'application/octet-stream';
      const served = parseContentRange(answer.ContentRange);
      if (range && served) return { body, size: served.size, contentType, range: served.range };
      const size = answer.ContentLength ?? 0;
      // A server that ignored Range sent everything: still correct as a whole-object read.
      return { body, size, contentType };
    } catch (error) {
      if (isNotFound(error)) return null;
      if (range && statusOf(error) === 416) {
        throw new MediaRangeError((await this.size(key)) ?? 0, range);
      }
      throw error;
    }
  }

  async size(key: string): Promise<number | null> {
    assertMediaKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    keys.forEach(assertMediaKey);
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      const answer = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      const failed = (answer.Errors ?? []).filter((e) => e.Code !== 'NoSuchKey');
      if (failed.length > 0) {
        const first = failed[0];
        throw new Error(`S3 delete failed for ${failed.length} keys, ${first.Key}: ${first.Code}`);
      }
    }
  }

  async localCopy(key: string): Promise<{ path: string; release(): Promise<void> }> {
    const object = await this.read(key);
    if (!object) throw new MediaNotFoundError(key);
    const dir = await mkdtemp(join(this.tempDir, 'contest-media-'));
    const release = () => rm(dir, { recursive: true, force: true });
    // Keeps the key's last segment (and so its extension) as a hint for ffmpeg and for logs.
    const path = join(dir, key.split('/').pop() as string);
    try {
      await pipeline(object.body, createWriteStream(path));
    } catch (error) {
      await release();
      throw error;
    }
    return { path, release };
  }

  async ping(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  /** Parts of partSize read straight from the file, a few in flight; aborted on any failure. */
  private async putInParts(key: string, path: string, size: number, contentType: string) {
    const { UploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }),
    );
    const partCount = Math.ceil(size / this.partSize);
    const parts: CompletedPart[] = new Array(partCount);
    let next = 0;
    const uploadParts = async () => {
      while (next < partCount) {
        const index = next++;
        const start = index * this.partSize;
        const end = Math.min(start + this.partSize, size) - 1;
        const { ETag } = await this.client.send(
          new UploadPartCommand({
            Bucket: this.bucket,
            Key: key,
            UploadId,
            PartNumber: index + 1,
            Body: createReadStream(path, { start, end }),
            ContentLength: end - start + 1,
          }),
        );
        parts[index] = { PartNumber: index + 1, ETag };
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(PARTS_IN_FLIGHT, partCount) }, uploadParts));
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId,
          MultipartUpload: { Parts: parts },
        }),
      );
    } catch (error) {
      await this.client
        .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId }))
        .catch(() => undefined); // the first error is the one worth reporting
      throw error;
    }
  }
}

function parseContentRange(
  header: string | undefined,
): { range: { start: number; end: number }; size: number } | null {
  const match = header && /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header);
  if (!match) return null;
  return { range: { start: Number(match[1]), end: Number(match[2]) }, size: Number(match[3]) };
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  // A missing bucket is a misconfiguration to surface, not an absent object.
  return name !== 'NoSuchBucket' && statusOf(error) === 404;
}
