import {
  unitCreateSchema,
  unitHeadcountSchema,
  unitUpdateSchema,
  type UnitCreate,
  type UnitLevel,
  type UnitNode,
  type UnitUpdate,
} from '@contest/contracts';

/** What the unit form holds; '' while the headcount field is empty. */
export interface UnitFormValues {
  code: string;
  name: string;
  level: UnitLevel | null;
  parentId: number | null;
  headcount: number | '';
}

export type UnitField = 'code' | 'name' | 'level' | 'parentId' | 'headcount';

/** Server issue paths (`body.parentId`) to the form's fields. */
export const UNIT_FIELD_BY_PATH: Readonly<Record<string, UnitField>> = {
  code: 'code',
  name: 'name',
  level: 'level',
  parentId: 'parentId',
  headcount: 'headcount',
};

export function emptyUnitForm(parent: UnitNode | null): UnitFormValues {
  return {
    code: '',
    name: '',
    level: parent ? childLevel(parent.level) : null,
    parentId: parent?.id ?? null,
    headcount: '',
  };
}

export function unitFormOf(unit: UnitNode): UnitFormValues {
  return {
    code: unit.code,
    name: unit.name,
    level: unit.level,
    parentId: unit.parentId,
    headcount: unit.headcount ?? '',
  };
}

/** A guess for a new sub-unit's level, the organizer can change it: under a district, communes. */
function childLevel(parent: UnitLevel): UnitLevel {
  if (parent === 'province') return 'department';
  if (parent === 'district') return 'commune';
  return 'other';
}

type Checked<T> = { ok: true; body: T } | { ok: false; problems: UnitField[] };

function problemsOf(issues: readonly { path: PropertyKey[] }[]): UnitField[] {
  const fields = new Set<UnitField>();
  for (const issue of issues) {
    const field = UNIT_FIELD_BY_PATH[String(issue.path[0] ?? '')];
    if (field) fields.add(field);
  }
  return [...fields];
}

export function checkNewUnit(form: UnitFormValues, contestId: number): Checked<UnitCreate> {
  const result = unitCreateSchema.safeParse({
    code: form.code,
    name: form.name,
    level: form.level ?? undefined,
    parentId: form.parentId,
    contestId,
    headcount: form.headcount === '' ? undefined : form.headcount,
  });
  return result.success
    ? { ok: true, body: result.data }
    : { ok: false, problems: problemsOf(result.error.issues) };
}

/** Only what changed, so a rename does not also "move" the unit; null when nothing changed. */
export function checkUnitUpdate(unit: UnitNode, form: UnitFormValues): Checked<UnitUpdate> | null {
  const body: { name?: string; level?: UnitLevel; parentId?: number | null } = {};
  const name = form.name.trim();
  if (name !== unit.name) body.name = name;
  if (form.level !== null && form.level !== unit.level) body.level = form.level;
  if (form.parentId !== unit.parentId) body.parentId = form.parentId;
  if (Object.keys(body).length === 0) return null;
  const result = unitUpdateSchema.safeParse(body);
  return result.success
    ? { ok: true, body: result.data }
    : { ok: false, problems: problemsOf(result.error.issues) };
}

export function checkHeadcount(headcount: number | '', contestId: number): number | null {
  const result = unitHeadcountSchema.safeParse({
    contestId,
    headcount: headcount === '' ? undefined : headcount,
  });
  return result.success ? result.data.headcount : null;
}
