import type { UnitPerson } from '@contest/contracts';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { copyToClipboard } from './clipboard';
import { notYetListText } from './people';

interface CopyNotYetButtonProps {
  people: readonly UnitPerson[];
  rootUnitId: number;
  heading: string;
}

const COPIED_FOR_MS = 2_000;

/** Puts the "not yet" names on the clipboard, to paste into a reminder in the unit's chat group. */
export function CopyNotYetButton({ people, rootUnitId, heading }: CopyNotYetButtonProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const notYet = useMemo(() => people.filter((person) => person.status === 'not_yet').length, [people]);

  const copy = async () => {
    try {
      await copyToClipboard(notYetListText(people, rootUnitId, heading));
      setCopied(true);
      setTimeout(() => setCopied(false), COPIED_FOR_MS);
      notifications.show({ color: 'teal', message: t('myUnit.copy.done', { count: notYet }) });
    } catch {
      notifications.show({ color: 'red', message: t('myUnit.copy.failed') });
    }
  };

  return (
    <Button
      variant="light"
      size="sm"
      onClick={() => void copy()}
      disabled={notYet === 0}
      color={copied ? 'teal' : undefined}
      data-testid="copy-not-yet"
    >
      {copied ? t('myUnit.copy.copied') : t('myUnit.copy.button', { count: notYet })}
    </Button>
  );
}
