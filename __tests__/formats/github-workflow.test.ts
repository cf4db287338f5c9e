import { describe, expect, it } from '@jest/globals';
import { classifyName } from '../../src/credentials/names.js';
import { githubWorkflowAdapter } from '../../src/formats/github-workflow.js';
import { locate } from '../helpers/scan.js';

const parse = (text: string, file = '.github/workflows/ci.yml') =>
  githubWorkflowAdapter.parse(file, text, { classifyName: (name) => classifyName(name) });
const where = (file: string, span: { startLine: number; startColumn: number }) =>
  `${file}:${span.startLine}:${span.startColumn}`;

describe('github-workflow adapter', () => {
  it('matches workflows and action manifests by path', () => {
    expect(githubWorkflowAdapter.matches('.github/workflows/ci.yml')).toBe(true);
    expect(githubWorkflowAdapter.matches('.github/workflows/ci.yaml')).toBe(true);
    expect(githubWorkflowAdapter.matches('tools/notify/action.yml')).toBe(true);
    expect(githubWorkflowAdapter.matches('.github/dependabot.yml')).toBe(false);
    expect(githubWorkflowAdapter.matches('.github/workflows/sub/ci.yml')).toBe(false);
  });

  it('places references on the secret token, in quoted, plain and block scalars', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo start
          curl -u "\${{ secrets.U }}:\${{ secrets.P }}" smtps://email-smtp.us-east-1.amazonaws.com
        env:
          Q: "x \${{ secrets.QUOTED }}"
          PLAIN: \${{ secrets.PLAIN }}
`;
    const model = parse(text);
    const places = Object.fromEntries(
      model.references.map((r) => [r.source.type === 'secret' ? r.source.name : '?', where(model.file, r.span)]),
    );
    expect(places).toEqual({
      U: locate(text, 'secrets.U'),
      P: locate(text, 'secrets.P'),
      QUOTED: locate(text, 'secrets.QUOTED'),
      PLAIN: locate(text, 'secrets.PLAIN'),
    });
  });

  it('gives each reference the slot it fills and what that slot expects', () => {
    const model = parse(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: dawidd6/action-send-mail@v3
        with:
          connection_url: smtp://\${{ secrets.U }}:\${{ secrets.P }}@email-smtp.eu-west-1.amazonaws.com:465
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.K }}
`);
    expect(
      model.references.map((r) => [r.source.type === 'secret' && r.source.name, r.sink.type, r.sink.expects]),
    ).toEqual([
      ['U', 'url-userinfo', 'smtp-username'],
      ['P', 'url-userinfo', 'smtp-password'],
      ['K', 'action-input', 'access-key-id'],
    ]);
    expect(model.uses.map((u) => u.destination.smtp?.target)).toEqual(['ses', undefined]);
    expect(model.uses[0]?.destination.smtp?.regions).toEqual(['eu-west-1']);
  });

  it('lets steps see workflow and job env, and knows a job that calls the SES API', () => {
    const model = parse(`on: push
env:
  SMTP_HOST: email-smtp.eu-west-2.amazonaws.com
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-region: eu-west-2
      - run: aws ses send-email --from a@example.com
`);
    expect(model.uses).toHaveLength(2);
    for (const use of model.uses) expect(use.referenceIds).toHaveLength(1);
    expect(model.uses.map((u) => u.destination.sesApi)).toEqual([true, true]);
  });

  it('reads composite actions and reusable-workflow calls', () => {
    const composite = parse(
      `name: x\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n      env:\n        SMTP_PASSWORD: \${{ inputs.password }}\n        KEY: AKIA${'B'.repeat(16)}\n`,
      'tools/x/action.yml',
    );
    expect(composite.references.map((r) => r.source.type)).toEqual(['literal']);
    const node = parse(`name: x\nruns:\n  using: node24\n  main: index.js\n`, 'action.yml');
    expect(node.uses).toEqual([]);
    const caller = parse(
      `on: push\njobs:\n  call:\n    uses: org/repo/.github/workflows/mail.yml@v1\n    secrets:\n      SMTP_PASSWORD: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n`,
    );
    expect(caller.references.map((r) => [r.sink.type, r.sink.name, r.sink.expects])).toEqual([
      ['reusable-workflow-secret', 'SMTP_PASSWORD', 'smtp-password'],
    ]);
  });

  it('turns YAML errors and bad expressions into problems with positions, not exceptions', () => {
    const broken = parse('on: push\nenv:\n  K: ${{ secrets.K }}\njobs:\n  a: [unclosed\n');
    expect(parse('on: push\njobs:\n  a: [unclosed\n').problems).toEqual([]); // nothing credential-like: not parsed at all
    expect(broken.problems[0]?.message).toMatch(/^YAML syntax error/);
    const badExpression = parse(
      `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo \${{ secrets.A secrets.B }}\n`,
    );
    expect(badExpression.problems.map((p) => [p.message.slice(0, 26), p.span?.startLine])).toEqual([
      ['expression does not parse:', 6],
    ]);
    expect(badExpression.references).toHaveLength(2);
  });

  it('keeps positions exact with CRLF line endings', () => {
    const text =
      'on: push\r\njobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - run: echo\r\n        env:\r\n          K: ${{ secrets.K }}\r\n';
    const [reference] = parse(text).references;
    expect(reference && where('.github/workflows/ci.yml', reference.span)).toBe(locate(text, 'secrets.K'));
    expect(locate(text, 'secrets.K')).toBe('.github/workflows/ci.yml:8:18');
  });

  it('reads every document of a multi-document file and ignores non-workflow content', () => {
    expect(parse('just a string').references).toEqual([]);
    expect(parse('- a\n- b\n').references).toEqual([]);
    expect(parse('').uses).toEqual([]);
  });
});
