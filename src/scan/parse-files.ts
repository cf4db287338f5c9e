import { classifyReferences } from '../credentials/classify.js';
import type { NameClassifier } from '../model/references.js';
import { classifyName, type NameRule } from '../credentials/names.js';
import { readText } from '../discovery/read.js';
import type { Candidate } from '../discovery/walk.js';
import type { InlineIgnores } from '../suppressions/inline.js';
import { inlineIgnoresInComments } from '../comments/markers.js';
import { adapterFor } from '../formats/index.js';
import { ParserNotLoaded } from '../formats/shared/parser-not-loaded.js';
import type { FormatAdapter } from '../formats/types.js';
import type { ParseContext } from '../formats/shared/parse-context.js';
import type { FileProblem } from '../model/references.js';
import { emptyModel, type FileModel } from '../model/scan-model.js';
import {
  capReferences,
  nodeEstimate,
  defaultParseLimits,
  nestingDepth,
  type ParseLimits,
} from '../formats/shared/limits.js';
import { secretKeyNamed, textOnlyNote, withLiterals, withTextLayer } from '../formats/text/layer.js';
import { ChunkedLiteralScan } from '../formats/text/chunked.js';
import { readTextInChunks, textOnlyReadCap } from '../discovery/read-chunks.js';
import { readTextOnce, type TextPass } from '../formats/text/one-pass.js';
import { parseStage, timed, timedAsync } from '../common/timings.js';
import { holdYoungGenerationAtCeiling } from './young-generation.js';

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
  /**
   * The text parsed, kept for the rules' fixes only where a finding can be: a file whose model holds
   * references, uses or IAM facts, and every workflow (a caller's fix names what the called one declares).
   */
  text?: string;
}

/** Parses one file's text into its model; a crashing adapter becomes a problem, never an exception. */
export function parseFile(
  path: string,
  text: string,
  context: ParseContext,
  limits: ParseLimits = defaultParseLimits,
  adapter: FormatAdapter | undefined = adapterFor(path),
  /** Nesting depth and node count, when a pass over the text already measured them. */
  measured?: Pick<TextPass, 'depth' | 'nodes'>,
  parserMissing: ParserMissing = 'note',
): FileModel {
  if (!adapter) return emptyModel(path, 'none');
  const refuse = (message: string): FileModel => emptyModel(path, adapter.id, `${message}; ${textOnlyNote}`);
  // Checked before any parser runs, so deep or alias-heavy input never reaches recursive code.
  const depth = measured?.depth ?? timed('prefilters', () => nestingDepth(text, limits.maxDepth));
  if (depth > limits.maxDepth)
    return refuse(`skipped: nested deeper than ${limits.maxDepth} levels (raise max-depth to read it)`);
  const nodes = adapter.estimateNodes
    ? adapter.estimateNodes(text, limits.maxNodes)
    : (measured?.nodes ?? nodeEstimate(text, limits.maxNodes));
  if (nodes > limits.maxNodes)
    return refuse(`skipped: more than ${limits.maxNodes} items (raise max-nodes to read it)`);
  try {
    // YAML aliases are bounded by what they would expand to, measured once the file is parsed.
    return timed(parseStage(adapter.id), () =>
      adapter.parse(path, text, { ...context, maxAliases: limits.maxAliases }),
    );
  } catch (error) {
    // `readAndParse` loads the parser and parses the file again.
    if (error instanceof ParserNotLoaded && parserMissing === 'throw') throw error;
    // A stack overflow (an expression of thousands of terms) is the input's depth, not a bug to show.
    const reason =
      error instanceof RangeError
        ? 'an expression or nesting too deep for its parser'
        : error instanceof Error
          ? error.message
          : String(error);
    return emptyModel(path, adapter.id, `could not be read as ${adapter.description}: ${reason}; ${textOnlyNote}`);
  }
}

/**
 * What a parse does when its parser is not loaded yet: `throw` it on (`ParserNotLoaded`) for a caller that
 * loads the parser and parses again, or `note` it and read the file as text only, as any parser failure.
 */
type ParserMissing = 'throw' | 'note';

export function parseText(
  path: string,
  text: string,
  settings: Pick<ParseSettings, 'nameRules' | 'limits'>,
  problems: FileProblem[] = [],
  adapter: FormatAdapter | undefined = adapterFor(path),
  parserMissing: ParserMissing = 'note',
): ParsedFile {
  const classify = (name: string) => classifyName(name, settings.nameRules);
  // One pass measures nesting and nodes for the prefilters and finds the literals for the text layer.
  const pass = timed('text layer', () => readTextOnce(text, settings.limits.maxDepth, secretKeyNamed(classify)));
  const context = { classifyName: classify, literalsInText: pass.literals.length > 0 };
  const parsed = parseFile(path, text, context, settings.limits, adapter, pass, parserMissing);
  // Under every parser, whatever became of it: a literal key is found even where parsing failed.
  const model = timed('text layer', () => withTextLayer(parsed, text, classify, pass.literals));
  const ignores = inlineIgnoresInComments(text, path);
  const kept = classified(capReferences(model), classify);
  return {
    path,
    model: kept,
    ...(ignores.size > 0 ? { ignores } : {}),
    problems,
    ...(mayHaveFixes(kept) ? { text } : {}),
  };
}

/** Whether a file's text is worth keeping for fixes: something in it can draw a finding, or it is a workflow. */
function mayHaveFixes(model: FileModel): boolean {
  const { iam } = model;
  return (
    model.references.length > 0 ||
    model.uses.length > 0 ||
    (iam !== undefined && Object.values(iam).some((list: unknown[]) => list.length > 0)) ||
    model.format === 'github-workflow' ||
    // A Terraform value is evaluated across the module's files: the place to fix may be in any of them.
    model.format === 'terraform'
  );
}

/** Files parsed between two looks at the young generation's size (see `holdYoungGenerationAtCeiling`). */
const youngGenerationCheckEvery = 8;

/**
 * Reads and parses candidates. A parser that must be loaded first (tree-sitter, for the Terraform the fast
 * reader declines) is loaded when the first file needs it, and that one file is read and parsed again; the
 * files after it find the parser loaded.
 */
export async function readAndParse(candidates: readonly Candidate[], settings: ParseSettings): Promise<ParsedFile[]> {
  /** The adapters whose parser a file has needed: loaded, or failed to load (their files are then read as text only). */
  const prepared = new Set<FormatAdapter>();
  const parsed: ParsedFile[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    // What the files parsed so far left alive is what grows the young generation: looked at every few files.
    if (index % youngGenerationCheckEvery === 0) holdYoungGenerationAtCeiling();
    const adapter = adapterFor(candidate.path);
    const missing = adapter && prepared.has(adapter) ? 'note' : 'throw';
    try {
      parsed.push(readAndParseOne(candidate, adapter, settings, missing));
    } catch (error) {
      if (!(error instanceof ParserNotLoaded) || !adapter) throw error;
      prepared.add(adapter);
      // A parser that fails to load fails no scan: its files are read as text only, each with a note.
      await timedAsync('load parsers', async () => adapter.prepare?.().catch(() => undefined));
      parsed.push(readAndParseOne(candidate, adapter, settings, 'note'));
    }
  }
  return parsed;
}

function readAndParseOne(
  candidate: Candidate,
  adapter: FormatAdapter | undefined,
  settings: ParseSettings,
  parserMissing: ParserMissing,
): ParsedFile {
  const read = timed('read', () => readText(candidate.absolute, settings.maxFileBytes, adapter?.mayMatter));
  if ('irrelevant' in read) return { path: candidate.path, problems: [] };
  if ('tooLarge' in read) return readAsTextOnly(candidate, read.reason, adapter, settings);
  // A NUL byte must not hide a key pair written beside it: the bytes already read are looked through as text.
  if (!read.ok && read.binary) return binaryAsText(candidate.path, read.binary, read.reason, adapter, settings);
  if (!read.ok)
    return { path: candidate.path, problems: [{ file: candidate.path, message: `skipped: ${read.reason}` }] };
  return parseText(
    candidate.path,
    read.text,
    settings,
    read.warning ? [{ file: candidate.path, message: read.warning }] : [],
    adapter,
    parserMissing,
  );
}

/**
 * A file over the size limit is not parsed, but its text is still read, in bounded chunks and at most
 * `textOnlyReadCap` bytes of it, so a key in it is found at its exact line and column.
 */
function readAsTextOnly(
  candidate: Candidate,
  /** Why the file is not parsed: over the size limit. */
  tooLarge: string,
  adapter: FormatAdapter | undefined,
  settings: ParseSettings,
): ParsedFile {
  const { classify, scan } = literalScan(settings);
  const read = readTextInChunks(candidate.absolute, (text) => scan.push(text), {
    ...(adapter?.mayMatter ? { mayMatter: adapter.mayMatter } : {}),
  });
  const { path } = candidate;
  // A file over the limit that is binary, or one that went away, is skipped for its size: no text to read.
  if (!read.ok) return { path, problems: [{ file: path, message: `skipped: ${tooLarge}` }] };
  if (!read.relevant) return { path, problems: [] };
  return textOnlyFile(path, adapter, `skipped: ${tooLarge}; ${textOnlyNote}${cappedPart(read.capped)}`, scan, classify);
}

/** A file under the size limit with a NUL byte: not parsed, its bytes, already read, looked through as text. */
function binaryAsText(
  path: string,
  bytes: Buffer,
  reason: string,
  adapter: FormatAdapter | undefined,
  settings: ParseSettings,
): ParsedFile {
  const { classify, scan } = literalScan(settings);
  // Decoded as the chunked reader decodes (invalid bytes replaced, a byte-order mark dropped), within its cap.
  scan.push(new TextDecoder('utf-8').decode(bytes.subarray(0, textOnlyReadCap)));
  const note = `skipped: ${reason}; ${textOnlyNote}${cappedPart(bytes.length > textOnlyReadCap)}`;
  return textOnlyFile(path, adapter, note, scan, classify);
}

/** The text pass alone, for a file that is not parsed: the configured names, and a scan fed text in pieces. */
function literalScan(settings: ParseSettings): { classify: NameClassifier; scan: ChunkedLiteralScan } {
  const classify: NameClassifier = (name) => classifyName(name, settings.nameRules);
  return { classify, scan: new ChunkedLiteralScan(secretKeyNamed(classify)) };
}

function cappedPart(capped: boolean): string {
  return capped ? ` in its first ${textOnlyReadCap / (1024 * 1024)} MiB` : '';
}

function textOnlyFile(
  path: string,
  adapter: FormatAdapter | undefined,
  note: string,
  scan: ChunkedLiteralScan,
  classify: NameClassifier,
): ParsedFile {
  const model = withLiterals(emptyModel(path, adapter?.id ?? 'none', note), scan.end());
  return { path, model: classified(capReferences(model), classify), problems: [] };
}

function classified(model: FileModel, classify: NameClassifier): FileModel {
  return { ...model, references: classifyReferences(model.references, classify) };
}
