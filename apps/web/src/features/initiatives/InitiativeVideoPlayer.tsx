import type { Entry } from '@contest/contracts';
import { useTranslation } from 'react-i18next';

import { ClipVideo } from '../../shared/ClipVideo';
import { viewableMedia } from '../../shared/entry-media';

/** A video initiative's processed film, for the unit and the judges (nothing when it has none). */
export function InitiativeVideoPlayer({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { videoUrl, thumbnailUrl } = viewableMedia(entry);
  if (!videoUrl) return null;
  return (
    <ClipVideo
      src={videoUrl}
      poster={thumbnailUrl}
      width={entry.file?.width}
      height={entry.file?.height}
      maxHeight="60vh"
      label={entry.title}
      testId="initiative-video-player"
    >
      {t('judging.sheet.noVideoSupport')}
    </ClipVideo>
  );
}
