import { COLLECTIVE_TIE_BREAKS, type CollectiveTieBreak } from '@contest/contracts';
import { useTranslation } from 'react-i18next';

import { OrderedChoicesInput } from '../common/OrderedChoicesInput';

interface TieBreakInputProps {
  value: readonly CollectiveTieBreak[];
  onChange: (value: CollectiveTieBreak[]) => void;
  disabled: boolean;
  error?: string;
}

/** The criteria that break a tie of totals, in order; the unit code always decides last. */
export function TieBreakInput(props: TieBreakInputProps) {
  const { t } = useTranslation();
  return (
    <OrderedChoicesInput
      {...props}
      all={COLLECTIVE_TIE_BREAKS}
      title={t('collective.rule.tieBreak')}
      hint={t('collective.rule.tieBreakHint')}
      last={(position) => t('collective.rule.codeLast', { position })}
      label={(criterion) => t(`collective.criteria.${criterion}`)}
      moveUp={(criterion) => t('collective.rule.moveUp', { criterion })}
      moveDown={(criterion) => t('collective.rule.moveDown', { criterion })}
      testId="collective-tie-break"
    />
  );
}
