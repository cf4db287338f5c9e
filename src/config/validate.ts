import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ruleIds } from '../rules/index.js';
import { checkSchema, type SchemaError } from './schema-check.js';
import { configSchema, topLevelKeys, type RawConfig } from './schema.js';
import { nearest } from '../common/did-you-mean.js';

/** One thing wrong with a config file, at a 1-based line and column when it can be placed. */
export interface ConfigProblem {
  message: string;
  line?: number;
  column?: number;
}

export function formatProblem(problem: ConfigProblem): string {
  return problem.line === undefined
    ? problem.message
    : `line ${problem.line}, column ${problem.column ?? 1}: ${problem.message}`;
}

export interface ParsedConfigText {
  /** Set only when the text is valid YAML and the schema accepts it. */
  value?: RawConfig;
  problems: ConfigProblem[];
  /** The 1-based line and column of the value at a path, for problems found after the schema. */
  positionOf: (path: ReadonlyArray<string | number>) => Pick<ConfigProblem, 'line' | 'column'>;
}

/** Parses the YAML (aliases capped) and checks it against the schema; every problem is kept, with its place. */
export function parseAndValidate(text: string): ParsedConfigText {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined): Pick<ConfigProblem, 'line' | 'column'> => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const positionOf = (path: ReadonlyArray<string | number>) => at(nodeAt(document, path)?.range?.[0]);
  if (document.errors.length > 0) {
    const first = document.errors[0];
    return {
      problems: [{ message: `not valid YAML: ${first?.message.split('\n')[0] ?? ''}`, ...at(first?.pos[0]) }],
      positionOf,
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 10 }) ?? {};
  } catch (error) {
    return { problems: [{ message: `not valid YAML: ${errorLine(error)}` }], positionOf };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      problems: [{ message: 'the file must be a mapping of settings', ...at(document.contents?.range?.[0]) }],
      positionOf,
    };
  const errors = checkSchema(configSchema, value);
  if (conforms(value, errors)) return { value, problems: [], positionOf };
  const problems = withoutBranchNoise(errors).flatMap((error) => describe(error, document, at));
  return {
    problems: dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
    positionOf,
  };
}

/** What a failing branch of an `anyOf` says about the value itself: replaced by the one anyOf message. */
const branchNoise = new Set(['type', 'pattern', 'minimum', 'exclusiveMinimum', 'maximum', 'minLength']);

/**
 * `anyOf` reports every branch's failure ("must be string", "must be object"). Those give way to the
 * one anyOf message, which in turn gives way to a precise error (an unknown key, a bad rule id) found in
 * the branch whose shape the value has.
 */
function withoutBranchNoise(errors: readonly SchemaError[]): SchemaError[] {
  const alternatives = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
  const noise = (error: SchemaError) => alternatives.has(error.instancePath) && branchNoise.has(error.keyword);
  const precise = errors.filter((error) => error.keyword !== 'anyOf' && !noise(error));
  return errors.filter((error) => {
    if (error.keyword !== 'anyOf') return !noise(error);
    return !precise.some(
      (other) => other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`),
    );
  });
}

/** A value the schema raised no error on has the schema's shape. */
function conforms(value: unknown, errors: readonly SchemaError[]): value is RawConfig {
  return errors.length === 0;
}

function errorLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** JSON pointer (`/ignore/0/rules`) → path segments, numbers for list indices. */
function pathOf(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function nodeAt(document: Document, path: ReadonlyArray<string | number>): Node | undefined {
  const node = path.length === 0 ? document.contents : document.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

/** The key node of `key` in the mapping at `path`, so an unknown key is placed on itself. */
function keyAt(document: Document, path: ReadonlyArray<string | number>, key: string): Node | undefined {
  const map = nodeAt(document, path);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** Dotted name of a path for messages: `ignore[0].rules`. */
function displayPath(path: ReadonlyArray<string | number>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${part}`))
    .join('');
}

function suggest(id: string): string {
  const close = nearest(id, ruleIds);
  return close ? ` (did you mean \`${close}\`?)` : '';
}

function describe(
  error: SchemaError,
  document: Document,
  at: (offset: number | undefined) => Pick<ConfigProblem, 'line' | 'column'>,
): ConfigProblem[] {
  const path = pathOf(error.instancePath);
  const where = displayPath(path);
  const place = at(nodeAt(document, path)?.range?.[0]);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const keyPlace = at(keyAt(document, path, key)?.range?.[0]);
      if (path.length === 0)
        return [{ message: `unknown key \`${key}\` (known: ${topLevelKeys.join(', ')})`, ...keyPlace }];
      if (where === 'rules')
        return [{ message: `unknown rule id \`${key}\` under \`rules\`${suggest(key)}`, ...keyPlace }];
      return [{ message: `${where}: unknown key \`${key}\``, ...keyPlace }];
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const actual = scalarText(nodeAt(document, path));
      if (path[0] === 'rules')
        return [
          { message: `rule \`${String(path[1])}\`: \`${actual}\` is not one of ${allowed.join(', ')}`, ...place },
        ];
      if (path.at(-1) === 'kind')
        return [{ message: `${where}: unknown kind \`${actual}\` (known: ${allowed.join(', ')})`, ...place }];
      if (path.at(-2) === 'rules')
        return [{ message: `${where}: unknown rule id \`${actual}\`${suggest(actual)}`, ...place }];
      return [{ message: `${where}: \`${actual}\` is not one of ${allowed.join(', ')}`, ...place }];
    }
    case 'required':
      return [{ message: `${where}: needs \`${String(params.missingProperty)}\``, ...place }];
    case 'type':
      return [{ message: `${where ? `\`${where}\`` : 'the file'} must be ${article(String(params.type))}`, ...place }];
    case 'anyOf':
      return [{ message: anyOfMessage(path), ...place }];
    case 'minimum':
    case 'exclusiveMinimum':
      return [{ message: `\`${where}\` must be a whole number of at least 1`, ...place }];
    case 'maximum':
      return [{ message: `\`${where}\` must be at most ${String(params.limit)}`, ...place }];
    case 'maxLength':
      return [{ message: `${where}: longer than ${String(params.limit)} characters`, ...place }];
    case 'minLength':
      return [{ message: `${where}: must not be empty`, ...place }];
    default:
      return [{ message: `${where}: does not match the schema (${error.keyword})`, ...place }];
  }
}

function anyOfMessage(path: ReadonlyArray<string | number>): string {
  if (path[0] === 'ignore') return `${displayPath(path)} must be a glob or { path, rules }`;
  if (path[0] === 'max-file-size') return '`max-file-size` must be a number of bytes or a size such as 5MB';
  return `${displayPath(path)} has the wrong shape`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    array: 'a list',
    object: 'a mapping',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}

function scalarText(node: Node | undefined): string {
  return isScalar(node) ? String(node.value) : '…';
}

/** anyOf reports each branch's failure too; a problem already placed on the same spot says it better. */
function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
