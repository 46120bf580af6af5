import { FULL_TEXT, initiativeEntry, initiativeTrack } from './initiative.fixture';
import {
  addAuthor,
  authorBounds,
  autosaveDecision,
  checkDraft,
  draftInputOf,
  emptyInitiativeForm,
  initiativeChecklist,
  initiativeFormOf,
  removeAuthor,
  savedKeyOf,
  withRepresentative,
  type InitiativeFormValues,
} from './initiative-form';

const me = { fullName: 'Nguyễn Văn An', login: '0912345678', unitName: 'Sở Nội vụ' };
const track = initiativeTrack();

const complete = (): InitiativeFormValues => initiativeFormOf(initiativeEntry(), track);

describe('the form and the api body', () => {
  it('starts a new initiative with its author filled in from the account', () => {
    const form = emptyInitiativeForm(track, me);
    expect(form.authors).toHaveLength(1);
    expect(form.authors[0]).toMatchObject({
      name: 'Nguyễn Văn An',
      unitName: 'Sở Nội vụ',
      phone: '0912345678',
      email: '',
      representative: true,
    });
    expect(form.form).toBe('article');
    const byMail = emptyInitiativeForm(track, { ...me, login: 'an@quangan.gov.vn' });
    expect(byMail.authors[0]).toMatchObject({ phone: '', email: 'an@quangan.gov.vn' });
  });

  it('starts a group-only call with two authors, the first the representative', () => {
    const form = emptyInitiativeForm(initiativeTrack({ individual: false }), me);
    expect(form.authors.map((a) => a.representative)).toEqual([true, false]);
  });

  it('reads a saved initiative back and sends it unchanged, without the form keys', () => {
    const entry = initiativeEntry();
    const body = draftInputOf(initiativeFormOf(entry, track));
    expect(body).toEqual({ title: entry.title, ...entry.initiative, authors: entry.initiative?.authors });
    expect(body.authors[0]).not.toHaveProperty('key');
  });

  it('leaves an area or form the call no longer takes for the author to choose again', () => {
    const narrowed = initiativeTrack({ forms: ['video'] }, { topics: ['Cải cách thể chế'] });
    const form = initiativeFormOf(initiativeEntry(), narrowed);
    expect(form.area).toBeNull();
    expect(form.form).toBe('video');
  });
});

describe('authors', () => {
  it('takes one author, a group, or either, as the call says', () => {
    expect(authorBounds({ individual: true, group: false, maxAuthors: 5 })).toEqual({ min: 1, max: 1 });
    expect(authorBounds({ individual: false, group: true, maxAuthors: 5 })).toEqual({ min: 2, max: 5 });
    expect(authorBounds({ individual: true, group: true, maxAuthors: 5 })).toEqual({ min: 1, max: 5 });
  });

  it('keeps exactly one representative as authors come and go', () => {
    const one = complete().authors;
    const two = addAuthor(one, 3);
    expect(two.map((a) => a.representative)).toEqual([true, false]);
    const chosen = withRepresentative(two, 1);
    expect(chosen.map((a) => a.representative)).toEqual([false, true]);
    // Removing the representative hands the role to the first left.
    const three = addAuthor(chosen, 3);
    expect(removeAuthor(three, 1, 1).map((a) => a.representative)).toEqual([true, false]);
    expect(addAuthor(three, 3)).toBe(three);
    expect(removeAuthor(one, 0, 1)).toBe(one);
    expect(removeAuthor(two, 1, 1)[0].representative).toBe(true);
  });
});

describe('checkDraft and autosaveDecision', () => {
  it('waits for a title and well-formed contacts before the first save', () => {
    const form = emptyInitiativeForm(track, me);
    expect(checkDraft(form, track)).toEqual({ ok: false, blockers: [{ kind: 'title' }] });
    const halfPhone = { ...form, title: 'Một cửa', authors: [{ ...form.authors[0], phone: '0912' }] };
    expect(checkDraft(halfPhone, track)).toEqual({ ok: false, blockers: [{ kind: 'authorPhone', n: 1 }] });
    const group = { ...form, title: 'Một cửa', authors: addAuthor(form.authors, 3) };
    expect(checkDraft(group, track)).toEqual({ ok: false, blockers: [{ kind: 'authorName', n: 2 }] });
  });

  it("refuses what the call's shape refuses, as the api would", () => {
    const groupOnly = initiativeTrack({ individual: false });
    expect(checkDraft(complete(), groupOnly)).toEqual({ ok: false, blockers: [{ kind: 'needsGroup' }] });
  });

  it('creates first, then updates, and saves nothing for spaces the api trims', () => {
    const form = { ...emptyInitiativeForm(track, me), title: 'Một cửa' };
    const first = autosaveDecision(form, track, { entryId: null, key: null });
    expect(first.kind).toBe('create');
    if (first.kind !== 'create') return;
    expect(first.body.title).toBe('Một cửa');
    const saved = { entryId: 9, key: first.key };
    expect(autosaveDecision({ ...form, title: 'Một cửa ' }, track, saved)).toEqual({ kind: 'unchanged' });
    const changed = autosaveDecision({ ...form, summary: 'Tóm tắt' }, track, saved);
    expect(changed).toMatchObject({ kind: 'update', entryId: 9, body: { summary: 'Tóm tắt' } });
  });

  it('finds a draft opened for editing unchanged', () => {
    const form = complete();
    expect(autosaveDecision(form, track, { entryId: 1, key: savedKeyOf(form, track) })).toEqual({
      kind: 'unchanged',
    });
  });
});

describe('initiativeChecklist', () => {
  const done = (form: InitiativeFormValues, hasVideo = false, t = track) =>
    Object.fromEntries(initiativeChecklist(form, t, hasVideo).map((i) => [i.item, i.done]));

  it('ticks every step of a complete article', () => {
    expect(Object.values(done(complete())).every(Boolean)).toBe(true);
    expect(Object.keys(done(complete()))).toEqual([
      'title',
      'area',
      'summary',
      'problem',
      'solution',
      'application',
      'results',
      'representative_contact',
    ]);
  });

  it("shows what is missing: short parts, the video, a group's representative and contact", () => {
    const short = { ...complete(), problem: 'Ngắn quá', area: null };
    expect(done(short)).toMatchObject({ area: false, problem: false, solution: true });
    const video = { ...complete(), form: 'video' as const };
    expect(done(video).video).toBe(false);
    expect(done(video, true).video).toBe(true);
    const group = { ...complete(), authors: addAuthor(complete().authors, 3) };
    expect(done(group)).toMatchObject({ representative: true, representative_contact: true });
    const noRepresentative = {
      ...group,
      authors: group.authors.map((a) => ({ ...a, representative: false })),
    };
    expect(done(noRepresentative)).toMatchObject({ representative: false, representative_contact: false });
    const noPhone = { ...complete(), authors: [{ ...complete().authors[0], phone: '' }] };
    expect(done(noPhone).representative_contact).toBe(false);
    expect(done({ ...complete(), summary: FULL_TEXT.slice(0, 10) }).summary).toBe(false);
  });

  it('asks for no area on a call without areas', () => {
    expect(done(complete(), false, initiativeTrack({}, { topics: [] }))).not.toHaveProperty('area');
  });
});
