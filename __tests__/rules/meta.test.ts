import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/rules/index.js';
import { helpUri } from '../../src/rules/types.js';
import { casesRoot, outsideFactsRules, readRuleCases } from '../helpers/rule-cases.js';

const infrastructure = new Set(['index.ts', 'types.ts', 'helpers.ts', 'doc-links.ts']);
const ruleFiles = readdirSync('src/rules').filter((file) => file.endsWith('.ts') && !infrastructure.has(file));

describe('rule registry', () => {
  it('registers every rule file once, under the id that names the file', () => {
    expect(rules.map((rule) => `${rule.meta.id}.ts`).sort()).toEqual([...ruleFiles].sort());
  });

  it('has unique kebab-case ids', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has a docs page for every rule and no page without a rule', () => {
    expect(readdirSync('docs/rules').sort()).toEqual(rules.map((rule) => `${rule.meta.id}.md`).sort());
  });

  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('has a docs page whose title and severity match its metadata', () => {
      const page = join('docs/rules', `${id}.md`);
      expect(existsSync(page)).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.split('\n')[0]).toBe(`# ${id}`);
      expect(text).toContain(`**${rule.meta.title}** · default severity: \`${rule.meta.defaultSeverity}\``);
      for (const section of ['## What it catches', '## Why it matters', '## How to fix', '## Example'])
        expect(text).toContain(section);
    });

    it('links its help to its docs page', () => {
      expect(helpUri(id)).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    });

    it('has help text, tags and a security severity in range', () => {
      expect(rule.meta.help.length).toBeGreaterThan(80);
      expect(rule.meta.tags.length).toBeGreaterThan(0);
      expect(rule.meta.securitySeverity).toBeGreaterThanOrEqual(0);
      expect(rule.meta.securitySeverity).toBeLessThanOrEqual(10);
    });

    it('is listed in the README rules table', () => {
      expect(readFileSync('README.md', 'utf8')).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
    });
  });

  describe('rule cases on disk', () => {
    const cases = readRuleCases();

    it.each(rules.map((rule) => rule.meta.id).filter((id) => !outsideFactsRules.has(id)))(
      `%s has a folder under ${casesRoot} with a firing case and a quiet case`,
      (id) => {
        const ruleCases = cases.get(id) ?? [];
        expect(ruleCases.filter((ruleCase) => !ruleCase.quiet).length).toBeGreaterThanOrEqual(1);
        expect(ruleCases.filter((ruleCase) => ruleCase.quiet).length).toBeGreaterThanOrEqual(1);
      },
    );

    it('has no case folder for a rule that is not registered, and leaves out only registered rules', () => {
      const ids = rules.map((rule) => rule.meta.id);
      for (const folder of cases.keys()) expect(ids).toContain(folder);
      for (const id of outsideFactsRules) expect(ids).toContain(id);
    });
  });
});
