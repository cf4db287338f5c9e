/**
 * What an HCL file costs its parser, measured in one pass over the text before tree-sitter sees it:
 * - `tokens`: the nodes of the tree, estimated from its tokens: each word and operator becomes three,
 *   each other non-blank character one (HCL has few of the separators the shared node count looks for:
 *   10 MB of `1+1+…` holds none, yet its tree takes gigabytes; 250 KB of `[a,a,…]` took 12 s);
 * - `traversal`: the most attribute and index steps (`.`, `[`) in one run, blanks and line breaks
 *   included (the parser is quadratic in a chain: 125 000 steps took 38 s);
 * - `expressionDepth`: how deeply one expression nests by parentheses, unary operators (`!!!…!x`,
 *   `- - -x`) and conditionals (`a ? b : a ? b : …`); brackets and braces are the shared nesting
 *   count's. Four 250 KB files of `!!!…!true` took 12 s and 850 MB.
 * Each count stops once past its budget; strings and comments are counted too, so nothing written
 * inside them can hide an expression from the count.
 */
export interface HclCost {
  tokens: number;
  traversal: number;
  expressionDepth: number;
}

export interface HclBudget {
  tokens: number;
  traversal: number;
  expressionDepth: number;
}

const code = {
  newline: 10,
  bang: 33,
  quote: 34,
  openParen: 40,
  closeParen: 41,
  star: 42,
  minus: 45,
  dot: 46,
  question: 63,
  openSquare: 91,
  closeSquare: 93,
  space: 32,
  underscore: 95,
};

/**
 * A word becomes three nodes of the tree (`expression` > `variable_expr` > `identifier`), and so does an
 * operator (`operation` > `unary_operation` > its operand's `expression`); other punctuation one.
 */
const nodesPerWordOrOperator = 3;

/** `! - + * / % < > & | ? (`: characters that start an operation or a nested expression (`=` assigns). */
function isOperatorCode(c: number): boolean {
  return (
    c === code.bang ||
    c === code.minus ||
    c === code.openParen ||
    c === code.question ||
    c === 37 ||
    c === 38 ||
    c === 42 ||
    c === 43 ||
    c === 47 ||
    c === 60 ||
    c === 62 ||
    c === 124
  );
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === code.underscore || c > 127;
}

/** Characters that keep a run of traversal steps going: blanks, ASCII words, `]`, `"` and `*` (`a["b"][*].c`). */
function continuesTraversal(c: number): boolean {
  return c <= 32 || (c <= 127 && isWordCode(c)) || c === code.closeSquare || c === code.quote || c === code.star;
}

/** What each ASCII character is to the count, as flags, read with one lookup a character. */
const wordFlag = 1;
const operatorFlag = 2;
const traversalFlag = 4;
const asciiFlags = new Uint8Array(128);
for (let c = 0; c < asciiFlags.length; c++)
  asciiFlags[c] =
    (isWordCode(c) ? wordFlag : 0) |
    (isOperatorCode(c) ? operatorFlag : 0) |
    (continuesTraversal(c) ? traversalFlag : 0);

/** A character past ASCII belongs to a word, and ends a run of traversal steps. */
const nonAsciiFlags = wordFlag;

/**
 * Counted in one pass, character by character, before the file is parsed: on a cold scan most of it runs
 * before the count is optimised, so a class is one lookup, not three calls, and spaces and a word's later
 * characters, which change no count (a space ends the word), are passed over without the other checks.
 * For the same reason the counts are locals, held to the budget in the loop's own test: a closure
 * reading them off an object at every character took a third of the unoptimised pass.
 */
export function measureHcl(text: string, budget: HclBudget): HclCost {
  let tokens = 0;
  let traversal = 0;
  let expressionDepth = 0;
  let inWord = false;
  let steps = 0;
  let parens = 0;
  let squares = 0;
  let unary = 0;
  let conditionals = 0;
  const { tokens: tokenBudget, traversal: traversalBudget, expressionDepth: depthBudget } = budget;
  for (
    let i = 0;
    i < text.length && tokens <= tokenBudget && traversal <= traversalBudget && expressionDepth <= depthBudget;
    i++
  ) {
    let c = text.charCodeAt(i);
    // Passed over: a space only ends a word, and a word's later ASCII characters change nothing.
    while (c === code.space || (inWord && c < 128 && (asciiFlags[c]! & wordFlag) !== 0)) {
      if (c === code.space) inWord = false;
      if (++i >= text.length) return { tokens, traversal, expressionDepth };
      c = text.charCodeAt(i);
    }
    const flags = c < 128 ? asciiFlags[c]! : nonAsciiFlags;
    const word = (flags & wordFlag) !== 0;
    if (word ? !inWord : c > 32) tokens += word || (flags & operatorFlag) !== 0 ? nodesPerWordOrOperator : 1;
    inWord = word;
    if (c === code.dot || c === code.openSquare) steps++;
    else if ((flags & traversalFlag) === 0) steps = 0;
    if (steps > traversal) traversal = steps;
    if (c === code.bang || c === code.minus) unary++;
    else if (c > 32) unary = 0;
    if (c === code.openParen) parens++;
    else if (c === code.closeParen && parens > 0) parens--;
    else if (c === code.openSquare) squares++;
    else if (c === code.closeSquare && squares > 0) squares--;
    else if (c === code.question) conditionals++;
    // A line break ends an expression unless a parenthesis or bracket is open.
    else if (c === code.newline && parens === 0 && squares === 0) conditionals = 0;
    const depth = parens + unary + conditionals;
    if (depth > expressionDepth) expressionDepth = depth;
  }
  return { tokens, traversal, expressionDepth };
}
