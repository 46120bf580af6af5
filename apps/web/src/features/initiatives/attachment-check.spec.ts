import { MAX_ATTACHMENTS } from '@contest/contracts';

import { checkAttachment } from './attachment-check';

const MB = 1024 * 1024;

describe('checkAttachment', () => {
  it('takes documents and pictures within the size limit', () => {
    expect(checkAttachment({ name: 'Báo cáo.PDF', size: 2 * MB }, 5, 0)).toBeNull();
    expect(checkAttachment({ name: 'anh.jpeg', size: 5 * MB }, 5, 3)).toBeNull();
  });

  it('refuses other kinds, empty and oversized files, and one too many', () => {
    expect(checkAttachment({ name: 'bao-cao.doc', size: 10 }, 5, 0)).toEqual({
      kind: 'type',
      name: 'bao-cao.doc',
    });
    expect(checkAttachment({ name: 'setup.exe', size: 10 }, 5, 0)?.kind).toBe('type');
    expect(checkAttachment({ name: 'trong.pdf', size: 0 }, 5, 0)?.kind).toBe('empty');
    expect(checkAttachment({ name: 'lon.pdf', size: 5 * MB + 1 }, 5, 0)).toEqual({
      kind: 'tooLarge',
      name: 'lon.pdf',
      maxMb: 5,
    });
    expect(checkAttachment({ name: 'a.pdf', size: 1 }, 5, MAX_ATTACHMENTS)).toEqual({
      kind: 'limit',
      max: MAX_ATTACHMENTS,
    });
  });
});
