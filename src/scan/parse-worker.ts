import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Candidate } from '../discovery/walk.js';
import { adapterFor } from '../formats/index.js';
import { readAndParse, type ParsedFile, type ParseSettings } from './parse-files.js';
import { errorText } from '../credentials/error-text.js';
import { toolVersion } from '../common/version.js';
import { workerYoungGenerationMb } from './young-generation.js';
import { addWorkerTimings, parseStage, timedAsync, timingsEnabled, timingsReport } from '../common/timings.js';

/**
 * A second thread for the YAML and JSON files while the main thread reads Terraform and dotenv files.
 * Split by format, not by file count, so each format's code is compiled and optimised on one thread
 * only (a pool that gave every thread a share of everything paid each warm-up twice). It pays only when
 * V8's own compiler and collector threads have cores of their own: on 2 cores they already keep the
 * second core half busy and the worker won nothing (scale 10: 2.38 s against 2.33 s on one thread); with
 * those threads switched off, as if they had their own cores, it took 2.54 s against 2.95 s.
 */
// The version in the role: a worker from another build's cli.js would send models of another shape.
const role = `ses-credential-hygiene ${toolVersion} parse worker`;

/** `auto`: a second thread when it pays; `always` and `never` are for tests and for measuring. */
export type ThreadChoice = 'auto' | 'always' | 'never';

/** The choice from `SES_CREDENTIAL_HYGIENE_THREADS` (set by whoever runs the scan, never by the checkout). */
export function threadChoiceFrom(value: string | undefined): ThreadChoice {
  return value === 'always' || value === 'never' ? value : 'auto';
}

/** Below this many YAML and JSON files, starting a thread (≈ 0.3 s to load the parsers) costs more than it saves. */
export const minimumOffloadedFiles = 400;

/** Cores for the main thread, the worker, and V8's background threads. */
export const minimumCores = 4;

interface WorkerInput {
  role: typeof role;
  candidates: Array<{ path: string; absolute: string | Uint8Array }>;
  settings: ParseSettings;
}

interface WorkerOutput {
  parsed: ParsedFile[];
  timings?: Record<string, number>;
  /** Why the worker gave no answer, when its files were parsed on the main thread instead. */
  failure?: string;
}

function isWorkerInput(data: unknown): data is WorkerInput {
  return typeof data === 'object' && data !== null && 'role' in data && data.role === role;
}

/** True in a thread started by `parseOffThread`: the entry then runs `serveParseWorker` instead of the CLI. */
export function isParseWorker(): boolean {
  return !isMainThread && isWorkerInput(workerData);
}

/**
 * The entry that can run as the worker: the CLI's — `cli.js` beside this code in the bundle (dist/),
 * `../cli-main.js` where TypeScript compiled the sources one file each (this module is then in `scan/`).
 */
function workerEntry(): string | undefined {
  // Joined at run time: a `new URL('./cli.js', import.meta.url)` would make ncc bundle the source as an asset.
  const folder = dirname(fileURLToPath(import.meta.url));
  return entryNames.map((name) => join(folder, name)).find((entry) => existsSync(entry));
}

const entryNames = ['../cli-main.js', 'cli.js'];

function yamlSide(candidate: Candidate): boolean {
  const adapter = adapterFor(candidate.path);
  return adapter !== undefined && parseStage(adapter.id) === 'yaml parse';
}

/**
 * Reads and parses the candidates, the YAML and JSON ones on a second thread when there are cores and
 * files enough for it to pay. The result is the same as `readAndParse` gives on one thread; if the
 * thread fails, its files are parsed here and a note on the scanned folder says so.
 */
export async function readAndParseAll(
  candidates: readonly Candidate[],
  settings: ParseSettings,
  threads: ThreadChoice = 'auto',
  /** The worker's entry; found beside this code unless a test gives its own. */
  entry: string | undefined = threads === 'never' ? undefined : workerEntry(),
): Promise<ParsedFile[]> {
  // The cores are counted first: where they are too few, the files are not even sorted by side.
  const coresEnough = threads === 'always' || (threads === 'auto' && availableParallelism() >= minimumCores);
  const offloaded = entry && coresEnough ? candidates.filter(yamlSide) : [];
  const pays = threads === 'always' ? offloaded.length > 0 : coresEnough && offloaded.length >= minimumOffloadedFiles;
  if (!entry || !pays) return readAndParse(candidates, settings);
  const away = new Set(offloaded);
  const there = parseOffThread(entry, offloaded, settings);
  const here = await readAndParse(
    candidates.filter((candidate) => !away.has(candidate)),
    settings,
  );
  const output = await timedAsync('parse wait', () => there);
  if (output.timings) addWorkerTimings(output.timings);
  if (output.failure === undefined) return [...here, ...output.parsed];
  const message = `the parse worker stopped (${output.failure}); its ${offloaded.length} files were read on the main thread`;
  return [...here, ...output.parsed, { path: '.', problems: [{ file: '.', message }] }];
}

function parseOffThread(
  entry: string,
  candidates: readonly Candidate[],
  settings: ParseSettings,
): Promise<WorkerOutput> {
  const input: WorkerInput = {
    role,
    candidates: candidates.map(({ path, absolute }) => ({ path, absolute })),
    settings,
  };
  return new Promise<WorkerOutput>((resolve) => {
    let settled = false;
    const fallBack = async (failure: string) => {
      if (settled) return;
      settled = true;
      resolve({ parsed: await readAndParse(candidates, settings), failure });
    };
    const worker = new Worker(entry, {
      workerData: input,
      stdout: true,
      stderr: true,
      resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb },
    });
    worker.once('message', (output: WorkerOutput) => {
      settled = true;
      resolve(output);
      void worker.terminate();
    });
    worker.once('error', (error: unknown) => void fallBack(errorText(error)));
    worker.once('exit', (code) => void fallBack(`it exited with code ${code} before answering`));
  });
}

/** The worker's side: parse what it was given, send the parsed files back, and end. */
export async function serveParseWorker(): Promise<void> {
  if (!isWorkerInput(workerData) || !parentPort) return;
  const candidates = workerData.candidates.map(({ path, absolute }) => ({
    path,
    // A name that is not UTF-8 crosses as bytes, and arrives as a plain Uint8Array.
    absolute: typeof absolute === 'string' ? absolute : Buffer.from(absolute),
  }));
  const parsed = await readAndParse(candidates, workerData.settings);
  const output: WorkerOutput = { parsed, ...(timingsEnabled ? { timings: timingsReport() } : {}) };
  parentPort.postMessage(output);
}
