import { viewableMedia } from './entry-media';

const media = { videoUrl: '/api/entries/7/video', thumbnailUrl: '/api/entries/7/thumbnail' };

describe('viewableMedia', () => {
  it('offers the clip and its still while the entry stands', () => {
    for (const status of ['draft', 'processing', 'submitted'] as const)
      expect(viewableMedia({ status, ...media })).toEqual(media);
  });

  it('offers neither once the entry is withdrawn: no broken picture, no dead play button', () => {
    expect(viewableMedia({ status: 'withdrawn', ...media })).toEqual({ videoUrl: null, thumbnailUrl: null });
  });
});
