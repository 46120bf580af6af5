import type { ScreeningDecision } from '@contest/contracts';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { callApi } from '../../../api';
import { useRefreshClips } from './use-clip-tracks';

export interface ScreenRequest {
  entryId: number;
  title: string;
  body: ScreeningDecision;
}

/** Accepts or rejects one entry; every clip view refetches, since accepted entries feed judging and the gallery. */
export function useScreenEntry(onDone?: () => void) {
  const { t } = useTranslation();
  const refresh = useRefreshClips();
  return useMutation({
    mutationFn: ({ entryId, body }: ScreenRequest) => callApi('screenEntry', { params: { entryId }, body }),
    onSuccess: (_entry, { title, body }) => {
      notifications.show({
        color: body.decision === 'accepted' ? 'teal' : 'orange',
        message: t(`clipsAdmin.screening.done.${body.decision}`, { title }),
      });
      void refresh();
      onDone?.();
    },
  });
}
