import en from './en.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('locales', () => {
  const viEntries = flatten(vi);
  const enEntries = flatten(en);

  it('have the same keys in Vietnamese and English', () => {
    expect([...enEntries.keys()].sort()).toEqual([...viEntries.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of viEntries) {
      expect({ key, placeholders: placeholders(enEntries.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it('have no empty text', () => {
    for (const [key, text] of [...viEntries, ...enEntries])
      expect({ key, text: text.trim() }).not.toEqual({ key, text: '' });
  });
});
