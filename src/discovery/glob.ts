import picomatch from 'picomatch';

/**
 * picomatch's options for every glob. `s`: git lets a name hold CR or LF, which picomatch's `**` (a `.` in its
 * regex) would not cross, so a folder named `a\nb` would slip past every include.
 */
const picomatchOptions = { dot: true, flags: 's' };

/**
 * Turns a glob into a matcher for POSIX paths relative to the scanned root, with picomatch's syntax
 * (`**`, `*`, `?`, braces `{a,b}`, classes `[a-z]`, a leading `!` to negate). A pattern without a slash
 * matches the name at any depth; a trailing slash matches everything below the folder. Dot files match
 * like any other (`.github/` is what we scan most).
 *
 * The file names come from the checkout, which may be a pull request's: picomatch's regex for a segment of
 * several stars (`*a*a*b`) backtracks with a degree of the number of stars on a long name that almost
 * matches. So a glob of literals, `*`, `?` and `**` segments (nearly every glob) is matched by
 * `simpleGlobMatcher`, linear in the pattern times the path; the rest go to picomatch, which config
 * loading only lets through with at most two stars a segment (`unsafeGlobReason`).
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const { negated, pattern } = normalisedGlob(glob);
  const picomatchMatches = picomatch(pattern, picomatchOptions);
  const simple = simpleGlobMatcher(pattern);
  const matches = simple
    ? (path: string) => (isPlainPath(path) ? path === pattern || simple(path) : picomatchMatches(path))
    : picomatchMatches;
  return negated ? (path) => !matches(path) : (path) => matches(path);
}

/**
 * The pattern picomatch is given for a glob, and whether it was negated: trimmed, one leading `!` and `./`
 * dropped, `**` after a trailing slash, a `**` folder before a pattern without a slash.
 */
export function normalisedGlob(glob: string): { negated: boolean; pattern: string } {
  const trimmed = glob.trim();
  const negated = trimmed.startsWith('!');
  let pattern = (negated ? trimmed.slice(1) : trimmed).replace(/^\.\//, '');
  if (pattern.endsWith('/')) pattern += '**';
  if (!pattern.includes('/')) pattern = `**/${pattern}`;
  return { negated, pattern };
}

/**
 * True when a path is one the walk gives: a file's, or a folder's with one trailing slash (as the walk asks
 * whether a folder is excluded); not empty, no leading slash, no empty, `.` or `..` segment. Only on those
 * does `simpleGlobMatcher` follow picomatch's regex (which has quirks for the others: a leading slash before
 * `**`, two trailing slashes); the others go to picomatch.
 */
export function isPlainPath(path: string): boolean {
  const body = path.endsWith('/') ? path.slice(0, -1) : path;
  if (body === '' || body.startsWith('/') || body.endsWith('/') || body.includes('//')) return false;
  return !/(?:^|\/)\.{1,2}(?:\/|$)/.test(body);
}

/**
 * The characters picomatch may read as more than themselves: escapes, braces, classes, extglobs, groups,
 * quotes, anchors.
 */
const special = /[\\{}[\]()|!+@^$"]/;

/**
 * A matcher for a normalised glob of literals, `*`, `?` and `**` segments, or undefined for any other.
 * Segments are matched like characters in the classic wildcard algorithm, a `**` segment standing for any
 * run of segments (none included); within a segment `*` is any run of characters but `/` and `?` one.
 * Each level remembers its last star and where it started and, on a mismatch, lets that star take one more
 * (segment, or character), so the work is at most the pattern's length times the path's.
 *
 * A folder's path, with its trailing slash (the walk asks whether a folder is excluded), is matched as
 * picomatch's regex does. After a glob's last `*` that regex takes an optional slash, so the glob's own
 * segments (neither quirk below applies: both are about the end of a file's path) match the path without
 * it. Its fast paths (`*.ext`, `**` then `*.ext`) end in one as well, so the path matches as the file's
 * path would. Any other glob ends in a name, which no slash follows.
 */
export function simpleGlobMatcher(pattern: string): ((path: string) => boolean) | undefined {
  // picomatch drops every leading `./` itself, but its fast paths see the pattern with only one dropped.
  const once = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  let body = once;
  while (body.startsWith('./')) body = body.slice(2);
  // A run of three stars or more takes other turns in picomatch's parser (it once left a `.` unescaped), and so
  // do empty, `.` and `..` segments: all left to picomatch.
  if (special.test(body) || body.includes('***') || /(?:^|\/)\.{0,2}(?:\/|$)/.test(body)) return undefined;
  const segments = body.split('/');
  const folderSegments = [...segments];
  const folder = body.endsWith('*')
    ? 'own segments'
    : picomatch.makeRe(pattern, picomatchOptions).source.endsWith('\\/?)$')
      ? 'as a file'
      : 'never';
  // picomatch's fast path for exactly `*.*` (and `**/*.*`) wants a character after the dot: `a.` is missed.
  if (once === '*.*' || once === '**/*.*') segments[segments.length - 1] = '*.?*';
  // picomatch's quirk: `**` segments that end the glob after a segment ending in a star (`a/*/**`, `x*/**`)
  // do not match zero segments (`a/*/**` misses `a/b`), so they stand for one segment and then any.
  let last = segments.length;
  while (last > 0 && segments[last - 1] === '**') last--;
  if (last > 0 && last < segments.length && segments[last - 1]?.endsWith('*')) segments.splice(last, 0, '*');
  return (path) => {
    if (!path.endsWith('/')) return matchSegments(segments, path.split('/'));
    if (folder === 'never') return false;
    return matchSegments(folder === 'as a file' ? segments : folderSegments, path.slice(0, -1).split('/'));
  };
}

function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  return wildcardMatches(pattern, path, '**', matchSegment);
}

function matchSegment(pattern: string, name: string): boolean {
  return wildcardMatches(pattern, name, '*', (wanted, char) => wanted === '?' || wanted === char);
}

/**
 * The classic wildcard match, of segments and of characters alike: on a mismatch the last star takes one more
 * item and the rest of the pattern is tried from there, so the work is at most the pattern's length times the
 * input's.
 */
function wildcardMatches<T>(
  pattern: ArrayLike<T>,
  input: ArrayLike<T>,
  star: T,
  matchesOne: (wanted: T, item: T) => boolean,
): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < input.length) {
    if (p < pattern.length && pattern[p] === star) {
      starP = p++;
      starS = s;
    } else if (p < pattern.length && matchesOne(pattern[p]!, input[s]!)) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === star) p++;
  return p === pattern.length;
}

/**
 * Why a glob is refused, or undefined: one that `simpleGlobMatcher` cannot take (a brace, class, extglob,
 * group or escape) goes to picomatch's backtracking regex, where more than two stars in one segment make a
 * long name that almost matches cost a power of its length.
 */
export function unsafeGlobReason(glob: string): string | undefined {
  const { pattern } = normalisedGlob(glob);
  if (simpleGlobMatcher(pattern)) return undefined;
  for (const segment of pattern.split('/'))
    if (segment !== '**' && (segment.match(/\*/g) ?? []).length > 2)
      return 'a glob with a brace, class, extglob, group or `\\` may hold at most two `*` in one path segment (matching more would take time a power of a file name’s length)';
  return undefined;
}

/** What a config problem says of a glob `unsafeGlobReason` refuses: the glob and the reason; undefined for one it takes. */
export function globRefusal(glob: string): string | undefined {
  const unsafe = unsafeGlobReason(glob);
  return unsafe && `\`${glob}\` is refused: ${unsafe}`;
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
