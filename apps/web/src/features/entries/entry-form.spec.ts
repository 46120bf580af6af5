import type { Entry } from '@contest/contracts';

import { checkEntryForm, emptyEntryForm, entryFormOf, sourcesOf, type EntryFormValues } from './entry-form';

const track = { topics: ['Chuyển đổi số', 'Dân vận khéo'], allowFiles: true, allowLinks: true };

const filled = (over: Partial<EntryFormValues> = {}): EntryFormValues => ({
  ...emptyEntryForm(track),
  title: '  Một cửa thân thiện ',
  topic: 'Chuyển đổi số',
  authors: ['Nguyễn Văn An', '  ', 'Trần Thị Bình '],
  ...over,
});

describe('checkEntryForm', () => {
  it('trims, drops blank authors and sends no link for a file entry', () => {
    expect(checkEntryForm(filled({ linkUrl: 'https://example.com/left-over' }), track)).toEqual({
      ok: true,
      body: {
        title: 'Một cửa thân thiện',
        description: '',
        topic: 'Chuyển đổi số',
        authors: ['Nguyễn Văn An', 'Trần Thị Bình'],
        linkUrl: null,
      },
    });
  });

  it('requires a topic of the track when the track has topics, and none otherwise', () => {
    expect(checkEntryForm(filled({ topic: null }), track)).toEqual({ ok: false, problems: ['topic'] });
    expect(checkEntryForm(filled({ topic: 'Khác' }), track)).toEqual({ ok: false, problems: ['topic'] });
    expect(checkEntryForm(filled({ topic: null }), { topics: [] })).toMatchObject({ ok: true });
  });

  it('names every field to fix at once', () => {
    const checked = checkEntryForm(filled({ title: 'ab', authors: ['  '], topic: null }), track);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect([...checked.problems].sort()).toEqual(['authors', 'title', 'topic']);
  });

  it('takes only a public http(s) link for a link entry', () => {
    expect(checkEntryForm(filled({ source: 'link', linkUrl: '' }), track)).toEqual({
      ok: false,
      problems: ['linkUrl'],
    });
    expect(checkEntryForm(filled({ source: 'link', linkUrl: 'javascript:alert(1)' }), track)).toEqual({
      ok: false,
      problems: ['linkUrl'],
    });
    expect(
      checkEntryForm(filled({ source: 'link', linkUrl: ' https://youtu.be/abc ' }), track),
    ).toMatchObject({
      ok: true,
      body: { linkUrl: 'https://youtu.be/abc' },
    });
  });
});

describe('entryFormOf and sourcesOf', () => {
  it('fills the form from an entry, with one blank author field when it has none', () => {
    const entry = {
      title: 'T',
      description: 'D',
      topic: null,
      authors: [],
      linkUrl: 'https://x.vn/v',
    } as unknown as Entry;
    expect(entryFormOf(entry)).toEqual({
      title: 'T',
      description: 'D',
      topic: null,
      authors: [''],
      source: 'link',
      linkUrl: 'https://x.vn/v',
    });
  });

  it('offers the ways the track takes', () => {
    expect(sourcesOf({ allowFiles: true, allowLinks: false })).toEqual(['file']);
    expect(sourcesOf({ allowFiles: false, allowLinks: true })).toEqual(['link']);
    expect(emptyEntryForm({ allowFiles: false, allowLinks: true }).source).toBe('link');
  });
});
