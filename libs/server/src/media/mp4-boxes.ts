import { open, type FileHandle } from 'node:fs/promises';

/**
 * Just enough of the ISO base media format (mp4, mov, m4a, 3gp) to tell a file cut short
 * from one that is whole: top-level boxes declare their sizes, so a box running past the end
 * of the file is a cut, whatever ffprobe manages to read from the part that is there.
 */

export interface Mp4Box {
  type: string;
  start: number;
  size: number;
}

export interface Mp4Layout {
  boxes: Mp4Box[];
  /** The first box that declares more bytes than the file holds. */
  overrun: (Mp4Box & { fileSize: number }) | null;
}

// Boxes a QuickTime or mp4 file may start with (old QuickTime files have no ftyp).
const FIRST_BOX_TYPES = new Set(['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip', 'styp', 'pnot']);
const MOVIE_BOXES = new Set(['moov', 'mdat', 'moof']);
const MAX_BOXES = 10_000;

/** The top-level boxes, or null when the file does not start like an ISO media file. */
export async function readMp4Layout(path: string): Promise<Mp4Layout | null> {
  const file = await open(path, 'r');
  try {
    const { size: fileSize } = await file.stat();
    const boxes: Mp4Box[] = [];
    let offset = 0;
    while (offset + 8 <= fileSize && boxes.length < MAX_BOXES) {
      const header = await readAt(file, offset, 16);
      const type = header.toString('latin1', 4, 8);
      if (boxes.length === 0 && !FIRST_BOX_TYPES.has(type)) return null;
      let size = header.readUInt32BE(0);
      if (size === 1) {
        size = header.length < 16 ? Infinity : Number(header.readBigUInt64BE(8)); // 64-bit size
      } else if (size === 0) {
        size = fileSize - offset; // "to the end of the file"
      }
      if (size < 8) return boxes.length === 0 ? null : { boxes, overrun: null }; // garbage tail
      const box = { type, start: offset, size };
      if (offset + size > fileSize) {
        // Some phones append a trailer that is no box at all: only a cut movie box counts.
        if (!MOVIE_BOXES.has(type)) return { boxes, overrun: null };
        boxes.push(box);
        return { boxes, overrun: { ...box, fileSize } };
      }
      boxes.push(box);
      offset += size;
    }
    return { boxes, overrun: null };
  } finally {
    await file.close();
  }
}

/** The movie's duration from moov/mvhd, or null when there is no complete moov. */
export async function readMp4Duration(path: string): Promise<number | null> {
  const layout = await readMp4Layout(path);
  const moov = layout?.boxes.find((b) => b.type === 'moov');
  if (!layout || !moov || layout.overrun?.start === moov.start) return null;
  const file = await open(path, 'r');
  try {
    // mvhd comes first in every moov ffmpeg writes; look a little further for other muxers.
    const head = await readAt(file, moov.start + 8, Math.min(moov.size - 8, 64 * 1024));
    for (let at = 0; at + 8 <= head.length;) {
      const size = head.readUInt32BE(at);
      if (head.toString('latin1', at + 4, at + 8) === 'mvhd') return mvhdSeconds(head, at + 8);
      if (size < 8) return null;
      at += size;
    }
    return null;
  } finally {
    await file.close();
  }
}

function mvhdSeconds(buf: Buffer, at: number): number | null {
  const version = buf[at];
  const need = version === 1 ? 32 : 20;
  if (at + need > buf.length) return null;
  const timescale = buf.readUInt32BE(at + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(buf.readBigUInt64BE(at + 24)) : buf.readUInt32BE(at + 16);
  return timescale > 0 ? duration / timescale : null;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
