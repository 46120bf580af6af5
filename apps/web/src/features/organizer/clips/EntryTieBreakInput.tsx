import { ENTRY_TIE_BREAKS, type EntryTieBreak } from '@contest/contracts';
import { useTranslation } from 'react-i18next';

import { OrderedChoicesInput } from '../common/OrderedChoicesInput';

interface EntryTieBreakInputProps {
  value: readonly EntryTieBreak[];
  onChange: (value: EntryTieBreak[]) => void;
  disabled: boolean;
  error?: string;
}

/** What decides between entries with the same total, in order; the entry number decides last. */
export function EntryTieBreakInput(props: EntryTieBreakInputProps) {
  const { t } = useTranslation();
  return (
    <OrderedChoicesInput
      {...props}
      all={ENTRY_TIE_BREAKS}
      title={t('clipsAdmin.tieBreaks.title')}
      hint={t('clipsAdmin.tieBreaks.hint')}
      last={(position) => t('clipsAdmin.tieBreaks.last', { position })}
      label={(tieBreak) => t(`clipsAdmin.tieBreaks.${tieBreak}`)}
      moveUp={(name) => t('clipsAdmin.tieBreaks.moveUp', { name })}
      moveDown={(name) => t('clipsAdmin.tieBreaks.moveDown', { name })}
      testId="tie-breaks"
    />
  );
}
