import { z } from 'zod';

import { loginSchema } from './accounts';
import { bodyIdSchema, idSchema } from './common';
import { importProblemSchema, importQuerySchema, importReportSchema } from './questions';

export const UNIT_LEVELS = [
  'province',
  'central_agency',
  'department',
  'district',
  'commune',
  'school',
  'other',
] as const;
export const unitLevelSchema = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof unitLevelSchema>;

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: unitLevelSchema,
  parentId: z.number().int().nullable(),
  /** Names from the root down to the parent, so "Phòng Nội vụ" can be told apart by its district. */
  ancestry: z.array(z.string()),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitSearchQuerySchema = z.object({
  q: z.string().trim().max(100).optional().default(''),
  limit: z.coerce.number().int().min(1).max(50).optional().default(20),
});
export type UnitSearchQuery = z.infer<typeof unitSearchQuerySchema>;
export const unitSearchResponseSchema = z.object({ items: z.array(unitSchema) });
export type UnitSearchResponse = z.infer<typeof unitSearchResponseSchema>;

const unitCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch nối, gạch dưới');
const unitNameSchema = z.string().trim().min(2).max(255);
const headcountSchema = z.number().int().min(0).max(1_000_000);

/** A unit in the organizer's tree: its headcount for the contest being looked at. */
export const unitNodeSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: unitLevelSchema,
  parentId: z.number().int().nullable(),
  /** Null when the contest has no headcount for this unit yet. */
  headcount: z.number().int().nullable(),
  /** Registered accounts and roster entries of the unit itself (not its sub-units). */
  accounts: z.number().int(),
  rosterEntries: z.number().int(),
  /**
   * Roster entries a merge would move: those working in the unit and those on its own roster
   * (uploaded for it), whichever sub-unit they work in.
   */
  rosterEntriesToMove: z.number().int(),
});
export type UnitNode = z.infer<typeof unitNodeSchema>;

export const mergedUnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: unitLevelSchema,
  mergedIntoId: z.number().int(),
  /** The live unit its history now counts under (the end of its chain of merges). */
  successorId: z.number().int(),
  mergedAt: z.string(),
});
export type MergedUnit = z.infer<typeof mergedUnitSchema>;

export const unitTreeQuerySchema = z.object({ contestId: idSchema });
export const unitTreeSchema = z.object({
  contestId: z.number().int(),
  /** Live units, parents before their children. */
  units: z.array(unitNodeSchema),
  merged: z.array(mergedUnitSchema),
});
export type UnitTree = z.infer<typeof unitTreeSchema>;

export const unitCreateSchema = z.object({
  code: unitCodeSchema,
  name: unitNameSchema,
  level: unitLevelSchema,
  parentId: bodyIdSchema.nullable(),
  contestId: bodyIdSchema,
  headcount: headcountSchema,
});
export type UnitCreate = z.infer<typeof unitCreateSchema>;

/** Rename, change level, or move under another parent (null: to the top). */
export const unitUpdateSchema = z
  .object({ name: unitNameSchema, level: unitLevelSchema, parentId: bodyIdSchema.nullable() })
  .partial()
  .refine((u) => Object.keys(u).length > 0, {
    message: 'cần ít nhất một thay đổi',
    params: { reason: 'unit_update_empty' },
  });
export type UnitUpdate = z.infer<typeof unitUpdateSchema>;

export const unitHeadcountSchema = z.object({ contestId: bodyIdSchema, headcount: headcountSchema });
export type UnitHeadcountInput = z.infer<typeof unitHeadcountSchema>;

export const unitMergeSchema = z.object({ intoUnitId: bodyIdSchema });

/** A unit's admins: they follow its people and forward its initiatives. */
const unitAccountSchema = z.object({ id: z.number().int(), fullName: z.string(), login: z.string() });
export const unitAdminsSchema = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  items: z.array(unitAccountSchema),
  /** The unit's own participants (the first 500 by name): any of them can be made its admin. */
  candidates: z.array(unitAccountSchema),
});
export type UnitAdmins = z.infer<typeof unitAdminsSchema>;
/** Make an account of the unit its admin, by the login it signs in with (phone or e-mail). */
export const unitAdminAddSchema = z.object({ login: loginSchema });
export type UnitAdminAdd = z.infer<typeof unitAdminAddSchema>;
export type UnitMerge = z.infer<typeof unitMergeSchema>;
export const unitMergeResultSchema = z.object({
  merged: mergedUnitSchema,
  into: unitNodeSchema,
  /** What moved to the unit it was merged into. */
  moved: z.object({
    children: z.number().int(),
    accounts: z.number().int(),
    rosterEntries: z.number().int(),
  }),
});
export type UnitMergeResult = z.infer<typeof unitMergeResultSchema>;

export const unitImportQuerySchema = importQuerySchema.extend({
  /** The contest the file's headcounts are for. */
  contestId: idSchema,
});
export type UnitImportQuery = z.infer<typeof unitImportQuerySchema>;
export const unitImportReportSchema = importReportSchema.extend({
  created: z.number().int(),
  updated: z.number().int(),
});
export type UnitImportReport = z.infer<typeof unitImportReportSchema>;

/** Headers of the unit tree template, and the words its level column takes. */
export const UNIT_SHEET = {
  headers: {
    code: 'Mã đơn vị',
    name: 'Tên đơn vị',
    level: 'Cấp',
    parentCode: 'Mã đơn vị cấp trên',
    headcount: 'Số CBCCVC',
  },
  levelWords: {
    province: 'Tỉnh',
    central_agency: 'Cơ quan Trung ương',
    department: 'Sở, ban, ngành',
    district: 'Cấp huyện',
    commune: 'Cấp xã',
    school: 'Trường học',
    other: 'Khác',
  } satisfies Record<UnitLevel, string>,
} as const;

/** Headers of the staff roster template. */
export const ROSTER_SHEET = {
  headers: {
    fullName: 'Họ và tên',
    phone: 'Số điện thoại',
    email: 'Email',
    subUnit: 'Đơn vị trực thuộc',
  },
} as const;

export const rosterImportQuerySchema = importQuerySchema;
export type RosterImportQuery = z.infer<typeof rosterImportQuerySchema>;
export const rosterImportReportSchema = importReportSchema.extend({
  /** Entries linked to the account registered with their phone or e-mail. */
  linked: z.number().int(),
  /** Not blocking: conflicts left unlinked for a person to look at (never merged silently). */
  warnings: z.array(importProblemSchema),
});
export type RosterImportReport = z.infer<typeof rosterImportReportSchema>;

/**
 * Why an account registered with a roster entry's phone or e-mail is not linked to it:
 * `other_unit` it is registered under a unit outside the roster's; `linked_elsewhere` another
 * unit's roster holds it already; `not_linked` it is in the unit but was not linked (several
 * entries had the contact when it registered). `unitName` is that unit, or that roster's unit.
 */
export const ROSTER_ACCOUNT_CONFLICTS = ['other_unit', 'linked_elsewhere', 'not_linked'] as const;
export const rosterAccountConflictSchema = z.object({
  reason: z.enum(ROSTER_ACCOUNT_CONFLICTS),
  unitName: z.string(),
});
export type RosterAccountConflict = z.infer<typeof rosterAccountConflictSchema>;

export const rosterEntrySchema = z.object({
  id: z.number().int(),
  fullName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  /** The linked account, once one registered with this phone or e-mail. */
  userId: z.number().int().nullable(),
  /** Unlinked, yet an account with this phone or e-mail exists: where, and why it is not linked. */
  accountConflict: rosterAccountConflictSchema.nullable(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;
export const rosterSchema = z.object({
  unit: unitSchema,
  entries: z.array(rosterEntrySchema),
  linked: z.number().int(),
});
export type Roster = z.infer<typeof rosterSchema>;

export const PERSON_STATUSES = ['taken_part', 'in_progress', 'not_yet'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** One person of a unit's subtree for one round: a roster entry, an account, or both linked. */
export const unitPersonSchema = z.object({
  fullName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  /** The roster's phone or e-mail (what the unit admin uploaded); null for an account alone. */
  contact: z.string().nullable(),
  rosterEntryId: z.number().int().nullable(),
  userId: z.number().int().nullable(),
  status: z.enum(PERSON_STATUSES),
  attempts: z.number().int(),
  /** Counted score; null until graded, or while the round hides scores. */
  score: z.number().int().nullable(),
});
export type UnitPerson = z.infer<typeof unitPersonSchema>;

export const unitPeopleQuerySchema = z.object({ roundId: idSchema });
export const unitPeopleSchema = z.object({
  unit: unitSchema,
  roundId: z.number().int(),
  headcount: z.number().int(),
  counts: z.object({
    takenPart: z.number().int(),
    inProgress: z.number().int(),
    notYet: z.number().int(),
    /** People on the headcount that neither the roster nor an account names. */
    unlisted: z.number().int(),
  }),
  people: z.array(unitPersonSchema),
});
export type UnitPeople = z.infer<typeof unitPeopleSchema>;
