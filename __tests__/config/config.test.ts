import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ConfigError, parseConfig } from '../../src/config/config.js';
import { configSchema } from '../../src/config/schema.js';
import { matchesGolden } from '../helpers/golden.js';
import { placesOf, scanFiles, workflow } from '../helpers/scan.js';

const mailStep = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.MAILER_SES_PW }}
`);

function problemsOf(text: string): string[] {
  try {
    parseConfig(text, 'c.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
  }
  return [];
}

describe('config file', () => {
  it('changes severities and turns rules off', () => {
    const result = scanFiles(mailStep, 'rules:\n  ambiguous-credential-name: error\n');
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['ambiguous-credential-name', 'error']]);
    expect(placesOf('ambiguous-credential-name', mailStep, 'rules:\n  ambiguous-credential-name: off\n')).toEqual([]);
  });

  it('extends the name classifier', () => {
    expect(
      placesOf(
        'ambiguous-credential-name',
        mailStep,
        "names:\n  - pattern: '^MAILER_SES_PW$'\n    kind: smtp-password\n",
      ),
    ).toEqual([]);
    expect(
      placesOf(
        'root-credentials',
        mailStep,
        "names:\n  - pattern: 'MAILER'\n    kind: smtp-password\n    root: true\n",
      ),
    ).toEqual(['.github/workflows/ci.yml:11:25']);
  });

  it('ignores paths, for all rules or some', () => {
    const files = { '.github/workflows/legacy-mail.yml': mailStep };
    expect(scanFiles(files, 'ignore:\n  - .github/workflows/legacy-*.yml\n').findings).toEqual([]);
    const partial = scanFiles(
      files,
      'ignore:\n  - path: .github/workflows/legacy-*.yml\n    rules: [hardcoded-access-key]\n',
    );
    expect(partial.findings.map((f) => f.ruleId)).toEqual(['ambiguous-credential-name']);
    expect(
      scanFiles(files, 'ignore:\n  - .github/workflows/legacy-*.yml\n').suppressed.map((f) => f.suppressed),
    ).toEqual(['config']);
  });

  it('rejects unknown keys, rule ids, severities and kinds with every problem listed', () => {
    expect(
      problemsOf(
        'rulez: {}\nrules:\n  root-credential: off\n  hardcoded-access-key: fatal\nnames:\n  - pattern: x\n    kind: password\n',
      ),
    ).toEqual([
      'line 1, column 1: unknown key `rulez` (known: rules, ignore, names, include, exclude, max-file-size, max-depth, max-aliases, max-nodes)',
      'line 3, column 3: unknown rule id `root-credential` under `rules` (did you mean `root-credentials`?)',
      'line 4, column 25: rule `hardcoded-access-key`: `fatal` is not one of error, warning, notice, off',
      expect.stringContaining('line 7, column 11: names[0].kind: unknown kind `password`'),
    ]);
    expect(problemsOf("names:\n  - pattern: '['\n    kind: smtp-password\n")).toEqual([
      'line 2, column 14: names[0]: `[` is not a valid regular expression',
    ]);
    expect(problemsOf('- a list\n')).toEqual(['line 1, column 1: the file must be a mapping of settings']);
    expect(problemsOf('rules: [\n')[0]).toMatch(/^line 2, column 1: not valid YAML/);
  });

  it('places problems inside lists on the offending item', () => {
    expect(problemsOf('ignore:\n  - 3\n  - path: a/**\n    rules: [root-credential]\n    bogus: 1\n  - {}\n')).toEqual([
      'line 2, column 5: ignore[0] must be a glob or { path, rules }',
      'line 4, column 13: ignore[1].rules[0]: unknown rule id `root-credential` (did you mean `root-credentials`?)',
      'line 5, column 5: ignore[1]: unknown key `bogus`',
      'line 6, column 5: ignore[2]: needs `path`',
    ]);
    // Deeper than 500 levels the recursive parsers could spend a thread's stack (Node aborted near 1 000).
    expect(problemsOf('max-depth: 501\n')).toEqual(['line 1, column 12: `max-depth` must be at most 500']);
    expect(problemsOf('max-depth: 500\n')).toEqual([]);
    expect(problemsOf('max-file-size: lots\nmax-depth: 0\ninclude: x\n')).toEqual([
      'line 1, column 16: `max-file-size` must be a number of bytes or a size such as 5MB',
      'line 2, column 12: `max-depth` must be a whole number of at least 1',
      'line 3, column 10: `include` must be a list',
    ]);
  });

  it('refuses names: patterns that could take more than linear time', () => {
    expect(problemsOf("names:\n  - pattern: '(a+)+$'\n    kind: smtp-password\n")).toEqual([
      'line 2, column 14: names[0]: `(a+)+$` is refused: a repeated group may not itself repeat or hold alternatives (it can take exponential time)',
    ]);
  });

  it('refuses a glob that picomatch would run with more than two stars in one segment, and only that', () => {
    const reason = 'a glob with a brace, class, extglob, group or `\\` may hold at most two `*` in one path segment';
    const problems = problemsOf(
      "include: ['{src,lib}/*a*a*a*b']\nexclude: ['*test*fixture*', '[x]*a*b']\nignore:\n  - 'a/*.{yml,yaml}'\n  - path: '@(x|y)*-*-*'\n",
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(`line 1, column 11: include[0]: \`{src,lib}/*a*a*a*b\` is refused: ${reason}`);
    expect(problems[1]).toContain(`line 5, column 11: ignore[1]: \`@(x|y)*-*-*\` is refused: ${reason}`);
    // The same stars without a brace, class or extglob are matched in linear time: accepted.
    expect(problemsOf("include: ['src/*a*a*a*b']\nexclude: ['*test*fixture*']\n")).toEqual([]);
  });

  it('keeps schema/ses-credential-hygiene.schema.json equal to the schema it validates with', () => {
    // `UPDATE_GOLDEN=1 npm test` rewrites the file after a change to src/config/schema.ts.
    const { expected, actual } = matchesGolden(
      'schema/ses-credential-hygiene.schema.json',
      `${JSON.stringify(configSchema, null, 2)}\n`,
    );
    expect(actual).toBe(expected);
  });

  it('accepts the example of docs/configuration.md', () => {
    const readme = readFileSync('docs/configuration.md', 'utf8');
    const example = /`\.github\/ses-credential-hygiene\.yml`[^\n]*\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(problemsOf(example ?? '')).toEqual([]);
  });

  /** The file-size limit a config sets with `max-file-size`. */
  const maxFileBytes = (size: string) => parseConfig(`max-file-size: ${size}\n`, 'c.yml').maxFileBytes;

  it('reads sizes', () => {
    expect(maxFileBytes('5MB')).toBe(5_000_000);
    expect(maxFileBytes('1 MiB')).toBe(1_048_576);
    expect(maxFileBytes('1234')).toBe(1234);
    expect(problemsOf('max-file-size: lots\n')).toEqual([
      expect.stringContaining('`max-file-size` must be a number of bytes or a size such as 5MB'),
    ]);
  });

  it('takes a size unit in any case, in the schema as in the parser', () => {
    for (const size of ['10mb', '512 kib', '1 Gb', '2MiB'])
      expect([size, problemsOf(`max-file-size: ${size}\n`)]).toEqual([size, []]);
    expect(maxFileBytes('10mb')).toBe(10_000_000);
  });

  // How long this takes is measured by `npm run bench:hostile`, not asserted here.
  it('checks a size padded with a long run of blanks', () => {
    expect(problemsOf(`max-file-size: "1${' '.repeat(200_000)}x"\n`)).toEqual([
      expect.stringContaining('`max-file-size` must be a number of bytes or a size such as 5MB'),
    ]);
  });

  it('reads max-nodes, the most items a file may hold before it is read as text only', () => {
    expect(parseConfig('max-nodes: 10\n', 'c.yml').limits.maxNodes).toBe(10);
    expect(problemsOf('max-nodes: 0\n')).toEqual([
      'line 1, column 12: `max-nodes` must be a whole number of at least 1',
    ]);
  });
});

describe('inline ignores', () => {
  const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }} # ses-credential-hygiene: ignore[secret-key-as-smtp-password] migrating
`);

  it('suppresses the named rule on the same line, and only it', () => {
    const result = scanFiles(text);
    expect(result.findings.map((f) => f.ruleId)).toEqual([]);
    expect(result.suppressed.map((f) => [f.ruleId, f.suppressed])).toEqual([['secret-key-as-smtp-password', 'inline']]);
    const other = scanFiles(text.replace('ignore[secret-key-as-smtp-password]', 'ignore[hardcoded-access-key]'));
    expect(other.findings.map((f) => f.ruleId)).toEqual(['secret-key-as-smtp-password']);
  });

  it('suppresses on the line below the comment, and every rule with empty brackets', () => {
    const above = text
      .replace(' # ses-credential-hygiene: ignore[secret-key-as-smtp-password] migrating', '')
      .replace('          password:', '          # ses-credential-hygiene: ignore[] all of them\n          password:');
    expect(scanFiles(above).findings).toEqual([]);
    expect(scanFiles(above).suppressed).toHaveLength(1);
  });
});
