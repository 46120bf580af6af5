import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';

import type { FileRejection } from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { MOVE_REASONS, StageMembership } from '../judging/stage-membership';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage';
import { makeThumbnail, makeWebVideo, probeVideo, sha256File } from '../media/video-processing';

interface FileRow {
  id: number;
  entryId: number;
  status: string;
  originalKey: string | null;
  maxDurationSeconds: number;
}

/**
 * Turns a finished upload into what judges and the gallery play: probe, refuse what is not a
 * playable clip (with the reason the unit sees), then a web copy (H.264/AAC, fast start), a
 * thumbnail and the content hash. Only a clip that passes all of it replaces the entry's file,
 * and a refused one leaves no bytes behind.
 */
@Injectable()
export class EntryFileProcessor {
  private readonly logger = new Logger(EntryFileProcessor.name);

  constructor(
    private readonly sql: Sql,
    private readonly membership: StageMembership,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async process(fileId: number): Promise<void> {
    const started = Date.now();
    const [file] = await this.sql.query<FileRow>(
      'entry-file-for-processing',
      `SELECT f.id, f.entry_id AS "entryId", f.status, f.original_key AS "originalKey",
         t.max_duration_seconds AS "maxDurationSeconds"
       FROM entry_files f JOIN entries e ON e.id = f.entry_id JOIN entry_tracks t ON t.id = e.track_id
       WHERE f.id = $1`,
      [fileId],
    );
    // A retried job whose file is already settled has nothing left to do.
    if (!file || file.status !== 'processing' || !file.originalKey) return;
    const original = await this.storage.localCopy(file.originalKey);
    const work = await mkdtemp(join(tmpdir(), `entry-file-${fileId}-`));
    try {
      const tools = { ffmpeg: this.env.FFMPEG_PATH, ffprobe: this.env.FFPROBE_PATH };
      const probed = await probeVideo(original.path, { ...tools, maxSeconds: file.maxDurationSeconds });
      if (!probed.ok) return await this.refuse(file, probed.reason, probed.detail);
      const { probe } = probed;
      const video = join(work, 'video.mp4');
      const web = await makeWebVideo(original.path, video, {
        ffmpeg: tools.ffmpeg,
        maxHeight: this.env.VIDEO_MAX_HEIGHT,
        expectedSeconds: probe.durationSeconds,
      });
      if (!web.ok) return await this.refuse(file, web.reason, web.detail);
      const thumbnail = join(work, 'thumb.jpg');
      await makeThumbnail(video, thumbnail, {
        ffmpeg: tools.ffmpeg,
        atSeconds: Math.min(1, web.durationSeconds / 2),
      });
      const sha256 = await sha256File(original.path);
      const base = `entries/${file.entryId}/${file.id}`;
      const keys = { video: `${base}-video.mp4`, thumbnail: `${base}-thumb.jpg` };
      await this.storage.moveFile(keys.video, video, 'video/mp4');
      await this.storage.moveFile(keys.thumbnail, thumbnail, 'image/jpeg');
      const replaced = await this.accept(file, {
        sha256,
        durationSeconds: web.durationSeconds,
        width: probe.width,
        height: probe.height,
        videoCodec: probe.videoCodec,
        audioCodec: probe.audioCodec,
        keys,
        processingMs: Date.now() - started,
        ffmpegMs: web.ffmpegMs,
      });
      await this.storage.delete(replaced);
    } finally {
      await original.release();
      await rm(work, { recursive: true, force: true });
    }
  }

  /**
   * The new file becomes the entry's file in one transaction; the entry goes back to screening,
   * since what was screened is not what is there now. Returns the replaced file's objects to drop.
   */
  private async accept(
    file: FileRow,
    made: {
      sha256: string;
      durationSeconds: number;
      width: number;
      height: number;
      videoCodec: string;
      audioCodec: string | null;
      keys: { video: string; thumbnail: string };
      processingMs: number;
      ffmpegMs: number;
    },
  ): Promise<string[]> {
    return this.sql.transaction(async (client) => {
      const [previous] = await this.sql.query<{
        id: number | null;
        keys: (string | null)[] | null;
        withdrawn: boolean;
      }>(
        'entry-previous-file',
        `SELECT e.file_id AS id, ARRAY[f.original_key, f.video_key, f.thumbnail_key] AS keys,
           e.status = 'withdrawn' AS withdrawn
         FROM entries e LEFT JOIN entry_files f ON f.id = e.file_id WHERE e.id = $1 FOR UPDATE OF e`,
        [file.entryId],
        client,
      );
      // Withdrawn while it was processing: the entry keeps no bytes, these included.
      if (previous?.withdrawn) {
        await this.sql.query(
          'entry-file-withdrawn',
          `UPDATE entry_files SET status = 'ready', original_key = NULL, processed_at = now() WHERE id = $1`,
          [file.id],
          client,
        );
        return [file.originalKey!, made.keys.video, made.keys.thumbnail];
      }
      await this.sql.query(
        'entry-file-ready',
        `UPDATE entry_files SET status = 'ready', sha256 = $2, duration_seconds = $3, width = $4, height = $5,
           video_codec = $6, audio_codec = $7, video_key = $8, thumbnail_key = $9, processing_ms = $10,
           ffmpeg_ms = $11, processed_at = now()
         WHERE id = $1`,
        [
          file.id,
          made.sha256,
          made.durationSeconds,
          made.width,
          made.height,
          made.videoCodec,
          made.audioCodec,
          made.keys.video,
          made.keys.thumbnail,
          made.processingMs,
          made.ffmpegMs,
        ],
        client,
      );
      await this.sql.query(
        'entry-file-current',
        // A clip is complete once its file is; an initiative (details set) stays its author's draft
        // until they send it to their unit.
        `UPDATE entries SET file_id = $2,
           status = CASE WHEN status = 'withdrawn' THEN status WHEN details IS NOT NULL THEN 'draft' ELSE 'submitted' END,
           screening = 'pending', screening_reason = NULL, screened_by = NULL, screened_at = NULL,
           submitted_at = CASE WHEN details IS NULL THEN now() ELSE submitted_at END, updated_at = now()
         WHERE id = $1`,
        [file.entryId, file.id],
        client,
      );
      await this.membership.leaveTrack(file.entryId, null, MOVE_REASONS.replaced);
      if (!previous?.id) return [];
      await this.sql.query(
        'entry-file-superseded',
        `UPDATE entry_files SET original_key = NULL, video_key = NULL, thumbnail_key = NULL WHERE id = $1`,
        [previous.id],
        client,
      );
      return (previous.keys ?? []).filter((k): k is string => !!k);
    });
  }

  private async refuse(file: FileRow, reason: FileRejection, detail: string): Promise<void> {
    this.logger.log(`entry file ${file.id} refused: ${reason} (${detail})`);
    await this.sql.transaction(async (client) => {
      await this.sql.query(
        'entry-file-refused',
        `UPDATE entry_files SET status = 'failed', rejection = $2, rejection_detail = $3, original_key = NULL,
           processed_at = now()
         WHERE id = $1`,
        [file.id, reason, detail.slice(0, 2000)],
        client,
      );
      await this.sql.query(
        'entry-back-to-draft',
        `UPDATE entries SET status = 'draft', updated_at = now() WHERE id = $1 AND status = 'processing'`,
        [file.entryId],
        client,
      );
    });
    await this.storage.delete([file.originalKey!]);
  }
}
