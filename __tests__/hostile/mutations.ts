import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { adapterFor } from '../../src/formats/index.js';

/** Every file of examples/ and of the regression folder that some adapter reads: the seeds to mutate. */
export function seedFiles(): Array<{ path: string; text: string }> {
  const seeds: Array<{ path: string; text: string }> = [];
  const visit = (dir: string, base: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full, base);
      else {
        const path = relative(base, full).split('\\').join('/');
        if (adapterFor(path)) seeds.push({ path, text: readFileSync(full, 'utf8') });
      }
    }
  };
  visit('examples', 'examples');
  return seeds;
}

export type Edit = { at: number; remove: number; insert: string };

/** Inserts, deletes and replaces: characters from YAML/HCL/JSON syntax, quotes, brackets, newlines and unicode. */
export const edits = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 8 }),
    insert: fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '\n',
        '\r\n',
        ': ',
        '- ',
        '{',
        '}',
        '[',
        ']',
        '"',
        "'",
        '${{',
        '}}',
        '${',
        '*',
        '&a ',
        '!Ref ',
        '#',
        '\t',
        '\u0000',
        '\u2028',
        '😀',
        '<<EOT\n',
        'AKIA',
      ),
    ),
  }),
  { maxLength: 12 },
);

export function mutate(text: string, changes: Edit[]): string {
  let out = text;
  for (const change of changes) {
    const at = out.length === 0 ? 0 : change.at % (out.length + 1);
    out = out.slice(0, at) + change.insert + out.slice(at + change.remove);
  }
  return out;
}
