import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import {
  access,
  copyFile,
  mkdir,
  open,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

import { assertMediaKey, clampRange, contentTypeFromKey, MediaNotFoundError } from './media-keys';
import type { MediaStorage, StoredObject } from './media-storage';

// '~' never appears in a key, so neither a sidecar nor a temp file can collide with an object.
const TYPE_SUFFIX = '~type';
const TEMP_MARK = '~tmp-';

/**
 * Objects as plain files under one root (`STORAGE_DIR`), the key being the relative path. Each
 * file is written under a temp name and renamed into place, so a reader sees the old object or
 * the new one, never half a file. The content type sits beside it in `<file>~type`.
 */
export class LocalDiskStorage implements MediaStorage {
  readonly kind = 'local' as const;
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = resolve(rootDir);
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    const target = this.pathOf(key);
    await this.prepare(target, contentType);
    const temp = tempName(target);
    try {
      // FICLONE: a copy-on-write clone where the filesystem has them, a plain copy elsewhere.
      await copyFile(path, temp, constants.COPYFILE_FICLONE);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async moveFile(key: string, path: string, contentType: string): Promise<void> {
    const target = this.pathOf(key);
    await this.prepare(target, contentType);
    try {
      await rename(path, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await this.putFile(key, path, contentType);
      await unlink(path);
    }
  }

  async read(key: string, range?: { start: number; end?: number }): Promise<StoredObject | null> {
    const file = this.pathOf(key);
    // Reading through one open handle: a rename or delete meanwhile cannot mix two objects.
    const handle = await openFile(file);
    if (!handle) return null;
    try {
      const { size } = await handle.stat();
      const contentType = await this.contentTypeOf(key, file);
      const served = range && clampRange(range, size);
      const body = handle.createReadStream(served ?? {});
      return served ? { body, size, contentType, range: served } : { body, size, contentType };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async size(key: string): Promise<number | null> {
    return fileSize(this.pathOf(key));
  }

  async delete(keys: readonly string[]): Promise<void> {
    const files = keys.map((key) => this.pathOf(key));
    await Promise.all(
      files.flatMap((file) => [rm(file, { force: true }), rm(file + TYPE_SUFFIX, { force: true })]),
    );
  }

  async localCopy(key: string): Promise<{ path: string; release(): Promise<void> }> {
    const file = this.pathOf(key);
    if ((await fileSize(file)) === null) throw new MediaNotFoundError(key);
    return { path: file, release: async () => undefined };
  }

  async ping(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await access(this.root, constants.R_OK | constants.W_OK);
  }

  private pathOf(key: string): string {
    assertMediaKey(key);
    return join(this.root, key);
  }

  /** Makes the folder and writes the type first: once the data is renamed in, both are there. */
  private async prepare(target: string, contentType: string): Promise<void> {
    await mkdir(dirname(target), { recursive: true });
    const temp = tempName(target);
    await writeFile(temp, contentType);
    await rename(temp, target + TYPE_SUFFIX);
  }

  private async contentTypeOf(key: string, file: string): Promise<string> {
    try {
      return (await readFile(file + TYPE_SUFFIX, 'utf8')) || contentTypeFromKey(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return contentTypeFromKey(key);
      throw error;
    }
  }
}

function tempName(target: string): string {
  return `${target}${TEMP_MARK}${randomUUID()}`;
}

async function openFile(file: string): Promise<FileHandle | null> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw error;
  }
  if ((await handle.stat()).isFile()) return handle;
  await handle.close();
  return null;
}

async function fileSize(file: string): Promise<number | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}
