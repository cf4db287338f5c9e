/**
 * Checks a `names:` pattern before it is compiled. The config file can come from the scanned checkout,
 * and a backtracking engine runs `^(A+)+$` for ever on a crafted name, so a pattern must not be able to
 * make matching slower than a small polynomial: a quantified group that itself holds a quantifier or an
 * alternation (`(a+)+`, `(a|aa)*`) backtracks exponentially, more than two unbounded quantifiers
 * (`.*.*.*X`) multiply their tries, and backreferences and look-arounds escape the regular class
 * altogether. Bounded ranges and optional parts multiply the tries too (`A{0,256}` three times: 5 s on
 * one name of 256 characters; `A?` twenty times: 7 s): each quantifier counts the ways it can match, a
 * name being at most 256 characters (`*`, `+`, `{n,}`: 256; `{n,m}`: m − n + 1; `?`: 4, as it also
 * doubles the tries of the quantifiers around it), and their product may not pass two unbounded
 * quantifiers with one optional part. Each is refused with the reason. One pass over the pattern; its
 * length is capped by the schema and the length of the names it runs on by the classifier.
 */
export function unsafePatternReason(pattern: string): string | undefined {
  interface Group {
    quantified: boolean;
    alternated: boolean;
  }
  const stack: Group[] = [{ quantified: false, alternated: false }];
  /** The atom a quantifier would apply to: a closed group (with what it held) or a single character. */
  let lastAtom: Group | 'char' | undefined;
  let unbounded = 0;
  let ways = 1;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const top = stack[stack.length - 1];
    if (!top) return 'unbalanced parentheses';
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) return 'backreferences are not allowed';
      i++;
      lastAtom = 'char';
    } else if (ch === '[') {
      // A character class is one atom; skip to its closing bracket, minding escapes.
      i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      lastAtom = 'char';
    } else if (ch === '(') {
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
        } else i++;
      }
      lastAtom = undefined;
    } else if (ch === ')') {
      const closed = stack.pop();
      const parent = stack[stack.length - 1];
      if (!closed || !parent) return 'unbalanced parentheses';
      parent.quantified ||= closed.quantified;
      lastAtom = closed;
    } else if (ch === '|') {
      top.alternated = true;
      lastAtom = undefined;
    } else if (ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i)))) {
      const start = i;
      if (ch === '{') i = pattern.indexOf('}', i);
      const braces = pattern.slice(start, i + 1);
      if (pattern[i + 1] === '?') i++; // lazy suffix
      // `?` (at most once) cannot multiply the ways to match; a repetition can.
      const repeats = ch !== '?' && !/^\{0?,?1\}/.test(braces);
      if (repeats && lastAtom && lastAtom !== 'char' && (lastAtom.quantified || lastAtom.alternated))
        return 'a repeated group may not itself repeat or hold alternatives (it can take exponential time)';
      if (ch === '*' || ch === '+' || braces.endsWith(',}')) unbounded++;
      if (unbounded > 2)
        return 'more than two unbounded quantifiers (*, + or {n,}) are not allowed (they multiply the time)';
      ways *= quantifierWays(ch, braces);
      if (ways > maxWays)
        return 'its quantifiers together (ranges {n,m}, optional parts ?, and *, +) could take more tries than two unbounded ones and an optional part';
      top.quantified = true;
      lastAtom = undefined;
    } else lastAtom = 'char';
  }
  return stack.length === 1 ? undefined : 'unbalanced parentheses';
}

/** The most characters a classified name has (`longestName` in credentials/names.ts), so the most ways an unbounded quantifier matches. */
const longestName = 256;

/** Two unbounded quantifiers and an optional part: what a pattern's quantifiers may multiply to. */
const maxWays = longestName * longestName * 4;

/** The ways one quantifier can match in a name: `?` counts 4, since it also doubles the tries of the others. */
function quantifierWays(ch: string, braces: string): number {
  if (ch === '*' || ch === '+') return longestName;
  if (ch === '?') return 4;
  const range = /^\{(\d+)(,(\d*))?\}/.exec(braces);
  if (!range || range[2] === undefined) return 1;
  if (range[3] === '') return longestName;
  const spread = Number(range[3]) - Number(range[1]) + 1;
  return spread <= 1 ? 1 : spread === 2 ? 4 : Math.min(longestName, spread);
}
