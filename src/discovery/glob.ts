import picomatch from 'picomatch';

/**
 * Turns a glob into a matcher for POSIX paths relative to the scanned root, with picomatch's syntax
 * (`**`, `*`, `?`, braces `{a,b}`, classes `[a-z]`, a leading `!` to negate). A pattern without a slash
 * matches the name at any depth; a trailing slash matches everything below the folder. Dot files match
 * like any other (`.github/` is what we scan most).
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const trimmed = glob.trim();
  const negated = trimmed.startsWith('!');
  let pattern = (negated ? trimmed.slice(1) : trimmed).replace(/^\.\//, '');
  if (pattern.endsWith('/')) pattern += '**';
  if (!pattern.includes('/')) pattern = `**/${pattern}`;
  // `s`: git lets a name hold CR or LF, which picomatch's `**` (a `.` in its regex) would not cross, so a
  // folder named `a\nb` would slip past every include.
  const matches = picomatch(pattern, { dot: true, flags: 's' });
  return negated ? (path) => !matches(path) : (path) => matches(path);
}

/**
 * True when a path matches the list: any positive pattern (every path when there is none) and no
 * negated one. So `['!legacy/**']` means "everything but legacy/", and `['src/**', '!src/old/**']`
 * means "src/ without src/old/".
 */
export function anyGlob(globs: readonly string[]): (path: string) => boolean {
  const positive = globs.filter((glob) => !glob.trim().startsWith('!')).map(globMatcher);
  const negative = globs.filter((glob) => glob.trim().startsWith('!')).map((glob) => globMatcher(glob.trim().slice(1)));
  if (positive.length === 0 && negative.length === 0) return () => false;
  return (path) =>
    (positive.length === 0 || positive.some((matches) => matches(path))) && !negative.some((matches) => matches(path));
}
