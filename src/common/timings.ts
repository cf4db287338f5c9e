// Node's global `performance`, not `node:perf_hooks`: the global loads its code when first asked for the time,
// which only a scan with timings on does; the import would load it in every run (2–3 ms of a cold start on Node 24).
/**
 * Time per pipeline stage, for the benchmark: with SES_CREDENTIAL_HYGIENE_TIMINGS=1 the CLI prints one JSON
 * line of stage → milliseconds on stderr. Stages nest, and each counts only its own time (a stage inside
 * another pauses the outer one), so the stages add up to the scan. Off, `timed` is one branch and a call.
 */
export const timingsEnabled = process.env.SES_CREDENTIAL_HYGIENE_TIMINGS === '1';

const totals = new Map<string, number>();
const open: Array<{ stage: string; since: number }> = [];

function enter(stage: string): void {
  const now = performance.now();
  const outer = open.at(-1);
  if (outer) add(outer.stage, now - outer.since);
  open.push({ stage, since: now });
}

function leave(): void {
  const now = performance.now();
  const closed = open.pop();
  if (closed) add(closed.stage, now - closed.since);
  const outer = open.at(-1);
  if (outer) outer.since = now;
}

function add(stage: string, ms: number): void {
  totals.set(stage, (totals.get(stage) ?? 0) + ms);
}

const workerTotals = new Map<string, number>();

/**
 * Stages a parse worker timed beside the main thread: reported as `worker <stage>`, outside the total,
 * summed over the workers of a run (the CLI scans several paths one after the other).
 */
export function addWorkerTimings(report: Record<string, number>): void {
  for (const [stage, ms] of Object.entries(report)) {
    if (stage === 'untimed') continue;
    const name = `worker ${stage}`;
    workerTotals.set(name, (workerTotals.get(name) ?? 0) + ms);
  }
}

const counts = new Map<string, number>();

/** Adds to a count reported beside the stages (the cache's hits and misses): a number of files, not milliseconds. */
export function countInTimings(name: string, n: number): void {
  if (timingsEnabled) counts.set(name, (counts.get(name) ?? 0) + n);
}

/** Runs `work` as part of `stage`. */
export function timed<T>(stage: string, work: () => T): T {
  if (!timingsEnabled) return work();
  enter(stage);
  try {
    return work();
  } finally {
    leave();
  }
}

/** The same for asynchronous work: the stage lasts until it settles. The scan awaits one step at a time. */
export async function timedAsync<T>(stage: string, work: () => Promise<T>): Promise<T> {
  if (!timingsEnabled) return work();
  enter(stage);
  try {
    return await work();
  } finally {
    leave();
  }
}

/**
 * Gives `stage` the time since the process started that no stage has counted yet: the gaps between
 * stages at the top level of the scan, marked with one line at each boundary.
 */
export function lap(stage: string): void {
  if (!timingsEnabled || open.length > 0) return;
  let counted = 0;
  for (const ms of totals.values()) counted += ms;
  add(stage, performance.now() - counted);
}

/** The stage an adapter's parse counts under: the YAML formats, Terraform, or the rest. */
export function parseStage(adapterId: string): string {
  if (adapterId === 'terraform') return 'hcl parse';
  if (adapterId === 'dotenv') return 'other parse';
  return 'yaml parse';
}

/**
 * Stage → milliseconds (rounded to 0.1); `untimed` is the rest since the process started (Node's start,
 * loading the bundle, reading the config), `total` the whole.
 */
export function timingsReport(): Record<string, number> {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const total = performance.now();
  const report: Record<string, number> = {};
  let timedSum = 0;
  for (const [stage, ms] of totals) {
    report[stage] = round(ms);
    timedSum += ms;
  }
  report.untimed = round(total - timedSum);
  report.total = round(total);
  for (const [stage, ms] of workerTotals) report[stage] = round(ms);
  for (const [name, n] of counts) report[name] = n;
  return report;
}

/** Writes the report as one JSON line when timings are on. */
export function printTimings(write: (text: string) => void = (text) => process.stderr.write(text)): void {
  if (timingsEnabled) write(`${JSON.stringify(timingsReport())}\n`);
}
