import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { rules } from '../../src/rules/index.js';
import { scanTexts } from '../../src/scan/scan.js';
import { outsideFactsRules } from '../helpers/rule-cases.js';

beforeAll(loadHcl);

interface Example {
  label: 'Before' | 'After';
  path: string;
  text: string;
}

/**
 * The examples of a rule's page: each fenced block right after a line that starts `Before:` or `After:`.
 * A block's first line names the path it is scanned as, as rule cases do: `# scanned-as: infra/main.tf`.
 */
export function examplesOf(page: string): Example[] {
  const examples: Example[] = [];
  const lines = page.split('\n');
  for (let at = 0; at < lines.length; at++) {
    const label = /^(Before|After):/.exec(lines[at] ?? '')?.[1];
    if (label !== 'Before' && label !== 'After') continue;
    if (!/^```/.test(lines[at + 1] ?? '')) continue;
    const end = lines.findIndex((line, index) => index > at + 1 && /^```\s*$/.test(line));
    const text = `${lines.slice(at + 2, end).join('\n')}\n`;
    const path = /^#\s*scanned-as:\s*(\S+)/.exec(text)?.[1] ?? '';
    examples.push({ label, path, text });
    at = end;
  }
  return examples;
}

/** Executable docs, as actionlint checks its own: every Before example fires its rule, every After example does not. */
describe.each(rules.map((rule) => rule.meta.id).filter((id) => !outsideFactsRules.has(id)))(
  'docs/rules/%s.md',
  (id) => {
    const examples = examplesOf(readFileSync(`docs/rules/${id}.md`, 'utf8'));

    it('has a Before example, and names the path of every example', () => {
      expect(examples.filter((example) => example.label === 'Before').length).toBeGreaterThan(0);
      for (const example of examples) expect(example.path).not.toBe('');
    });

    it.each(examples.map((example, index) => [`${example.label} #${index + 1}`, example] as const))(
      '%s does what the page says',
      (_name, example) => {
        const fired = scanTexts([{ path: example.path, text: example.text }]).findings.filter(
          (finding) => finding.ruleId === id,
        );
        if (example.label === 'Before') expect(fired.length).toBeGreaterThan(0);
        else expect(fired).toEqual([]);
      },
    );
  },
);
