import type { Entry, EntryFile, EntryStatus, FileRejection, Screening } from '@contest/contracts';

/** The columns every entry read shares: the entry, its unit, its current file and its newest upload. */
export const ENTRY_SELECT = `
  SELECT e.id, e.track_id AS "trackId", e.unit_id AS "unitId", un.name AS "unitName", e.title,
    e.description, e.topic, e.authors, e.link_url AS "linkUrl", e.status, e.screening,
    e.screening_reason AS "screeningReason", e.submitted_at AS "submittedAt", e.updated_at AS "updatedAt",
    e.submitted_by AS "submittedBy",
    to_jsonb(f) AS file, to_jsonb(p) AS "pendingFile"
  FROM entries e
  JOIN units un ON un.id = e.unit_id
  LEFT JOIN LATERAL (
    SELECT id, status, original_name, bytes, rejection, duration_seconds, width, height, created_at, sha256
    FROM entry_files WHERE id = e.file_id
  ) f ON true
  LEFT JOIN LATERAL (
    SELECT id, status, original_name, bytes, rejection, duration_seconds, width, height, created_at, sha256
    FROM entry_files
    WHERE entry_id = e.id AND id > coalesce(e.file_id, 0) AND status <> 'ready'
    ORDER BY id DESC LIMIT 1
  ) p ON true`;

interface FileJson {
  id: number;
  status: EntryFile['status'];
  original_name: string;
  bytes: string | number;
  rejection: FileRejection | null;
  duration_seconds: number | null;
  width: number | null;
  height: number | null;
  created_at: string;
  sha256: string | null;
}

export interface EntryRow {
  id: number;
  trackId: number;
  unitId: number;
  unitName: string;
  title: string;
  description: string;
  topic: string | null;
  authors: string[];
  linkUrl: string | null;
  status: EntryStatus;
  screening: Screening;
  screeningReason: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
  submittedBy: number;
  file: FileJson | null;
  pendingFile: FileJson | null;
}

function toFile(f: FileJson | null): EntryFile | null {
  if (!f) return null;
  return {
    id: f.id,
    status: f.status,
    originalName: f.original_name,
    bytes: Number(f.bytes),
    rejection: f.rejection,
    durationSeconds: f.duration_seconds,
    width: f.width,
    height: f.height,
    uploadedAt: new Date(f.created_at).toISOString(),
  };
}

/** Media addresses carry the file id, so a replaced clip is never served from a stale cache. */
export function toEntry(row: EntryRow): Entry {
  const file = toFile(row.file);
  return {
    id: row.id,
    trackId: row.trackId,
    unitId: row.unitId,
    unitName: row.unitName,
    title: row.title,
    description: row.description,
    topic: row.topic,
    authors: row.authors,
    linkUrl: row.linkUrl,
    status: row.status,
    screening: row.screening,
    screeningReason: row.screeningReason,
    file,
    pendingFile: toFile(row.pendingFile),
    videoUrl: file ? `/api/entries/${row.id}/video?v=${file.id}` : null,
    thumbnailUrl: file ? `/api/entries/${row.id}/thumbnail?v=${file.id}` : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
