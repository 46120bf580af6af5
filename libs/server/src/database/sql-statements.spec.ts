import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';

import { statementName } from './sql';

const SERVER_ROOT = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'test-support' ? [] : sourceFiles(path);
    return /\.ts$/.test(d.name) && !/\.(spec|int-spec)\.ts$/.test(d.name) ? [path] : [];
  });
}

/** Every `*.query('label', text, …)` call in the server's code: its label, its text as written, and where. */
function namedStatements(): { label: string; text: string; at: string }[] {
  const found: { label: string; text: string; at: string }[] = [];
  for (const file of sourceFiles(SERVER_ROOT)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'query' &&
        node.arguments.length >= 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        node.arguments[0].text !== ''
      ) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push({
          label: node.arguments[0].text,
          text: node.arguments[1].getText(source).replace(/\s+/g, ' '),
          at: `${relative(SERVER_ROOT, file)}:${line + 1}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('named SQL statements', () => {
  it('finds the statements it checks', () => {
    expect(namedStatements().length).toBeGreaterThan(200);
  });

  it('uses each label for one text only', () => {
    const texts = new Map<string, Map<string, string>>();
    for (const s of namedStatements()) {
      const byText = texts.get(s.label) ?? new Map<string, string>();
      byText.set(s.text, byText.get(s.text) ?? s.at);
      texts.set(s.label, byText);
    }
    const reused = [...texts]
      .filter(([, byText]) => byText.size > 1)
      .map(([label, byText]) => `${label}: ${[...byText.values()].join(', ')}`);
    expect(reused).toEqual([]);
  });

  it('gives Postgres a name derived from the text, so one label cannot stand for two statements', () => {
    const a = statementName('contest-exists', 'SELECT 1 FROM contests WHERE id = $1');
    expect(statementName('contest-exists', 'SELECT 1 FROM contests WHERE id = $1')).toBe(a);
    expect(statementName('contest-exists', 'SELECT id FROM contests WHERE id = $1')).not.toBe(a);
    expect(a.length).toBeLessThan(64); // Postgres truncates identifiers at 63 bytes
    expect(statementName('', 'SELECT 1')).toBe('');
  });
});
