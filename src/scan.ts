import { defaultConfig, type Config } from './config/config.js';
import { classifyReferences } from './credentials/classify.js';
import { classifyName } from './credentials/names.js';
import { scrubCredentials } from './credentials/values.js';
import { anyGlob } from './discovery/glob.js';
import { readText } from './discovery/read.js';
import { walk } from './discovery/walk.js';
import { adapterFor, prepareAdapters } from './formats/index.js';
import type { ParseContext } from './formats/types.js';
import { buildIacInventory, buildInventory } from './inventory.js';
import { joinModels, type FileModel, type FileProblem, type ScanResult } from './model.js';
import { readInlineIgnores, runRules, type InlineIgnores } from './engine.js';

export interface ScanOptions {
  root: string;
  config?: Config;
}

/** Parses one file's text into its model; a crashing adapter becomes a problem, never an exception. */
export function parseFile(path: string, text: string, context: ParseContext): FileModel {
  const adapter = adapterFor(path);
  if (!adapter) return { file: path, format: 'none', references: [], uses: [], problems: [] };
  try {
    return adapter.parse(path, text, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: path, format: adapter.id, references: [], uses: [], problems: [{ file: path, message: `could not be read as ${adapter.description}: ${reason}` }] };
  }
}

/** Scans already-read files: the pure core of the pipeline, used by tests and by `scan`. */
export function scanTexts(files: ReadonlyArray<{ path: string; text: string }>, config: Config = defaultConfig(), extraProblems: FileProblem[] = [], root = '.'): ScanResult {
  const classify = (name: string) => classifyName(name, config.nameRules);
  const context: ParseContext = { classifyName: classify };
  const models: FileModel[] = [];
  const ignores = new Map<string, InlineIgnores>();
  for (const { path, text } of files) {
    const model = parseFile(path, text, context);
    models.push({ ...model, references: classifyReferences(model.references, classify) });
    const inline = readInlineIgnores(text);
    if (inline.size > 0) ignores.set(path, inline);
  }
  const model = joinModels(models);
  const { findings, suppressed } = runRules(model, config, ignores);
  const problems = [...extraProblems, ...models.flatMap((file) => file.problems)]
    .map((problem) => ({ ...problem, message: scrubCredentials(problem.message) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { root, files: files.length, findings, suppressed, problems, inventory: buildInventory(model), iacCredentials: buildIacInventory(model) };
}

/** Walks `root`, reads every file some adapter understands, and scans them. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const config = options.config ?? defaultConfig();
  const included = config.include.length > 0 ? anyGlob(config.include) : undefined;
  const wanted = (path: string) => adapterFor(path) !== undefined && (!included || included(path));
  const { candidates, skipped } = walk(options.root, { wanted, excluded: anyGlob(config.exclude) });
  const problems: FileProblem[] = skipped.map((skip) => ({ file: skip.path, message: `skipped: ${skip.reason}` }));
  const texts: Array<{ path: string; text: string }> = [];
  for (const candidate of candidates) {
    const read = readText(candidate.absolute, config.maxFileBytes);
    if (!read.ok) {
      problems.push({ file: candidate.path, message: `skipped: ${read.reason}` });
      continue;
    }
    if (read.warning) problems.push({ file: candidate.path, message: read.warning });
    texts.push({ path: candidate.path, text: read.text });
  }
  await prepareAdapters(texts.map((file) => file.path));
  return scanTexts(texts, config, problems, options.root);
}
