import type { Fix as SarifFix, Log, ReportingDescriptor, Result } from 'sarif';
import { countBySeverity, type Finding, type Severity } from '../model/findings.js';
import type { ScanResult } from '../model/results.js';
import { rules } from '../rules/index.js';
import { helpUri } from '../rules/types.js';
import { toolInformationUri, toolName, toolVersion } from '../common/version.js';
import { capResults, leftOutNotice, maxSarifResults } from './sarif-cap.js';
import { editsByFile, findingFix } from './fixes.js';

const levels: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

export const fingerprintKey = 'sesCredentialHygiene/v1';

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase());
}

/** Every rule, fired or not, so code scanning can show what was checked. */
function ruleDescriptors(): ReportingDescriptor[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.help },
    help: {
      text: `${meta.help}\n\nDocumentation: ${helpUri(meta.id)}`,
      markdown: `${meta.help}\n\n[Documentation](${helpUri(meta.id)})`,
    },
    helpUri: helpUri(meta.id),
    defaultConfiguration: { level: levels[meta.defaultSeverity] },
    properties: {
      // Code scanning files a rule under "security" only with this tag; every rule here carries a security-severity.
      tags: meta.tags.includes('security') ? meta.tags : ['security', ...meta.tags],
      precision: meta.precision,
      'security-severity': meta.securitySeverity.toFixed(1),
    },
  }));
}

export function artifactUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The finding's fix as SARIF's `fixes`: one artifact change per file, one replacement per edit (SARIF's
 * regions take the same 1-based lines and end-exclusive UTF-16 columns as the model's spans). A fix that
 * would disclose a credential is left out (see `publishableFix`).
 */
function sarifFixes(finding: Finding): SarifFix[] | undefined {
  const fix = findingFix(finding);
  if (!fix) return undefined;
  return [
    {
      description: { text: fix.description },
      artifactChanges: [...editsByFile(fix.edits)].map(([file, edits]) => ({
        artifactLocation: { uri: artifactUri(file), uriBaseId: '%SRCROOT%' },
        replacements: edits.map((edit) => ({
          deletedRegion: {
            startLine: edit.span.startLine,
            startColumn: edit.span.startColumn,
            endLine: edit.span.endLine,
            endColumn: edit.span.endColumn,
          },
          insertedContent: { text: edit.replacement },
        })),
      })),
      ...(fix.suggestionOnly ? { properties: { suggestionOnly: true } } : {}),
    },
  ];
}

const justifications: Record<NonNullable<Finding['suppressed']>, string> = {
  inline: 'an inline ignore comment',
  config: 'ignored by the configuration',
  baseline: 'in the baseline',
};

export interface SarifOptions {
  /** At most this many results (code scanning's limit by default). */
  limit?: number;
  /** On pull requests: whether the pull request itself added a suppression; undefined when unknown. */
  addedByPullRequest?: (finding: Finding) => boolean | undefined;
}

function toResult(finding: Finding, fingerprint: string, options: SarifOptions): Result {
  const ruleIndex = rules.findIndex((rule) => rule.meta.id === finding.ruleId);
  const result: Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levels[finding.severity],
    message: { text: finding.message },
    // Findings on the repository's secrets have no file; SARIF allows a result without locations.
    locations: finding.file
      ? [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(finding.file), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: finding.span.startLine,
                startColumn: finding.span.startColumn,
                endLine: finding.span.endLine,
                endColumn: finding.span.endColumn,
              },
            },
          },
        ]
      : [],
    partialFingerprints: { [fingerprintKey]: fingerprint },
  };
  const fixes = sarifFixes(finding);
  if (fixes) result.fixes = fixes;
  const properties = {
    ...(finding.credential
      ? {
          credentialName: finding.credential.name,
          ...(finding.credential.kind ? { credentialKind: finding.credential.kind } : {}),
        }
      : {}),
    ...(finding.outsideDiff ? { outsideDiff: true } : {}),
  };
  if (Object.keys(properties).length > 0) result.properties = properties;
  if (finding.suppressed) {
    const added = options.addedByPullRequest?.(finding);
    result.suppressions = [
      {
        kind: finding.suppressed === 'inline' ? 'inSource' : 'external',
        justification: justifications[finding.suppressed],
        properties: { source: finding.suppressed, ...(added !== undefined ? { addedByPullRequest: added } : {}) },
      },
    ];
  }
  return result;
}

/** Complete counts, for when the results had to be capped. */
function completeCounts(all: readonly Finding[], leftOut: number) {
  const counts = countBySeverity(all.filter((finding) => !finding.suppressed));
  return {
    results: all.length,
    resultsLeftOut: leftOut,
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
    suppressed: all.filter((finding) => finding.suppressed).length,
  };
}

export function toSarif(result: ScanResult, options: SarifOptions = {}): Log {
  const limit = options.limit ?? maxSarifResults;
  const all = [...result.findings, ...result.suppressed];
  const { kept, leftOut } = capResults(all, limit);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: toolInformationUri,
            rules: ruleDescriptors(),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The scanned repository root' } } },
        results: kept.map((finding) => toResult(finding, finding.fingerprint ?? '', options)),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...(leftOut > 0 ? [leftOutNotice(leftOut, all.length, limit)] : []),
              ...result.problems.map((problem) => ({
                level: 'note' as const,
                message: { text: problem.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: artifactUri(problem.file), uriBaseId: '%SRCROOT%' },
                      ...(problem.span
                        ? { region: { startLine: problem.span.startLine, startColumn: problem.span.startColumn } }
                        : {}),
                    },
                  },
                ],
              })),
            ],
          },
        ],
        columnKind: 'utf16CodeUnits',
        ...(leftOut > 0 ? { properties: completeCounts(all, leftOut) } : {}),
      },
    ],
  };
}

export function renderSarif(result: ScanResult, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}
