import { describe, expect, it } from '@jest/globals';
import type { Finding, Severity } from '../../src/model/findings.js';
import { escapeData, escapeProperty, formatCommand, planAnnotations } from '../../src/report/annotations.js';

function finding(severity: Severity, line: number, ruleId = 'hardcoded-access-key'): Finding {
  return {
    ruleId,
    severity,
    file: 'a.yml',
    span: { startLine: line, startColumn: 3, endLine: line, endColumn: 9 },
    message: `m${line}`,
    fingerprintSeed: `s${line}`,
  };
}

/** Decodes a workflow command the way the runner does. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (text: string) =>
    text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    (match[2] ?? '').split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), unescape(pair.slice(at + 1))];
    }),
  );
  return { command: match[1] ?? '', properties, message: unescape(match[3] ?? '') };
}

describe('annotations', () => {
  it('formats a command with file, positions and a title holding the rule id', () => {
    expect(
      formatCommand({
        level: 'error',
        file: 'a.yml',
        title: 'hardcoded-access-key (ses-credential-hygiene)',
        message: 'bad',
        line: 4,
        endLine: 4,
        column: 3,
        endColumn: 9,
      }),
    ).toBe(
      '::error file=a.yml,line=4,endLine=4,col=3,endColumn=9,title=hardcoded-access-key (ses-credential-hygiene)::bad',
    );
  });

  it('escapes so that names and messages cannot forge commands', () => {
    const file = 'evil,line=1::x%0A\n::error file=x::forged.yml';
    const message = 'line one\r\n::warning::forged 100%';
    const command = formatCommand({ level: 'warning', file, title: 't:1,2', message, line: 1, endLine: 1 });
    expect(command.split('\n')).toHaveLength(1);
    const parsed = parseCommand(command);
    expect(parsed.command).toBe('warning');
    expect(parsed.properties.file).toBe(file);
    expect(parsed.properties.title).toBe('t:1,2');
    expect(parsed.message).toBe(message);
    expect(escapeData('%')).toBe('%25');
    expect(escapeProperty(':,')).toBe('%3A%2C');
  });

  it('drops columns on multi-line spans', () => {
    expect(
      formatCommand({
        level: 'notice',
        file: 'a',
        title: 't',
        message: 'm',
        line: 1,
        endLine: 3,
        column: 2,
        endColumn: 4,
      }),
    ).toBe('::notice file=a,line=1,endLine=3,title=t::m');
  });

  it('keeps GitHub limits per level, worst first, and says how many more there are', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('error', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding('warning', 100 + i)),
    ];
    const plan = planAnnotations(findings);
    expect(plan.commands.filter((c) => c.startsWith('::error'))).toHaveLength(10);
    expect(plan.commands.filter((c) => c.startsWith('::warning'))).toHaveLength(3);
    expect(plan.notShown).toBe(2);
    const last = parseCommand(plan.commands.at(-1) ?? '');
    expect(last.message).toContain('2 more finding(s) are not annotated');
  });

  it('adds parse problems as notices', () => {
    const plan = planAnnotations(
      [],
      [
        {
          file: 'x.yml',
          message: 'YAML syntax error: bad',
          span: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 },
        },
      ],
    );
    expect(plan.commands).toEqual([
      '::notice file=x.yml,line=2,endLine=2,title=ses-credential-hygiene%3A file not fully scanned::YAML syntax error: bad',
    ]);
  });

  it('gives each rule an annotation before any rule gets a second', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('error', i + 1, 'root-credentials')),
      ...Array.from({ length: 12 }, (_, i) => finding('error', 20 + i, 'hardcoded-access-key')),
      finding('error', 50, 'secret-key-as-smtp-password'),
    ];
    const errors = planAnnotations(findings)
      .commands.map(parseCommand)
      .filter((command) => command.command === 'error');
    expect(errors).toHaveLength(10);
    expect(
      errors.filter((command) => command.properties.title?.startsWith('secret-key-as-smtp-password')),
    ).toHaveLength(1);
    expect(errors.map((command) => command.properties.line).slice(0, 3)).toEqual(['1', '2', '3']);
  });

  it('says how many more there are in a notice of its own, never appended to a finding', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding('error', i + 1));
    const commands = planAnnotations(findings).commands.map(parseCommand);
    for (const command of commands.filter((c) => c.command === 'error')) expect(command.message).toMatch(/^m\d+$/);
    const note = commands.at(-1);
    expect(note?.command).toBe('notice');
    expect(note?.properties.file).toBeUndefined();
    expect(note?.message).toContain('2 more finding(s) are not annotated');
  });

  it('keeps the notice limit with the note counted in it', () => {
    const findings = Array.from({ length: 10 }, (_, i) => finding('notice', i + 1));
    const problem = { file: 'x.yml', message: 'YAML syntax error: bad' };
    const plan = planAnnotations(findings, [problem]);
    expect(plan.commands.filter((c) => c.startsWith('::notice'))).toHaveLength(10);
    expect(parseCommand(plan.commands.at(-1) ?? '').message).toContain(
      '1 more finding(s) and 1 more file problem(s) are not annotated',
    );
  });

  it('keeps error slots free for the failure reason printed before the annotations', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding('error', i + 1));
    const plan = planAnnotations(findings, [], { reservedErrors: 1 });
    expect(plan.commands.filter((c) => c.startsWith('::error'))).toHaveLength(9);
    expect(plan.notShown).toBe(3);
  });
});
