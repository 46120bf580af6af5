import { FILE_REJECTIONS } from '@contest/contracts';

import en from '../../locales/en.json';
import vi from '../../locales/vi.json';
import { durationWords, rejectionKeys } from './durations';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): string | undefined => {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      tree,
    );
  return typeof value === 'string' ? value : undefined;
};

describe('durationWords', () => {
  it('says whole minutes, minutes and seconds, or seconds', () => {
    expect(durationWords(300)).toEqual({ kind: 'minutes', minutes: 5 });
    expect(durationWords(90)).toEqual({ kind: 'minutesSeconds', minutes: 1, seconds: 30 });
    expect(durationWords(45)).toEqual({ kind: 'seconds', seconds: 45 });
    expect(durationWords(6.014)).toEqual({ kind: 'seconds', seconds: 6 });
    expect(durationWords(3 * 3600)).toEqual({ kind: 'minutes', minutes: 180 });
  });
});

describe('rejectionKeys', () => {
  it.each(FILE_REJECTIONS)('explains "%s" and how to fix it, in Vietnamese and in English', (rejection) => {
    const keys = rejectionKeys(rejection);
    for (const locale of [vi, en] as Tree[]) {
      expect(lookup(locale, keys.title)).toEqual(expect.any(String));
      expect(lookup(locale, keys.fix)).toEqual(expect.any(String));
    }
  });

  it('gives the limit a clip was too long for', () => {
    expect(lookup(vi as Tree, rejectionKeys('too_long').fix)).toContain('{{max}}');
    expect(lookup(en as Tree, rejectionKeys('too_long').fix)).toContain('{{max}}');
  });
});
