import { isScalar } from 'yaml';
import type { Sink } from '../../model/references.js';
import type { ParseContext } from './parse-context.js';
import { ModelBuilder } from './builder.js';
import {
  emptyCollected,
  findVariableInterpolations,
  namedSink,
  readValue,
  type Collected,
  type Interpolation,
} from './values.js';
import { YamlSource, scalarText } from './yaml.js';
import { emptyModel, type FileModel } from '../../model/scan-model.js';
import { textOnlyNote } from '../text/layer.js';

/** What every YAML or JSON reader works with: the parsed file, the model it builds and the name classifier. */
export interface YamlReader {
  source: YamlSource;
  builder: ModelBuilder;
  context: ParseContext;
}

/** Parses a YAML or JSON file for one format; its syntax problems are the model's first problems. */
export function yamlReader(format: string, file: string, text: string, context: ParseContext): YamlReader {
  return readerOf(format, new YamlSource(file, text, context.maxAliases), context);
}

/** A reader of a file parsed already (its problems are worked out only now, when it is read). */
export function readerOf(format: string, source: YamlSource, context: ParseContext): YamlReader {
  const builder = new ModelBuilder(source.file, format, (span) => source.aliasOriginAt(span));
  builder.addProblems(source.problems());
  return { source, builder, context };
}

/**
 * A file whose aliases would stand for more nodes than the budget (a billion laughs) is not read by its
 * parser, only as text; measuring that took one walk of its unexpanded documents.
 */
export function aliasRefusal(source: YamlSource, format: string): FileModel | undefined {
  if (!source.aliasesOverBudget()) return undefined;
  return emptyModel(
    source.file,
    format,
    `skipped: YAML aliases that stand for more than ${source.aliasBudget} nodes (raise max-aliases to read it); ${textOnlyNote}`,
  );
}

export interface ScalarValueOptions {
  /** The interpolations of the value's text; `${VAR}`-style by default. */
  interpolations?: (text: string) => Interpolation[];
  /** Reads the value from this offset of the scalar's text on (`NAME=value` items). */
  from?: number;
  /** A scalar with no text (`SMTP_PASSWORD:`) still names its slot, as an empty value. */
  emptyWhenNull?: boolean;
}

/**
 * Reads one scalar as the value of a slot: a name (classified like a variable) or a sink. Anything
 * but a scalar with text reads as nothing.
 */
export function readScalarValue(
  reader: YamlReader,
  node: unknown,
  slot: string | Sink,
  options: ScalarValueOptions = {},
): Collected {
  if (!isScalar(node)) return emptyCollected();
  const whole = scalarText(node) ?? (options.emptyWhenNull ? '' : undefined);
  if (whole === undefined) return emptyCollected();
  const from = options.from ?? 0;
  const text = whole.slice(from);
  return readValue(reader.builder, {
    text,
    locate: (start, end) => reader.source.locateSpan(node, from + start, from + end),
    outer: typeof slot === 'string' ? namedSink('env', slot, reader.context.classifyName) : slot,
    interpolations: (options.interpolations ?? findVariableInterpolations)(text),
    script: false,
    wholeValueSlot: true,
  });
}
