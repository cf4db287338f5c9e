import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * A doc comment belongs to the declaration right under it (an editor shows it there): one followed by
 * another doc comment, by a blank line, or written after `export` describes the wrong declaration or none.
 */
const misplaced = [
  { what: 'followed by another doc comment', pattern: /\/\*\*(?:(?!\*\/)[\s\S])*\*\/[ \t]*\n[ \t]*\/\*\*/g },
  { what: 'followed by a blank line', pattern: /\/\*\*(?:(?!\*\/)[\s\S])*\*\/[ \t]*\n[ \t]*\n/g },
  { what: 'inside a declaration after `export`', pattern: /\bexport[ \t]+\/\*\*/g },
];

function misplacedDocs(path: string, text: string): string[] {
  return misplaced.flatMap(({ what, pattern }) =>
    [...text.matchAll(pattern)].map((match) => `${path}:${text.slice(0, match.index).split('\n').length}: ${what}`),
  );
}

describe('doc comments', () => {
  it('each sits on the declaration it describes', () => {
    expect(sources('src').flatMap((path) => misplacedDocs(path, readFileSync(path, 'utf8')))).toEqual([]);
  });

  it('the check finds each misplacement', () => {
    const text = [
      '/** Doc of nothing. */',
      '',
      'const a = 1;',
      '/** Doc of b. */',
      '/** Doc of c. */',
      'const c = 2;',
      'export /** Doc of d. */',
      'interface D {}',
      '/** A file doc above the imports. */',
      "import x from 'x';",
    ].join('\n');
    expect(misplacedDocs('f.ts', text)).toEqual([
      'f.ts:4: followed by another doc comment',
      'f.ts:1: followed by a blank line',
      'f.ts:7: inside a declaration after `export`',
    ]);
  });
});
