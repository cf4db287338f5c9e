import type { Node } from 'yaml';
import { mergeIam, type IamFacts } from '../../model/iam.js';
import { emptyModel, type FileModel, type FormatFacts } from '../../model/scan-model.js';
import type { ParseContext } from './parse-context.js';
import type { FileProblem } from '../../model/references.js';
import { findLiterals } from '../text/literals.js';
import { secretKeyNamed, textAlsoNote, textOnlyNote } from '../text/layer.js';
import {
  YamlSource,
  readFastDocuments,
  tokensUnlessSyntaxError,
  syntaxErrorPrefix,
  type PreparedText,
} from './yaml.js';
import { aliasRefusal, readerOf, type YamlReader } from './yaml-reader.js';

/**
 * What the documents of one file add up to beside references and uses, which go to the file's one
 * builder (so reference ids never collide between documents read by different formats).
 */
export interface FileFacts {
  iam: IamFacts[];
  formatFacts: Partial<FormatFacts>;
}

/** A format found by the content of one YAML or JSON document, wherever the file is. */
export interface DocumentFormat {
  id: string;
  /** The parsed document is of this format; no document is recognised by two formats. */
  recognises: (root: unknown) => boolean;
  /** Reads one recognised document into the file's builder and facts. */
  readDocument: (reader: YamlReader, root: Node, facts: FileFacts) => void;
}

/** Reads the documents no format recognises (Helm values), or leaves them alone. */
export type UnrecognisedDocument = (reader: YamlReader, root: Node, facts: FileFacts) => void;

/**
 * A Go template (Helm) is not YAML; it is said to be one only where YAML parsing failed, so a comment
 * such as `# rendered from {{ .Values.x }}` in a manifest that parses changes nothing.
 */
function isGoTemplate(text: string): boolean {
  return text.includes('{{') && /\{\{-?\s*[.$a-z(]/.test(text.replace(/\$\{\{/g, ''));
}

function notYaml(file: string, format: string): FileModel {
  return emptyModel(file, format, `a Go template (Helm), not YAML; ${textOnlyNote}`);
}

/** Told by the text layer when it ran first (every scan); looked for here only when an adapter is called alone. */
function hasLiterals(text: string, context: ParseContext): boolean {
  return context.literalsInText ?? findLiterals(text, secretKeyNamed(context.classifyName)).length > 0;
}

/**
 * A syntax error in a file of no known format is not worth a note unless the text holds a credential;
 * where it is, the first error says the text was read whole anyway.
 */
function syntaxNotes(problems: readonly FileProblem[], worthANote: boolean): FileProblem[] {
  const syntax = (problem: FileProblem) => problem.message.startsWith(syntaxErrorPrefix);
  if (!worthANote) return problems.filter((problem) => !syntax(problem));
  const first = problems.findIndex(syntax);
  return problems.map((problem, index) =>
    index === first ? { ...problem, message: `${problem.message}; ${textAlsoNote}` } : problem,
  );
}

/**
 * A Go template read as far as needed to tell whether it is YAML: by the fast reader, which declines any
 * syntax error (most Helm manifests with `{{ .Values.x }}` values), else into the parser's tokens, unless
 * they show it fails (a template is not worth composing: its dozens of errors are all dropped).
 */
function prepareTemplate(text: string): PreparedText | undefined {
  const documents = readFastDocuments(text);
  if (documents) return { documents };
  const tokens = tokensUnlessSyntaxError(text);
  return tokens ? { tokens } : undefined;
}

/**
 * Parses a YAML or JSON file once and gives each document to the format that recognises it: one file
 * may hold a Kubernetes Secret, a Deployment and a CloudFormation template, each read as itself.
 */
export function parseDocuments(
  file: string,
  text: string,
  context: ParseContext,
  formats: readonly DocumentFormat[],
  unrecognised?: UnrecognisedDocument,
  fallbackFormat = 'yaml',
): FileModel {
  const goTemplate = isGoTemplate(text);
  const prepared = goTemplate ? prepareTemplate(text) : undefined;
  if (goTemplate && !prepared) return notYaml(file, fallbackFormat);
  const source = new YamlSource(file, text, context.maxAliases, prepared);
  const failed = source.documents.some((doc) => doc.errors.length > 0);
  if (failed && goTemplate) return notYaml(file, fallbackFormat);
  const refused = aliasRefusal(source, fallbackFormat);
  if (refused) return refused;
  const reader = readerOf(fallbackFormat, source, context);
  const facts: FileFacts = { iam: [], formatFacts: {} };
  const read = new Set<string>();
  for (const doc of reader.source.documents) {
    const root = doc.contents;
    if (!root) continue;
    const format = formats.find((candidate) => candidate.recognises(root));
    if (format) {
      read.add(format.id);
      format.readDocument(reader, root, facts);
    } else unrecognised?.(reader, root, facts);
  }
  const built = reader.builder.build();
  const model = {
    ...built,
    problems: failed ? syntaxNotes(built.problems, read.size > 0 || hasLiterals(text, context)) : built.problems,
    // A file of one format is named after it; a mixed file (or one no format recognised) after YAML.
    format: read.size === 1 ? ([...read][0] ?? fallbackFormat) : fallbackFormat,
    ...(Object.keys(facts.formatFacts).length > 0 ? { formatFacts: facts.formatFacts } : {}),
  };
  return facts.iam.length > 0 ? { ...model, iam: mergeIam(facts.iam) } : model;
}
