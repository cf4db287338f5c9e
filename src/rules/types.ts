import type { CredentialKind } from '../model/kinds.js';
import { ruleDocUrl } from './doc-links.js';
import type { Fix, Severity } from '../model/findings.js';
import type { Span } from '../model/references.js';
import type { ScanModel } from '../model/scan-model.js';

export type RulePrecision = 'very-high' | 'high' | 'medium' | 'low';

export interface RuleMeta {
  /** Public contract: users write it in ignores and config files. */
  id: string;
  title: string;
  defaultSeverity: Severity;
  /** CVSS-like 0–10 score for GitHub code scanning (`security-severity`). */
  securitySeverity: number;
  /**
   * How often a finding is right, for SARIF: `medium` when it rests on a credential's name (a heuristic),
   * `high` when it rests on a value's shape or on facts the IaC states.
   */
  precision: RulePrecision;
  /** A finding means a credential of one kind went where another kind belongs (drawn red in the summary's flows). */
  wrongKind?: true;
  /** One paragraph: why it matters and how to fix it. The full page is docs/rules/<id>.md. */
  help: string;
  tags: string[];
}

/** What a rule reports; the engine adds the rule id, severity and fingerprint. */
export interface RuleFinding {
  file: string;
  span: Span;
  message: string;
  credential?: { name: string; kind?: CredentialKind | undefined; root?: boolean };
  /** Identifies what was found (not where) for fingerprints and de-duplication. */
  key: string;
  /** Overrides the rule's default for this finding (a config setting still wins). */
  severity?: Severity;
  /** The change that removes the finding, where it is mechanical; the engine drops one it cannot trust. */
  fix?: Fix | undefined;
}

/**
 * What a rule may know besides the model: the text of each scanned file that has anything in it (by
 * its path from the root), so a fix can quote the text it replaces. Given to the rule, never read by it.
 */
export interface RuleContext {
  texts: ReadonlyMap<string, string>;
}

export const noTexts: RuleContext = { texts: new Map() };

export interface Rule {
  meta: RuleMeta;
  check: (model: ScanModel, context: RuleContext) => RuleFinding[];
}

/** The rule's page, for the repository and ref this run of the action came from (see rules/doc-links.ts). */
export function helpUri(id: string): string {
  return ruleDocUrl(id, process.env);
}
