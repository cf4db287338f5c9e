import { describe, expect, it } from '@jest/globals';
import { commentSyntaxFor, findComments } from '../../src/comments/comments.js';
import { inlineIgnoresInComments } from '../../src/comments/markers.js';

const marker = 'ses-credential-hygiene: ignore[]';

describe('findComments, # syntax (YAML, shell in run:, dotenv)', () => {
  it('finds comments at a line start and after white space', () => {
    const text = `# ${marker}\nkey: value # trailing\nrun: |\n  echo hi # ${marker}\n`;
    expect(findComments(text, 'hash')).toEqual([
      { line: 1, text: ` ${marker}` },
      { line: 2, text: ' trailing' },
      { line: 4, text: ` ${marker}` },
    ]);
  });

  it('never inside a quoted string, nor a # inside a word', () => {
    const text = [
      `name: "${marker}"`,
      `name: '${marker} # still the string'`,
      `run: echo "# ${marker}"`,
      `url: http://x/#${marker}`,
      `note: it's fine # real`,
      `q: "a \\" # b" # after`,
    ].join('\n');
    expect(findComments(text, 'hash')).toEqual([
      { line: 5, text: ' real' },
      { line: 6, text: ' after' },
    ]);
  });

  it('reads a long line of quotes and hashes (timed by `npm run bench:hostile`)', () => {
    const text = `${'"# '.repeat(200_000)}\n`;
    expect(findComments(text, 'hash')).toEqual([]);
  });
});

describe('findComments, HCL', () => {
  it('finds #, // and block comments, not strings or heredocs', () => {
    const text = [
      `# one`,
      `a = "x # not" // two`,
      `/* three`,
      `   four */ b = 1`,
      `c = <<EOT`,
      `# ${marker}`,
      `EOT`,
      `d = "${marker}"`,
      `e = 2 # five`,
    ].join('\n');
    expect(findComments(text, 'hcl')).toEqual([
      { line: 1, text: ' one' },
      { line: 2, text: ' two' },
      { line: 3, text: ' three' },
      { line: 4, text: '   four ' },
      { line: 9, text: ' five' },
    ]);
  });
});

describe('commentSyntaxFor', () => {
  it('chooses by file name', () => {
    expect(commentSyntaxFor('infra/main.tf')).toBe('hcl');
    expect(commentSyntaxFor('cfn/stack.json')).toBe('none');
    expect(commentSyntaxFor('.github/workflows/ci.yml')).toBe('hash');
    expect(commentSyntaxFor('svc/.env')).toBe('hash');
  });
});

describe('inlineIgnoresInComments', () => {
  it('counts markers in comments only, for their line and the next', () => {
    const text = [
      'env:',
      '  NOTE: "ses-credential-hygiene: ignore[]"',
      '  KEY: value',
      '  # ses-credential-hygiene: ignore[hardcoded-access-key, root-credentials] accepted',
      '  OTHER: value',
    ].join('\n');
    const ignores = inlineIgnoresInComments(text, '.github/workflows/ci.yml');
    expect([...ignores.keys()]).toEqual([4, 5]);
    expect([...(ignores.get(5) ?? [])]).toEqual(['hardcoded-access-key', 'root-credentials']);
  });

  it('reads HCL block comments and not JSON at all', () => {
    expect([...inlineIgnoresInComments('/* ses-credential-hygiene: ignore[] */\nx = 1\n', 'main.tf').keys()]).toEqual([
      1, 2,
    ]);
    expect(inlineIgnoresInComments('{"a": "# ses-credential-hygiene: ignore[]"}', 'stack.json').size).toBe(0);
  });
});
