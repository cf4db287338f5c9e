import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocsBaseUrl } from '../rules/doc-links.js';
import { ruleIds, rules } from '../rules/index.js';
import { nearest } from '../common/did-you-mean.js';
import { UsageError } from './options.js';

/** `id  severity  title`, one rule a line, in the registry's order. */
export function listRules(): string {
  const width = Math.max(...ruleIds.map((id) => id.length));
  return rules
    .map(({ meta }) => `${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.title}\n`)
    .join('');
}

/**
 * Finds docs/rules/<id>.md: beside the bundle (the build copies the pages to dist/docs/rules/), else in
 * the nearest folder above the source that has them. The path is built at run time so ncc leaves it be.
 */
function docsPage(id: string): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'docs', 'rules', `${id}.md`);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The rule's documentation page; an unknown id is a usage error naming the nearest known one. */
export function explainRule(id: string): string {
  if (!ruleIds.includes(id)) {
    const close = nearest(id, ruleIds);
    throw new UsageError(`unknown rule ${id}${close ? `; did you mean ${close}?` : ''} (see --list-rules)`);
  }
  const page = docsPage(id);
  if (!page) throw new Error(`the documentation of ${id} is not installed beside the program`);
  return withAbsoluteLinks(readFileSync(page, 'utf8'), ruleDocsBaseUrl(process.env));
}

/**
 * A page's relative links (`../judgement.md`, `other-rule.md`) lead nowhere from a terminal: they are
 * given as addresses in the published documentation the rule links point at.
 */
export function withAbsoluteLinks(page: string, rulesBaseUrl: string): string {
  const docsBaseUrl = rulesBaseUrl.replace(/rules\/$/, '');
  return page.replace(
    /\]\((\.\.\/)?([A-Za-z0-9_-]+\.md(?:#[A-Za-z0-9_-]+)?)\)/g,
    (_, up: string | undefined, path: string) => (up ? `](${docsBaseUrl}${path})` : `](${rulesBaseUrl}${path})`),
  );
}
