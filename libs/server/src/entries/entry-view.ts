import type {
  AttachmentKind,
  Entry,
  EntryFile,
  EntryStatus,
  FileRejection,
  InitiativeDetails,
  Screening,
  UnitReviewState,
} from '@contest/contracts';

/**
 * The columns every entry read shares: the entry, its unit, its current file and its newest upload.
 * Whether the unit has an admin is asked only of an entry waiting at its unit, so galleries and
 * judges' lists do not pay for it.
 */
export const ENTRY_SELECT = `
  SELECT e.id, e.track_id AS "trackId", e.unit_id AS "unitId", un.name AS "unitName", e.title,
    e.description, e.topic, e.authors, e.link_url AS "linkUrl", e.status, e.screening,
    e.screening_reason AS "screeningReason", e.submitted_at AS "submittedAt", e.updated_at AS "updatedAt",
    e.submitted_by AS "submittedBy",
    to_jsonb(f) AS file, to_jsonb(p) AS "pendingFile",
    e.details, e.unit_review AS "unitReview", e.unit_review_comment AS "unitReviewComment",
    e.unit_head_name AS "unitHeadName", e.unit_head_position AS "unitHeadPosition",
    ur.full_name AS "unitReviewedByName", e.unit_reviewed_at AS "unitReviewedAt",
    CASE WHEN e.unit_review = 'pending'
      THEN EXISTS (SELECT 1 FROM users ua WHERE ua.unit_id = e.unit_id AND ua.role = 'unit_admin') END AS "unitHasAdmin",
    coalesce((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'kind', a.kind, 'name', a.name, 'bytes', a.bytes,
        'stageId', a.stage_id, 'createdAt', a.created_at) ORDER BY a.id)
      FROM entry_attachments a WHERE a.entry_id = e.id), '[]') AS attachments,
    coalesce((SELECT jsonb_agg(jsonb_build_object('stageId', m.stage_id, 'stageName', st.name, 'state', m.state,
        'reason', m.reason, 'movedAt', m.moved_at) ORDER BY m.id)
      FROM stage_moves m JOIN entry_stages st ON st.id = m.stage_id WHERE m.entry_id = e.id), '[]') AS journey
  FROM entries e
  JOIN units un ON un.id = e.unit_id
  LEFT JOIN users ur ON ur.id = e.unit_reviewed_by
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
  details: InitiativeDetails | null;
  unitReview: UnitReviewState | null;
  unitReviewComment: string | null;
  unitHeadName: string | null;
  unitHeadPosition: string | null;
  unitReviewedByName: string | null;
  unitReviewedAt: Date | null;
  unitHasAdmin: boolean | null;
  attachments: {
    id: number;
    kind: AttachmentKind;
    name: string;
    bytes: number;
    stageId: number | null;
    createdAt: string;
  }[];
  journey: { stageId: number; stageName: string; state: 'in' | 'out'; reason: string; movedAt: string }[];
}

/**
 * Who reads an entry decides what of it they see: its authors' phones and e-mails only reach the
 * authors, their unit and organizers, never judges or the public.
 */
export type EntryAudience = 'owner' | 'public';

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

function toDetails(details: InitiativeDetails | null, audience: EntryAudience): InitiativeDetails | null {
  if (!details || audience === 'owner') return details;
  return { ...details, authors: details.authors.map((a) => ({ ...a, phone: '', email: '' })) };
}

/**
 * Media addresses carry the file id, so a replaced clip is never served from a stale cache.
 * Contacts are left out unless the reader is the entry's own side (`owner`: authors, their unit,
 * organizers).
 */
export function toEntry(row: EntryRow, audience: EntryAudience = 'public'): Entry {
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
    initiative: toDetails(row.details, audience),
    unitReview: row.unitReview
      ? {
          state: row.unitReview,
          comment: row.unitReviewComment,
          headName: row.unitHeadName,
          headPosition: row.unitHeadPosition,
          reviewedByName: row.unitReviewedByName,
          reviewedAt: row.unitReviewedAt?.toISOString() ?? null,
          unitHasAdmin: row.unitHasAdmin,
        }
      : null,
    attachments: row.attachments.map((a) => ({
      ...a,
      entryId: row.id,
      bytes: Number(a.bytes),
      url: `/api/attachments/${a.id}`,
      createdAt: new Date(a.createdAt).toISOString(),
    })),
    journey: row.journey.map((j) => ({ ...j, movedAt: new Date(j.movedAt).toISOString() })),
  };
}

/**
 * An initiative's author changes it (text, video, attachments) only while it is theirs: a draft,
 * or one its unit returned. Once sent it is the unit's to forward; a clip has no such step.
 */
export const initiativeEditable = (entry: Pick<EntryRow, 'details' | 'unitReview'>): boolean =>
  entry.details === null || entry.unitReview === null || entry.unitReview === 'returned';
