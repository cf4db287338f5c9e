// The machinery under `npm run mutants`: loads a real-world case once (its files read and parsed by the
// project's own pipeline), applies a mutant's edits to the texts in memory, re-parses only the edited
// files and runs the same join and rules as `scan()`. A mutant is caught when its rule fires at its line
// and the unmutated case has no such finding there.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, type Config } from '../../src/config/config.js';
import { classifyName } from '../../src/credentials/names.js';
import { anyGlob } from '../../src/discovery/glob.js';
import { walk } from '../../src/discovery/walk.js';
import { adapterFor, adapterJoins } from '../../src/formats/index.js';
import type { Finding } from '../../src/model/findings.js';
import type { CredentialKind } from '../../src/model/kinds.js';
import { joinModels, type ScanModel } from '../../src/model/scan-model.js';
import { parseText, readAndParse, type ParsedFile } from '../../src/scan/parse-files.js';
import { analyze, scan } from '../../src/scan/scan.js';
import type { Case } from './score.js';

/** One case, read and parsed once: every mutant of it re-parses only the files it edits. */
export interface LoadedCase {
  slug: string;
  root: string;
  config: Config;
  parsed: ParsedFile[];
  model: ScanModel;
  findings: Finding[];
  /** The text of a scanned file, read once, and its lines. */
  text: (file: string) => string;
  lines: (file: string) => readonly string[];
}

/** A replacement of the columns [start, end) (0-based, on one line) of one file's line. */
export interface Edit {
  file: string;
  line: number;
  start: number;
  end: number;
  replacement: string;
}

export const mutantKinds = [
  'secret-as-smtp-password',
  'user-name-as-smtp-username',
  'smtp-password-as-secret-key',
  'host-literal',
  'host-port',
  'host-bracket-port',
  'host-smtp-url',
  'host-smtps-url',
  'host-region-variable',
  'host-region-data-source',
  'host-region-expression',
  'workflow-secret-swap',
] as const;

export type MutantKind = (typeof mutantKinds)[number];

export interface Mutant {
  /** Stable across runs: the case, the place, the kind and the variant (what was put there). */
  id: string;
  slug: string;
  kind: MutantKind;
  /** How the value was written (`terraform .secret`, `literal`, `workflow secret`, …). */
  variant: string;
  /** The format and what holds the slot (`terraform output`, `github-workflow step`), for grouping misses. */
  holder: string;
  file: string;
  line: number;
  /** The rule the mutant must draw at `file:line`. */
  rule: string;
  /** The kind of value put into the slot, for telling why a mutant was missed. */
  injected: CredentialKind;
  /** The first edit is the value put into the slot; a host mutant adds the host's. */
  edits: Edit[];
}

export interface Outcome {
  mutant: Mutant;
  caught: boolean;
  /** For a miss: why, as far as the mutated model tells (a group) and what it saw (a detail). */
  cause?: { group: string; detail: string };
}

const config = defaultConfig();
const joinContext = { classifyName: (name: string) => classifyName(name, config.nameRules) };

/** The files of a case as `scan()` would list them: the same adapters, includes and excludes. */
function candidatesOf(root: string, settings: Config) {
  const included = settings.include.length > 0 ? anyGlob(settings.include) : undefined;
  const wanted = (path: string) => adapterFor(path) !== undefined && (!included || included(path));
  return walk(root, { wanted, excluded: anyGlob(settings.exclude) }).candidates;
}

export async function loadCase(testCase: Case): Promise<LoadedCase> {
  const root = testCase.filesRoot;
  const candidates = candidatesOf(root, config);
  const parsed = await readAndParse(candidates, {
    nameRules: config.nameRules,
    maxFileBytes: config.maxFileBytes,
    limits: config.limits,
  });
  // A mutant is parsed again on its own (`parseText`), which loads no parser: every one the case's formats may
  // need is loaded now, so a mutant the fast HCL reader declines is parsed by tree-sitter, as in a scan.
  await Promise.all(
    [...new Set(candidates.map((candidate) => adapterFor(candidate.path)))].map((adapter) => adapter?.prepare?.()),
  );
  const texts = new Map<string, { text: string; lines: string[] }>();
  const read = (file: string) => {
    const known = texts.get(file);
    if (known) return known;
    const text = readFileSync(join(root, file), 'utf8');
    const entry = { text, lines: text.split('\n') };
    texts.set(file, entry);
    return entry;
  };
  return {
    slug: testCase.slug,
    root,
    config,
    parsed,
    model: modelOf(parsed),
    findings: analyze(parsed, config, [], root).findings,
    text: (file) => read(file).text,
    lines: (file) => read(file).lines,
  };
}

/** The joined model the rules see, built as `analyze` builds it. */
function modelOf(parsed: readonly ParsedFile[]): ScanModel {
  const models = [...parsed]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((file) => (file.model ? [file.model] : []));
  return joinModels(models, adapterJoins, joinContext);
}

/** Applies edits to one file's text, right to left on each line so earlier columns stay valid. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const lines = text.split('\n');
  const ordered = [...edits].sort((a, b) => b.line - a.line || b.start - a.start);
  for (const edit of ordered) {
    const line = lines[edit.line - 1];
    if (line === undefined || edit.end > line.length) throw new Error(`edit outside ${edit.file}:${edit.line}`);
    lines[edit.line - 1] = line.slice(0, edit.start) + edit.replacement + line.slice(edit.end);
  }
  return lines.join('\n');
}

function editedFiles(loaded: LoadedCase, edits: readonly Edit[]): Map<string, string> {
  const byFile = new Map<string, Edit[]>();
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  return new Map([...byFile].map(([file, own]) => [file, applyEdits(loaded.text(file), own)]));
}

/** The case's parsed files with the edited ones parsed again from their mutated text. */
function mutatedParse(loaded: LoadedCase, edits: readonly Edit[]): ParsedFile[] {
  const texts = editedFiles(loaded, edits);
  return loaded.parsed.map((file) => {
    const text = texts.get(file.path);
    return text === undefined ? file : parseText(file.path, text, loaded.config);
  });
}

const at = (finding: Finding, rule: string, file: string, line: number) =>
  finding.ruleId === rule && finding.file === file && finding.span.startLine === line;

/** Whether the unmutated case already has the rule at the place (then the mutant proves nothing). */
export function baselineHas(loaded: LoadedCase, rule: string, file: string, line: number): boolean {
  return loaded.findings.some((finding) => at(finding, rule, file, line));
}

export function runMutant(loaded: LoadedCase, mutant: Mutant): Outcome {
  const parsed = mutatedParse(loaded, mutant.edits);
  const findings = analyze(parsed, loaded.config, [], loaded.root).findings;
  if (findings.some((finding) => at(finding, mutant.rule, mutant.file, mutant.line))) return { mutant, caught: true };
  return { mutant, caught: false, cause: diagnose(loaded, mutant, parsed, findings) };
}

/**
 * The same mutant the slow way, as a user would meet it: the case copied to a temporary folder, the
 * edits written to the files, and `scan()` run on the folder. Used by the test to show the in-memory
 * run gives the same verdict.
 */
export async function runMutantOnDisk(loaded: LoadedCase, mutant: Mutant): Promise<boolean> {
  const folder = mkdtempSync(join(tmpdir(), 'mutant-'));
  try {
    cpSync(loaded.root, folder, { recursive: true });
    for (const [file, text] of editedFiles(loaded, mutant.edits)) writeFileSync(join(folder, file), text);
    const result = await scan({ root: folder, threads: 'never' });
    return result.findings.some((finding) => at(finding, mutant.rule, mutant.file, mutant.line));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const smtpPasswordKinds = new Set<string>(['smtp-password', 'smtp-password-v2']);

/** What the slot is taken for, in words. */
function slotWords(expects: CredentialKind | undefined): string {
  if (expects === undefined) return 'a slot of no known kind';
  return `a slot for ${expects === 'ambiguous' ? 'an unclear kind' : expects}`;
}

/** The kind of slot each rule judges, and the SMTP providers whose uses it looks at. */
const ruleNeeds: Record<string, { slot: (kind: CredentialKind | undefined) => boolean; smtp?: readonly string[] }> = {
  'secret-key-as-smtp-password': { slot: (kind) => smtpPasswordKinds.has(kind ?? ''), smtp: ['ses', 'unknown'] },
  'smtp-username-not-access-key-id': { slot: (kind) => kind === 'smtp-username', smtp: ['ses'] },
  'smtp-password-as-secret-key': { slot: (kind) => kind === 'secret-access-key' },
};

/**
 * Why a mutant drew nothing at its line, read from the mutated model: the rule fired elsewhere, the value
 * is not read at all or read as another kind, the slot is not taken for the kind the rule judges, or
 * (SMTP rules) no SES SMTP use sees it. Grouped by the format and what holds the slot.
 */
function diagnose(
  loaded: LoadedCase,
  mutant: Mutant,
  parsed: readonly ParsedFile[],
  findings: readonly Finding[],
): { group: string; detail: string } {
  const cause = (reason: string, detail: string) => ({ group: `${mutant.holder}: ${reason}`, detail });
  const elsewhere = findings.filter(
    (finding) =>
      finding.ruleId === mutant.rule &&
      !loaded.findings.some((old) => at(old, finding.ruleId, finding.file, finding.span.startLine)),
  );
  if (elsewhere.length > 0)
    return cause(
      'reported at another line',
      `at ${elsewhere.map((finding) => `${finding.file}:${finding.span.startLine}`).join(', ')}`,
    );
  const [edit] = mutant.edits;
  const model = modelOf(parsed);
  // The user-name rule reads a literal or the IaC value itself, not a kind the model supplied.
  const anyKind = mutant.rule === 'smtp-username-not-access-key-id';
  const reference = model.references.find(
    (candidate) =>
      edit !== undefined &&
      candidate.file === edit.file &&
      candidate.span.startLine === edit.line &&
      candidate.span.startColumn - 1 <= edit.start + edit.replacement.length &&
      candidate.span.endColumn - 1 >= edit.start &&
      (anyKind || candidate.supplied?.kind === mutant.injected),
  );
  if (!reference)
    return cause(
      anyKind ? 'IAM user name not judged as an SMTP user name' : `value not read as ${mutant.injected}`,
      'no reference at the place',
    );
  const uses = model.usesByReference.get(reference.id) ?? [];
  const targets = uses.flatMap((use) => use.destination.smtp?.target ?? []);
  const where = `\`${reference.sink.name}\`${uses[0] ? ` in ${uses[0].label}` : ''}`;
  const needs = ruleNeeds[mutant.rule];
  if (needs && !needs.slot(reference.sink.expects))
    return cause('slot not taken for the kind the rule judges', `${where} is ${slotWords(reference.sink.expects)}`);
  if (needs?.smtp && !targets.some((target) => needs.smtp?.includes(target)))
    return cause('slot in no SES SMTP use', `${where}: SMTP ${targets.join(', ') || 'none'}`);
  return cause('judged right, not reported', where);
}
