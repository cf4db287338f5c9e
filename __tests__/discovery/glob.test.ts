import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import {
  globMatcher,
  isPlainPath,
  normalisedGlob,
  simpleGlobMatcher,
  unsafeGlobReason,
} from '../../src/discovery/glob.js';
import { seeded } from '../helpers/seeded.js';

/** globMatcher as it was: every glob through picomatch, with the same normalisation and options. */
function picomatchMatcher(glob: string): (path: string) => boolean {
  const trimmed = glob.trim();
  const negated = trimmed.startsWith('!');
  let pattern = (negated ? trimmed.slice(1) : trimmed).replace(/^\.\//, '');
  if (pattern.endsWith('/')) pattern += '**';
  if (!pattern.includes('/')) pattern = `**/${pattern}`;
  const matches = picomatch(pattern, { dot: true, flags: 's' });
  return negated ? (path) => !matches(path) : (path) => matches(path);
}

// Pieces a segment is made of, one to three run together (`*a*.a`, `a*b?**`); the empty, `.` and `..`
// ones (which the walk never gives, and picomatch alone takes) are drawn less often.
const globPieces = ['a', 'b', 'ab', '.a', '**', '*', '?', '*a*', 'a*b?', '.*', 'a.', '*?', '*.*'];
const pathPieces = ['a', 'b', 'ab', 'ba', '.a', 'a.', 'aab', 'abab', '...', '*', '?', 'a*', '.*'];
const oddPieces = ['', '.', '..', '***'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A glob of 1–4 segments, each one to three pieces run together, with the forms globMatcher normalises. */
function generatedGlob(random: () => number): string {
  const segments = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
    Array.from({ length: 1 + Math.floor(random() * (random() < 0.6 ? 1 : 3)) }, () =>
      pick(random, random() < 0.05 ? oddPieces : globPieces),
    ).join(''),
  );
  let glob = segments.join('/');
  if (random() < 0.15) glob += '/';
  if (random() < 0.1) glob = `./${glob}`;
  if (random() < 0.1) glob = `!${glob}`;
  return glob;
}

function generatedPath(random: () => number): string {
  return Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
    Array.from({ length: 1 + Math.floor(random() * 2) }, () =>
      pick(random, random() < 0.03 ? oddPieces : pathPieces),
    ).join(''),
  ).join('/');
}

/** Every `include:`/`exclude:`/`ignore:` glob written in the docs, examples and tests. */
function repositoryGlobs(): string[] {
  const globs = new Set<string>();
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.(md|ya?ml|ts)$/.test(name)) files.push(full);
    }
  };
  for (const dir of ['docs', 'examples', '__tests__']) visit(dir);
  files.push('README.md');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const quoted = (list: string): string[] =>
      [...list.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((item) => item[1] ?? item[2] ?? '');
    // `include: [...]`, `exclude: 'x'`, `ignore: ...`, `path: ...` in YAML, Markdown and test sources.
    for (const line of text.matchAll(/(?:include|exclude|ignore|path)\s*:\s*(\[[^\]\n]*\]|'[^'\n]*'|"[^"\n]*")/g))
      for (const glob of quoted(line[1] ?? '')) globs.add(glob);
    // `--include x` given to the CLI in tests, and the globs the tests hand the matchers.
    for (const call of text.matchAll(
      /'--(?:include|exclude)',\s*('[^'\n]*')|(?:globMatcher|anyGlob|globCheck)\(([^)\n]*)\)/g,
    ))
      for (const glob of quoted(call[1] ?? call[2] ?? '')) globs.add(glob);
    // YAML list items under those keys: one word with a slash or a star.
    for (const item of text.matchAll(/^\s*- ['"]?([^'"\s#]*[*/][^'"\s#]*)['"]?\s*$/gm)) globs.add(item[1] ?? '');
  }
  globs.delete('');
  return [...globs];
}

/**
 * 4 000 generated globs, ten paths each (as `asked` makes them of a generated one), answered by globMatcher and by
 * picomatch: the disagreements, how many paths matched, and how many the linear matcher answered.
 */
function againstPicomatch(seed: number, asked: (path: string) => string) {
  const random = seeded(seed);
  let matched = 0;
  let linear = 0;
  const wrong: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const glob = generatedGlob(random);
    const ours = globMatcher(glob);
    const theirs = picomatchMatcher(glob);
    const simple = simpleGlobMatcher(normalisedGlob(glob).pattern) !== undefined;
    for (let j = 0; j < 10; j++) {
      // Near misses: the glob's own text with its wildcards filled, or a path of the same pieces.
      const path = asked(
        random() < 0.3 ? glob.replace(/^!|^\.\//g, '').replace(/\*\*?|\?/g, 'a') : generatedPath(random),
      );
      const expected = theirs(path);
      if (ours(path) !== expected) wrong.push(`${JSON.stringify(glob)} on ${JSON.stringify(path)}: ${expected}`);
      if (expected !== glob.startsWith('!')) matched++;
      if (simple && isPlainPath(path)) linear++;
    }
  }
  return { wrong, matched, linear };
}

describe('globMatcher', () => {
  it('answers as picomatch does on 40 000 generated globs and paths', () => {
    const { wrong, matched, linear } = againstPicomatch(32, (path) => path);
    expect(wrong).toEqual([]);
    // Matches and near misses both, and the linear matcher answered most of them.
    expect(matched).toBeGreaterThan(4000);
    expect(linear).toBeGreaterThan(25_000);
  });

  it('answers as picomatch does for the globs the docs, examples and tests give', () => {
    const globs = repositoryGlobs();
    const random = seeded(7);
    const paths = [
      '.github/workflows/deploy.yml',
      '.github/ses-credential-hygiene.yml',
      'infra/main.tf',
      'deploy/k8s/secret.yaml',
      'node_modules/x/a.json',
      'legacy/old.env',
      'src/old/a.ts',
      'tools/x.yml',
      'a.env',
      ...Array.from({ length: 200 }, () => generatedPath(random)),
    ];
    for (const glob of globs) {
      const ours = globMatcher(glob);
      const theirs = picomatchMatcher(glob);
      for (const path of paths) expect(`${glob} ${path} ${ours(path)}`).toBe(`${glob} ${path} ${theirs(path)}`);
      // The glob's own folders, as a path, too.
      const own = glob.replace(/^!|^\.\/|\/$/g, '').replace(/\*\*?|\?/g, 'x');
      expect(ours(own)).toBe(theirs(own));
    }
    expect(globs.length).toBeGreaterThan(20);
  });

  it('answers as picomatch does around every printable character, a space and a few non-ASCII ones', () => {
    const characters = [
      ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
      'é',
      '日',
      '\n',
      '\r',
      '\t',
    ];
    const wrong: string[] = [];
    for (const c of characters) {
      const globs = [`${c}`, `a${c}*`, `*${c}`, `*${c}*`, `x/${c}?/**`, `**/a${c}b`, `${c}a*/`, `?${c}`];
      const paths = [c, `a${c}`, `a${c}b`, `x/a${c}b`, `${c}a`, `x/${c}a/y`, `${c}${c}`, `ab`, `x/${c}`];
      for (const glob of globs) {
        const ours = globMatcher(glob);
        const theirs = picomatchMatcher(glob);
        for (const path of paths)
          if (ours(path) !== theirs(path)) wrong.push(`${JSON.stringify(glob)} on ${JSON.stringify(path)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers as picomatch does for folders, whose paths the walk gives with a trailing slash', () => {
    const { wrong, matched, linear } = againstPicomatch(3301, (path) => `${path.replace(/\/+$/, '')}/`);
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(4000);
    expect(linear).toBeGreaterThan(25_000);
  });

  it('takes a long folder name that almost matches a segment of many stars without picomatch', () => {
    // The walk asks `excluded('name/')` of every folder: picomatch took 1.4 s for one of 200 characters.
    const matches = globMatcher('*a*a*a*a*a*b');
    expect(matches(`${'a'.repeat(5000)}/`)).toBe(false);
    expect(matches(`x/${'a'.repeat(5000)}b/`)).toBe(false);
    expect(globMatcher('*a*a*a*a*a*b*')(`x/${'a'.repeat(5000)}b/`)).toBe(true);
    expect(globMatcher('*a*a*a*a*a*b/')(`${'a'.repeat(5000)}/`)).toBe(false);
  });

  it('takes a long name that almost matches a segment of many stars without picomatch', () => {
    const glob = '*a*a*a*a*a*b';
    expect(simpleGlobMatcher(`**/${glob}`)).toBeDefined();
    const matches = globMatcher(glob);
    expect(matches('a'.repeat(5000))).toBe(false);
    expect(matches(`x/${'a'.repeat(5000)}b`)).toBe(true);
  });

  it.each([
    ['**/*a*a*a*b', undefined],
    ['{x,y}/*a*a*b', 'at most two'],
    ['[ab]*a*a*b', 'at most two'],
    ['!{x,y}/*a*b', undefined],
    ['src/{a,b}/**/*.ts', undefined],
    ['a\\*b*c*d*', 'at most two'],
  ])('refuses a glob picomatch would match with more than two stars a segment: %s', (glob, reason) => {
    if (reason === undefined) expect(unsafeGlobReason(glob)).toBeUndefined();
    else expect(unsafeGlobReason(glob)).toContain(reason);
  });
});
