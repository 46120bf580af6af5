import { z } from 'zod';

import { publicSourceSchema } from './awards';
import { INITIATIVE_TEMPLATE_KEYS, initiativeTemplate } from './initiative-templates';
import { bodyIdSchema, idSchema, isoDateTime } from './common';
import {
  attachmentSchema,
  initiativeDetailsSchema,
  initiativeSettingsSchema,
  unitReviewSchema,
} from './initiatives';

/**
 * The entries-and-judging engine: a contest's track (clips now, initiatives next) takes entries
 * from units or participants in a window, organizers screen them, judges score them on a rubric
 * in a stage, and the stage's totals rank them. Clip-only words stay out of these names.
 */
export const TRACK_KINDS = ['clip', 'initiative'] as const;
export const trackKindSchema = z.enum(TRACK_KINDS);
export type TrackKind = z.infer<typeof trackKindSchema>;

/** Who sends entries: a unit admin for their own unit, or any participant (under their unit). */
export const TRACK_SUBMITTERS = ['unit_admin', 'participant'] as const;
export const trackSubmitterSchema = z.enum(TRACK_SUBMITTERS);
export type TrackSubmitter = z.infer<typeof trackSubmitterSchema>;

/** Containers ffprobe and the web copy handle well; the upload's file name must end in one. */
export const VIDEO_FORMATS = [
  'mp4',
  'mov',
  'm4v',
  'mkv',
  'webm',
  'avi',
  'mpg',
  'mpeg',
  '3gp',
  'wmv',
] as const;
export const videoFormatSchema = z.enum(VIDEO_FORMATS);

const topicSchema = z.string().trim().min(1).max(120);

export const trackSettingsSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    /** Shown to entrants before they submit: what to send, rights, how it is judged. */
    rulesText: z.string().trim().max(20_000),
    opensAt: isoDateTime,
    closesAt: isoDateTime,
    submitter: trackSubmitterSchema,
    /** Entries a unit may have at once (withdrawn ones do not count). */
    entriesPerUnit: z.number().int().min(1).max(100),
    topics: z
      .array(topicSchema)
      .max(50)
      .refine((t) => new Set(t).size === t.length, {
        message: 'chủ đề bị trùng',
        params: { reason: 'topics_repeated' },
      }),
    allowFiles: z.boolean(),
    /** A link to a public video (YouTube, Facebook…) instead of a file. */
    allowLinks: z.boolean(),
    maxMegabytes: z.number().int().min(1).max(4096),
    maxDurationSeconds: z
      .number()
      .int()
      .min(5)
      .max(3 * 3600),
    formats: z.array(videoFormatSchema).min(1).max(VIDEO_FORMATS.length),
    /** An initiative track's forms, authorship and forwarding quotas; null on a clip track. */
    initiative: initiativeSettingsSchema.nullable().default(null),
    /**
     * A contest of one part of the tree (a district's own): only units under this one send
     * entries and have quotas. Null: the whole province.
     */
    scopeUnitId: bodyIdSchema.nullable().default(null),
  })
  .refine((t) => Date.parse(t.closesAt) > Date.parse(t.opensAt), {
    message: 'giờ đóng phải sau giờ mở',
    params: { reason: 'closes_before_opens' },
    path: ['closesAt'],
  })
  // A clip needs a file or a link; an initiative is written, and its video (if any) is a file.
  .refine((t) => t.initiative !== null || t.allowFiles || t.allowLinks, {
    message: 'cần cho phép gửi tệp hoặc đường liên kết',
    params: { reason: 'track_needs_file_or_link' },
    path: ['allowFiles'],
  })
  .refine((t) => t.initiative === null || !t.initiative.forms.includes('video') || t.allowFiles, {
    message: 'bài dạng video cần cho phép tải tệp video lên',
    params: { reason: 'initiative_video_needs_files' },
    path: ['allowFiles'],
  });
export type TrackSettings = z.infer<typeof trackSettingsSchema>;

export const TRACK_PHASES = ['upcoming', 'open', 'closed'] as const;
export const trackPhaseSchema = z.enum(TRACK_PHASES);

export const AGGREGATION_METHODS = ['mean', 'trimmed_mean', 'z_score'] as const;
export const aggregationMethodSchema = z.enum(AGGREGATION_METHODS);
export type AggregationMethod = z.infer<typeof aggregationMethodSchema>;
export const ENTRY_TIE_BREAKS = ['judge_points', 'vote_points', 'earliest_submission'] as const;
export const entryTieBreakSchema = z.enum(ENTRY_TIE_BREAKS);
export type EntryTieBreak = z.infer<typeof entryTieBreakSchema>;

export const criterionInputSchema = z.object({
  /** Kept when editing an existing criterion, so scores given on it stay attached. */
  id: bodyIdSchema.optional(),
  name: z.string().trim().min(2).max(120),
  maxPoints: z.number().min(0.5).max(1000).multipleOf(0.25),
  guidance: z.string().trim().max(4000),
  /** A live final's criterion belongs to one of its parts (index into `parts`); null elsewhere. */
  part: z.number().int().min(0).max(5).nullable().default(null),
});

/** One part of a live final (presentation, debate, the judges' questions), with its timer. */
export const livePartSchema = z.object({
  name: z.string().trim().min(2).max(80),
  seconds: z.number().int().min(30).max(3600),
});
export type LivePart = z.infer<typeof livePartSchema>;

const points = z.number().min(0).max(1000);

export const VOTER_RULES = ['registered', 'rostered'] as const;
export const voterRuleSchema = z.enum(VOTER_RULES);
export type VoterRule = z.infer<typeof voterRuleSchema>;

/**
 * How a stage behaves (who acts on its entries, when, how they advance): one interface, one
 * file each on the server (`judging/stage-kinds/`). A unit pre-screens what its people send, the
 * organizer screens what units forward, judges score at their own pace, or in a hall's live final
 * part by part as the organizer opens each.
 */
export const STAGE_KINDS = ['unit_review', 'screening', 'judged', 'live_final'] as const;
export const stageKindSchema = z.enum(STAGE_KINDS);
export type StageKind = z.infer<typeof stageKindSchema>;

export const stageSettingsSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    /**
     * The stage's own window: for a judged stage, when scoring runs. No opening: scoring opens
     * when the call closes (entries may be replaced until then); no close: until the lock.
     */
    opensAt: isoDateTime.nullable().default(null),
    closesAt: isoDateTime.nullable().default(null),
    criteria: z.array(criterionInputSchema).min(1).max(20),
    aggregation: aggregationMethodSchema,
    /** How many judges the automatic assignment gives each entry. */
    judgesPerEntry: z.number().int().min(1).max(50),
    /** Points for public votes (0 = no voting): the most-voted entry gets them all, others in proportion. */
    votePoints: points,
    votesOpenAt: isoDateTime.nullable(),
    votesCloseAt: isoDateTime.nullable(),
    /** Who may vote: any registered account, or only accounts linked to a unit's roster. */
    voters: voterRuleSchema.default('registered'),
    /** Accounts of the entry's own unit, its parent or its sub-units may not vote for it. */
    votesExcludeOwnUnit: z.boolean().default(true),
    /** Entries one account may vote for in this stage (null: every entry). */
    votesPerAccount: z.number().int().min(1).max(1000).nullable().default(null),
    /** Votes one network address may cast per hour: an office behind one address shares it. */
    votesPerIpPerHour: z.number().int().min(1).max(100_000).default(300),
    tieBreaks: z.array(entryTieBreakSchema).max(ENTRY_TIE_BREAKS.length),
    prizes: z
      .array(z.object({ label: z.string().trim().min(1).max(60), count: z.number().int().min(1).max(100) }))
      .max(10),
    /** Authors of the stage's entries may add attachments while its window is open. */
    allowsMaterial: z.boolean().default(false),
    /** A live final's parts, in the order teams perform them; empty for any other stage. */
    parts: z.array(livePartSchema).max(6).default([]),
    /**
     * Where the public points come from: votes in the gallery, or likes and shares counted on a
     * social page and typed in or imported by organizers. Either way capped by `votePoints`.
     */
    publicSource: publicSourceSchema.default('votes'),
  })
  .refine(
    (s) =>
      s.parts.length === 0
        ? s.criteria.every((c) => c.part === null)
        : s.criteria.every((c) => c.part !== null && c.part < s.parts.length) &&
          s.parts.every((_, i) => s.criteria.some((c) => c.part === i)),
    {
      message: 'mỗi tiêu chí thuộc đúng một phần thi, và mỗi phần thi có ít nhất một tiêu chí',
      params: { reason: 'criteria_parts_mismatch' },
      path: ['criteria'],
    },
  )
  .refine((s) => new Set(s.tieBreaks).size === s.tieBreaks.length, {
    message: 'mỗi tiêu chí phụ chỉ một lần',
    params: { reason: 'tie_break_repeated' },
    path: ['tieBreaks'],
  })
  .refine(
    (s) =>
      s.votePoints === 0 ||
      s.publicSource === 'counts' ||
      (s.votesOpenAt !== null && s.votesCloseAt !== null),
    {
      message: 'cần giờ mở và đóng bình chọn',
      params: { reason: 'votes_need_window' },
      path: ['votesOpenAt'],
    },
  )
  .refine(
    (s) => !s.votesOpenAt || !s.votesCloseAt || Date.parse(s.votesCloseAt) > Date.parse(s.votesOpenAt),
    {
      message: 'giờ đóng phải sau giờ mở',
      params: { reason: 'closes_before_opens' },
      path: ['votesCloseAt'],
    },
  )
  .refine((s) => !s.opensAt || !s.closesAt || Date.parse(s.closesAt) > Date.parse(s.opensAt), {
    message: 'giờ đóng phải sau giờ mở',
    params: { reason: 'closes_before_opens' },
    path: ['closesAt'],
  });
export type StageSettings = z.infer<typeof stageSettingsSchema>;

/** A stage that scores nothing (a unit's pre-screening, the organizer's screening): its name and window. */
export const stageWindowSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    opensAt: isoDateTime.nullable(),
    closesAt: isoDateTime.nullable(),
  })
  .refine((s) => !s.opensAt || !s.closesAt || Date.parse(s.closesAt) > Date.parse(s.opensAt), {
    message: 'giờ đóng phải sau giờ mở',
    params: { reason: 'closes_before_opens' },
    path: ['closesAt'],
  });
export type StageWindow = z.infer<typeof stageWindowSchema>;

export const criterionSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  name: z.string(),
  maxPoints: z.number(),
  guidance: z.string(),
  /** A live final's part this criterion is scored in (index into the stage's `parts`). */
  part: z.number().int().nullable(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const STAGE_PHASES = ['setup', 'judging', 'locked', 'published'] as const;
export const stagePhaseSchema = z.enum(STAGE_PHASES);
export type StagePhase = z.infer<typeof stagePhaseSchema>;

export const stageSchema = z.object({
  id: z.number().int(),
  trackId: z.number().int(),
  position: z.number().int(),
  kind: stageKindSchema,
  name: z.string(),
  opensAt: isoDateTime.nullable(),
  closesAt: isoDateTime.nullable(),
  criteria: z.array(criterionSchema),
  /** The sum of the criteria's maximum points: the judges' part of a total. */
  judgePoints: z.number(),
  aggregation: aggregationMethodSchema,
  judgesPerEntry: z.number().int(),
  votePoints: z.number(),
  votesOpenAt: isoDateTime.nullable(),
  votesCloseAt: isoDateTime.nullable(),
  voters: voterRuleSchema,
  votesExcludeOwnUnit: z.boolean(),
  votesPerAccount: z.number().int().nullable(),
  votesPerIpPerHour: z.number().int(),
  tieBreaks: z.array(entryTieBreakSchema),
  prizes: z.array(z.object({ label: z.string(), count: z.number().int() })),
  allowsMaterial: z.boolean(),
  parts: z.array(livePartSchema),
  publicSource: publicSourceSchema,
  /** Entries the stage holds now. */
  members: z.number().int(),
  phase: stagePhaseSchema,
  /** Set once a judge has scored: from then on the rubric and the method stay as they are. */
  judgingStartedAt: isoDateTime.nullable(),
  lockedAt: isoDateTime.nullable(),
  publishedAt: isoDateTime.nullable(),
});
export type Stage = z.infer<typeof stageSchema>;

/** A stage's settings as read, to send back with a change (a window, a prize list) and nothing else moved. */
export function stageSettingsOf(s: Stage): StageSettings {
  return {
    name: s.name,
    opensAt: s.opensAt,
    closesAt: s.closesAt,
    criteria: s.criteria.map(({ id, name, maxPoints, guidance, part }) => ({
      id,
      name,
      maxPoints,
      guidance,
      part,
    })),
    aggregation: s.aggregation,
    judgesPerEntry: s.judgesPerEntry,
    votePoints: s.votePoints,
    votesOpenAt: s.votesOpenAt,
    votesCloseAt: s.votesCloseAt,
    voters: s.voters,
    votesExcludeOwnUnit: s.votesExcludeOwnUnit,
    votesPerAccount: s.votesPerAccount,
    votesPerIpPerHour: s.votesPerIpPerHour,
    tieBreaks: s.tieBreaks,
    prizes: s.prizes,
    allowsMaterial: s.allowsMaterial,
    parts: s.parts,
    publicSource: s.publicSource,
  };
}

export const trackSchema = z.object({
  id: z.number().int(),
  contestId: z.number().int(),
  contestName: z.string(),
  kind: trackKindSchema,
  title: z.string(),
  rulesText: z.string(),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  phase: trackPhaseSchema,
  submitter: trackSubmitterSchema,
  entriesPerUnit: z.number().int(),
  topics: z.array(z.string()),
  allowFiles: z.boolean(),
  allowLinks: z.boolean(),
  maxMegabytes: z.number().int(),
  maxDurationSeconds: z.number().int(),
  formats: z.array(videoFormatSchema),
  initiative: initiativeSettingsSchema.nullable(),
  scopeUnitId: z.number().int().nullable(),
  scopeUnitName: z.string().nullable(),
  stages: z.array(stageSchema),
  /** When the track's final results were published (winners, prizes, certificates); null before. */
  resultsPublishedAt: isoDateTime.nullable(),
});
export type Track = z.infer<typeof trackSchema>;
export const trackListSchema = z.object({ items: z.array(trackSchema) });
export type TrackList = z.infer<typeof trackListSchema>;
export const trackCreateSchema = z
  .object({
    kind: trackKindSchema,
    settings: trackSettingsSchema,
    /** An initiative track's unit deadline: its units forward entries until then. */
    unitDeadline: isoDateTime.nullable().default(null),
    /** One of the four real contests: its stages, rubrics, combination and prizes (edited after). */
    template: z.enum(INITIATIVE_TEMPLATE_KEYS).nullable().default(null),
  })
  .refine((t) => t.template === null || t.kind === 'initiative', {
    message: 'mẫu cuộc thi chỉ dành cho hạng mục sáng kiến',
    params: { reason: 'template_needs_initiative' },
    path: ['template'],
  })
  .refine((t) => !(t.template && initiativeTemplate(t.template)?.scoped) || t.settings.scopeUnitId !== null, {
    message: 'cuộc thi của một huyện cần chọn huyện (phạm vi cuộc thi)',
    params: { reason: 'template_needs_scope' },
    path: ['settings', 'scopeUnitId'],
  })
  .refine((t) => (t.kind === 'initiative') === (t.settings.initiative !== null), {
    message: 'hạng mục sáng kiến cần thiết lập sáng kiến (và chỉ hạng mục sáng kiến)',
    params: { reason: 'initiative_settings_kind' },
    path: ['settings', 'initiative'],
  })
  .refine((t) => t.kind !== 'initiative' || t.unitDeadline !== null, {
    message: 'cần hạn để đơn vị chuyển bài',
    params: { reason: 'unit_deadline_needed' },
    path: ['unitDeadline'],
  })
  // Units pre-screen what their people sent, so their deadline comes after the call closes.
  .refine((t) => !t.unitDeadline || Date.parse(t.unitDeadline) > Date.parse(t.settings.closesAt), {
    message: 'hạn chuyển bài của đơn vị phải sau giờ đóng nhận bài',
    params: { reason: 'unit_deadline_before_close' },
    path: ['unitDeadline'],
  });
export type TrackCreate = z.infer<typeof trackCreateSchema>;

// ---- Entries ----

export const ENTRY_STATUSES = ['draft', 'processing', 'submitted', 'withdrawn'] as const;
export const entryStatusSchema = z.enum(ENTRY_STATUSES);
export type EntryStatus = z.infer<typeof entryStatusSchema>;
export const SCREENING_DECISIONS = ['pending', 'accepted', 'rejected'] as const;
export const screeningSchema = z.enum(SCREENING_DECISIONS);
export type Screening = z.infer<typeof screeningSchema>;

/** Why the worker refused a file; each has a Vietnamese sentence in the web's locale. */
export const FILE_REJECTIONS = [
  'empty',
  'not_video',
  'audio_only',
  'truncated',
  'too_long',
  'unreadable',
] as const;
export const fileRejectionSchema = z.enum(FILE_REJECTIONS);
export type FileRejection = z.infer<typeof fileRejectionSchema>;
export const FILE_STATUSES = ['uploading', 'processing', 'ready', 'failed'] as const;

/** Only http(s) links to a page a browser opens; no javascript:, no credentials in the URL. */
export const publicVideoLinkSchema = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((v) => /^https?:\/\//i.test(v) && !/^https?:\/\/[^/]*@/i.test(v), {
    message: 'chỉ nhận đường liên kết http(s) công khai',
    params: { reason: 'link_not_public' },
  });

export const entryInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .transform((t) => t.normalize('NFC')),
  description: z.string().trim().max(5000),
  topic: topicSchema.nullable(),
  authors: z.array(z.string().trim().min(2).max(120)).min(1).max(20),
  /** Set for an entry sent as a link; null for one whose file is uploaded. */
  linkUrl: publicVideoLinkSchema.nullable(),
});
export type EntryInput = z.infer<typeof entryInputSchema>;

export const entryFileSchema = z.object({
  id: z.number().int(),
  status: z.enum(FILE_STATUSES),
  originalName: z.string(),
  bytes: z.number().int(),
  rejection: fileRejectionSchema.nullable(),
  durationSeconds: z.number().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  uploadedAt: isoDateTime,
});
export type EntryFile = z.infer<typeof entryFileSchema>;

export const entrySchema = z.object({
  id: z.number().int(),
  trackId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  description: z.string(),
  topic: z.string().nullable(),
  authors: z.array(z.string()),
  linkUrl: z.string().nullable(),
  status: entryStatusSchema,
  screening: screeningSchema,
  screeningReason: z.string().nullable(),
  /** The file judges see; null for a link entry or while none is ready. */
  file: entryFileSchema.nullable(),
  /** The last upload when it is still processing or was refused (the entry keeps its earlier file). */
  pendingFile: entryFileSchema.nullable(),
  videoUrl: z.string().nullable(),
  thumbnailUrl: z.string().nullable(),
  submittedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
  /** An initiative's text and authors (contacts only to its authors, unit and organizers); null for a clip. */
  initiative: initiativeDetailsSchema.nullable(),
  /** The unit's pre-screening, for an initiative sent to its unit. */
  unitReview: unitReviewSchema.nullable(),
  attachments: z.array(attachmentSchema),
  /** Every move into or out of a stage, in the order they happened, and why (what its authors are told). */
  journey: z.array(
    z.object({
      stageId: z.number().int(),
      stageName: z.string(),
      state: z.enum(['in', 'out']),
      reason: z.string(),
      movedAt: isoDateTime,
    }),
  ),
});
export type Entry = z.infer<typeof entrySchema>;

export const myEntriesSchema = z.object({
  track: trackSchema,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  items: z.array(entrySchema),
  /** How many more entries the unit may add now. */
  remaining: z.number().int(),
  mayEnter: z.boolean(),
});
export type MyEntries = z.infer<typeof myEntriesSchema>;

/** Organizer's screening list: each entry with what might be wrong with it. */
export const screeningEntrySchema = entrySchema.extend({
  submittedByName: z.string(),
  /** Other entries with the same file content (sha-256). */
  sameFileAs: z.array(z.number().int()),
  /** Other entries whose titles are nearly the same. */
  similarTitleTo: z.array(z.object({ entryId: z.number().int(), similarity: z.number() })),
  sha256: z.string().nullable(),
});
export type ScreeningEntry = z.infer<typeof screeningEntrySchema>;
export const screeningListSchema = z.object({
  items: z.array(screeningEntrySchema),
  counts: z.object({
    submitted: z.number().int(),
    pending: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    drafts: z.number().int(),
  }),
});
export type ScreeningList = z.infer<typeof screeningListSchema>;
export const screeningDecisionSchema = z
  .object({
    decision: z.enum(['accepted', 'rejected']),
    reason: z.string().trim().max(2000).nullable(),
  })
  .refine((d) => d.decision === 'accepted' || (d.reason !== null && d.reason.length >= 5), {
    message: 'cần nêu lý do (ít nhất 5 ký tự) để đơn vị biết mà sửa',
    params: { reason: 'rejection_needs_reason' },
    path: ['reason'],
  });
export type ScreeningDecision = z.infer<typeof screeningDecisionSchema>;

/** What the tus upload's metadata carries; checked when the upload is created. */
export const uploadMetadataSchema = z.object({
  entryId: idSchema,
  filename: z.string().trim().min(1).max(255),
  filetype: z.string().max(120).optional(),
});
export type UploadMetadata = z.infer<typeof uploadMetadataSchema>;

/** A unit admin's inbox on an initiative track: what its people sent, and where the unit stands. */
export const unitInboxSchema = z.object({
  track: trackSchema,
  unitId: z.number().int(),
  unitName: z.string(),
  /** The unit deadline: the pre-screening stage's close. */
  deadline: isoDateTime.nullable(),
  /** At least this many forwarded, by the quota of the unit's level (0: no quota). */
  required: z.number().int(),
  forwarded: z.number().int(),
  /** Most a unit forwards: the call's per-unit limit. */
  limit: z.number().int(),
  items: z.array(entrySchema.extend({ submittedByName: z.string() })),
});
export type UnitInbox = z.infer<typeof unitInboxSchema>;
