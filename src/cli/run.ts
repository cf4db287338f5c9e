import { join, relative } from 'node:path';
import { threadChoiceFrom } from '../scan/parse-worker.js';
import { parseCommandLine, UsageError, type CliOptions } from './options.js';
import { globCheck } from '../scan/glob-check.js';
import { mergeResults } from './merge.js';
import { explainRule, listRules } from './rule-docs.js';
import { scanTargets, type ScanTarget } from './targets.js';
import { parseSeverityThreshold, type Config } from '../config/config.js';
import { loadConfig, withGlobs } from '../config/load.js';
import { scrubCredentials } from '../credentials/values.js';
import { errorText } from '../credentials/error-text.js';
import { decideVerdict } from '../report/exit-decision.js';
import { failureLine } from '../report/verdict-wording.js';
import type { ScanResult } from '../model/results.js';
import { planAnnotations } from '../report/annotations.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { safeWriteFile } from '../discovery/safe-write.js';
import { renderCompactText, renderText, type TextOptions } from '../report/text.js';
import { scan } from '../scan/scan.js';
import { readBaseline, writeBaseline } from '../suppressions/baseline.js';
import { toolName, toolVersion } from '../common/version.js';
import { lap } from '../common/timings.js';
import { planFixes, unifiedDiff } from '../scan/fix-plan.js';
import { applyFixPlan } from '../scan/fix-apply.js';
import { replaceControls, stripControl } from '../common/control.js';
import { inertJson, inertText } from '../output/log.js';

const usage = `Usage: ${toolName} [PATH ...] [options]

Scans workflows, composite actions and IaC (Terraform, CloudFormation/SAM, Serverless, Kubernetes,
docker-compose, .env) for SES credential mistakes. Each PATH (default: .) is a folder, scanned whole, or
a file, scanned as if in its repository (the nearest folder above it with .git or .github/).

Options:
  -f, --format text|compact|json|sarif|github
                                    output format (default: text, grouped by file with what to do;
                                    compact: one line per finding, file:line:col, for editors and grep)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is this severe or worse (default: error)
  -c, --config FILE                 config file (default: .github/ses-credential-hygiene.yml at the
                                    repository root, if present)
  --include GLOB, --exclude GLOB    limit the files scanned (repeatable; picomatch globs)
  -o, --output FILE                 write the report to FILE (folders are created) instead of standard output
  --show-fingerprints               print each finding's fingerprint (text and compact), as in a baseline
  --strict                          also exit 1 when a file could not be read, or nothing was scanned
  --baseline FILE                   findings in this baseline are reported as suppressed, never failing
  --write-baseline FILE             write the current findings as a baseline and exit 0
  --cache DIR                       keep each file's parse result in DIR (created, outside the scanned
                                    folder); a later scan parses only files whose bytes changed, and says
                                    how many came from the cache
  --fix                             apply the findings' mechanical fixes in place (never suggestions),
                                    print each file changed and why, then scan again and report the rest
  --dry-run                         with --fix: print the fixes as a unified diff and change nothing
  --list-rules                      list the rules: id, default severity, title
  --explain RULE                    print a rule's documentation
  --no-color                        plain text even on a terminal (also NO_COLOR; FORCE_COLOR forces colour)
  -h, --help                        show this help
  -v, --version                     show the version

Exit status: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad usage or an error.
`;

const formats = ['text', 'compact', 'json', 'sarif', 'github'] as const;
type Format = (typeof formats)[number];

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  /** The environment, for NO_COLOR and FORCE_COLOR. */
  env?: Readonly<Record<string, string | undefined>>;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true,
  env: process.env,
};

/** Colour on a terminal; NO_COLOR and --no-color turn it off, FORCE_COLOR on (never into a file). */
function wantsColour(options: CliOptions, io: CliIo): boolean {
  if (options.noColor || options.output) return false;
  const env = io.env ?? {};
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return io.isTty;
}

/** Scans every target with its repository's config; one result, paths from the working folder when there are several. */
async function scanAll(
  options: CliOptions,
  targets: readonly ScanTarget[],
  baseline: ReadonlySet<string> | undefined,
  tell: (line: string) => void,
  /** Collects the --include and --exclude globs that matched no file of a folder target, from each scan's walk. */
  unmatchedGlobs: string[] = [],
  /** Shown each target's own result and the texts it was scanned from (for --fix), before any merge. */
  eachTarget?: (target: ScanTarget, result: ScanResult, texts: ReadonlyMap<string, string>) => void,
): Promise<ScanResult> {
  // A config named on the command line is the same file for every target: read and checked once.
  let explicit: Promise<Config> | undefined;
  const configFor = (root: string) =>
    options.config === undefined ? loadConfig(root) : (explicit ??= loadConfig(root, options.config));
  const parts: Array<{ result: ScanResult; place: string }> = [];
  for (const target of targets) {
    const config = withGlobs(await configFor(target.root), options.include, options.exclude);
    const globs = target.files ? undefined : globCheck(options.include, options.exclude);
    let texts: ReadonlyMap<string, string> = new Map();
    const result = await scan({
      texts: (scanned) => {
        texts = scanned;
      },
      ...(globs?.watch ? { watch: globs.watch } : {}),
      root: target.root,
      config,
      ...(target.files ? { only: target.files } : {}),
      ...(baseline ? { suppressions: { baseline } } : {}),
      threads: threadChoiceFrom(process.env.SES_CREDENTIAL_HYGIENE_THREADS),
      ...(options.cache ? { cache: { dir: options.cache, tell: (note) => tell(`${toolName}: cache: ${note}`) } } : {}),
    });
    unmatchedGlobs.push(...(globs?.unmatched() ?? []));
    eachTarget?.(target, result, texts);
    parts.push({ result, place: relative(process.cwd(), target.root).split('\\').join('/') });
  }
  // One folder keeps its paths relative to itself, as they always were.
  const [single] = parts;
  if (single && parts.length === 1 && !targets[0]?.files) return single.result;
  return mergeResults(parts, process.cwd());
}

/** Warnings for a scan that probably did not do what was asked; under --strict they fail the run. */
function scanWarnings(unmatchedGlobs: readonly string[], result: ScanResult): string[] {
  const warnings = unmatchedGlobs.map((flag) => `${flag} matches no file that could be scanned`);
  if (result.files === 0) warnings.push('no file was scanned: no path given holds a workflow, action or IaC file');
  return warnings;
}

/**
 * Writes a line to standard error. Messages quote what was typed (a flag's value, a glob, a path), and a
 * key pasted there by mistake is redacted: the terminal's scrollback and CI logs keep what is printed.
 * They may quote the checkout too (a config's keys, a file's name): no control character but the line
 * breaks of a multi-line message reaches the terminal, and no runner command is live.
 */
function errorLine(io: CliIo): (line: string) => void {
  return (line) => io.stderr(`${inertText(replaceControls(scrubCredentials(line)))}\n`);
}

/**
 * The report as written to standard output, which a runner reads for commands when the CLI runs in a
 * workflow: checkout text (a file name, a line of --dry-run's diff) starts none. `github` is commands.
 */
function forStdout(report: string, format: Format | 'diff'): string {
  if (format === 'github') return report;
  return format === 'json' || format === 'sarif' ? inertJson(report) : inertText(report);
}

/** Runs the CLI and returns its exit status. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const tell = errorLine(io);
  try {
    const options = parseCommandLine(argv);
    if (options.help) {
      io.stdout(usage);
      return 0;
    }
    if (options.version) {
      io.stdout(`${toolVersion}\n`);
      return 0;
    }
    if (options.listRules) {
      io.stdout(listRules());
      return 0;
    }
    if (options.explain !== undefined) {
      io.stdout(explainRule(options.explain));
      return 0;
    }
    const format = options.format ?? 'text';
    if (!isFormat(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}"`);
    const failOn = parseSeverityThreshold(options.failOn ?? 'error');
    if (!failOn) throw new UsageError(`--fail-on must be error, warning, notice or never, not "${options.failOn}"`);
    const targets = scanTargets(options.paths);
    if (options.fix && options.writeBaseline) throw new UsageError('--fix and --write-baseline do not go together');
    if (options.writeBaseline) {
      const scanned = await scanAll(options, targets, undefined, tell);
      await writeBaseline(options.writeBaseline, scanned);
      tell(`${toolName}: wrote ${scanned.findings.length} finding(s) to the baseline ${options.writeBaseline}`);
      return 0;
    }
    const baseline = options.baseline ? await readBaseline(options.baseline) : undefined;
    if (options.dryRun && !options.fix) throw new UsageError('--dry-run goes with --fix');
    if (options.fix) {
      const fixed = await fixAll(options, targets, baseline, tell);
      if (options.dryRun) {
        io.stdout(forStdout(fixed.diff, 'diff'));
        return 0;
      }
    }
    const unmatchedGlobs: string[] = [];
    const result = await scanAll(options, targets, baseline, tell, unmatchedGlobs);
    lap('suppress and inventory');
    const warnings = scanWarnings(unmatchedGlobs, result);
    for (const warning of warnings) tell(`${toolName}: warning: ${warning}`);
    const report = render(result, format, {
      colour: wantsColour(options, io),
      fingerprints: options.showFingerprints,
    });
    lap('report');
    // No-follow and folders created: a link in the checkout cannot lead the report elsewhere.
    if (options.output) safeWriteFile(options.output, report);
    else io.stdout(forStdout(report, format));
    const verdict = decideVerdict(result, { failOn, strict: options.strict, scanWarnings: warnings.length });
    if (!verdict.failed) return 0;
    tell(failureLine(verdict));
    return 1;
  } catch (error) {
    // Usage mistakes, config and baseline errors alike: one line (or the config's list), never a stack or the whole help.
    tell(`${toolName}: ${errorText(error)}`);
    return 2;
  }
}

/**
 * Scans each target and applies its findings' fixes (or, with --dry-run, only collects their diff).
 * Every line about a file goes to standard error: standard output keeps the report of the scan after.
 */
async function fixAll(
  options: CliOptions,
  targets: readonly ScanTarget[],
  baseline: ReadonlySet<string> | undefined,
  tell: (line: string) => void,
): Promise<{ diff: string }> {
  const plans: Array<{ target: ScanTarget; result: ScanResult; texts: ReadonlyMap<string, string> }> = [];
  await scanAll(
    options,
    targets,
    baseline,
    () => undefined,
    [],
    (target, result, texts) => plans.push({ target, result, texts }),
  );
  let diff = '';
  let changed = 0;
  const single = targets.length === 1 && !targets[0]?.files;
  for (const { target, result, texts } of plans) {
    // The diff masks the literals of suppressed findings too: suppressed is not less secret.
    const plan = planFixes(result.findings, texts, [...result.findings, ...result.suppressed]);
    // One folder keeps its paths relative to itself, as its report does; several are placed from here.
    // Names and reasons come from the checkout: printed without control characters (the diff's own too).
    const place = (file: string) =>
      stripControl(single ? file : relative(process.cwd(), join(target.root, file)).split('\\').join('/'));
    if (options.dryRun) {
      for (const file of plan.files) diff += unifiedDiff({ ...file, file: place(file.file) });
      for (const refused of plan.refused)
        tell(`${toolName}: would not fix ${place(refused.file)}: ${stripControl(refused.reason)}`);
      changed += plan.files.length;
      continue;
    }
    const outcome = applyFixPlan(target.root, plan);
    for (const file of outcome.written)
      tell(`${toolName}: fixed ${place(file.file)}: ${stripControl(file.reasons.join('; '))}`);
    for (const refused of outcome.refused)
      tell(`${toolName}: did not fix ${place(refused.file)}: ${stripControl(refused.reason)}`);
    changed += outcome.written.length;
  }
  tell(
    options.dryRun
      ? `${toolName}: --dry-run: ${changed} file(s) would change; nothing was written`
      : `${toolName}: fixed ${changed} file(s); the findings that remain follow`,
  );
  return { diff };
}

function render(result: ScanResult, format: Format, options: TextOptions): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result);
    case 'github': {
      const plan = planAnnotations(result.findings, result.problems);
      return plan.commands.map((command) => `${command}\n`).join('');
    }
    case 'text':
      return renderText(result, options);
    case 'compact':
      return renderCompactText(result, options);
  }
}
