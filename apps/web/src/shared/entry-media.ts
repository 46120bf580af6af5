import type { Entry } from '@contest/contracts';

export interface ViewableMedia {
  videoUrl: string | null;
  thumbnailUrl: string | null;
}

/**
 * The entry's clip and still as a page may show them. A withdrawn entry keeps its addresses in the
 * list, but the server no longer serves its media: a picture there would be broken and a play
 * button dead, so there is neither, and the page says the entry was withdrawn instead.
 */
export function viewableMedia(entry: Pick<Entry, 'status' | 'videoUrl' | 'thumbnailUrl'>): ViewableMedia {
  if (entry.status === 'withdrawn') return { videoUrl: null, thumbnailUrl: null };
  return { videoUrl: entry.videoUrl, thumbnailUrl: entry.thumbnailUrl };
}
