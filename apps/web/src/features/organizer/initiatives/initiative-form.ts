import {
  REFORM_AREA_PRESETS,
  UNIT_LEVELS,
  type InitiativeForm,
  type InitiativeSettings,
  type UnitLevel,
} from '@contest/contracts';

import { numberOrNaN } from '../common/quotas';

type Count = number | '';

/** One forwarding quota as typed; `key` keeps React rows stable while levels change. */
export interface QuotaRowDraft {
  key: number;
  level: UnitLevel;
  min: Count;
}

/** An initiative call's own settings as the form holds them (numbers '' while empty). */
export interface InitiativeDraft {
  forms: InitiativeForm[];
  individual: boolean;
  group: boolean;
  maxAuthors: Count;
  quotas: QuotaRowDraft[];
  attachmentMegabytes: Count;
}

/** The form offers three choices where the contract holds a list of one or two forms. */
export const FORM_CHOICES = ['article', 'video', 'both'] as const;
export type FormChoice = (typeof FORM_CHOICES)[number];

export function formChoiceOf(forms: readonly InitiativeForm[]): FormChoice {
  if (forms.includes('article') && forms.includes('video')) return 'both';
  return forms.includes('video') ? 'video' : 'article';
}

export function formsOf(choice: FormChoice): InitiativeForm[] {
  return choice === 'both' ? ['article', 'video'] : [choice];
}

/** The video's fields (file, link, size, length, formats) only matter when videos are taken. */
export const takesVideo = (draft: Pick<InitiativeDraft, 'forms'> | null): boolean =>
  draft === null || draft.forms.includes('video');

export const MAX_QUOTAS = UNIT_LEVELS.length;

/** A new initiative call: articles, alone or in a group of up to 10, no quota yet, 20 MB attachments. */
export function emptyInitiativeDraft(): InitiativeDraft {
  return {
    forms: ['article'],
    individual: true,
    group: true,
    maxAuthors: 10,
    quotas: [],
    attachmentMegabytes: 20,
  };
}

export function initiativeToDraft(settings: InitiativeSettings): InitiativeDraft {
  return {
    forms: [...settings.forms],
    individual: settings.individual,
    group: settings.group,
    maxAuthors: settings.maxAuthors,
    quotas: settings.quotas.map((quota, key) => ({ key, level: quota.level, min: quota.min })),
    attachmentMegabytes: settings.attachmentMegabytes,
  };
}

/** What the api takes; an empty number becomes NaN so the schema refuses it on its own field. */
export function draftToInitiative(draft: InitiativeDraft): InitiativeSettings {
  return {
    forms: [...draft.forms],
    individual: draft.individual,
    group: draft.group,
    maxAuthors: numberOrNaN(draft.maxAuthors),
    quotas: draft.quotas.map((quota) => ({ level: quota.level, min: numberOrNaN(quota.min) })),
    attachmentMegabytes: numberOrNaN(draft.attachmentMegabytes),
  };
}

/** A new quota row takes the first level no row has yet; null once every level has one. */
export function addQuotaRow(quotas: readonly QuotaRowDraft[]): QuotaRowDraft[] | null {
  const used = new Set(quotas.map((quota) => quota.level));
  const level = UNIT_LEVELS.find((candidate) => !used.has(candidate));
  if (!level) return null;
  const key = Math.max(-1, ...quotas.map((quota) => quota.key)) + 1;
  return [...quotas, { key, level, min: 1 }];
}

/** The levels a row may switch to: its own, and those no other row holds. */
export function levelsFreeFor(quotas: readonly QuotaRowDraft[], key: number): UnitLevel[] {
  const taken = new Set(quotas.filter((quota) => quota.key !== key).map((quota) => quota.level));
  return UNIT_LEVELS.filter((level) => !taken.has(level));
}

export type AreaPreset = keyof typeof REFORM_AREA_PRESETS;
export const AREA_PRESETS = Object.keys(REFORM_AREA_PRESETS) as AreaPreset[];

/** A preset's areas, as a fresh list the organizer then edits. */
export const presetAreas = (preset: AreaPreset): string[] => [...REFORM_AREA_PRESETS[preset]];

/** Which preset the areas are exactly, so its button shows as the one in use. */
export function presetInUse(areas: readonly string[]): AreaPreset | null {
  return (
    AREA_PRESETS.find((preset) => JSON.stringify(presetAreas(preset)) === JSON.stringify([...areas])) ?? null
  );
}

/** The initiative fields a problem can point at; an issue's path below `initiative` → one of them. */
export type InitiativeField = 'forms' | 'authorship' | 'maxAuthors' | 'quotas' | 'attachmentMegabytes';

export function initiativeFieldOfPath(path: readonly PropertyKey[]): InitiativeField | null {
  const head = String(path[0] ?? '');
  if (head === 'individual' || head === 'group') return 'authorship';
  if (head === 'forms' || head === 'maxAuthors' || head === 'quotas' || head === 'attachmentMegabytes')
    return head;
  return null;
}

/** Checks a zod pass cannot make once a number is missing (it then skips the object's refinements). */
export function initiativeCrossProblems(settings: InitiativeSettings): InitiativeField[] {
  const problems: InitiativeField[] = [];
  if (!settings.individual && !settings.group) problems.push('authorship');
  if (new Set(settings.quotas.map((quota) => quota.level)).size !== settings.quotas.length)
    problems.push('quotas');
  return problems;
}

/** Areas typed one per line: blank lines dropped, each line trimmed. */
export const parseAreas = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
