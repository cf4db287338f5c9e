import { classifyReferences } from './credentials/classify.js';
import { classifyName, type NameRule } from './credentials/names.js';
import { readText } from './discovery/read.js';
import type { Candidate } from './discovery/walk.js';
import { readInlineIgnores, type InlineIgnores } from './suppressions/inline.js';
import { adapterFor, prepareAdapters } from './formats/index.js';
import type { FormatAdapter, ParseContext } from './formats/types.js';
import type { FileProblem } from './model/references.js';
import type { FileModel } from './model/scan-model.js';
import { aliasCount, defaultParseLimits, nestingDepth, type ParseLimits } from './formats/shared/limits.js';
import { isSecretKeyNameBy, textOnlyNote, withTextLayer } from './formats/text/layer.js';
import { readTextOnce } from './formats/text/one-pass.js';
import { parseStage, timed, timedAsync } from './timings.js';

/** What parsing needs to know of the config; plain data, so it can cross to a worker thread. */
export interface ParseSettings {
  nameRules: readonly NameRule[];
  maxFileBytes: number;
  limits: ParseLimits;
}

/** One file, read and parsed: its model with classified references, its ignore comments, its problems. */
export interface ParsedFile {
  path: string;
  model?: FileModel;
  ignores?: InlineIgnores;
  problems: FileProblem[];
}

/** Parses one file's text into its model; a crashing adapter becomes a problem, never an exception. */
export function parseFile(
  path: string,
  text: string,
  context: ParseContext,
  limits: ParseLimits = defaultParseLimits,
  adapter: FormatAdapter | undefined = adapterFor(path),
  /** The nesting depth, when a pass over the text already measured it. */
  measuredDepth?: number,
): FileModel {
  if (!adapter) return { file: path, format: 'none', references: [], uses: [], problems: [] };
  const refuse = (message: string): FileModel => ({
    file: path,
    format: adapter.id,
    references: [],
    uses: [],
    problems: [{ file: path, message: `${message}; ${textOnlyNote}` }],
  });
  // Checked before any parser runs, so deep or alias-heavy input never reaches recursive code.
  const depth = measuredDepth ?? timed('prefilters', () => nestingDepth(text, limits.maxDepth));
  if (depth > limits.maxDepth)
    return refuse(`skipped: nested deeper than ${limits.maxDepth} levels (raise max-depth to read it)`);
  if (timed('prefilters', () => text.includes('*') && aliasCount(text, limits.maxAliases) > limits.maxAliases))
    return refuse(`skipped: more than ${limits.maxAliases} YAML aliases (raise max-aliases to read it)`);
  try {
    return timed(parseStage(adapter.id), () => adapter.parse(path, text, context));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file: path,
      format: adapter.id,
      references: [],
      uses: [],
      problems: [{ file: path, message: `could not be read as ${adapter.description}: ${reason}; ${textOnlyNote}` }],
    };
  }
}

export function parseText(
  path: string,
  text: string,
  settings: Pick<ParseSettings, 'nameRules' | 'limits'>,
  problems: FileProblem[] = [],
  adapter: FormatAdapter | undefined = adapterFor(path),
): ParsedFile {
  const classify = (name: string) => classifyName(name, settings.nameRules);
  // One pass measures the nesting for the prefilter and finds the literals for the text layer.
  const pass = timed('text layer', () => readTextOnce(text, settings.limits.maxDepth, isSecretKeyNameBy(classify)));
  const parsed = parseFile(path, text, { classifyName: classify }, settings.limits, adapter, pass.depth);
  // Under every parser, whatever became of it: a literal key is found even where parsing failed.
  const model = timed('text layer', () => withTextLayer(parsed, text, classify, pass.literals));
  const ignores = readInlineIgnores(text);
  return {
    path,
    model: { ...model, references: classifyReferences(model.references, classify) },
    ...(ignores.size > 0 ? { ignores } : {}),
    problems,
  };
}

/** Reads and parses candidates, loading only the parsers they need. */
export async function readAndParse(candidates: readonly Candidate[], settings: ParseSettings): Promise<ParsedFile[]> {
  await timedAsync('load parsers', () => prepareAdapters(candidates.map((candidate) => candidate.path)));
  return candidates.map((candidate) => {
    const adapter = adapterFor(candidate.path);
    const read = timed('read', () => readText(candidate.absolute, settings.maxFileBytes, adapter?.mayMatter));
    if ('irrelevant' in read) return { path: candidate.path, problems: [] };
    if (!read.ok)
      return { path: candidate.path, problems: [{ file: candidate.path, message: `skipped: ${read.reason}` }] };
    return parseText(
      candidate.path,
      read.text,
      settings,
      read.warning ? [{ file: candidate.path, message: read.warning }] : [],
      adapter,
    );
  });
}
