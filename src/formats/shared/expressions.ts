import { Lexer, Parser } from '@actions/expressions';
import { MAX_EXPRESSION_LENGTH, MAX_PARSER_DEPTH } from '@actions/expressions/errors';
import { Kind } from '@actions/expressions/data/expressiondata';
import { TokenType } from '@actions/expressions/lexer';
import {
  ContextAccess,
  FunctionCall,
  IndexAccess,
  Literal,
  Binary,
  Logical,
  Unary,
  Grouping,
  type Expr,
} from '@actions/expressions/ast';

/** A `secrets` access inside an expression; offsets are relative to the text that was searched. */
export type SecretAccess =
  | { type: 'secret'; name: string; start: number; end: number }
  | { type: 'all-secrets'; via: 'toJSON' | 'dynamic-index'; start: number; end: number };

/** A workflow input read inside an expression: `inputs.NAME`, or `github.event.inputs.NAME` (workflow_dispatch only). */
export interface InputAccess {
  name: string;
  via: 'inputs' | 'event-inputs';
  start: number;
  end: number;
}

export interface EmbeddedExpression {
  /** Offset of `${{` and just past `}}`. */
  start: number;
  end: number;
  accesses: SecretAccess[];
  inputs: InputAccess[];
  /** Set when the expression does not parse; the accesses then come from the token stream. */
  error?: string;
}

const contexts = [
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs',
];

/**
 * Functions GitHub documents beyond the parser's own (`contains`, `format`, `fromJSON`, `case`, …): the status
 * checks and `hashFiles`. Without them an ordinary `actions/cache` key would read as an expression that does not parse.
 */
const runnerFunctions = [
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
];

/** Finds every `${{ … }}` in a string. A `}}` inside a quoted string literal does not end it. */
export function findExpressions(text: string): EmbeddedExpression[] {
  const found: EmbeddedExpression[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${{', from);
    if (open < 0) break;
    const bodyStart = open + 3;
    const close = findClose(text, bodyStart);
    if (close < 0) break;
    found.push({ start: open, end: close + 2, ...analyzeExpression(text.slice(bodyStart, close), bodyStart) });
    from = close + 2;
  }
  return found;
}

function findClose(text: string, from: number): number {
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      if (inString && text[i + 1] === "'") i++;
      else inString = !inString;
    } else if (!inString && ch === '}' && text[i + 1] === '}') {
      return i;
    }
  }
  return -1;
}

type Analysis = { accesses: SecretAccess[]; inputs: InputAccess[]; error?: string };

/** Lists the secret accesses of one expression body; `offset` is where the body starts in the outer text. */
export function analyzeExpression(body: string, offset: number): Analysis {
  return analyzeSimpleAccess(body, offset) ?? parseExpression(body, offset);
}

/**
 * `secrets.NAME`, or a property of a context that holds neither secrets nor inputs (`env.X`, `vars.X`,
 * `matrix.os`, `steps.a.outputs.b`, `github.sha`), with only spaces around: nearly every expression of a
 * workflow, read here as the parser reads it (expressions.test.ts compares both) without lexing and
 * parsing it. Anything else gives undefined.
 */
function analyzeSimpleAccess(body: string, offset: number): Analysis | undefined {
  // Past the lexer's length limit it reads nothing; past the parser's depth (one level per property) it errs.
  if (body.length > MAX_EXPRESSION_LENGTH) return undefined;
  const access = simpleAccess.exec(body);
  if (!access) return undefined;
  const [, context = '', properties = ''] = access;
  if (propertyCount(properties) >= maxSimpleProperties) return undefined;
  const start = offset + body.indexOf(context);
  if (context === 'secrets') {
    // One property only: `secrets.A.B` is left to the parser.
    const name = properties.slice(1);
    if (name.includes('.')) return undefined;
    return { accesses: [{ type: 'secret', name, start, end: start + context.length + properties.length }], inputs: [] };
  }
  // `github.event.inputs.NAME` is a workflow input.
  if (context === 'github' && properties.includes('.inputs')) return undefined;
  return { accesses: [], inputs: [] };
}

/** Well under the parser's depth limit, which a chain of 50 properties reaches. */
const maxSimpleProperties = MAX_PARSER_DEPTH / 2;

function propertyCount(properties: string): number {
  let count = 0;
  for (let at = properties.indexOf('.'); at >= 0; at = properties.indexOf('.', at + 1)) count++;
  return count;
}

/** A context (lower case, as written) and its properties, each an identifier as the expression lexer reads one. */
const simpleAccess =
  /^ *(secrets|env|vars|github|job|jobs|steps|runner|strategy|matrix|needs)((?:\.[A-Za-z_][A-Za-z0-9_-]*)+) *$/;

/** Lists the secret accesses of one expression body by the expression parser. */
export function parseExpression(body: string, offset: number): Analysis {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const toOffset = (pos: { line: number; column: number }): number => offset + (lineStarts[pos.line] ?? 0) + pos.column;
  let tokens;
  try {
    tokens = new Lexer(body).lex().tokens;
  } catch (error) {
    return { accesses: [], inputs: [], error: describe(error) };
  }
  try {
    const tree = new Parser(tokens, contexts, runnerFunctions).parse();
    const found: Found = { accesses: [], inputs: [] };
    collectSecretsAndInputs(tree, false, found, toOffset);
    const { accesses, inputs } = found;
    return { accesses: accesses.sort((a, b) => a.start - b.start), inputs: inputs.sort((a, b) => a.start - b.start) };
  } catch (error) {
    return { accesses: accessesFromTokens(tokens, toOffset), inputs: [], error: describe(error) };
  }
}

type ToOffset = (pos: { line: number; column: number }) => number;

/** What one walk of an expression finds: its `secrets` accesses and its workflow inputs. */
interface Found {
  accesses: SecretAccess[];
  inputs: InputAccess[];
}

/** One walk gathers both; an input access holds no secrets access, nor a secrets access (beyond its dynamic index) an input. */
function collectSecretsAndInputs(node: Expr, insideToJson: boolean, found: Found, toOffset: ToOffset): void {
  if (node instanceof IndexAccess) {
    if (isSecretsContext(node.expr)) {
      const start = toOffset(node.expr.name.range.start);
      if (node.index instanceof Literal && node.index.literal.kind === Kind.String) {
        const nameToken = node.index.token;
        const name = node.index.literal.coerceString();
        // A quoted index ends at its closing bracket, one past the string token.
        const end = toOffset(nameToken.range.end) + (nameToken.type === TokenType.STRING ? 1 : 0);
        found.accesses.push({ type: 'secret', name, start, end });
      } else {
        found.accesses.push({ type: 'all-secrets', via: 'dynamic-index', start, end: start + 'secrets'.length });
        collectSecretsAndInputs(node.index, insideToJson, found, toOffset);
      }
      return;
    }
    const input = inputAccess(node, toOffset);
    if (input) {
      found.inputs.push(input);
      return;
    }
  }
  if (node instanceof ContextAccess) {
    if (isSecretsContext(node))
      found.accesses.push({
        type: 'all-secrets',
        via: insideToJson ? 'toJSON' : 'dynamic-index',
        start: toOffset(node.name.range.start),
        end: toOffset(node.name.range.end),
      });
    return;
  }
  const argsInsideToJson =
    node instanceof FunctionCall ? node.functionName.lexeme.toLowerCase() === 'tojson' : insideToJson;
  for (const child of childrenOf(node)) collectSecretsAndInputs(child, argsInsideToJson, found, toOffset);
}

/** `inputs.NAME`, `inputs['NAME']` and `github.event.inputs.NAME`, with the span of the whole access. */
function inputAccess(node: IndexAccess, toOffset: ToOffset): InputAccess | undefined {
  if (!(node.index instanceof Literal) || node.index.literal.kind !== Kind.String) return undefined;
  const nameToken = node.index.token;
  const name = node.index.literal.coerceString();
  const end = toOffset(nameToken.range.end) + (nameToken.type === TokenType.STRING ? 1 : 0);
  if (node.expr instanceof ContextAccess && node.expr.name.lexeme.toLowerCase() === 'inputs')
    return { name, via: 'inputs', start: toOffset(node.expr.name.range.start), end };
  const github = ['inputs', 'event'].reduce<Expr | undefined>(
    (expr, property) => (expr instanceof IndexAccess && isProperty(expr.index, property) ? expr.expr : undefined),
    node.expr,
  );
  if (github instanceof ContextAccess && github.name.lexeme.toLowerCase() === 'github')
    return { name, via: 'event-inputs', start: toOffset(github.name.range.start), end };
  return undefined;
}

function isProperty(index: Expr, name: string): boolean {
  return index instanceof Literal && index.literal.kind === Kind.String && index.literal.coerceString() === name;
}

function childrenOf(node: Expr): Expr[] {
  if (node instanceof IndexAccess) return [node.expr, node.index];
  if (node instanceof FunctionCall || node instanceof Logical) return node.args;
  if (node instanceof Binary) return [node.left, node.right];
  if (node instanceof Unary) return [node.expr];
  if (node instanceof Grouping) return [node.group];
  return [];
}

function isSecretsContext(node: Expr): node is ContextAccess {
  return node instanceof ContextAccess && node.name.lexeme.toLowerCase() === 'secrets';
}

/** When the parser rejects an expression, `secrets.NAME` and `secrets['NAME']` are still read from the tokens. */
function accessesFromTokens(tokens: ReturnType<Lexer['lex']>['tokens'], toOffset: ToOffset): SecretAccess[] {
  const out: SecretAccess[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.type !== TokenType.IDENTIFIER || token.lexeme.toLowerCase() !== 'secrets') continue;
    const next = tokens[i + 1];
    const name = tokens[i + 2];
    const start = toOffset(token.range.start);
    if (next?.type === TokenType.DOT && name?.type === TokenType.IDENTIFIER)
      out.push({ type: 'secret', name: name.lexeme, start, end: toOffset(name.range.end) });
    else if (next?.type === TokenType.LEFT_BRACKET && name?.type === TokenType.STRING)
      out.push({ type: 'secret', name: String(name.value), start, end: toOffset(name.range.end) + 1 });
    else out.push({ type: 'all-secrets', via: 'dynamic-index', start, end: toOffset(token.range.end) });
  }
  return out;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
