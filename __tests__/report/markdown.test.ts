import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { code, locationCell, markdownText, messageCell } from '../../src/report/summary/markdown.js';
import { liveStructure } from '../helpers/markdown-live.js';

/** Strings built from the pieces an attacker needs: backticks, brackets, links, images, HTML, pipes, line breaks. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '`',
        '``',
        '```',
        '[',
        ']',
        '(',
        ')',
        '![x](https://e.test/i.png)',
        '[All clear](https://e.test)',
      ),
      fc.constantFrom('<img src=x>', '|', '\\', '\n', '*', '_', 'www.e.test', 'https://e.test', '@octocat', '#12', ' '),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('the Markdown escaper', () => {
  it('is checked by a reader that sees live links, images, HTML and broken code spans', () => {
    expect(liveStructure('[All clear](https://e.test)')).toEqual(['[', ']', '://']);
    expect(liveStructure('`a`b` ![x](y) <img>')).toEqual(['`', '!', '[', ']', '<', '>']);
    expect(liveStructure('`a|b`')).toEqual(['| in code']);
  });

  it('leaves nothing live in text from the checkout', () => {
    fc.assert(fc.property(hostile, (text) => expect(liveStructure(markdownText(text))).toEqual([])));
  });

  it('keeps code spans closed whatever backticks a name holds', () => {
    fc.assert(fc.property(hostile, (text) => expect(liveStructure(code(text))).toEqual([])));
  });

  it('renders a message quoting hostile names as inert code and text only', () => {
    fc.assert(
      fc.property(hostile, hostile, (name, other) =>
        expect(liveStructure(messageCell(`Secret \`${name}\` in variable \`${other}\` is exposed.`))).toEqual([]),
      ),
    );
  });

  it('gives a location cell no link but the one to the file itself', () => {
    const links = { serverUrl: 'https://github.com', repository: 'octo/repo', sha: 'abc' };
    fc.assert(
      fc.property(hostile, (name) => {
        const cellText = locationCell(links, { file: `svc/${name}.env`, line: 3 });
        const match = /^\[<code>([^]*)<\/code>\]\((https:\/\/github\.com\/octo\/repo\/blob\/abc\/[^()\s]*)\)$/.exec(
          cellText,
        );
        expect(match).not.toBeNull();
        expect(liveStructure(match?.[1] ?? '')).toEqual([]);
      }),
    );
  });

  it('keeps the text readable: the escapes are what GitHub removes', () => {
    expect(markdownText('svc/[Approve this PR](https://e.test)x.env')).toBe(
      'svc/\\[Approve this PR\\](https\\://e.test)x.env',
    );
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x` | y')).toBe('`` `x` \\| y ``');
    expect(messageCell('Secret `AWS_KEY` in `x` is *root*.')).toBe('Secret `AWS_KEY` in `x` is \\*root\\*.');
    // A name that holds a backtick and a link: the link stays text, inside or outside a code span.
    expect(messageCell('Variable `A`[All clear](https://e.test)`` is set.')).toBe(
      'Variable `A`\\[All clear\\](https\\://e.test)\\`\\` is set.',
    );
  });
});
