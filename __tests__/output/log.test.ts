import { describe, expect, it } from '@jest/globals';
import { capLines, createLogWriter, escapeCommands, groupTitle } from '../../src/output/log.js';
import { forgetSecrets, rememberSecret } from '../../src/credentials/redact.js';
import { runnerCommands } from '../hostile/runner-commands.js';

const hostile = [
  'a/##[set-output name=pwned;]x/.env',
  '##[add-mask]AKIA',
  '##[notice title=x]No findings',
  '##[stop-commands]abc',
  '##[add-matcher]/tmp/evil.json',
  '::error::forged',
  '   ::warning file=x::indented',
  '\u00a0::notice::after a no-break space',
  'one\r::set-output name=cr::after a carriage return',
  'two\r\n##[group]crlf',
  '###[debug]three hashes',
  'text ##[error]in the middle',
  '::STOP-COMMANDS::upper',
];

function captured() {
  let out = '';
  return { write: (chunk: string) => (out += chunk), text: () => out };
}

describe('escapeCommands', () => {
  it.each(hostile)('leaves no command the runner would run in %j', (text) => {
    expect(runnerCommands(escapeCommands(text))).toEqual([]);
  });

  it('the hostile lines are commands before escaping', () => {
    expect(hostile.filter((text) => runnerCommands(text).length === 0)).toEqual([]);
  });

  it('keeps ordinary text as it is', () => {
    expect(escapeCommands('a: b ## [x] c::d')).toBe('a: b ## [x] c::d');
    expect(escapeCommands('::error::x')).toBe('\\::error::x');
    expect(escapeCommands('a##[b')).toBe('a##\\[b');
  });
});

describe('groupTitle', () => {
  it.each(hostile)('makes a group title of %j that starts no command but the group', (text) => {
    // As core.startGroup writes it: `::group::` and the title, with only %, CR and LF escaped.
    const line = `::group::${groupTitle(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;
    expect(runnerCommands(line).map((c) => c.command)).toEqual(['group']);
  });

  it('scrubs credentials from the title and keeps plain names', () => {
    expect(groupTitle('infra/AKIAQWERTYUIOPASDFGH.tf (1 finding)')).toBe('infra/AKIA….tf (1 finding)');
    expect(groupTitle('.github/workflows/mail.yml (2 findings)')).toBe('.github/workflows/mail.yml (2 findings)');
  });
});

describe('createLogWriter', () => {
  it('wraps a block in stop-commands with a fresh token and resumes after it', () => {
    const sink = captured();
    const log = createLogWriter(sink.write, () => 'token-1');
    log.block(hostile.join('\n'));
    log.command('::error::real');
    expect(runnerCommands(sink.text()).map((c) => c.command)).toEqual(['stop-commands', 'token-1', 'error']);
    expect(sink.text().startsWith('::stop-commands::token-1\n')).toBe(true);
  });

  it('caps a block and says how many lines it left out', () => {
    expect(capLines('a\nb\nc', 2)).toBe(
      'a\nb\n… 1 more line(s) not printed; the SARIF file and the summary count all of them.',
    );
    expect(capLines('a\nb', 2)).toBe('a\nb');
  });

  it('scrubs remembered secrets and token shapes from every line', () => {
    const sink = captured();
    rememberSecret('hunter2-secret-value');
    try {
      const log = createLogWriter(sink.write);
      log.line(`token ghp_${'a1B2'.repeat(9)} and hunter2-secret-value`);
      expect(sink.text()).toBe('token ghp_… and ***\n');
    } finally {
      forgetSecrets();
    }
  });

  it('a line never contains a break the runner would read as a new line', () => {
    const sink = captured();
    createLogWriter(sink.write).line('a\r::error::b\u2028c');
    expect(runnerCommands(sink.text())).toEqual([]);
  });
});
