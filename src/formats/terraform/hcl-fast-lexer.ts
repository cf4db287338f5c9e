// Character classes and tokens of the fast HCL reader (hcl-fast.ts), each as the Terraform grammar of
// tree-sitter-hcl lexes it: its internal lexer for words, numbers, operators and comments, and its
// external scanner (src/scanner.c) for what sits inside quoted strings and heredocs.

/** What the reader throws to give the file back to tree-sitter; one object, so declining costs no stack trace. */
export const declined = new Error('outside the fast HCL subset');

export function decline(): never {
  throw declined;
}

export const ch = {
  tab: 9,
  newline: 10,
  cr: 13,
  space: 32,
  bang: 33,
  quote: 34,
  hash: 35,
  dollar: 36,
  percent: 37,
  amp: 38,
  openParen: 40,
  closeParen: 41,
  star: 42,
  plus: 43,
  comma: 44,
  minus: 45,
  dot: 46,
  slash: 47,
  colon: 58,
  less: 60,
  equals: 61,
  greater: 62,
  question: 63,
  openSquare: 91,
  backslash: 92,
  closeSquare: 93,
  underscore: 95,
  openBrace: 123,
  pipe: 124,
  closeBrace: 125,
  tilde: 126,
} as const;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const startFlag = 1;
const continueFlag = 2;

/**
 * ASCII characters by what they are to a word, read with one lookup: the reader reads words character by
 * character, mostly before it is optimised.
 */
const wordFlags = new Uint8Array(128);
for (let c = 0; c < wordFlags.length; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === ch.underscore;
  wordFlags[c] = (letter ? startFlag | continueFlag : 0) | (isDigit(c) || c === ch.minus ? continueFlag : 0);
}

/** An ASCII letter or `_`: what the reader lets start a word (the grammar takes any `ID_Start`). */
export function startsWord(c: number): boolean {
  return c < 128 && (wordFlags[c]! & startFlag) !== 0;
}

/** An ASCII word character or `-` (the grammar's identifier takes `-` inside: `a-b` is one word). */
export function continuesWord(c: number): boolean {
  return c < 128 && (wordFlags[c]! & continueFlag) !== 0;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Words the grammar also has as keywords (`for`, `in`, `if`, the template directives' words, the
 * literals): where one stands as a name, which of the two the lexer takes is not sure.
 */
export const keywords = new Set(['for', 'in', 'if', 'else', 'endif', 'endfor', 'true', 'false', 'null']);

/** Whether the word `text[start, end)` is a keyword; a word of another length is no keyword, and is not sliced to ask. */
export function isKeyword(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 2 && length <= 6 && keywords.has(text.slice(start, end));
}

/**
 * The end of a word starting at `at`, or a decline where the grammar's word may run on: a non-ASCII
 * character (`ID_Continue`) or `::` (a provider function's name).
 */
export function wordEnd(text: string, at: number): number {
  let end = at + 1;
  let next = text.charCodeAt(end);
  while (next < 128 && (wordFlags[next]! & continueFlag) !== 0) next = text.charCodeAt(++end);
  if (next > 127 || (next === ch.colon && text.charCodeAt(end + 1) === ch.colon)) decline();
  return end;
}

/**
 * The end of a number (`[0-9]+(\.[0-9]+([eE][-+]?[0-9]+)?)?`) starting at `at`; declines where a
 * word, a dot or a hexadecimal prefix follows (`1e5`, `1.x`, `0x1F`, `a.0.1`).
 */
export function numberEnd(text: string, at: number): number {
  let end = at;
  while (isDigit(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) === ch.dot && isDigit(text.charCodeAt(end + 1))) {
    end++;
    while (isDigit(text.charCodeAt(end))) end++;
    const e = text.charCodeAt(end);
    if (e === 101 || e === 69) {
      let digits = end + 1;
      const sign = text.charCodeAt(digits);
      if (sign === ch.plus || sign === ch.minus) digits++;
      if (isDigit(text.charCodeAt(digits))) {
        end = digits;
        while (isDigit(text.charCodeAt(end))) end++;
      }
    }
  }
  const next = text.charCodeAt(end);
  if (continuesWord(next) || next === ch.dot || next > 127) decline();
  return end;
}

/** A binary operator at `at`: its precedence (as the grammar's `PREC`) and length; precedence 0 for none. */
export function binaryOperator(text: string, at: number): { precedence: number; length: number } {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  switch (c) {
    case ch.star:
    case ch.slash:
    case ch.percent:
      return { precedence: 6, length: 1 };
    case ch.plus:
    case ch.minus:
      return { precedence: 5, length: 1 };
    case ch.greater:
      return { precedence: 4, length: next === ch.equals ? 2 : 1 };
    case ch.less:
      // `<<` would be a heredoc's start.
      if (next === ch.less) decline();
      return { precedence: 4, length: next === ch.equals ? 2 : 1 };
    case ch.equals:
      return next === ch.equals ? { precedence: 3, length: 2 } : none;
    case ch.bang:
      return next === ch.equals ? { precedence: 3, length: 2 } : none;
    case ch.amp:
      return next === ch.amp ? { precedence: 2, length: 2 } : none;
    case ch.pipe:
      return next === ch.pipe ? { precedence: 1, length: 2 } : none;
    default:
      return none;
  }
}

const none = { precedence: 0, length: 0 };

/** A blank within a line: a space, a tab or a carriage return (which the grammar skips alike). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/**
 * Characters the grammar's scanner skips as blanks (`iswspace`) that the reader does not: inside a
 * string they would silently end or split a literal, so the reader declines on them.
 */
export function isOddSpace(c: number): boolean {
  return (
    c === 11 ||
    c === 12 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The length of a template literal chunk at `at` inside a quoted string or heredoc, for the
 * characters the scanner reads alike in both: `$` and `%` not opening an interpolation or directive
 * (`$${` and `%%{` are one chunk, as are `$$` and `%%`); 0 where `${` or `%{` opens one.
 */
export function dollarOrPercentChunk(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  if (next === ch.openBrace) return 0;
  if (next !== c) return 1;
  return text.charCodeAt(at + 2) === ch.openBrace ? 3 : 2;
}

/**
 * The end of the characters from `at` that are each a chunk of a string or heredoc and need no check
 * (printable ASCII but `$` and `%`, and in a quoted string `"` and `\`): read in one loop, not one turn of
 * the reader's loop each.
 */
export function plainRunEnd(text: string, at: number, heredoc: boolean): number {
  let end = at;
  for (;;) {
    const c = text.charCodeAt(end);
    if (!(c > ch.space && c < 127) || c === ch.dollar || c === ch.percent) return end;
    if (!heredoc && (c === ch.quote || c === ch.backslash)) return end;
    end++;
  }
}

/** The length of an escape inside a quoted string (`\n`, `\"`, `\u00e9`, `\U0001F600`), or a decline. */
export function escapeLength(text: string, at: number): number {
  const c = text.charCodeAt(at + 1);
  if (c === ch.quote || c === 110 || c === 114 || c === 116 || c === ch.backslash) return 2;
  const digits = c === 117 ? 4 : c === 85 ? 8 : decline();
  for (let index = 0; index < digits; index++) if (!isHexDigit(text.charCodeAt(at + 2 + index))) decline();
  return digits + 2;
}
