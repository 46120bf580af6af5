import type { TFunction } from 'i18next';

import { foldDiacritics } from '../lib/fold-diacritics';

/**
 * Whether an organizer's stage name already says it is a round ("Vòng 2 – Chung khảo", "vòng
 * loại", "Stage 2"): then a sentence names it without a "vòng" of its own ("Vào «Vòng 2 – Chung
 * khảo»", never "Vào vòng «Vòng 2…»").
 */
export function namesItsRound(name: string): boolean {
  return /^(vong|round|stage)(\s|\d|$)/.test(foldDiacritics(name.trim()));
}

/** A stage as a sentence names it: "vòng «Sơ khảo»", or "«Vòng 2 – Chung khảo»" alone. */
export function roundOf(t: TFunction, name: string): string {
  return namesItsRound(name) ? t('common.roundNamed', { name }) : t('common.round', { name });
}
