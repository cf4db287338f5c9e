import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, parseSeverityThreshold } from './config/config.js';
import { loadConfig, withGlobs } from './config/load.js';
import { errorText } from './errors.js';
import { exitDecision } from './exit-decision.js';
import { planAnnotations } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { scan } from './scan.js';
import { BaselineError, readBaseline, writeBaseline } from './suppressions/baseline.js';
import { toolName, toolVersion } from './version.js';
import { lap } from './timings.js';

const usage = `Usage: ${toolName} [PATH] [options]

Scans workflows, composite actions and IaC (Terraform, CloudFormation/SAM, Serverless, Kubernetes,
docker-compose, .env) under PATH (default: .) for SES credential mistakes.

Options:
  --format text|json|sarif|github   output format (default: text)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is this severe or worse (default: error)
  --config FILE                     config file (default: PATH/.github/ses-credential-hygiene.yml if present)
  --include GLOB, --exclude GLOB    limit the files scanned (repeatable)
  --output FILE                     write the report to FILE instead of standard output
  --strict                          also exit 1 when a file could not be read or parsed
  --baseline FILE                   findings in this baseline are reported as suppressed, never failing
  --write-baseline FILE             write the current findings as a baseline and exit 0
  --no-color                        plain text even on a terminal
  -h, --help                        show this help
  -v, --version                     show the version

Exit status: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad usage or an error.
`;

const formats = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof formats)[number];

class UsageError extends Error {}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true,
};

/** Runs the CLI and returns its exit status. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const { values, positionals } = parseOptions(argv);
    if (values.help) {
      io.stdout(usage);
      return 0;
    }
    if (values.version) {
      io.stdout(`${toolVersion}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`expected at most one PATH, got ${positionals.length}`);
    const format = (values.format ?? 'text') as Format;
    if (!formats.includes(format))
      throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`);
    const failOn = parseSeverityThreshold(values['fail-on'] ?? 'error');
    if (!failOn) throw new UsageError(`--fail-on must be error, warning, notice or never, not "${values['fail-on']}"`);
    const root = positionals[0] ?? '.';
    const config = withGlobs(await loadConfig(root, values.config), values.include ?? [], values.exclude ?? []);
    if (values['write-baseline']) {
      const scanned = await scan({ root, config });
      await writeBaseline(values['write-baseline'], scanned);
      io.stderr(
        `${toolName}: wrote ${scanned.findings.length} finding(s) to the baseline ${values['write-baseline']}\n`,
      );
      return 0;
    }
    const baseline = values.baseline ? await readBaseline(values.baseline) : undefined;
    const result = await scan({ root, config, ...(baseline ? { suppressions: { baseline } } : {}) });
    lap('suppress and inventory');
    const report = render(result, format, {
      colour: io.isTty && !values['no-color'] && !values.output && !process.env.NO_COLOR,
    });
    lap('report');
    if (values.output) await writeFile(values.output, report);
    else io.stdout(report);
    const decision = exitDecision(result, { failOn, strict: values.strict === true });
    if (!decision.fail) return 0;
    io.stderr(`${decision.reason}\n`);
    return 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${toolName}: ${errorText(error)}\n\n${usage}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof BaselineError) {
      io.stderr(`${toolName}: ${errorText(error)}\n`);
      return 2;
    }
    io.stderr(`${toolName}: ${errorText(error)}\n`);
    return 2;
  }
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
        'no-color': { type: 'boolean' },
        strict: { type: 'boolean' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function render(result: Awaited<ReturnType<typeof scan>>, format: Format, options: { colour: boolean }): string {
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
  }
}
