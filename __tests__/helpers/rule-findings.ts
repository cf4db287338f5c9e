import { defaultConfig } from '../../src/config/config.js';
import type { RepositoryContext } from '../../src/model/repository.js';
import type { RuleMeta } from '../../src/rules/types.js';
import { rules } from '../../src/rules/index.js';
import { parseText } from '../../src/scan/parse-files.js';
import { analyze } from '../../src/scan/scan.js';
import type { Finding, Fix } from '../../src/model/findings.js';
import { scanFiles, workflow, type Files } from './scan.js';

/** What a rule tells the user of one finding: where, what, and which credential. */
export interface Told {
  at: string;
  message: string;
  credential: { name: string; kind?: string | undefined; root?: boolean } | undefined;
}

/** The findings of `ruleId` in `files`, as the user reads them. */
export function told(ruleId: string, files: Files | string): Told[] {
  return ofRule(ruleId, scanFiles(files).findings);
}

function ofRule(ruleId: string, findings: readonly Finding[]): Told[] {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => ({
      at: `${finding.file}:${finding.span.startLine}:${finding.span.startColumn}`,
      message: finding.message,
      credential: finding.credential,
    }));
}

/** The fingerprint seeds of `ruleId`'s findings: what identifies each finding, wherever it moves. */
export function identities(ruleId: string, files: Files | string): string[] {
  return scanFiles(files)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.fingerprintSeed);
}

/** The fixes `ruleId` offers, one per finding (undefined where it offers none). */
export function fixesOf(ruleId: string, files: Files | string): (Fix | undefined)[] {
  return scanFiles(files)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.fix);
}

/** The findings of `ruleId` in one workflow, given facts from outside the files (checked values, STS, defined secrets). */
export function toldWith(ruleId: string, text: string, context: RepositoryContext): Told[] {
  const config = defaultConfig();
  const parsed = [parseText('.github/workflows/ci.yml', text, config)];
  return ofRule(ruleId, analyze(parsed, config, [], '.', () => context).findings);
}

/** The registered rule's metadata. */
export function metaOf(ruleId: string): RuleMeta | undefined {
  return rules.find((rule) => rule.meta.id === ruleId)?.meta;
}

/** A workflow that sends mail through `host` with the given user name and password, each as written. */
export function sendMail(host: string, username: string, password: string): string {
  return workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: ${host}
          username: ${username}
          password: ${password}
`);
}
