/**
 * Object keys and the errors both storage drivers share. Keys are chosen by the server
 * (`entries/12/video-<uuid>.mp4`), never by a user, but a bad one must still not reach a path
 * join or a bucket: it is refused before any I/O.
 */

const KEY_PATTERN = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
const MAX_KEY_LENGTH = 512;
/**
 * On local disk the api's tus uploads in progress live in `${STORAGE_DIR}/incoming`: no stored
 * object may land there. (In a bucket tus names them by upload id at its root, where no media key
 * lies: each one is under a folder, `entries/…`.)
 */
export const INCOMING_UPLOADS_DIR = 'incoming';
const RESERVED_FIRST_SEGMENTS = new Set([INCOMING_UPLOADS_DIR]);

export class MediaKeyError extends Error {
  constructor(key: string, why: string) {
    super(`bad media key ${JSON.stringify(key)}: ${why}`);
    this.name = 'MediaKeyError';
  }
}

/** Thrown by read() when the range starts at or past the end: the HTTP 416 case. */
export class MediaRangeError extends Error {
  constructor(
    readonly objectSize: number,
    range: { start: number; end?: number },
  ) {
    super(`range ${range.start}-${range.end ?? ''} outside an object of ${objectSize} bytes`);
    this.name = 'MediaRangeError';
  }
}

/** Thrown by localCopy() for an absent key (read() and size() answer null instead). */
export class MediaNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no media object ${key}`);
    this.name = 'MediaNotFoundError';
  }
}

export function assertMediaKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new MediaKeyError(key, 'empty');
  if (key.length > MAX_KEY_LENGTH) throw new MediaKeyError(key, `longer than ${MAX_KEY_LENGTH}`);
  if (!KEY_PATTERN.test(key)) {
    throw new MediaKeyError(key, 'only A-Z a-z 0-9 . _ - and inner / are allowed');
  }
  const segments = key.split('/');
  if (segments.some((s) => s === '.' || s === '..')) {
    throw new MediaKeyError(key, 'no . or .. segments');
  }
  if (RESERVED_FIRST_SEGMENTS.has(segments[0])) {
    throw new MediaKeyError(key, `${segments[0]}/ is reserved for uploads in progress`);
  }
}

/** Checks a requested byte range (inclusive end) and clamps its end to the object. */
export function clampRange(
  range: { start: number; end?: number },
  objectSize: number,
): { start: number; end: number } {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || start < 0) throw new RangeError(`bad range start ${start}`);
  if (end !== undefined && (!Number.isSafeInteger(end) || end < start)) {
    throw new RangeError(`bad range end ${end}`);
  }
  if (start >= objectSize) throw new MediaRangeError(objectSize, range);
  return { start, end: Math.min(end ?? objectSize - 1, objectSize - 1) };
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  mp4: 'video/mp4',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The content type a key's extension implies, for objects stored without one. */
export function contentTypeFromKey(key: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(key);
  return (match && TYPES_BY_EXTENSION[match[1].toLowerCase()]) || 'application/octet-stream';
}
