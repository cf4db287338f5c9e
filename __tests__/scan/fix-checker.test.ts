import { describe, expect, it } from '@jest/globals';
import type { Fix, FixEdit } from '../../src/model/findings.js';
import { FixChecker } from '../../src/scan/engine.js';
import { editsOverlap, lineStarts, sameEdit } from '../../src/rules/fixes/text.js';
import { seeded } from '../helpers/seeded.js';

// The fix checker looks at a new edit's neighbours only and keeps the same edit once, however many
// findings offer it (callers of one reusable workflow all declaring its secrets). This is what it must
// still decide, written with no index: every edit in place, colliding with no other of its fix and with
// no edit of a fix kept before, an identical edit being no collision.

interface At {
  start: number;
  end: number;
  edit: FixEdit;
}

const collides = (a: At, b: At) => a.edit.file === b.edit.file && editsOverlap(a, b) && !sameEdit(a.edit, b.edit);

function brute(texts: ReadonlyMap<string, string>) {
  const kept: At[] = [];
  return (fix: Fix, offsets: At[] | undefined): boolean => {
    if (!offsets || fix.edits.length === 0) return false;
    for (const [index, one] of offsets.entries()) {
      if (texts.get(one.edit.file)?.slice(one.start, one.end) !== one.edit.original) return false;
      if (offsets.slice(0, index).some((other) => collides(one, other))) return false;
      if (kept.some((other) => collides(one, other))) return false;
    }
    kept.push(...offsets);
    return true;
  };
}

function spanAt(text: string, start: number, end: number) {
  const starts = lineStarts(text);
  const place = (offset: number) => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++;
    return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
  };
  const a = place(start);
  const b = place(end);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}

describe('FixChecker', () => {
  it('keeps exactly the fixes the check against every kept edit keeps, on 200 generated runs', () => {
    const random = seeded(3232);
    let accepted = 0;
    let refused = 0;
    for (let run = 0; run < 200; run++) {
      const texts = new Map<string, string>();
      for (const file of ['a.yml', 'b.tf']) {
        const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
          'xyzab'.repeat(1 + Math.floor(random() * 4)).slice(0, 3 + Math.floor(random() * 15)),
        );
        texts.set(file, lines.join(random() < 0.5 ? '\n' : '\r\n'));
      }
      const checker = new FixChecker(texts);
      const reference = brute(texts);
      // A few edits offered again and again, as many findings offer the same declaration.
      const pool: At[] = [];
      const newEdit = (): At => {
        const file = random() < 0.5 ? 'a.yml' : 'b.tf';
        const text = texts.get(file) ?? '';
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(random() * 4));
        const original = random() < 0.95 ? text.slice(start, end) : 'q';
        const edit = { file, span: spanAt(text, start, end), original, replacement: random() < 0.5 ? 'R' : 'S' };
        return { start, end, edit };
      };
      for (let i = 0; i < 8; i++) pool.push(newEdit());
      for (let f = 0; f < 60; f++) {
        const offsets = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
          random() < 0.7 ? (pool[Math.floor(random() * pool.length)] as At) : newEdit(),
        ).map((one) => ({ ...one, edit: { ...one.edit, span: { ...one.edit.span } } }));
        const fix: Fix = { description: 'd', edits: offsets.map((one) => one.edit) };
        const expected = reference(fix, offsets);
        expect({ run, f, kept: checker.accepts(fix) }).toEqual({ run, f, kept: expected });
        if (expected) accepted++;
        else refused++;
      }
    }
    expect(accepted).toBeGreaterThan(1_000);
    expect(refused).toBeGreaterThan(1_000);
  });
});
