import { defaultConfig, type Config } from '../config/config.js';
import { scrubCredentials } from '../credentials/values.js';
import { anyGlob } from '../discovery/glob.js';
import { walk, type WalkWatch } from '../discovery/walk.js';
import { runRules } from './engine.js';
import { adapterFor, adapterJoins } from '../formats/index.js';
import { buildIacInventory, buildInventory } from './inventory.js';
import type { FileProblem } from '../model/references.js';
import type { ScanResult } from '../model/results.js';
import type { RepositoryContext } from '../model/repository.js';
import { joinModels, type FileModel, type JoinContext } from '../model/scan-model.js';
import { parseText, type ParsedFile } from './parse-files.js';
import { readAndParseAll, type ThreadChoice } from './parse-worker.js';
import { readAndParseCached, type CacheOptions } from './cache.js';
import { repositoryContext, type OutsideFacts } from './outside-facts.js';
import { applySuppressions, type OutsideSuppressions } from '../suppressions/apply.js';
import type { InlineIgnores } from '../suppressions/inline.js';
import { lap, timed } from '../common/timings.js';
import { classifyName } from '../credentials/names.js';
import { holdYoungGenerationAtCeiling } from './young-generation.js';

export interface ScanOptions {
  root: string;
  config?: Config;
  /** Facts from outside the files (checked values, defined secrets), gathered by the action before the scan. */
  repository?: OutsideFacts;
  /** The baseline and the pull request's scope, applied with the files' ignore comments and the config's ignores. */
  suppressions?: OutsideSuppressions;
  /** Scan only these files (POSIX paths from the root), as the CLI does for file arguments. */
  only?: ReadonlySet<string>;
  /** Whether YAML and JSON files may be parsed on a second thread (default: when it pays). */
  threads?: ThreadChoice;
  /** Shown every file the walk could read (the unmatched-glob check: `globCheck`). */
  watch?: WalkWatch;
  /** A per-file cache of parse results: only files it does not hold are parsed (`--cache DIR`). */
  cache?: CacheOptions;
  /** Shown the texts the findings' fixes were made against (`--fix` refuses a file changed since). */
  texts?: (texts: ReadonlyMap<string, string>) => void;
}

/** The text of each parsed file that kept it (see `ParsedFile.text`), by path. */
export function scannedTexts(parsed: readonly ParsedFile[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of parsed) if (file.text !== undefined) texts.set(file.path, file.text);
  return texts;
}

/** Joins parsed files into one model and runs the rules: the second half of every scan. */
export function analyze(
  parsed: readonly ParsedFile[],
  config: Config,
  extraProblems: FileProblem[],
  root: string,
  repository?: (model: { smtpRegions: string[] }) => RepositoryContext,
  outside: OutsideSuppressions = {},
  texts: ReadonlyMap<string, string> = scannedTexts(parsed),
  /** The parse cache's memory of the joins (`JoinContext.remember`). */
  remember?: JoinContext['remember'],
): ScanResult {
  const models: FileModel[] = [];
  const ignores = new Map<string, InlineIgnores>();
  // Path order, whatever order the files came in: every list built below inherits it.
  for (const file of [...parsed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (file.model) models.push(file.model);
    if (file.ignores) ignores.set(file.path, file.ignores);
  }
  const context: JoinContext = {
    classifyName: (name: string) => classifyName(name, config.nameRules),
    ...(remember ? { remember } : {}),
  };
  const joined = timed('join', () => joinModels(models, adapterJoins, context));
  holdYoungGenerationAtCeiling();
  // Facts from outside the files need the workflows' SMTP regions, so they join the model afterwards.
  const smtpRegions = [
    ...new Set(
      joined.uses.flatMap((use) => (use.destination.smtp?.target === 'ses' ? use.destination.smtp.regions : [])),
    ),
  ].sort();
  const model = repository ? { ...joined, repository: repository({ smtpRegions }) } : joined;
  const { findings, suppressed } = applySuppressions(runRules(model, config, texts), {
    ...outside,
    inline: outside.inlineIgnores === false ? new Map() : ignores,
    config: config.ignores,
  });
  const problems = [
    ...extraProblems,
    ...parsed.flatMap((file) => file.problems),
    ...models.flatMap((file) => file.problems),
  ]
    .map((problem) => ({ ...problem, message: scrubCredentials(problem.message) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    root,
    files: models.length,
    findings,
    suppressed,
    problems,
    inventory: buildInventory(model),
    iacCredentials: buildIacInventory(model),
  };
}

/** Scans already-read files: the pure core of the pipeline, used by tests. Parsers that need loading must be loaded first. */
export function scanTexts(
  files: ReadonlyArray<{ path: string; text: string }>,
  config: Config = defaultConfig(),
  extraProblems: FileProblem[] = [],
  root = '.',
): ScanResult {
  return analyze(
    files.map(({ path, text }) => parseText(path, text, config)),
    config,
    extraProblems,
    root,
  );
}

/** Walks `root`, reads and parses every file some adapter understands, and scans them. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  lap('config');
  const config = options.config ?? defaultConfig();
  const facts = options.repository;
  const included = config.include.length > 0 ? anyGlob(config.include) : undefined;
  const only = options.only;
  const wanted = (path: string) =>
    (!only || only.has(path)) && adapterFor(path) !== undefined && (!included || included(path));
  const { candidates, skipped } = timed('walk', () =>
    walk(options.root, {
      wanted,
      excluded: anyGlob(config.exclude),
      ...(options.watch ? { watch: options.watch } : {}),
    }),
  );
  const settings = { nameRules: config.nameRules, maxFileBytes: config.maxFileBytes, limits: config.limits };
  const cached = options.cache
    ? await readAndParseCached(candidates, settings, options.threads, options.root, options.cache)
    : undefined;
  const parsed = cached ? cached.parsed : await readAndParseAll(candidates, settings, options.threads);
  lap('parse other');
  const analyzeAll = (files: readonly ParsedFile[]) => {
    const texts = scannedTexts(files);
    options.texts?.(texts);
    return analyze(
      files,
      config,
      skipped.map((skip) => ({ file: skip.path, message: `skipped: ${skip.reason}` })),
      options.root,
      facts && (({ smtpRegions }) => repositoryContext(facts, smtpRegions)),
      options.suppressions,
      texts,
      cached?.remember,
    );
  };
  let result: ScanResult;
  try {
    result = analyzeAll(parsed);
  } catch (error) {
    // A cache entry the checks let through can still make a join or a rule throw: the files are then parsed anew.
    const again = await cached?.cold();
    if (!again) throw error;
    result = analyzeAll(again);
  }
  cached?.finish();
  return result;
}
