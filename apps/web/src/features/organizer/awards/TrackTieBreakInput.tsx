import { TRACK_TIE_BREAKS, type TrackTieBreak } from '@contest/contracts';
import { useTranslation } from 'react-i18next';

import { OrderedChoicesInput } from '../common/OrderedChoicesInput';

interface TrackTieBreakInputProps {
  value: readonly TrackTieBreak[];
  onChange: (value: TrackTieBreak[]) => void;
  disabled: boolean;
  error?: string;
}

/** What breaks a tie of totals, in order: the last stage's total, the first's, the earlier entry. */
export function TrackTieBreakInput(props: TrackTieBreakInputProps) {
  const { t } = useTranslation();
  return (
    <OrderedChoicesInput
      {...props}
      all={TRACK_TIE_BREAKS}
      title={t('awards.rules.tieBreaks')}
      hint={t('awards.rules.tieBreaksHint')}
      last={(position) => t('awards.rules.tieBreakLast', { position })}
      label={(criterion) => t(`awards.tieBreak.${criterion}`)}
      moveUp={(criterion) => t('awards.rules.moveUp', { criterion })}
      moveDown={(criterion) => t('awards.rules.moveDown', { criterion })}
      testId="award-tie-breaks"
    />
  );
}
