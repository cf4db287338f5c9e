import type { CredentialKind } from '../model/kinds.js';
import { ruleDocUrl } from './doc-links.js';
import type { Severity } from '../model/findings.js';
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
}

export interface Rule {
  meta: RuleMeta;
  check: (model: ScanModel) => RuleFinding[];
}

/** The rule's page, for the repository and ref this run of the action came from (see rules/doc-links.ts). */
export function helpUri(id: string): string {
  return ruleDocUrl(id, process.env);
}
