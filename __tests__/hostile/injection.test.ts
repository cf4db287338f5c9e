import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { summarize } from '../helpers/summary.js';
import { renderText } from '../../src/report/text.js';
import { scan } from '../../src/scan/scan.js';
import type { ScanResult } from '../../src/model/results.js';

/** File names an attacker can commit: newlines, workflow-command syntax, escapes and terminal controls. */
const hostileNames = [
  'evil\n::error file=forged.yml::forged.env',
  'a::warning::b.env',
  '100%0A,title=x.env',
  'comma,line=1.env',
  'ansi\u001b[31mred\u001b]0;title\u0007.env',
  'pipe|cell<b>.env',
];
const key = `AKIA${'INJECTED'}${'Q2R3S4T5'}`;

let root: string;
let result: ScanResult;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sch-inject-'));
  mkdirSync(join(root, 'svc'));
  for (const name of hostileNames)
    writeFileSync(join(root, 'svc', name.replace(/^/, '.env.')), `AWS_ACCESS_KEY_ID=${key}\n`);
  result = await scan({ root });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The runner's decoding of a workflow command. */
function parseCommand(line: string) {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not one workflow command: ${JSON.stringify(line)}`);
  const unescape = (text: string) =>
    text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    (match[2] ?? '')
      .split(',')
      .map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]),
  );
  return { command: match[1], properties, message: unescape(match[3] ?? '') };
}

describe('output injection through file names', () => {
  it('scans every hostile file', () => {
    expect(new Set(result.findings.filter((f) => f.ruleId === 'hardcoded-access-key').map((f) => f.file))).toEqual(
      new Set(hostileNames.map((name) => `svc/.env.${name}`)),
    );
  });

  it('annotations: one command per line, and the runner decodes the real file name', () => {
    const commands = planAnnotations(result.findings).commands;
    const lines = commands.join('\n').split('\n');
    expect(lines).toHaveLength(commands.length);
    const files = lines
      .map(parseCommand)
      // A lone key ID is a warning; the file name must survive whatever the command.
      .filter((c) => c.command === 'warning')
      .map((c) => c.properties.file);
    expect(new Set(files)).toEqual(new Set(hostileNames.map((name) => `svc/.env.${name}`)));
  });

  it('summary: every finding is one table row with the right number of cells, and no raw HTML', () => {
    const links = { serverUrl: 'https://github.com', repository: 'o/r', sha: 'abc' };
    const summary = summarize(result, { failOn: 'error', notAnnotated: 0, links });
    const block = summary.slice(summary.indexOf('<code>hardcoded-access-key</code>'));
    const rows = block
      .slice(0, block.indexOf('</details>'))
      .split('\n')
      .filter((line) => line.startsWith('| 🟠 warning |'));
    expect(rows).toHaveLength(hostileNames.length);
    // Severity, location (a link whose URL has no raw space, parenthesis or pipe) and message.
    for (const row of rows) {
      expect(row.split(/(?<!\\)\|/).length).toBe(5);
      expect(/\]\((https:[^)\s|]*)\)/.exec(row)?.[1]).toMatch(/^https:\/\/github\.com\/o\/r\/blob\/abc\/svc\/\.env\./);
    }
    expect(summary).not.toContain('<b>');
    expect(summary).not.toContain('\u001b');
  });

  it('SARIF and JSON parse, and give back the real file names', () => {
    const sarif = JSON.parse(renderSarif(result));
    const uris = sarif.runs[0].results
      .filter((r: { ruleId: string }) => r.ruleId === 'hardcoded-access-key')
      .map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        decodeURIComponent(r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''),
      );
    expect(new Set(uris)).toEqual(new Set(hostileNames.map((name) => `svc/.env.${name}`)));
    const json = JSON.parse(renderJson(result));
    expect(
      new Set(
        json.findings
          .filter((f: { ruleId: string }) => f.ruleId === 'hardcoded-access-key')
          .map((f: { file: string }) => f.file),
      ),
    ).toEqual(new Set(hostileNames.map((name) => `svc/.env.${name}`)));
  });

  it('text: no control character reaches the terminal and each finding stays on one line', () => {
    const text = renderText(result, { colour: false });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text.split('\n').filter((line) => line.includes('hardcoded-access-key'))).toHaveLength(hostileNames.length);
  });
});
