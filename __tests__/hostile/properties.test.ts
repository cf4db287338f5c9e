import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { defaultConfig } from '../../src/config/config.js';
import { classifyName } from '../../src/credentials/names.js';
import { analyzeExpression, findExpressions } from '../../src/formats/shared/expressions.js';
import { adapterFor, adapters } from '../../src/formats/index.js';
import { YamlSource } from '../../src/formats/shared/yaml.js';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import type { Span } from '../../src/model/references.js';
import type { FileModel } from '../../src/model/scan-model.js';
import { parseFile } from '../../src/scan/parse-files.js';
import { renderJson } from '../../src/report/json.js';
import { scanTexts } from '../../src/scan/scan.js';
import { edits, mutate, seedFiles } from './mutations.js';

beforeAll(loadHcl);

const context = { classifyName: (name: string) => classifyName(name) };
const seeds = seedFiles();

/**
 * Every span of a model lies inside the text: lines exist, columns within the line (or just past its end).
 * Lines end as an editor ends them: at a line feed, a CR LF, or a lone carriage return.
 */
function spansInside(model: FileModel, text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (span: Span | undefined) => {
    if (!span) return true;
    const ok = (line: number, column: number) =>
      line >= 1 && line <= lines.length && column >= 1 && column <= (lines[line - 1]?.length ?? 0) + 2;
    return ok(span.startLine, span.startColumn) && ok(span.endLine, span.endColumn);
  };
  return (
    model.references.every((r) => inside(r.span)) &&
    model.uses.every((u) => inside(u.span)) &&
    model.problems.every((p) => inside(p.span))
  );
}

/** A seed of a format: its path owner's, or, read by content, one of its documents is recognised as the format. */
function ownedBy(seed: { path: string; text: string }, id: string): boolean {
  const adapter = adapterFor(seed.path);
  if (adapter?.claim === 'path') return adapter.id === id;
  const format = adapters.find((candidate) => candidate.id === id);
  return new YamlSource(seed.path, seed.text).documents.some(
    (doc) => format?.claim === 'content' && format.recognises(doc.contents),
  );
}

const adapterCrashed = (model: FileModel) => model.problems.some((p) => p.message.startsWith('could not be read as'));

describe('property: adapters never throw and keep positions inside the file', () => {
  it.each(adapters.map((adapter) => [adapter.id, adapter] as const))('%s on mutated fixtures and random text', (id) => {
    const own = seeds.filter((seed) => ownedBy(seed, id));
    expect(own.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...own), edits, (seed, changes) => {
        const text = mutate(seed.text, changes);
        const model = parseFile(seed.path, text, context);
        return !adapterCrashed(model) && spansInside(model, text);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const model = parseFile(own[0]?.path ?? '', text, context);
        return !adapterCrashed(model) && spansInside(model, text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('property: the expression parser', () => {
  it('never throws, and every secret access lies inside its text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.constantFrom('secrets.', "secrets['", 'toJSON(', 'format(', '||', '&&', ')', ']', "'"),
        fc.nat(),
        (text, token, at) => {
          const input = `\${{ ${text.slice(0, at % (text.length + 1))}${token}${text.slice(at % (text.length + 1))} }}`;
          analyzeExpression(input.slice(4, -3), 0);
          const outside = findExpressions(input)
            .flatMap((expression) => expression.accesses)
            .filter((access) => !(access.start >= 0 && access.end <= input.length && access.start <= access.end));
          expect(outside).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('property: the scan is deterministic', () => {
  it('gives the same report for the same files in any order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(seeds, { minLength: 1 }),
        fc.array(edits, { maxLength: 3 }),
        (chosen, changeSets) => {
          const files = chosen.map((seed, index) => ({
            path: seed.path,
            text: mutate(seed.text, changeSets[index] ?? []),
          }));
          const config = defaultConfig();
          const forward = renderJson(scanTexts(files, config));
          const backward = renderJson(scanTexts([...files].reverse(), config));
          expect(backward).toBe(forward);
        },
      ),
      { numRuns: 60 },
    );
  });
});
