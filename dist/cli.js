#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6216);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/did-you-mean.ts
/** Edit distance between two short strings (flags, rule ids): the usual two-row table. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++)
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * The closest of `candidates` to `word`, when it is close enough to be a likely typo: at most `limit` edits
 * (by default a third of the word, at least two). The word itself is never its own suggestion.
 */
function nearest(word, candidates, limit = Math.max(2, Math.floor(word.length / 3))) {
    let best;
    for (const candidate of candidates) {
        // Words whose lengths differ by more than the limit cannot be close; skipping them keeps long hostile names cheap.
        if (candidate === word || Math.abs(candidate.length - word.length) > limit)
            continue;
        const distance = editDistance(word, candidate);
        if (distance <= limit && (!best || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}

;// CONCATENATED MODULE: ./src/cli/options.ts


/** A mistake in the command line: reported in one line of our own words, exit status 2. */
class UsageError extends Error {
}
const optionSpecs = {
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    config: { type: 'string', short: 'c' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    output: { type: 'string', short: 'o' },
    'no-color': { type: 'boolean' },
    strict: { type: 'boolean' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    'list-rules': { type: 'boolean' },
    explain: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
function isName(name) {
    return Object.hasOwn(optionSpecs, name);
}
const flags = Object.entries(optionSpecs).flatMap(([name, spec]) => [
    `--${name}`,
    ...('short' in spec ? [`-${spec.short}`] : []),
]);
function unknownFlag(raw) {
    const close = nearest(raw.split('=')[0] ?? raw, flags);
    return new UsageError(`unknown flag ${raw}${close ? `; did you mean ${close}?` : ''} (see --help)`);
}
/**
 * Reads the command line. Node's parser runs leniently so that every mistake can be told in our own
 * words: an unknown flag with the nearest known one, a flag without its value, a value given to a switch.
 */
function parseCommandLine(argv) {
    const { tokens } = (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        options: optionSpecs,
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    const paths = [];
    const strings = new Map();
    const switches = new Set();
    for (const token of tokens) {
        if (token.kind === 'positional')
            paths.push(token.value);
        if (token.kind !== 'option')
            continue;
        if (!isName(token.name))
            throw unknownFlag(token.rawName);
        const spec = optionSpecs[token.name];
        if (spec.type === 'boolean') {
            if (token.value !== undefined)
                throw new UsageError(`${token.rawName} takes no value (got "${token.value}")`);
            switches.add(token.name);
            continue;
        }
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-'))
            throw new UsageError(`${token.rawName} needs a value`);
        strings.set(token.name, [...(strings.get(token.name) ?? []), token.value]);
    }
    const last = (name) => strings.get(name)?.at(-1);
    return {
        paths,
        include: strings.get('include') ?? [],
        exclude: strings.get('exclude') ?? [],
        noColor: switches.has('no-color'),
        strict: switches.has('strict'),
        listRules: switches.has('list-rules'),
        help: switches.has('help'),
        version: switches.has('version'),
        format: last('format'),
        failOn: last('fail-on'),
        config: last('config'),
        output: last('output'),
        baseline: last('baseline'),
        writeBaseline: last('write-baseline'),
        explain: last('explain'),
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discovery/glob.ts

/**
 * Turns a glob into a matcher for POSIX paths relative to the scanned root, with picomatch's syntax
 * (`**`, `*`, `?`, braces `{a,b}`, classes `[a-z]`, a leading `!` to negate). A pattern without a slash
 * matches the name at any depth; a trailing slash matches everything below the folder. Dot files match
 * like any other (`.github/` is what we scan most).
 */
function globMatcher(glob) {
    const trimmed = glob.trim();
    const negated = trimmed.startsWith('!');
    let pattern = (negated ? trimmed.slice(1) : trimmed).replace(/^\.\//, '');
    if (pattern.endsWith('/'))
        pattern += '**';
    if (!pattern.includes('/'))
        pattern = `**/${pattern}`;
    const matches = picomatch_default()(pattern, { dot: true });
    return negated ? (path) => !matches(path) : (path) => matches(path);
}
/**
 * True when a path matches the list: any positive pattern (every path when there is none) and no
 * negated one. So `['!legacy/**']` means "everything but legacy/", and `['src/**', '!src/old/**']`
 * means "src/ without src/old/".
 */
function anyGlob(globs) {
    const positive = globs.filter((glob) => !glob.trim().startsWith('!')).map(globMatcher);
    const negative = globs.filter((glob) => glob.trim().startsWith('!')).map((glob) => globMatcher(glob.trim().slice(1)));
    if (positive.length === 0 && negative.length === 0)
        return () => false;
    return (path) => (positive.length === 0 || positive.some((matches) => matches(path))) && !negative.some((matches) => matches(path));
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/discovery/names.ts
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * A file name as bytes, shown as text: UTF-8 as is, and each byte of a sequence that is not UTF-8 as
 * `\xNN`, so the name stays readable and tells which bytes are wrong.
 */
function displayName(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        let out = '';
        let start = 0;
        let index = 0;
        while (index < bytes.length) {
            const length = sequenceLength(bytes, index);
            if (length > 0) {
                index += length;
                continue;
            }
            out += utf8.decode(bytes.subarray(start, index)) + `\\x${(bytes[index] ?? 0).toString(16).padStart(2, '0')}`;
            index += 1;
            start = index;
        }
        return out + utf8.decode(bytes.subarray(start));
    }
}
/** The length of the well-formed UTF-8 sequence at `index`, or 0 when there is none. */
function sequenceLength(bytes, index) {
    const first = bytes[index] ?? 0;
    if (first < 0x80)
        return 1;
    const length = first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length)
        return 0;
    try {
        utf8.decode(bytes.subarray(index, index + length));
        return length;
    }
    catch {
        return 0;
    }
}

;// CONCATENATED MODULE: ./src/discovery/walk.ts



/** Folders that hold dependencies or build output, never the repository's own configuration. */
const skippedFolders = new Set([
    '.git',
    'node_modules',
    '.terraform',
    'vendor',
    'bower_components',
    '.venv',
    'venv',
    '__pycache__',
    '.terragrunt-cache',
]);
/**
 * Past this many bytes a path is opened relative to a handle on its folder: the system refuses
 * paths of PATH_MAX (4 096) bytes or more, and git stores any length.
 */
const longestDirectPath = 3800;
const folderHandles = '/proc/self/fd';
const slash = Buffer.from('/');
/**
 * Lists the files to read below `root`. Symbolic links are never followed (so a link cannot lead
 * out of the root or into a loop); a link that would have been read is reported as skipped, and so
 * is everything that cannot be opened. Names are kept as bytes, so a name that is not UTF-8 is still
 * read. Synchronous on purpose: for many small directory reads, the thread-pool round trips of the
 * asynchronous API cost more than the reads themselves.
 */
function walk(root, options) {
    const candidates = [];
    const skipped = [];
    let rootStat;
    try {
        rootStat = (0,external_node_fs_namespaceObject.lstatSync)(root);
    }
    catch (error) {
        throw new Error(`cannot scan ${root}: ${errorCode(error) === 'ENOENT' ? 'no such folder' : errorCode(error)}`);
    }
    if (!rootStat.isDirectory())
        throw new Error(`cannot scan ${root}: not a folder`);
    const pending = [{ relative: Buffer.alloc(0), access: Buffer.from(root) }];
    while (pending.length > 0) {
        const folder = pending.pop();
        if (!folder)
            break;
        const folderPath = displayName(folder.relative);
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(folder.access, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (error) {
            skipped.push({ path: folderPath || '.', reason: `cannot open folder (${errorCode(error)})` });
            continue;
        }
        let handle;
        for (const entry of entries) {
            const name = entry.name.toString('latin1');
            const relative = folder.relative.length > 0 ? Buffer.concat([folder.relative, slash, entry.name]) : entry.name;
            const path = displayName(relative);
            if (!entry.isDirectory() && !entry.isFile() && !options.wanted(path))
                continue;
            if (entry.isDirectory() && (skippedFolders.has(name) || options.excluded(`${path}/`)))
                continue;
            if (entry.isFile() && (!options.wanted(path) || options.excluded(path)))
                continue;
            if (entry.isSymbolicLink()) {
                skipped.push({ path, reason: 'symbolic link, not followed' });
                continue;
            }
            if (!entry.isDirectory() && !entry.isFile()) {
                skipped.push({ path, reason: 'not a regular file' });
                continue;
            }
            let base = folder.access;
            if (base.length + 1 + entry.name.length > longestDirectPath) {
                handle ??= openHandle(folder.access);
                if (!handle) {
                    skipped.push({ path, reason: `path too long to open (${relative.length} bytes) on this system` });
                    continue;
                }
                base = handle;
            }
            const access = Buffer.concat([base, slash, entry.name]);
            if (entry.isDirectory())
                pending.push({ relative, access });
            else
                candidates.push({ path, absolute: openable(access) });
        }
    }
    candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { candidates, skipped };
}
/**
 * A short path to a folder through an open handle, kept open for the rest of the process so the
 * files below it can be read after the walk; only folders whose paths are too long get one.
 */
function openHandle(access) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(folderHandles))
        return undefined;
    try {
        const fd = (0,external_node_fs_namespaceObject.openSync)(access, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_DIRECTORY | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
        return Buffer.from((0,external_node_path_namespaceObject.join)(folderHandles, String(fd)));
    }
    catch {
        return undefined;
    }
}
/** A string where the bytes are UTF-8 (so messages and tests stay readable), the bytes otherwise. */
function openable(access) {
    const text = access.toString('utf8');
    return Buffer.from(text, 'utf8').equals(access) ? text : access;
}
function errorCode(error) {
    if (error && typeof error === 'object' && 'code' in error)
        return String(error.code);
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/formats/shared/lines.ts
/**
 * Turns offsets into 1-based lines and columns. Built from the text itself, not from a parser's
 * line counter, so positions stay right after a syntax error has thrown the parser off.
 */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
            this.starts.push(at + 1);
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.starts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
    }
    span(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
    }
}

;// CONCATENATED MODULE: ./src/formats/shared/yaml.ts


const syntaxErrorPrefix = 'YAML syntax error: ';
/** A parsed YAML file with the means to turn offsets into 1-based spans. */
class YamlSource {
    file;
    text;
    documents;
    lines;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        this.documents = parseAllDocuments(text);
        this.lines = new LineIndex(text);
    }
    span(start, end) {
        return this.lines.span(start, end);
    }
    nodeSpan(node) {
        const range = node?.range;
        return range ? this.span(range[0], range[1]) : this.span(0, 0);
    }
    problems() {
        return this.documents.flatMap((doc) => [
            ...doc.errors.map((error) => ({
                file: this.file,
                message: `${syntaxErrorPrefix}${firstLine(error.message)}`,
                span: this.span(error.pos[0], error.pos[1]),
            })),
            ...this.danglingAliases(doc),
        ]);
    }
    /** An alias with no anchor is what a masked value (`password: ********`) parses as; say so rather than read nothing. */
    danglingAliases(doc) {
        const problems = [];
        if (!this.text.includes('*'))
            return problems;
        (0,dist/* visit */.YR)(doc, {
            Alias: (_, alias) => {
                if (alias.resolve(doc) === undefined) {
                    const range = alias.range ?? [0, 0];
                    problems.push({
                        file: this.file,
                        message: `YAML alias *${alias.source} refers to no anchor (a masked value such as ******** reads as one); its value was not read`,
                        span: this.span(range[0], range[1]),
                    });
                }
            },
        });
        return problems;
    }
    /** The span of characters `start`…`end` of a scalar's parsed value. */
    locateSpan(node, start, end) {
        const located = this.locateInScalar(node, start, end - start);
        return this.span(located.start, located.end);
    }
    /** Offset in the file of `length` characters at `valueOffset` of a scalar's parsed value. */
    locateInScalar(node, valueOffset, length) {
        const range = node.range;
        if (!range)
            return { start: 0, end: 0 };
        const value = scalarText(node) ?? '';
        const needle = value.slice(valueOffset, valueOffset + length);
        const raw = this.text.slice(range[0], range[1]);
        if (needle.length > 0) {
            // The k-th occurrence in the value is the k-th in the source unless escapes or folding split it.
            let occurrence = 0;
            for (let at = value.indexOf(needle); at >= 0 && at < valueOffset; at = value.indexOf(needle, at + 1))
                occurrence++;
            let found = -1;
            for (let i = 0, at = raw.indexOf(needle); at >= 0; at = raw.indexOf(needle, at + 1), i++) {
                if (i === occurrence) {
                    found = at;
                    break;
                }
            }
            if (found >= 0)
                return { start: range[0] + found, end: range[0] + found + needle.length };
        }
        return { start: range[0], end: range[1] };
    }
}
function parseAllDocuments(text) {
    // Aliases are never resolved (the AST is walked, not converted), so alias bombs cost nothing.
    return Array.from((0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false, prettyErrors: false, strict: false }));
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
function keyText(pair) {
    return scalarText(pair.key);
}
/** A map's pairs with scalar keys; a value is null only for a key written with none (`{a}`, `? a`). */
function mapPairs(node) {
    if (!(0,dist/* isMap */.jh)(node))
        return [];
    return node.items.filter((pair) => (0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && (pair.value === null || (0,dist/* isNode */.Ll)(pair.value)));
}
function getPair(node, key) {
    return mapPairs(node).find((pair) => keyText(pair) === key);
}
/** The value under `key` of a map, when the map has the key and it has a value. */
function getValue(node, key) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    for (const pair of node.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key)
            return (0,dist/* isNode */.Ll)(pair.value) ? pair.value : undefined;
    }
    return undefined;
}
/** Follows `keys` down nested maps. */
function getPath(node, ...keys) {
    return keys.reduce((current, key) => getValue(current, key), (0,dist/* isNode */.Ll)(node) ? node : undefined);
}
/** The map names `key`, with or without a value. */
function hasKey(node, key) {
    return getPair(node, key) !== undefined;
}
function seqItems(node) {
    return (0,dist/* isSeq */.oP)(node) ? node.items.filter(dist/* isNode */.Ll) : [];
}


;// CONCATENATED MODULE: ./src/formats/cloudformation/intrinsics.ts


/** Decides by content: a template version, or resources typed `AWS::…`. */
function looksLikeCloudFormation(root) {
    if (mapPairs(root).some((pair) => scalarText(pair.key) === 'AWSTemplateFormatVersion'))
        return true;
    return mapPairs(getValue(root, 'Resources')).some((pair) => /^(?:AWS|Custom)::|^Alexa::/.test(scalarText(getValue(pair.value, 'Type')) ?? ''));
}
/** The single pair of a one-key map (`{ Ref: X }`, `{ "Fn::Sub": … }`). */
function onlyPair(node) {
    if (!(0,dist/* isMap */.jh)(node) || node.items.length !== 1)
        return undefined;
    const pair = node.items[0];
    return (0,dist/* isPair */.tO)(pair) ? pair : undefined;
}
function dotted(text, at) {
    return { target: text.split('.')[0] ?? '', attribute: text.split('.').slice(1).join('.'), at };
}
/** Reads `!Ref X`, `!GetAtt X.Y`, `!GetAtt [X, Y]` and their JSON forms; `!Sub` strings are read for `${X.Y}`. */
function intrinsicOf(node) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.tag === 'string') {
        const text = scalarText(node) ?? '';
        if (node.tag === '!Ref')
            return { target: text, attribute: undefined, at: node };
        if (node.tag === '!GetAtt')
            return dotted(text, node);
    }
    if ((0,dist/* isSeq */.oP)(node) && node.tag === '!GetAtt') {
        const [target, attribute] = node.items.map(scalarText);
        return { target: target ?? '', attribute, at: node };
    }
    const pair = onlyPair(node);
    const key = pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
    if (!pair || !key)
        return undefined;
    if (scalarText(key) === 'Ref')
        return { target: scalarText(pair.value) ?? '', attribute: undefined, at: key };
    if (scalarText(key) === 'Fn::GetAtt') {
        const value = scalarText(pair.value);
        if (value !== undefined)
            return dotted(value, key);
        const [target, attribute] = seqItems(pair.value).map(scalarText);
        return { target: target ?? '', attribute, at: key };
    }
    return undefined;
}
/** The template string of a `!Sub` or `Fn::Sub`, in its short, list or JSON form. */
function subString(node) {
    if ((0,dist/* isScalar */.jn)(node) && node.tag === '!Sub')
        return node;
    if ((0,dist/* isSeq */.oP)(node) && node.tag === '!Sub') {
        const first = node.items[0];
        return (0,dist/* isScalar */.jn)(first) ? first : undefined;
    }
    const pair = onlyPair(node);
    if (pair && scalarText(pair.key) === 'Fn::Sub') {
        if ((0,dist/* isScalar */.jn)(pair.value))
            return pair.value;
        const first = seqItems(pair.value)[0];
        if ((0,dist/* isScalar */.jn)(first))
            return first;
    }
    return undefined;
}
const secretAttributes = {
    SecretAccessKey: 'secret-access-key',
    SmtpPassword: 'smtp-password',
    SMTPPassword: 'smtp-password',
    Password: 'smtp-password',
};
/**
 * What a `Ref`/`GetAtt` stands for when it names an access key or an SMTP-password custom resource,
 * given the template's resource types and the key of a logical id.
 */
function attributeSource(target, attribute, typeOf, keyOf) {
    const type = typeOf(target);
    if (!type)
        return undefined;
    if (type === 'AWS::IAM::AccessKey') {
        if (attribute === undefined)
            return { type: 'attribute', name: `!Ref ${target}`, kind: 'access-key-id', accessKey: keyOf(target) };
        if (attribute === 'SecretAccessKey')
            return {
                type: 'attribute',
                name: `!GetAtt ${target}.SecretAccessKey`,
                kind: 'secret-access-key',
                accessKey: keyOf(target),
            };
    }
    const kind = attribute ? secretAttributes[attribute] : undefined;
    if ((type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') && kind)
        return { type: 'attribute', name: `!GetAtt ${target}.${attribute}`, kind, accessKey: keyOf(target) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/credentials/managed-policies.ts
/** Action patterns of AWS managed policies that matter here, by policy name. */
const managedPolicyActions = {
    AdministratorAccess: ['*'],
    PowerUserAccess: ['*'],
    IAMFullAccess: ['iam:*'],
    AmazonSESFullAccess: ['ses:*'],
    AmazonSESReadOnlyAccess: ['ses:Get*', 'ses:List*', 'ses:Describe*'],
};
/** The statements an AWS managed policy stands for, when it is one we know. */
function managedPolicyStatement(arn) {
    const name = /:policy\/(?:service-role\/)?([A-Za-z0-9+=,.@_-]+)$/.exec(arn)?.[1] ?? arn;
    const actions = managedPolicyActions[name];
    return actions ? { effect: 'Allow', actions, notAction: name === 'PowerUserAccess', resources: ['*'] } : undefined;
}

;// CONCATENATED MODULE: ./src/model/iam.ts
function emptyIam() {
    return {
        principals: [],
        accessKeys: [],
        loginProfiles: [],
        statements: [],
        bindings: [],
        exposures: [],
        smtpPasswordUses: [],
        wrongSmtpUserNames: [],
    };
}
function mergeIam(parts) {
    return concatLists(emptyIam(), parts);
}
/** Appends every list of each part to the same list of `empty`: a new list field needs no new line here. */
function concatLists(empty, parts) {
    for (const part of parts)
        for (const key in empty)
            empty[key].push(...part[key]);
    return empty;
}

;// CONCATENATED MODULE: ./src/formats/shared/iam-policy.ts


/** The nodes of a value that is one scalar or a list of them. */
function entries(node) {
    return (0,dist/* isNode */.Ll)(node) && (0,dist/* isScalar */.jn)(node) ? [node] : seqItems(node);
}
// An intrinsic (`!Sub`, `Fn::Join`) stands for an action or resource this reader cannot spell out.
function iam_policy_text(node) {
    return scalarText(node) ?? '<expression>';
}
/** Reads `Statement` entries of a policy document written in YAML or JSON. */
function readPolicyDocument(source, document, ownerKey, resolve) {
    const statementNode = getValue(document, 'Statement');
    return readStatements(source, (0,dist/* isMap */.jh)(statementNode) ? [statementNode] : seqItems(statementNode), ownerKey, resolve);
}
/**
 * Reads statement maps (`Effect`, `Action`/`NotAction`, `Resource`); the span is the `Action` key, and each
 * action keeps its own span so that a finding can point at the action it is about.
 */
function readStatements(source, statements, ownerKey, resolve) {
    const read = [];
    for (const statement of statements) {
        const actionPair = getPair(statement, 'Action') ?? getPair(statement, 'NotAction');
        if (!actionPair)
            continue;
        const span = source.nodeSpan(actionPair.key);
        const effect = scalarText(getValue(statement, 'Effect')) === 'Deny' ? 'Deny' : 'Allow';
        const resourceNode = getValue(statement, 'Resource') ?? getValue(statement, 'NotResource');
        const actionNodes = entries(actionPair.value);
        const resourceNodes = entries(resourceNode);
        const targets = resolve && getPair(statement, 'Resource') ? resourceNodes.map(resolve) : undefined;
        read.push({
            file: source.file,
            span,
            actionSpans: actionNodes.map((node) => source.nodeSpan(node)),
            ownerKey,
            effect,
            actions: actionNodes.map(iam_policy_text),
            notAction: scalarText(actionPair.key) === 'NotAction',
            resources: resourceNode === undefined ? ['*'] : resourceNodes.map(iam_policy_text),
            ...(targets ? { targets } : {}),
        });
    }
    return read;
}

;// CONCATENATED MODULE: ./src/output/redact.ts
/**
 * Every secret in play for this run: values given to `setSecret` (the token input, credential
 * variables). The runner masks them in the log, but not in files the action writes (SARIF, JSON,
 * summary), so each output is scrubbed here too.
 */
const registered = new Set();
/** Values shorter than this are too common to replace in free text (`true`, `main`); the runner masks them anyway. */
const shortestRegistered = 4;
function rememberSecret(value) {
    const trimmed = value.trim();
    if (trimmed.length >= shortestRegistered)
        registered.add(trimmed);
}
/** For tests: forgets every remembered secret. */
function forgetSecrets() {
    registered.clear();
}
/**
 * GitHub tokens: personal (`ghp_`), OAuth (`gho_`), user-to-server (`ghu_`), server-to-server and
 * GITHUB_TOKEN (`ghs_`), refresh (`ghr_`), fine-grained (`github_pat_`). Bounded repetition: linear.
 */
const githubToken = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g;
/**
 * AWS session tokens start with a base64 header (`IQoJb3JpZ2lu…`, `FwoGZXIvYXdz…`, `FQoGZXIvYXdz…`,
 * `AQoDYXdz…`) and are often URL-encoded when an error body quotes a request, which breaks the plain
 * base64 run the generic scrubber looks for.
 */
const sessionToken = /(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz|AQoDYXdz)(?:[A-Za-z0-9+/=]|%2[BbFf]|%3[Dd])*/g;
function replaceRegistered(text) {
    if (registered.size === 0)
        return text;
    // Longest first, so a secret containing another is replaced whole.
    let out = text;
    for (const value of [...registered].sort((a, b) => b.length - a.length))
        if (out.includes(value))
            out = out.split(value).join('***');
    return out;
}
/** The first four characters and an ellipsis, as every output shows a credential. */
function keepPrefix(value) {
    return `${value.slice(0, 4)}…`;
}
/**
 * Redacts the secrets in play for this run from free text: remembered values, GitHub tokens and AWS
 * session tokens. `scrubCredentials` (credentials/values.ts) calls this first and adds key IDs and
 * long base64 runs, so every scrub in the code base knows all of them.
 */
function scrubKnownSecrets(text) {
    return replaceRegistered(text)
        .replace(githubToken, (match) => keepPrefix(match))
        .replace(sessionToken, (match) => keepPrefix(match));
}

;// CONCATENATED MODULE: ./src/credentials/values.ts

/** Long-term (AKIA) and temporary (ASIA) key IDs; other prefixes (AIDA, AROA, …) are unique IDs, not credentials. */
const accessKeyIdPattern = /^(?:AKIA|ASIA)[A-Z2-7]{16}$/;
/** For finding key IDs inside longer text (scripts, URLs): bounded by non-alphanumerics. */
const accessKeyIdInText = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
const secretAccessKeyPattern = /^[A-Za-z0-9+/]{40}$/;
const smtpPasswordV4Pattern = /^B[A-P][A-Za-z0-9+/]{42}$/;
const smtpPasswordV2Pattern = /^A[g-v][A-Za-z0-9+/]{42}$/;
/** AWS's documentation key pair and its relatives appear in tutorials and tests. */
const documentationExampleValues = new Set([
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'ASIAIOSFODNN7EXAMPLE',
    'AKIAI44QH8DHBEXAMPLE',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
]);
const maxCredentialLength = 1024;
/**
 * Classifies a literal by its shape. Placeholders, documentation examples and look-alikes
 * (git SHAs, hex digests, account IDs) return undefined.
 */
function values_classifyValue(raw) {
    // No credential is longer than this; longer values are not worth a regex.
    if (raw.length > maxCredentialLength)
        return undefined;
    const value = raw.trim();
    if (value === '' || isPlaceholder(value) || documentationExampleValues.has(value))
        return undefined;
    if (accessKeyIdPattern.test(value))
        return { kind: 'access-key-id', certain: true };
    if (smtpPasswordV4Pattern.test(value) && looksRandom(value))
        return { kind: 'smtp-password', certain: true };
    if (smtpPasswordV2Pattern.test(value) && looksRandom(value))
        return { kind: 'smtp-password-v2', certain: true };
    if (secretAccessKeyPattern.test(value) && looksRandom(value))
        return { kind: 'secret-access-key', certain: false };
    if (/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(value))
        return { kind: 'account-email', certain: false };
    return undefined;
}
/** Random base64 has upper, lower and digits; hex digests and words do not. */
function looksRandom(value) {
    return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value) && !/^[0-9a-f]+$/i.test(value);
}
function isPlaceholder(value) {
    if (/EXAMPLE/i.test(value))
        return true;
    if (/(.)\1{7,}/.test(value))
        return true; // AKIAXXXXXXXXXXXXXXXX, ********, 00000000
    if (/^(?:<[^>]*>|\{\{.*\}\}|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|%[^%]+%)$/i.test(value))
        return true;
    if (/^(?:your|my|some|changeme|change[-_]me|replace|todo|dummy|fake|test|placeholder|redacted|secret|password|xxx)/i.test(value))
        return true;
    if (/\.\.\.|…/.test(value))
        return true;
    return false;
}
/**
 * Whether a literal written where a password goes reads as a real password rather than a name for one:
 * key names (`smtp-password`), secret names (`gitlab-ses-secrets`), paths, templates and placeholders do not.
 */
function looksLikeRealPassword(raw) {
    const value = raw.trim();
    if (value.length < 8 || value.length > maxCredentialLength || /\s/.test(value) || isPlaceholder(value))
        return false;
    if (/^(?:[a-z][a-z0-9]*)(?:[-_.:][a-z0-9]+)*$/.test(value))
        return false; // kebab, snake and dotted identifiers
    if (/^(?:\/|\.{1,2}\/|~\/|arn:|https?:\/\/)/i.test(value) || /[$%]\{|\{\{/.test(value))
        return false;
    return true;
}
/** The only form in which a literal credential may appear in any output. */
function redact(value) {
    const visible = value.length > 8 ? 4 : Math.min(2, value.length);
    return `${value.slice(0, visible)}…`;
}
/**
 * Redacts anything credential-shaped in free text (parser messages, errors) before it is printed:
 * the run's known secrets and token shapes (output/redact.ts), key IDs, and long base64 runs of the
 * length of secret keys and SMTP passwords.
 */
function scrubCredentials(text) {
    return scrubKnownSecrets(text)
        .replace(/(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, (match) => redact(match))
        .replace(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/])/g, (match) => redact(match));
}
/**
 * Whether a literal can be a credential of the kind its slot expects: a slot named `ACCOUNT_EMAIL`
 * holding an ARN, or `AWS_ACCESS_KEY_ID` holding a sentence, holds no such credential.
 */
function literalFits(kind, raw) {
    if (raw.length > maxCredentialLength)
        return false;
    const value = raw.trim();
    // Real account e-mails live at example-looking domains as often as anywhere; only the shape decides.
    if (kind === 'account-email')
        return /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(value);
    if (value === '' || isPlaceholder(value))
        return false;
    switch (kind) {
        case 'access-key-id':
        case 'smtp-username':
            return accessKeyIdPattern.test(value) || kind === 'smtp-username';
        case 'secret-access-key':
            return secretAccessKeyPattern.test(value);
        case 'smtp-password':
        case 'smtp-password-v2':
        case 'console-password':
        case 'session-token':
            return !/\s/.test(value) && !/^(?:arn:|https?:\/\/)/.test(value);
        default:
            return true;
    }
}

;// CONCATENATED MODULE: ./src/formats/shared/builder.ts
/** Collects one file's references, uses and problems, handing out ids that are unique within the file. */
class ModelBuilder {
    file;
    format;
    references = [];
    uses = [];
    problems = [];
    constructor(file, format) {
        this.file = file;
        this.format = format;
    }
    reference(span, source, sink) {
        const id = `${this.file}#r${this.references.length + 1}`;
        this.references.push({ id, file: this.file, span, source, sink });
        return id;
    }
    use(label, span, referenceIds, destination) {
        const id = `${this.file}#u${this.uses.length + 1}`;
        this.uses.push({ id, file: this.file, label, span, referenceIds: [...new Set(referenceIds)], destination });
        return id;
    }
    problem(message, span) {
        this.problems.push(span ? { file: this.file, message, span } : { file: this.file, message });
    }
    addProblems(problems) {
        this.problems.push(...problems);
    }
    build() {
        return {
            file: this.file,
            format: this.format,
            references: this.references,
            uses: this.uses,
            problems: this.problems,
        };
    }
}
function emptyDestination() {
    return { sesApi: false, awsApi: false, registry: false };
}

;// CONCATENATED MODULE: ./src/credentials/endpoints.ts
const sesSmtpHost = /^(?:[a-z0-9-]+\.)*email-smtp(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:vpce\.)?amazonaws\.com$/;
const sesApiHost = /^email(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:amazonaws\.com|api\.aws)$/;
function classifySmtpHost(host) {
    const normalized = host.trim().toLowerCase().replace(/\.$/, '');
    const match = sesSmtpHost.exec(normalized);
    return { host: normalized, sesRegion: match?.[1] };
}
function sesApiRegion(host) {
    return sesApiHost.exec(host.trim().toLowerCase())?.[1];
}
const hostTail = /email-smtp(?:-fips)?\.[a-z]{2}(?:-[a-z]+)+-\d\.(?:vpce\.)?amazonaws\.com/iy;
/**
 * Finds SES SMTP hosts mentioned anywhere in a piece of text, with their offsets. It searches for the
 * fixed `email-smtp` and widens to the left by hand: a leading `(?:[a-z0-9-]+\.)*` in an unanchored
 * regex is quadratic on long runs of letters, which a hostile file can supply.
 */
function findSesSmtpHosts(text) {
    const found = [];
    const lower = text.toLowerCase();
    for (let at = lower.indexOf('email-smtp'); at >= 0; at = lower.indexOf('email-smtp', at + 1)) {
        hostTail.lastIndex = at;
        const tail = hostTail.exec(text);
        if (!tail)
            continue;
        let start = at;
        while (start > 0 && text[start - 1] === '.') {
            let label = start - 1;
            while (label > 0 && /[a-z0-9-]/i.test(text[label - 1] ?? ''))
                label--;
            if (label === start - 1)
                break;
            start = label;
        }
        const classified = classifySmtpHost(text.slice(start, at + tail[0].length));
        if (classified.sesRegion)
            found.push({ host: classified.host, region: classified.sesRegion, offset: start });
    }
    return found;
}
/** Regions where an SMTP password may have been derived, for telling a wrong region from a wrong key. */
const endpoints_awsRegions = (/* unused pure expression or super */ null && ([
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ca-central-1',
    'ca-west-1',
    'sa-east-1',
    'mx-central-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'ap-south-1',
    'ap-south-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-7',
    'ap-east-1',
    'af-south-1',
    'me-south-1',
    'me-central-1',
    'il-central-1',
    'us-gov-west-1',
    'us-gov-east-1',
    'cn-north-1',
    'cn-northwest-1',
]));

;// CONCATENATED MODULE: ./src/formats/shared/text-slots.ts

/** Replaces every `${{ … }}` with as many `X`s so that plain regexes see one opaque word at the same offsets. */
function maskExpressions(text, expressions) {
    let masked = '';
    let at = 0;
    for (const { start, end } of expressions) {
        masked += text.slice(at, start) + 'X'.repeat(end - start);
        at = end;
    }
    return masked + text.slice(at);
}
const smtpUrlPattern = /\bsmtps?(?:\+starttls)?:\/\/(?:([^\s"'@/:]*)(?::([^\s"'@/]*))?@)?([A-Za-z0-9.-]+)/gi;
const sesApiPattern = /\baws\s+(?:ses|sesv2)\s|\bSend-SES(?:2)?(?:Email|RawEmail)\b|client\(\s*['"]ses(?:v2)?['"]|\bnew\s+SES(?:v2)?Client\b/;
const curlUserPattern = /(?:^|\s)(?:--user|-u)(?:\s+|=)(["']?)([^\s"']+)\1/g;
const assignmentPattern = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^\s"';&|)]*)\2/g;
const awsConfigureSetPattern = /\baws\s+configure\s+set\s+([a-z_]+)\s+(["']?)([^\s"']+)\2/g;
/** Lines of a credentials file written by `echo`/`printf`: `aws_secret_access_key = value`, also `={ value }`. */
const credentialsFileLinePattern = /(?<![A-Za-z0-9_])(aws_access_key_id|aws_secret_access_key|aws_session_token)[ \t]*=[ \t]*(?:\{[ \t]*)?([A-Za-z0-9+/=]{16,})/gi;
/** `--password value`, `--password=value`, and `-u user:pass` / `--user user:pass` outside SMTP URLs. */
const passwordOptionPattern = /(?:^|\s)--password(?:\s+|=)(["']?)([^\s"'-][^\s"']*)\1/g;
/**
 * Reads what a script or value does with credentials: SMTP URLs and their user info, curl's `--user`,
 * shell assignments, `aws configure set`, SES API calls. `masked` has its expressions masked.
 */
function analyzeText(masked, options) {
    const slots = [];
    const smtpHosts = [];
    let smtpUrl = false;
    for (const match of masked.matchAll(smtpUrlPattern)) {
        smtpUrl = true;
        const [whole, user, password, host] = match;
        const hostStart = match.index + whole.length - (host?.length ?? 0);
        if (host)
            smtpHosts.push({ ...classifySmtpHost(host), start: hostStart });
        const userStart = match.index + whole.indexOf('://') + 3;
        if (user !== undefined)
            slots.push(slot(userStart, userStart + user.length, 'url-userinfo', 'user', 'smtp-username'));
        if (password !== undefined) {
            const passwordStart = userStart + (user?.length ?? 0) + 1;
            slots.push(slot(passwordStart, passwordStart + password.length, 'url-userinfo', 'password', 'smtp-password'));
        }
    }
    for (const host of findSesSmtpHosts(masked)) {
        if (!smtpHosts.some((known) => known.start === host.offset))
            smtpHosts.push({ host: host.host, sesRegion: host.region, start: host.offset });
    }
    if (options.script) {
        for (const match of masked.matchAll(curlUserPattern)) {
            const argument = match[2] ?? '';
            const argumentStart = match.index + match[0].length - argument.length - (match[1]?.length ?? 0);
            const colon = argument.indexOf(':');
            if (colon < 0)
                continue;
            const passwordStart = argumentStart + colon + 1;
            const passwordEnd = argumentStart + argument.length;
            // Against an SMTP URL, `-u user:pass` are SMTP credentials; elsewhere only the password is known to be one.
            if (smtpUrl) {
                slots.push(slot(argumentStart, argumentStart + colon, 'command-argument', 'curl --user (user)', 'smtp-username'), slot(passwordStart, passwordEnd, 'command-argument', 'curl --user (password)', 'smtp-password'));
            }
            else
                slots.push(slot(passwordStart, passwordEnd, 'command-argument', '--user (password)'));
        }
        for (const match of masked.matchAll(assignmentPattern)) {
            const [whole, name, quote, value] = match;
            if (!name || value === undefined)
                continue;
            const valueStart = match.index + whole.length - value.length - (quote?.length ?? 0);
            slots.push(slot(valueStart, valueStart + value.length, 'env', name));
        }
        for (const match of masked.matchAll(credentialsFileLinePattern)) {
            const [whole, name, value] = match;
            if (!name || !value)
                continue;
            const valueStart = match.index + whole.length - value.length;
            slots.push(slot(valueStart, valueStart + value.length, 'env', name));
        }
        for (const match of masked.matchAll(passwordOptionPattern)) {
            const value = match[2] ?? '';
            const valueStart = match.index + match[0].length - value.length - (match[1]?.length ?? 0);
            slots.push(slot(valueStart, valueStart + value.length, 'command-argument', '--password'));
        }
        for (const match of masked.matchAll(awsConfigureSetPattern)) {
            const [whole, name, quote, value] = match;
            if (!name || !value)
                continue;
            const valueStart = match.index + whole.length - value.length - (quote?.length ?? 0);
            slots.push(slot(valueStart, valueStart + value.length, 'command-argument', name));
        }
    }
    return { slots, smtpHosts, sesApi: options.script && sesApiPattern.test(masked), smtpUrl };
}
function slot(start, end, type, name, expects) {
    return { start, end, sink: expects ? { type, name, expects } : { type, name } };
}

;// CONCATENATED MODULE: ./src/formats/shared/values.ts



const emptyCollected = () => ({
    referenceIds: [],
    sesHostRegions: [],
    otherSmtpHosts: [],
    interpolatedSmtpHost: false,
    smtpSignal: false,
    sesApi: false,
    names: [],
});
function merge(...parts) {
    const merged = emptyCollected();
    for (const part of parts) {
        merged.referenceIds.push(...part.referenceIds);
        merged.sesHostRegions.push(...part.sesHostRegions);
        merged.otherSmtpHosts.push(...part.otherSmtpHosts);
        merged.names.push(...part.names);
        merged.interpolatedSmtpHost ||= part.interpolatedSmtpHost;
        merged.smtpSignal ||= part.smtpSignal;
        merged.sesApi ||= part.sesApi;
    }
    return merged;
}
const hostVariable = /(?:^|_)(?:SMTP|MAIL|EMAIL|MAILER)_?(?:HOST|SERVER|ADDRESS|ENDPOINT|SERVER_ADDRESS|SMTP_HOST)$/i;
/** A slot named as SMTP credentials (`SMTP_PASSWORD`, `MAIL_USERNAME`) says the values around it are for SMTP. */
function isSmtpSlot(sink) {
    return sink.expects === 'smtp-username' || sink.expects === 'smtp-password' || sink.expects === 'smtp-password-v2';
}
/** True for variable names that hold an SMTP server (`SMTP_HOST`, `EMAIL_HOST`, `MAIL_SERVER`). */
function isSmtpHostName(name) {
    return hostVariable.test(name);
}
/**
 * Reads the secrets, variables, literals and SMTP facts of one value. Interpolated values become
 * references; literal values become references when they fill a credential slot or look like one.
 */
function readValue(builder, input) {
    const { text, locate, outer, interpolations } = input;
    const collected = emptyCollected();
    collected.names.push(outer.name);
    if (isSmtpSlot(outer))
        collected.smtpSignal = true;
    const masked = maskExpressions(text, interpolations);
    const facts = analyzeText(masked, { script: input.script });
    collected.sesApi = facts.sesApi;
    for (const host of facts.smtpHosts) {
        collected.smtpSignal = true;
        if (interpolations.some((i) => host.start >= i.start && host.start < i.end))
            collected.interpolatedSmtpHost = true;
        else if (host.sesRegion)
            collected.sesHostRegions.push(host.sesRegion);
        else
            collected.otherSmtpHosts.push(host.host);
    }
    if (facts.smtpUrl)
        collected.smtpSignal = true;
    if (input.smtpHost || isSmtpHostName(outer.name)) {
        collected.smtpSignal = true;
        const host = text.trim();
        if (host && interpolations.length === 0 && !/email-smtp/i.test(host))
            collected.otherSmtpHosts.push(host);
        else if (interpolations.length > 0)
            collected.interpolatedSmtpHost = true;
    }
    const classify = input.classifyName;
    const slots = facts.slots.map((slot) => classify && !slot.sink.expects ? { ...slot, sink: namedSink(slot.sink.type, slot.sink.name, classify) } : slot);
    if (slots.some((slot) => isSmtpSlot(slot.sink)))
        collected.smtpSignal = true;
    const urlInside = slots.some((slot) => slot.sink.type === 'url-userinfo');
    if (input.wholeValueSlot && !urlInside)
        slots.push({ start: 0, end: text.length, sink: outer });
    const slotAt = (offset) => innermost(slots, offset)?.sink ?? outer;
    for (const interpolation of interpolations) {
        if (interpolation.error)
            builder.problem(`expression does not parse: ${interpolation.error}`, locate(interpolation.start, interpolation.end));
        for (const access of interpolation.accesses) {
            if (access.source.type === 'secret' || access.source.type === 'variable' || access.source.type === 'input')
                collected.names.push(access.source.name);
            collected.referenceIds.push(builder.reference(locate(access.start, access.end), access.source, slotAt(access.start)));
        }
    }
    const literalRanges = [];
    for (const slot of slots) {
        if (interpolations.some((i) => i.start < slot.end && i.end > slot.start))
            continue;
        const raw = text.slice(slot.start, slot.end);
        const trimmed = raw.trim();
        if (trimmed === '')
            continue;
        if (!slot.sink.expects && !values_classifyValue(trimmed)?.certain)
            continue;
        const start = slot.start + raw.indexOf(trimmed);
        literalRanges.push([start, start + trimmed.length]);
        collected.referenceIds.push(builder.reference(locate(start, start + trimmed.length), { type: 'literal', value: trimmed }, slot.sink));
    }
    for (const match of masked.matchAll(accessKeyIdInText)) {
        const start = match.index;
        if (literalRanges.some(([from, to]) => start >= from && start < to))
            continue;
        collected.referenceIds.push(builder.reference(locate(start, start + match[0].length), { type: 'literal', value: match[0] }, slotAt(start)));
    }
    return collected;
}
function innermost(slots, offset) {
    let best;
    for (const slot of slots) {
        if (offset >= slot.start && offset < slot.end && (!best || slot.end - slot.start < best.end - best.start))
            best = slot;
    }
    return best;
}
/** What a set of values talks to, from the hosts and names they mention. */
function destinationOf(visible, purpose) {
    const destination = emptyDestination();
    if (visible.smtpSignal) {
        const regions = [...new Set(visible.sesHostRegions)];
        const sesNamed = visible.names.some((name) => /(?:^|[^A-Z])SES(?:[^A-Z]|$)/i.test(name));
        // A server taken from a secret or a variable may be anything: the names around it do not make it SES.
        const target = regions.length > 0
            ? 'ses'
            : visible.otherSmtpHosts.length > 0
                ? 'other'
                : sesNamed && !visible.interpolatedSmtpHost
                    ? 'ses'
                    : 'unknown';
        destination.smtp = { target, regions };
    }
    destination.awsApi =
        purpose === 'aws-credentials' ||
            visible.names.some((name) => /^AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY)$/i.test(name));
    destination.registry = purpose === 'registry-login';
    destination.sesApi = visible.sesApi;
    return destination;
}
/** Shell, Compose and Serverless interpolations: `${NAME}`, `${NAME:-default}`, `${env:NAME}`, `$NAME`. */
function findVariableInterpolations(text) {
    const found = [];
    // The `{0,512}` bounds keep an unclosed `${` run from making the search quadratic.
    for (const match of text.matchAll(/\$\{(?:env:)?([A-Za-z_][A-Za-z0-9_]{0,255})(?::?[-?=+][^}]{0,512})?\}|\$\{[^}]{0,512}\}|\$([A-Za-z_][A-Za-z0-9_]{0,255})/g)) {
        const name = match[1] ?? match[2];
        const start = match.index;
        const end = start + match[0].length;
        found.push({ start, end, accesses: name ? [{ source: { type: 'variable', name }, start, end }] : [] });
    }
    return found;
}
/** The sink for a variable-like name, with what the name says it expects. */
function namedSink(type, name, classify) {
    const classified = classify(name);
    if (!classified?.kind)
        return { type, name };
    return { type, name, expects: classified.kind, ...(classified.root ? { root: true } : {}) };
}

;// CONCATENATED MODULE: ./src/formats/shared/yaml-reader.ts




/** Parses a YAML or JSON file for one format; its syntax problems are the model's first problems. */
function yamlReader(format, file, text, context) {
    const source = new YamlSource(file, text);
    const builder = new ModelBuilder(file, format);
    builder.addProblems(source.problems());
    return { source, builder, context };
}
/**
 * Reads one scalar as the value of a slot: a name (classified like a variable) or a sink. Anything
 * but a scalar with text reads as nothing.
 */
function readScalarValue(reader, node, slot, options = {}) {
    if (!(0,dist/* isScalar */.jn)(node))
        return emptyCollected();
    const whole = scalarText(node) ?? (options.emptyWhenNull ? '' : undefined);
    if (whole === undefined)
        return emptyCollected();
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

;// CONCATENATED MODULE: ./src/credentials/iam.ts

/** The only actions an SES SMTP user needs (the console creates the first; older docs add the second). */
const smtpUserActions = ['ses:SendRawEmail', 'ses:SendEmail'];
/** The permissions that create SMTP credentials: in an automation identity, a way to mint keys for anyone. */
const credentialMintingActions = ['iam:CreateAccessKey', 'iam:CreateUser', 'iam:PutUserPolicy'];
/** IAM action matching: case-insensitive, `*` and `?` wildcards. */
function actionMatches(pattern, action) {
    const regex = new RegExp(`^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`, 'i');
    return regex.test(action);
}
/** True when a statement allows anything beyond what an SMTP user needs. */
function allowsBeyondSmtp(statement) {
    if (statement.effect !== 'Allow')
        return false;
    if (statement.notAction)
        return true;
    return statement.actions.some((action) => !smtpUserActions.some((allowed) => allowed.toLowerCase() === action.toLowerCase()));
}
function grantsOf(iam, principalKey) {
    const grants = [];
    const bindings = iam.bindings.filter((binding) => binding.principalKey === principalKey);
    for (const binding of bindings) {
        if (binding.managedPolicyArn) {
            const statement = managedPolicyStatement(binding.managedPolicyArn);
            if (statement)
                grants.push({
                    statement,
                    file: binding.file,
                    span: binding.span,
                    via: binding.managedPolicyArn.split('/').pop() ?? binding.managedPolicyArn,
                });
        }
        if (binding.ownerKey) {
            for (const statement of iam.statements)
                if (statement.ownerKey === binding.ownerKey)
                    grants.push({ statement, file: statement.file, span: statement.span, via: 'policy' });
        }
    }
    return grants;
}
/** Users whose key becomes SMTP credentials: its SMTP password is used, or the user is named as an SMTP user. */
function smtpUserKeys(model) {
    const { iam } = model;
    const keysWithSmtpPassword = new Set(iam.smtpPasswordUses.map((use) => use.accessKeyKey));
    // An SMTP password handed out (an output, a parameter) is one made to be used.
    for (const exposure of iam.exposures)
        if (exposure.kind === 'smtp-password' || exposure.kind === 'smtp-password-v2')
            keysWithSmtpPassword.add(exposure.accessKeyKey);
    for (const reference of model.references) {
        if (reference.source.type === 'attribute' &&
            (reference.source.kind === 'smtp-password' || reference.source.kind === 'smtp-password-v2'))
            keysWithSmtpPassword.add(reference.source.accessKey);
    }
    const users = new Set();
    for (const key of iam.accessKeys)
        if (key.userKey && keysWithSmtpPassword.has(key.key))
            users.add(key.userKey);
    for (const principal of iam.principals)
        if (principal.kind === 'user' && principal.smtpNamed)
            users.add(principal.key);
    return users;
}
function grantsSes(grants) {
    return grants.some((grant) => grant.statement.effect === 'Allow' && grant.statement.actions.some((action) => /^ses:|^ses\*|^\*$/i.test(action)));
}
/** A user ARN's name, when the ARN names one user: no `*` or `?` after `user/`. */
function singleUserName(arn) {
    const match = /:user\/(?:[^*?]*\/)?([^/*?]+)$/.exec(arn);
    return match && !/[*?]/.test(arn.slice(arn.indexOf(':user/'))) ? match[1] : undefined;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/policy-targets.ts



function arnTarget(label, resources) {
    const user = singleUserName(label);
    return { label, userKeys: user ? resources.usersNamed(user) : [], singleUser: user !== undefined };
}
/**
 * `!GetAtt User.Arn` (or `!Ref User`) names that user of the template; an ARN written out or in a `!Sub`
 * names one user when no wildcard follows `user/`; anything else names no user the scan knows.
 */
function templateResourceResolver(resources) {
    return (node) => {
        const intrinsic = intrinsicOf(node);
        if (intrinsic) {
            const isUser = resources.typeOf(intrinsic.target) === 'AWS::IAM::User';
            const label = intrinsic.attribute
                ? `!GetAtt ${intrinsic.target}.${intrinsic.attribute}`
                : `!Ref ${intrinsic.target}`;
            return { label, userKeys: isUser ? [resources.keyOf(intrinsic.target)] : [], singleUser: isUser };
        }
        const text = scalarText(subString(node) ?? node);
        return text === undefined ? { label: '<expression>', userKeys: [], singleUser: false } : arnTarget(text, resources);
    };
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/reader.ts









const principalKinds = {
    'AWS::IAM::User': 'user',
    'AWS::IAM::Role': 'role',
    'AWS::IAM::Group': 'group',
};
/** Reads one template (or a Serverless `resources` fragment): its IAM facts, values and Lambda environments. */
function readCloudFormation(reader, root) {
    return new CloudFormationReader(reader).read(root);
}
class CloudFormationReader {
    reader;
    iam = emptyIam();
    types = new Map();
    usersByName = new Map();
    resolveResource = templateResourceResolver({
        typeOf: (id) => this.types.get(id),
        keyOf: (id) => this.key(id),
        usersNamed: (name) => this.usersByName.get(name) ?? [],
    });
    visited = new Set();
    constructor(reader) {
        this.reader = reader;
    }
    get source() {
        return this.reader.source;
    }
    key(logicalId) {
        return `${this.source.file}::${logicalId}`;
    }
    sourceOf(target, attribute) {
        return attributeSource(target, attribute, (id) => this.types.get(id), (id) => this.key(id));
    }
    intrinsicSource(intrinsic) {
        return intrinsic && this.sourceOf(intrinsic.target, intrinsic.attribute);
    }
    sink(name) {
        return namedSink('env', name, this.reader.context.classifyName);
    }
    read(root) {
        for (const pair of mapPairs(getValue(root, 'Resources'))) {
            const id = scalarText(pair.key) ?? '';
            const type = scalarText(getValue(pair.value, 'Type')) ?? '';
            this.types.set(id, type);
            const userName = scalarText(getPath(pair.value, 'Properties', 'UserName'));
            if (type === 'AWS::IAM::User' && userName)
                this.usersByName.set(userName, [this.key(id)]);
        }
        for (const pair of mapPairs(getValue(root, 'Parameters'))) {
            const fallback = getValue(pair.value, 'Default');
            if (fallback)
                this.readValue(fallback, this.sink(scalarText(pair.key) ?? ''));
        }
        const globalEnv = this.readEnvironment(getPath(root, 'Globals', 'Function', 'Environment', 'Variables'));
        for (const pair of mapPairs(getValue(root, 'Resources')))
            this.readResource(scalarText(pair.key) ?? '', pair.value, globalEnv);
        if (globalEnv.referenceIds.length > 0)
            this.reader.builder.use('Globals › Function', this.source.nodeSpan(getValue(root, 'Globals')), globalEnv.referenceIds, destinationOf(globalEnv, 'unknown'));
        for (const pair of mapPairs(getValue(root, 'Outputs')))
            this.exposeIfSecret(getValue(pair.value, 'Value'), 'cloudformation-output', scalarText(pair.key) ?? '');
        this.readRemaining(root);
        return this.iam;
    }
    readResource(id, resource, globalEnv) {
        const type = scalarText(getValue(resource, 'Type')) ?? '';
        const properties = getValue(resource, 'Properties');
        const key = this.key(id);
        const file = this.source.file;
        const span = this.source.nodeSpan(getPair(resource, 'Type')?.key);
        const principalKind = principalKinds[type];
        if (principalKind) {
            const name = scalarText(getValue(properties, 'UserName')) ?? scalarText(getValue(properties, 'RoleName')) ?? '';
            const smtpNamed = /smtp/i.test(`${id} ${name}`);
            this.iam.principals.push({ key, file, span, kind: principalKind, label: id, smtpNamed });
            const loginProfile = getPair(properties, 'LoginProfile');
            if (loginProfile)
                this.iam.loginProfiles.push({ file, span: this.source.nodeSpan(loginProfile.key), userKey: key });
            seqItems(getValue(properties, 'Policies')).forEach((policy, index) => {
                const owner = `${key}#policy${index}`;
                this.iam.statements.push(...readPolicyDocument(this.source, getValue(policy, 'PolicyDocument'), owner, this.resolveResource));
                this.iam.bindings.push({ file, span: this.source.nodeSpan(policy), principalKey: key, ownerKey: owner });
            });
            this.bindManagedPolicies(key, getValue(properties, 'ManagedPolicyArns'));
        }
        else if (type === 'AWS::IAM::AccessKey') {
            const user = intrinsicOf(getValue(properties, 'UserName'));
            this.iam.accessKeys.push({ key, file, span, userKey: user ? this.key(user.target) : undefined });
        }
        else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
            this.iam.statements.push(...readPolicyDocument(this.source, getValue(properties, 'PolicyDocument'), key, this.resolveResource));
            for (const list of ['Users', 'Roles', 'Groups']) {
                for (const item of seqItems(getValue(properties, list))) {
                    const target = intrinsicOf(item)?.target ?? scalarText(item);
                    if (target)
                        this.iam.bindings.push({
                            file,
                            span: this.source.nodeSpan(item),
                            principalKey: this.key(target),
                            ownerKey: key,
                        });
                }
            }
        }
        else if (type === 'AWS::SSM::Parameter' && scalarText(getValue(properties, 'Type')) === 'String') {
            this.exposeIfSecret(getValue(properties, 'Value'), 'ssm-parameter');
        }
        else if (type === 'AWS::Lambda::Function' || type === 'AWS::Serverless::Function') {
            const env = this.readEnvironment(getPath(properties, 'Environment', 'Variables'));
            const visible = merge(globalEnv, env);
            if (env.referenceIds.length > 0)
                this.reader.builder.use(`function ${id}`, span, visible.referenceIds, destinationOf(visible, 'unknown'));
        }
    }
    bindManagedPolicies(principalKey, arns) {
        for (const item of seqItems(arns)) {
            const arn = scalarText(item) ?? '';
            const target = intrinsicOf(item)?.target;
            const place = { file: this.source.file, span: this.source.nodeSpan(item), principalKey };
            if (target)
                this.iam.bindings.push({ ...place, ownerKey: this.key(target) });
            else if (managedPolicyStatement(arn))
                this.iam.bindings.push({ ...place, managedPolicyArn: arn });
        }
    }
    readEnvironment(variables) {
        return merge(...mapPairs(variables).map((pair) => this.readValue(pair.value, this.sink(scalarText(pair.key) ?? ''))));
    }
    exposeIfSecret(value, channel, outputId) {
        const what = (name) => (outputId ? `output ${outputId} (${name})` : name);
        const intrinsic = intrinsicOf(value);
        const attribute = this.intrinsicSource(intrinsic);
        if (attribute?.type === 'attribute' && attribute.kind !== 'access-key-id') {
            this.iam.exposures.push({
                file: this.source.file,
                span: this.source.nodeSpan(intrinsic?.at),
                kind: attribute.kind,
                channel,
                what: what(attribute.name),
                nonsensitive: false,
                accessKeyKey: attribute.accessKey,
            });
            return;
        }
        const sub = subString(value);
        const text = sub ? scalarText(sub) : undefined;
        if (!sub || !text)
            return;
        for (const match of text.matchAll(/\$\{([A-Za-z0-9]+)\.([A-Za-z]+)\}/g)) {
            const source = this.sourceOf(match[1] ?? '', match[2]);
            if (source?.type === 'attribute' && source.kind !== 'access-key-id')
                this.iam.exposures.push({
                    file: this.source.file,
                    span: this.source.locateSpan(sub, match.index, match.index + match[0].length),
                    kind: source.kind,
                    channel,
                    what: what(source.name),
                    nonsensitive: false,
                    accessKeyKey: source.accessKey,
                });
        }
    }
    /** Reads a value: literals and `${…}` placeholders, and `Ref`/`GetAtt` of access keys as attribute references. */
    readValue(node, sink) {
        this.visited.add(node);
        const intrinsic = intrinsicOf(node);
        const attribute = this.intrinsicSource(intrinsic);
        if (attribute) {
            const id = this.reader.builder.reference(this.source.nodeSpan(intrinsic?.at), attribute, sink);
            return { ...emptyCollected(), referenceIds: [id], names: [sink.name] };
        }
        const sub = subString(node);
        const scalar = sub ?? ((0,dist/* isScalar */.jn)(node) ? node : undefined);
        if (!scalar)
            return emptyCollected();
        this.visited.add(scalar);
        const substituted = scalar.tag === '!Sub' || sub !== undefined;
        return readScalarValue(this.reader, scalar, sink, {
            interpolations: (text) => substituted ? findVariableInterpolations(text).map((found) => this.subInterpolation(text, found)) : [],
        });
    }
    /** `${Key.SecretAccessKey}` in a `!Sub` is an attribute reference; other placeholders are template parameters. */
    subInterpolation(text, interpolation) {
        const inner = /^\$\{([A-Za-z0-9]+)(?:\.([A-Za-z]+))?\}$/.exec(text.slice(interpolation.start, interpolation.end));
        const source = inner ? this.sourceOf(inner[1] ?? '', inner[2]) : undefined;
        if (source)
            return { ...interpolation, accesses: [{ source, start: interpolation.start, end: interpolation.end }] };
        return { ...interpolation, accesses: [] };
    }
    /** Every other scalar: literal keys and SMTP passwords by shape, named by their key. */
    readRemaining(node, key = '') {
        if (this.visited.has(node))
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items)
                this.readRemaining(pair.value, scalarText(pair.key) ?? key);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                this.readRemaining(item, key);
        }
        else if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
            this.readValue(node, this.sink(key));
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/text/literals.ts

/** How far back on its line a value's name may stand; bounded so the pass stays linear. */
const nameReach = 160;
/**
 * How much text one finding depends on: its name's reach, the longest literal (44 characters) and the
 * characters either side that end its run. Text read in pieces overlaps by this much (`chunked.ts`).
 */
const literalReach = nameReach + 44 + 2;
const isBase64Char = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;
const isAlphanumeric = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isNameChar = (code) => isAlphanumeric(code) || code === 95 || code === 45 || code === 46;
/**
 * One linear pass over the text: every maximal run of base64 characters is looked at once. Access key
 * IDs are the alphanumeric pieces of a run; SMTP passwords are whole runs of their exact shape (44
 * characters, no padding, the version byte first: 33 bytes); secret access keys are whole runs of 40
 * characters that stand beside a secret-key name or an access key ID on the same line.
 */
function findLiterals(text, isSecretKeyName, begins = {}) {
    const hits = [];
    let lineStart = 0;
    let keyIdOnLine = begins.keyIdOnLine === true;
    let partialRun = begins.insideRun === true && isBase64Char(text.charCodeAt(0));
    let at = 0;
    while (at < text.length) {
        const code = text.charCodeAt(at);
        if (code === 10) {
            lineStart = at + 1;
            keyIdOnLine = false;
            at++;
            continue;
        }
        if (!isBase64Char(code)) {
            at++;
            continue;
        }
        let end = at;
        while (end < text.length && isBase64Char(text.charCodeAt(end)))
            end++;
        const padded = text.charCodeAt(end) === 61;
        const ids = keyIdsIn(text, partialRun ? afterFirstPiece(text, at, end) : at, end);
        if (ids.length > 0)
            keyIdOnLine = true;
        hits.push(...ids);
        if (!padded && !partialRun) {
            const whole = wholeRunHit(text, at, end, lineStart, keyIdOnLine, isSecretKeyName);
            if (whole)
                hits.push(whole);
        }
        partialRun = false;
        at = end;
    }
    return hits;
}
/** Where a run's second piece starts: its first may be the tail of a longer piece before the text. */
function afterFirstPiece(text, start, end) {
    let at = start;
    while (at < end && isAlphanumeric(text.charCodeAt(at)))
        at++;
    return at + 1;
}
function keyIdsIn(text, start, end) {
    const hits = [];
    let piece = start;
    while (piece < end) {
        let pieceEnd = piece;
        while (pieceEnd < end && isAlphanumeric(text.charCodeAt(pieceEnd)))
            pieceEnd++;
        if (pieceEnd - piece === 20) {
            const value = text.slice(piece, pieceEnd);
            if (values_classifyValue(value)?.kind === 'access-key-id') {
                hits.push({ kind: 'access-key-id', start: piece, end: pieceEnd, value, name: nameBefore(text, piece) });
            }
        }
        piece = pieceEnd + 1;
    }
    return hits;
}
/** Whole runs of 44 (SMTP password) or 40 (secret key) characters, judged by the shared value classifier. */
function wholeRunHit(text, start, end, lineStart, keyIdOnLine, isSecretKeyName) {
    const length = end - start;
    if (length !== 40 && length !== 44)
        return undefined;
    const value = text.slice(start, end);
    const kind = values_classifyValue(value)?.kind;
    if (kind === 'smtp-password' || kind === 'smtp-password-v2') {
        return { kind, start, end, value, name: nameBefore(text, start) };
    }
    if (kind !== 'secret-access-key')
        return undefined;
    const name = nameBefore(text, start);
    const besideKeyId = keyIdOnLine && start > lineStart;
    return (name !== undefined && isSecretKeyName(name)) || besideKeyId ? { kind, start, end, value, name } : undefined;
}
/**
 * The name a value is written against, read backwards on its line: quotes and blanks, at most one
 * `=`, `:` or `=>`, then the name itself (`AWS_SECRET_ACCESS_KEY="…"`, `"SecretAccessKey": "…"`,
 * `aws configure set aws_secret_access_key …`, `--password …`).
 */
function nameBefore(text, valueStart) {
    const limit = Math.max(0, valueStart - nameReach);
    let at = valueStart - 1;
    const skipBlanksAndQuotes = (also = '') => {
        while (at >= limit && at >= 0 && ` \t"'\`${also}`.includes(text.charAt(at)))
            at--;
    };
    // `key={ value }` and `key=( value )`, as shell and template authors write them.
    skipBlanksAndQuotes('{([');
    if (text.charAt(at) === '>' && text.charAt(at - 1) === '=')
        at -= 2;
    else if (text.charAt(at) === '=' || text.charAt(at) === ':') {
        at--;
        if (text.charAt(at) === ':')
            at--;
    }
    skipBlanksAndQuotes();
    const end = at + 1;
    while (at >= limit && isNameChar(text.charCodeAt(at)))
        at--;
    const name = text.slice(at + 1, end).replace(/^[-.]+/, '');
    // A name is never a piece of a value: not the key ID before `:secret`, nor the tail of a base64 run
    // (`…/Kc9Wd1:AKIA…`), since names reach messages and only whole credentials are redacted there.
    const insideBase64 = at >= 0 && (text.charCodeAt(at) === 43 || text.charCodeAt(at) === 47);
    return name === '' || insideBase64 || values_classifyValue(name) !== undefined ? undefined : name;
}

;// CONCATENATED MODULE: ./src/formats/text/layer.ts


/** Why a file's model comes from the text layer alone; said in the file's note. */
const textOnlyNote = 'read as text only: credential-shaped values were still looked for';
/** Said after a syntax error in a file whose parsed part was read: what the parser lost, the text pass still saw. */
const textAlsoNote = 'the whole text was also read for credential-shaped values';
/**
 * The layer under the parsers: literal credentials in the raw text become references like the ones the
 * adapters make. Where an adapter saw the same value, its reference (which knows the slot and where the
 * value goes) is kept and the text layer's is dropped, so nothing is reported twice.
 */
function withTextLayer(model, text, classifyName) {
    const hits = findLiterals(text, secretKeyNamed(classifyName));
    if (hits.length === 0)
        return model;
    const lines = new LineIndex(text);
    return withLiterals(model, hits.map((hit) => ({ hit, span: lines.span(hit.start, hit.end) })));
}
/** The configured classifier's answer to "does this name say secret access key". */
function secretKeyNamed(classifyName) {
    return (name) => classifyName(name)?.kind === 'secret-access-key';
}
/** Adds the literals found in a file's text to its model, except where an adapter's reference already covers one. */
function withLiterals(model, found) {
    const overlapsSeen = overlapTest(model.references.filter((reference) => reference.source.type === 'literal').map((r) => r.span));
    const added = found
        .filter(({ span }) => !overlapsSeen(span))
        .map(({ hit, span }, index) => textReference(model.file, index, hit, span));
    return added.length === 0 ? model : { ...model, references: [...model.references, ...added] };
}
function textReference(file, index, hit, span) {
    return {
        id: `${file}#t${index + 1}`,
        file,
        span,
        source: { type: 'literal', value: hit.value },
        sink: { type: 'text', name: hit.name ?? '' },
    };
}
const compare = (a, b) => a[0] - b[0] || a[1] - b[1];
/**
 * Whether a span overlaps any of `spans` (touching is not overlapping), in logarithmic time: a file of
 * 50 000 key lines has as many adapter references as text hits, and comparing every pair is quadratic.
 * The spans are sorted by start, each with the furthest end among it and those before it; a span
 * overlaps one of them exactly when some span starting before its end reaches past its start.
 */
function overlapTest(spans) {
    const sorted = spans
        .map((span) => ({
        start: [span.startLine, span.startColumn],
        end: [span.endLine, span.endColumn],
    }))
        .sort((a, b) => compare(a.start, b.start));
    const furthestEnd = [];
    for (const { end } of sorted) {
        const previous = furthestEnd[furthestEnd.length - 1];
        furthestEnd.push(previous && compare(previous, end) > 0 ? previous : end);
    }
    return (span) => {
        const start = [span.startLine, span.startColumn];
        const end = [span.endLine, span.endColumn];
        let low = 0;
        let high = sorted.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            const candidate = sorted[middle];
            if (candidate && compare(candidate.start, end) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        const reach = furthestEnd[low - 1];
        return reach !== undefined && compare(reach, start) > 0;
    };
}

;// CONCATENATED MODULE: ./src/formats/shared/documents.ts





/**
 * A Go template (Helm) is not YAML; it is said to be one only where YAML parsing failed, so a comment
 * such as `# rendered from {{ .Values.x }}` in a manifest that parses changes nothing.
 */
function isGoTemplate(text) {
    return /\{\{-?\s*[.$a-z(]/.test(text.replace(/\$\{\{/g, ''));
}
function hasLiterals(text, context) {
    return findLiterals(text, (name) => context.classifyName(name)?.kind === 'secret-access-key').length > 0;
}
/**
 * A syntax error in a file of no known format is not worth a note unless the text holds a credential;
 * where it is, the first error says the text was read whole anyway.
 */
function syntaxNotes(problems, worthANote) {
    const syntax = (problem) => problem.message.startsWith(syntaxErrorPrefix);
    if (!worthANote)
        return problems.filter((problem) => !syntax(problem));
    const first = problems.findIndex(syntax);
    return problems.map((problem, index) => index === first ? { ...problem, message: `${problem.message}; ${textAlsoNote}` } : problem);
}
/**
 * Parses a YAML or JSON file once and gives each document to the format that recognises it: one file
 * may hold a Kubernetes Secret, a Deployment and a CloudFormation template, each read as itself.
 */
function parseDocuments(file, text, context, formats, unrecognised, fallbackFormat = 'yaml') {
    const reader = yamlReader(fallbackFormat, file, text, context);
    const failed = reader.source.documents.some((doc) => doc.errors.length > 0);
    if (failed && isGoTemplate(text))
        return {
            file,
            format: fallbackFormat,
            references: [],
            uses: [],
            problems: [{ file, message: `a Go template (Helm), not YAML; ${textOnlyNote}` }],
        };
    const facts = { iam: [], formatFacts: {} };
    const read = new Set();
    for (const doc of reader.source.documents) {
        const root = doc.contents;
        if (!root)
            continue;
        const format = formats.find((candidate) => candidate.recognises(root));
        if (format) {
            read.add(format.id);
            format.readDocument(reader, root, facts);
        }
        else
            unrecognised?.(reader, root, facts);
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

;// CONCATENATED MODULE: ./src/formats/shared/paths.ts
/**
 * File names that say the format whatever the folder. Adapters that claim files by folder leave these
 * to their owners, so that no path is claimed by two adapters (`__tests__/formats/meta.test.ts`).
 */
const workflowPath = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
const compositeActionName = /(?:^|\/)action\.ya?ml$/i;
const composeName = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i;
const serverlessName = /(?:^|\/)serverless(?:\.[^/]+)?\.ya?ml$/i;
/** A workflow or composite action: GitHub reads every YAML file in `.github/workflows/` as a workflow. */
function isGitHubWorkflowPath(path) {
    return workflowPath.test(path) || compositeActionName.test(path);
}
/** A file its name gives to one YAML format (a workflow, a composite action, Compose, Serverless). */
function isNamedYamlFormat(path) {
    return isGitHubWorkflowPath(path) || composeName.test(path) || serverlessName.test(path);
}
/** Lock files and tool configs are JSON or YAML but never a format read by content; they are not even read. */
const neverFormats = /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|composer\.(?:json|lock)|tsconfig[^/]*\.json|\.?eslintrc[^/]*|pnpm-lock\.yaml|yarn\.lock|renovate\.json|\.prettierrc[^/]*)$/i;
/** A YAML or JSON file that may hold a format recognised by content (CloudFormation, Kubernetes, Compose, Serverless). */
function isStructuredDataPath(path) {
    return /\.(?:ya?ml|json|template)$/i.test(path) && !neverFormats.test(path);
}

;// CONCATENATED MODULE: ./src/formats/cloudformation.ts





function readTemplate(reader, root, facts) {
    facts.iam.push(readCloudFormation(reader, root));
}
const cloudFormationAdapter = {
    id: 'cloudformation',
    title: 'CloudFormation / SAM',
    claim: 'content',
    description: 'CloudFormation and SAM templates (YAML or JSON)',
    // Templates are recognised by content, wherever they are; the path only rules out what cannot be one.
    recognises: looksLikeCloudFormation,
    readDocument: readTemplate,
    matches: isStructuredDataPath,
    mayMatter: (bytes) => bytes.includes('AWSTemplateFormatVersion') || bytes.includes('AWS::') || bytes.includes('Custom::'),
    parse: (file, text, context) => parseDocuments(file, text, context, [{ id: 'cloudformation', recognises: looksLikeCloudFormation, readDocument: readTemplate }], undefined, 'cloudformation'),
};

;// CONCATENATED MODULE: ./src/formats/docker-compose.ts






/** A Compose file by content: a top-level `services` map whose every entry is a service map. */
function isComposeFile(root) {
    const services = mapPairs(getValue(root, 'services'));
    return (services.length > 0 &&
        services.every((service) => (0,dist/* isMap */.jh)(service.value)) &&
        !hasKey(root, 'apiVersion') &&
        !hasKey(root, 'provider') &&
        !looksLikeCloudFormation(root));
}
function readServices(reader, root) {
    const { source, builder } = reader;
    for (const service of mapPairs(getValue(root, 'services'))) {
        const environment = getValue(service.value, 'environment');
        const parts = mapPairs(environment).map((pair) => readScalarValue(reader, pair.value, scalarText(pair.key) ?? '', { emptyWhenNull: true }));
        // The list form: `- NAME=value`.
        for (const item of seqItems(environment)) {
            const entry = scalarText(item);
            const equals = entry?.indexOf('=') ?? -1;
            if (entry && equals >= 0)
                parts.push(readScalarValue(reader, item, entry.slice(0, equals), { from: equals + 1 }));
        }
        const visible = merge(...parts);
        if (visible.referenceIds.length > 0)
            builder.use(`service ${scalarText(service.key) ?? '?'}`, source.nodeSpan(service.key), visible.referenceIds, destinationOf(visible, 'unknown'));
    }
}
const dockerComposeAdapter = {
    id: 'docker-compose',
    title: 'Docker Compose',
    claim: 'content',
    description: 'Docker Compose files',
    matches: isStructuredDataPath,
    recognises: isComposeFile,
    readDocument: readServices,
    mayMatter: (bytes) => bytes.includes('services'),
    parse: (file, text, context) => parseDocuments(file, text, context, [{ id: 'docker-compose', recognises: isComposeFile, readDocument: readServices }], undefined, 'docker-compose'),
};

;// CONCATENATED MODULE: ./src/formats/dotenv.ts



/** Name and the rest of the line; the value is trimmed in code, since a regex doing it backtracks on long blank runs. */
const assignment = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=([^\n]*)$/;
/** The value without the blanks around it and a trailing carriage return. */
function trimValue(raw) {
    let start = 0;
    let end = raw.length;
    while (start < end && (raw[start] === ' ' || raw[start] === '\t'))
        start++;
    while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t' || raw[end - 1] === '\r'))
        end--;
    return raw.slice(start, end);
}
/** The value of one `.env` line without quotes and trailing comment, and where it starts in the line. */
function unquote(raw) {
    const quote = raw[0];
    if ((quote === '"' || quote === "'") && raw.indexOf(quote, 1) > 0)
        return { value: raw.slice(1, raw.indexOf(quote, 1)), offset: 1, interpolate: quote === '"' };
    const comment = raw.search(/[ \t]#/);
    return { value: comment >= 0 ? raw.slice(0, comment).trimEnd() : raw, offset: 0, interpolate: true };
}
const dotenvAdapter = {
    id: 'dotenv',
    title: '.env',
    claim: 'path',
    description: '.env files',
    matches: (path) => /(?:^|\/)\.env(?:\.[^/]+)?$/.test(path),
    parse: (file, text, context) => {
        const builder = new ModelBuilder(file, 'dotenv');
        const lines = new LineIndex(text);
        const span = (start, end) => lines.span(start, end);
        const parts = [];
        let lineStart = 0;
        for (const line of text.split('\n')) {
            const match = assignment.exec(line);
            const rawValue = match?.[2] === undefined ? undefined : trimValue(match[2]);
            if (match?.[1] !== undefined && rawValue !== undefined && !line.trimStart().startsWith('#')) {
                const rawStart = lineStart + line.indexOf(rawValue, line.indexOf('=') + 1);
                const { value, offset: quoteOffset, interpolate } = unquote(rawValue);
                const valueStart = rawStart + quoteOffset;
                parts.push(readValue(builder, {
                    text: value,
                    locate: (start, end) => span(valueStart + start, valueStart + end),
                    outer: namedSink('env', match[1], context.classifyName),
                    interpolations: interpolate ? findVariableInterpolations(value) : [],
                    script: false,
                    wholeValueSlot: true,
                }));
            }
            lineStart += line.length + 1;
        }
        const visible = merge(...parts);
        if (visible.referenceIds.length > 0)
            builder.use(file, span(0, 0), visible.referenceIds, destinationOf(visible, 'unknown'));
        return builder.build();
    },
};

;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/ast.js
class Expr {
}
class Literal extends Expr {
    constructor(literal, token) {
        super();
        this.literal = literal;
        this.token = token;
    }
    accept(v) {
        return v.visitLiteral(this);
    }
}
class Unary extends Expr {
    constructor(operator, expr) {
        super();
        this.operator = operator;
        this.expr = expr;
    }
    accept(v) {
        return v.visitUnary(this);
    }
}
class FunctionCall extends Expr {
    constructor(functionName, args) {
        super();
        this.functionName = functionName;
        this.args = args;
    }
    accept(v) {
        return v.visitFunctionCall(this);
    }
}
class Binary extends Expr {
    constructor(left, operator, right) {
        super();
        this.left = left;
        this.operator = operator;
        this.right = right;
    }
    accept(v) {
        return v.visitBinary(this);
    }
}
class Logical extends Expr {
    constructor(operator, args) {
        super();
        this.operator = operator;
        this.args = args;
    }
    accept(v) {
        return v.visitLogical(this);
    }
}
class Grouping extends Expr {
    constructor(group) {
        super();
        this.group = group;
    }
    accept(v) {
        return v.visitGrouping(this);
    }
}
class ContextAccess extends Expr {
    constructor(name) {
        super();
        this.name = name;
    }
    accept(v) {
        return v.visitContextAccess(this);
    }
}
class IndexAccess extends Expr {
    constructor(expr, index) {
        super();
        this.expr = expr;
        this.index = index;
    }
    accept(v) {
        return v.visitIndexAccess(this);
    }
}
class ast_Star extends Expr {
    accept() {
        throw new Error("Method not implemented.");
    }
}
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/expressiondata.js
var expressiondata_Kind;
(function (Kind) {
    Kind[Kind["String"] = 0] = "String";
    Kind[Kind["Array"] = 1] = "Array";
    Kind[Kind["Dictionary"] = 2] = "Dictionary";
    Kind[Kind["Boolean"] = 3] = "Boolean";
    Kind[Kind["Number"] = 4] = "Number";
    Kind[Kind["CaseSensitiveDictionary"] = 5] = "CaseSensitiveDictionary";
    Kind[Kind["Null"] = 6] = "Null";
})(expressiondata_Kind || (expressiondata_Kind = {}));
function kindStr(k) {
    switch (k) {
        case expressiondata_Kind.Array:
            return "Array";
        case expressiondata_Kind.Boolean:
            return "Boolean";
        case expressiondata_Kind.Null:
            return "Null";
        case expressiondata_Kind.Number:
            return "Number";
        case expressiondata_Kind.Dictionary:
            return "Object";
        case expressiondata_Kind.String:
            return "String";
    }
    return "unknown";
}
//# sourceMappingURL=expressiondata.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/dictionary.js

class Dictionary {
    constructor(...pairs) {
        this.keys = [];
        this.v = [];
        this.indexMap = {};
        this.kind = expressiondata_Kind.Dictionary;
        this.primitive = false;
        for (const p of pairs) {
            this.add(p.key, p.value);
        }
    }
    coerceString() {
        return kindStr(this.kind);
    }
    number() {
        return NaN;
    }
    add(key, value) {
        if (key.toLowerCase() in this.indexMap) {
            return;
        }
        this.keys.push(key);
        this.v.push(value);
        this.indexMap[key.toLowerCase()] = this.v.length - 1;
    }
    get(key) {
        const index = this.indexMap[key.toLowerCase()];
        if (index === undefined) {
            return undefined;
        }
        return this.v[index];
    }
    values() {
        return this.v;
    }
    pairs() {
        const result = [];
        for (const key of this.keys) {
            result.push({ key, value: this.v[this.indexMap[key.toLowerCase()]] });
        }
        return result;
    }
}
function dictionary_isDictionary(x) {
    return x.kind === Kind.Dictionary;
}
//# sourceMappingURL=dictionary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/array.js

class array_Array {
    constructor(...data) {
        this.v = [];
        this.kind = expressiondata_Kind.Array;
        this.primitive = false;
        for (const d of data) {
            this.add(d);
        }
    }
    coerceString() {
        return kindStr(this.kind);
    }
    number() {
        return NaN;
    }
    add(value) {
        this.v.push(value);
    }
    get(index) {
        return this.v[index];
    }
    values() {
        return this.v;
    }
}
//# sourceMappingURL=array.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/boolean.js

class BooleanData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.Boolean;
        this.primitive = true;
    }
    coerceString() {
        if (this.value) {
            return "true";
        }
        return "false";
    }
    number() {
        if (this.value) {
            return 1;
        }
        return 0;
    }
}
//# sourceMappingURL=boolean.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/null.js

class Null {
    constructor() {
        this.kind = expressiondata_Kind.Null;
        this.primitive = true;
    }
    coerceString() {
        return "";
    }
    number() {
        return 0;
    }
}
//# sourceMappingURL=null.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/number.js

class NumberData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.Number;
        this.primitive = true;
    }
    coerceString() {
        if (this.value === 0) {
            return "0";
        }
        // Workaround to limit the precision to at most 15 digits. Format the number to a string, then parse
        // it back to a number to remove trailing zeroes to prevent numbers to be converted to 1.200000000...
        return (+this.value.toFixed(15)).toString();
    }
    number() {
        return this.value;
    }
}
//# sourceMappingURL=number.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/string.js

class StringData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.String;
        this.primitive = true;
    }
    coerceString() {
        return this.value;
    }
    number() {
        return Number(this.value);
    }
}
//# sourceMappingURL=string.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/replacer.js






/**
 * Replacer can be passed to JSON.stringify to convert an ExpressionData object into plain JSON
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify#replacer
 */
function replacer(_key, value) {
    if (value instanceof Null) {
        return null;
    }
    if (value instanceof BooleanData) {
        return value.value;
    }
    if (value instanceof NumberData) {
        return value.number();
    }
    if (value instanceof StringData) {
        return value.coerceString();
    }
    if (value instanceof array_Array) {
        return value.values();
    }
    if (value instanceof Dictionary) {
        const pairs = value.pairs();
        const r = {};
        for (const p of pairs) {
            r[p.key] = p.value;
        }
        return r;
    }
    return value;
}
//# sourceMappingURL=replacer.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/reviver.js






/**
 * Reviver can be passed to `JSON.parse` to convert plain JSON into an `ExpressionData` object.
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse#reviver
 */
function reviver(_key, val) {
    if (val === null) {
        return new Null();
    }
    if (typeof val === "string") {
        return new StringData(val);
    }
    if (typeof val === "number") {
        return new NumberData(val);
    }
    if (typeof val === "boolean") {
        return new BooleanData(val);
    }
    if (Array.isArray(val)) {
        return new array_Array(...val);
    }
    if (typeof val === "object") {
        return new Dictionary(...Object.keys(val).map(k => ({
            key: k,
            value: val[k]
        })));
    }
    // Pass through value
    return val;
}
//# sourceMappingURL=reviver.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/index.js









//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/filtered_array.js

class filtered_array_FilteredArray extends array_Array {
}
//# sourceMappingURL=filtered_array.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/lexer.js


var lexer_TokenType;
(function (TokenType) {
    TokenType[TokenType["UNKNOWN"] = 0] = "UNKNOWN";
    TokenType[TokenType["LEFT_PAREN"] = 1] = "LEFT_PAREN";
    TokenType[TokenType["RIGHT_PAREN"] = 2] = "RIGHT_PAREN";
    TokenType[TokenType["LEFT_BRACKET"] = 3] = "LEFT_BRACKET";
    TokenType[TokenType["RIGHT_BRACKET"] = 4] = "RIGHT_BRACKET";
    TokenType[TokenType["COMMA"] = 5] = "COMMA";
    TokenType[TokenType["DOT"] = 6] = "DOT";
    TokenType[TokenType["BANG"] = 7] = "BANG";
    TokenType[TokenType["BANG_EQUAL"] = 8] = "BANG_EQUAL";
    TokenType[TokenType["EQUAL_EQUAL"] = 9] = "EQUAL_EQUAL";
    TokenType[TokenType["GREATER"] = 10] = "GREATER";
    TokenType[TokenType["GREATER_EQUAL"] = 11] = "GREATER_EQUAL";
    TokenType[TokenType["LESS"] = 12] = "LESS";
    TokenType[TokenType["LESS_EQUAL"] = 13] = "LESS_EQUAL";
    TokenType[TokenType["AND"] = 14] = "AND";
    TokenType[TokenType["OR"] = 15] = "OR";
    TokenType[TokenType["STAR"] = 16] = "STAR";
    TokenType[TokenType["NUMBER"] = 17] = "NUMBER";
    TokenType[TokenType["STRING"] = 18] = "STRING";
    TokenType[TokenType["IDENTIFIER"] = 19] = "IDENTIFIER";
    TokenType[TokenType["TRUE"] = 20] = "TRUE";
    TokenType[TokenType["FALSE"] = 21] = "FALSE";
    TokenType[TokenType["NULL"] = 22] = "NULL";
    TokenType[TokenType["EOF"] = 23] = "EOF";
})(lexer_TokenType || (lexer_TokenType = {}));
function tokenString(tok) {
    switch (tok.type) {
        case lexer_TokenType.EOF:
            return "EOF";
        case lexer_TokenType.NUMBER:
            return tok.lexeme;
        case lexer_TokenType.STRING:
            // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
            return tok.value.toString();
        default:
            return tok.lexeme;
    }
}
class lexer_Lexer {
    constructor(input) {
        this.input = input;
        this.start = 0;
        this.offset = 0;
        this.line = 0;
        this.lastLineOffset = 0;
        this.tokens = [];
    }
    lex() {
        if (this.input.length > MAX_EXPRESSION_LENGTH) {
            throw new Error("ErrorExceededMaxLength");
        }
        while (!this.atEnd()) {
            this.start = this.offset;
            const c = this.next();
            switch (c) {
                case "(":
                    this.addToken(lexer_TokenType.LEFT_PAREN);
                    break;
                case ")":
                    this.addToken(lexer_TokenType.RIGHT_PAREN);
                    break;
                case "[":
                    this.addToken(lexer_TokenType.LEFT_BRACKET);
                    break;
                case "]":
                    this.addToken(lexer_TokenType.RIGHT_BRACKET);
                    break;
                case ",":
                    this.addToken(lexer_TokenType.COMMA);
                    break;
                case ".":
                    if (this.previous() != lexer_TokenType.IDENTIFIER &&
                        this.previous() != lexer_TokenType.RIGHT_BRACKET &&
                        this.previous() != lexer_TokenType.RIGHT_PAREN &&
                        this.previous() != lexer_TokenType.STAR) {
                        this.consumeNumber();
                    }
                    else {
                        this.addToken(lexer_TokenType.DOT);
                    }
                    break;
                case "-":
                case "+":
                    this.consumeNumber();
                    break;
                case "!":
                    this.addToken(this.match("=") ? lexer_TokenType.BANG_EQUAL : lexer_TokenType.BANG);
                    break;
                case "=":
                    if (!this.match("=")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.EQUAL_EQUAL);
                    break;
                case "<":
                    this.addToken(this.match("=") ? lexer_TokenType.LESS_EQUAL : lexer_TokenType.LESS);
                    break;
                case ">":
                    this.addToken(this.match("=") ? lexer_TokenType.GREATER_EQUAL : lexer_TokenType.GREATER);
                    break;
                case "&":
                    if (!this.match("&")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.AND);
                    break;
                case "|":
                    if (!this.match("|")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.OR);
                    break;
                case "*":
                    this.addToken(lexer_TokenType.STAR);
                    break;
                // Ignore whitespace.
                case " ":
                case "\r":
                case "\t":
                    break;
                case "\n":
                    ++this.line;
                    this.lastLineOffset = this.offset;
                    break;
                case "'":
                    this.consumeString();
                    break;
                default:
                    switch (true) {
                        case isDigit(c):
                            this.consumeNumber();
                            break;
                        default:
                            this.consumeIdentifier();
                            break;
                    }
            }
        }
        this.tokens.push({
            type: lexer_TokenType.EOF,
            lexeme: "",
            range: this.range()
        });
        return {
            tokens: this.tokens
        };
    }
    pos() {
        return {
            line: this.line,
            column: this.start - this.lastLineOffset
        };
    }
    endPos() {
        return {
            line: this.line,
            column: this.offset - this.lastLineOffset
        };
    }
    range() {
        return {
            start: this.pos(),
            end: this.endPos()
        };
    }
    atEnd() {
        return this.offset >= this.input.length;
    }
    peek() {
        if (this.atEnd()) {
            return "\0";
        }
        return this.input[this.offset];
    }
    peekNext() {
        if (this.offset + 1 >= this.input.length) {
            return "\0";
        }
        return this.input[this.offset + 1];
    }
    previous() {
        const l = this.tokens.length;
        if (l == 0) {
            return lexer_TokenType.EOF;
        }
        return this.tokens[l - 1].type;
    }
    next() {
        return this.input[this.offset++];
    }
    match(expected) {
        if (this.atEnd()) {
            return false;
        }
        if (this.input[this.offset] !== expected) {
            return false;
        }
        this.offset++;
        return true;
    }
    addToken(type, value) {
        this.tokens.push({
            type,
            lexeme: this.input.substring(this.start, this.offset),
            range: this.range(),
            value
        });
    }
    consumeNumber() {
        while (!this.atEnd() && (!isBoundary(this.peek()) || this.peek() == ".")) {
            this.next();
        }
        const lexeme = this.input.substring(this.start, this.offset);
        const value = new StringData(lexeme).number();
        if (isNaN(value)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(lexer_TokenType.NUMBER, value);
    }
    consumeString() {
        while ((this.peek() !== "'" || this.peekNext() === "'") && !this.atEnd()) {
            if (this.peek() === "\n")
                this.line++;
            if (this.peek() === "'" && this.peekNext() === "'") {
                // Escaped "'", consume
                this.next();
            }
            this.next();
        }
        if (this.atEnd()) {
            // Unterminated string
            throw new Error(`Unexpected symbol: '${this.input.substring(this.start)}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        // Closing '
        this.next();
        // Trim the surrounding quotes.
        let value = this.input.substring(this.start + 1, this.offset - 1);
        value = value.replace("''", "'");
        this.addToken(lexer_TokenType.STRING, value);
    }
    consumeIdentifier() {
        while (!this.atEnd() && !isBoundary(this.peek())) {
            this.next();
        }
        let tokenType = lexer_TokenType.IDENTIFIER;
        let tokenValue = undefined;
        const lexeme = this.input.substring(this.start, this.offset);
        if (this.previous() != lexer_TokenType.DOT) {
            switch (lexeme) {
                case "true":
                    tokenType = lexer_TokenType.TRUE;
                    break;
                case "false":
                    tokenType = lexer_TokenType.FALSE;
                    break;
                case "null":
                    tokenType = lexer_TokenType.NULL;
                    break;
                case "NaN":
                    tokenType = lexer_TokenType.NUMBER;
                    tokenValue = NaN;
                    break;
                case "Infinity":
                    tokenType = lexer_TokenType.NUMBER;
                    tokenValue = Infinity;
                    break;
            }
        }
        if (!isLegalIdentifier(lexeme)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(tokenType, tokenValue);
    }
}
function isDigit(c) {
    return c >= "0" && c <= "9";
}
function isBoundary(c) {
    switch (c) {
        case "(":
        case "[":
        case ")":
        case "]":
        case ",":
        case ".":
        case "!":
        case ">":
        case "<":
        case "=":
        case "&":
        case "|":
            return true;
    }
    return /\s/.test(c);
}
function isLegalIdentifier(str) {
    if (str == "") {
        return false;
    }
    const first = str[0];
    if ((first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_") {
        for (const c of str.substring(1).split("")) {
            if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-") {
                // OK
            }
            else {
                return false;
            }
        }
        return true;
    }
    return false;
}
//# sourceMappingURL=lexer.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/errors.js

const MAX_PARSER_DEPTH = 50;
const MAX_EXPRESSION_LENGTH = 21000;
var ErrorType;
(function (ErrorType) {
    ErrorType[ErrorType["ErrorUnexpectedSymbol"] = 0] = "ErrorUnexpectedSymbol";
    ErrorType[ErrorType["ErrorUnrecognizedNamedValue"] = 1] = "ErrorUnrecognizedNamedValue";
    ErrorType[ErrorType["ErrorUnexpectedEndOfExpression"] = 2] = "ErrorUnexpectedEndOfExpression";
    ErrorType[ErrorType["ErrorExceededMaxDepth"] = 3] = "ErrorExceededMaxDepth";
    ErrorType[ErrorType["ErrorExceededMaxLength"] = 4] = "ErrorExceededMaxLength";
    ErrorType[ErrorType["ErrorTooFewParameters"] = 5] = "ErrorTooFewParameters";
    ErrorType[ErrorType["ErrorTooManyParameters"] = 6] = "ErrorTooManyParameters";
    ErrorType[ErrorType["ErrorEvenParameters"] = 7] = "ErrorEvenParameters";
    ErrorType[ErrorType["ErrorUnrecognizedContext"] = 8] = "ErrorUnrecognizedContext";
    ErrorType[ErrorType["ErrorUnrecognizedFunction"] = 9] = "ErrorUnrecognizedFunction";
})(ErrorType || (ErrorType = {}));
class ExpressionError extends Error {
    constructor(typ, tok) {
        super(`${errorDescription(typ)}: '${tokenString(tok)}'`);
        this.typ = typ;
        this.tok = tok;
        this.pos = this.tok.range.start;
    }
}
function errorDescription(typ) {
    switch (typ) {
        case ErrorType.ErrorUnexpectedEndOfExpression:
            return "Unexpected end of expression";
        case ErrorType.ErrorUnexpectedSymbol:
            return "Unexpected symbol";
        case ErrorType.ErrorUnrecognizedNamedValue:
            return "Unrecognized named-value";
        case ErrorType.ErrorExceededMaxDepth:
            return `Exceeded max expression depth ${MAX_PARSER_DEPTH}`;
        case ErrorType.ErrorExceededMaxLength:
            return `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`;
        case ErrorType.ErrorTooFewParameters:
            return "Too few parameters supplied";
        case ErrorType.ErrorTooManyParameters:
            return "Too many parameters supplied";
        case ErrorType.ErrorEvenParameters:
            return "Even number of parameters supplied, requires an odd number of parameters";
        case ErrorType.ErrorUnrecognizedContext:
            return "Unrecognized named-value";
        case ErrorType.ErrorUnrecognizedFunction:
            return "Unrecognized function";
        default: // Should never reach here.
            return "Unknown error";
    }
}
class ExpressionEvaluationError extends Error {
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/case.js

const caseFunc = {
    name: "case",
    description: "`case( pred1, val1, pred2, val2, ..., default )`\n\nEvaluates predicates in order and returns the value corresponding to the first predicate that evaluates to `true`. If no predicate matches, it returns the last argument as the default value.",
    minArgs: 3,
    maxArgs: Number.MAX_SAFE_INTEGER,
    call: (...args) => {
        // Evaluate predicate-result pairs
        for (let i = 0; i < args.length - 1; i += 2) {
            const predicate = args[i];
            // Predicate must be a boolean
            if (predicate.kind !== expressiondata_Kind.Boolean) {
                throw new Error("case predicate must evaluate to a boolean value");
            }
            // If predicate is true, return the corresponding result
            if (predicate.value) {
                return args[i + 1];
            }
        }
        // No predicate matched, return default (last argument)
        return args[args.length - 1];
    }
};
//# sourceMappingURL=case.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/result.js

function result_falsy(d) {
    switch (d.kind) {
        case data.Kind.Null:
            return true;
        case data.Kind.Boolean:
            return !d.value;
        case data.Kind.Number: {
            const dv = d.value;
            return dv === 0 || isNaN(dv);
        }
        case data.Kind.String:
            return d.value.length === 0;
    }
    return false;
}
function result_truthy(d) {
    return !result_falsy(d);
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except objects are not coerced to primitives.
function coerceTypes(li, ri) {
    let lv = li;
    let rv = ri;
    // Do nothing, same kind
    if (li.kind === ri.kind) {
        return [lv, rv];
    }
    switch (li.kind) {
        // Number, String
        case expressiondata_Kind.Number:
            if (ri.kind === expressiondata_Kind.String) {
                rv = new NumberData(ri.number());
                return [lv, rv];
            }
            break;
        // String, Number
        case expressiondata_Kind.String:
            if (ri.kind === expressiondata_Kind.Number) {
                lv = new NumberData(li.number());
                return [lv, rv];
            }
            break;
        // Boolean|Null, Any
        case expressiondata_Kind.Null:
        case expressiondata_Kind.Boolean:
            lv = new NumberData(li.number());
            return coerceTypes(lv, rv);
    }
    // Any, Boolean|Null
    switch (ri.kind) {
        case expressiondata_Kind.Null:
        case expressiondata_Kind.Boolean:
            rv = new NumberData(ri.number());
            return coerceTypes(lv, rv);
    }
    return [lv, rv];
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_equals(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Null, Null
        case expressiondata_Kind.Null:
            return true;
        // Number, Number
        case expressiondata_Kind.Number: {
            const ld = lv.value;
            const rd = rv.value;
            if (isNaN(ld) || isNaN(rd)) {
                return false;
            }
            return ld == rd;
        }
        // String, String
        case expressiondata_Kind.String: {
            const ls = lv.value;
            const rs = rv.value;
            return toUpperSpecial(ls) === toUpperSpecial(rs);
        }
        // Boolean, Boolean
        case expressiondata_Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb == rb;
        }
        // Object, Object
        case expressiondata_Kind.Dictionary:
        case expressiondata_Kind.Array:
            // Check reference equality
            return lv === rv;
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_greaterThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case data.Kind.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf > rf;
        }
        // String, String
        case data.Kind.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls > rs;
        }
        // Boolean, Boolean
        case data.Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb && !rb;
        }
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_lessThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case data.Kind.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf < rf;
        }
        // String, String
        case data.Kind.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls < rs;
        }
        // Boolean, Boolean
        case data.Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return !lb && rb;
        }
    }
    return false;
}
// Do not toUpper the small-dotless-ı
function toUpperSpecial(s) {
    const sb = [];
    let i = 0;
    const len = s.length;
    let found = s.indexOf("ı");
    while (i < len) {
        if (i < found) {
            sb.push(s.substring(i, found).toUpperCase()); // Append upper segment
            i = found;
        }
        else if (i == found) {
            sb.push(s.substring(i, i + 1));
            i += 1;
            found = s.indexOf("ı", i);
        }
        else {
            sb.push(s.substring(i).toUpperCase()); // Append upper remaining
            break;
        }
    }
    return sb.join("");
}
//# sourceMappingURL=result.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/contains.js


const contains = {
    name: "contains",
    description: "`contains( search, item )`\n\nReturns `true` if `search` contains `item`. If `search` is an array, this function returns `true` if the `item` is an element in the array. If `search` is a string, this function returns `true` if the `item` is a substring of `search`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        const right = args[1];
        if (left.primitive) {
            const ls = left.coerceString();
            if (right.primitive) {
                const rs = right.coerceString();
                return new BooleanData(ls.toLowerCase().includes(rs.toLowerCase()));
            }
        }
        else if (left.kind === expressiondata_Kind.Array) {
            const la = left;
            if (la.values().length === 0) {
                return new BooleanData(false);
            }
            for (const v of la.values()) {
                if (result_equals(right, v)) {
                    return new BooleanData(true);
                }
            }
        }
        return new BooleanData(false);
    }
};
//# sourceMappingURL=contains.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/endswith.js


const endswith = {
    name: "endsWith",
    description: "`endsWith( searchString, searchValue )`\n\nReturns `true` if `searchString` ends with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new BooleanData(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new BooleanData(false);
        }
        const ls = toUpperSpecial(left.coerceString());
        const rs = toUpperSpecial(right.coerceString());
        return new BooleanData(ls.endsWith(rs));
    }
};
//# sourceMappingURL=endswith.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/format.js

const format = {
    name: "format",
    description: "`format( string, replaceValue0, replaceValue1, ..., replaceValueN)`\n\nReplaces values in the `string`, with the variable `replaceValueN`. Variables in the `string` are specified using the `{N}` syntax, where `N` is an integer. You must specify at least one `replaceValue` and `string`. There is no maximum for the number of variables (`replaceValueN`) you can use. Escape curly braces using double braces.",
    minArgs: 1,
    maxArgs: 255 /*MAX_ARGUMENTS*/,
    call: (...args) => {
        const fs = args[0].coerceString();
        const result = [];
        let index = 0;
        while (index < fs.length) {
            const lbrace = fs.indexOf("{", index);
            const rbrace = fs.indexOf("}", index);
            // Left brace
            if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
                // Escaped left brace
                if (safeCharAt(fs, lbrace + 1) === "{") {
                    result.push(fs.substr(index, lbrace - index + 1));
                    index = lbrace + 2;
                    continue;
                }
                // Left brace, number, optional format specifiers, right brace
                if (rbrace > lbrace + 1) {
                    const argIndex = readArgIndex(fs, lbrace + 1);
                    if (argIndex.success) {
                        // Check parameter count
                        if (1 + argIndex.result > args.length - 1) {
                            throw new Error(`The following format string references more arguments than were supplied: ${fs}`);
                        }
                        // Append the portion before the left brace
                        if (lbrace > index) {
                            result.push(fs.substr(index, lbrace - index));
                        }
                        // Append the arg
                        result.push(`${args[1 + argIndex.result].coerceString()}`);
                        index = rbrace + 1;
                        continue;
                    }
                }
                throw new Error(`The following format string is invalid: ${fs}`);
            }
            // Right brace
            else if (rbrace >= 0) {
                // Escaped right brace
                if (safeCharAt(fs, rbrace + 1) === "}") {
                    result.push(fs.substr(index, rbrace - index + 1));
                    index = rbrace + 2;
                }
                else {
                    throw new Error(`The following format string is invalid: ${fs}`);
                }
            }
            // Last segment
            else {
                result.push(fs.substr(index));
                break;
            }
        }
        return new StringData(result.join(""));
    }
};
function safeCharAt(string, index) {
    if (string.length > index) {
        return string[index];
    }
    return "\0";
}
function readArgIndex(string, startIndex) {
    // Count the number of digits
    let length = 0;
    for (;;) {
        const nextChar = safeCharAt(string, startIndex + length);
        if (nextChar >= "0" && nextChar <= "9") {
            length++;
        }
        else {
            break;
        }
    }
    // Validate at least one digit
    if (length < 1) {
        return {
            success: false
        };
    }
    // Parse the number
    const endIndex = startIndex + length - 1;
    const result = parseInt(string.substr(startIndex, length));
    return {
        success: !isNaN(result),
        result: result,
        endIndex: endIndex
    };
}
//# sourceMappingURL=format.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/fromjson.js


const fromjson = {
    name: "fromJson",
    description: "`fromJSON(value)`\n\nReturns a JSON object or JSON data type for `value`. You can use this function to provide a JSON object as an evaluated expression or to convert environment variables from a string.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        const input = args[0];
        const is = input.coerceString();
        if (is.trim() === "") {
            throw new Error("empty input");
        }
        try {
            return JSON.parse(is, reviver);
        }
        catch (e) {
            throw new ExpressionEvaluationError("Error parsing JSON when evaluating fromJson", { cause: e });
        }
    }
};
//# sourceMappingURL=fromjson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/join.js

const join = {
    name: "join",
    description: "`join( array, optionalSeparator )`\n\nThe value for `array` can be an array or a string. All values in `array` are concatenated into a string. If you provide `optionalSeparator`, it is inserted between the concatenated values. Otherwise, the default separator `,` is used. Casts values to a string.",
    minArgs: 1,
    maxArgs: 2,
    call: (...args) => {
        // Primitive
        if (args[0].primitive) {
            return new StringData(args[0].coerceString());
        }
        // Array
        if (args[0].kind === expressiondata_Kind.Array) {
            // Separator
            let separator = ",";
            if (args.length > 1 && args[1].primitive) {
                separator = args[1].coerceString();
            }
            // Convert items to strings
            return new StringData(args[0]
                .values()
                .map(item => item.coerceString())
                .join(separator));
        }
        return new StringData("");
    }
};
//# sourceMappingURL=join.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/startswith.js


const startswith = {
    name: "startsWith",
    description: "`startsWith( searchString, searchValue )`\n\nReturns `true` when `searchString` starts with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new BooleanData(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new BooleanData(false);
        }
        const ls = toUpperSpecial(left.coerceString());
        const rs = toUpperSpecial(right.coerceString());
        return new BooleanData(ls.startsWith(rs));
    }
};
//# sourceMappingURL=startswith.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/tojson.js


const tojson = {
    name: "toJson",
    description: "`toJSON(value)`\n\nReturns a pretty-print JSON representation of `value`. You can use this function to debug the information provided in contexts.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        return new StringData(JSON.stringify(args[0], replacer, "  "));
    }
};
//# sourceMappingURL=tojson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs.js









const funcs_wellKnownFunctions = {
    case: caseFunc,
    contains: contains,
    endswith: endswith,
    format: format,
    fromjson: fromjson,
    join: join,
    startswith: startswith,
    tojson: tojson
};
// validateFunction returns the function definition for the given function name.
// If the function does not exist or an incorrect number of arguments is provided,
// an error is returned.
function validateFunction(context, identifier, argCount) {
    // Expression function names are case-insensitive.
    const name = identifier.lexeme.toLowerCase();
    let f;
    f = funcs_wellKnownFunctions[name];
    if (!f) {
        f = context.extensionFunctions.get(name);
        if (!f) {
            if (!context.allowUnknownKeywords) {
                throw new ExpressionError(ErrorType.ErrorUnrecognizedFunction, identifier);
            }
            // Skip argument validation for unknown functions
            return;
        }
    }
    if (argCount < f.minArgs) {
        throw new ExpressionError(ErrorType.ErrorTooFewParameters, identifier);
    }
    if (argCount > f.maxArgs) {
        throw new ExpressionError(ErrorType.ErrorTooManyParameters, identifier);
    }
    // case function requires an odd number of arguments
    if (name === "case" && argCount % 2 === 0) {
        throw new ExpressionError(ErrorType.ErrorEvenParameters, identifier);
    }
}
//# sourceMappingURL=funcs.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/evaluator.js







class evaluator_Evaluator {
    /**
     * Creates a new evaluator
     * @param n Parsed expression to evaluate
     * @param context Context data to use
     * @param functions Optional map of function implementations. If given, these will be preferred over the built-in functions.
     */
    constructor(n, context, functions) {
        this.n = n;
        this.context = context;
        this.functions = functions;
    }
    evaluate() {
        return this.eval(this.n);
    }
    eval(n) {
        return n.accept(this);
    }
    visitLiteral(literal) {
        return literal.literal;
    }
    visitUnary(unary) {
        const r = this.eval(unary.expr);
        if (unary.operator.type === TokenType.BANG) {
            return new data.BooleanData(falsy(r));
        }
        throw new Error(`unknown unary operator: ${unary.operator.lexeme}`);
    }
    visitBinary(binary) {
        const left = this.eval(binary.left);
        const right = this.eval(binary.right);
        switch (binary.operator.type) {
            case TokenType.EQUAL_EQUAL:
                return new data.BooleanData(equals(left, right));
            case TokenType.BANG_EQUAL:
                return new data.BooleanData(!equals(left, right));
            case TokenType.GREATER:
                return new data.BooleanData(greaterThan(left, right));
            case TokenType.GREATER_EQUAL:
                return new data.BooleanData(equals(left, right) || greaterThan(left, right));
            case TokenType.LESS:
                return new data.BooleanData(lessThan(left, right));
            case TokenType.LESS_EQUAL:
                return new data.BooleanData(equals(left, right) || lessThan(left, right));
        }
        throw new Error(`unknown binary operator: ${binary.operator.lexeme}`);
    }
    visitLogical(logical) {
        let result;
        for (const arg of logical.args) {
            result = this.eval(arg);
            // Break?
            if ((logical.operator.type === TokenType.AND && falsy(result)) ||
                (logical.operator.type === TokenType.OR && truthy(result))) {
                break;
            }
        }
        // result is always assigned before we return here
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        return result;
    }
    visitGrouping(grouping) {
        return this.eval(grouping.group);
    }
    visitContextAccess(contextAccess) {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        const r = this.context.get(contextAccess.name.lexeme);
        return r;
    }
    visitIndexAccess(ia) {
        let idx;
        if (ia.index instanceof Star) {
            idx = new idxHelper(true, undefined);
        }
        else {
            let idxResult;
            try {
                idxResult = this.eval(ia.index);
            }
            catch (e) {
                throw new Error(`could not evaluate index for index access: ${e.message}`, { cause: e });
            }
            idx = new idxHelper(false, idxResult);
        }
        const objResult = this.eval(ia.expr);
        let result;
        switch (objResult.kind) {
            case data.Kind.Array: {
                const tobjResult = objResult;
                if (tobjResult instanceof FilteredArray) {
                    result = filteredArrayAccess(tobjResult, idx);
                }
                else {
                    result = arrayAccess(tobjResult, idx);
                }
                break;
            }
            case data.Kind.Dictionary: {
                const tobjResult = objResult;
                result = objectAccess(tobjResult, idx);
                break;
            }
            default:
                if (idx.star) {
                    result = new FilteredArray();
                }
                else {
                    result = new data.Null();
                }
        }
        return result;
    }
    visitFunctionCall(functionCall) {
        // Evaluate arguments
        const args = functionCall.args.map(arg => this.eval(arg));
        // Get function definitions
        const functionName = functionCall.functionName.lexeme.toLowerCase();
        const f = this.functions?.get(functionName) || wellKnownFunctions[functionName];
        return f.call(...args);
    }
}
function filteredArrayAccess(fa, idx) {
    const result = new FilteredArray();
    for (const item of fa.values()) {
        // Check the type of the nested item
        switch (item.kind) {
            case data.Kind.Dictionary: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.str !== undefined) {
                    const v = ti.get(idx.str);
                    if (v !== undefined) {
                        result.add(v);
                    }
                }
                break;
            }
            case data.Kind.Array: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.int !== undefined && idx.int < ti.values().length) {
                    result.add(ti.get(idx.int));
                }
                break;
            }
        }
    }
    return result;
}
function arrayAccess(a, idx) {
    if (idx.star) {
        const fa = new FilteredArray();
        for (const item of a.values()) {
            fa.add(item);
        }
        return fa;
    }
    if (idx.int !== undefined && idx.int < a.values().length) {
        return a.get(idx.int);
    }
    return new data.Null();
}
function objectAccess(obj, idx) {
    if (idx.star) {
        const fa = new FilteredArray(...obj.values());
        return fa;
    }
    if (idx.str !== undefined) {
        const r = obj.get(idx.str);
        if (r !== undefined) {
            return r;
        }
    }
    return new data.Null();
}
//# sourceMappingURL=evaluator.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/parser.js





class parser_Parser {
    /**
     * Constructs a new parser for the given tokens
     *
     * @param tokens Tokens to build a parse tree from
     * @param extensionContexts Available context names
     * @param extensionFunctions Available functions (beyond the built-in ones)
     */
    constructor(tokens, extensionContexts, extensionFunctions) {
        this.tokens = tokens;
        this.offset = 0;
        this.depth = 0;
        this.extContexts = new Map();
        this.extFuncs = new Map();
        for (const contextName of extensionContexts) {
            this.extContexts.set(contextName.toLowerCase(), true);
        }
        for (const { name, func } of extensionFunctions.map(x => ({
            name: x.name,
            func: x
        }))) {
            this.extFuncs.set(name.toLowerCase(), func);
        }
        this.context = {
            allowUnknownKeywords: false,
            extensionContexts: this.extContexts,
            extensionFunctions: this.extFuncs
        };
    }
    parse() {
        // eslint-disable-next-line prefer-const
        let result;
        // No tokens
        if (this.atEnd()) {
            return result;
        }
        result = this.expression();
        if (!this.atEnd()) {
            throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
        }
        return result;
    }
    expression() {
        this.incrDepth();
        try {
            return this.logicalOr();
        }
        finally {
            this.decrDepth();
        }
    }
    logicalOr() {
        // && is higher precedence than ||
        let expr = this.logicalAnd();
        if (this.check(lexer_TokenType.OR)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new Logical(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer_TokenType.OR)) {
                    const right = this.logicalAnd();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    logicalAnd() {
        // == and != are higher precedence than &&
        let expr = this.equality();
        if (this.check(lexer_TokenType.AND)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new Logical(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer_TokenType.AND)) {
                    const right = this.equality();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    equality() {
        // >, >=, <, <= are higher precedence than == and !=
        let expr = this.comparison();
        while (this.match(lexer_TokenType.BANG_EQUAL, lexer_TokenType.EQUAL_EQUAL)) {
            const operator = this.previous();
            const right = this.comparison();
            expr = new Binary(expr, operator, right);
        }
        return expr;
    }
    comparison() {
        // ! is higher precedence than >, >=, <, <=
        let expr = this.unary();
        while (this.match(lexer_TokenType.GREATER, lexer_TokenType.GREATER_EQUAL, lexer_TokenType.LESS, lexer_TokenType.LESS_EQUAL)) {
            const operator = this.previous();
            const right = this.unary();
            expr = new Binary(expr, operator, right);
        }
        return expr;
    }
    unary() {
        if (this.match(lexer_TokenType.BANG)) {
            // Track depth
            this.incrDepth();
            const operator = this.previous();
            const unary = this.unary();
            try {
                return new Unary(operator, unary);
            }
            finally {
                this.decrDepth();
            }
        }
        return this.index();
    }
    index() {
        let expr = this.call();
        let depthIncreased = 0;
        if (expr instanceof Grouping || expr instanceof FunctionCall || expr instanceof ContextAccess) {
            let cont = true;
            while (cont) {
                switch (true) {
                    case this.match(lexer_TokenType.LEFT_BRACKET): {
                        let indexExpr;
                        if (this.match(lexer_TokenType.STAR)) {
                            indexExpr = new ast_Star();
                        }
                        else {
                            indexExpr = this.expression();
                        }
                        this.consume(lexer_TokenType.RIGHT_BRACKET, ErrorType.ErrorUnexpectedSymbol);
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        expr = new IndexAccess(expr, indexExpr);
                        break;
                    }
                    case this.match(lexer_TokenType.DOT):
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        if (this.match(lexer_TokenType.IDENTIFIER)) {
                            const property = this.previous();
                            expr = new IndexAccess(expr, new Literal(new StringData(property.lexeme), property));
                        }
                        else if (this.match(lexer_TokenType.STAR)) {
                            expr = new IndexAccess(expr, new ast_Star());
                        }
                        else {
                            throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
                        }
                        break;
                    default:
                        cont = false;
                }
            }
        }
        for (let i = 0; i < depthIncreased; i++) {
            this.decrDepth();
        }
        return expr;
    }
    call() {
        if (!this.check(lexer_TokenType.IDENTIFIER)) {
            return this.primary();
        }
        const identifier = this.next();
        if (!this.match(lexer_TokenType.LEFT_PAREN)) {
            if (!this.extContexts.has(identifier.lexeme.toLowerCase())) {
                throw this.buildError(ErrorType.ErrorUnrecognizedContext, identifier);
            }
            return new ContextAccess(identifier);
        }
        // Function call
        const args = [];
        // Arguments
        while (!this.match(lexer_TokenType.RIGHT_PAREN)) {
            const aexp = this.expression();
            args.push(aexp);
            if (!this.check(lexer_TokenType.RIGHT_PAREN)) {
                this.consume(lexer_TokenType.COMMA, ErrorType.ErrorUnexpectedSymbol);
            }
        }
        validateFunction(this.context, identifier, args.length);
        return new FunctionCall(identifier, args);
    }
    primary() {
        switch (true) {
            case this.match(lexer_TokenType.FALSE):
                return new Literal(new BooleanData(false), this.previous());
            case this.match(lexer_TokenType.TRUE):
                return new Literal(new BooleanData(true), this.previous());
            case this.match(lexer_TokenType.NULL):
                return new Literal(new Null(), this.previous());
            case this.match(lexer_TokenType.NUMBER):
                return new Literal(new NumberData(this.previous().value), this.previous());
            case this.match(lexer_TokenType.STRING):
                return new Literal(new StringData(this.previous().value), this.previous());
            case this.match(lexer_TokenType.LEFT_PAREN): {
                const expr = this.expression();
                if (this.atEnd()) {
                    throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
                }
                this.consume(lexer_TokenType.RIGHT_PAREN, ErrorType.ErrorUnexpectedSymbol);
                return new Grouping(expr);
            }
            case this.atEnd():
                throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
        }
        throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
    }
    // match consumes the next token if it matches any of the given types
    match(...tokenTypes) {
        for (const tokenType of tokenTypes) {
            if (this.check(tokenType)) {
                this.next();
                return true;
            }
        }
        return false;
    }
    // check peeks whether the next token is of the given type
    check(tokenType) {
        if (this.atEnd()) {
            return false;
        }
        return this.peek().type == tokenType;
    }
    // atEnd peeks whether the next token is EOF
    atEnd() {
        return this.peek().type == lexer_TokenType.EOF;
    }
    next() {
        if (!this.atEnd()) {
            this.offset++;
        }
        return this.previous();
    }
    peek() {
        return this.tokens[this.offset];
    }
    // previous returns the previous token
    previous() {
        return this.tokens[this.offset - 1];
    }
    // consume attempts to consume the next token if it matches the given type. It returns an error of
    // the given ParseErrorKind otherwise.
    consume(tokenType, errorType) {
        if (this.check(tokenType)) {
            this.next();
            return;
        }
        throw this.buildError(errorType, this.peek());
    }
    incrDepth() {
        this.depth++;
        if (this.depth > MAX_PARSER_DEPTH) {
            throw this.buildError(ErrorType.ErrorExceededMaxDepth, this.peek());
        }
    }
    decrDepth() {
        this.depth--;
    }
    buildError(errType, token) {
        return new ExpressionError(errType, token);
    }
}
//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion.js






/**
 * Complete returns a list of completion items for the given expression.
 * The main functionality is auto-completing functions and context access:
 * We can only provide assistance if the input is in one of the following forms (with | denoting the cursor position):
 * - context.path.inp| or context.path['inp| -- auto-complete context access
 * - context.path.| or context.path['| -- auto-complete context access
 * - toJS| -- auto-complete function call or top-level
 * - | -- auto-complete function call or top-level context access
 *
 * @param input Input expression
 * @param context Context available for the expression
 * @param extensionFunctions List of functions available
 * @param functions Optional map of functions to use during evaluation
 * @param featureFlags Optional feature flags to control which features are enabled
 * @returns Array of completion items
 */
function complete(input, context, extensionFunctions, functions, featureFlags) {
    // Lex
    const lexer = new Lexer(input);
    const lexResult = lexer.lex();
    // Find interesting part of the tokenVector. For example, for an expression like `github.actor == env.actor.log|`, we are
    // only interested in the `env.actor.log` part for auto-completion
    const tokenInputVector = trimTokenVector(lexResult.tokens);
    // Start by skipping the EOF token
    let tokenIdx = tokenInputVector.length - 2;
    if (tokenIdx >= 0) {
        switch (tokenInputVector[tokenIdx].type) {
            // If there is a (partial) identifier under the cursor, ignore that
            case TokenType.IDENTIFIER:
                tokenIdx--;
                break;
            case TokenType.STRING:
                // TODO: Support string for `context.name['test|`
                return [];
        }
    }
    if (tokenIdx < 0) {
        // Vector only contains the EOF token. Suggest functions and root context access
        const result = contextKeys(context);
        // Merge with functions
        result.push(...functionItems(extensionFunctions, featureFlags));
        return result;
    }
    // Determine path that led to the last token
    // Use parser & evaluator to determine context to complete.
    const pathTokenVector = tokenInputVector.slice(0, tokenIdx);
    // Include the original EOF token to make the parser happy
    pathTokenVector.push(tokenInputVector[tokenInputVector.length - 1]);
    const p = new Parser(pathTokenVector, context.pairs().map(x => x.key), extensionFunctions);
    const expr = p.parse();
    const ev = new Evaluator(expr, context, functions);
    const result = ev.evaluate();
    return contextKeys(result);
}
function functionItems(extensionFunctions, featureFlags) {
    const result = [];
    const flags = featureFlags ?? new FeatureFlags();
    for (const fdef of [...Object.values(wellKnownFunctions), ...extensionFunctions]) {
        // Filter out case function if feature is disabled
        if (fdef.name === "case" && !flags.isEnabled("allowCaseFunction")) {
            continue;
        }
        result.push({
            label: fdef.name,
            description: fdef.description,
            function: true
        });
    }
    // Sort functions
    result.sort((a, b) => a.label.localeCompare(b.label));
    return result;
}
function contextKeys(context) {
    if (isDictionary(context)) {
        return (context
            .pairs()
            .map(x => completionItemFromContext(x))
            // Sort contexts
            .sort((a, b) => a.label.localeCompare(b.label)));
    }
    return [];
}
function completionItemFromContext(pair) {
    const context = pair.key.toString();
    const parenIndex = context.indexOf("(");
    const isFunc = parenIndex >= 0 && context.indexOf(")") >= 0;
    return {
        label: isFunc ? context.substring(0, parenIndex) : context,
        description: pair.description,
        function: isFunc
    };
}
function trimTokenVector(tokenVector) {
    let tokenIdx = tokenVector.length;
    let openParen = 0;
    while (tokenIdx > 0) {
        const token = tokenVector[tokenIdx - 1];
        switch (token.type) {
            case TokenType.LEFT_PAREN:
                if (openParen == 0) {
                    // Encountered an open parenthesis without a closing first, stop here
                    break;
                }
                openParen--;
                tokenIdx--;
                continue;
            case TokenType.RIGHT_PAREN:
                openParen++;
                tokenIdx--;
                continue;
            case TokenType.IDENTIFIER:
            case TokenType.DOT:
            case TokenType.EOF:
            case TokenType.LEFT_BRACKET:
            case TokenType.RIGHT_BRACKET:
            case TokenType.STRING:
                tokenIdx--;
                continue;
        }
        break;
    }
    // Only keep the part of the token vector we're interested in
    return tokenVector.slice(tokenIdx);
}
//# sourceMappingURL=completion.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion/descriptionDictionary.js


function isDescriptionDictionary(x) {
    return x.kind === Kind.Dictionary && x instanceof DescriptionDictionary;
}
class DescriptionDictionary extends Dictionary {
    constructor(...pairs) {
        super();
        this.descriptions = new Map();
        this.complete = true;
        for (const p of pairs) {
            this.add(p.key, p.value, p.description);
        }
    }
    add(key, value, description) {
        if (this.get(key) !== undefined) {
            // Key already added, ignore
            return;
        }
        super.add(key, value);
        if (description) {
            this.descriptions.set(key, description);
        }
    }
    pairs() {
        const pairs = super.pairs();
        return pairs.map(p => ({ ...p, description: this.descriptions.get(p.key) }));
    }
    getDescription(key) {
        return this.descriptions.get(key);
    }
}
//# sourceMappingURL=descriptionDictionary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/index.js










//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/formats/shared/expressions.ts




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
function findExpressions(text) {
    const found = [];
    let from = 0;
    for (;;) {
        const open = text.indexOf('${{', from);
        if (open < 0)
            break;
        const bodyStart = open + 3;
        const close = findClose(text, bodyStart);
        if (close < 0)
            break;
        found.push({ start: open, end: close + 2, ...analyzeExpression(text.slice(bodyStart, close), bodyStart) });
        from = close + 2;
    }
    return found;
}
function findClose(text, from) {
    let inString = false;
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'") {
            if (inString && text[i + 1] === "'")
                i++;
            else
                inString = !inString;
        }
        else if (!inString && ch === '}' && text[i + 1] === '}') {
            return i;
        }
    }
    return -1;
}
/** Lists the secret accesses of one expression body; `offset` is where the body starts in the outer text. */
function analyzeExpression(body, offset) {
    const lineStarts = [0];
    for (let i = 0; i < body.length; i++)
        if (body[i] === '\n')
            lineStarts.push(i + 1);
    const toOffset = (pos) => offset + (lineStarts[pos.line] ?? 0) + pos.column;
    let tokens;
    try {
        tokens = new lexer_Lexer(body).lex().tokens;
    }
    catch (error) {
        return { accesses: [], inputs: [], error: describe(error) };
    }
    try {
        const tree = new parser_Parser(tokens, contexts, runnerFunctions).parse();
        const accesses = [];
        collectAccesses(tree, false, accesses, toOffset);
        const inputs = [];
        collectInputs(tree, inputs, toOffset);
        return { accesses: accesses.sort((a, b) => a.start - b.start), inputs: inputs.sort((a, b) => a.start - b.start) };
    }
    catch (error) {
        return { accesses: accessesFromTokens(tokens, toOffset), inputs: [], error: describe(error) };
    }
}
function collectAccesses(node, insideToJson, out, toOffset) {
    if (node instanceof IndexAccess) {
        if (isSecretsContext(node.expr)) {
            const start = toOffset(node.expr.name.range.start);
            if (node.index instanceof Literal && node.index.literal.kind === expressiondata_Kind.String) {
                const nameToken = node.index.token;
                const name = node.index.literal.coerceString();
                // A quoted index ends at its closing bracket, one past the string token.
                const end = toOffset(nameToken.range.end) + (nameToken.type === lexer_TokenType.STRING ? 1 : 0);
                out.push({ type: 'secret', name, start, end });
            }
            else {
                out.push({ type: 'all-secrets', via: 'dynamic-index', start, end: start + 'secrets'.length });
                collectAccesses(node.index, insideToJson, out, toOffset);
            }
            return;
        }
        collectAccesses(node.expr, insideToJson, out, toOffset);
        collectAccesses(node.index, insideToJson, out, toOffset);
        return;
    }
    if (node instanceof ContextAccess) {
        if (node.name.lexeme.toLowerCase() === 'secrets') {
            const start = toOffset(node.name.range.start);
            out.push({
                type: 'all-secrets',
                via: insideToJson ? 'toJSON' : 'dynamic-index',
                start,
                end: toOffset(node.name.range.end),
            });
        }
        return;
    }
    if (node instanceof FunctionCall) {
        const isToJson = node.functionName.lexeme.toLowerCase() === 'tojson';
        for (const arg of node.args)
            collectAccesses(arg, isToJson, out, toOffset);
        return;
    }
    if (node instanceof Binary) {
        collectAccesses(node.left, insideToJson, out, toOffset);
        collectAccesses(node.right, insideToJson, out, toOffset);
        return;
    }
    if (node instanceof Logical) {
        for (const arg of node.args)
            collectAccesses(arg, insideToJson, out, toOffset);
        return;
    }
    if (node instanceof Unary) {
        collectAccesses(node.expr, insideToJson, out, toOffset);
        return;
    }
    if (node instanceof Grouping)
        collectAccesses(node.group, insideToJson, out, toOffset);
}
function collectInputs(node, out, toOffset) {
    if (!node)
        return;
    if (node instanceof IndexAccess) {
        const access = inputAccess(node, toOffset);
        if (access) {
            out.push(access);
            return;
        }
    }
    for (const child of childrenOf(node))
        collectInputs(child, out, toOffset);
}
/** `inputs.NAME`, `inputs['NAME']` and `github.event.inputs.NAME`, with the span of the whole access. */
function inputAccess(node, toOffset) {
    if (!(node.index instanceof Literal) || node.index.literal.kind !== expressiondata_Kind.String)
        return undefined;
    const nameToken = node.index.token;
    const name = node.index.literal.coerceString();
    const end = toOffset(nameToken.range.end) + (nameToken.type === lexer_TokenType.STRING ? 1 : 0);
    if (node.expr instanceof ContextAccess && node.expr.name.lexeme.toLowerCase() === 'inputs')
        return { name, via: 'inputs', start: toOffset(node.expr.name.range.start), end };
    const github = ['inputs', 'event'].reduce((expr, property) => (expr instanceof IndexAccess && isProperty(expr.index, property) ? expr.expr : undefined), node.expr);
    if (github instanceof ContextAccess && github.name.lexeme.toLowerCase() === 'github')
        return { name, via: 'event-inputs', start: toOffset(github.name.range.start), end };
    return undefined;
}
function isProperty(index, name) {
    return index instanceof Literal && index.literal.kind === expressiondata_Kind.String && index.literal.coerceString() === name;
}
function childrenOf(node) {
    if (node instanceof IndexAccess)
        return [node.expr, node.index];
    if (node instanceof FunctionCall || node instanceof Logical)
        return node.args;
    if (node instanceof Binary)
        return [node.left, node.right];
    if (node instanceof Unary)
        return [node.expr];
    if (node instanceof Grouping)
        return [node.group];
    return [];
}
function isSecretsContext(node) {
    return node instanceof ContextAccess && node.name.lexeme.toLowerCase() === 'secrets';
}
/** When the parser rejects an expression, `secrets.NAME` and `secrets['NAME']` are still read from the tokens. */
function accessesFromTokens(tokens, toOffset) {
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (!token || token.type !== lexer_TokenType.IDENTIFIER || token.lexeme.toLowerCase() !== 'secrets')
            continue;
        const next = tokens[i + 1];
        const name = tokens[i + 2];
        const start = toOffset(token.range.start);
        if (next?.type === lexer_TokenType.DOT && name?.type === lexer_TokenType.IDENTIFIER)
            out.push({ type: 'secret', name: name.lexeme, start, end: toOffset(name.range.end) });
        else if (next?.type === lexer_TokenType.LEFT_BRACKET && name?.type === lexer_TokenType.STRING)
            out.push({ type: 'secret', name: String(name.value), start, end: toOffset(name.range.end) + 1 });
        else
            out.push({ type: 'all-secrets', via: 'dynamic-index', start, end: toOffset(token.range.end) });
    }
    return out;
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/formats/workflow/actions.ts
const table = (roles) => (input) => roles[input.toLowerCase()];
const configureAwsCredentials = {
    purpose: 'aws-credentials',
    inputs: table({
        'aws-access-key-id': { expects: 'access-key-id' },
        'aws-secret-access-key': { expects: 'secret-access-key' },
        'aws-session-token': { expects: 'session-token' },
    }),
};
/** Mail actions we know by name; their inputs differ a little, so the roles are read from the input name. */
const genericMail = {
    purpose: 'mail',
    inputs: (input) => {
        const name = input.toLowerCase().replace(/[-_]/g, '');
        if (/^(?:connectionurl|smtpurl|url)$/.test(name))
            return { smtpUrl: true };
        if (/^(?:serveraddress|server|host|smtphost|smtpserver|mailserver)$/.test(name))
            return { smtpHost: true };
        if (/^(?:username|user|smtpuser|smtpusername|login)$/.test(name))
            return { expects: 'smtp-username' };
        if (/^(?:password|pass|smtppassword|smtppass)$/.test(name))
            return { expects: 'smtp-password' };
        return undefined;
    },
};
const registryLogin = { purpose: 'registry-login', inputs: () => undefined };
const unknownAction = { purpose: 'unknown', inputs: () => undefined };
/** Picks the profile from `uses:`, ignoring the ref and any sub-path. */
function actionProfile(uses) {
    const repo = uses.split('@')[0]?.toLowerCase() ?? '';
    if (repo.startsWith('aws-actions/configure-aws-credentials'))
        return configureAwsCredentials;
    if (repo.startsWith('docker/login-action') || repo.startsWith('aws-actions/amazon-ecr-login'))
        return registryLogin;
    if (/(?:^|[/-])(?:send-?mail|mail|email|smtp)|mail(?:er)?(?:[/-]|$)/.test(repo))
        return genericMail;
    return unknownAction;
}

;// CONCATENATED MODULE: ./src/discovery/paths.ts
/**
 * Trailing slashes removed by a loop: a regex anchored at the end (`/\/+$/`) restarts at every slash of
 * a long run that is not at the end, which is quadratic on a crafted path.
 */
function withoutTrailingSlashes(path) {
    let end = path.length;
    while (end > 0 && path[end - 1] === '/')
        end--;
    return path.slice(0, end);
}

;// CONCATENATED MODULE: ./src/formats/workflow/local-actions.ts


/** The folder a `uses: ./path` names, as a repository path without `./` or a trailing slash. */
function localActionDirectory(uses) {
    if (!uses.startsWith('./'))
        return undefined;
    return withoutTrailingSlashes(uses.slice(2));
}
/**
 * A step that runs a local composite action does what the action's steps do: when they call the SES API,
 * the keys the step passes in are keys for the SES API.
 */
const joinLocalActions = (files, joined) => {
    const calls = files.flatMap((file) => file.formatFacts?.workflow?.calls ?? []);
    if (calls.length === 0)
        return joined;
    const sesApiActions = new Set(files
        .filter((file) => compositeActionName.test(file.file))
        .filter((file) => file.uses.some((use) => use.destination.sesApi))
        .map((file) => file.file.replace(compositeActionName, '')));
    const callsSesApi = new Set(calls.filter((call) => sesApiActions.has(call.directory)).map((call) => call.useId));
    if (callsSesApi.size === 0)
        return joined;
    const uses = joined.uses.map((use) => callsSesApi.has(use.id) ? { ...use, destination: { ...use.destination, sesApi: true } } : use);
    return { ...joined, uses };
};

;// CONCATENATED MODULE: ./src/formats/github-workflow.ts








/**
 * `${{ … }}` expressions as interpolations of secrets and, in a workflow (not a composite action, whose
 * `inputs` are its caller's `with:`), of workflow inputs.
 */
function githubInterpolations(text, workflowInputs = false) {
    return findExpressions(text).map((expression) => ({
        start: expression.start,
        end: expression.end,
        accesses: [
            ...expression.accesses.map((access) => ({
                source: access.type === 'secret'
                    ? { type: 'secret', name: access.name }
                    : { type: 'all-secrets', via: access.via },
                start: access.start,
                end: access.end,
            })),
            ...(workflowInputs ? expression.inputs : []).map((input) => ({
                source: { type: 'input', name: input.name },
                start: input.start,
                end: input.end,
            })),
        ].sort((a, b) => a.start - b.start),
        ...(expression.error ? { error: expression.error } : {}),
    }));
}
class WorkflowReader {
    builder;
    source;
    context;
    /** Set while reading a workflow: `inputs.*` there are the run's inputs, not a composite action's. */
    workflowInputs = false;
    localCalls = [];
    constructor(reader) {
        ({ builder: this.builder, source: this.source, context: this.context } = reader);
    }
    read() {
        for (const doc of this.source.documents) {
            const root = doc.contents;
            if (hasKey(root, 'runs')) {
                this.workflowInputs = false;
                const runs = getValue(root, 'runs');
                this.readInputDeclarations(getValue(root, 'inputs'), false);
                if (scalarText(getValue(runs, 'using'))?.toLowerCase() === 'composite')
                    this.readSteps('composite action', seqItems(getValue(runs, 'steps')), emptyCollected());
                continue;
            }
            this.workflowInputs = true;
            for (const trigger of ['workflow_dispatch', 'workflow_call'])
                this.readInputDeclarations(getPath(root, 'on', trigger, 'inputs'), true);
            const workflowEnv = this.readEnv(getValue(root, 'env'));
            for (const jobPair of mapPairs(getValue(root, 'jobs'))) {
                const jobId = scalarText(jobPair.key) ?? '?';
                const job = jobPair.value;
                // Steps run inside the job's container with its env; matrix values reach them through `matrix.*`.
                const container = getValue(job, 'container');
                const inherited = merge(workflowEnv, this.readEnv(getValue(job, 'env')), this.readEnv(getValue(container, 'env')), this.readMatrix(getPath(job, 'strategy', 'matrix')));
                this.readContainerCredentials(`job ${jobId} › container`, container);
                for (const service of mapPairs(getValue(job, 'services'))) {
                    const label = `job ${jobId} › service ${scalarText(service.key) ?? '?'}`;
                    const env = this.readEnv(getValue(service.value, 'env'));
                    if (env.referenceIds.length > 0)
                        this.builder.use(label, this.source.nodeSpan(service.key), env.referenceIds, destinationOf(env, 'unknown'));
                    this.readContainerCredentials(label, service.value);
                }
                const calls = getPair(job, 'uses');
                if (calls)
                    this.readReusableCall(jobId, job, calls.value, inherited);
                else
                    this.readSteps(`job ${jobId}`, seqItems(getValue(job, 'steps')), inherited);
            }
        }
        const model = this.builder.build();
        return this.localCalls.length > 0 ? { ...model, formatFacts: { workflow: { calls: this.localCalls } } } : model;
    }
    readSteps(scope, steps, inherited) {
        const read = steps.map((step) => this.readStep(step));
        const jobSesApi = read.some((step) => step.collected.sesApi);
        read.forEach((step, index) => {
            const visible = merge(inherited, step.collected);
            const destination = destinationOf(visible, step.purpose);
            // Credentials configured in one step serve every later step of the job.
            destination.sesApi = step.purpose === 'aws-credentials' || destination.awsApi ? jobSesApi : step.collected.sesApi;
            const name = scalarText(getValue(step.node, 'name')) ?? scalarText(getValue(step.node, 'uses')) ?? `#${index + 1}`;
            const useId = this.builder.use(`${scope} › step ${name}`, this.source.nodeSpan(step.node), visible.referenceIds, destination);
            const directory = step.uses ? localActionDirectory(step.uses) : undefined;
            if (directory)
                this.localCalls.push({ useId, directory });
        });
        if (steps.length === 0 && inherited.referenceIds.length > 0)
            this.builder.use(scope, this.source.span(0, 0), inherited.referenceIds, destinationOf(inherited, 'unknown'));
    }
    readStep(node) {
        const uses = scalarText(getValue(node, 'uses'));
        const profile = uses ? actionProfile(uses) : undefined;
        const parts = [this.readEnv(getValue(node, 'env'))];
        for (const pair of mapPairs(getValue(node, 'with'))) {
            const input = scalarText(pair.key) ?? '';
            const role = profile?.inputs(input);
            // Inputs of actions we do not know are read by their names, like variables (`smtp_password`, `aws-secret-access-key`).
            const named = role || profile?.purpose === 'registry-login' ? undefined : this.sink('action-input', input);
            const expects = role?.expects ?? (named?.expects === 'ambiguous' ? undefined : named?.expects);
            const sink = {
                type: 'action-input',
                name: input,
                ...(uses ? { action: uses } : {}),
                ...(expects ? { expects } : {}),
                ...(named?.root ? { root: true } : {}),
            };
            // A credential slot marks the step as SMTP by itself (readValue); the server and URL inputs say so too.
            const collected = this.readScalar(pair.value, sink, false, role?.smtpHost === true);
            if (role?.smtpHost || role?.smtpUrl)
                collected.smtpSignal = true;
            parts.push(collected);
        }
        const run = getValue(node, 'run');
        if (run)
            parts.push(this.readScalar(run, { type: 'script', name: 'run' }, true));
        const collected = merge(...parts);
        if (profile?.purpose === 'mail')
            collected.smtpSignal = true;
        return { node, uses, purpose: profile?.purpose ?? 'unknown', collected };
    }
    readReusableCall(jobId, job, calls, inherited) {
        const parts = [inherited];
        const secrets = getValue(job, 'secrets');
        if ((0,dist/* isScalar */.jn)(secrets) && scalarText(secrets)?.trim() === 'inherit') {
            const id = this.builder.reference(this.source.nodeSpan(secrets), { type: 'all-secrets', via: 'inherit' }, { type: 'reusable-workflow-secret', name: 'inherit' });
            parts.push({ ...emptyCollected(), referenceIds: [id] });
        }
        for (const pair of mapPairs(secrets))
            parts.push(this.readScalar(pair.value, this.sink('reusable-workflow-secret', scalarText(pair.key) ?? ''), false));
        for (const pair of mapPairs(getValue(job, 'with')))
            parts.push(this.readScalar(pair.value, this.sink('action-input', scalarText(pair.key) ?? ''), false));
        const visible = merge(...parts);
        this.builder.use(`job ${jobId} › calls ${scalarText(calls) ?? '?'}`, this.source.nodeSpan(calls), visible.referenceIds, destinationOf(visible, 'unknown'));
    }
    /**
     * Declared inputs: a workflow input named as a credential is a reference at its name (its value travels in
     * the event payload); a default is a value like any other, in the slot the name gives it.
     */
    readInputDeclarations(inputs, workflow) {
        for (const pair of mapPairs(inputs)) {
            const name = scalarText(pair.key) ?? '';
            const sink = this.sink('workflow-input', name);
            if (workflow && sink.expects && sink.expects !== 'ambiguous')
                this.builder.reference(this.source.nodeSpan(pair.key), { type: 'input', name }, sink);
            this.readScalar(getValue(pair.value, 'default'), sink, false);
        }
    }
    /** `container.credentials` and `services.*.credentials` log in to a registry. */
    readContainerCredentials(label, container) {
        const credentials = getValue(container, 'credentials');
        const parts = mapPairs(credentials).map((pair) => this.readScalar(pair.value, this.sink('action-input', `credentials.${scalarText(pair.key) ?? ''}`), false));
        const collected = merge(...parts);
        if (collected.referenceIds.length > 0)
            this.builder.use(`${label} credentials`, this.source.nodeSpan(credentials), collected.referenceIds, destinationOf(collected, 'registry-login'));
    }
    /** Every value of `strategy.matrix` (its lists and its `include` entries), in the slot its key names. */
    readMatrix(matrix) {
        const parts = [];
        for (const pair of mapPairs(matrix)) {
            const key = scalarText(pair.key) ?? '';
            const items = (0,dist/* isScalar */.jn)(pair.value) ? [pair.value] : seqItems(pair.value);
            if (key === 'include' || key === 'exclude') {
                for (const entry of items)
                    parts.push(this.readEnv(entry));
                continue;
            }
            for (const item of items)
                parts.push(this.readScalar(item, this.sink('env', key), false));
        }
        return merge(...parts);
    }
    readEnv(node) {
        return merge(...mapPairs(node).map((pair) => this.readScalar(pair.value, this.sink('env', scalarText(pair.key) ?? ''), false)));
    }
    sink(type, name) {
        return namedSink(type, name, this.context.classifyName);
    }
    readScalar(node, outer, script, smtpHost = false) {
        const text = scalarText(node);
        if (text === undefined || !(0,dist/* isScalar */.jn)(node))
            return emptyCollected();
        return readValue(this.builder, {
            text,
            locate: (start, end) => this.source.locateSpan(node, start, end),
            outer,
            interpolations: githubInterpolations(text, this.workflowInputs),
            script,
            wholeValueSlot: !script,
            classifyName: this.context.classifyName,
            smtpHost,
        });
    }
}
const githubWorkflowAdapter = {
    id: 'github-workflow',
    title: 'GitHub Actions',
    claim: 'path',
    description: 'GitHub Actions workflows and composite actions',
    matches: isGitHubWorkflowPath,
    join: joinLocalActions,
    // A workflow that names no secret, key, password or mail server and holds no key-shaped value cannot matter.
    parse: (file, text, context) => mayHoldCredentials(text)
        ? new WorkflowReader(yamlReader('github-workflow', file, text, context)).read()
        : { file, format: 'github-workflow', references: [], uses: [], problems: [] },
};
const credentialTokens = /secret|passw|pwd|token|credential|key|smtp|mail|AKIA|ASIA|aws|root|login|[A-Za-z0-9+/]{40}/i;
function mayHoldCredentials(text) {
    return credentialTokens.test(text);
}

;// CONCATENATED MODULE: ./src/formats/serverless.ts









function readEnvironment(reader, node) {
    return merge(...mapPairs(node).map((pair) => readScalarValue(reader, pair.value, scalarText(pair.key) ?? '')));
}
/** A Serverless service by content: a `service` and a `provider`. */
function isServerlessService(root) {
    return (hasKey(root, 'service') && hasKey(root, 'provider') && !hasKey(root, 'apiVersion') && !looksLikeCloudFormation(root));
}
function readService(reader, root, facts) {
    const { source, builder } = reader;
    const file = source.file;
    const iam = emptyIam();
    facts.iam.push(iam);
    const provider = getValue(root, 'provider');
    const providerEnv = readEnvironment(reader, getValue(provider, 'environment'));
    // Every function runs as the provider's role, so its statements belong to that role.
    const roleKey = `${file}::provider-role`;
    const statements = [
        ...seqItems(getPath(provider, 'iam', 'role', 'statements')),
        ...seqItems(getValue(provider, 'iamRoleStatements')),
    ];
    if (statements.length > 0) {
        iam.principals.push({
            key: roleKey,
            file,
            span: source.nodeSpan(provider),
            kind: 'role',
            label: 'the provider role',
            smtpNamed: false,
        });
        iam.statements.push(...readStatements(source, statements, roleKey));
        iam.bindings.push({ file, span: source.nodeSpan(provider), principalKey: roleKey, ownerKey: roleKey });
    }
    const functions = mapPairs(getValue(root, 'functions'));
    for (const fn of functions) {
        const visible = merge(providerEnv, readEnvironment(reader, getValue(fn.value, 'environment')));
        if (visible.referenceIds.length > 0)
            builder.use(`function ${scalarText(fn.key) ?? '?'}`, source.nodeSpan(fn.key), visible.referenceIds, destinationOf(visible, 'unknown'));
    }
    if (functions.length === 0 && providerEnv.referenceIds.length > 0)
        builder.use('provider', source.nodeSpan(provider), providerEnv.referenceIds, destinationOf(providerEnv, 'unknown'));
    // `resources` is a CloudFormation fragment embedded in the Serverless file.
    const resources = getValue(root, 'resources');
    if (hasKey(resources, 'Resources'))
        facts.iam.push(readCloudFormation(reader, resources));
}
const serverlessAdapter = {
    id: 'serverless',
    title: 'Serverless Framework',
    claim: 'content',
    description: 'Serverless Framework configuration',
    matches: isStructuredDataPath,
    recognises: isServerlessService,
    readDocument: readService,
    mayMatter: (bytes) => bytes.includes('provider'),
    parse: (file, text, context) => parseDocuments(file, text, context, [{ id: 'serverless', recognises: isServerlessService, readDocument: readService }], undefined, 'serverless'),
};

;// CONCATENATED MODULE: ./src/formats/shared/generic-yaml.ts




/**
 * Reads every string of a YAML or JSON tree as a value named by its key: literal keys and SMTP
 * passwords by shape or by the key's name, and `${VAR}` placeholders. For files with no schema of
 * their own (Helm values, tfvars.json) and for the parts other readers do not interpret.
 */
function readKeyedValues(reader, node, key = '') {
    if ((0,dist/* isMap */.jh)(node))
        return merge(...node.items.map((pair) => readKeyedValues(reader, pair.value, scalarText(pair.key) ?? key)));
    if ((0,dist/* isSeq */.oP)(node))
        return merge(...node.items.map((item) => readKeyedValues(reader, item, key)));
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
        return readScalarValue(reader, node, key);
    return emptyCollected();
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter = __nccwpck_require__(33);
;// CONCATENATED MODULE: ./src/formats/terraform/hcl.ts




let parser;
const typeNames = [];
let loading;
/** The WebAssembly files, as the build copies them into dist/ and as npm installs them. */
const wasmFiles = {
    runtime: { name: 'web-tree-sitter.wasm', packageDir: 'web-tree-sitter' },
    terraform: { name: 'tree-sitter-terraform.wasm', packageDir: '@tree-sitter-grammars/tree-sitter-hcl' },
};
/**
 * Finds a WebAssembly file beside the bundle, else in the nearest node_modules. The path is built at
 * run time on purpose: ncc would otherwise rewrite the reference and emit a transformed copy.
 */
function findWasm(file) {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const beside = (0,external_node_path_namespaceObject.join)(dir, file.name);
    if ((0,external_node_fs_namespaceObject.existsSync)(beside))
        return beside;
    for (;;) {
        const candidate = (0,external_node_path_namespaceObject.join)(dir, 'node_modules', file.packageDir, file.name);
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate))
            return candidate;
        const parent = (0,external_node_path_namespaceObject.dirname)(dir);
        if (parent === dir)
            throw new Error(`cannot find ${file.name}`);
        dir = parent;
    }
}
/** Loads tree-sitter and the Terraform grammar once, and only when a Terraform file is scanned. */
function loadHcl() {
    loading ??= (async () => {
        await web_tree_sitter/* Parser */.iX.init({ wasmBinary: (0,external_node_fs_namespaceObject.readFileSync)(findWasm(wasmFiles.runtime)) });
        const language = await web_tree_sitter/* Language */.TM.load((0,external_node_fs_namespaceObject.readFileSync)(findWasm(wasmFiles.terraform)));
        const created = new web_tree_sitter/* Parser */.iX();
        created.setLanguage(language);
        parser = created;
    })();
    return loading;
}
function isHclLoaded() {
    return parser !== undefined;
}
/**
 * A syntax node copied out of WebAssembly memory. Reading a tree-sitter node from JavaScript crosses
 * into WebAssembly on every property access; one cursor walk that copies the tree is much cheaper
 * than the repeated child lists the reader needs.
 */
class Node {
    source;
    type;
    startIndex;
    endIndex;
    isNamed;
    isError;
    isMissing;
    namedChildren = [];
    children = [];
    field = null;
    constructor(source, type, startIndex, endIndex, isNamed, isError, isMissing) {
        this.source = source;
        this.type = type;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.isNamed = isNamed;
        this.isError = isError;
        this.isMissing = isMissing;
    }
    hasError = false;
    get text() {
        return this.source.slice(this.startIndex, this.endIndex);
    }
    childForFieldName(name) {
        return this.children.find((child) => child.field === name);
    }
}
/** Parses HCL into plain nodes; the WebAssembly tree is freed before returning. */
function parseHcl(text) {
    if (!parser)
        throw new Error('the HCL parser is not loaded');
    const tree = parser.parse(text);
    if (!tree)
        throw new Error('the HCL parser returned no tree');
    try {
        const cursor = tree.walk();
        const keepAnonymous = tree.rootNode.hasError;
        // Every cursor property is a call into WebAssembly: read few, and the type name by a cached id.
        const make = (named) => {
            const typeId = cursor.nodeTypeId;
            const type = (typeNames[typeId] ??= cursor.nodeType);
            return new Node(text, type, cursor.startIndex, cursor.endIndex, named, type === 'ERROR', keepAnonymous && cursor.nodeIsMissing);
        };
        const root = make(true);
        root.hasError = keepAnonymous;
        const stack = [root];
        // Depth-first copy with an explicit stack, so deeply nested input cannot overflow the call stack.
        if (cursor.gotoFirstChild()) {
            walking: for (;;) {
                const named = cursor.nodeIsNamed;
                if (named || keepAnonymous) {
                    const node = make(named);
                    node.field = cursor.currentFieldId === 0 ? null : cursor.currentFieldName;
                    const parent = stack[stack.length - 1];
                    parent?.children.push(node);
                    if (named)
                        parent?.namedChildren.push(node);
                    if (cursor.gotoFirstChild()) {
                        stack.push(node);
                        continue;
                    }
                }
                while (!cursor.gotoNextSibling()) {
                    if (!cursor.gotoParent())
                        break walking;
                    stack.pop();
                    if (stack.length === 0)
                        break walking;
                }
            }
        }
        cursor.delete();
        return root;
    }
    finally {
        tree.delete();
    }
}
/** The first node, depth first, that matches; the depth limit keeps the recursion shallow. */
function findNode(root, matches) {
    if (matches(root))
        return root;
    for (const child of root.children) {
        const found = findNode(child, matches);
        if (found)
            return found;
    }
    return undefined;
}
function namedChildren(node) {
    return node?.namedChildren ?? [];
}
function firstChild(node, type) {
    return namedChildren(node).find((child) => child.type === type);
}
/** A string literal's text; undefined for anything else, including a string with `${…}` interpolations. */
function literalString(expression) {
    const string = firstChild(firstChild(expression, 'literal_value'), 'string_lit');
    const parts = namedChildren(string);
    if (!string || parts.some((part) => part.type === 'template_interpolation'))
        return undefined;
    return parts
        .filter((part) => part.type === 'template_literal')
        .map((part) => part.text)
        .join('');
}
/** A string or number literal's text (an index such as `[0]` or `["a"]`); undefined for anything else. */
function literalText(expression) {
    const number = firstChild(firstChild(expression, 'literal_value'), 'numeric_lit');
    return number ? number.text : literalString(expression);
}
function literalBool(expression) {
    const bool = firstChild(firstChild(expression, 'literal_value'), 'bool_lit');
    return bool ? bool.text === 'true' : undefined;
}
/** `a.b.c` traversals inside an expression, with the node spanning each. */
function traversals(node) {
    const found = [];
    const visit = (current) => {
        const children = namedChildren(current);
        if (current.type === 'expression' && children[0]?.type === 'variable_expr') {
            const path = [children[0].text];
            let end = children[0].endIndex;
            for (const child of children.slice(1)) {
                if (child.type !== 'get_attr')
                    break;
                path.push(child.text.replace(/^\./, ''));
                end = child.endIndex;
            }
            found.push({ path, start: children[0].startIndex, end });
        }
        for (const child of children)
            visit(child);
    };
    visit(node);
    return found;
}

;// CONCATENATED MODULE: ./src/credentials/kinds.ts
/** The kinds of value that reach SES, plus the look-alikes the classifiers must tell apart. */
const credentialKinds = [
    'access-key-id',
    'secret-access-key',
    'session-token',
    'smtp-username',
    'smtp-password',
    'smtp-password-v2',
    'console-password',
    'console-username',
    'account-email',
    'ambiguous',
];
function isCredentialKind(value) {
    return credentialKinds.includes(value);
}
const kindLabels = {
    'access-key-id': 'access key ID',
    'secret-access-key': 'secret access key',
    'session-token': 'session token',
    'smtp-username': 'SMTP user name',
    'smtp-password': 'SMTP password',
    'smtp-password-v2': 'SMTP password (version 2)',
    'console-password': 'console password',
    'console-username': 'console user name',
    'account-email': 'account e-mail',
    ambiguous: 'unclear kind',
};
const channelLabels = {
    'ses-smtp': 'SES SMTP',
    smtp: 'SMTP (not SES)',
    'smtp-unknown': 'SMTP (provider unknown)',
    'ses-api': 'SES API',
    'aws-api': 'AWS API',
    console: 'console',
    registry: 'container registry',
    other: 'other',
};
function isSmtpPasswordKind(kind) {
    return kind === 'smtp-password' || kind === 'smtp-password-v2';
}
function isConsoleKind(kind) {
    return kind === 'console-password' || kind === 'console-username' || kind === 'account-email';
}

;// CONCATENATED MODULE: ./src/credentials/names.ts
const word = (alternatives) => new RegExp(`(?:^|_)(?:${alternatives})(?:_|$)`);
/** First match wins, so the more specific rows come first (SECRET_ACCESS_KEY before ACCESS_KEY). */
const defaultNameRules = [
    { pattern: word('ACCOUNT_EMAIL|ROOT_EMAIL|ROOT_USER_EMAIL|ROOT_ACCOUNT_EMAIL'), kind: 'account-email', root: true },
    {
        pattern: word('ACCOUNT_PASSWORD|ROOT_PASSWORD|ROOT_USER_PASSWORD|ROOT_ACCOUNT_PASSWORD'),
        kind: 'console-password',
        root: true,
    },
    {
        pattern: word('CONSOLE_PASSWORD|CONSOLE_PASS|LOGIN_PASSWORD|SIGNIN_PASSWORD|SIGN_IN_PASSWORD|IAM_PASSWORD|IAM_USER_PASSWORD'),
        kind: 'console-password',
    },
    {
        pattern: word('CONSOLE_USER|CONSOLE_USERNAME|CONSOLE_LOGIN|IAM_USER|IAM_USERNAME|IAM_USER_NAME'),
        kind: 'console-username',
    },
    { pattern: word('SMTP_PASSWORD_V2|SES_PASSWORD_V2'), kind: 'smtp-password-v2' },
    {
        pattern: word('SMTP_PASSWORD|SMTP_PASS|SMTP_PASSWD|SMTP_PWD|SMTP_SECRET_PASSWORD|MAIL_PASSWORD|MAIL_PASS|EMAIL_PASSWORD|EMAIL_HOST_PASSWORD|SES_PASSWORD|MAILER_PASSWORD'),
        kind: 'smtp-password',
    },
    {
        pattern: word('SMTP_USER|SMTP_USERNAME|SMTP_LOGIN|SMTP_USER_NAME|MAIL_USER|MAIL_USERNAME|EMAIL_USER|EMAIL_USERNAME|EMAIL_HOST_USER|MAILER_USER|MAILER_USERNAME'),
        kind: 'smtp-username',
    },
    {
        pattern: word('SECRET_ACCESS_KEY|SECRET_KEY|SECRET_ACCESS|ACCESS_SECRET|ACCESS_KEY_SECRET|AWS_SECRET|SECRETKEY'),
        kind: 'secret-access-key',
    },
    {
        pattern: word('ACCESS_KEY_ID|ACCESS_KEY|ACCESS_ID|KEY_ID|AWS_KEY|ACCESSKEY|ACCESSKEYID|AKID'),
        kind: 'access-key-id',
    },
    { pattern: word('SESSION_TOKEN|SECURITY_TOKEN|STS_TOKEN'), kind: 'session-token' },
    // Names that are plainly secret but say nothing of which SES credential they hold.
    { pattern: word('KEY|SECRET|PASSWORD|PASS|PASSWD|PWD|CREDENTIAL|CREDENTIALS|CREDS|TOKEN'), kind: 'ambiguous' },
];
const rootMarker = word('ROOT');
/** Words that put a name on AWS, SES or mail; without one, another provider's word takes the name away from AWS. */
const awsOrMail = word('AWS|AMAZON|SES|SMTP|MAIL|EMAIL|MAILER|IAM|STS');
/** Other clouds, databases and frameworks whose keys and root passwords share AWS's words (`COS_SECRET_KEY`, `MYSQL_ROOT_PASSWORD`). */
const otherProvider = word('COS|TENCENT|TENCENTCLOUD|QCLOUD|ALIYUN|ALIBABA|ALICLOUD|OSS|AZURE|GCP|GCS|GOOGLE|DIGITALOCEAN|DO|SPACES|MINIO|R2|CLOUDFLARE|B2|BACKBLAZE|WASABI|LINODE|HUAWEI|OBS|QINIU|UPYUN|SCALEWAY|OVH|IBM|ORACLE|OCI|MYSQL|MARIADB|POSTGRES|POSTGRESQL|PG|MONGO|MONGODB|REDIS|RABBITMQ|DB|DATABASE|SQL|MSSQL|SQLSERVER|INFLUXDB|ELASTIC|ELASTICSEARCH|OPENSEARCH|CLICKHOUSE|COUCHDB|NEO4J|LDAP|VAULT|JENKINS|KEYCLOAK|GRAFANA|DJANGO|FLASK|RAILS|JWT|SESSION_SECRET|LARAVEL|APP');
const awsKinds = new Set([
    'access-key-id',
    'secret-access-key',
    'session-token',
    'console-password',
    'console-username',
    'account-email',
]);
function normalizeName(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_/, '')
        .replace(/_$/, '');
}
/**
 * Classifies a secret, variable or input name. Names that hold no credential (`SES_REGION`,
 * `ROOT_DOMAIN`, `AWS_ROOT_ACCOUNT_ID`) return undefined.
 */
/**
 * No variable or secret name a person chose is longer; capping the length keeps every pattern, also
 * the config's, cheap on a name a pull request made huge.
 */
const longestName = 256;
function classifyName(name, rules = defaultNameRules) {
    if (name.length > longestName)
        return undefined;
    const normalized = normalizeName(name);
    if (isIdentifierName(normalized))
        return undefined;
    for (const rule of rules) {
        if (rule.pattern.test(normalized)) {
            // User rows are taken as written; a default row's AWS words under another provider's name say nothing of AWS.
            if (defaultNameRules.includes(rule) && isOtherProvider(normalized, rule))
                return { kind: 'ambiguous', root: false };
            return {
                kind: rule.kind,
                root: rule.root === true || (rule.kind !== 'ambiguous' && rootMarker.test(normalized)),
            };
        }
    }
    return undefined;
}
function isOtherProvider(normalized, rule) {
    return awsKinds.has(rule.kind) && otherProvider.test(normalized) && !awsOrMail.test(normalized);
}
/** Account IDs, key fingerprints and the like end in these words and never hold a credential. */
function isIdentifierName(normalized) {
    return /(?:^|_)(?:ACCOUNT_ID|ACCOUNT|ARN|REGION|HOST|SERVER|PORT|DOMAIN|ENDPOINT|URL|KEY_NAME|KEY_ARN|KMS_KEY|KMS_KEY_ID|KEY_PAIR|PUBLIC_KEY|SSH_KEY|SSH_PRIVATE_KEY|DEPLOY_KEY|GPG_KEY|PRIVATE_KEY|API_KEY_NAME|FROM|TO|SENDER|RECIPIENT|SECRET_NAME|SECRET_ARN|PASSWORD_KEY|PATH|SSM_PATH|PARAMETER|PARAMETER_NAME|PARAM_NAME|FILE|FILENAME|LENGTH|TTL|ENABLED|PREFIX)$/.test(normalized);
}
/** Builds name rules from the config file's `names:` entries; they take precedence over the defaults. */
function withUserNameRules(user) {
    return [...user, ...defaultNameRules];
}

;// CONCATENATED MODULE: ./src/formats/terraform/yields.ts

/** Functions whose result carries none of their arguments' values. */
const opaqueFunctions = new Set(('length keys contains can md5 sha1 sha256 sha512 base64sha256 base64sha512 bcrypt uuid uuidv5 timestamp ' +
    'fileexists file filemd5 filesha1 filesha256 filesha512 filebase64 filebase64sha256 filebase64sha512 fileset ' +
    'abs ceil floor max min signum parseint startswith endswith index alltrue anytrue range formatdate timeadd ' +
    'cidrhost cidrsubnet cidrsubnets cidrnetmask strlen').split(' '));
/** The steps a postfix node (`.a`, `[0]`, `[*].a`, `.*.a`, `.0`) adds to a traversal. */
function stepsOf(node) {
    if (node.type === 'get_attr')
        return [{ attr: node.text.replace(/^\./, '').trim() }];
    if (node.type === 'index') {
        const inner = firstChild(firstChild(node, 'new_index'), 'expression');
        const legacy = firstChild(node, 'legacy_index');
        return [{ index: legacy ? legacy.text.replace(/^\./, '') : literalText(inner) }];
    }
    if (node.type === 'splat') {
        const splat = namedChildren(node)[0];
        return [{ index: undefined }, ...namedChildren(splat).flatMap(stepsOf)];
    }
    return [];
}
function objectKey(element) {
    return element.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? '';
}
function matchesKey(step, key) {
    if ('attr' in step)
        return step.attr === key;
    return step.index === undefined || step.index === key;
}

;// CONCATENATED MODULE: ./src/formats/terraform/regions.ts



function emptyRegionFacts() {
    return { providerRegions: [], variableRegions: [], providerRegionVariables: [], moduleCalls: [] };
}
function isRegion(value) {
    return /^[a-z]{2}(?:-[a-z]+)+-\d$/.test(value);
}
/**
 * Terraform derives `ses_smtp_password_v4` for the provider's region: each SMTP password used in a
 * Terraform file gets the region of its module folder, looked up across every file of the scan.
 */
const joinProviderRegions = (files, joined) => {
    const terraformFiles = files.filter((file) => file.formatFacts?.terraform !== undefined);
    if (terraformFiles.length === 0)
        return joined;
    const facts = concatLists(emptyRegionFacts(), terraformFiles.flatMap((file) => file.formatFacts?.terraform ?? []));
    const terraformPaths = new Set(terraformFiles.map((file) => file.file));
    const smtpPasswordUses = joined.iam.smtpPasswordUses.map((use) => use.derivedRegion === undefined && terraformPaths.has(use.file)
        ? { ...use, derivedRegion: providerRegion(facts, external_node_path_namespaceObject.posix.dirname(use.file)) }
        : use);
    return { ...joined, iam: { ...joined.iam, smtpPasswordUses } };
};
/**
 * The AWS provider's region for a Terraform module folder: its own provider's literal region, or the
 * value of the variable the provider takes (.tfvars or default); for a module with no provider, the
 * region of the folders that call it, when they agree.
 */
function providerRegion(facts, scope, seen = new Set()) {
    const literal = facts.providerRegions.find((provider) => provider.scope === scope)?.region;
    if (literal)
        return literal;
    const variable = facts.providerRegionVariables.find((provider) => provider.scope === scope)?.name;
    if (variable) {
        // A .tfvars value wins over the variable's default.
        const values = facts.variableRegions.filter((entry) => entry.scope === scope && entry.name === variable);
        return (values.find((entry) => entry.from === 'tfvars') ?? values[0])?.region;
    }
    const callers = facts.moduleCalls.filter((call) => call.module === scope && !seen.has(call.caller));
    const regions = new Set(callers
        .map((call) => providerRegion(facts, call.caller, new Set([...seen, scope])))
        .filter((region) => region !== undefined));
    if (regions.size === 1)
        return [...regions][0];
    // No provider and no caller: a folder with a single region-named variable default.
    const defaults = facts.variableRegions.filter((entry) => entry.scope === scope && entry.from === 'default' && /region/i.test(entry.name));
    return callers.length === 0 && defaults.length === 1 ? defaults[0]?.region : undefined;
}
/** `provider "aws" { region = … }`: a literal region, or the variable that holds it. */
function readProviderRegion(facts, scope, expression) {
    const region = literalString(expression);
    if (region)
        facts.providerRegions.push({ scope, region });
    const variable = expression ? traversals(expression).find((t) => t.path[0] === 'var')?.path[1] : undefined;
    if (variable)
        facts.providerRegionVariables.push({ scope, name: variable });
}
/** A variable's default or a .tfvars value that is a region name. */
function readVariableRegion(facts, scope, name, expression, from) {
    const region = literalString(expression);
    if (region && isRegion(region))
        facts.variableRegions.push({ scope, name, region, from });
}
/** `module "m" { source = "../x" }`: a module in a local folder takes the caller's region. */
function readModuleCall(facts, scope, source) {
    if (source && /^\.\.?\//.test(source))
        facts.moduleCalls.push({ caller: scope, module: external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(scope, source)).replace(/\/$/, '') });
}

;// CONCATENATED MODULE: ./src/formats/terraform/file.ts





/** One HCL file being read: where its facts go, and how its offsets and addresses become spans and keys. */
class TerraformFile {
    file;
    text;
    context;
    builder;
    regions = emptyRegionFacts();
    /** The module folder: keys and regions are shared by its files. */
    scope;
    lines;
    constructor(file, text, context) {
        this.file = file;
        this.text = text;
        this.context = context;
        this.builder = new ModelBuilder(file, 'terraform');
        this.lines = new LineIndex(text);
        this.scope = external_node_path_namespaceObject.posix.dirname(file);
    }
    span(start, end) {
        return this.lines.span(start, end);
    }
    nodeSpan(node) {
        return this.span(node.startIndex, node.endIndex);
    }
}
function readBlock(node) {
    const children = namedChildren(node);
    const labels = children
        .filter((child) => child.type === 'string_lit' || (child.type === 'identifier' && child !== children[0]))
        .map((child) => child.text.replace(/^"|"$/g, ''));
    const body = firstChild(node, 'body');
    const attributes = new Map();
    const blocks = [];
    for (const child of namedChildren(body)) {
        if (child.type === 'attribute') {
            const name = firstChild(child, 'identifier')?.text;
            const expression = firstChild(child, 'expression');
            if (name && expression)
                attributes.set(name, child);
        }
        else if (child.type === 'block')
            blocks.push(readBlock(child));
    }
    return { node, type: children[0]?.text ?? '', labels, attributes, blocks };
}
function expressionOf(attribute) {
    return firstChild(attribute, 'expression');
}
/** The expression of a block's attribute. */
function attributeExpression(block, name) {
    return expressionOf(block.attributes.get(name));
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate.ts



const defaultEvaluationLimits = { maxDepth: 32, maxYields: 1_000, maxSteps: 2_000_000 };
/** What values a Terraform expression can yield: the resource attributes it reaches and its literals. */
class evaluate_Evaluator {
    configuration;
    limits;
    steps = 0;
    depth = 0;
    memo = new Map();
    inProgress = new Set();
    /** Set when a limit cut an evaluation short: its yields may be incomplete. */
    truncated = false;
    constructor(configuration, limits = defaultEvaluationLimits) {
        this.configuration = configuration;
        this.limits = limits;
    }
    /** Yields of `expression`, written in `source`; `forEach` is the enclosing block's `for_each`, for `each.value`. */
    yields(expression, source, forEach) {
        const scope = folderOf(source);
        const bindings = forEach ? eachBinding(forEach, source) : undefined;
        const found = this.walk([{ node: expression, source, scope, path: [], bindings, slot: undefined, partial: false }]);
        return found.sort((a, b) => a.at.source.path.localeCompare(b.at.source.path) || a.at.start - b.at.start);
    }
    walk(initial) {
        const found = [];
        const stack = [...initial];
        for (let work = stack.pop(); work; work = stack.pop()) {
            if (++this.steps > this.limits.maxSteps) {
                this.truncated = true;
                break;
            }
            this.visit(work, stack, found);
        }
        return found;
    }
    visit(work, stack, found) {
        const { node, path } = work;
        const push = (next, change = {}) => stack.push({ ...work, node: next, ...change });
        const children = namedChildren(node);
        switch (node.type) {
            case 'expression': {
                const [head, ...postfix] = children;
                if (!head)
                    return;
                const steps = postfix.flatMap(stepsOf);
                if (head.type === 'variable_expr')
                    this.traversal(work, head, postfix, [...steps, ...path], stack, found);
                else
                    push(head, { path: [...steps, ...path] });
                return;
            }
            case 'conditional':
                for (const branch of children.slice(1))
                    push(branch);
                return;
            case 'function_call':
                this.functionCall(work, children, push, found);
                return;
            case 'collection_value':
                for (const child of children)
                    push(child);
                return;
            case 'tuple':
                for (const element of children.filter((child) => child.type === 'expression'))
                    push(element, { path: path[0] && 'index' in path[0] ? path.slice(1) : path });
                return;
            case 'object':
                for (const element of children.filter((child) => child.type === 'object_elem')) {
                    const key = objectKey(element);
                    const value = element.childForFieldName('val');
                    const [first, ...rest] = path;
                    if (!value)
                        continue;
                    if (!first)
                        push(value, { slot: key });
                    // A selected key names no slot: the slot is where the reader put the value.
                    else if (matchesKey(first, key))
                        push(value, { path: rest, slot: 'index' in first && first.index === undefined ? key : work.slot });
                }
                return;
            case 'for_expr':
                for (const child of children)
                    push(child);
                return;
            case 'for_tuple_expr':
            case 'for_object_expr':
                this.forExpression(work, children, push);
                return;
            case 'template_expr':
            case 'quoted_template':
            case 'heredoc_template':
                if (node.type === 'template_expr')
                    for (const child of children)
                        push(child);
                else
                    this.template(work, node, push, found);
                return;
            case 'literal_value': {
                const string = firstChild(node, 'string_lit');
                if (string && path.length === 0)
                    this.template(work, string, push, found);
                return;
            }
            case 'string_lit':
                if (path.length === 0)
                    this.template(work, node, push, found);
                return;
            case 'operation':
                // Arithmetic, comparison and logic yield numbers and booleans, never a credential.
                return;
            default:
                for (const child of children)
                    push(child);
        }
    }
    functionCall(work, children, push, found) {
        const name = children[0]?.text ?? '';
        const args = namedChildren(firstChild(work.node, 'function_arguments')).filter((child) => child.type === 'expression');
        if (opaqueFunctions.has(name))
            return;
        if (name === 'jsonencode' && work.path.length === 0) {
            const { node, source } = work;
            const at = { source, start: node.startIndex, end: node.endIndex };
            found.push({ kind: 'literal', value: node.text, opaque: true, node, at, slot: work.slot, partial: work.partial });
        }
        const [first, second, ...rest] = args;
        if (name === 'lookup' && first) {
            const key = literalText(second);
            push(first, { path: [{ index: key }, ...work.path] });
            for (const fallback of rest)
                push(fallback);
        }
        else if ((name === 'element' || name === 'one') && first)
            push(first, { path: [{ index: undefined }, ...work.path] });
        else
            for (const arg of args)
                push(arg);
    }
    forExpression(work, children, push) {
        const intro = children.find((child) => child.type === 'for_intro');
        const names = namedChildren(intro).filter((child) => child.type === 'identifier');
        const collection = firstChild(intro, 'expression');
        const valueName = names[names.length - 1]?.text;
        const bindings = collection && valueName
            ? { name: valueName, collection, source: work.source, scope: work.scope, outer: work.bindings }
            : work.bindings;
        const bodies = children.filter((child) => child.type === 'expression' && child !== collection);
        const [first, ...rest] = work.path;
        const path = first && ('index' in first || work.node.type === 'for_object_expr') ? rest : work.path;
        // The value is the last body: a tuple's element, or an object's `key => value` value.
        const value = work.node.type === 'for_object_expr' ? bodies[1] : bodies[0];
        if (value)
            push(value, { path, bindings });
    }
    template(work, node, push, found) {
        const parts = namedChildren(node).filter((child) => child.type === 'template_literal' || child.type === 'template_interpolation');
        const interpolations = parts.filter((part) => part.type === 'template_interpolation');
        const literalText = parts.filter((part) => part.type === 'template_literal').map((part) => part.text);
        if (interpolations.length === 1 && literalText.join('').trim() === '') {
            const inner = firstChild(interpolations[0], 'expression');
            if (inner)
                push(inner);
            return;
        }
        const value = parts.map((part) => part.text).join('');
        const at = { source: work.source, start: node.startIndex, end: node.endIndex };
        found.push({
            kind: 'literal',
            value,
            opaque: interpolations.length > 0,
            node,
            at,
            slot: work.slot,
            partial: work.partial,
        });
        for (const interpolation of interpolations) {
            const inner = firstChild(interpolation, 'expression');
            if (inner)
                push(inner, { path: [], partial: true });
        }
        // Interpolations inside `%{ if }` and `%{ for }` directives.
        for (const directive of namedChildren(node).filter((child) => child.type === 'template_directive'))
            push(directive, { path: [], partial: true });
    }
    /** `root.a[0].b`: a resource, a local, a variable, a module output or a bound name. */
    traversal(work, head, postfix, path, stack, found) {
        const root = head.text;
        const at = { source: work.source, start: head.startIndex, end: postfix.at(-1)?.endIndex ?? head.endIndex };
        const attrAt = (index) => {
            const step = path[index];
            return step && 'attr' in step ? step.attr : undefined;
        };
        const resolved = (yields) => {
            for (const item of yields)
                found.push({ ...item, slot: item.slot ?? work.slot, partial: item.partial || work.partial });
        };
        for (let binding = work.bindings; binding; binding = binding.outer) {
            if (binding.name !== root)
                continue;
            // `each.value` and a `for` value stand for any element of their collection; keys yield nothing.
            if (root === 'each' && attrAt(0) !== 'value')
                return;
            const rest = root === 'each' ? path.slice(1) : path;
            const { collection, source, scope, outer } = binding;
            stack.push({ ...work, node: collection, source, scope, path: [{ index: undefined }, ...rest], bindings: outer });
            return;
        }
        const name = attrAt(0);
        if (!name)
            return;
        if (root === 'local')
            resolved(this.definition(`${work.scope}|local.${name}`, path.slice(1)));
        else if (root === 'var')
            resolved(this.definition(`${work.scope}|var.${name}`, path.slice(1)));
        else if (root === 'module') {
            // `module.m[0].out`: the instance index selects nothing here; every instance has the same outputs.
            let rest = path.slice(1);
            while (rest[0] && 'index' in rest[0])
                rest = rest.slice(1);
            const output = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
            const outputs = output ? [output] : this.outputsOf(work.scope, name);
            for (const each of outputs)
                resolved(this.definition(`${work.scope}|module.${name}.${each}`, output ? rest.slice(1) : rest));
        }
        else {
            const type = root === 'data' ? `data.${name}` : root;
            const offset = root === 'data' ? 1 : 0;
            const resourceName = attrAt(offset);
            // Resources the module declares, or AWS ones declared in files the scan does not see; a dynamic
            // block's iterator (`rule.value`) is no resource.
            const declared = this.configuration.folder(work.scope)?.resources.has(`${type}.${resourceName}`);
            if (!resourceName || !(declared || /^(?:data\.)?aws_/.test(type)))
                return;
            const attribute = path.slice(offset + 1).find((step) => 'attr' in step)?.attr;
            const item = { kind: 'resource', scope: work.scope, type, name: resourceName, attribute, at };
            found.push({ ...item, slot: work.slot, partial: work.partial });
        }
    }
    outputsOf(scope, moduleName) {
        const called = this.configuration.folder(scope)?.moduleCalls.get(moduleName)?.folder;
        const folder = called ? this.configuration.folder(called) : undefined;
        return folder ? [...folder.outputs.keys()] : [];
    }
    /** A local, variable or module output, evaluated once per path; cycles and deep chains yield nothing more. */
    definition(symbol, path) {
        const key = `${symbol}|${path.map((step) => ('attr' in step ? `.${step.attr}` : `[${step.index ?? '*'}]`)).join('')}`;
        const known = this.memo.get(key);
        if (known)
            return known;
        if (this.inProgress.has(key) || this.depth >= this.limits.maxDepth) {
            this.truncated ||= this.depth >= this.limits.maxDepth;
            return [];
        }
        this.inProgress.add(key);
        this.depth++;
        try {
            const work = this.definitionsOf(symbol).map(({ definition, forEach }) => ({
                node: definition.expression,
                source: definition.source,
                scope: folderOf(definition.source),
                path,
                bindings: forEach ? eachBinding(forEach, definition.source) : undefined,
                slot: undefined,
                partial: false,
            }));
            const walked = this.walk(work);
            if (walked.length > this.limits.maxYields)
                this.truncated = true;
            const yields = walked.slice(0, this.limits.maxYields);
            this.memo.set(key, yields);
            return yields;
        }
        finally {
            this.depth--;
            this.inProgress.delete(key);
        }
    }
    definitionsOf(symbol) {
        const [scope = '', name = ''] = symbol.split('|');
        const folder = this.configuration.folder(scope);
        if (!folder)
            return [];
        if (name.startsWith('local.')) {
            const local = folder.locals.get(name.slice('local.'.length));
            return local ? [{ definition: local }] : [];
        }
        if (name.startsWith('var.')) {
            const variable = name.slice('var.'.length);
            const values = (folder.tfvars.get(variable) ?? []).map((definition) => ({ definition }));
            const fallback = folder.variableDefaults.get(variable);
            if (fallback)
                values.push({ definition: fallback });
            for (const call of this.configuration.callersOf(scope)) {
                const expression = attributeExpression(call.block, variable);
                const forEach = attributeExpression(call.block, 'for_each');
                if (expression)
                    values.push({ definition: { source: call.source, expression }, ...(forEach ? { forEach } : {}) });
            }
            return values;
        }
        const [, moduleName = '', output = ''] = name.split('.');
        const called = folder.moduleCalls.get(moduleName)?.folder;
        const outputBlock = called ? this.configuration.folder(called)?.outputs.get(output) : undefined;
        const expression = outputBlock ? attributeExpression(outputBlock.block, 'value') : undefined;
        return outputBlock && expression ? [{ definition: { source: outputBlock.source, expression } }] : [];
    }
}
function eachBinding(forEach, source) {
    return { name: 'each', collection: forEach, source, scope: folderOf(source), outer: undefined };
}
function folderOf(source) {
    const slash = source.path.lastIndexOf('/');
    return slash < 0 ? '.' : source.path.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/formats/terraform/exposures.ts


/** The parts of `aws_iam_access_key` that are secrets. */
const exposures_secretAttributes = {
    secret: 'secret-access-key',
    ses_smtp_password_v4: 'smtp-password',
    ses_smtp_password: 'smtp-password-v2',
};
/**
 * Where a configuration hands an access key's secret or SMTP password to a readable place: an
 * output without `sensitive = true` (or with `nonsensitive(…)`), a plain `String` SSM parameter.
 * The value is evaluated, so indexes, loops, locals, whole objects and module outputs count.
 */
function readExposures(configuration, evaluator) {
    const exposures = [];
    for (const folder of configuration.folders.values()) {
        for (const placed of folder.blocks) {
            const { block } = placed;
            const [type = '', name = ''] = block.labels;
            if (block.type === 'output') {
                const value = block.attributes.get('value');
                const nonsensitive = value ? callsFunction(value, 'nonsensitive') : false;
                const sensitive = literalBool(attributeExpression(block, 'sensitive')) === true;
                if (!sensitive || nonsensitive)
                    exposures.push(...expose(placed, evaluator, 'value', 'terraform-output', `output "${type}"`, nonsensitive));
            }
            else if (block.type === 'resource' &&
                type === 'aws_ssm_parameter' &&
                literalString(attributeExpression(block, 'type')) === 'String') {
                for (const attribute of ['value', 'insecure_value'])
                    exposures.push(...expose(placed, evaluator, attribute, 'ssm-parameter', `aws_ssm_parameter.${name}`, false));
            }
        }
    }
    return exposures;
}
function expose(placed, evaluator, attributeName, channel, label, nonsensitive) {
    const attribute = placed.block.attributes.get(attributeName);
    const expression = firstChild(attribute, 'expression');
    if (!attribute || !expression)
        return [];
    const forEach = attributeExpression(placed.block, 'for_each');
    const exposed = new Map();
    for (const item of evaluator.yields(expression, placed.source, forEach)) {
        if (item.kind !== 'resource' || item.type !== 'aws_iam_access_key')
            continue;
        const kind = item.attribute === undefined ? 'secret-access-key' : exposures_secretAttributes[item.attribute];
        if (!kind)
            continue;
        const what = `${label} (${exposures_describe(item, placed.source.path)})`;
        exposed.set(what, {
            file: placed.source.path,
            span: placed.source.nodeSpan(attribute),
            kind,
            channel,
            what,
            nonsensitive,
            accessKeyKey: `${item.scope}::aws_iam_access_key.${item.name}`,
        });
    }
    return [...exposed.values()];
}
/** `aws_iam_access_key.k.secret`, the whole object, and the module folder when the key is declared elsewhere. */
function exposures_describe(item, file) {
    const address = `aws_iam_access_key.${item.name}`;
    const what = item.attribute ? `${address}.${item.attribute}` : `the whole ${address}: its secret and SMTP password`;
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    return folder === item.scope ? what : `${what}, in module ${item.scope}`;
}
/** A call of `name(…)` anywhere in the tree (searched with a stack: deep expressions cannot overflow it). */
function callsFunction(root, name) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === 'function_call' && firstChild(node, 'identifier')?.text === name)
            return true;
        stack.push(...node.namedChildren);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/formats/terraform/policy.ts


const anyResource = { text: '*', expressions: [], whole: false };
/**
 * A JSON policy in a string or heredoc with `${…}` interpolations: each interpolation is read as an
 * opaque value (inside a JSON string, part of it; outside, a string of its own) and kept beside the
 * value it sits in. Offsets stay the file's, so spans do too.
 */
function statementsFromTemplate(template, fileText, file) {
    const parts = namedChildren(template).filter((child) => child.type !== 'heredoc_identifier');
    const content = parts.filter((child) => !/^(?:quoted_template_start|quoted_template_end|heredoc_start)$/.test(child.type));
    const first = content[0];
    const last = content.at(-1);
    if (!first || !last)
        return [];
    const interpolations = content.filter((child) => child.type !== 'template_literal');
    const { text, origin } = substitute(fileText, first.startIndex, last.endIndex, interpolations, template.type);
    const original = (offset) => origin[offset] ?? offset;
    const source = new YamlSource(file, text);
    const document = source.documents[0]?.contents;
    if (source.documents.length !== 1 || source.problems().length > 0)
        return [];
    const valueOf = (node) => {
        if (!(0,dist/* isScalar */.jn)(node) || !node.range)
            return undefined;
        const [start, end] = node.range.map(original);
        const inside = interpolations.filter((child) => child.startIndex >= start && child.endIndex <= end);
        const written = fileText.slice(start, end).replace(/^"|"$/g, '');
        const expressions = inside.flatMap((child) => firstChild(child, 'expression') ?? []);
        const whole = inside.length === 1 && written.trim() === inside[0]?.text;
        return { text: inside.length > 0 ? written : (scalarText(node) ?? written), expressions, whole };
    };
    const values = (node) => ((0,dist/* isScalar */.jn)(node) ? [node] : seqItems(node)).flatMap((item) => valueOf(item) ?? []);
    const statementNode = getValue(document, 'Statement');
    const statements = [];
    for (const statement of (0,dist/* isMap */.jh)(statementNode) ? [statementNode] : seqItems(statementNode)) {
        const actionPair = getPair(statement, 'Action') ?? getPair(statement, 'NotAction');
        const range = actionPair?.key.range;
        if (!actionPair || !range)
            continue;
        const resource = getValue(statement, 'Resource') ?? getValue(statement, 'NotResource');
        statements.push({
            start: original(range[0]),
            end: original(range[1]),
            effect: scalarText(getValue(statement, 'Effect')) === 'Deny' ? 'Deny' : 'Allow',
            notAction: scalarText(actionPair.key) === 'NotAction',
            actions: values(actionPair.value),
            resources: resource === undefined ? [anyResource] : values(resource),
        });
    }
    return statements;
}
/**
 * The template's text as JSON, at the file's offsets (what precedes it blanked out): each
 * interpolation becomes placeholder characters, or a placeholder string where it stands for a whole
 * value. In a quoted HCL string `\\"` is JSON's quote; `origin` maps each offset back to the file.
 */
function substitute(fileText, from, to, interpolations, templateType) {
    let text = fileText.slice(0, from).replace(/[^\n]/g, ' ');
    const origin = Array.from({ length: from }, (_, i) => i);
    const quoted = templateType !== 'heredoc_template';
    let inString = false;
    let escaped = false;
    const append = (start, end) => {
        for (let i = start; i < end; i++) {
            // An HCL escape (`\\"`, `\\\\`) is the character it escapes; its offset is the escaped one's.
            if (quoted && fileText[i] === '\\' && (fileText[i + 1] === '"' || fileText[i + 1] === '\\'))
                i++;
            const char = fileText[i] ?? '';
            if (escaped)
                escaped = false;
            else if (char === '\\')
                escaped = true;
            else if (char === '"')
                inString = !inString;
            text += char;
            origin.push(i);
        }
    };
    let at = from;
    for (const interpolation of interpolations) {
        append(at, interpolation.startIndex);
        const length = interpolation.endIndex - interpolation.startIndex;
        const placeholder = inString ? '_'.repeat(length) : `"${'_'.repeat(Math.max(0, length - 2))}"`;
        for (let i = 0; i < placeholder.length; i++)
            origin.push(interpolation.startIndex + i);
        text += placeholder;
        at = interpolation.endIndex;
    }
    append(at, to);
    origin.push(to);
    return { text, origin };
}
/** `jsonencode({ Statement = [{ Effect = …, Action = […], Resource = … }] })`, read from the HCL object. */
function statementsFromObject(object) {
    const statementValue = objectEntries(object).get('Statement');
    const collection = firstChild(statementValue, 'collection_value');
    const tuple = firstChild(collection, 'tuple');
    const statementObjects = tuple
        ? namedChildren(tuple).filter((child) => child.type === 'expression')
        : statementValue
            ? [statementValue]
            : [];
    const statements = [];
    for (const statement of statementObjects) {
        const entries = objectEntries(statement);
        const notAction = !entries.has('Action') && entries.has('NotAction');
        const action = entries.get(notAction ? 'NotAction' : 'Action');
        // The evidence is the whole `Action = […]` element.
        const actionElement = entryElements(statement).get(notAction ? 'NotAction' : 'Action');
        if (!action || !actionElement)
            continue;
        const resource = entries.get('Resource') ?? entries.get('NotResource');
        statements.push({
            start: actionElement.startIndex,
            end: actionElement.endIndex,
            effect: literalString(entries.get('Effect')) === 'Deny' ? 'Deny' : 'Allow',
            notAction,
            actions: expressionValues(action),
            resources: resource ? expressionValues(resource) : [anyResource],
        });
    }
    return statements;
}
/** `data "aws_iam_policy_document"`: its `statement` blocks, `dynamic "statement"` contents included. */
function statementsFromDocument(block) {
    const statements = [];
    const blocks = block.blocks.flatMap((child) => child.type === 'statement'
        ? [child]
        : child.type === 'dynamic' && child.labels[0] === 'statement'
            ? child.blocks.filter((inner) => inner.type === 'content')
            : []);
    for (const statement of blocks) {
        const actions = statement.attributes.get('actions') ?? statement.attributes.get('not_actions');
        const actionsExpression = firstChild(actions, 'expression');
        if (!actions || !actionsExpression)
            continue;
        const resources = firstChild(statement.attributes.get('resources') ?? statement.attributes.get('not_resources'), 'expression');
        statements.push({
            start: actions.startIndex,
            end: actions.endIndex,
            effect: literalString(firstChild(statement.attributes.get('effect'), 'expression')) === 'Deny' ? 'Deny' : 'Allow',
            notAction: firstChild(actions, 'identifier')?.text === 'not_actions',
            actions: expressionValues(actionsExpression),
            resources: resources ? expressionValues(resources) : [anyResource],
        });
    }
    return statements;
}
/** A list's elements, or the one value, each as a policy value. */
function expressionValues(expression) {
    const tuple = firstChild(firstChild(expression, 'collection_value'), 'tuple');
    const items = tuple ? namedChildren(tuple).filter((child) => child.type === 'expression') : [expression];
    return items.map((item) => {
        const text = literalString(item);
        if (text !== undefined)
            return { text, expressions: [], whole: false };
        const template = firstChild(firstChild(item, 'template_expr'), 'quoted_template');
        const written = template ? template.text.replace(/^"|"$/g, '') : item.text;
        const interpolations = namedChildren(template).filter((child) => child.type === 'template_interpolation');
        const whole = !template || (interpolations.length === 1 && written.trim() === interpolations[0]?.text);
        return { text: written, expressions: [item], whole };
    });
}
function policy_elements(object) {
    const inner = firstChild(firstChild(object, 'collection_value'), 'object');
    return namedChildren(inner).filter((child) => child.type === 'object_elem');
}
function keyName(element) {
    return element.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? '';
}
function objectEntries(object) {
    const entries = new Map();
    for (const element of policy_elements(object)) {
        const value = element.childForFieldName('val');
        if (value)
            entries.set(keyName(element), value);
    }
    return entries;
}
function entryElements(object) {
    return new Map(policy_elements(object).map((element) => [keyName(element), element]));
}

;// CONCATENATED MODULE: ./src/formats/terraform/policy-targets.ts

function literalTarget(value, named) {
    const user = singleUserName(value);
    return { label: value, userKeys: user ? named('user', user) : [], singleUser: user !== undefined };
}
function resourceTarget(item) {
    const isUser = item.type === 'aws_iam_user';
    return {
        label: `${item.type}.${item.name}`,
        userKeys: isUser ? [`${item.scope}::${item.type}.${item.name}`] : [],
        singleUser: isUser,
    };
}
/** The targets of one policy value: what its expressions yield, or the value as written. */
function targetsOf(value, source, evaluator, named) {
    if (value.expressions.length === 0)
        return [literalTarget(value.text, named)];
    const yields = value.expressions.flatMap((expression) => evaluator.yields(expression, source));
    if (!value.whole) {
        // A template such as `arn:aws:iam::${account}:user/${var.smtp_user}`: one ARN, its users by reference.
        const target = literalTarget(value.text, named);
        const referenced = yields.flatMap((item) => (item.kind === 'resource' ? resourceTarget(item).userKeys : []));
        return [{ ...target, userKeys: [...new Set([...target.userKeys, ...referenced])] }];
    }
    const targets = yields.map((item) => item.kind === 'resource' ? resourceTarget(item) : literalTarget(item.value, named));
    return targets.length > 0 ? targets : [literalTarget(value.text, named)];
}
function actionsOf(value, source, evaluator) {
    if (value.expressions.length === 0)
        return [value.text];
    const literals = value.expressions
        .flatMap((expression) => evaluator.yields(expression, source))
        .flatMap((item) => (item.kind === 'literal' && !item.opaque ? [item.value] : []));
    // An action no literal spells out (`statement.value.actions`) is unknown, not a grant of its text.
    return literals;
}
/** A statement's actions and resources spelled out, with what each resource stands for. */
function resolveStatement(statement, source, evaluator, named) {
    const targets = statement.resources.flatMap((value) => targetsOf(value, source, evaluator, named));
    return {
        effect: statement.effect,
        notAction: statement.notAction,
        actions: statement.actions.flatMap((value) => actionsOf(value, source, evaluator)),
        resources: targets.map((target) => target.label),
        targets,
    };
}

;// CONCATENATED MODULE: ./src/formats/terraform/iam-facts.ts






const principalTypes = {
    aws_iam_user: 'user',
    aws_iam_role: 'role',
    aws_iam_group: 'group',
};
const inlinePolicyTypes = {
    aws_iam_user_policy: 'user',
    aws_iam_role_policy: 'role',
    aws_iam_group_policy: 'group',
};
function keyOf(scope, address) {
    return `${scope}::${address}`;
}
/**
 * IAM as a Terraform configuration declares it, every value read through the evaluator: principals,
 * keys, login profiles, policies (documents, JSON with interpolations, `jsonencode`) and the bindings
 * between them, across module folders.
 */
class TerraformIam {
    configuration;
    evaluator;
    iam = emptyIam();
    /** IAM user (role, group) names, as the configuration spells them, to the principals' keys. */
    principalsByName = new Map();
    /** `aws_iam_policy` keys to the owners of the statements their `policy` holds. */
    policyOwners = new Map();
    constructor(configuration, evaluator) {
        this.configuration = configuration;
        this.evaluator = evaluator;
        const blocks = [...configuration.folders.values()].flatMap((folder) => folder.blocks);
        for (const placed of blocks)
            if (placed.block.type === 'resource')
                this.readPrincipal(placed);
        for (const placed of blocks)
            this.readBlock(placed);
        // Attachments last: they bind the statements of policies read above.
        for (const placed of blocks)
            if (isAttachment(placed.block))
                this.readAttachment(placed);
    }
    yields(placed, name) {
        const expression = attributeExpression(placed.block, name);
        if (!expression)
            return [];
        return this.evaluator.yields(expression, placed.source, attributeExpression(placed.block, 'for_each'));
    }
    declaration(placed) {
        const start = placed.block.node.startIndex;
        return { file: placed.source.path, span: placed.source.span(start, start + placed.block.type.length) };
    }
    readPrincipal(placed) {
        const [type = '', name = ''] = placed.block.labels;
        const kind = principalTypes[type];
        if (!kind)
            return;
        const key = keyOf(scopeOf(placed.source), `${type}.${name}`);
        const names = this.yields(placed, 'name').flatMap((item) => (item.kind === 'literal' ? [item.value] : []));
        for (const value of names)
            this.principalsByName.set(`${kind}:${value}`, [...this.principalKeysNamed(kind, value), key]);
        const smtpNamed = /smtp/i.test([name, ...names].join(' '));
        this.iam.principals.push({ key, ...this.declaration(placed), kind, label: `${type}.${name}`, smtpNamed });
    }
    principalKeysNamed(kind, name) {
        return this.principalsByName.get(`${kind}:${name}`) ?? [];
    }
    /** The principals an attribute names: by reference (`aws_iam_user.u.name`, through modules) or by literal name. */
    principals(placed, attribute, kind) {
        const keys = this.yields(placed, attribute).flatMap((item) => {
            if (item.kind === 'resource')
                return item.type === `aws_iam_${kind}` ? [keyOf(item.scope, `${item.type}.${item.name}`)] : [];
            return item.opaque ? [] : this.principalKeysNamed(kind, item.value);
        });
        return [...new Set(keys)];
    }
    readBlock(placed) {
        const { block, source } = placed;
        const [type = '', name = ''] = block.labels;
        const scope = scopeOf(source);
        if (block.type === 'data' && type === 'aws_iam_policy_document') {
            this.addStatements(source, statementsFromDocument(block), keyOf(scope, `data.${type}.${name}`));
            return;
        }
        if (block.type === 'module') {
            this.readModulePolicies(placed, keyOf(scope, `module.${type}`));
            return;
        }
        if (block.type !== 'resource')
            return;
        const key = keyOf(scope, `${type}.${name}`);
        const place = this.declaration(placed);
        const inlineKind = inlinePolicyTypes[type];
        if (type === 'aws_iam_access_key') {
            this.iam.accessKeys.push({ key, ...place, userKey: this.principals(placed, 'user', 'user')[0] });
        }
        else if (type === 'aws_iam_user_login_profile') {
            this.iam.loginProfiles.push({ ...place, userKey: this.principals(placed, 'user', 'user')[0] });
        }
        else if (type === 'aws_iam_policy') {
            this.policyOwners.set(key, this.readPolicy(this.yields(placed, 'policy'), key));
        }
        else if (inlineKind) {
            const owners = this.readPolicy(this.yields(placed, 'policy'), key);
            for (const principalKey of this.principals(placed, inlineKind, inlineKind))
                for (const ownerKey of owners)
                    this.iam.bindings.push({ ...place, principalKey, ownerKey });
        }
        else if (type === 'aws_iam_role') {
            for (const inline of block.blocks.filter((child) => child.type === 'inline_policy'))
                this.readInlineRolePolicy(placed, inline, key);
        }
    }
    readInlineRolePolicy(placed, inline, roleKey) {
        const expression = attributeExpression(inline, 'policy');
        if (!expression)
            return;
        const ownerKey = `${roleKey}#inline`;
        const owners = this.readPolicy(this.evaluator.yields(expression, placed.source), ownerKey);
        for (const owner of owners)
            this.iam.bindings.push({ ...this.declaration(placed), principalKey: roleKey, ownerKey: owner });
    }
    /** A remote module's policy inputs are read as policies of their own: nothing binds them, but they are granted. */
    readModulePolicies(placed, moduleKey) {
        const call = this.configuration.folder(scopeOf(placed.source))?.moduleCalls.get(placed.block.labels[0] ?? '');
        if (call?.folder && this.configuration.folder(call.folder))
            return;
        for (const name of placed.block.attributes.keys())
            if (/(?:^|_)policy(?:_json)?$/.test(name) && !/assume_role|trust/.test(name))
                this.readPolicy(this.yields(placed, name), `${moduleKey}.${name}`);
    }
    /**
     * Reads the policy documents a `policy` value can be: JSON text with interpolations, `jsonencode`,
     * or a policy document's `.json`. Returns the owners whose statements the value grants.
     */
    readPolicy(yields, ownerKey) {
        const owners = new Set();
        for (const item of yields) {
            if (item.kind === 'resource') {
                if (item.type === 'data.aws_iam_policy_document')
                    owners.add(keyOf(item.scope, `${item.type}.${item.name}`));
                continue;
            }
            const statements = documentStatements(item.node, item.at.source);
            if (statements.length === 0)
                continue;
            this.addStatements(item.at.source, statements, ownerKey);
            owners.add(ownerKey);
        }
        return [...owners];
    }
    addStatements(source, statements, ownerKey) {
        for (const statement of statements) {
            const resolved = resolveStatement(statement, source, this.evaluator, (kind, name) => this.principalKeysNamed(kind, name));
            const span = source.span(statement.start, statement.end);
            const fact = { file: source.path, span, ownerKey, ...resolved };
            this.iam.statements.push(fact);
        }
    }
    readAttachment(placed) {
        const policy = attributeExpression(placed.block, 'policy_arn');
        if (!policy)
            return;
        const span = placed.source.nodeSpan(policy);
        const principals = ['user', 'role', 'group'].flatMap((kind) => [
            ...this.principals(placed, kind, kind),
            ...this.principals(placed, `${kind}s`, kind),
        ]);
        for (const item of this.yields(placed, 'policy_arn')) {
            const policyKey = item.kind === 'resource' && item.type === 'aws_iam_policy'
                ? keyOf(item.scope, `aws_iam_policy.${item.name}`)
                : undefined;
            const owners = policyKey ? (this.policyOwners.get(policyKey) ?? [policyKey]) : [];
            const arn = item.kind === 'literal' && !item.opaque ? item.value : undefined;
            for (const principalKey of principals) {
                for (const ownerKey of owners)
                    this.iam.bindings.push({ file: placed.source.path, span, principalKey, ownerKey });
                if (arn && managedPolicyStatement(arn))
                    this.iam.bindings.push({ file: placed.source.path, span, principalKey, managedPolicyArn: arn });
            }
        }
    }
}
function isAttachment(block) {
    const type = block.labels[0] ?? '';
    return block.type === 'resource' && /^aws_iam_(?:(?:user|role|group)_)?policy_attachment$/.test(type);
}
/** The statements of a policy document written as a template (JSON text) or a `jsonencode(…)` call. */
function documentStatements(node, source) {
    if (node.type === 'function_call') {
        const argument = namedChildren(firstChild(node, 'function_arguments')).find((child) => child.type === 'expression');
        return argument ? statementsFromObject(argument) : [];
    }
    return statementsFromTemplate(node, source.text, source.path);
}
function scopeOf(source) {
    const slash = source.path.lastIndexOf('/');
    return slash < 0 ? '.' : source.path.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/formats/terraform/json.ts


/**
 * Terraform's JSON syntax read with the HCL grammar: a JSON document is an HCL object, and its strings
 * are templates whose `${…}` are expressions, as Terraform reads them. The file is parsed as the value
 * of an attribute; the source maps offsets back to the file.
 */
function parseJsonSource(path, text) {
    const prefix = 'x=';
    return new TerraformSource(path, prefix + text, parseHcl(prefix + text), prefix.length);
}
/** Block types whose JSON form nests one object per label (`resource` → type → name). */
const labelCounts = {
    resource: 2,
    data: 2,
    module: 1,
    output: 1,
    variable: 1,
    provider: 1,
    locals: 0,
};
/** The blocks and (for `.tfvars.json`) the top-level attributes of a parsed JSON configuration. */
function readJsonConfiguration(root, text) {
    const document = firstChild(firstChild(root, 'body'), 'attribute');
    const attributeNode = (element, value) => propertyNode(text, element, value);
    const jsonBlock = (element, type, labels, body) => {
        const attributes = new Map();
        for (const entry of json_entries(body))
            attributes.set(entry.key, attributeNode(entry.element, entry.value));
        return { node: element, type, labels, attributes, blocks: [] };
    };
    const top = json_entries(firstChild(document, 'expression'));
    const blocks = [];
    for (const { key, value, element } of top) {
        const labels = labelCounts[key];
        if (labels === undefined)
            continue;
        const walk = (object, found) => {
            if (found.length === labels) {
                for (const body of bodies(object))
                    blocks.push(jsonBlock(element, key, found, body));
                return;
            }
            for (const inner of json_entries(object))
                walk(inner.value, [...found, inner.key]);
        };
        walk(value, []);
    }
    return { blocks, attributes: top.map(({ element, value }) => attributeNode(element, value)) };
}
/** A block body, or each body of a list of them (`"provider": {"aws": [{…}, {…}]}`). */
function bodies(value) {
    const tuple = firstChild(firstChild(value, 'collection_value'), 'tuple');
    return tuple ? namedChildren(tuple).filter((child) => child.type === 'expression') : [value];
}
/** An `attribute` node standing for a JSON property, so readers of HCL attributes read it alike. */
function propertyNode(text, element, value) {
    const attribute = new Node(text, 'attribute', element.startIndex, element.endIndex, true, false, false);
    attribute.namedChildren.push(value);
    attribute.children.push(value);
    return attribute;
}
function json_entries(object) {
    const inner = firstChild(firstChild(object, 'collection_value'), 'object');
    return namedChildren(inner).flatMap((element) => {
        const key = element.childForFieldName('key');
        const value = element.childForFieldName('val');
        if (element.type !== 'object_elem' || !key || !value)
            return [];
        return [{ key: key.text.replace(/^"|"$/g, ''), value, element }];
    });
}

;// CONCATENATED MODULE: ./src/formats/terraform/modules.ts





/** One parsed Terraform file of a configuration: its text, tree and offsets-to-lines index. */
class TerraformSource {
    path;
    text;
    root;
    prefix;
    lines;
    /**
     * `text` is what was parsed; `prefix` characters were put before the file's own text (a `.tf.json`
     * file is parsed as the value of an attribute), so offsets are the parsed text's and spans the file's.
     */
    constructor(path, text, root, prefix = 0) {
        this.path = path;
        this.text = text;
        this.root = root;
        this.prefix = prefix;
    }
    span(start, end) {
        this.lines ??= new LineIndex(this.text.slice(this.prefix));
        return this.lines.span(Math.max(0, start - this.prefix), Math.max(0, end - this.prefix));
    }
    nodeSpan(node) {
        return this.span(node.startIndex, node.endIndex);
    }
    get isVariablesFile() {
        return /\.tfvars(?:\.json)?$/i.test(this.path);
    }
}
function emptyFolder(path) {
    return {
        path,
        sources: [],
        blocks: [],
        locals: new Map(),
        variableDefaults: new Map(),
        tfvars: new Map(),
        outputs: new Map(),
        resources: new Map(),
        moduleCalls: new Map(),
    };
}
/** Module sources that Terraform reads from a folder of the same checkout. */
function isLocalModuleSource(source) {
    return /^\.\.?\//.test(source);
}
/**
 * Every Terraform file of a scan, grouped by folder (a folder is a module), with the module calls
 * between folders. Local sources are followed; registry and git sources are kept as not followed.
 */
class TerraformConfiguration {
    folders = new Map();
    callers = new Map();
    constructor(sources) {
        for (const source of sources)
            this.add(source);
        for (const folder of this.folders.values())
            for (const call of folder.moduleCalls.values()) {
                if (!call.folder)
                    continue;
                const list = this.callers.get(call.folder) ?? [];
                list.push(call);
                this.callers.set(call.folder, list);
            }
    }
    folder(path) {
        return this.folders.get(path);
    }
    /** The module blocks, in any folder, that call the module in `folder`. */
    callersOf(folder) {
        return this.callers.get(folder) ?? [];
    }
    /** Module calls whose source is a registry, git or other remote address: not read. */
    notFollowed() {
        return [...this.folders.values()].flatMap((folder) => [...folder.moduleCalls.values()].filter((call) => call.folder === undefined && call.sourceText !== undefined));
    }
    add(source) {
        const path = external_node_path_namespaceObject.posix.dirname(source.path);
        let folder = this.folders.get(path);
        if (!folder) {
            folder = emptyFolder(path);
            this.folders.set(path, folder);
        }
        folder.sources.push(source);
        const { blocks, attributes } = source.prefix > 0 ? readJsonConfiguration(source.root, source.text) : topLevel(source.root);
        if (source.isVariablesFile)
            for (const attribute of attributes)
                addTfvar(folder, source, attribute);
        for (const block of blocks) {
            folder.blocks.push({ source, block });
            addBlock(folder, source, block);
        }
    }
}
function topLevel(root) {
    const nodes = namedChildren(firstChild(root, 'body'));
    return {
        blocks: nodes.filter((node) => node.type === 'block').map(readBlock),
        attributes: nodes.filter((node) => node.type === 'attribute'),
    };
}
function addTfvar(folder, source, attribute) {
    const name = firstChild(attribute, 'identifier')?.text;
    const expression = firstChild(attribute, 'expression');
    if (!name || !expression)
        return;
    const list = folder.tfvars.get(name) ?? [];
    list.push({ source, expression });
    folder.tfvars.set(name, list);
}
function addBlock(folder, source, block) {
    const [first = '', second = ''] = block.labels;
    switch (block.type) {
        case 'locals':
            for (const [name, attribute] of block.attributes) {
                const expression = firstChild(attribute, 'expression');
                if (expression)
                    folder.locals.set(name, { source, expression });
            }
            return;
        case 'variable': {
            const expression = attributeExpression(block, 'default');
            if (expression)
                folder.variableDefaults.set(first, { source, expression });
            return;
        }
        case 'output':
            folder.outputs.set(first, { source, block });
            return;
        case 'resource':
            folder.resources.set(`${first}.${second}`, { source, block });
            return;
        case 'data':
            folder.resources.set(`data.${first}.${second}`, { source, block });
            return;
        case 'module': {
            const sourceText = literalString(attributeExpression(block, 'source'));
            const local = sourceText !== undefined && isLocalModuleSource(sourceText);
            const called = local ? external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(folder.path, sourceText)).replace(/\/$/, '') : undefined;
            folder.moduleCalls.set(first, { source, block, name: first, caller: folder.path, sourceText, folder: called });
            return;
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/smtp-user-names.ts





/**
 * Objects and block bodies that hold an SES SMTP user name slot (`smtp_username`, `SMTP_USER`) next to an
 * SMTP password slot, an access key's SMTP password or an SES SMTP host, and whose user name can be an
 * IAM user's name, an e-mail address or a literal that is not an access key ID.
 */
function readWrongSmtpUserNames(configuration, evaluator) {
    const found = new Map();
    for (const folder of configuration.folders.values())
        for (const { source, block } of folder.blocks)
            for (const entries of containers(block))
                check(entries, source, evaluator, found);
    return [...found.values()];
}
function check(entries, source, evaluator, found) {
    const userSlots = entries.filter((entry) => classifyName(entry.name)?.kind === 'smtp-username');
    if (userSlots.length === 0)
        return;
    const yieldsOf = (expression) => evaluator.yields(expression, source);
    const sesSmtp = entries.some((entry) => isSmtpPasswordKind(classifyName(entry.name)?.kind) ||
        yieldsOf(entry.expression).some((item) => (item.kind === 'resource' && /^ses_smtp_password/.test(item.attribute ?? '')) ||
            (item.kind === 'literal' && findSesSmtpHosts(item.value).length > 0)));
    if (!sesSmtp)
        return;
    for (const slot of userSlots)
        for (const item of yieldsOf(slot.expression)) {
            const value = wrongValue(item);
            if (!value)
                continue;
            // A quoted literal is placed on its content, where file readers place literals.
            const quoted = item.kind === 'literal' && item.node.type !== 'heredoc_template' && item.node.type !== 'function_call';
            const span = quoted
                ? item.at.source.span(item.at.start + 1, item.at.end - 1)
                : item.at.source.span(item.at.start, item.at.end);
            found.set(`${item.at.source.path}:${item.at.start}`, { file: item.at.source.path, span, slot: slot.name, value });
        }
}
/** Why a yielded value is no access key ID, or undefined when it may be one. */
function wrongValue(item) {
    if (item.kind === 'resource')
        return item.type === 'aws_iam_user' && (item.attribute === 'name' || item.attribute === 'id')
            ? `the IAM user name \`${item.type}.${item.name}.${item.attribute}\``
            : undefined;
    if (item.partial)
        return undefined;
    const value = item.value.trim();
    if (item.opaque)
        return value.includes('@') ? `the e-mail address \`${redact(value)}\`` : undefined;
    if (accessKeyIdPattern.test(value) || value === '')
        return undefined;
    if (value.includes('@'))
        return `the e-mail address \`${redact(value)}\``;
    return isPlaceholder(value) ? undefined : `the literal \`${redact(value)}\``;
}
/** Every object constructor in a block's attributes, and the block's own body and nested bodies. */
function containers(block) {
    const found = [];
    const blocks = [block];
    for (let current = blocks.pop(); current; current = blocks.pop()) {
        const body = [];
        for (const [name, attribute] of current.attributes) {
            const expression = firstChild(attribute, 'expression');
            if (!expression)
                continue;
            body.push({ name, expression });
            found.push(...objectsIn(expression));
        }
        found.push(body);
        blocks.push(...current.blocks);
    }
    return found;
}
function objectsIn(root) {
    const found = [];
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === 'object')
            found.push(namedChildren(node).flatMap((element) => {
                const key = element.childForFieldName('key');
                const value = element.childForFieldName('val');
                return element.type === 'object_elem' && key && value
                    ? [{ name: key.text.replace(/^"|"$/g, ''), expression: value }]
                    : [];
            }));
        stack.push(...node.namedChildren);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/formats/terraform/value-flows.ts



/** What each attribute of `aws_iam_access_key` is. */
const accessKeyAttributes = {
    id: 'access-key-id',
    secret: 'secret-access-key',
    ses_smtp_password_v4: 'smtp-password',
    ses_smtp_password: 'smtp-password-v2',
};
/** Every access-key value flow into every top-level block but variables, read through the evaluator. */
function readValueFlows(configuration, evaluator) {
    const flows = [];
    for (const folder of configuration.folders.values())
        for (const placed of folder.blocks)
            if (placed.block.type !== 'variable')
                flows.push(...blockFlows(placed, evaluator));
    return flows;
}
/** How the file reader labels a block's use: resources by address, the AWS provider by name, others by keyword and labels. */
function blockLabel(block) {
    const [type = '', name = ''] = block.labels;
    if (block.type === 'resource')
        return `${type}.${name}`;
    if (block.type === 'provider' && type === 'aws')
        return 'provider "aws"';
    return `${block.type} ${block.labels.join(' ')}`.trim();
}
function blockFlows(placed, evaluator) {
    const { source, block } = placed;
    const forEach = attributeExpression(block, 'for_each');
    const start = block.node.startIndex;
    const blockPlace = { label: blockLabel(block), span: source.span(start, start + block.type.length) };
    const endpointRegions = [...new Set(findSesSmtpHosts(block.node.text).map((host) => host.region))];
    const flows = [];
    for (const { node, slot } of leaves(block)) {
        for (const item of evaluator.yields(node, source, forEach)) {
            const kind = item.kind === 'resource' && item.type === 'aws_iam_access_key' && accessKeyAttributes[item.attribute ?? ''];
            if (item.kind !== 'resource' || !kind)
                continue;
            flows.push({
                file: source.path,
                span: source.nodeSpan(node),
                origin: { file: item.at.source.path, span: item.at.source.span(item.at.start, item.at.end) },
                slot: item.slot ?? slot,
                kind,
                name: `aws_iam_access_key.${item.name}.${item.attribute ?? ''}`,
                accessKeyKey: `${item.scope}::aws_iam_access_key.${item.name}`,
                block: blockPlace,
                endpointRegions,
            });
        }
    }
    return flows;
}
/**
 * The references written in a block (`a.b[0].c`, not descending into them), each named by the nearest
 * object key or attribute; nested blocks included. Walked with a stack, so deep input cannot overflow it.
 */
function leaves(block) {
    const found = [];
    const stack = [];
    const blocks = [block];
    for (let current = blocks.pop(); current; current = blocks.pop()) {
        for (const [name, attribute] of current.attributes) {
            const expression = firstChild(attribute, 'expression');
            if (expression && name !== 'for_each' && name !== 'count')
                stack.push({ node: expression, slot: name });
        }
        blocks.push(...current.blocks);
    }
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
        const { node, slot } = entry;
        const children = namedChildren(node);
        // A `for` expression is read whole, so its bodies see what its names are bound to.
        if (node.type === 'expression' && (children[0]?.type === 'variable_expr' || children[0]?.type === 'for_expr')) {
            found.push(entry);
            continue;
        }
        if (node.type === 'object_elem') {
            const value = node.childForFieldName('val');
            const key = node.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? slot;
            if (value)
                stack.push({ node: value, slot: key });
            continue;
        }
        for (const child of children)
            stack.push({ node: child, slot });
    }
    return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

;// CONCATENATED MODULE: ./src/formats/terraform/configuration.ts






function readConfiguration(sources) {
    const configuration = new TerraformConfiguration(sources);
    const evaluator = new evaluate_Evaluator(configuration);
    const { iam } = new TerraformIam(configuration, evaluator);
    iam.exposures.push(...readExposures(configuration, evaluator));
    iam.wrongSmtpUserNames.push(...readWrongSmtpUserNames(configuration, evaluator));
    const unfollowedModules = configuration.notFollowed().map((call) => ({
        file: call.source.path,
        span: call.source.nodeSpan(call.block.node),
        name: call.name,
        source: call.sourceText ?? '',
    }));
    const flows = readValueFlows(configuration, evaluator);
    return { iam, flows, unfollowedModules, truncated: evaluator.truncated };
}

;// CONCATENATED MODULE: ./src/formats/terraform/join.ts






const useKey = (file, label, span) => `${file}|${label}|${span.startLine}:${span.startColumn}`;
/**
 * Terraform's cross-file step: the whole configuration (every folder a module, local module calls
 * followed) is evaluated once; its IAM facts, exposures and wrong SMTP user names join the model, and
 * every access-key value that reaches a block's slot becomes a reference in that block's use.
 */
const joinConfiguration = (files, joined) => {
    const sources = files.flatMap((file) => file.formatFacts?.terraformSource ?? []);
    if (sources.length === 0)
        return joined;
    const facts = readConfiguration(sources);
    // One reference per place an access key's attribute is written; a flow through a local, variable or
    // module output reuses the reference at its origin, so one value is reported once, where it is taken.
    const references = [];
    const atPlace = new Map();
    const idOf = (flow) => {
        const place = `${flow.origin.file}|${flow.origin.span.startLine}:${flow.origin.span.startColumn}|${flow.name}`;
        const known = atPlace.get(place);
        if (known)
            return known;
        const direct = flow.origin.file === flow.file && sameStart(flow.origin.span, flow.span);
        const reference = referenceOf(direct ? flow : { ...flow, ...flow.origin }, references.length);
        references.push(reference);
        atPlace.set(place, reference.id);
        return reference.id;
    };
    const ordered = [...facts.flows].sort((a, b) => Number(isIndirect(a)) - Number(isIndirect(b)));
    const byUse = new Map();
    for (const flow of ordered) {
        const id = idOf(flow);
        // An output is no use of its values: what it exposes is an exposure, read above.
        if (flow.block.label.startsWith('output '))
            continue;
        const key = useKey(flow.file, flow.block.label, flow.block.span);
        byUse.set(key, [...(byUse.get(key) ?? []), { flow, id }]);
    }
    const uses = joined.uses.map((use) => {
        const key = useKey(use.file, use.label, use.span);
        const added = byUse.get(key);
        if (!added)
            return use;
        byUse.delete(key);
        return withFlows(use, added);
    });
    let created = 0;
    for (const added of byUse.values()) {
        const first = added[0]?.flow;
        if (!first)
            continue;
        const id = `${first.file}#tu${++created}`;
        const base = { id, file: first.file, label: first.block.label, span: first.block.span };
        uses.push(withFlows({ ...base, referenceIds: [], destination: emptyDestination() }, added));
    }
    const smtpPasswordUses = facts.flows
        .filter((flow) => flow.kind === 'smtp-password')
        .map((flow) => ({
        file: flow.file,
        span: flow.span,
        accessKeyKey: flow.accessKeyKey,
        derivedRegion: undefined,
        endpointRegions: flow.endpointRegions,
    }));
    const iam = concatLists(emptyIam(), [joined.iam, facts.iam, { ...emptyIam(), smtpPasswordUses }]);
    return { references: [...joined.references, ...references], uses, iam };
};
function sameStart(a, b) {
    return a.startLine === b.startLine && a.startColumn === b.startColumn;
}
function isIndirect(flow) {
    return flow.origin.file !== flow.file || !sameStart(flow.origin.span, flow.span);
}
function referenceOf(flow, index) {
    return {
        // `#j`: the text layer hands out `#t` ids in the same file.
        id: `${flow.file}#j${index + 1}`,
        file: flow.file,
        span: flow.span,
        source: { type: 'attribute', name: flow.name, kind: flow.kind, accessKey: flow.accessKeyKey },
        sink: namedSink('env', flow.slot, (name) => classifyName(name)),
        // An attribute's kind is known from the resource type, as file references are classified.
        supplied: { kind: flow.kind, root: false },
    };
}
/** A use with the flows into its block: their references, and SES SMTP when an SMTP password arrives. */
function withFlows(use, added) {
    const destination = { ...use.destination };
    const flows = added.map((entry) => entry.flow);
    const regions = [...new Set(flows.flatMap((flow) => flow.endpointRegions))];
    if (regions.length > 0 && !destination.smtp)
        destination.smtp = { target: 'ses', regions };
    if (flows.some((flow) => isSmtpPasswordKind(flow.kind)) &&
        (!destination.smtp || destination.smtp.target === 'unknown'))
        destination.smtp = { target: 'ses', regions };
    if (flows.some((flow) => /^AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY)$/i.test(flow.slot)))
        destination.awsApi = true;
    return { ...use, referenceIds: [...new Set([...use.referenceIds, ...added.map((entry) => entry.id)])], destination };
}

;// CONCATENATED MODULE: ./src/formats/terraform/values.ts



/** Reads every attribute of a block (and its nested blocks): literals, variables and access-key attributes. */
function readBody(tf, block, attributeKinds) {
    const parts = [];
    for (const [name, attribute] of block.attributes)
        parts.push(readAttribute(tf, attribute, name, attributeKinds?.[name]));
    for (const nested of block.blocks)
        parts.push(readBody(tf, nested));
    return merge(...parts);
}
/**
 * One attribute: its literal strings and `var.x` references, each named by its key. Access-key
 * attributes are read by the configuration's join, through the evaluator.
 */
function readAttribute(tf, attribute, name, expects) {
    const expression = expressionOf(attribute);
    if (!expression)
        return emptyCollected();
    const parts = [];
    const sinkFor = (key) => expects && key === name ? { type: 'env', name, expects } : namedSink('env', key, tf.context.classifyName);
    walkValues(expression, name, (node, key, partial) => {
        if (node.type === 'template_literal') {
            // A piece of a template with interpolations is no whole value; only credential shapes inside it count.
            parts.push(readValue(tf.builder, {
                text: node.text,
                locate: (s, e) => tf.span(node.startIndex + s, node.startIndex + e),
                outer: sinkFor(key),
                interpolations: [],
                script: false,
                wholeValueSlot: !partial,
            }));
            return;
        }
        for (const traversal of traversals(node)) {
            const [root, variable] = traversal.path;
            if (root !== 'var' || !variable)
                continue;
            const span = tf.span(traversal.start, traversal.end);
            const id = tf.builder.reference(span, { type: 'variable', name: variable }, sinkFor(key));
            parts.push({ ...emptyCollected(), referenceIds: [id], names: [key, variable] });
        }
    });
    return merge(...parts);
}
/** Visits string literals and leaf expressions, naming each by the nearest object key or attribute. */
function walkValues(root, rootKey, visit) {
    // An explicit stack, in source order: a deeply nested expression cannot overflow the call stack.
    const stack = [{ node: root, key: rootKey, partial: false }];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
        const { node, key, partial } = entry;
        if (node.type === 'template_literal') {
            visit(node, key, partial);
            continue;
        }
        if (node.type === 'object_elem') {
            const elementKey = node.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? key;
            const value = node.childForFieldName('val');
            if (value)
                stack.push({ node: value, key: elementKey, partial: false });
            continue;
        }
        if (node.type === 'expression' && namedChildren(node)[0]?.type === 'variable_expr') {
            visit(node, key, partial);
            continue;
        }
        const children = namedChildren(node);
        const interpolated = partial || children.some((child) => child.type === 'template_interpolation');
        for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i];
            if (child)
                stack.push({ node: child, key, partial: interpolated });
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/reader.ts







const providerAttributes = {
    access_key: 'access-key-id',
    secret_key: 'secret-access-key',
    token: 'session-token',
};
/**
 * Reads one HCL file (configuration or .tfvars) into its literal and variable values and region facts.
 * IAM, exposures and access-key values are read across the whole configuration by the join, which
 * gets the parsed source.
 */
function readTerraform(file, text, context) {
    const tf = new TerraformFile(file, text, context);
    const root = parseHcl(text);
    if (root.hasError)
        tf.builder.problem(`HCL syntax error: ${describeError(root)}`, firstErrorSpan(tf, root));
    const children = namedChildren(firstChild(root, 'body'));
    for (const child of children)
        if (child.type === 'block')
            readTopBlock(tf, readBlock(child));
    readTopAttributes(tf, children.filter((child) => child.type === 'attribute'));
    const terraformSource = new TerraformSource(file, text, root);
    return { ...tf.builder.build(), formatFacts: { terraform: tf.regions, terraformSource } };
}
/** A .tfvars file is a list of attributes: each is a value named by its variable, and may name a region. */
function readTopAttributes(tf, attributes) {
    if (attributes.length === 0)
        return;
    const nameOf = (attribute) => firstChild(attribute, 'identifier')?.text ?? '';
    for (const attribute of attributes)
        readVariableRegion(tf.regions, tf.scope, nameOf(attribute), firstChild(attribute, 'expression'), 'tfvars');
    // A .tfvars value cannot take an access key's SMTP password, so only the values count.
    const collected = merge(...attributes.map((attribute) => readAttribute(tf, attribute, nameOf(attribute))));
    if (collected.referenceIds.length > 0)
        tf.builder.use(tf.file, tf.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
}
function readTopBlock(tf, block) {
    const [resourceType = '', name = ''] = block.labels;
    const address = `${resourceType}.${name}`;
    const declaration = tf.span(block.node.startIndex, block.node.startIndex + block.type.length);
    const isAwsProvider = block.type === 'provider' && resourceType === 'aws';
    const collected = readBody(tf, block, isAwsProvider ? providerAttributes : undefined);
    if (isAwsProvider) {
        readProviderRegion(tf.regions, tf.scope, attributeExpression(block, 'region'));
        tf.builder.use(`provider "aws"`, declaration, collected.referenceIds, {
            ...destinationOf(collected, 'aws-credentials'),
            awsApi: true,
        });
        return;
    }
    switch (block.type) {
        case 'output':
            return;
        case 'variable':
            readVariableRegion(tf.regions, tf.scope, resourceType, attributeExpression(block, 'default'), 'default');
            return;
        case 'data':
            if (resourceType === 'aws_iam_policy_document')
                return;
            break;
        case 'module': {
            const source = literalString(attributeExpression(block, 'source'));
            readModuleCall(tf.regions, tf.scope, source);
            // Only module folders of the checkout are read; say which calls the flows stop at.
            if (source !== undefined && !isLocalModuleSource(source))
                tf.builder.problem(`module "${resourceType}" is not followed: its source ${scrubCredentials(source)} is not a folder of the checkout, so flows through it are not read`, declaration);
            break;
        }
        case 'resource':
            if (hasUse(collected))
                tf.builder.use(address, declaration, collected.referenceIds, destinationOf(collected, 'unknown'));
            return;
    }
    if (hasUse(collected))
        tf.builder.use(`${block.type} ${block.labels.join(' ')}`.trim(), declaration, collected.referenceIds, destinationOf(collected, 'unknown'));
}
/** A block uses credentials when it holds references, or says it talks SMTP (the join may add the access-key values). */
function hasUse(collected) {
    return collected.referenceIds.length > 0 || collected.smtpSignal;
}
function firstErrorSpan(tf, root) {
    const error = findNode(root, (node) => node.isError || node.isMissing);
    return error ? tf.nodeSpan(error) : tf.span(0, 0);
}
function describeError(root) {
    const missing = findNode(root, (node) => node.isMissing);
    return missing ? `missing "${missing.type}"` : 'unexpected input';
}

;// CONCATENATED MODULE: ./src/formats/terraform.ts








/**
 * `.tf.json` and `.tfvars.json`: literal values read as keyed JSON; references, IAM and exposures read
 * with the rest of the configuration by the join, which gets the file parsed with the HCL grammar.
 */
function parseTerraformJson(file, text, context) {
    const reader = yamlReader('terraform', file, text, context);
    const { source, builder } = reader;
    const collected = merge(...source.documents.map((doc) => readKeyedValues(reader, doc.contents)));
    if (collected.referenceIds.length > 0)
        builder.use(file, source.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
    const model = builder.build();
    return isHclLoaded() ? { ...model, formatFacts: { terraformSource: parseJsonSource(file, text) } } : model;
}
/** The whole configuration first (it adds the SMTP password uses), then the provider regions they were derived for. */
const joinTerraform = (files, joined) => joinProviderRegions(files, joinConfiguration(files, joined));
const terraformAdapter = {
    id: 'terraform',
    title: 'Terraform',
    claim: 'path',
    description: 'Terraform configuration and variables',
    matches: (path) => /\.(?:tf|tfvars|tf\.json|tfvars\.json)$/i.test(path),
    prepare: loadHcl,
    join: joinTerraform,
    parse: (file, text, context) => {
        if (/\.json$/i.test(file))
            return parseTerraformJson(file, text, context);
        if (!isHclLoaded())
            return {
                file,
                format: 'terraform',
                references: [],
                uses: [],
                problems: [{ file, message: 'the HCL parser was not loaded; the file was not scanned' }],
            };
        return readTerraform(file, text, context);
    },
};

;// CONCATENATED MODULE: ./src/formats/kubernetes/env-from.ts
/** The `envFrom` join: a container takes in the SMTP hosts of the ConfigMaps and Secrets it imports, from any file. */
const joinEnvFrom = (files, joined) => ({
    ...joined,
    uses: withImportedHosts(joined.uses, files.flatMap((file) => file.formatFacts?.kubernetes?.sources ?? []), files.flatMap((file) => file.formatFacts?.kubernetes?.imports ?? [])),
});
/**
 * A container that imports a ConfigMap or Secret whole (`envFrom`) talks to the SMTP hosts it names,
 * even when they live in another file: its destination takes them in.
 */
function withImportedHosts(uses, sources, imports) {
    if (imports.length === 0)
        return uses;
    return uses.map((use) => {
        const imported = imports
            .filter((entry) => entry.useId === use.id)
            .flatMap((entry) => sources.filter((source) => source.kind === entry.kind && source.name === entry.name));
        if (!imported.some((source) => source.smtp))
            return use;
        const regions = [
            ...new Set([...(use.destination.smtp?.regions ?? []), ...imported.flatMap((source) => source.sesRegions)]),
        ].sort();
        const current = use.destination.smtp?.target ?? 'unknown';
        const target = regions.length > 0
            ? 'ses'
            : current === 'unknown' && imported.some((source) => source.otherHosts.length > 0)
                ? 'other'
                : current;
        return { ...use, destination: { ...use.destination, smtp: { target, regions } } };
    });
}

;// CONCATENATED MODULE: ./src/formats/kubernetes.ts










const workloadKinds = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);
const envSourceKinds = new Set(['Secret', 'ConfigMap']);
/** Decodes a Secret's `data` value when it is base64 of printable text. */
function decodeSecretData(encoded) {
    const compact = encoded.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0)
        return undefined;
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    return /^[\x20-\x7e\t\r\n]*$/.test(decoded) ? decoded : undefined;
}
class ManifestReader {
    reader;
    envSources;
    constructor(reader, envSources) {
        this.reader = reader;
        this.envSources = envSources;
    }
    /** A base64 value is read as its decoded text; every position points at the encoded value. */
    encoded(node, name) {
        const decoded = decodeSecretData(scalarText(node) ?? '');
        if (decoded === undefined || !(0,dist/* isScalar */.jn)(node))
            return emptyCollected();
        const whole = this.reader.source.nodeSpan(node);
        const read = readValue(this.reader.builder, {
            text: decoded,
            locate: () => whole,
            outer: namedSink('env', name, this.reader.context.classifyName),
            interpolations: [],
            script: false,
            wholeValueSlot: true,
        });
        return decoded.includes('\n') ? merge(read, this.encodedFile(decoded, whole)) : read;
    }
    /**
     * A whole file in one key (an AWS `credentials` file): the text layer cannot see through base64, so
     * its literals are looked for in the decoded text, each pointing at the encoded value.
     */
    encodedFile(decoded, whole) {
        const classify = this.reader.context.classifyName;
        const hits = findLiterals(decoded, (name) => classify(name)?.kind === 'secret-access-key');
        const referenceIds = hits.map((hit) => this.reader.builder.reference(whole, { type: 'literal', value: hit.value }, namedSink('env', hit.name ?? '', classify)));
        return { ...emptyCollected(), referenceIds };
    }
    readSecretOrConfigMap(kind, root) {
        const parts = [];
        for (const pair of mapPairs(getValue(root, 'stringData')))
            parts.push(readScalarValue(this.reader, pair.value, scalarText(pair.key) ?? ''));
        for (const pair of mapPairs(getValue(root, 'data')))
            parts.push(kind === 'Secret'
                ? this.encoded(pair.value, scalarText(pair.key) ?? '')
                : readScalarValue(this.reader, pair.value, scalarText(pair.key) ?? ''));
        const visible = merge(...parts);
        const name = scalarText(getPath(root, 'metadata', 'name')) ?? '?';
        this.envSources.sources.push({
            kind,
            name,
            sesRegions: visible.sesHostRegions,
            otherHosts: visible.otherSmtpHosts,
            smtp: visible.smtpSignal,
        });
        if (visible.referenceIds.length > 0)
            this.reader.builder.use(`${kind} ${name}`, this.reader.source.nodeSpan(getValue(root, 'kind')), visible.referenceIds, destinationOf(visible, 'unknown'));
    }
    readWorkload(root) {
        const kind = scalarText(getValue(root, 'kind'));
        const spec = getValue(root, 'spec');
        const podSpec = kind === 'Pod'
            ? spec
            : kind === 'CronJob'
                ? getPath(spec, 'jobTemplate', 'spec', 'template', 'spec')
                : getPath(spec, 'template', 'spec');
        for (const container of [
            ...seqItems(getValue(podSpec, 'containers')),
            ...seqItems(getValue(podSpec, 'initContainers')),
        ])
            this.readContainer(container);
    }
    readContainer(container) {
        const parts = [];
        for (const entry of seqItems(getValue(container, 'env'))) {
            const name = scalarText(getValue(entry, 'name')) ?? '';
            const value = getValue(entry, 'value');
            if (value)
                parts.push(readScalarValue(this.reader, value, name));
            // A Secret key mapped into the variable: the key's name says what the value is.
            const keyNode = getPath(entry, 'valueFrom', 'secretKeyRef', 'key');
            const key = scalarText(keyNode);
            if (key && (0,dist/* isScalar */.jn)(keyNode)) {
                const sink = namedSink('env', name, this.reader.context.classifyName);
                const span = this.reader.source.nodeSpan(keyNode);
                const id = this.reader.builder.reference(span, { type: 'variable', name: key }, sink);
                parts.push({ ...emptyCollected(), referenceIds: [id], names: [name, key], smtpSignal: isSmtpSlot(sink) });
            }
        }
        const visible = merge(...parts);
        const containerName = scalarText(getValue(container, 'name')) ?? '?';
        if (visible.referenceIds.length === 0)
            return;
        const useId = this.reader.builder.use(`container ${containerName}`, this.reader.source.nodeSpan(container), visible.referenceIds, destinationOf(visible, 'unknown'));
        for (const entry of seqItems(getValue(container, 'envFrom'))) {
            for (const [kind, field] of [
                ['ConfigMap', 'configMapRef'],
                ['Secret', 'secretRef'],
            ]) {
                const name = scalarText(getPath(entry, field, 'name'));
                if (name)
                    this.envSources.imports.push({ useId, kind, name });
            }
        }
    }
    read(root) {
        const kind = scalarText(getValue(root, 'kind')) ?? '';
        if (envSourceKinds.has(kind))
            this.readSecretOrConfigMap(kind, root);
        else if (workloadKinds.has(kind))
            this.readWorkload(root);
    }
}
/** A manifest by content: a document with an `apiVersion` and a `kind`, decided after parsing (`!!str`, flow style). */
function isKubernetesManifest(root) {
    return (scalarText(getValue(root, 'apiVersion')) !== undefined &&
        scalarText(getValue(root, 'kind')) !== undefined &&
        !looksLikeCloudFormation(root));
}
function readManifest(reader, root, facts) {
    facts.formatFacts.kubernetes ??= { sources: [], imports: [] };
    new ManifestReader(reader, facts.formatFacts.kubernetes).read(root);
}
const manifestFolder = /(?:^|\/)(?:k8s|kubernetes|kube|manifests|deploy|deployments?|kustomize|overlays|helm|charts)\/(?:.*\/)?[^/]+\.ya?ml$/i;
/** Helm's values files by their conventional names (`values.yaml`, `values-prod.yaml`), wherever the chart is. */
const valuesFile = /(?:^|\/)values(?:[-._][^/]*)?\.ya?ml$/i;
/** Top-level maps that hold a program's environment in Helm values and application config files. */
const envMapKeys = ['env', 'envs', 'envVars', 'extraEnv', 'extraEnvVars', 'secretEnv', 'environment'];
/** A top-level env map's key at the start of a line: such a file is worth decoding even with no format's word. */
function mayHoldEnvMap(bytes) {
    return envMapKeys.some((key) => bytes.includes(`\n${key}:`) || bytes.subarray(0, key.length + 1).equals(Buffer.from(`${key}:`)));
}
/**
 * Outside manifest folders, a document no format recognises gives up only its top-level env maps (a Helm
 * values file committed elsewhere, an app's environment file), each string read under its key.
 */
const envMapValues = (reader, root) => {
    for (const key of envMapKeys) {
        const map = getValue(root, key);
        if (map && mapPairs(map).length > 0)
            readKeyedValues(reader, map);
    }
};
/** In a manifest folder or a values file, a document with no `apiVersion` is Helm values: every string is read under its key. */
function helmValuesReader(path) {
    if (!manifestFolder.test(path) && !valuesFile.test(path))
        return undefined;
    return (reader, root) => {
        if (!hasKey(root, 'apiVersion') && !hasKey(root, 'kind'))
            readKeyedValues(reader, root);
    };
}
const kubernetesAdapter = {
    id: 'kubernetes',
    title: 'Kubernetes',
    claim: 'content',
    description: 'Kubernetes manifests and Helm values',
    matches: isStructuredDataPath,
    recognises: isKubernetesManifest,
    readDocument: readManifest,
    mayMatter: (bytes) => bytes.includes('apiVersion') || mayHoldEnvMap(bytes),
    join: joinEnvFrom,
    parse: (file, text, context) => parseDocuments(file, text, context, [{ id: 'kubernetes', recognises: isKubernetesManifest, readDocument: readManifest }], helmValuesReader(file), 'kubernetes'),
};

;// CONCATENATED MODULE: ./src/formats/index.ts









/** One line per format; the order is not significant (`adapterFor` routes, `__tests__/formats/meta.test.ts` checks). */
const adapters = [
    githubWorkflowAdapter,
    terraformAdapter,
    dotenvAdapter,
    dockerComposeAdapter,
    serverlessAdapter,
    kubernetesAdapter,
    cloudFormationAdapter,
];
/** Each format's cross-file step, in registry order. */
const adapterJoins = adapters.flatMap((adapter) => (adapter.join ? [adapter.join] : []));
/** The adapters that claim a path by the path alone; the meta-test keeps this at most one per path. */
function pathOwners(path) {
    return adapters.filter((adapter) => adapter.claim === 'path' && adapter.matches(path));
}
const contentFormats = adapters.flatMap(({ id, claim, recognises, readDocument }) => claim === 'content' && recognises && readDocument ? [{ id, recognises, readDocument }] : []);
const contentAdapters = adapters.filter((adapter) => adapter.claim === 'content');
/** A word of one of these formats is in the bytes (a format without such a word never rules a file out). */
function mayHoldOneOf(formats) {
    return (bytes) => formats.some((adapter) => adapter.mayMatter?.(bytes) ?? true);
}
/** Reads a YAML or JSON file no adapter owns by path: parsed once, each document by the format that recognises it. */
function contentReader(mayMatter, helmValues) {
    return {
        id: 'yaml',
        title: 'YAML or JSON',
        claim: 'content',
        description: 'YAML or JSON',
        matches: isStructuredDataPath,
        parse: (file, text, context) => parseDocuments(file, text, context, contentFormats, (helmValues && helmValuesReader(file)) || envMapValues),
        ...(mayMatter ? { mayMatter } : {}),
    };
}
/**
 * The content readers, built once. Before decoding, a file's bytes must hold a word of a format read by
 * content; JSON is tested for the formats written in JSON (CloudFormation, Kubernetes) only, so the many
 * JSON files of a repository (logs full of key IDs among them) are rarely decoded. Helm values in a
 * manifest folder hold no such word and are always read.
 */
const formats_yamlReader = contentReader(mayHoldOneOf(contentAdapters), false);
const jsonReader = contentReader(mayHoldOneOf(contentAdapters.filter((adapter) => adapter.id === 'cloudformation' || adapter.id === 'kubernetes')), false);
const helmFolderReader = contentReader(undefined, true);
/** The adapter that reads a path: the one that owns it by path, else the reader of formats found by content. */
function adapterFor(path) {
    const owner = adapters.find((adapter) => adapter.claim === 'path' && adapter.matches(path));
    if (owner)
        return owner;
    if (!contentAdapters.some((adapter) => adapter.matches(path)))
        return undefined;
    if (helmValuesReader(path))
        return helmFolderReader;
    return /\.json$/i.test(path) ? jsonReader : formats_yamlReader;
}
/** Loads, once, what the adapters of these paths need before they can parse (only those adapters). */
async function prepareAdapters(paths) {
    const needed = new Set(paths.map(adapterFor).filter((adapter) => adapter?.prepare !== undefined));
    await Promise.all([...needed].map((adapter) => adapter.prepare?.()));
}

;// CONCATENATED MODULE: ./src/discovery/glob-check.ts



/**
 * The include and exclude globs that match none of the files a scan could read under `root`: most
 * likely a typo, which would otherwise scan everything (an exclude) or nothing (an include) in silence.
 */
function unmatchedGlobs(root, include, exclude, 
/** How the lists are named where they were given: `--` for the CLI's flags, `input ` for the action's. */
naming = '--') {
    if (include.length === 0 && exclude.length === 0)
        return [];
    const { candidates } = walk(root, { wanted: (path) => adapterFor(path) !== undefined, excluded: () => false });
    const paths = candidates.map((candidate) => candidate.path);
    const unmatched = (flag) => (glob) => {
        const matches = globMatcher(glob.trim().replace(/^!/, ''));
        return paths.some(matches) ? [] : [`${flag} ${glob}`];
    };
    return [...include.flatMap(unmatched(`${naming}include`)), ...exclude.flatMap(unmatched(`${naming}exclude`))];
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/model/findings.ts
const severityRank = { error: 3, warning: 2, notice: 1 };

;// CONCATENATED MODULE: ./src/model/scan-model.ts

function joinModels(files, joins, repository = { values: [] }) {
    const { references, uses, iam } = joins.reduce((joined, join) => join(files, joined), {
        references: files.flatMap((file) => file.references),
        uses: files.flatMap((file) => file.uses),
        iam: mergeIam(files.flatMap((file) => (file.iam ? [file.iam] : []))),
    });
    const referenceById = new Map(references.map((reference) => [reference.id, reference]));
    const usesByReference = new Map();
    for (const use of uses) {
        for (const id of use.referenceIds) {
            const list = usesByReference.get(id);
            if (list)
                list.push(use);
            else
                usesByReference.set(id, [use]);
        }
    }
    return { files, iam, repository, references, uses, referenceById, usesByReference };
}
function referencesOf(model, use) {
    return use.referenceIds.flatMap((id) => model.referenceById.get(id) ?? []);
}

;// CONCATENATED MODULE: ./src/rules/helpers.ts



/** How a reference is named in messages: never with a credential's full value. */
function describeSource(reference) {
    const { source } = reference;
    switch (source.type) {
        case 'secret':
            return `secret \`${source.name}\``;
        case 'variable':
            return `variable \`${source.name}\``;
        case 'input':
            return `workflow input \`${source.name}\``;
        case 'literal':
            return `literal \`${redact(source.value)}\``;
        case 'attribute':
            return `\`${source.name}\``;
        case 'all-secrets':
            return source.via === 'inherit'
                ? '`secrets: inherit`'
                : source.via === 'toJSON'
                    ? '`toJSON(secrets)`'
                    : 'a computed `secrets[…]` index';
    }
}
function describeSink(reference) {
    const { sink } = reference;
    switch (sink.type) {
        case 'action-input':
            return sink.action ? `input \`${sink.name}\` of \`${sink.action}\`` : `input \`${sink.name}\``;
        case 'env':
            return `variable \`${sink.name}\``;
        case 'url-userinfo':
            return `the ${sink.name} of an SMTP URL`;
        case 'reusable-workflow-secret':
            return `reusable-workflow secret \`${sink.name}\``;
        case 'command-argument':
            return `\`${sink.name}\``;
        case 'script':
            return 'a script';
        case 'text':
            return sink.name ? `\`${sink.name}\` in the file's text` : "the file's text";
        case 'workflow-input':
            return `the declaration of workflow input \`${sink.name}\``;
    }
}
function credentialName(reference) {
    const { source } = reference;
    if (source.type === 'secret' || source.type === 'variable' || source.type === 'input')
        return source.name;
    if (source.type === 'literal')
        return redact(source.value);
    if (source.type === 'attribute')
        return source.name;
    return source.via === 'inherit' ? 'secrets: inherit' : 'secrets';
}
/** A finding placed on the reference itself. */
function atReference(reference, message, kind) {
    const resolvedKind = kind ?? reference.supplied?.kind;
    const root = reference.supplied?.root === true || reference.sink.root === true;
    return {
        file: reference.file,
        span: reference.span,
        message,
        credential: { name: credentialName(reference), kind: resolvedKind, ...(root ? { root } : {}) },
        key: `${credentialName(reference)}|${reference.sink.type}:${reference.sink.name}`,
    };
}
function isSmtpPasswordSlot(reference) {
    return isSmtpPasswordKind(reference.sink.expects);
}
/** Uses whose SMTP server is SES, or unknown (a value that only SES would accept decides). */
function smtpUses(model, targets) {
    return model.uses.filter((use) => use.destination.smtp && targets.includes(use.destination.smtp.target));
}
/** Each reference once, even when several uses see it. */
function uniqueReferences(model, uses) {
    const seen = new Map();
    for (const use of uses)
        for (const reference of referencesOf(model, use))
            seen.set(reference.id, reference);
    return [...seen.values()];
}
function label(kind) {
    return kindLabels[kind];
}
/** "a" or "an" before a kind label, for messages that start with one. */
function withArticle(text) {
    return `${/^[aeiou]/i.test(text) ? 'an' : 'a'} ${text}`;
}
/**
 * A finding about a value the step was given: placed on the first place the files use a secret of
 * the same name, or on the repository when they use none.
 */
function atValue(model, name, message, kind) {
    const used = model.references.find((reference) => reference.source.type === 'secret' && reference.source.name === name);
    return {
        file: used?.file ?? '',
        span: used?.span ?? { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 },
        message,
        credential: { name, kind },
        key: `value:${name}`,
    };
}

;// CONCATENATED MODULE: ./src/rules/ambiguous-credential-name.ts

const ambiguousCredentialName = {
    meta: {
        id: 'ambiguous-credential-name',
        title: 'Credential name does not tell its kind',
        defaultSeverity: 'notice',
        securitySeverity: 2.0,
        precision: 'medium',
        help: 'SES takes three kinds of credential (access keys, SMTP credentials, console sign-in) that look alike and are easy to swap. A secret called `SES_KEY` or `MAIL_SECRET` hides which one it holds, and that is how a secret access key ends up as an SMTP password. Name secrets by kind: `SES_SMTP_USERNAME`/`SES_SMTP_PASSWORD`, `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`. Teams with their own convention can teach it to the classifier with `names:` in the config file.',
        tags: ['maintainability', 'aws', 'ses'],
    },
    check: (model) => {
        const flagged = new Map();
        for (const use of model.uses) {
            const sesContext = use.destination.smtp?.target === 'ses' || (use.destination.sesApi && use.destination.awsApi);
            if (!sesContext)
                continue;
            for (const id of use.referenceIds) {
                const reference = model.referenceById.get(id);
                if (!reference || reference.source.type !== 'secret')
                    continue;
                const unclear = !reference.supplied || reference.supplied.kind === 'ambiguous';
                const credentialSlot = reference.sink.expects !== undefined && reference.sink.expects !== 'ambiguous';
                const ambiguousName = reference.supplied?.kind === 'ambiguous';
                if (unclear && (credentialSlot || ambiguousName)) {
                    flagged.set(reference.id, atReference(reference, `The name of ${describeSource(reference)}, used for ${describeSink(reference)}, does not say which kind of SES credential it holds. Name it by kind (e.g. \`SES_SMTP_PASSWORD\`, \`AWS_SECRET_ACCESS_KEY\`).`, 'ambiguous'));
                }
            }
        }
        return [...flagged.values()];
    },
};

;// CONCATENATED MODULE: ./src/rules/console-access-on-service-user.ts

const consoleAccessOnServiceUser = {
    meta: {
        id: 'console-access-on-service-user',
        title: 'Console login on a user whose keys serve SES',
        defaultSeverity: 'warning',
        securitySeverity: 6.0,
        precision: 'high',
        help: 'A user whose access key sends mail (as SMTP credentials or through the SES API) is a machine identity. A console login profile on it adds a password that people type, phish and reuse, for an identity that already holds keys, and mixes human and machine access so that neither can be rotated or audited alone. Remove the login profile; give people their own IAM users or SSO.',
        tags: ['security', 'aws', 'iam', 'console'],
    },
    check: (model) => {
        const smtpUsers = smtpUserKeys(model);
        const findings = [];
        for (const profile of model.iam.loginProfiles) {
            if (!profile.userKey)
                continue;
            const hasKeys = model.iam.accessKeys.some((key) => key.userKey === profile.userKey);
            const servesSes = smtpUsers.has(profile.userKey) || grantsSes(grantsOf(model.iam, profile.userKey));
            if (!hasKeys || !servesSes)
                continue;
            const user = model.iam.principals.find((principal) => principal.key === profile.userKey);
            findings.push({
                file: profile.file,
                span: profile.span,
                message: `The user ${user?.label ?? profile.userKey.split('::').pop()} has access keys used for SES and also a console login profile. Machine identities need no console password; remove the login profile.`,
                key: profile.userKey,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/console-credentials-in-automation.ts


const consoleCredentialsInAutomation = {
    meta: {
        id: 'console-credentials-in-automation',
        title: 'Console sign-in password in automation',
        defaultSeverity: 'error',
        securitySeverity: 8.1,
        precision: 'medium',
        wrongKind: true,
        help: "A console password signs a person in to the AWS Management Console; SES never accepts it for the API or for SMTP, and CI never needs it. Remove it from the pipeline. Use access keys (or an OIDC role) for the SES API, and SMTP credentials derived from an IAM user's key for SMTP.",
        tags: ['security', 'aws', 'console'],
    },
    check: (model) => model.references
        .filter((reference) => {
        const root = reference.supplied?.root === true || reference.sink.root === true;
        const consolePassword = reference.supplied?.kind === 'console-password' || reference.sink.expects === 'console-password';
        if (!consolePassword || root)
            return false; // root-credentials reports the root user's password
        return reference.source.type !== 'literal' || literalFits('console-password', reference.source.value);
    })
        .map((reference) => atReference(reference, `${describeSource(reference)} in ${describeSink(reference)} is a console sign-in password. Automation never needs console credentials, and SES does not accept them for the API or SMTP.`, 'console-password')),
};

;// CONCATENATED MODULE: ./src/rules/credential-as-workflow-input.ts

/** Kinds that must never travel as an input: each one alone, or with its other half, opens the account or its mail. */
const credential_as_workflow_input_credentialKinds = new Set([
    'access-key-id',
    'secret-access-key',
    'session-token',
    'smtp-password',
    'smtp-password-v2',
    'console-password',
]);
const isDeclaration = (reference) => reference.source.type === 'input' && reference.sink.type === 'workflow-input';
function inputName(reference) {
    return reference.source.type === 'input' ? reference.source.name : '';
}
const credentialAsWorkflowInput = {
    meta: {
        id: 'credential-as-workflow-input',
        title: 'Credential taken as a workflow input',
        defaultSeverity: 'error',
        securitySeverity: 7.5,
        precision: 'high',
        help: "A `workflow_dispatch` or `workflow_call` input is not a secret: its value is stored in plain text in the run's event payload, shown to everyone who can read the run, and never masked in the log. Pass AWS keys and SMTP passwords as repository or environment secrets (`secrets:` for reusable workflows), or use an OIDC role, and remove the input.",
        tags: ['security', 'aws', 'ses', 'github-actions'],
    },
    check: (model) => {
        const declared = model.references.filter((reference) => isDeclaration(reference) && credential_as_workflow_input_credentialKinds.has(reference.supplied?.kind ?? 'ambiguous'));
        const flaggedNames = new Set(declared.map((reference) => `${reference.file}|${inputName(reference)}`));
        // An input whose name hides what it carries is caught where a step puts it into a credential slot.
        const passed = model.references.filter((reference) => reference.source.type === 'input' &&
            !isDeclaration(reference) &&
            credential_as_workflow_input_credentialKinds.has(reference.sink.expects ?? 'ambiguous') &&
            !flaggedNames.has(`${reference.file}|${inputName(reference)}`));
        return [
            ...declared.map((reference) => atReference(reference, `Workflow input \`${inputName(reference)}\` takes ${withArticle(label(reference.supplied?.kind ?? 'ambiguous'))}: input values are plain text in the run's event payload and are never masked. Pass it as a secret instead.`)),
            ...passed.map((reference) => atReference(reference, `Workflow input \`${inputName(reference)}\` fills ${describeSink(reference)}, which expects ${withArticle(label(reference.sink.expects ?? 'ambiguous'))}: input values are plain text in the run's event payload and are never masked. Pass it as a secret instead.`, reference.sink.expects)),
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/credential-exposed-in-output.ts

const channels = {
    'terraform-output': 'a Terraform output without `sensitive = true`, so it is printed by `terraform apply` and `terraform output` and stored readable in plans',
    'cloudformation-output': 'a CloudFormation output, which anyone allowed `cloudformation:DescribeStacks` can read',
    'ssm-parameter': 'an SSM parameter of type `String`, stored unencrypted and readable by anyone allowed `ssm:GetParameter`',
};
const credentialExposedInOutput = {
    meta: {
        id: 'credential-exposed-in-output',
        title: 'Secret key or SMTP password exposed by IaC',
        defaultSeverity: 'warning',
        securitySeverity: 7.5,
        precision: 'high',
        help: 'A secret access key or SMTP password that IaC creates must go straight to a secret store. As a Terraform output without `sensitive = true` (or wrapped in `nonsensitive()`) it is printed in CI logs and kept in plan files; as a CloudFormation output anyone who can describe the stack reads it (this case is an error); as an SSM `String` parameter it is stored unencrypted. Write it to Secrets Manager or an SSM `SecureString`, mark Terraform outputs `sensitive = true`, and remove CloudFormation outputs of secrets.',
        tags: ['security', 'aws', 'iac', 'secret'],
    },
    check: (model) => model.iam.exposures.map((exposure) => ({
        file: exposure.file,
        span: exposure.span,
        message: `The ${kindLabels[exposure.kind]} in ${exposure.what} is exposed through ${channels[exposure.channel]}${exposure.nonsensitive ? '; `nonsensitive()` removes the protection on purpose' : ''}.`,
        key: `${exposure.channel}|${exposure.what}`,
        ...(exposure.channel === 'cloudformation-output' ? { severity: 'error' } : {}),
    })),
};

;// CONCATENATED MODULE: ./src/rules/credential-minting-permissions.ts

function mintingActions(statement) {
    if (statement.effect !== 'Allow' || statement.notAction)
        return [];
    // A bare `*` is administrator access, a problem of its own; this rule is about explicit IAM grants.
    return credentialMintingActions.filter((action) => statement.actions.some((pattern) => pattern !== '*' && actionMatches(pattern, action)));
}
/** `${aws:username}` limits a grant to the caller's own user, which is the safe form. */
function onlySelf(resources) {
    return resources.length > 0 && resources.every((resource) => resource.includes('${aws:username}'));
}
/** Users that send mail and nothing else: SMTP users by key or name, or users granted only SES sending. */
function mailUsers(model) {
    const users = smtpUserKeys(model);
    for (const principal of model.iam.principals) {
        const grants = grantsOf(model.iam, principal.key);
        if (principal.kind === 'user' && grantsSes(grants) && !grants.some((grant) => allowsBeyondSmtp(grant.statement)))
            users.add(principal.key);
    }
    return users;
}
/**
 * The rotation pattern: every resource is an SMTP user the scan creates (by reference or ARN), or one
 * user named by a variable (`user/${var.smtp_user}`) or as an SMTP user, never a wildcard.
 */
function onlyMailUsers(targets, users) {
    return (targets.length > 0 &&
        targets.every((target) => target.userKeys.length > 0
            ? target.userKeys.every((key) => users.has(key))
            : target.singleUser && /\$\{|smtp|ses|mail/i.test(target.label.slice(target.label.indexOf(':user/')))));
}
/** The first minting action's own place when the reader kept it, else the statement's. */
function evidenceSpan(statement, actions) {
    const index = statement.actions.findIndex((pattern) => actions.some((action) => actionMatches(pattern, action)));
    return statement.actionSpans?.[index] ?? statement.span;
}
function whom(statement) {
    if (!statement.targets)
        return 'any user';
    return statement.targets.some((target) => /[*?]/.test(target.label)) ? 'any user' : 'the users it names';
}
const credentialMintingPermissions = {
    meta: {
        id: 'credential-minting-permissions',
        title: 'Identity can mint access keys for other users',
        defaultSeverity: 'warning',
        securitySeverity: 8.0,
        precision: 'high',
        help: "Creating SMTP credentials needs `iam:CreateUser`, `iam:CreateAccessKey` and `iam:PutUserPolicy`. Granted on `*` (or on users other than the caller), the same permissions let the identity create an access key for any user, administrators included, and give any user any policy: a privilege-escalation path. Keep SMTP-credential creation a manual or tightly scoped task; if automation must do it, limit the resource to the SMTP users' ARN path (for example `arn:aws:iam::<account>:user/system/ses-smtp-*`).",
        tags: ['security', 'aws', 'iam', 'privilege-escalation'],
    },
    check: (model) => {
        const findings = [];
        const seen = new Set();
        const users = mailUsers(model);
        const report = (file, span, actions, statement, via) => {
            const place = `${file}:${span.startLine}:${span.startColumn}`;
            if (seen.has(place) || onlySelf(statement.resources))
                return;
            if (statement.targets && onlyMailUsers(statement.targets, users))
                return;
            seen.add(place);
            const resources = statement.resources.join(', ') || '*';
            findings.push({
                file,
                span,
                message: `This policy allows ${actions.join(', ')} on ${resources}${via}: the permissions that create SMTP credentials also let the holder mint access keys for ${whom(statement)}. Scope them to the SMTP users' ARNs or remove them.`,
                key: `${actions.join(',')}|${resources}`,
            });
        };
        for (const statement of model.iam.statements) {
            const actions = mintingActions(statement);
            if (actions.length > 0)
                report(statement.file, evidenceSpan(statement, actions), actions, statement, '');
        }
        for (const principal of model.iam.principals) {
            for (const grant of grantsOf(model.iam, principal.key)) {
                if (grant.via === 'policy')
                    continue;
                const actions = mintingActions(grant.statement);
                if (actions.length > 0)
                    report(grant.file, grant.span, actions, grant.statement, ` (through ${grant.via})`);
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/hardcoded-access-key.ts

function isHardcodedKeyPart(reference) {
    return (reference.source.type === 'literal' &&
        (reference.supplied?.kind === 'access-key-id' || reference.supplied?.kind === 'secret-access-key'));
}
const hardcodedAccessKey = {
    meta: {
        id: 'hardcoded-access-key',
        title: 'Hard-coded AWS access key',
        defaultSeverity: 'error',
        securitySeverity: 8.8,
        precision: 'high',
        help: "An access key ID or secret access key written into a file is readable by everyone who can read the repository, forever, in its history. A secret access key, or a key ID with its secret beside it, is a working credential (error); a key ID alone names the account and the key, and says the secret is kept somewhere near (warning). Deactivate and rotate the key, then pass it in as an encrypted secret (`${{ secrets.NAME }}`) or, for the SES API, replace it with an OIDC role (`role-to-assume`). AWS's documentation example keys are not reported.",
        tags: ['security', 'aws', 'secret'],
    },
    check: (model) => {
        const parts = model.references.filter(isHardcodedKeyPart);
        const filesWithSecret = new Set(parts.filter((reference) => reference.supplied?.kind === 'secret-access-key').map((reference) => reference.file));
        return parts.map((reference) => {
            const kind = reference.supplied?.kind ?? 'access-key-id';
            const lone = kind === 'access-key-id' && !filesWithSecret.has(reference.file);
            const finding = atReference(reference, lone
                ? `An access key ID (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}, without its secret in this file: it names the account and the key. Deactivate and rotate the key if its secret is kept anywhere near, and pass the ID as a secret.`
                : `${withArticle(label(kind))} (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Deactivate and rotate it, then pass it as a secret.`);
            return lone ? { ...finding, severity: 'warning' } : finding;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/hardcoded-smtp-password.ts



/** The password of an `smtp://user:pass@host` URL, written out and not a name for one. */
function isRealUrlPassword(reference) {
    return (reference.source.type === 'literal' &&
        reference.sink.type === 'url-userinfo' &&
        reference.sink.name === 'password' &&
        reference.supplied?.kind !== 'secret-access-key' &&
        reference.supplied?.kind !== 'access-key-id' &&
        looksLikeRealPassword(reference.source.value));
}
const hardcodedSmtpPassword = {
    meta: {
        id: 'hardcoded-smtp-password',
        title: 'Hard-coded SES SMTP password',
        defaultSeverity: 'error',
        securitySeverity: 8.1,
        precision: 'high',
        help: 'An SES SMTP password lets anyone who reads it send mail as your verified identities, and it is an IAM credential: it stays valid until the access key behind it is deleted. Delete that access key, create new SMTP credentials, and pass the password in as an encrypted secret.',
        tags: ['security', 'aws', 'ses', 'smtp', 'secret'],
    },
    check: (model) => {
        // Only a value of the SMTP password's own shape is one; a name that says password proves nothing of its value.
        const byShape = model.references.filter((reference) => reference.source.type === 'literal' && isSmtpPasswordKind(reference.supplied?.kind));
        const inUrl = uniqueReferences(model, smtpUses(model, ['ses', 'unknown'])).filter(isRealUrlPassword);
        const unique = new Map([...byShape, ...inUrl].map((reference) => [reference.id, reference]));
        return [...unique.values()].map((reference) => atReference(reference, `An SES SMTP password (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Delete the access key it was derived from and pass new SMTP credentials as a secret.`, reference.supplied?.kind ?? 'smtp-password'));
    },
};

;// CONCATENATED MODULE: ./src/credentials/pair-names.ts

// Longer suffixes first: `SECRET_ACCESS_KEY` must not be read as `…_SECRET` + `ACCESS_KEY`.
const halves = [
    { half: 'token', suffix: /^(.*?)_?(?:SESSION_TOKEN|SECURITY_TOKEN)$/ },
    {
        half: 'secret',
        suffix: /^(.*?)_?(?:SECRET_ACCESS_KEY|SECRET_KEY|ACCESS_KEY_SECRET|ACCESS_SECRET|SECRET|PASSWORD|PASSWD|PASS|PWD)$/,
    },
    {
        half: 'id',
        suffix: /^(.*?)_?(?:ACCESS_KEY_ID|ACCESS_KEY|KEY_ID|ACCESS_ID|SECRET_ID|USERNAME|USER_NAME|USER|LOGIN)$/,
    },
];
function pairHalf(name) {
    const normalized = normalizeName(name);
    for (const { half, suffix } of halves) {
        const match = suffix.exec(normalized);
        if (match)
            return { stem: match[1] ?? '', half };
    }
    return undefined;
}
/** Two names are halves of one pair: the same stem, different halves. */
function pair_names_sameStem(a, b) {
    const first = pairHalf(a);
    const second = pairHalf(b);
    return first !== undefined && second !== undefined && first.stem === second.stem;
}

;// CONCATENATED MODULE: ./src/rules/incomplete-credential-pair.ts




/**
 * What completes each half. An SES SMTP user name is the access key ID, so a key ID and an SMTP password
 * make a pair too.
 */
const partners = {
    'access-key-id': ['secret-access-key', 'smtp-password'],
    'secret-access-key': ['access-key-id'],
    'smtp-username': ['smtp-password'],
    'smtp-password': ['smtp-username', 'access-key-id'],
};
const awsWords = /(?:^|_)(?:AWS|AMAZON|SES|IAM)(?:_|$)/;
function namesOf(reference) {
    const { source, sink } = reference;
    const names = [normalizeName(sink.name)];
    if (source.type === 'secret' || source.type === 'variable')
        names.push(normalizeName(source.name));
    return names;
}
function halvesOf(reference) {
    return namesOf(reference).flatMap((name) => {
        const half = pairHalf(name);
        return half && half.half !== 'token' ? [half] : [];
    });
}
function slotKind(reference) {
    const kind = reference.sink.expects;
    return kind === 'smtp-password-v2' ? 'smtp-password' : kind;
}
const halfKey = (half, stem) => `${half}:${stem}`;
function addTo(map, key, id) {
    const ids = map.get(key);
    if (ids)
        ids.add(id);
    else
        map.set(key, new Set([id]));
}
function indexStep(all) {
    const index = { byKind: new Map(), byHalf: new Map() };
    for (const reference of all) {
        const kind = slotKind(reference);
        if (kind)
            addTo(index.byKind, kind, reference.id);
        for (const named of halvesOf(reference))
            addTo(index.byHalf, halfKey(named.half, named.stem), reference.id);
    }
    return index;
}
/** Some reference other than `self` is among `ids`. */
function hasOther(ids, self) {
    return ids !== undefined && (ids.size > 1 || (ids.size === 1 && !ids.has(self)));
}
/** The other half reaches the same step: by the kind of its slot, or by a name of the same stem. */
function isPaired(reference, kind, index) {
    if ((partners[kind] ?? []).some((wanted) => hasOther(index.byKind.get(wanted), reference.id)))
        return true;
    return halvesOf(reference).some((mine) => hasOther(index.byHalf.get(halfKey(mine.half === 'id' ? 'secret' : 'id', mine.stem)), reference.id));
}
/** Speaks of access keys only when a name says AWS or the slot is an AWS one. */
function message(reference, kind) {
    const aws = reference.sink.type === 'action-input' || namesOf(reference).some((name) => awsWords.test(name));
    const partner = partners[kind]?.[0];
    if (aws || kind === 'smtp-username' || kind === 'smtp-password')
        return `${describeSource(reference)} gives the ${label(kind)} without its ${partner ? label(partner) : 'other half'}. Pass both halves of the pair to the same step.`;
    return `${describeSource(reference)} is one half of a key pair, and no other half of the same name reaches this step. Pass both halves of the pair to the same step.`;
}
const incompleteCredentialPair = {
    meta: {
        id: 'incomplete-credential-pair',
        title: 'Half of a credential pair',
        defaultSeverity: 'notice',
        securitySeverity: 1.0,
        precision: 'medium',
        help: 'Access keys and SMTP credentials work only as pairs: a key ID with its secret access key, an SMTP user name (for SES, the key ID) with its SMTP password. When only one half reaches a step, the other comes from somewhere this scan cannot see (a profile, an instance role, a default) or is missing, and the call fails or runs as another identity. Pass both halves to the same step, from secrets named as a pair.',
        tags: ['aws', 'ses', 'correctness'],
    },
    check: (model) => {
        const flagged = new Map();
        for (const use of model.uses) {
            const all = referencesOf(model, use);
            if (all.length === 0 || all.some((reference) => reference.source.type === 'all-secrets'))
                continue;
            const index = indexStep(all);
            for (const reference of all) {
                const kind = slotKind(reference);
                if (!kind || !partners[kind])
                    continue;
                if ((kind === 'smtp-username' || kind === 'smtp-password') && !use.destination.smtp)
                    continue;
                if (isPaired(reference, kind, index))
                    continue;
                flagged.set(reference.id, atReference(reference, message(reference, kind), kind));
            }
        }
        return [...flagged.values()];
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-access-key.ts

const invalidAccessKey = {
    meta: {
        id: 'invalid-access-key',
        title: 'Access key rejected by AWS',
        defaultSeverity: 'warning',
        securitySeverity: 2.0,
        precision: 'high',
        help: 'With `verify-with-aws: true` the action calls STS `GetCallerIdentity` (which needs no permission) with each access key pair the step was given. When AWS rejects the pair (an unknown or deactivated key, or a secret that does not belong to the key ID), every SES call made with it will fail. Replace the secret with an active key, or better, an OIDC role.',
        tags: ['aws', 'correctness'],
    },
    check: (model) => model.repository.values
        .filter((value) => value.verification?.status === 'rejected')
        .map((value) => atValue(model, value.name, `AWS rejects the access key pair of \`${value.name}\` (${value.verification?.status === 'rejected' ? value.verification.reason : ''}): the key is unknown or inactive, or its secret does not match. SES calls made with it will fail.`, 'access-key-id')),
};

;// CONCATENATED MODULE: ./src/rules/long-lived-access-key.ts

const longLivedAccessKey = {
    meta: {
        id: 'long-lived-access-key',
        title: 'Long-lived access key for the SES API',
        defaultSeverity: 'warning',
        securitySeverity: 5.3,
        precision: 'medium',
        help: "A job that calls the SES API can assume an IAM role through GitHub's OIDC provider (`role-to-assume` with `permissions: id-token: write`), getting credentials that expire within the hour. Static access keys stored as secrets never expire, must be rotated by hand and leak with any log or fork that exposes them. SMTP is different: it needs SMTP credentials, so this rule does not fire for SMTP.",
        tags: ['security', 'aws', 'ses', 'oidc'],
    },
    check: (model) => {
        const flagged = new Map();
        for (const use of model.uses) {
            if (!use.destination.sesApi || !use.destination.awsApi)
                continue;
            for (const id of use.referenceIds) {
                const reference = model.referenceById.get(id);
                if (!reference ||
                    reference.sink.expects !== 'access-key-id' ||
                    reference.sink.type === 'url-userinfo' ||
                    reference.sink.type === 'command-argument')
                    continue;
                // A literal key is hardcoded-access-key's finding: it is not stored as a secret at all.
                if (reference.source.type === 'all-secrets' || reference.source.type === 'literal')
                    continue;
                flagged.set(reference.id, atReference(reference, `${describeSource(reference)} gives a long-lived access key to ${describeSink(reference)} in a job that calls the SES API. Assume a role with OIDC (\`role-to-assume\`) instead of storing static keys.`, 'access-key-id'));
            }
        }
        return [...flagged.values()];
    },
};

;// CONCATENATED MODULE: ./src/rules/overbroad-secrets-access.ts

const overbroadSecretsAccess = {
    meta: {
        id: 'overbroad-secrets-access',
        title: 'Every secret handed over at once',
        defaultSeverity: 'warning',
        securitySeverity: 5.0,
        precision: 'high',
        help: '`toJSON(secrets)`, a computed `secrets[…]` index and `secrets: inherit` hand every secret of the repository, including SES access keys and SMTP passwords, to a step or a called workflow that needs only some. Pass the secrets it needs by name, so a compromised step or workflow gets no more.',
        tags: ['security', 'github-actions'],
    },
    check: (model) => model.references
        .filter((reference) => reference.source.type === 'all-secrets')
        .map((reference) => atReference(reference, `${describeSource(reference)} passes every secret of the repository, SES credentials included. Pass only the secrets that are needed, by name.`)),
};

;// CONCATENATED MODULE: ./src/rules/overprivileged-smtp-user.ts

const overprivilegedSmtpUser = {
    meta: {
        id: 'overprivileged-smtp-user',
        title: 'SMTP user allowed more than sending mail',
        defaultSeverity: 'warning',
        securitySeverity: 6.5,
        precision: 'high',
        help: "SMTP credentials are IAM credentials: the access key behind them can call every API its user is allowed. An SES SMTP user needs `ses:SendRawEmail` (the policy the SES console creates) and nothing else; `ses:*`, `*`, IAM actions, AdministratorAccess or AmazonSESFullAccess turn a leaked SMTP password into account access. Limit the user's policy to `ses:SendRawEmail`, ideally with a `ses:FromAddress` condition.",
        tags: ['security', 'aws', 'iam', 'ses', 'smtp'],
    },
    check: (model) => {
        const findings = [];
        for (const userKey of smtpUserKeys(model)) {
            const user = model.iam.principals.find((principal) => principal.key === userKey);
            for (const grant of grantsOf(model.iam, userKey)) {
                if (!allowsBeyondSmtp(grant.statement))
                    continue;
                const actions = grant.statement.notAction
                    ? `everything but ${grant.statement.actions.join(', ')}`
                    : grant.statement.actions.join(', ');
                findings.push({
                    file: grant.file,
                    span: grant.span,
                    message: `The SES SMTP user ${user?.label ?? userKey.split('::').pop()} is allowed ${actions}${grant.via === 'policy' ? '' : ` (through ${grant.via})`}. An SMTP user needs only ses:SendRawEmail; anyone with its SMTP password gets the rest.`,
                    key: `${userKey}|${grant.statement.actions.join(',')}`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/root-credentials.ts


const rootCredentials = {
    meta: {
        id: 'root-credentials',
        title: 'Root user credentials in automation',
        defaultSeverity: 'error',
        securitySeverity: 9.8,
        precision: 'medium',
        help: 'The account root user has unrestricted access to every resource in the account, and its keys cannot be limited by any policy. No repository or pipeline should hold root credentials. Create an IAM user (or, for the SES API, an OIDC role) allowed only what it needs, and delete the root access keys.',
        tags: ['security', 'aws', 'root'],
    },
    check: (model) => [
        // STS says so (verify-with-aws): the strongest evidence there is, so it comes first and wins over a name at the same place.
        ...model.repository.values
            .filter((value) => value.verification?.status === 'root')
            .map((value) => atValue(model, value.name, `AWS STS GetCallerIdentity says the access key in \`${value.name}\` belongs to the account root user. Root credentials give unrestricted access to the whole AWS account: delete this key and use an IAM user limited to SES, or an OIDC role.`, 'access-key-id')),
        ...model.references
            .filter((reference) => {
            const kind = reference.supplied?.kind ?? reference.sink.expects;
            const root = reference.supplied?.root === true || reference.sink.root === true;
            if (!root || kind === undefined || kind === 'ambiguous')
                return false;
            return reference.source.type !== 'literal' || literalFits(kind, reference.source.value);
        })
            .map((reference) => {
            const kind = reference.supplied?.kind ?? reference.sink.expects ?? 'ambiguous';
            return atReference(reference, `${describeSource(reference)} in ${describeSink(reference)} is the account root user's ${label(kind)}. Root credentials give unrestricted access to the whole AWS account; use an IAM user limited to SES instead.`, kind);
        }),
        // A defined secret named as the root user's is a finding on the repository, used or not.
        ...(model.repository.definedSecrets ?? [])
            .filter((secret) => secret.root && secret.kind !== undefined && secret.kind !== 'ambiguous')
            .map((secret) => atValue(model, secret.name, `The ${secret.scope} secret \`${secret.name}\` is named as the account root user's ${label(secret.kind ?? 'ambiguous')}. Root credentials belong in no repository: delete the secret and the root access keys.`, secret.kind ?? 'ambiguous')),
    ],
};

;// CONCATENATED MODULE: ./src/rules/secret-key-as-smtp-password.ts


const secretKeyAsSmtpPassword = {
    meta: {
        id: 'secret-key-as-smtp-password',
        title: 'Secret access key used as SES SMTP password',
        defaultSeverity: 'error',
        securitySeverity: 7.5,
        precision: 'medium',
        wrongKind: true,
        help: 'The SES SMTP interface does not accept a secret access key as the password. The SMTP password is derived from the secret access key with a region-specific SigV4 HMAC (the console shows it once when it creates SMTP credentials, Terraform exposes it as `ses_smtp_password_v4`). Using the raw key fails authentication and spreads a key that also signs API calls. Store the derived SMTP password as its own secret and use that.',
        tags: ['security', 'aws', 'ses', 'smtp', 'correctness'],
    },
    check: (model) => [
        ...uniqueReferences(model, smtpUses(model, ['ses', 'unknown']))
            .filter((reference) => isSmtpPasswordSlot(reference) && reference.supplied?.kind === 'secret-access-key')
            .map((reference) => atReference(reference, `${describeSource(reference)} is a secret access key used as the SES SMTP password. SES needs the SMTP password derived from the key for the endpoint's region, never the raw secret.`)),
        // Values the step was given (check-values): the name says SMTP password, the value is a 40-character secret key.
        ...model.repository.values
            .filter((value) => isSmtpPasswordKind(value.nameKind) && value.shapeKind === 'secret-access-key')
            .map((value) => atValue(model, value.name, `The value of \`${value.name}\` is a 40-character secret access key, not an SMTP password. SES needs the SMTP password derived from the key for the endpoint's region.`, 'secret-access-key')),
    ],
};

;// CONCATENATED MODULE: ./src/rules/sigv2-smtp-password.ts


const sigv2SmtpPassword = {
    meta: {
        id: 'sigv2-smtp-password',
        title: 'Version-2 SES SMTP password',
        defaultSeverity: 'error',
        securitySeverity: 4.0,
        precision: 'high',
        help: "SMTP passwords made with the old, region-free version-2 algorithm (44 characters starting with `A`; Terraform's removed `ses_smtp_password` attribute) are no longer accepted by SES. Derive a version-4 password for the region of the SMTP endpoint (Terraform: `ses_smtp_password_v4`) and replace the secret.",
        tags: ['aws', 'ses', 'smtp', 'correctness'],
    },
    check: (model) => [
        ...model.references
            .filter((reference) => reference.supplied?.kind === 'smtp-password-v2' &&
            (reference.source.type !== 'literal' ||
                reference.sink.expects !== undefined ||
                reference.sink.type === 'url-userinfo'))
            .map((reference) => atReference(reference, `${describeSource(reference)} is a version-2 SES SMTP password, which SES no longer accepts. Derive a version-4 password for the endpoint's region.`)),
        ...model.repository.values
            .filter((value) => value.shapeKind === 'smtp-password-v2' && isSmtpPasswordKind(value.nameKind))
            .map((value) => atValue(model, value.name, `The value of \`${value.name}\` is a version-2 SES SMTP password, which SES no longer accepts. Derive a version-4 password for the endpoint's region.`, 'smtp-password-v2')),
    ],
};

;// CONCATENATED MODULE: ./src/rules/smtp-password-as-secret-key.ts


const smtpPasswordAsSecretKey = {
    meta: {
        id: 'smtp-password-as-secret-key',
        title: 'SES SMTP password used as secret access key',
        defaultSeverity: 'error',
        securitySeverity: 6.5,
        precision: 'medium',
        wrongKind: true,
        help: "An SES SMTP password is a one-way derivation of a secret access key; it cannot sign AWS API requests, so an SDK, the CLI or configure-aws-credentials fed with it fails. Pass the IAM user's secret access key (or better, assume a role with OIDC) where a secret access key is expected, and keep the SMTP password for SMTP.",
        tags: ['aws', 'ses', 'smtp', 'correctness'],
    },
    check: (model) => [
        ...model.references
            .filter((reference) => reference.sink.expects === 'secret-access-key' && isSmtpPasswordKind(reference.supplied?.kind))
            .map((reference) => atReference(reference, `${describeSource(reference)} is an SES SMTP password, but ${describeSink(reference)} expects a secret access key. SMTP passwords cannot sign AWS API requests.`)),
        ...model.repository.values
            .filter((value) => value.nameKind === 'secret-access-key' && isSmtpPasswordKind(value.shapeKind))
            .map((value) => atValue(model, value.name, `The value of \`${value.name}\` is an SES SMTP password, not a secret access key. SMTP passwords cannot sign AWS API requests.`, value.shapeKind ?? 'smtp-password')),
    ],
};

;// CONCATENATED MODULE: ./src/rules/smtp-password-mismatch.ts

const smtpPasswordMismatch = {
    meta: {
        id: 'smtp-password-mismatch',
        title: 'SMTP password not derived from the access key beside it',
        defaultSeverity: 'error',
        securitySeverity: 3.0,
        precision: 'high',
        help: 'With `check-values: true` the action derives the SES SMTP password from the secret access key the step was given, for every region, and compares it with the SMTP password it was given (inside the runner; no value is printed). When none matches, the password belongs to another key (often a rotated or deleted one) and SES will refuse it. Create new SMTP credentials from the current key and update the secret.',
        tags: ['aws', 'ses', 'smtp', 'correctness'],
    },
    check: (model) => model.repository.values
        .filter((value) => value.derivation?.status === 'mismatch')
        .map((value) => atValue(model, value.name, `The value of \`${value.name}\` is not the SMTP password of \`${value.derivation?.secretName ?? 'the secret access key'}\` in any region: it was derived from another key. SES will refuse it; create SMTP credentials from the current key.`, 'smtp-password')),
};

;// CONCATENATED MODULE: ./src/rules/smtp-region-mismatch.ts

const smtpRegionMismatch = {
    meta: {
        id: 'smtp-region-mismatch',
        title: 'SMTP password derived for another region',
        defaultSeverity: 'error',
        securitySeverity: 3.0,
        precision: 'high',
        help: "An SES SMTP password (version 4) is derived with the region in the signing key, so a password made for `us-east-1` fails on `email-smtp.eu-west-1.amazonaws.com`. Terraform derives `ses_smtp_password_v4` for the provider's region. Use the SMTP endpoint of that region, or derive the password with a provider for the endpoint's region.",
        tags: ['aws', 'ses', 'smtp', 'correctness'],
    },
    check: (model) => {
        const findings = [];
        for (const use of model.iam.smtpPasswordUses) {
            const derivedRegion = use.derivedRegion;
            if (!derivedRegion)
                continue;
            const other = use.endpointRegions.filter((region) => region !== derivedRegion);
            if (other.length === 0)
                continue;
            findings.push({
                file: use.file,
                span: use.span,
                message: `This SMTP password is derived for ${derivedRegion} (the provider's region) but used with the SES SMTP endpoint of ${other.join(', ')}. SES will refuse it; derive it for the endpoint's region.`,
                key: `${use.accessKeyKey}|${derivedRegion}|${other.join(',')}`,
            });
        }
        for (const value of model.repository.values) {
            const derivation = value.derivation;
            if (derivation?.status !== 'region-mismatch')
                continue;
            findings.push(atValue(model, value.name, `The value of \`${value.name}\` is the SMTP password of \`${derivation.secretName}\` for ${derivation.region}, but the workflows send through the SES SMTP endpoint of ${derivation.expectedRegions.join(', ')}. Derive it for the endpoint's region.`, 'smtp-password'));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/smtp-username-not-access-key-id.ts


const wrongKinds = new Set([
    'account-email',
    'console-username',
    'console-password',
    'secret-access-key',
    'smtp-password',
    'smtp-password-v2',
]);
function isWrongUserName(reference) {
    const { source, supplied } = reference;
    // An e-mail address is wrong even at example.com; other placeholders are left to the people who fill them in.
    if (source.type === 'literal')
        return (!accessKeyIdPattern.test(source.value.trim()) && (source.value.includes('@') || !isPlaceholder(source.value)));
    if (source.type === 'secret' || source.type === 'variable') {
        if (supplied && wrongKinds.has(supplied.kind))
            return true;
        return !supplied && /E_?MAIL|ADDRESS/i.test(source.name);
    }
    return false;
}
const smtpUsernameNotAccessKeyId = {
    meta: {
        id: 'smtp-username-not-access-key-id',
        title: 'SES SMTP user name is not an access key ID',
        defaultSeverity: 'warning',
        securitySeverity: 3.0,
        precision: 'medium',
        wrongKind: true,
        help: 'The SES SMTP user name is the access key ID of the IAM user whose key the SMTP password was derived from (20 characters starting with AKIA). An e-mail address, an IAM user name or the account e-mail is refused by SES. Use the SMTP user name the console showed, or `aws_iam_access_key.<name>.id` in Terraform.',
        tags: ['aws', 'ses', 'smtp', 'correctness'],
    },
    check: (model) => {
        const findings = uniqueReferences(model, smtpUses(model, ['ses']))
            .filter((reference) => reference.sink.expects === 'smtp-username' && isWrongUserName(reference))
            .map((reference) => atReference(reference, `${describeSource(reference)} is used as the SES SMTP user name but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from.`, reference.supplied?.kind ?? 'smtp-username'));
        // IaC values evaluated into an SMTP user name slot beside an SES host or SMTP password (Terraform).
        // Two findings at one place are one: the engine keeps the first.
        for (const wrong of model.iam.wrongSmtpUserNames) {
            findings.push({
                file: wrong.file,
                span: wrong.span,
                message: `${wrong.value.charAt(0).toUpperCase()}${wrong.value.slice(1)} is set as the SES SMTP user name (\`${wrong.slot}\`) but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from: \`aws_iam_access_key.<name>.id\`.`,
                credential: { name: wrong.slot, kind: 'smtp-username' },
                key: `iac|${wrong.slot}|${wrong.value}`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/undefined-secret.ts


/** Secrets GitHub provides to every run without the repository defining them. */
const providedByGitHub = new Set(['GITHUB_TOKEN']);
const undefinedSecret = {
    meta: {
        id: 'undefined-secret',
        title: 'Secret used but defined nowhere',
        defaultSeverity: 'warning',
        securitySeverity: 2.0,
        precision: 'high',
        help: 'A secret that is not defined in the repository, its environments or the organisation expands to an empty string at run time, silently: the SMTP login or AWS call then fails with an authentication error far from the cause, or a step falls back to other credentials. It is usually a typo (`SES_SMTP_PASSWROD`) or a secret removed while still in use. Only checked with `list-secrets: true`, which needs a token that may read secret metadata.',
        tags: ['correctness', 'github-actions'],
    },
    check: (model) => {
        const defined = model.repository.definedSecrets;
        if (!defined)
            return [];
        // GitHub stores secret names in upper case and matches them case-insensitively.
        const names = new Set(defined.map((secret) => secret.name.toUpperCase()));
        return model.references
            .filter((reference) => reference.source.type === 'secret' &&
            !names.has(reference.source.name.toUpperCase()) &&
            !providedByGitHub.has(reference.source.name.toUpperCase()))
            .map((reference) => {
            const name = reference.source.type === 'secret' ? reference.source.name : '';
            // A swapped pair of letters is two edits; more than that is rarely the name that was meant.
            const close = nearest(name.toUpperCase(), names, 2);
            return atReference(reference, `Secret \`${name}\` is defined in neither the repository, its environments nor the organisation, so it expands to an empty string at run time${close ? `; did you mean \`${close}\`?` : '.'}`);
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts





















/** One line per rule. The order is the order of the docs and of SARIF's rule list. */
const rules = [
    rootCredentials,
    consoleCredentialsInAutomation,
    secretKeyAsSmtpPassword,
    smtpPasswordAsSecretKey,
    smtpUsernameNotAccessKeyId,
    hardcodedAccessKey,
    hardcodedSmtpPassword,
    credentialAsWorkflowInput,
    sigv2SmtpPassword,
    longLivedAccessKey,
    ambiguousCredentialName,
    incompleteCredentialPair,
    overbroadSecretsAccess,
    overprivilegedSmtpUser,
    credentialExposedInOutput,
    credentialMintingPermissions,
    consoleAccessOnServiceUser,
    smtpRegionMismatch,
    smtpPasswordMismatch,
    undefinedSecret,
    invalidAccessKey,
];
const ruleIds = rules.map((rule) => rule.meta.id);

;// CONCATENATED MODULE: ./src/engine.ts




/**
 * Runs every enabled rule with the severities from the config, and returns plain findings, worst first,
 * each with its fingerprint. Whether a finding counts is decided afterwards, by the suppressions.
 */
function runRules(model, config) {
    const found = [];
    for (const rule of rules) {
        const configured = config.ruleSettings.get(rule.meta.id);
        if (configured === 'off')
            continue;
        const seen = new Set();
        for (const result of rule.check(model)) {
            const placeKey = `${result.file}:${result.span.startLine}:${result.span.startColumn}`;
            if (seen.has(placeKey))
                continue;
            seen.add(placeKey);
            found.push({
                ruleId: rule.meta.id,
                severity: configured ?? result.severity ?? rule.meta.defaultSeverity,
                file: result.file,
                span: result.span,
                // Messages name secrets and slots, never values; the scrub is the last line of defence for names that hold one.
                message: scrubCredentials(capitalize(result.message)),
                ...(result.credential
                    ? { credential: { ...result.credential, name: scrubCredentials(result.credential.name) } }
                    : {}),
                fingerprintSeed: `${rule.meta.id}|${result.file}|${result.key}`,
            });
        }
    }
    // Fingerprints are counted over every finding, suppressed later or not, so suppressing one never renumbers another.
    return withFingerprints(sortFindings(found));
}
const securitySeverity = new Map(rules.map((rule) => [rule.meta.id, rule.meta.securitySeverity]));
/** Worst first: by severity, then by how much harm the rule's problem does, then by place. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => severityRank[b.severity] - severityRank[a.severity] ||
        (securitySeverity.get(b.ruleId) ?? 0) - (securitySeverity.get(a.ruleId) ?? 0) ||
        engine_compare(a.file, b.file) ||
        a.span.startLine - b.span.startLine ||
        a.span.startColumn - b.span.startColumn ||
        engine_compare(a.ruleId, b.ruleId));
}
function engine_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * A fingerprint that survives line moves: the rule, the file and what was found, plus the how-many-th
 * such finding it is in the file (two identical lines in one file stay distinct).
 */
function withFingerprints(findings) {
    const occurrences = new Map();
    return findings.map((finding) => {
        const count = (occurrences.get(finding.fingerprintSeed) ?? 0) + 1;
        occurrences.set(finding.fingerprintSeed, count);
        const fingerprint = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${finding.fingerprintSeed}|${count}`).digest('hex').slice(0, 32);
        return { ...finding, fingerprint };
    });
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/report/rebase.ts

/** Prefixes every path with the scanned folder's place in the repository, for annotations and SARIF. */
function rebase(result, prefix) {
    if (prefix === '' || prefix === '.')
        return result;
    const clean = withoutTrailingSlashes(prefix.replace(/\\/g, '/').replace(/^\.\//, ''));
    const move = (item) => item.file ? { ...item, file: `${clean}/${item.file}` } : item;
    return {
        ...result,
        findings: result.findings.map(move),
        suppressed: result.suppressed.map(move),
        problems: result.problems.map(move),
        inventory: result.inventory.map((entry) => ({
            ...entry,
            locations: entry.locations.map(move),
            paths: entry.paths.map((path) => ({ ...move(path), via: path.via === path.file ? move(path).file : path.via })),
        })),
        iacCredentials: result.iacCredentials.map((entry) => ({ ...move(entry), flows: entry.flows.map(move) })),
    };
}

;// CONCATENATED MODULE: ./src/cli/merge.ts


/**
 * One result from several scans, each rebased to its place from the working folder so that paths stay
 * apart and can be opened from where the command ran.
 */
function mergeResults(parts, root) {
    const moved = parts.map(({ result, place }) => rebase(result, place));
    return {
        root,
        files: moved.reduce((sum, result) => sum + result.files, 0),
        findings: sortFindings(moved.flatMap((result) => result.findings)),
        suppressed: sortFindings(moved.flatMap((result) => result.suppressed)),
        problems: moved.flatMap((result) => result.problems),
        inventory: moved.flatMap((result) => result.inventory),
        iacCredentials: moved.flatMap((result) => result.iacCredentials),
    };
}

;// CONCATENATED MODULE: ./src/cli/rule-docs.ts






/** `id  severity  title`, one rule a line, in the registry's order. */
function listRules() {
    const width = Math.max(...ruleIds.map((id) => id.length));
    return rules
        .map(({ meta }) => `${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.title}\n`)
        .join('');
}
/**
 * Finds docs/rules/<id>.md: beside the bundle (the build copies the pages to dist/docs/rules/), else in
 * the nearest folder above the source that has them. The path is built at run time so ncc leaves it be.
 */
function docsPage(id) {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,external_node_path_namespaceObject.join)(dir, 'docs', 'rules', `${id}.md`);
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate))
            return candidate;
        const parent = (0,external_node_path_namespaceObject.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** The rule's documentation page; an unknown id is a usage error naming the nearest known one. */
function explainRule(id) {
    if (!ruleIds.includes(id)) {
        const close = nearest(id, ruleIds);
        throw new UsageError(`unknown rule ${id}${close ? `; did you mean ${close}?` : ''} (see --list-rules)`);
    }
    const page = docsPage(id);
    if (!page)
        throw new Error(`the documentation of ${id} is not installed beside the program`);
    return (0,external_node_fs_namespaceObject.readFileSync)(page, 'utf8');
}

;// CONCATENATED MODULE: ./src/discovery/repository-root.ts


function isDirectory(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function exists(path) {
    try {
        (0,external_node_fs_namespaceObject.statSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The repository a scanned path belongs to: the nearest folder, from the path itself (its folder for a
 * file) upwards, that holds `.git` (a folder, or a file in a worktree or submodule) or a `.github/`
 * folder. Undefined when there is none up to the file-system root.
 */
function findRepositoryRoot(path) {
    let folder = (0,external_node_path_namespaceObject.resolve)(path);
    if (!isDirectory(folder))
        folder = (0,external_node_path_namespaceObject.dirname)(folder);
    for (;;) {
        if (exists((0,external_node_path_namespaceObject.resolve)(folder, '.git')) || isDirectory((0,external_node_path_namespaceObject.resolve)(folder, '.github')))
            return folder;
        const parent = (0,external_node_path_namespaceObject.dirname)(folder);
        if (parent === folder)
            return undefined;
        folder = parent;
    }
}

;// CONCATENATED MODULE: ./src/cli/targets.ts




function kindOf(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isDirectory() ? 'folder' : 'file';
    }
    catch {
        throw new UsageError(`${path}: no such folder or file`);
    }
}
/**
 * Turns the command line's paths into scans. A folder is scanned whole, as before. A file is scanned as
 * if in its repository (the nearest folder above it with `.git` or `.github/`), so that its path, and
 * with it the format it is read as, are what they are in the repository: files of one repository share
 * one scan. Each scan finds its own repository's config file.
 */
function scanTargets(paths) {
    const targets = new Map();
    for (const path of paths.length > 0 ? paths : ['.']) {
        if (kindOf(path) === 'folder') {
            targets.set((0,external_node_path_namespaceObject.resolve)(path), { root: (0,external_node_path_namespaceObject.resolve)(path) });
            continue;
        }
        const root = findRepositoryRoot(path) ?? (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(path));
        const target = targets.get(root) ?? { root, files: new Set() };
        target.files?.add((0,external_node_path_namespaceObject.relative)(root, (0,external_node_path_namespaceObject.resolve)(path)).split('\\').join('/'));
        targets.set(root, target);
    }
    return [...targets.values()];
}

;// CONCATENATED MODULE: ./src/formats/shared/limits.ts
const defaultParseLimits = { maxDepth: 100, maxAliases: 100, maxNodes: 250_000 };
/** Counts what becomes a node in a parsed document (commas, `- ` items, `: ` keys), without parsing; stops past `limit`. */
function nodeEstimate(text, limit) {
    let count = 0;
    for (let i = 0; i < text.length && count <= limit; i++) {
        const code = text.charCodeAt(i);
        if (code === 44)
            count++;
        else if ((code === 45 || code === 58) && text.charCodeAt(i + 1) === 32)
            count++;
    }
    return count;
}
/**
 * The end of a comment that starts at `i` (`#` or `//` to the line's end, `/* … *\/`), or `i` when none
 * does. A `#` starts a comment at a line's start or after a space, as in YAML; bracket and alias counts
 * skip comments, so a comment line of `[[[[` or `*a *a` is not taken for nesting or aliases.
 */
function commentEnd(text, i) {
    const previous = i === 0 ? 10 : text.charCodeAt(i - 1);
    // Only after a separator, so `a//[[[` or `a#[[[` inside a value still counts.
    if (previous !== 10 && previous !== 32 && previous !== 9 && previous !== 13)
        return i;
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code === 35 || (code === 47 && next === 47)) {
        const end = text.indexOf('\n', i);
        return end < 0 ? text.length : end;
    }
    if (code === 47 && next === 42) {
        const end = text.indexOf('*/', i + 2);
        return end < 0 ? text.length : end + 2;
    }
    return i;
}
/**
 * How deeply a text nests, by brackets and by indentation, counted without parsing (so that the count
 * itself cannot overflow). Stops counting once past `limit`. Comments are skipped.
 */
function nestingDepth(text, limit) {
    let brackets = 0;
    let deepest = 0;
    const indents = [];
    let lineStart = true;
    let indent = 0;
    let dashes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (lineStart) {
            if (code === 32 || code === 45) {
                // Spaces, and the dash of a YAML list item, count as indentation; each `- ` opens a sequence.
                if (code === 45 && text.charCodeAt(i + 1) === 32)
                    dashes++;
                indent++;
                continue;
            }
            lineStart = false;
            if (code !== 10 && code !== 13 && code !== 35) {
                while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent)
                    indents.pop();
                indents.push(indent);
                if (indents.length + dashes > deepest)
                    deepest = indents.length + dashes;
            }
        }
        if (code === 35 || code === 47) {
            const end = commentEnd(text, i);
            if (end > i) {
                // Resume on the comment's last character, so a newline that ends it is still seen.
                i = end - 1;
                continue;
            }
        }
        if (code === 10) {
            lineStart = true;
            indent = 0;
            dashes = 0;
        }
        else if (code === 123 || code === 91) {
            brackets++;
            if (brackets > deepest)
                deepest = brackets;
        }
        else if ((code === 125 || code === 93) && brackets > 0)
            brackets--;
        if (deepest > limit)
            return deepest;
    }
    return deepest;
}
/** Counts YAML alias tokens (`*name` after a separator) outside `#` comments; an estimate that never parses. */
function aliasCount(text, limit) {
    const token = /(?:^|[\s[{,:-])\*[^\s\]},*]+|(?:^|[ \t])#[^\n]*/g;
    let count = 0;
    for (let match = token.exec(text); match !== null && count <= limit; match = token.exec(text))
        if (!match[0].trimStart().startsWith('#'))
            count++;
    return count;
}

;// CONCATENATED MODULE: ./src/config/name-pattern.ts
/**
 * Checks a `names:` pattern before it is compiled. The config file can come from the scanned checkout,
 * and a backtracking engine runs `^(A+)+$` for ever on a crafted name, so a pattern must not be able to
 * make matching slower than a small polynomial: a quantified group that itself holds a quantifier or an
 * alternation (`(a+)+`, `(a|aa)*`) backtracks exponentially, more than two unbounded quantifiers
 * (`.*.*.*X`) multiply their tries, and backreferences and look-arounds escape the regular class
 * altogether. Each is refused with the reason. One pass over the pattern; its length is capped by the
 * schema and the length of the names it runs on by the classifier.
 */
function unsafePatternReason(pattern) {
    const stack = [{ quantified: false, alternated: false }];
    /** The atom a quantifier would apply to: a closed group (with what it held) or a single character. */
    let lastAtom;
    let unbounded = 0;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        const top = stack[stack.length - 1];
        if (!top)
            return 'unbalanced parentheses';
        if (ch === '\\') {
            const next = pattern[i + 1] ?? '';
            if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<'))
                return 'backreferences are not allowed';
            i++;
            lastAtom = 'char';
        }
        else if (ch === '[') {
            // A character class is one atom; skip to its closing bracket, minding escapes.
            i++;
            if (pattern[i] === ']')
                i++;
            while (i < pattern.length && pattern[i] !== ']')
                i += pattern[i] === '\\' ? 2 : 1;
            lastAtom = 'char';
        }
        else if (ch === '(') {
            stack.push({ quantified: false, alternated: false });
            // Group modifiers (`?:`, `?<name>`) are not quantifiers; look-arounds (`?=`, `?!`, `?<=`, `?<!`) are refused.
            if (pattern[i + 1] === '?') {
                i++;
                const lookBehind = pattern[i + 1] === '<' && (pattern[i + 2] === '=' || pattern[i + 2] === '!');
                if (pattern[i + 1] === '=' || pattern[i + 1] === '!' || lookBehind)
                    return 'look-aheads and look-behinds are not allowed';
                if (pattern[i + 1] === '<') {
                    const end = pattern.indexOf('>', i);
                    i = end < 0 ? pattern.length : end;
                }
                else
                    i++;
            }
            lastAtom = undefined;
        }
        else if (ch === ')') {
            const closed = stack.pop();
            const parent = stack[stack.length - 1];
            if (!closed || !parent)
                return 'unbalanced parentheses';
            parent.quantified ||= closed.quantified;
            lastAtom = closed;
        }
        else if (ch === '|') {
            top.alternated = true;
            lastAtom = undefined;
        }
        else if (ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i)))) {
            const start = i;
            if (ch === '{')
                i = pattern.indexOf('}', i);
            const braces = pattern.slice(start, i + 1);
            if (pattern[i + 1] === '?')
                i++; // lazy suffix
            // `?` (at most once) cannot multiply the ways to match; a repetition can.
            const repeats = ch !== '?' && !/^\{0?,?1\}/.test(braces);
            if (repeats && lastAtom && lastAtom !== 'char' && (lastAtom.quantified || lastAtom.alternated))
                return 'a repeated group may not itself repeat or hold alternatives (it can take exponential time)';
            if (ch === '*' || ch === '+' || braces.endsWith(',}'))
                unbounded++;
            if (unbounded > 2)
                return 'more than two unbounded quantifiers (*, + or {n,}) are not allowed (they multiply the time)';
            top.quantified = true;
            lastAtom = undefined;
        }
        else
            lastAtom = 'char';
    }
    return stack.length === 1 ? undefined : 'unbalanced parentheses';
}

;// CONCATENATED MODULE: ./src/config/schema-check.ts
/**
 * Checks a value against the subset of JSON Schema (draft 7) that the config schema uses: type, enum,
 * properties, additionalProperties: false, required, items, anyOf, minLength, maxLength, minimum,
 * exclusiveMinimum, pattern. One pass over the value; every error is kept. A general validator (ajv)
 * cost the CLI about half a second of start-up, for a file most repositories do not have.
 */
function typeOf(value) {
    if (Array.isArray(value))
        return 'array';
    if (value === null)
        return 'null';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function hasType(value, type) {
    const actual = typeOf(value);
    return actual === type || (type === 'number' && actual === 'integer');
}
function pointer(path, key) {
    return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
function checkSchema(schema, value, path = '') {
    const errors = [];
    const fail = (keyword, params = {}) => errors.push({ keyword, instancePath: path, params });
    if (schema.type !== undefined && !hasType(value, schema.type)) {
        fail('type', { type: schema.type });
        return errors;
    }
    if (schema.enum && !schema.enum.includes(value))
        fail('enum', { allowedValues: schema.enum });
    if (schema.anyOf) {
        const branches = schema.anyOf.map((branch) => checkSchema(branch, value, path));
        if (branches.every((branchErrors) => branchErrors.length > 0)) {
            errors.push(...branches.flat());
            fail('anyOf');
        }
    }
    if (typeof value === 'string') {
        // Lengths in code points, as JSON Schema counts them.
        const length = [...value].length;
        if (schema.minLength !== undefined && length < schema.minLength)
            fail('minLength', { limit: schema.minLength });
        if (schema.maxLength !== undefined && length > schema.maxLength)
            fail('maxLength', { limit: schema.maxLength });
        if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
            fail('pattern', { pattern: schema.pattern });
    }
    if (typeof value === 'number') {
        if (schema.minimum !== undefined && value < schema.minimum)
            fail('minimum', { limit: schema.minimum });
        if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
            fail('exclusiveMinimum', { limit: schema.exclusiveMinimum });
    }
    if (Array.isArray(value) && schema.items) {
        const items = schema.items;
        value.forEach((item, index) => errors.push(...checkSchema(items, item, pointer(path, index))));
    }
    if (typeOf(value) === 'object' && typeof value === 'object' && value !== null) {
        const record = Object.fromEntries(Object.entries(value));
        for (const key of schema.required ?? [])
            if (!(key in record))
                fail('required', { missingProperty: key });
        for (const [key, item] of Object.entries(record)) {
            const property = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
            if (property)
                errors.push(...checkSchema(property, item, pointer(path, key)));
            else if (schema.additionalProperties === false)
                fail('additionalProperties', { additionalProperty: key });
        }
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/config/schema.ts


/**
 * The JSON Schema of `.github/ses-credential-hygiene.yml`. The copy in `schema/` (for editors, through
 * `# yaml-language-server: $schema=…`) is kept equal to this by a test.
 */
const settings = ['error', 'warning', 'notice', 'off'];
const globList = {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    description: 'Globs (picomatch: `**`, `*`, `?`, `{a,b}`, `[a-z]`, a leading `!` negates), relative to the scanned folder.',
};
const ruleIdList = { type: 'array', items: { type: 'string', enum: [...ruleIds] } };
const configSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/ses-credential-hygiene/ses-credential-hygiene/blob/main/schema/ses-credential-hygiene.schema.json',
    title: 'ses-credential-hygiene configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
        rules: {
            description: 'Severity per rule id, or off.',
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(ruleIds.map((id) => [id, { enum: settings }])),
        },
        ignore: {
            description: 'Paths whose findings are suppressed: a glob (every rule) or { path, rules }.',
            type: 'array',
            items: {
                anyOf: [
                    { type: 'string', minLength: 1 },
                    {
                        type: 'object',
                        additionalProperties: false,
                        required: ['path'],
                        properties: { path: { type: 'string', minLength: 1 }, rules: ruleIdList },
                    },
                ],
            },
        },
        names: {
            description: 'Extra rows for the name classifier, tried before the built-in ones.',
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['pattern', 'kind'],
                properties: {
                    pattern: {
                        type: 'string',
                        minLength: 1,
                        maxLength: 200,
                        description: 'Case-insensitive regular expression; nested quantifiers and backreferences are refused.',
                    },
                    kind: { enum: [...credentialKinds] },
                    root: { type: 'boolean' },
                },
            },
        },
        include: globList,
        exclude: globList,
        'max-file-size': {
            description: 'Bytes, or a size such as 5MB or 1 MiB.',
            anyOf: [
                { type: 'number', exclusiveMinimum: 0 },
                // The blanks before the unit sit inside its optional group, so no two `\s*` can split the same run
                // of blanks between them: the check stays linear on a hostile config's long runs of spaces.
                { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?(\\s*([KMG]i?B|B))?\\s*$' },
            ],
        },
        'max-depth': { type: 'integer', minimum: 1 },
        'max-aliases': { type: 'integer', minimum: 1 },
        'max-nodes': {
            type: 'integer',
            minimum: 1,
            description: 'Most items (list entries, keys, flow separators) a file may hold before it is read as text only.',
        },
    },
};
const topLevelKeys = Object.keys(configSchema.properties);

;// CONCATENATED MODULE: ./src/config/validate.ts





function formatProblem(problem) {
    return problem.line === undefined
        ? problem.message
        : `line ${problem.line}, column ${problem.column ?? 1}: ${problem.message}`;
}
/** Parses the YAML (aliases capped) and checks it against the schema; every problem is kept, with its place. */
function parseAndValidate(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        if (offset === undefined)
            return {};
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const positionOf = (path) => at(nodeAt(document, path)?.range?.[0]);
    if (document.errors.length > 0) {
        const first = document.errors[0];
        return {
            problems: [{ message: `not valid YAML: ${first?.message.split('\n')[0] ?? ''}`, ...at(first?.pos[0]) }],
            positionOf,
        };
    }
    let value;
    try {
        value = document.toJS({ maxAliasCount: 10 }) ?? {};
    }
    catch (error) {
        return { problems: [{ message: `not valid YAML: ${errorLine(error)}` }], positionOf };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return {
            problems: [{ message: 'the file must be a mapping of settings', ...at(document.contents?.range?.[0]) }],
            positionOf,
        };
    const errors = checkSchema(configSchema, value);
    if (conforms(value, errors))
        return { value, problems: [], positionOf };
    const problems = withoutBranchNoise(errors).flatMap((error) => validate_describe(error, document, at));
    return {
        problems: dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
        positionOf,
    };
}
/** What a failing branch of an `anyOf` says about the value itself: replaced by the one anyOf message. */
const branchNoise = new Set(['type', 'pattern', 'minimum', 'exclusiveMinimum', 'minLength']);
/**
 * `anyOf` reports every branch's failure ("must be string", "must be object"). Those give way to the
 * one anyOf message, which in turn gives way to a precise error (an unknown key, a bad rule id) found in
 * the branch whose shape the value has.
 */
function withoutBranchNoise(errors) {
    const alternatives = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
    const noise = (error) => alternatives.has(error.instancePath) && branchNoise.has(error.keyword);
    const precise = errors.filter((error) => error.keyword !== 'anyOf' && !noise(error));
    return errors.filter((error) => {
        if (error.keyword !== 'anyOf')
            return !noise(error);
        return !precise.some((other) => other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`));
    });
}
/** A value the schema raised no error on has the schema's shape. */
function conforms(value, errors) {
    return errors.length === 0;
}
function errorLine(error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
/** JSON pointer (`/ignore/0/rules`) → path segments, numbers for list indices. */
function pathOf(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function nodeAt(document, path) {
    const node = path.length === 0 ? document.contents : document.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? node : undefined;
}
/** The key node of `key` in the mapping at `path`, so an unknown key is placed on itself. */
function keyAt(document, path, key) {
    const map = nodeAt(document, path);
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    const pair = map.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
    return pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
}
/** Dotted name of a path for messages: `ignore[0].rules`. */
function displayPath(path) {
    return path
        .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${part}`))
        .join('');
}
function suggest(id) {
    const close = nearest(id, ruleIds);
    return close ? ` (did you mean \`${close}\`?)` : '';
}
function validate_describe(error, document, at) {
    const path = pathOf(error.instancePath);
    const where = displayPath(path);
    const place = at(nodeAt(document, path)?.range?.[0]);
    const params = error.params;
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
            const allowed = params.allowedValues.map(String);
            const actual = validate_scalarText(nodeAt(document, path));
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
        case 'maxLength':
            return [{ message: `${where}: longer than ${String(params.limit)} characters`, ...place }];
        case 'minLength':
            return [{ message: `${where}: must not be empty`, ...place }];
        default:
            return [{ message: `${where}: does not match the schema (${error.keyword})`, ...place }];
    }
}
function anyOfMessage(path) {
    if (path[0] === 'ignore')
        return `${displayPath(path)} must be a glob or { path, rules }`;
    if (path[0] === 'max-file-size')
        return '`max-file-size` must be a number of bytes or a size such as 5MB';
    return `${displayPath(path)} has the wrong shape`;
}
function article(type) {
    const names = {
        array: 'a list',
        object: 'a mapping',
        string: 'a string',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
    };
    return names[type] ?? type;
}
function validate_scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) ? String(node.value) : '…';
}
/** anyOf reports each branch's failure too; a problem already placed on the same spot says it better. */
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((problem) => {
        const key = formatProblem(problem);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/config/config.ts






const defaultMaxFileBytes = 10 * 1024 * 1024;
const defaultConfigPath = '.github/ses-credential-hygiene.yml';
function config_defaultConfig() {
    return {
        ruleSettings: new Map(),
        ignores: [],
        nameRules: withUserNameRules([]),
        include: [],
        exclude: [],
        maxFileBytes: defaultMaxFileBytes,
        limits: { ...defaultParseLimits },
    };
}
class ConfigError extends Error {
    source;
    problems;
    constructor(source, problems) {
        // The user's own text is echoed back, so anything credential-shaped in it is redacted.
        super(`invalid configuration in ${source}:\n${problems.map((problem) => `  - ${scrubCredentials(problem)}`).join('\n')}`);
        this.source = source;
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
/**
 * Parses a config file, checks it against the JSON Schema (schema/ses-credential-hygiene.schema.json)
 * and builds the settings. Every problem is listed with its line and column, not only the first.
 */
function parseConfig(text, source) {
    const parsed = parseAndValidate(text);
    const raw = parsed.value;
    if (!raw)
        throw new ConfigError(source, parsed.problems.map(formatProblem));
    // The schema has checked every shape below; what is left are checks a schema cannot make.
    const problems = [];
    const ruleSettings = new Map(Object.entries(raw.rules ?? {}));
    const ignores = (raw.ignore ?? []).map((entry) => typeof entry === 'string'
        ? { glob: entry, matches: globMatcher(entry) }
        : {
            glob: entry.path,
            matches: globMatcher(entry.path),
            ...(entry.rules ? { rules: new Set(entry.rules) } : {}),
        });
    const userNameRules = [];
    for (const [index, entry] of (raw.names ?? []).entries()) {
        const place = parsed.positionOf(['names', index, 'pattern']);
        const unsafe = unsafePatternReason(entry.pattern);
        if (unsafe) {
            problems.push({ message: `names[${index}]: \`${entry.pattern}\` is refused: ${unsafe}`, ...place });
            continue;
        }
        try {
            userNameRules.push({ pattern: new RegExp(entry.pattern, 'i'), kind: entry.kind, root: entry.root === true });
        }
        catch {
            problems.push({ message: `names[${index}]: \`${entry.pattern}\` is not a valid regular expression`, ...place });
        }
    }
    let maxFileBytes = defaultMaxFileBytes;
    if (raw['max-file-size'] !== undefined) {
        const size = parseSize(raw['max-file-size']);
        if (size === undefined)
            problems.push({
                message: '`max-file-size` must be a number of bytes or a size such as 5MB',
                ...parsed.positionOf(['max-file-size']),
            });
        else
            maxFileBytes = size;
    }
    const limits = { ...defaultParseLimits };
    if (raw['max-depth'] !== undefined)
        limits.maxDepth = raw['max-depth'];
    if (raw['max-aliases'] !== undefined)
        limits.maxAliases = raw['max-aliases'];
    if (raw['max-nodes'] !== undefined)
        limits.maxNodes = raw['max-nodes'];
    if (problems.length > 0)
        throw new ConfigError(source, problems.map(formatProblem));
    return {
        ruleSettings,
        ignores,
        nameRules: withUserNameRules(userNameRules),
        include: raw.include ?? [],
        exclude: raw.exclude ?? [],
        maxFileBytes,
        limits,
    };
}
function parseSize(value) {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0)
        return Math.floor(value);
    if (typeof value !== 'string')
        return undefined;
    const match = /^(\d+(?:\.\d+)?)[ \t]*(B|KB|KiB|MB|MiB|GB|GiB)?$/i.exec(value.trim());
    if (!match)
        return undefined;
    const units = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
    return Math.floor(Number(match[1]) * (units[(match[2] ?? 'b').toLowerCase()] ?? 1));
}
function parseSeverityThreshold(value) {
    const normalized = value.trim().toLowerCase();
    return normalized === 'error' || normalized === 'warning' || normalized === 'notice' || normalized === 'never'
        ? normalized
        : undefined;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/config/load.ts




/**
 * The config file that applies to a scanned path: `.github/ses-credential-hygiene.yml` at the root of
 * the repository the path is in (so `path: infra` still finds the repository's file), else under the
 * path itself.
 */
function defaultConfigLocation(scanned) {
    return (0,external_node_path_namespaceObject.join)(findRepositoryRoot(scanned) ?? (0,external_node_path_namespaceObject.resolve)(scanned), defaultConfigPath);
}
/**
 * Loads the config: the file named explicitly (which must exist), else the default file of the scanned
 * path's repository when present, else the defaults.
 */
async function loadConfig(root, explicitPath) {
    const path = explicitPath ?? defaultConfigLocation(root);
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (!explicitPath && (code === 'ENOENT' || code === 'ENOTDIR'))
            return config_defaultConfig();
        throw new ConfigError(path, [`cannot read the file (${code ?? String(error)})`]);
    }
    return parseConfig(text, path);
}
/** Adds include/exclude globs given as action inputs or CLI flags to the config's own. */
function withGlobs(config, include, exclude) {
    return { ...config, include: [...config.include, ...include], exclude: [...config.exclude, ...exclude] };
}

;// CONCATENATED MODULE: ./src/errors.ts

/**
 * The text of an error for any output: libraries quote their input in messages (a JSON parser shows
 * the start of a file, an HTTP client a response), so anything credential-shaped is redacted.
 */
function errorText(error) {
    return scrubCredentials(error instanceof Error ? error.message : String(error));
}

;// CONCATENATED MODULE: ./src/report/text.ts
const colours = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const dim = '\u001b[2m';
const text_reset = '\u001b[0m';
/** Drops control characters so that no file name or message can drive the terminal. */
function stripControl(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?').replace(/\n/g, ' ');
}
function formatFindingLine(finding, colour) {
    const place = finding.file
        ? `${stripControl(finding.file)}:${finding.span.startLine}:${finding.span.startColumn}`
        : '(repository)';
    const severity = colour ? `${colours[finding.severity]}${finding.severity}${text_reset}` : finding.severity;
    const rule = colour ? `${dim}${finding.ruleId}${text_reset}` : finding.ruleId;
    return `${place} ${severity} ${rule} ${stripControl(finding.message)}`;
}
/** `file:line:col severity rule-id message`, one a line, then problems and a count. */
function renderText(result, options) {
    const lines = result.findings.map((finding) => formatFindingLine(finding, options.colour));
    for (const problem of result.problems) {
        const place = problem.span
            ? `${stripControl(problem.file)}:${problem.span.startLine}:${problem.span.startColumn}`
            : stripControl(problem.file);
        lines.push(`${place} note ${stripControl(problem.message)}`);
    }
    const counts = countBySeverity(result.findings);
    const suppressed = result.suppressed.length > 0 ? `, ${result.suppressed.length} suppressed` : '';
    lines.push(`${result.findings.length} finding(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)${suppressed}; ${result.files} file(s) scanned.`);
    return `${lines.join('\n')}\n`;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version and repository by tests. */
const toolName = 'ses-credential-hygiene';
const toolVersion = '1.0.0';
const toolInformationUri = 'https://github.com/ses-credential-hygiene/ses-credential-hygiene';

;// CONCATENATED MODULE: ./src/exit-decision.ts



/** The findings the gate counts: all of them, or only those in files the pull request changes. */
function gatedFindings(findings, scope = 'all') {
    return scope === 'changed' ? findings.filter((finding) => !finding.outsideDiff) : [...findings];
}
/** The counted findings at `failOn` or worse: what fails the run. The summary's verdict reads the same list. */
function failingFindings(findings, failOn, scope = 'all') {
    if (failOn === 'never')
        return [];
    return gatedFindings(findings, scope).filter((finding) => severityRank[finding.severity] >= severityRank[failOn]);
}
/**
 * Whether the action step or the CLI fails, on the final result (suppressed findings never count). With
 * strict, warnings about the scan itself (a glob that matches nothing, no file scanned) and files that
 * could not be fully read fail it too, whatever the findings. With `failScope:
 * changed`, only findings in files the pull request changes count (the others are still reported).
 */
function exitDecision(result, options) {
    const warnings = options.scanWarnings ?? 0;
    if (options.strict && warnings > 0)
        return { fail: true, reason: `${toolName}: ${warnings} warning(s), and strict is on` };
    if (options.strict && result.problems.length > 0)
        return {
            fail: true,
            reason: `${toolName}: ${result.problems.length} file(s) could not be fully read (--strict)`,
        };
    if (failingFindings(result.findings, options.failOn, options.failScope).length > 0) {
        const counted = gatedFindings(result.findings, options.failScope);
        const counts = countBySeverity(counted);
        const where = options.failScope === 'changed' ? ' in files this pull request changes' : '';
        return {
            fail: true,
            reason: `${toolName}: ${counted.length} finding(s)${where}, ${counts.error} error(s) and ${counts.warning} warning(s); failing on ${options.failOn} or worse.`,
        };
    }
    return { fail: false, reason: undefined };
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
/** GitHub shows at most this many annotations of each level per step. */
const annotationLimitPerLevel = 10;
/** Escapes a workflow command's message, as the runner decodes it. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value: also `:` and `,`, which would end the property. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(annotation) {
    // A finding on the repository (a secret's value) has no file: GitHub shows it on the run, not on a line.
    const properties = annotation.file ? [`file=${escapeProperty(annotation.file)}`] : [];
    if (annotation.line !== undefined)
        properties.push(`line=${annotation.line}`);
    if (annotation.endLine !== undefined)
        properties.push(`endLine=${annotation.endLine}`);
    // GitHub ignores columns on annotations that span lines, so they are sent only for single-line spans.
    if (annotation.column !== undefined && annotation.line === annotation.endLine)
        properties.push(`col=${annotation.column}`);
    if (annotation.endColumn !== undefined && annotation.line === annotation.endLine)
        properties.push(`endColumn=${annotation.endColumn}`);
    properties.push(`title=${escapeProperty(annotation.title)}`);
    return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
}
function fromFinding(finding) {
    const title = `${finding.ruleId} (ses-credential-hygiene)`;
    if (!finding.file)
        return { level: finding.severity, file: '', title, message: finding.message };
    return {
        level: finding.severity,
        file: finding.file,
        title,
        message: finding.message,
        line: finding.span.startLine,
        endLine: finding.span.endLine,
        column: finding.span.startColumn,
        endColumn: finding.span.endColumn,
    };
}
const levelOrder = ['error', 'warning', 'notice'];
/**
 * Picks up to `slots` findings of one level: the first (worst) finding of each rule, so that no rule
 * goes unseen behind a commoner one, then the rest worst first. Keeps the findings' order.
 */
function spreadOverRules(findings, slots) {
    const chosen = new Set();
    const rulesSeen = new Set();
    for (const finding of findings) {
        if (chosen.size >= slots)
            break;
        if (rulesSeen.has(finding.ruleId))
            continue;
        rulesSeen.add(finding.ruleId);
        chosen.add(finding);
    }
    for (const finding of findings) {
        if (chosen.size >= slots)
            break;
        chosen.add(finding);
    }
    return findings.filter((finding) => chosen.has(finding));
}
function moreNote(notShown, problemsNotShown) {
    const parts = [
        ...(notShown > 0 ? [`${notShown} more finding(s)`] : []),
        ...(problemsNotShown > 0 ? [`${problemsNotShown} more file problem(s)`] : []),
    ];
    return {
        level: 'notice',
        file: '',
        title: 'ses-credential-hygiene: more findings than annotations',
        message: `${parts.join(' and ')} are not annotated (GitHub shows ${annotationLimitPerLevel} annotations per level and step); see the job summary or the SARIF file.`,
    };
}
/**
 * The annotations to emit. Findings arrive worst first; each level gets GitHub's limit, spread over
 * rules (one per rule first). Parse problems follow as notices. When anything is left out, a notice of
 * its own (not a line appended to some finding) says how much.
 */
function planAnnotations(findings, problems = [], options = {}) {
    const byLevel = (level) => findings.filter((finding) => finding.severity === level);
    const slots = {
        error: Math.max(0, annotationLimitPerLevel - (options.reservedErrors ?? 0)),
        warning: annotationLimitPerLevel,
        notice: annotationLimitPerLevel,
    };
    const overflows = levelOrder.some((level) => byLevel(level).length > slots[level]) ||
        byLevel('notice').length + problems.length > slots.notice;
    // The note about what was left out takes one notice slot itself.
    if (overflows)
        slots.notice--;
    const annotated = levelOrder.flatMap((level) => spreadOverRules(byLevel(level), slots[level]).map(fromFinding));
    const noticesLeft = Math.max(0, slots.notice - byLevel('notice').length);
    const notes = problems.slice(0, noticesLeft).map((problem) => ({
        level: 'notice',
        file: problem.file,
        title: 'ses-credential-hygiene: file not fully scanned',
        message: problem.message,
        ...(problem.span ? { line: problem.span.startLine, endLine: problem.span.startLine } : {}),
    }));
    const notShown = findings.length - annotated.length;
    const problemsNotShown = problems.length - notes.length;
    const shown = [...annotated, ...notes];
    if (notShown > 0 || problemsNotShown > 0)
        shown.push(moreNote(notShown, problemsNotShown));
    return { commands: shown.map(formatCommand), shown: annotated.length + notes.length, notShown };
}

;// CONCATENATED MODULE: ./src/report/json.ts
function toJsonReport(result) {
    return {
        version: 1,
        findings: result.findings.map((finding) => ({
            ruleId: finding.ruleId,
            severity: finding.severity,
            file: finding.file,
            line: finding.span.startLine,
            column: finding.span.startColumn,
            endLine: finding.span.endLine,
            endColumn: finding.span.endColumn,
            message: finding.message,
            credential: finding.credential ? { name: finding.credential.name, kind: finding.credential.kind ?? null } : null,
            fingerprint: finding.fingerprint ?? '',
            ...(finding.outsideDiff ? { outsideDiff: true } : {}),
        })),
        suppressed: result.suppressed.map((finding) => ({
            ruleId: finding.ruleId,
            file: finding.file,
            line: finding.span.startLine,
            column: finding.span.startColumn,
            reason: finding.suppressed ?? 'inline',
            fingerprint: finding.fingerprint ?? '',
        })),
        inventory: result.inventory.map((entry) => ({
            name: entry.name,
            kind: entry.kind ?? null,
            root: entry.root,
            channels: [...entry.channels],
            locations: entry.locations.map((l) => ({ ...l })),
            ...(entry.definedIn ? { definedIn: [...entry.definedIn] } : {}),
        })),
        iacCredentials: result.iacCredentials.map((entry) => ({
            key: entry.key,
            file: entry.file,
            line: entry.line,
            user: entry.user ?? null,
            consoleAccess: entry.consoleAccess,
            flows: entry.flows.map((flow) => ({ ...flow })),
        })),
        problems: result.problems.map((problem) => ({
            file: problem.file,
            line: problem.span?.startLine ?? null,
            message: problem.message,
        })),
        stats: { files: result.files },
    };
}
function renderJson(result) {
    return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/doc-links.ts
/** package.json's `repository`, as a web address; a test keeps the two equal. */
const publishedRepositoryUrl = 'https://github.com/ses-credential-hygiene/ses-credential-hygiene';
/** The branch the published repository's documentation is read from when no action ref is known. */
const defaultBranch = 'main';
const repositoryName = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
// A tag, branch or commit as git allows them, narrowed to characters that need no escaping in a URL path.
const safeRef = /^(?!.*\.\.)[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
/**
 * Where the rule pages live. Run as an action, GitHub names the repository and ref the action came from,
 * so the links match the version that produced the findings (and a fork's own pages); run any other way
 * (the CLI, or the action from a local path, where both variables are empty), the published repository.
 */
function ruleDocsBaseUrl(environment) {
    const repository = environment.GITHUB_ACTION_REPOSITORY?.trim() ?? '';
    const ref = environment.GITHUB_ACTION_REF?.trim() ?? '';
    if (repositoryName.test(repository) && safeRef.test(ref))
        return `https://github.com/${repository}/blob/${ref}/docs/rules/`;
    return `${publishedRepositoryUrl}/blob/${defaultBranch}/docs/rules/`;
}
/** The page of one rule, docs/rules/<id>.md, where `environment` says the documentation lives. */
function ruleDocUrl(ruleId, environment) {
    return `${ruleDocsBaseUrl(environment)}${ruleId}.md`;
}

;// CONCATENATED MODULE: ./src/rules/types.ts

/** The rule's page, for the repository and ref this run of the action came from (see report/doc-links.ts). */
function helpUri(id) {
    return ruleDocUrl(id, process.env);
}

;// CONCATENATED MODULE: ./src/report/sarif-cap.ts
/** Code scanning rejects a run with more results than this. */
const maxSarifResults = 25_000;
const sarif_cap_severityRank = { error: 0, warning: 1, notice: 2 };
/**
 * The results one SARIF run can carry: all of them when they fit, else the most severe (findings
 * before suppressed ones, then errors, warnings, notices), kept in their original order.
 */
function capResults(results, limit = maxSarifResults) {
    if (results.length <= limit)
        return { kept: [...results], leftOut: 0 };
    const rank = (result) => (result.suppressed ? 3 : 0) + sarif_cap_severityRank[result.severity];
    // Counting sort by rank: linear in the number of results.
    const byRank = [[], [], [], [], [], []];
    results.forEach((result, index) => byRank[rank(result)]?.push(index));
    const chosen = byRank.flat().slice(0, limit);
    chosen.sort((a, b) => a - b);
    return { kept: chosen.map((index) => results[index]), leftOut: results.length - limit };
}
function leftOutNotice(leftOut, total, limit = maxSarifResults) {
    return {
        level: 'warning',
        descriptor: { id: 'results-capped' },
        message: {
            text: `${leftOut} of ${total} result(s) are not in this file: code scanning accepts at most ${limit} per run, so the least severe were left out. The run's properties count all of them.`,
        },
    };
}

;// CONCATENATED MODULE: ./src/report/sarif.ts




const levels = { error: 'error', warning: 'warning', notice: 'note' };
const fingerprintKey = 'sesCredentialHygiene/v1';
function pascalCase(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, ch) => ch.toUpperCase());
}
/** Every rule, fired or not, so code scanning can show what was checked. */
function ruleDescriptors() {
    return rules.map(({ meta }) => ({
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: meta.title },
        fullDescription: { text: meta.help },
        help: {
            text: `${meta.help}\n\nDocumentation: ${helpUri(meta.id)}`,
            markdown: `${meta.help}\n\n[Documentation](${helpUri(meta.id)})`,
        },
        helpUri: helpUri(meta.id),
        defaultConfiguration: { level: levels[meta.defaultSeverity] },
        properties: {
            // Code scanning files a rule under "security" only with this tag; every rule here carries a security-severity.
            tags: meta.tags.includes('security') ? meta.tags : ['security', ...meta.tags],
            precision: meta.precision,
            'security-severity': meta.securitySeverity.toFixed(1),
        },
    }));
}
function artifactUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
const justifications = {
    inline: 'an inline ignore comment',
    config: 'ignored by the configuration',
    baseline: 'in the baseline',
};
function toResult(finding, fingerprint, options) {
    const ruleIndex = rules.findIndex((rule) => rule.meta.id === finding.ruleId);
    const result = {
        ruleId: finding.ruleId,
        ruleIndex,
        level: levels[finding.severity],
        message: { text: finding.message },
        // Findings on the repository's secrets have no file; SARIF allows a result without locations.
        locations: finding.file
            ? [
                {
                    physicalLocation: {
                        artifactLocation: { uri: artifactUri(finding.file), uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: finding.span.startLine,
                            startColumn: finding.span.startColumn,
                            endLine: finding.span.endLine,
                            endColumn: finding.span.endColumn,
                        },
                    },
                },
            ]
            : [],
        partialFingerprints: { [fingerprintKey]: fingerprint },
    };
    const properties = {
        ...(finding.credential
            ? {
                credentialName: finding.credential.name,
                ...(finding.credential.kind ? { credentialKind: finding.credential.kind } : {}),
            }
            : {}),
        ...(finding.outsideDiff ? { outsideDiff: true } : {}),
    };
    if (Object.keys(properties).length > 0)
        result.properties = properties;
    if (finding.suppressed) {
        const added = options.addedByPullRequest?.(finding);
        result.suppressions = [
            {
                kind: finding.suppressed === 'inline' ? 'inSource' : 'external',
                justification: justifications[finding.suppressed],
                properties: { source: finding.suppressed, ...(added !== undefined ? { addedByPullRequest: added } : {}) },
            },
        ];
    }
    return result;
}
/** Complete counts, for when the results had to be capped. */
function completeCounts(all, leftOut) {
    const count = (severity) => all.filter((finding) => !finding.suppressed && finding.severity === severity).length;
    return {
        results: all.length,
        resultsLeftOut: leftOut,
        errors: count('error'),
        warnings: count('warning'),
        notices: count('notice'),
        suppressed: all.filter((finding) => finding.suppressed).length,
    };
}
function toSarif(result, options = {}) {
    const limit = options.limit ?? maxSarifResults;
    const all = [...result.findings, ...result.suppressed];
    const { kept, leftOut } = capResults(all, limit);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: toolName,
                        version: toolVersion,
                        semanticVersion: toolVersion,
                        informationUri: toolInformationUri,
                        rules: ruleDescriptors(),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The scanned repository root' } } },
                results: kept.map((finding) => toResult(finding, finding.fingerprint ?? '', options)),
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: [
                            ...(leftOut > 0 ? [leftOutNotice(leftOut, all.length, limit)] : []),
                            ...result.problems.map((problem) => ({
                                level: 'note',
                                message: { text: problem.message },
                                locations: [
                                    {
                                        physicalLocation: {
                                            artifactLocation: { uri: artifactUri(problem.file), uriBaseId: '%SRCROOT%' },
                                            ...(problem.span
                                                ? { region: { startLine: problem.span.startLine, startColumn: problem.span.startColumn } }
                                                : {}),
                                        },
                                    },
                                ],
                            })),
                        ],
                    },
                ],
                columnKind: 'utf16CodeUnits',
                ...(leftOut > 0 ? { properties: completeCounts(all, leftOut) } : {}),
            },
        ],
    };
}
function renderSarif(result, options = {}) {
    return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/output/safe-write.ts



class UnsafeOutputError extends Error {
}
/**
 * Writes an output file without following links: the file is created exclusively or, when it exists,
 * opened with O_NOFOLLOW and accepted only as a regular file with one name (a hard link would write
 * through to another file); only then is it truncated. Missing parent folders are created.
 */
function safeWriteFile(path, content, options = {}) {
    const target = (0,external_node_path_namespaceObject.resolve)(path);
    ensureParents(target, options.untrustedRoot ? (0,external_node_path_namespaceObject.resolve)(options.untrustedRoot) : undefined);
    const fd = openForWriting(target);
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            throw new UnsafeOutputError(`cannot write ${path}: not a regular file`);
        if (stat.nlink > 1)
            throw new UnsafeOutputError(`cannot write ${path}: the file has other names (hard links)`);
        if (!options.append)
            (0,external_node_fs_namespaceObject.ftruncateSync)(fd, 0);
        const bytes = Buffer.from(content, 'utf8');
        let written = 0;
        while (written < bytes.length)
            written += (0,external_node_fs_namespaceObject.writeSync)(fd, bytes, written, bytes.length - written, null);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function openForWriting(target) {
    const noFollow = external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
    try {
        return (0,external_node_fs_namespaceObject.openSync)(target, external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | noFollow, 0o644);
    }
    catch (error) {
        if (errorCode(error) !== 'EEXIST')
            throw safe_write_describe(target, error);
    }
    try {
        return (0,external_node_fs_namespaceObject.openSync)(target, external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_APPEND | noFollow);
    }
    catch (error) {
        throw safe_write_describe(target, error);
    }
}
function safe_write_describe(target, error) {
    const code = errorCode(error);
    if (code === 'ELOOP')
        return new UnsafeOutputError(`cannot write ${target}: it is a symbolic link`);
    if (code === 'ENXIO')
        return new UnsafeOutputError(`cannot write ${target}: not a regular file`);
    return new UnsafeOutputError(`cannot write ${target} (${code})`);
}
/** Creates missing parents one by one; below the untrusted root, an existing parent must not be a link. */
function ensureParents(target, untrustedRoot) {
    const parent = (0,external_node_path_namespaceObject.dirname)(target);
    const below = untrustedRoot ? (0,external_node_path_namespaceObject.relative)(untrustedRoot, parent) : '';
    const inside = untrustedRoot !== undefined && !below.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(below);
    if (!inside) {
        (0,external_node_fs_namespaceObject.mkdirSync)(parent, { recursive: true });
        return;
    }
    let folder = untrustedRoot;
    for (const part of below.split(external_node_path_namespaceObject.sep).filter((name) => name !== '')) {
        folder = `${folder}${external_node_path_namespaceObject.sep}${part}`;
        let stat;
        try {
            stat = (0,external_node_fs_namespaceObject.lstatSync)(folder);
        }
        catch (error) {
            if (errorCode(error) !== 'ENOENT')
                throw safe_write_describe(folder, error);
            (0,external_node_fs_namespaceObject.mkdirSync)(folder);
            continue;
        }
        if (stat.isSymbolicLink())
            throw new UnsafeOutputError(`cannot write ${target}: ${folder} is a symbolic link`);
        if (!stat.isDirectory())
            throw new UnsafeOutputError(`cannot write ${target}: ${folder} is not a folder`);
    }
}

;// CONCATENATED MODULE: ./src/inventory.ts


const smtpChannels = { ses: 'ses-smtp', other: 'smtp', unknown: 'smtp-unknown' };
/** The channel a reference is used for in one use. */
function channelOf(reference, use) {
    const kind = reference.sink.expects;
    if (isConsoleKind(reference.supplied?.kind) || isConsoleKind(kind))
        return 'console';
    const smtp = use.destination.smtp;
    if (smtp && (kind === 'smtp-username' || isSmtpPasswordKind(kind)))
        return smtpChannels[smtp.target];
    if (kind === 'access-key-id' || kind === 'secret-access-key' || kind === 'session-token')
        return use.destination.sesApi ? 'ses-api' : 'aws-api';
    if (use.destination.registry)
        return 'registry';
    if (smtp && smtp.target !== 'other' && reference.sink.type === 'action-input')
        return smtpChannels[smtp.target];
    return 'other';
}
function addPath(entry, path) {
    const known = entry.paths.some((other) => other.via === path.via && other.file === path.file && other.channel === path.channel);
    if (!known)
        entry.paths.push(path);
}
/** Every secret the scanned files use: its kind and where it flows. */
function buildInventory(model) {
    const entries = new Map();
    for (const reference of model.references) {
        if (reference.source.type !== 'secret')
            continue;
        // A string index (`secrets['…']`) can hold any text, a pasted key too: names reach JSON, tables and Mermaid.
        const name = scrubCredentials(reference.source.name);
        const entry = entries.get(name) ?? {
            name,
            kind: reference.supplied?.kind,
            root: false,
            channels: [],
            locations: [],
            paths: [],
        };
        // A name that says nothing (`SES_USER`) takes its kind from the slot it fills: a mail action's user name.
        entry.kind ??= reference.sink.expects === 'ambiguous' ? undefined : reference.sink.expects;
        entry.root ||= reference.supplied?.root === true || reference.sink.root === true;
        entry.locations.push({ file: reference.file, line: reference.span.startLine, column: reference.span.startColumn });
        const channels = new Set(entry.channels);
        const uses = model.usesByReference.get(reference.id) ?? [];
        for (const use of uses) {
            const channel = channelOf(reference, use);
            channels.add(channel);
            addPath(entry, { via: scrubCredentials(use.label), file: use.file, channel });
        }
        if (uses.length === 0) {
            const channel = isConsoleKind(reference.supplied?.kind) ? 'console' : 'other';
            channels.add(channel);
            addPath(entry, { via: reference.file, file: reference.file, channel });
        }
        entry.channels = [...channels].sort();
        entries.set(name, entry);
    }
    const defined = model.repository.definedSecrets;
    if (defined) {
        for (const entry of entries.values())
            entry.definedIn = defined
                .filter((secret) => secret.name.toUpperCase() === entry.name.toUpperCase())
                .map((secret) => secret.scope);
        // Defined but used by no scanned file: listed too, classified by name, flowing nowhere.
        for (const secret of defined) {
            const known = [...entries.values()].find((entry) => entry.name.toUpperCase() === secret.name.toUpperCase());
            if (known)
                continue;
            const entry = entries.get(secret.name) ?? {
                name: secret.name,
                kind: secret.kind,
                root: secret.root,
                channels: [],
                locations: [],
                paths: [],
                definedIn: [],
            };
            entry.definedIn = [...(entry.definedIn ?? []), secret.scope];
            entries.set(secret.name, entry);
        }
    }
    return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
const exposureLabels = {
    'terraform-output': 'Terraform output',
    'cloudformation-output': 'CloudFormation output',
    'ssm-parameter': 'SSM String parameter',
};
/** A bare attribute name ("value") says less than any other label. */
function isBareAttribute(label) {
    return /^[A-Za-z_][\w-]*$/.test(label);
}
const exposures = new Set(Object.values(exposureLabels));
/**
 * One flow per part and place. A reference and an exposure on the same line are one flow, labelled by
 * the exposure ("Terraform output") with what the reference adds; a bare attribute name alone reads
 * "the `value` attribute".
 */
function mergeFlowsByPlace(flows) {
    const byPlace = new Map();
    for (const flow of flows) {
        const place = `${flow.part}|${flow.file}|${flow.line}`;
        byPlace.set(place, [...(byPlace.get(place) ?? []), flow]);
    }
    return [...byPlace.values()].flatMap((same) => {
        const [head] = same;
        if (!head)
            return [];
        const exposure = same.find((flow) => exposures.has(flow.to));
        const described = same.find((flow) => !exposures.has(flow.to) && !isBareAttribute(flow.to));
        const to = exposure && described
            ? `${exposure.to}: ${described.to}`
            : (exposure?.to ?? described?.to ?? `the \`${head.to}\` attribute`);
        return [{ ...head, to }];
    });
}
/** Every access key that IaC creates: its user, whether that user can sign in, and where its parts flow. */
function buildIacInventory(model) {
    return model.iam.accessKeys
        .map((accessKey) => {
        const user = model.iam.principals.find((principal) => principal.key === accessKey.userKey);
        const flows = [];
        for (const reference of model.references) {
            if (reference.source.type !== 'attribute' || reference.source.accessKey !== accessKey.key)
                continue;
            const uses = model.usesByReference.get(reference.id) ?? [];
            const where = uses[0] ? `${reference.sink.name} in ${uses[0].label}` : reference.sink.name || 'an expression';
            // Labels come from names in the files (step names, keys); redacted like every other free text.
            flows.push({
                part: reference.source.kind,
                to: scrubCredentials(where),
                file: reference.file,
                line: reference.span.startLine,
            });
        }
        for (const exposure of model.iam.exposures) {
            if (exposure.accessKeyKey !== accessKey.key)
                continue;
            flows.push({
                part: exposure.kind,
                to: exposureLabels[exposure.channel],
                file: exposure.file,
                line: exposure.span.startLine,
            });
        }
        return {
            key: accessKey.key,
            file: accessKey.file,
            line: accessKey.span.startLine,
            user: user?.label ?? accessKey.userKey?.split('::').pop(),
            consoleAccess: model.iam.loginProfiles.some((profile) => profile.userKey !== undefined && profile.userKey === accessKey.userKey),
            flows: mergeFlowsByPlace(flows),
        };
    })
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/credentials/classify.ts

/** What the value itself is: from the secret's name, or from a literal's shape. */
function classifySupplied(reference, classifyName) {
    const { source } = reference;
    if (source.type === 'secret' || source.type === 'variable' || source.type === 'input') {
        const byName = classifyName(source.name);
        return byName;
    }
    if (source.type === 'attribute')
        return { kind: source.kind, root: false };
    if (source.type === 'literal') {
        const shape = values_classifyValue(source.value);
        if (!shape)
            return undefined;
        // A key ID alone never reveals root; the name of the slot it fills can.
        const sinkRoot = classifyName(reference.sink.name)?.root === true;
        return { kind: shape.kind, root: sinkRoot };
    }
    return undefined;
}
/** Fills `supplied` and drops literals that are neither credential-shaped nor in a credential slot. */
function classifyReferences(references, classifyName) {
    const kept = [];
    for (const reference of references) {
        const supplied = classifySupplied(reference, classifyName);
        if (reference.source.type === 'literal' && !supplied && !reference.sink.expects)
            continue;
        kept.push(supplied ? { ...reference, supplied } : reference);
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/discovery/read.ts



function openRegularFile(absolute) {
    try {
        // O_NOFOLLOW: a file swapped for a link after the walk is refused, not followed; O_NONBLOCK: a FIFO does not hang.
        return { fd: (0,external_node_fs_namespaceObject.openSync)(absolute, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK) };
    }
    catch (error) {
        return { ok: false, reason: `cannot open (${errorCode(error)})` };
    }
}
/**
 * Reads a candidate as text. Files over the size limit, binary files and files that vanished or
 * became something else since the walk are refused with a reason; odd encodings are decoded.
 */
function readText(absolute, maxBytes, mayMatter) {
    const opened = openRegularFile(absolute);
    if (!('fd' in opened))
        return opened;
    const { fd } = opened;
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, reason: 'not a regular file' };
        if (stat.size > maxBytes)
            return {
                ok: false,
                reason: `larger than the limit (${stat.size} bytes > ${maxBytes}; raise max-file-size to read it)`,
                tooLarge: true,
            };
        const buffer = Buffer.allocUnsafe(stat.size);
        let filled = 0;
        while (filled < stat.size) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, filled, stat.size - filled, filled);
            if (read === 0)
                break;
            filled += read;
        }
        const bytes = buffer.subarray(0, filled);
        if (mayMatter && !isUtf16(bytes) && !mayMatter(bytes))
            return { ok: false, irrelevant: true };
        return decode(bytes);
    }
    catch (error) {
        return { ok: false, reason: `cannot read (${errorCode(error)})` };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
const read_utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
function isUtf16(bytes) {
    return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
function decode(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: 'decoded as UTF-16LE' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: 'decoded as UTF-16BE' };
    if (bytes.subarray(0, 8000).includes(0))
        return { ok: false, reason: 'binary file (NUL byte)' };
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(bom);
    try {
        return { ok: true, text: read_utf8.decode(body) };
    }
    catch {
        return { ok: true, text: utf8Lenient.decode(body), warning: 'not valid UTF-8; invalid bytes were replaced' };
    }
}
/**
 * Reads a file the checkout controls (the config, the baseline) the way scanned files are read: no
 * symbolic links (neither the file nor a folder between `root` and it), no devices or FIFOs, and at
 * most `maxBytes`, counted while reading so a file that lies about its size (`/proc`, a device) is
 * still refused.
 */
function readCheckoutFile(path, maxBytes, options = {}) {
    const linked = options.root ? linkedFolder((0,external_node_path_namespaceObject.resolve)(options.root), (0,external_node_path_namespaceObject.resolve)(path)) : undefined;
    if (linked)
        return { ok: false, missing: false, reason: `${linked} is a symbolic link, not followed` };
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'ENOENT')
            return { ok: false, missing: true, reason: 'no such file' };
        return {
            ok: false,
            missing: false,
            reason: code === 'ELOOP' ? 'symbolic link, not followed' : `cannot open (${code})`,
        };
    }
    try {
        if (!(0,external_node_fs_namespaceObject.fstatSync)(fd).isFile())
            return { ok: false, missing: false, reason: 'not a regular file' };
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(64 * 1024);
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null);
            if (read === 0)
                break;
            total += read;
            if (total > maxBytes)
                return { ok: false, missing: false, reason: `larger than ${maxBytes} bytes` };
            chunks.push(chunk.subarray(0, read));
        }
        const decoded = decode(Buffer.concat(chunks));
        return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, missing: false, reason: decoded.reason };
    }
    catch (error) {
        return { ok: false, missing: false, reason: `cannot read (${errorCode(error)})` };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The first folder between `root` and `path` that is a symbolic link, if any. */
function linkedFolder(root, path) {
    const below = (0,external_node_path_namespaceObject.relative)(root, path);
    if (below.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(below))
        return undefined;
    const parts = below.split(external_node_path_namespaceObject.sep).slice(0, -1);
    let folder = root;
    for (const part of parts) {
        folder = `${folder}${external_node_path_namespaceObject.sep}${part}`;
        try {
            if ((0,external_node_fs_namespaceObject.lstatSync)(folder).isSymbolicLink())
                return folder;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/comments/comments.ts
/** YAML (and the shell in `run:` blocks) and dotenv use `#`; HCL adds `//` and block comments; JSON has none. */
function commentSyntaxFor(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    if (/\.(?:tf|hcl|tfvars)$/.test(name))
        return 'hcl';
    if (name.endsWith('.json'))
        return 'none';
    return 'hash';
}
function findComments(text, syntax) {
    if (syntax === 'none')
        return [];
    return syntax === 'hcl' ? hclComments(text) : hashComments(text);
}
/** Characters after which a quote opens a string (YAML scalars, shell words), rather than being an apostrophe. */
const beforeString = new Set([' ', '\t', '\r', ':', '[', '{', ',', '=', '(', '|', '&', ';', '$', '`']);
function opensString(previous) {
    return previous === undefined || beforeString.has(previous);
}
/**
 * `#` starts a comment at the start of a line or after white space, outside quotes. Quotes are
 * tracked within a line only: YAML and shell strings rarely span lines, and guessing wrong across
 * lines would hide real comments for the rest of the file.
 */
function hashComments(text) {
    const comments = [];
    let line = 1;
    let quote;
    let index = 0;
    while (index < text.length) {
        const ch = text[index];
        if (ch === '\n') {
            line++;
            quote = undefined;
        }
        else if (quote) {
            if (ch === '\\' && quote === '"')
                index++;
            else if (ch === quote)
                quote = undefined;
        }
        else if ((ch === '"' || ch === "'") && opensString(text[index - 1])) {
            quote = ch;
        }
        else if (ch === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) {
            const end = lineEnd(text, index);
            comments.push({ line, text: text.slice(index + 1, end) });
            index = end;
            continue;
        }
        index++;
    }
    return comments;
}
function lineEnd(text, from) {
    const end = text.indexOf('\n', from);
    return end < 0 ? text.length : end;
}
/** HCL: `#` and `//` to the end of the line, block comments across lines; strings and heredocs are skipped. */
function hclComments(text) {
    const comments = [];
    let line = 1;
    let index = 0;
    while (index < text.length) {
        const ch = text[index];
        const next = text[index + 1];
        if (ch === '\n') {
            line++;
            index++;
        }
        else if (ch === '#' || (ch === '/' && next === '/')) {
            const start = index + (ch === '#' ? 1 : 2);
            const end = lineEnd(text, index);
            comments.push({ line, text: text.slice(start, end) });
            index = end;
        }
        else if (ch === '/' && next === '*') {
            const close = text.indexOf('*/', index + 2);
            const end = close < 0 ? text.length : close;
            text
                .slice(index + 2, end)
                .split('\n')
                .forEach((part, offset) => comments.push({ line: line + offset, text: part }));
            line += countLines(text, index, end);
            index = close < 0 ? text.length : close + 2;
        }
        else if (ch === '"') {
            const end = stringEnd(text, index);
            line += countLines(text, index, end);
            index = end;
        }
        else if (ch === '<' && next === '<') {
            const end = heredocEnd(text, index);
            line += countLines(text, index, end);
            index = end;
        }
        else
            index++;
    }
    return comments;
}
function countLines(text, from, to) {
    let count = 0;
    for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1))
        count++;
    return count;
}
/** The index after the closing quote of the string opening at `start` (HCL strings do not span lines). */
function stringEnd(text, start) {
    for (let index = start + 1; index < text.length; index++) {
        const ch = text[index];
        if (ch === '\\')
            index++;
        else if (ch === '"' || ch === '\n')
            return index + 1;
    }
    return text.length;
}
/** The index after a heredoc `<<ID` / `<<-ID` … `ID`, or just past `<<` when none opens here. */
function heredocEnd(text, start) {
    const opener = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(start, start + 80));
    if (!opener)
        return start + 2;
    const marker = opener[1] ?? '';
    let at = start + opener[0].length;
    while (at < text.length) {
        const end = lineEnd(text, at);
        if (text.slice(at, end).trim() === marker)
            return end;
        at = end + 1;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./src/comments/markers.ts

const ignoreMarker = /ses-credential-hygiene:[ \t]*ignore\[([^\]]*)\]/;
/**
 * Line → rule ids ignored there (`*`: all), from `ses-credential-hygiene: ignore[…]` markers inside
 * real comments of the file; a marker in a string or a value does not count. A marker covers its own
 * line and the line below it.
 */
function inlineIgnoresInComments(text, path) {
    const ignores = new Map();
    if (!text.includes('ses-credential-hygiene:'))
        return ignores;
    for (const comment of findComments(text, commentSyntaxFor(path))) {
        const match = ignoreMarker.exec(comment.text);
        if (!match)
            continue;
        const ids = (match[1] ?? '')
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean);
        for (const line of [comment.line, comment.line + 1]) {
            const set = ignores.get(line) ?? new Set();
            for (const id of ids.length > 0 ? ids : ['*'])
                set.add(id);
            ignores.set(line, set);
        }
    }
    return ignores;
}

;// CONCATENATED MODULE: ./src/suppressions/inline.ts

/**
 * The ignore comments of one file, found in its real comments only (never in a string or a value,
 * which a pull request chooses as freely as a comment but which nobody reads as one).
 */
function readInlineIgnores(text, path) {
    return inlineIgnoresInComments(text, path);
}
/** Whether an ignore comment covers this rule on this line of the file. */
function ignoredInline(ignores, finding) {
    const ids = ignores.get(finding.file)?.get(finding.span.startLine);
    return ids !== undefined && (ids.has('*') || ids.has(finding.ruleId));
}

;// CONCATENATED MODULE: ./src/formats/text/chunked.ts


/**
 * The text layer over text that arrives in pieces (a file too large to hold): the same literals, at the
 * same lines and columns, as one pass over the whole text would find, holding at most one piece and a
 * margin in memory.
 *
 * Each pass reads a window of the text; what it finds is kept only where the window saw everything the
 * finding depends on: the value's whole base64 run and the name up to `literalReach` characters before
 * it. So a window keeps findings that start at least `literalReach` after its start and end before its
 * last `literalReach` characters, and the next window starts `literalReach` before where the last one
 * stopped keeping. Whether a key ID stood earlier on the line, which may be further back than any
 * margin, is carried from window to window.
 */
class ChunkedLiteralScan {
    isSecretKeyName;
    window = '';
    /** Offsets in the whole text (UTF-16 units, as the whole-text layer counts them). */
    windowStart = 0;
    keepFrom = 0;
    /** The 1-based line the window starts on, and where that line starts in the whole text. */
    line = 1;
    lineStart = 0;
    keyIdOnLine = false;
    insideRun = false;
    /** The last key ID kept before the window's start, and those kept at or after it (a margin's worth). */
    lastKeyIdBefore = -1;
    keyIdsInWindow = [];
    found = [];
    constructor(isSecretKeyName) {
        this.isSecretKeyName = isSecretKeyName;
    }
    /** Adds the next piece of text; windows are read as soon as enough text has come. */
    push(text) {
        this.window += text;
        if (this.window.length > 4 * literalReach)
            this.read(false);
    }
    /** Reads what is left and gives every literal found, in the order of the text. */
    end() {
        this.read(true);
        this.window = '';
        return this.found;
    }
    read(last) {
        const windowEnd = this.windowStart + this.window.length;
        const keepTo = last ? windowEnd : windowEnd - literalReach;
        const hits = findLiterals(this.window, this.isSecretKeyName, {
            keyIdOnLine: this.keyIdOnLine,
            insideRun: this.insideRun,
        });
        const lines = new LineIndex(this.window);
        for (const hit of hits) {
            const start = this.windowStart + hit.start;
            if (start < this.keepFrom || start >= keepTo)
                continue;
            const end = this.windowStart + hit.end;
            this.found.push({ hit: { ...hit, start, end }, span: this.place(lines, hit.start, hit.end) });
            if (hit.kind === 'access-key-id')
                this.keyIdsInWindow.push(start);
        }
        if (!last)
            this.moveTo(keepTo - literalReach, keepTo);
    }
    /** A window offset's line and column in the whole text. */
    place(lines, start, end) {
        const local = lines.span(start, end);
        const shift = (line, column) => line === 1
            ? { line: this.line, column: column + this.windowStart - this.lineStart }
            : { line: line + this.line - 1, column };
        const from = shift(local.startLine, local.startColumn);
        const to = shift(local.endLine, local.endColumn);
        return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
    }
    /** Starts the next window at `start`, carrying what the text before it says about that point. */
    moveTo(start, keepFrom) {
        const cut = start - this.windowStart;
        const dropped = this.window.slice(0, cut);
        const lastNewline = dropped.lastIndexOf('\n');
        if (lastNewline >= 0) {
            let newlines = 0;
            for (let at = dropped.indexOf('\n'); at >= 0; at = dropped.indexOf('\n', at + 1))
                newlines++;
            this.line += newlines;
            this.lineStart = this.windowStart + lastNewline + 1;
        }
        // Every key ID before `start` has been kept by now, so the last one kept before it says whether one is on the line.
        const passed = this.keyIdsInWindow.filter((keyIdStart) => keyIdStart < start);
        this.lastKeyIdBefore = passed[passed.length - 1] ?? this.lastKeyIdBefore;
        this.keyIdsInWindow = this.keyIdsInWindow.slice(passed.length);
        this.keyIdOnLine = this.lastKeyIdBefore >= this.lineStart;
        this.insideRun = cut > 0 && isBase64Char(this.window.charCodeAt(cut - 1));
        this.window = this.window.slice(cut);
        this.windowStart = start;
        this.keepFrom = keepFrom;
    }
}

;// CONCATENATED MODULE: ./src/discovery/read-chunks.ts




/** How much of a file too large to parse is still read as text, and in what pieces. */
const textOnlyReadCap = 64 * 1024 * 1024;
const textChunkBytes = 1024 * 1024;
/** Bytes kept from one chunk for the next one's `mayMatter` test, so a format's word across the cut is seen. */
const wordReach = 64;
/**
 * Reads a file as decoded text, one chunk at a time and never more than `cap` bytes, for a file too
 * large to parse whose text is still looked through. Decoding streams across chunks, so a character cut
 * by a chunk's end is whole in the text given. A binary file (a NUL byte near its start) is refused.
 */
function readTextInChunks(absolute, onText, options = {}) {
    const opened = openRegularFile(absolute);
    if (!('fd' in opened))
        return opened;
    const { fd } = opened;
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, reason: 'not a regular file' };
        const limit = Math.min(stat.size, options.cap ?? textOnlyReadCap);
        const buffer = Buffer.allocUnsafe(Math.min(limit, options.chunkBytes ?? textChunkBytes));
        let decoder;
        let relevant = options.mayMatter === undefined;
        let tail = Buffer.alloc(0);
        let position = 0;
        while (position < limit) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, Math.min(buffer.length, limit - position), position);
            if (read === 0)
                break;
            const bytes = buffer.subarray(0, read);
            if (!decoder) {
                const utf16 = isUtf16(bytes);
                if (!utf16 && bytes.subarray(0, 8000).includes(0))
                    return { ok: false, reason: 'binary file (NUL byte)' };
                // The decoders drop a byte-order mark, as the whole-file reader does.
                decoder = new external_node_util_namespaceObject.TextDecoder(!utf16 ? 'utf-8' : bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
                relevant ||= utf16;
            }
            if (!relevant) {
                relevant = options.mayMatter?.(Buffer.concat([tail, bytes])) ?? true;
                tail = Buffer.from(bytes.subarray(Math.max(0, read - wordReach)));
            }
            onText(decoder.decode(bytes, { stream: true }));
            position += read;
        }
        if (decoder)
            onText(decoder.decode());
        return { ok: true, size: stat.size, capped: limit < stat.size, relevant };
    }
    catch (error) {
        return { ok: false, reason: `cannot read (${errorCode(error)})` };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/parse-files.ts









/** Parses one file's text into its model; a crashing adapter becomes a problem, never an exception. */
function parseFile(path, text, context, limits = defaultParseLimits, adapter = adapterFor(path)) {
    if (!adapter)
        return { file: path, format: 'none', references: [], uses: [], problems: [] };
    const refuse = (message) => ({
        file: path,
        format: adapter.id,
        references: [],
        uses: [],
        problems: [{ file: path, message: `${message}; ${textOnlyNote}` }],
    });
    // Checked before any parser runs, so deep or alias-heavy input never reaches recursive code.
    const depth = nestingDepth(text, limits.maxDepth);
    if (depth > limits.maxDepth)
        return refuse(`skipped: nested deeper than ${limits.maxDepth} levels (raise max-depth to read it)`);
    if (text.includes('*') && aliasCount(text, limits.maxAliases) > limits.maxAliases)
        return refuse(`skipped: more than ${limits.maxAliases} YAML aliases (raise max-aliases to read it)`);
    if (nodeEstimate(text, limits.maxNodes) > limits.maxNodes)
        return refuse(`skipped: more than ${limits.maxNodes} items (raise max-nodes to read it)`);
    try {
        return adapter.parse(path, text, context);
    }
    catch (error) {
        // A stack overflow (an expression of thousands of terms) is the input's depth, not a bug to show.
        const reason = error instanceof RangeError
            ? 'an expression or nesting too deep for its parser'
            : error instanceof Error
                ? error.message
                : String(error);
        return {
            file: path,
            format: adapter.id,
            references: [],
            uses: [],
            problems: [{ file: path, message: `could not be read as ${adapter.description}: ${reason}; ${textOnlyNote}` }],
        };
    }
}
function parse_files_parseText(path, text, settings, problems = [], adapter = adapterFor(path)) {
    const classify = (name) => classifyName(name, settings.nameRules);
    // Under every parser, whatever became of it: a literal key is found even where parsing failed.
    const model = withTextLayer(parseFile(path, text, { classifyName: classify }, settings.limits, adapter), text, classify);
    const ignores = readInlineIgnores(text, path);
    return {
        path,
        model: { ...model, references: classifyReferences(model.references, classify) },
        ...(ignores.size > 0 ? { ignores } : {}),
        problems,
    };
}
/** Reads and parses candidates, loading only the parsers they need. */
async function readAndParse(candidates, settings) {
    await prepareAdapters(candidates.map((candidate) => candidate.path));
    return candidates.map((candidate) => {
        const adapter = adapterFor(candidate.path);
        const read = readText(candidate.absolute, settings.maxFileBytes, adapter?.mayMatter);
        if ('irrelevant' in read)
            return { path: candidate.path, problems: [] };
        if ('tooLarge' in read)
            return readAsTextOnly(candidate, read.reason, adapter, settings);
        if (!read.ok)
            return { path: candidate.path, problems: [{ file: candidate.path, message: `skipped: ${read.reason}` }] };
        return parse_files_parseText(candidate.path, read.text, settings, read.warning ? [{ file: candidate.path, message: read.warning }] : [], adapter);
    });
}
/**
 * A file over the size limit is not parsed, but its text is still read, in bounded chunks and at most
 * `textOnlyReadCap` bytes of it, so a key in a large file is found at its exact line and column.
 */
function readAsTextOnly(candidate, tooLarge, adapter, settings) {
    const classify = (name) => classifyName(name, settings.nameRules);
    const scan = new ChunkedLiteralScan(secretKeyNamed(classify));
    const read = readTextInChunks(candidate.absolute, (text) => scan.push(text), {
        ...(adapter?.mayMatter ? { mayMatter: adapter.mayMatter } : {}),
    });
    const { path } = candidate;
    // A binary file, or one that went away, is skipped for its size as before: there is no text to read.
    if (!read.ok)
        return { path, problems: [{ file: path, message: `skipped: ${tooLarge}` }] };
    if (!read.relevant)
        return { path, problems: [] };
    const part = read.capped ? ` in its first ${textOnlyReadCap / (1024 * 1024)} MiB` : '';
    const model = withLiterals({
        file: path,
        format: adapter?.id ?? 'none',
        references: [],
        uses: [],
        problems: [{ file: path, message: `skipped: ${tooLarge}; ${textOnlyNote}${part}` }],
    }, scan.end());
    return { path, model: { ...model, references: classifyReferences(model.references, classify) }, problems: [] };
}

;// CONCATENATED MODULE: ./src/credentials/smtp-password.ts

const hmac = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();
/** The SES SMTP password (version 4) for a secret access key in one region. */
function smtp_password_deriveSmtpPasswordV4(secretAccessKey, region) {
    const kDate = hmac(`AWS4${secretAccessKey}`, '11111111');
    const kRegion = hmac(kDate, region);
    const kService = hmac(kRegion, 'ses');
    const kTerminal = hmac(kService, 'aws4_request');
    const kMessage = hmac(kTerminal, 'SendRawEmail');
    return Buffer.concat([Buffer.from([0x04]), kMessage]).toString('base64');
}
/** The retired, region-free version 2 password that SES no longer accepts. */
function deriveSmtpPasswordV2(secretAccessKey) {
    return Buffer.concat([Buffer.from([0x02]), hmac(secretAccessKey, 'SendRawEmail')]).toString('base64');
}

;// CONCATENATED MODULE: ./src/credentials/check-values.ts




/** Variables the runner and this action set, never user credentials. */
const runnerVariable = /^(?:GITHUB|RUNNER|INPUT|ACTIONS|CI|HOME|PATH|NODE|NPM)_|^(?:CI|HOME|PATH|PWD|SHELL|USER)$/;
/** The step's environment variables whose names say they hold a credential. */
function credentialVariables(env, classify) {
    const found = [];
    for (const [name, value] of Object.entries(env)) {
        if (!value || runnerVariable.test(name))
            continue;
        const kind = classify(name)?.kind;
        if (kind && kind !== 'ambiguous')
            found.push({ name, value, kind });
    }
    return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}
/** Reads credential values by shape and, given a secret access key beside an SMTP password, by derivation in every region. */
function valueEvidence(variables) {
    // By name, not shape: a key given under a secret-key name is the one to derive from.
    const secretKey = variables.find((variable) => variable.kind === 'secret-access-key' && !classifyValue(variable.value)?.kind?.startsWith('smtp-password'));
    return variables.map((variable) => {
        const shapeKind = classifyValue(variable.value)?.kind;
        const evidence = { name: variable.name, nameKind: variable.kind, shapeKind };
        if (secretKey &&
            (variable.kind === 'smtp-password' || variable.kind === 'smtp-password-v2') &&
            shapeKind === 'smtp-password') {
            const regions = awsRegions.filter((region) => deriveSmtpPasswordV4(secretKey.value, region) === variable.value);
            evidence.derivedFrom = { secretName: secretKey.name, regions };
        }
        return evidence;
    });
}
/**
 * Judges the evidence against the regions of the SMTP endpoints the repository uses: a password derived
 * for one of them matches, one derived for another region is told apart from one made from another key.
 * With no region in use, a derivation for any region matches.
 */
function factsForRegions(evidence, smtpRegions) {
    return evidence.map(({ derivedFrom, ...facts }) => {
        if (!derivedFrom)
            return facts;
        const expectedMatch = smtpRegions.find((region) => derivedFrom.regions.includes(region));
        const anyMatch = expectedMatch ?? derivedFrom.regions[0];
        return {
            ...facts,
            derivation: {
                status: expectedMatch || (smtpRegions.length === 0 && anyMatch) ? 'match' : anyMatch ? 'region-mismatch' : 'mismatch',
                ...(anyMatch ? { region: anyMatch } : {}),
                secretName: derivedFrom.secretName,
                expectedRegions: [...smtpRegions],
            },
        };
    });
}
/**
 * Checks credential values by shape and, given a secret access key beside an SMTP password, by
 * derivation: for the regions of the SMTP endpoints the repository uses, then for every region, so a
 * password made for another region is told apart from one made from another key.
 */
function checkValues(variables, smtpRegions) {
    return factsForRegions(valueEvidence(variables), smtpRegions);
}
/** Access key pairs among the variables: by shared stem, or the only ID with the only secret. */
function accessKeyPairs(variables) {
    const ids = variables.filter((v) => v.kind === 'access-key-id');
    const secrets = variables.filter((v) => v.kind === 'secret-access-key');
    const tokens = variables.filter((v) => v.kind === 'session-token');
    return ids.flatMap((id) => {
        const secret = secrets.find((s) => sameStem(s.name, id.name)) ??
            (ids.length === 1 && secrets.length === 1 ? secrets[0] : undefined);
        if (!secret)
            return [];
        const token = tokens.find((t) => sameStem(t.name, id.name));
        return [
            {
                idName: id.name,
                accessKeyId: id.value,
                secretAccessKey: secret.value,
                ...(token ? { sessionToken: token.value } : {}),
            },
        ];
    });
}

;// CONCATENATED MODULE: ./src/outside-facts.ts

/** The repository context the rules see, once the workflows' SES SMTP regions are known. */
function repositoryContext(facts, smtpRegions) {
    return {
        values: factsForRegions(facts.values, smtpRegions),
        ...(facts.definedSecrets ? { definedSecrets: facts.definedSecrets } : {}),
    };
}

;// CONCATENATED MODULE: ./src/suppressions/apply.ts

/** Why a finding is suppressed, first match wins: an ignore comment, then the config file, then the baseline. */
function suppressionOf(finding, sources) {
    if (ignoredInline(sources.inline, finding))
        return 'inline';
    if (sources.config.some((ignore) => ignore.matches(finding.file) && (!ignore.rules || ignore.rules.has(finding.ruleId))))
        return 'config';
    if (finding.fingerprint !== undefined && sources.baseline?.has(finding.fingerprint))
        return 'baseline';
    return undefined;
}
/**
 * Gives each finding its final state, once: counted, counted but outside the pull request's diff, or
 * suppressed with its reason. Order is kept, so findings sorted worst first stay so; suppressions written
 * in the repository are listed before those from the baseline. Fingerprints are not touched: they were
 * counted over every finding, so suppressing one never renumbers another.
 */
function applySuppressions(findings, sources) {
    const counted = [];
    const inRepository = [];
    const inBaseline = [];
    for (const finding of findings) {
        const suppressed = suppressionOf(finding, sources);
        if (suppressed === 'baseline')
            inBaseline.push({ ...finding, suppressed });
        else if (suppressed)
            inRepository.push({ ...finding, suppressed });
        else if (sources.changedFiles && !sources.changedFiles.has(finding.file))
            counted.push({ ...finding, outsideDiff: true });
        else
            counted.push(finding);
    }
    return { findings: counted, suppressed: [...inRepository, ...inBaseline] };
}

;// CONCATENATED MODULE: ./src/scan.ts











/** Joins parsed files into one model and runs the rules: the second half of every scan. */
function analyze(parsed, config, extraProblems, root, repository, outside = {}) {
    const models = [];
    const ignores = new Map();
    // Path order, whatever order the files came in: every list built below inherits it.
    for (const file of [...parsed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        if (file.model)
            models.push(file.model);
        if (file.ignores)
            ignores.set(file.path, file.ignores);
    }
    const joined = joinModels(models, adapterJoins);
    // Facts from outside the files need the workflows' SMTP regions, so they join the model afterwards.
    const smtpRegions = [
        ...new Set(joined.uses.flatMap((use) => (use.destination.smtp?.target === 'ses' ? use.destination.smtp.regions : []))),
    ].sort();
    const model = repository ? { ...joined, repository: repository({ smtpRegions }) } : joined;
    const { findings, suppressed } = applySuppressions(runRules(model, config), {
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
function scanTexts(files, config = defaultConfig(), extraProblems = [], root = '.') {
    return analyze(files.map(({ path, text }) => parseText(path, text, config)), config, extraProblems, root);
}
/** Walks `root`, reads and parses every file some adapter understands, and scans them. */
async function scan(options) {
    const config = options.config ?? config_defaultConfig();
    const facts = options.repository;
    const included = config.include.length > 0 ? anyGlob(config.include) : undefined;
    const only = options.only;
    const wanted = (path) => (!only || only.has(path)) && adapterFor(path) !== undefined && (!included || included(path));
    const { candidates, skipped } = walk(options.root, { wanted, excluded: anyGlob(config.exclude) });
    const parsed = await readAndParse(candidates, {
        nameRules: config.nameRules,
        maxFileBytes: config.maxFileBytes,
        limits: config.limits,
    });
    return analyze(parsed, config, skipped.map((skip) => ({ file: skip.path, message: `skipped: ${skip.reason}` })), options.root, facts && (({ smtpRegions }) => repositoryContext(facts, smtpRegions)), options.suppressions);
}

;// CONCATENATED MODULE: ./src/suppressions/baseline.ts


class BaselineError extends Error {
}
/** Baseline files are small; anything larger is refused rather than read. */
const maxBaselineBytes = 1024 * 1024;
/** The fingerprints a baseline file accepts; a BaselineError names the file when it is missing or malformed. */
async function readBaseline(path) {
    // Read like a scanned file: a baseline in the checkout may be a link to a device or to anything else.
    const read = readCheckoutFile(path, maxBaselineBytes);
    if (!read.ok)
        throw new BaselineError(`cannot read the baseline ${path}: ${read.reason}`);
    return parseBaseline(read.text, path);
}
/** The fingerprints of a baseline's text; `source` names it in errors. */
function parseBaseline(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineError(`cannot read the baseline ${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const file = parsed;
    if (file.version !== 1 ||
        !Array.isArray(file.fingerprints) ||
        !file.fingerprints.every((entry) => typeof entry?.fingerprint === 'string')) {
        throw new BaselineError(`${source} is not a version-1 baseline (write one with --write-baseline)`);
    }
    return new Set(file.fingerprints.map((entry) => entry.fingerprint));
}
function baselineOf(result) {
    return {
        version: 1,
        fingerprints: result.findings.map((finding) => ({
            fingerprint: finding.fingerprint ?? '',
            ruleId: finding.ruleId,
            file: finding.file,
        })),
    };
}
async function writeBaseline(path, result) {
    safeWriteFile(path, `${JSON.stringify(baselineOf(result), null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/cli.ts


















const usage = `Usage: ${toolName} [PATH ...] [options]

Scans workflows, composite actions and IaC (Terraform, CloudFormation/SAM, Serverless, Kubernetes,
docker-compose, .env) for SES credential mistakes. Each PATH (default: .) is a folder, scanned whole, or
a file, scanned as if in its repository (the nearest folder above it with .git or .github/).

Options:
  -f, --format text|json|sarif|github
                                    output format (default: text)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is this severe or worse (default: error)
  -c, --config FILE                 config file (default: .github/ses-credential-hygiene.yml at the
                                    repository root, if present)
  --include GLOB, --exclude GLOB    limit the files scanned (repeatable; picomatch globs)
  -o, --output FILE                 write the report to FILE (folders are created) instead of standard output
  --strict                          also exit 1 when a file could not be read, or nothing was scanned
  --baseline FILE                   findings in this baseline are reported as suppressed, never failing
  --write-baseline FILE             write the current findings as a baseline and exit 0
  --list-rules                      list the rules: id, default severity, title
  --explain RULE                    print a rule's documentation
  --no-color                        plain text even on a terminal (also NO_COLOR; FORCE_COLOR forces colour)
  -h, --help                        show this help
  -v, --version                     show the version

Exit status: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad usage or an error.
`;
const formats = ['text', 'json', 'sarif', 'github'];
function isFormat(value) {
    return formats.includes(value);
}
const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
    env: process.env,
};
/** Colour on a terminal; NO_COLOR and --no-color turn it off, FORCE_COLOR on (never into a file). */
function wantsColour(options, io) {
    if (options.noColor || options.output)
        return false;
    const env = io.env ?? {};
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0')
        return true;
    return io.isTty;
}
/** Scans every target with its repository's config; one result, paths from the working folder when there are several. */
async function scanAll(options, baseline) {
    const targets = scanTargets(options.paths);
    const parts = [];
    for (const target of targets) {
        const config = withGlobs(await loadConfig(target.root, options.config), options.include, options.exclude);
        const result = await scan({
            root: target.root,
            config,
            ...(target.files ? { only: target.files } : {}),
            ...(baseline ? { suppressions: { baseline } } : {}),
        });
        parts.push({ result, place: (0,external_node_path_namespaceObject.relative)(process.cwd(), target.root).split('\\').join('/') });
    }
    // One folder keeps its paths relative to itself, as they always were.
    const [single] = parts;
    if (single && parts.length === 1 && !targets[0]?.files)
        return single.result;
    return mergeResults(parts, process.cwd());
}
/** Warnings for a scan that probably did not do what was asked; under --strict they fail the run. */
function scanWarnings(options, result) {
    const warnings = scanTargets(options.paths)
        .filter((target) => !target.files)
        .flatMap((target) => unmatchedGlobs(target.root, options.include, options.exclude))
        .map((flag) => `${flag} matches no file that could be scanned`);
    if (result.files === 0)
        warnings.push('no file was scanned: no path given holds a workflow, action or IaC file');
    return warnings;
}
/** Runs the CLI and returns its exit status. */
async function main(argv, io = processIo) {
    try {
        const options = parseCommandLine(argv);
        if (options.help) {
            io.stdout(usage);
            return 0;
        }
        if (options.version) {
            io.stdout(`${toolVersion}\n`);
            return 0;
        }
        if (options.listRules) {
            io.stdout(listRules());
            return 0;
        }
        if (options.explain !== undefined) {
            io.stdout(explainRule(options.explain));
            return 0;
        }
        const format = options.format ?? 'text';
        if (!isFormat(format))
            throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}"`);
        const failOn = parseSeverityThreshold(options.failOn ?? 'error');
        if (!failOn)
            throw new UsageError(`--fail-on must be error, warning, notice or never, not "${options.failOn}"`);
        if (options.writeBaseline) {
            const scanned = await scanAll(options, undefined);
            await writeBaseline(options.writeBaseline, scanned);
            io.stderr(`${toolName}: wrote ${scanned.findings.length} finding(s) to the baseline ${options.writeBaseline}\n`);
            return 0;
        }
        const baseline = options.baseline ? await readBaseline(options.baseline) : undefined;
        const result = await scanAll(options, baseline);
        const warnings = scanWarnings(options, result);
        for (const warning of warnings)
            io.stderr(`${toolName}: warning: ${warning}\n`);
        const report = render(result, format, { colour: wantsColour(options, io) });
        // No-follow and folders created: a link in the checkout cannot lead the report elsewhere.
        if (options.output)
            safeWriteFile(options.output, report);
        else
            io.stdout(report);
        const decision = exitDecision(result, { failOn, strict: options.strict, scanWarnings: warnings.length });
        if (!decision.fail)
            return 0;
        io.stderr(`${decision.reason}\n`);
        return 1;
    }
    catch (error) {
        // Usage mistakes, config and baseline errors alike: one line (or the config's list), never a stack or the whole help.
        io.stderr(`${toolName}: ${errorText(error)}\n`);
        return 2;
    }
}
function render(result, format, options) {
    switch (format) {
        case 'json':
            return renderJson(result);
        case 'sarif':
            return renderSarif(result);
        case 'github': {
            const plan = planAnnotations(result.findings, result.problems);
            return plan.commands.map((command) => `${command}\n`).join('');
        }
        case 'text':
            return renderText(result, options);
    }
}


/***/ }),

/***/ 2879:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "3be45e2eea811a05c780.wasm";

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 33:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ Language),
/* harmony export */   iX: () => (/* binding */ Parser)
/* harmony export */ });
/* unused harmony exports CaptureQuantifier, Edit, LANGUAGE_VERSION, LookaheadIterator, MIN_COMPATIBLE_VERSION, Node, Query, Tree, TreeCursor */
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });

// src/edit.ts
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};

// src/constants.ts
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;

// src/finalization_registry.ts
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");

// src/lookahead_iterator.ts
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};

// src/tree.ts
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};

// src/tree_cursor.ts
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};

// src/node.ts
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};

// src/marshal.ts
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");

// src/language.ts
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1943, 19));
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};

// lib/web-tree-sitter.mjs
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire } = await import("node:module");
    var require = createRequire(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL(/* asset import */ __nccwpck_require__(2879), __nccwpck_require__.b).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;

// src/bindings.ts
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");

// src/parser.ts
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// src/query.ts
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

//# sourceMappingURL=web-tree-sitter.js.map


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	// no install chunk
/******/ 	
/******/ 	// no chunk on demand loading
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
