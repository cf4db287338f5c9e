/**
 * Checks a `names:` pattern from the config before it is compiled. The config can come from the
 * pull request being scanned, and a backtracking engine runs `^(A+)+$` for ever on a crafted name,
 * so only patterns whose running time stays polynomial and small are accepted: no quantifier on a
 * group that itself repeats or branches, no back-references or look-arounds, and at most two
 * unbounded quantifiers; names themselves are capped in length by the classifier.
 */
export function namePatternProblem(source: string): string | undefined {
  if (source.length > 500) return 'is longer than 500 characters';
  /** For each open group: whether it holds a quantifier or an alternation. */
  const groups: boolean[] = [];
  let lastGroupRepeats = false;
  let unbounded = 0;
  for (let index = 0; index < source.length; index++) {
    const ch = source[index];
    if (ch === '\\') {
      const next = source[index + 1] ?? '';
      if (/[1-9k]/.test(next)) return 'uses a back-reference';
      index++;
      lastGroupRepeats = false;
      continue;
    }
    if (ch === '[') {
      index = endOfClass(source, index);
      lastGroupRepeats = false;
      continue;
    }
    if (ch === '(') {
      if (/^\(\?<?[=!]/.test(source.slice(index, index + 4))) return 'uses a look-ahead or look-behind';
      groups.push(false);
      continue;
    }
    if (ch === ')') {
      lastGroupRepeats = groups.pop() ?? false;
      continue;
    }
    if (ch === '|') {
      if (groups.length > 0) groups[groups.length - 1] = true;
      continue;
    }
    const quantifier = quantifierAt(source, index);
    if (quantifier) {
      if (source[index - 1] === ')' && lastGroupRepeats)
        return 'repeats a group that itself repeats or branches (nested quantifiers can take exponential time)';
      if (quantifier.unbounded) unbounded++;
      if (unbounded > 2) return 'has more than two unbounded quantifiers (*, + or {n,})';
      if (groups.length > 0) groups[groups.length - 1] = true;
      index = quantifier.end;
      if (source[index + 1] === '?') index++;
      lastGroupRepeats = false;
      continue;
    }
    lastGroupRepeats = false;
  }
  return undefined;
}

function endOfClass(source: string, start: number): number {
  for (let index = start + 1; index < source.length; index++) {
    if (source[index] === '\\') index++;
    else if (source[index] === ']' && index > start + 1) return index;
  }
  return source.length;
}

/** A quantifier starting at `index`: where it ends and whether it has no upper bound. */
function quantifierAt(source: string, index: number): { end: number; unbounded: boolean } | undefined {
  const ch = source[index];
  if (ch === '*' || ch === '+') return { end: index, unbounded: true };
  if (ch === '?') return { end: index, unbounded: false };
  if (ch !== '{') return undefined;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index, index + 24));
  if (!match) return undefined;
  return { end: index + match[0].length - 1, unbounded: match[2] !== undefined && match[3] === '' };
}
