import { z } from 'zod';

import { bodyIdSchema, isoDateTime } from './common';
import { unitLevelSchema } from './units';

/**
 * Initiative contests: entries written by civil servants (an article, a video, or both), alone or
 * as a group, sent to their own unit, which pre-screens them and forwards the good ones with its
 * head's confirmation; the organizer screens what units forward, checks it is new (against the
 * other entries and a register of initiatives already applied), and judged stages shortlist.
 */

export const INITIATIVE_FORMS = ['article', 'video'] as const;
export const initiativeFormSchema = z.enum(INITIATIVE_FORMS);
export type InitiativeForm = z.infer<typeof initiativeFormSchema>;

/** Live (not withdrawn) initiatives one account may hold on a track: drafts are cheap, not free. */
export const MAX_INITIATIVES_PER_AUTHOR = 10;

/** Reform areas of the contests these tracks were built from: the wizard's starting lists. */
export const REFORM_AREA_PRESETS = {
  /** A district's search for reform initiatives: 8 areas. */
  district: [
    'Cải cách thể chế',
    'Cải cách thủ tục hành chính',
    'Cải cách tổ chức bộ máy',
    'Cải cách chế độ công vụ',
    'Cải cách tài chính công',
    'Xây dựng, phát triển chính quyền điện tử, chính quyền số',
    'Nâng cao chất lượng phục vụ người dân, doanh nghiệp',
    'Công tác chỉ đạo, điều hành và thông tin, tuyên truyền cải cách hành chính',
  ],
  /** A province's proposals for reform and digital transformation: 6 areas. */
  province: [
    'Cải cách thể chế',
    'Cải cách thủ tục hành chính',
    'Cải cách tổ chức bộ máy hành chính nhà nước',
    'Cải cách chế độ công vụ',
    'Cải cách tài chính công',
    'Chuyển đổi số, xây dựng chính quyền số',
  ],
} as const;

/** A unit level's forwarding quota: each unit of that level forwards at least `min` entries. */
export const forwardQuotaSchema = z.object({ level: unitLevelSchema, min: z.number().int().min(1).max(50) });
export type ForwardQuota = z.infer<typeof forwardQuotaSchema>;

/** What an initiative track takes, beside the call's common settings (areas are its topics). */
export const initiativeSettingsSchema = z
  .object({
    forms: z
      .array(initiativeFormSchema)
      .min(1)
      .max(2)
      .refine((f) => new Set(f).size === f.length, {
        message: 'hình thức bị trùng',
        params: { reason: 'forms_repeated' },
      }),
    individual: z.boolean(),
    group: z.boolean(),
    /** A group's most authors (a group has at least two). */
    maxAuthors: z.number().int().min(2).max(30).default(10),
    quotas: z
      .array(forwardQuotaSchema)
      .max(7)
      .refine((q) => new Set(q.map((x) => x.level)).size === q.length, {
        message: 'mỗi cấp đơn vị một chỉ tiêu',
        params: { reason: 'quota_level_repeated' },
      }),
    /** Largest attachment (PDF, DOCX, image), in MB. */
    attachmentMegabytes: z.number().int().min(1).max(50).default(20),
  })
  .refine((s) => s.individual || s.group, {
    message: 'cần nhận bài cá nhân hoặc bài nhóm',
    params: { reason: 'authorship_needed' },
    path: ['individual'],
  });
export type InitiativeSettings = z.infer<typeof initiativeSettingsSchema>;

const phoneSchema = z
  .string()
  .trim()
  .max(20)
  .regex(/^[+]?[\d .()-]{8,20}$/, { message: 'số điện thoại không hợp lệ' });

/** One author as the entry names them; a group names its representative, reached by phone and e-mail. */
export const initiativeAuthorSchema = z.object({
  name: z.string().trim().min(2).max(120),
  /** The author's unit as they write it (a commune, an association, a department). */
  unitName: z.string().trim().max(255).default(''),
  position: z.string().trim().max(120).default(''),
  phone: z.union([phoneSchema, z.literal('')]).default(''),
  email: z.union([z.string().trim().max(254).email(), z.literal('')]).default(''),
  representative: z.boolean().default(false),
});
export type InitiativeAuthor = z.infer<typeof initiativeAuthorSchema>;

const longText = z
  .string()
  .max(20_000)
  .transform((t) => t.normalize('NFC').trim());

/**
 * An initiative entry as its author saves it. A draft may be incomplete (it is saved as one
 * types); sending it to the unit requires what `initiativeMissing` lists.
 */
export const initiativeDraftSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .transform((t) => t.normalize('NFC')),
  area: z.string().trim().min(1).max(120).nullable(),
  form: initiativeFormSchema,
  summary: longText.pipe(z.string().max(3000)),
  problem: longText,
  solution: longText,
  /** How and where it was applied. */
  application: longText,
  /** What it brought: time saved, money, people served. */
  results: longText,
  authors: z.array(initiativeAuthorSchema).min(1).max(30),
});
export type InitiativeDraft = z.infer<typeof initiativeDraftSchema>;

export const initiativeDetailsSchema = z.object({
  form: initiativeFormSchema,
  area: z.string().nullable(),
  summary: z.string(),
  problem: z.string(),
  solution: z.string(),
  application: z.string(),
  results: z.string(),
  authors: z.array(
    z.object({
      name: z.string(),
      unitName: z.string(),
      position: z.string(),
      phone: z.string(),
      email: z.string(),
      representative: z.boolean(),
    }),
  ),
});
export type InitiativeDetails = z.infer<typeof initiativeDetailsSchema>;

// ---- Attachments ----

export const ATTACHMENT_KINDS = ['pdf', 'docx', 'png', 'jpeg', 'webp'] as const;
export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;
/** Attachments one entry may hold. */
export const MAX_ATTACHMENTS = 10;

export const attachmentQuerySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .transform((n) => n.normalize('NFC')),
});

export const attachmentSchema = z.object({
  id: z.number().int(),
  entryId: z.number().int(),
  kind: attachmentKindSchema,
  name: z.string(),
  bytes: z.number().int(),
  /** The stage it was added in (null: with the entry, before it was sent). */
  stageId: z.number().int().nullable(),
  url: z.string(),
  createdAt: isoDateTime,
});
export type Attachment = z.infer<typeof attachmentSchema>;
export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });

// ---- The unit's pre-screening ----

export const UNIT_REVIEW_STATES = ['pending', 'returned', 'forwarded'] as const;
export const unitReviewStateSchema = z.enum(UNIT_REVIEW_STATES);
export type UnitReviewState = z.infer<typeof unitReviewStateSchema>;

/**
 * The unit's answer: back to the author with a comment, or on to the organizer with its head's
 * confirmation that the initiative works and can be applied.
 */
export const unitReviewDecisionSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('return'),
    comment: z.string().trim().min(5).max(2000),
  }),
  z.object({
    decision: z.literal('forward'),
    headName: z.string().trim().min(2).max(120),
    headPosition: z.string().trim().min(2).max(120),
    effective: z.literal(true, { message: 'cần xác nhận tính hiệu quả' }),
    feasible: z.literal(true, { message: 'cần xác nhận tính khả thi' }),
    comment: z.string().trim().max(2000).default(''),
  }),
]);
export type UnitReviewDecision = z.infer<typeof unitReviewDecisionSchema>;

export const unitReviewSchema = z.object({
  state: unitReviewStateSchema,
  comment: z.string().nullable(),
  headName: z.string().nullable(),
  headPosition: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: isoDateTime.nullable(),
  /**
   * While the entry waits at its unit: whether the unit has someone to review and forward it (no
   * admin: it waits for the organizer to make one). Null once the unit has decided.
   */
  unitHasAdmin: z.boolean().nullable(),
});
export type UnitReview = z.infer<typeof unitReviewSchema>;

// ---- Originality ----

export const ORIGINALITY_DECISIONS = ['unchecked', 'original', 'duplicate'] as const;
export const originalityDecisionStateSchema = z.enum(ORIGINALITY_DECISIONS);

export const originalityDecisionSchema = z
  .object({
    decision: z.enum(['original', 'duplicate']),
    /** The entry or register row it duplicates (exactly one for a duplicate). */
    ofEntryId: bodyIdSchema.nullable().default(null),
    ofRegisterId: bodyIdSchema.nullable().default(null),
    reason: z.string().trim().max(2000).default(''),
  })
  .refine((d) => d.decision === 'original' || (d.ofEntryId === null) !== (d.ofRegisterId === null), {
    message: 'cần chỉ rõ trùng với bài nào hoặc sáng kiến nào',
    params: { reason: 'duplicate_needs_source' },
    path: ['ofEntryId'],
  })
  .refine((d) => d.decision === 'original' || d.reason.length >= 5, {
    message: 'cần nêu lý do (ít nhất 5 ký tự)',
    params: { reason: 'duplicate_needs_reason' },
    path: ['reason'],
  });
export type OriginalityDecision = z.infer<typeof originalityDecisionSchema>;

export const originalitySchema = z.object({
  decision: originalityDecisionStateSchema,
  ofEntryId: z.number().int().nullable(),
  ofRegisterId: z.number().int().nullable(),
  reason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
});
export type Originality = z.infer<typeof originalitySchema>;

/** A passage two texts share, as character ranges of each (folded comparison, original text). */
export const passageSchema = z.object({
  a: z.tuple([z.number().int(), z.number().int()]),
  b: z.tuple([z.number().int(), z.number().int()]),
  words: z.number().int(),
});
export type Passage = z.infer<typeof passageSchema>;

/** A likely duplicate of an entry: another entry of the track or a register row. */
export const originalityMatchSchema = z.object({
  source: z.enum(['entry', 'register']),
  id: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  /** The other text compared (its title and summary, or the register's description). */
  text: z.string(),
  year: z.number().int().nullable(),
  titleSimilarity: z.number(),
  textSimilarity: z.number(),
  level: z.enum(['likely_duplicate', 'similar']),
  /** Passages of the entry's text (`a`) found in the match's (`b`). */
  passages: z.array(passageSchema),
});
export type OriginalityMatch = z.infer<typeof originalityMatchSchema>;

export const entryOriginalitySchema = z.object({
  entryId: z.number().int(),
  title: z.string(),
  /** The entry's text compared: title, summary and solution. */
  text: z.string(),
  originality: originalitySchema,
  matches: z.array(originalityMatchSchema),
});
export type EntryOriginality = z.infer<typeof entryOriginalitySchema>;

export const trackOriginalitySchema = z.object({
  items: z.array(
    z.object({
      entryId: z.number().int(),
      title: z.string(),
      unitName: z.string(),
      originality: originalitySchema,
      /** The closest match's level and similarity; null when nothing came near. */
      closest: z
        .object({
          source: z.enum(['entry', 'register']),
          id: z.number().int(),
          title: z.string(),
          level: z.enum(['likely_duplicate', 'similar']),
          similarity: z.number(),
        })
        .nullable(),
      matches: z.number().int(),
    }),
  ),
  registerSize: z.number().int(),
  checkedMs: z.number(),
});
export type TrackOriginality = z.infer<typeof trackOriginalitySchema>;

// ---- The register of initiatives already applied ----

export const registerRowSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string(),
  unitName: z.string(),
  year: z.number().int().nullable(),
  source: z.enum(['import', 'winner']),
  createdAt: isoDateTime,
});
export type RegisterRow = z.infer<typeof registerRowSchema>;
export const registerPageSchema = z.object({
  items: z.array(registerRowSchema),
  total: z.number().int(),
});
/** Rows of the register per page. */
export const REGISTER_PAGE_SIZE = 50;
export const registerQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** Template headers of the register import (Vietnamese, as organizers keep such lists). */
export const REGISTER_SHEET = {
  headers: {
    title: 'Tên sáng kiến',
    summary: 'Nội dung tóm tắt',
    unit: 'Đơn vị áp dụng',
    year: 'Năm áp dụng',
  },
} as const;

// ---- Quotas: who has forwarded what ----

export const quotaReportSchema = z.object({
  trackId: z.number().int(),
  /** The unit deadline: the pre-screening stage's close. */
  deadline: isoDateTime.nullable(),
  quotas: z.array(forwardQuotaSchema),
  units: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      level: unitLevelSchema,
      required: z.number().int(),
      forwarded: z.number().int(),
      pending: z.number().int(),
      returned: z.number().int(),
      met: z.boolean(),
      /** Its unit admins: with none, nobody can forward what its people send. */
      admins: z.number().int(),
    }),
  ),
  unitsShort: z.number().int(),
  /** Units with a quota and no unit admin (the organizer makes one on the units page). */
  unitsWithoutAdmin: z.number().int(),
});
export type QuotaReport = z.infer<typeof quotaReportSchema>;
