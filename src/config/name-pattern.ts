/**
 * Checks a `names:` pattern before it is compiled. The config file comes from the scanned checkout, so
 * a pattern must not be able to make matching slower than linear: a quantified group that itself holds
 * a quantifier or an alternation (`(a+)+`, `(a|aa)*`) backtracks exponentially, and backreferences
 * escape the regular class altogether. Both are refused with the reason. One pass over the pattern.
 */
export function unsafePatternReason(pattern: string): string | undefined {
  interface Group {
    quantified: boolean;
    alternated: boolean;
  }
  const stack: Group[] = [{ quantified: false, alternated: false }];
  /** The atom a quantifier would apply to: a closed group (with what it held) or a single character. */
  let lastAtom: Group | 'char' | undefined;
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
      // Group modifiers (`?:`, `?=`, `?<name>`) are not quantifiers.
      if (pattern[i + 1] === '?') {
        i++;
        if (pattern[i + 1] === '<' && pattern[i + 2] !== '=' && pattern[i + 2] !== '!') {
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
      if (pattern[i + 1] === '?') i++; // lazy suffix
      // `?` (at most once) cannot multiply the ways to match; a repetition can.
      const repeats = ch !== '?' && !/^\{0?,?1\}/.test(pattern.slice(start));
      if (repeats && lastAtom && lastAtom !== 'char' && (lastAtom.quantified || lastAtom.alternated))
        return 'a repeated group may not itself repeat or hold alternatives (it can take exponential time)';
      top.quantified = true;
      lastAtom = undefined;
    } else lastAtom = 'char';
  }
  return stack.length === 1 ? undefined : 'unbalanced parentheses';
}
