export const id = 329;
export const ids = [329];
export const modules = {

/***/ 329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/scan/parse-worker.ts
var parse_worker = __webpack_require__(3009);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/common/did-you-mean.ts
/**
 * Edit distance between two strings when it is at most `limit`, else some number above `limit`: only the
 * cells within `limit` of the diagonal are worked out (any other is more than `limit` edits away), and the
 * table stops once a whole row is over it. Linear in the words' length, not quadratic.
 */
function editDistanceWithin(a, b, limit) {
    const over = limit + 1;
    if (Math.abs(a.length - b.length) > limit)
        return over;
    let previous = Array.from({ length: b.length + 1 }, (_, index) => (index <= limit ? index : over));
    let current = new Array(b.length + 1).fill(over);
    for (let i = 1; i <= a.length; i++) {
        const from = Math.max(1, i - limit);
        const to = Math.min(b.length, i + limit);
        // The cells just outside the band are read by the next cell or row: they stand for "over the limit".
        current[0] = i <= limit ? i : over;
        current[from - 1] = from > 1 ? over : current[0];
        if (to < b.length)
            current[to + 1] = over;
        let least = current[0] ?? over;
        for (let j = from; j <= to; j++) {
            const cell = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + (a[i - 1] === b[j - 1] ? 0 : 1), over);
            current[j] = cell;
            if (cell < least)
                least = cell;
        }
        if (least >= over)
            return over;
        [previous, current] = [current, previous];
    }
    return previous[b.length] ?? over;
}
/**
 * The closest of `candidates` to `word`, when it is close enough to be a likely typo: at most `limit` edits
 * (by default a third of the word, at least two). The word itself is never its own suggestion.
 */
function nearest(word, candidates, limit = Math.max(2, Math.floor(word.length / 3))) {
    let best;
    for (const candidate of candidates) {
        // Words whose lengths differ by more than the limit cost nothing: `editDistanceWithin` answers them at once.
        if (candidate === word)
            continue;
        const distance = editDistanceWithin(word, candidate, limit);
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
    'show-fingerprints': { type: 'boolean' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    cache: { type: 'string' },
    fix: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
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
    const { tokens } = (0,external_node_util_.parseArgs)({
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
        showFingerprints: switches.has('show-fingerprints'),
        listRules: switches.has('list-rules'),
        fix: switches.has('fix'),
        dryRun: switches.has('dry-run'),
        help: switches.has('help'),
        version: switches.has('version'),
        format: last('format'),
        failOn: last('fail-on'),
        config: last('config'),
        output: last('output'),
        baseline: last('baseline'),
        writeBaseline: last('write-baseline'),
        cache: last('cache'),
        explain: last('explain'),
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discovery/glob.ts

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
function globMatcher(glob) {
    const { negated, pattern } = normalisedGlob(glob);
    const picomatchMatches = picomatch_default()(pattern, picomatchOptions);
    const simple = simpleGlobMatcher(pattern);
    const matches = simple
        ? (path) => (isPlainPath(path) ? path === pattern || simple(path) : picomatchMatches(path))
        : picomatchMatches;
    return negated ? (path) => !matches(path) : (path) => matches(path);
}
/**
 * The pattern picomatch is given for a glob, and whether it was negated: trimmed, one leading `!` and `./`
 * dropped, `**` after a trailing slash, a `**` folder before a pattern without a slash.
 */
function normalisedGlob(glob) {
    const trimmed = glob.trim();
    const negated = trimmed.startsWith('!');
    let pattern = (negated ? trimmed.slice(1) : trimmed).replace(/^\.\//, '');
    if (pattern.endsWith('/'))
        pattern += '**';
    if (!pattern.includes('/'))
        pattern = `**/${pattern}`;
    return { negated, pattern };
}
/**
 * True when a path is one the walk gives: a file's, or a folder's with one trailing slash (as the walk asks
 * whether a folder is excluded); not empty, no leading slash, no empty, `.` or `..` segment. Only on those
 * does `simpleGlobMatcher` follow picomatch's regex (which has quirks for the others: a leading slash before
 * `**`, two trailing slashes); the others go to picomatch.
 */
function isPlainPath(path) {
    const body = path.endsWith('/') ? path.slice(0, -1) : path;
    if (body === '' || body.startsWith('/') || body.endsWith('/') || body.includes('//'))
        return false;
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
function simpleGlobMatcher(pattern) {
    // picomatch drops every leading `./` itself, but its fast paths see the pattern with only one dropped.
    const once = pattern.startsWith('./') ? pattern.slice(2) : pattern;
    let body = once;
    while (body.startsWith('./'))
        body = body.slice(2);
    // A run of three stars or more takes other turns in picomatch's parser (it once left a `.` unescaped), and so
    // do empty, `.` and `..` segments: all left to picomatch.
    if (special.test(body) || body.includes('***') || /(?:^|\/)\.{0,2}(?:\/|$)/.test(body))
        return undefined;
    const segments = body.split('/');
    const folderSegments = [...segments];
    const folder = body.endsWith('*')
        ? 'own segments'
        : picomatch_default().makeRe(pattern, picomatchOptions).source.endsWith('\\/?)$')
            ? 'as a file'
            : 'never';
    // picomatch's fast path for exactly `*.*` (and `**/*.*`) wants a character after the dot: `a.` is missed.
    if (once === '*.*' || once === '**/*.*')
        segments[segments.length - 1] = '*.?*';
    // picomatch's quirk: `**` segments that end the glob after a segment ending in a star (`a/*/**`, `x*/**`)
    // do not match zero segments (`a/*/**` misses `a/b`), so they stand for one segment and then any.
    let last = segments.length;
    while (last > 0 && segments[last - 1] === '**')
        last--;
    if (last > 0 && last < segments.length && segments[last - 1]?.endsWith('*'))
        segments.splice(last, 0, '*');
    return (path) => {
        if (!path.endsWith('/'))
            return matchSegments(segments, path.split('/'));
        if (folder === 'never')
            return false;
        return matchSegments(folder === 'as a file' ? segments : folderSegments, path.slice(0, -1).split('/'));
    };
}
function matchSegments(pattern, path) {
    return wildcardMatches(pattern, path, '**', matchSegment);
}
function matchSegment(pattern, name) {
    return wildcardMatches(pattern, name, '*', (wanted, char) => wanted === '?' || wanted === char);
}
/**
 * The classic wildcard match, of segments and of characters alike: on a mismatch the last star takes one more
 * item and the rest of the pattern is tried from there, so the work is at most the pattern's length times the
 * input's.
 */
function wildcardMatches(pattern, input, star, matchesOne) {
    let p = 0;
    let s = 0;
    let starP = -1;
    let starS = 0;
    while (s < input.length) {
        if (p < pattern.length && pattern[p] === star) {
            starP = p++;
            starS = s;
        }
        else if (p < pattern.length && matchesOne(pattern[p], input[s])) {
            p++;
            s++;
        }
        else if (starP >= 0) {
            p = starP + 1;
            s = ++starS;
        }
        else
            return false;
    }
    while (p < pattern.length && pattern[p] === star)
        p++;
    return p === pattern.length;
}
/**
 * Why a glob is refused, or undefined: one that `simpleGlobMatcher` cannot take (a brace, class, extglob,
 * group or escape) goes to picomatch's backtracking regex, where more than two stars in one segment make a
 * long name that almost matches cost a power of its length.
 */
function unsafeGlobReason(glob) {
    const { pattern } = normalisedGlob(glob);
    if (simpleGlobMatcher(pattern))
        return undefined;
    for (const segment of pattern.split('/'))
        if (segment !== '**' && (segment.match(/\*/g) ?? []).length > 2)
            return 'a glob with a brace, class, extglob, group or `\\` may hold at most two `*` in one path segment (matching more would take time a power of a file name\u2019s length)';
    return undefined;
}
/** What a config problem says of a glob `unsafeGlobReason` refuses: the glob and the reason; undefined for one it takes. */
function globRefusal(glob) {
    const unsafe = unsafeGlobReason(glob);
    return unsafe && `\`${glob}\` is refused: ${unsafe}`;
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

// EXTERNAL MODULE: ./src/formats/index.ts + 53 modules
var src_formats = __webpack_require__(384);
;// CONCATENATED MODULE: ./src/scan/glob-check.ts


/**
 * The include and exclude globs that match none of the files a scan could read under its root: most
 * likely a typo, which would otherwise scan everything (an exclude) or nothing (an include) in silence.
 * Checked on the scan's own walk, which shows the watch every file it could read (excluded ones too)
 * until every glob has matched one.
 */
function globCheck(include, exclude, 
/** How the lists are named where they were given: `--` for the CLI's flags, `input ` for the action's. */
naming = '--') {
    const globs = [
        ...include.map((glob) => ({
            flag: `${naming}include ${glob}`,
            matches: globMatcher(glob.trim().replace(/^!/, '')),
        })),
        ...exclude.map((glob) => ({
            flag: `${naming}exclude ${glob}`,
            matches: globMatcher(glob.trim().replace(/^!/, '')),
        })),
    ];
    const unmatched = new Set(globs);
    return {
        watch: globs.length === 0
            ? undefined
            : {
                readable: (path) => (0,src_formats/* adapterFor */.fA)(path) !== undefined,
                see: (path) => {
                    for (const glob of unmatched)
                        if (glob.matches(path))
                            unmatched.delete(glob);
                    return unmatched.size > 0;
                },
            },
        unmatched: () => globs.filter((glob) => unmatched.has(glob)).map((glob) => glob.flag),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/model/findings.ts
const severityRank = { error: 3, warning: 2, notice: 1 };
/** Every severity, worst first: the order of every count, table and plan. */
const findings_severitiesWorstFirst = ['error', 'warning', 'notice'];
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}

// EXTERNAL MODULE: ./src/credentials/values.ts + 1 modules
var values = __webpack_require__(1192);
// EXTERNAL MODULE: ./src/model/kinds.ts
var kinds = __webpack_require__(522);
// EXTERNAL MODULE: ./src/model/scan-model.ts
var scan_model = __webpack_require__(1251);
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
            return `literal \`${(0,values/* redact */.E$)(source.value)}\`${source.alias ? `, through YAML alias \`*${source.alias.anchor}\` written at line ${source.alias.line}` : ''}`;
        case 'attribute':
            return `\`${source.name}\``;
        case 'all-secrets':
            return source.via === 'inherit'
                ? '`secrets: inherit`'
                : source.via === 'toJSON'
                    ? '`toJSON(secrets)`'
                    : 'a computed `secrets[\u2026]` index';
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
        return (0,values/* redact */.E$)(source.value);
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
    return (0,kinds/* isSmtpPasswordKind */._P)(reference.sink.expects);
}
/** Uses whose SMTP server is SES, or unknown (a value that only SES would accept decides). */
function smtpUses(model, targets) {
    return model.uses.filter((use) => use.destination.smtp && targets.includes(use.destination.smtp.target));
}
/** Each reference once, even when several uses see it. */
function uniqueReferences(model, uses) {
    const seen = new Map();
    for (const use of uses)
        for (const reference of (0,scan_model/* referencesOf */.CL)(model, use))
            seen.set(reference.id, reference);
    return [...seen.values()];
}
function label(kind) {
    return kinds/* kindLabels */.G8[kind];
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

// EXTERNAL MODULE: ./src/credentials/iam.ts
var iam = __webpack_require__(5307);
// EXTERNAL MODULE: ./src/common/collections.ts
var collections = __webpack_require__(4832);
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
        const smtpUsers = (0,iam/* smtpUserKeys */.s_)(model);
        const findings = [];
        const withKeys = new Set(model.iam.accessKeys.map((key) => key.userKey));
        const principals = (0,collections/* firstBy */.CU)(model.iam.principals, (principal) => principal.key);
        for (const profile of model.iam.loginProfiles) {
            if (!profile.userKey)
                continue;
            const hasKeys = withKeys.has(profile.userKey);
            const servesSes = smtpUsers.has(profile.userKey) || (0,iam/* grantsSes */.PS)((0,iam/* grantsOf */.Rr)(model.iam, profile.userKey));
            if (!hasKeys || !servesSes)
                continue;
            const user = principals.get(profile.userKey);
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
        return reference.source.type !== 'literal' || (0,values/* literalFits */.e2)('console-password', reference.source.value);
    })
        .map((reference) => atReference(reference, `${describeSource(reference)} in ${describeSink(reference)} is a console sign-in password. Automation never needs console credentials, and SES does not accept them for the API or SMTP.`, 'console-password')),
};

;// CONCATENATED MODULE: ./src/rules/credential-as-workflow-input.ts

/** Kinds that must never travel as an input: each one alone, or with its other half, opens the account or its mail. */
const credentialKinds = new Set([
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
        const declared = model.references.filter((reference) => isDeclaration(reference) && credentialKinds.has(reference.supplied?.kind ?? 'ambiguous'));
        const flaggedNames = new Set(declared.map((reference) => `${reference.file}|${inputName(reference)}`));
        // An input whose name hides what it carries is caught where a step puts it into a credential slot.
        const passed = model.references.filter((reference) => reference.source.type === 'input' &&
            !isDeclaration(reference) &&
            credentialKinds.has(reference.sink.expects ?? 'ambiguous') &&
            !flaggedNames.has(`${reference.file}|${inputName(reference)}`));
        return [
            ...declared.map((reference) => atReference(reference, `Workflow input \`${inputName(reference)}\` takes ${withArticle(label(reference.supplied?.kind ?? 'ambiguous'))}: input values are plain text in the run's event payload and are never masked. Pass it as a secret instead.`)),
            ...passed.map((reference) => atReference(reference, `Workflow input \`${inputName(reference)}\` fills ${describeSink(reference)}, which expects ${withArticle(label(reference.sink.expects ?? 'ambiguous'))}: input values are plain text in the run's event payload and are never masked. Pass it as a secret instead.`, reference.sink.expects)),
        ];
    },
};

// EXTERNAL MODULE: ./src/common/line-end.ts
var line_end = __webpack_require__(3335);
// EXTERNAL MODULE: ./src/formats/shared/lines.ts
var lines = __webpack_require__(7787);
;// CONCATENATED MODULE: ./src/rules/fixes/text.ts


/**
 * Offsets of each line's first character: line n (1-based) starts at `starts[n - 1]`. Lines end as the
 * adapters count them (`\n`, `\r\n` or a lone `\r`), so a rule's span and an edit's agree.
 */
function lineStarts(text) {
    const starts = [0];
    for (let at = (0,lines/* nextBreak */.Xw)(text, 0); at >= 0; at = (0,lines/* nextBreak */.Xw)(text, at))
        starts.push(at);
    return starts;
}
/** A span's start and end as offsets into the text, or undefined when it lies outside it. */
function spanOffsets(text, span, starts = lineStarts(text)) {
    const start = offsetOf(text, starts, span.startLine, span.startColumn);
    const end = offsetOf(text, starts, span.endLine, span.endColumn);
    if (start === undefined || end === undefined || end < start)
        return undefined;
    return { start, end };
}
function offsetOf(text, starts, line, column) {
    const lineStart = starts[line - 1];
    if (lineStart === undefined || column < 1)
        return undefined;
    const lineEnd = starts[line] ?? text.length + 1;
    const offset = lineStart + column - 1;
    // The column after the last character of a line (its newline's place) is still on it.
    return offset < lineEnd ? offset : undefined;
}
/** The span of the offsets [start, end). */
function spanAt(starts, start, end) {
    const [startLine, startColumn] = lineAndColumn(starts, start);
    const [endLine, endColumn] = lineAndColumn(starts, end);
    return { startLine, startColumn, endLine, endColumn };
}
function lineAndColumn(starts, offset) {
    const line = lineOf(starts, offset);
    return [line, offset - (starts[line - 1] ?? 0) + 1];
}
/** The 1-based line holding the offset. */
function lineOf(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] ?? 0) <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low + 1;
}
function fileText(file, text) {
    return { file, text, starts: lineStarts(text) };
}
/** The edit replacing the offsets [start, end) of the file, with the text there as its `original`. */
function edit(source, start, end, replacement) {
    return {
        file: source.file,
        span: spanAt(source.starts, start, end),
        original: source.text.slice(start, end),
        replacement,
    };
}
/** A fix of the edits, or none when there is none to make. */
function fixOf(description, edits, suggestionOnly = false) {
    const present = edits.filter((one) => one !== undefined);
    if (present.length === 0)
        return undefined;
    return { description, edits: present, ...(suggestionOnly ? { suggestionOnly } : {}) };
}
/** The offset of the line holding `offset`, and of its end (before the newline). */
function lineAround(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const end = (0,line_end/* lineEndAt */.f)(text, offset);
    return { start, end: end > start && text[end - 1] === '\r' ? end - 1 : end };
}
/** The whole line holding `offset`, its newline included: what deleting the line removes. */
function wholeLine(text, offset) {
    const { start } = lineAround(text, offset);
    const newline = text.indexOf('\n', offset);
    return { start, end: newline === -1 ? text.length : newline + 1 };
}
/** The line's leading spaces and tabs. */
function indentationAt(text, lineStart) {
    return /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
}
/** The newline the file uses (CRLF files keep CRLF). */
function newlineOf(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** A fix's edits applied to one file's text, last first; undefined when one does not find its original. */
function applyEdits(text, edits) {
    const starts = lineStarts(text);
    const placed = [];
    for (const one of edits) {
        const at = spanOffsets(text, one.span, starts);
        if (!at || text.slice(at.start, at.end) !== one.original)
            return undefined;
        placed.push({ ...at, replacement: one.replacement });
    }
    return spliced(text, placed);
}
/**
 * The text with each range replaced, built in one pass from its pieces (replacing one range after
 * another would copy the whole text once per edit). The ranges must not overlap.
 */
function spliced(text, ranges) {
    const ordered = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
    const pieces = [];
    let at = 0;
    for (const range of ordered) {
        pieces.push(text.slice(at, range.start), range.replacement);
        at = range.end;
    }
    pieces.push(text.slice(at));
    return pieces.join('');
}
/**
 * Whether two edits of one file collide: their ranges share a character, one inserts inside the
 * other, or both start at one place (two insertions there have no order).
 */
function editsOverlap(a, b) {
    return a.start === b.start || (a.start < b.end && b.start < a.end);
}
/** Two edits that change the same text the same way: applying one applies both. */
function sameEdit(a, b) {
    return (a.file === b.file &&
        a.original === b.original &&
        a.replacement === b.replacement &&
        a.span.startLine === b.span.startLine &&
        a.span.startColumn === b.span.startColumn &&
        a.span.endLine === b.span.endLine &&
        a.span.endColumn === b.span.endColumn);
}
/** The scanned texts a rule's fixes are made in, each read into lines once per rule run. */
class FixTexts {
    texts;
    files = new Map();
    remembered = new Map();
    constructor(texts) {
        this.texts = texts;
    }
    /**
     * What `make` gives for `key`, made once per rule run: a parsed document or a value read from every
     * file is worked out once, not once per finding (a file of many findings stays linear).
     */
    remember(key, make) {
        if (this.remembered.has(key))
            return this.remembered.get(key);
        const made = make();
        this.remembered.set(key, made);
        return made;
    }
    get(file) {
        let known = this.files.get(file);
        if (!known) {
            const text = this.texts.get(file);
            if (text === undefined)
                return undefined;
            known = fileText(file, text);
            this.files.set(file, known);
        }
        return known;
    }
    /** A scanned file's text alone, not read into lines: for a look through many files for the few that matter. */
    text(file) {
        return this.texts.get(file);
    }
    /** Every scanned file's path, in the order given. */
    paths() {
        return [...this.texts.keys()];
    }
    /** The offsets of a span in its file. */
    offsets(file, span) {
        const source = this.get(file);
        const at = source && spanOffsets(source.text, span, source.starts);
        return source && at ? { source, ...at } : undefined;
    }
}

;// CONCATENATED MODULE: ./src/rules/fixes/hcl.ts
/**
 * Just enough of HCL's lexical structure to edit a Terraform file by its text: which characters are
 * code (not in a string, heredoc or comment), and which braces and parentheses pair up. One pass,
 * linear in the text, no recursion: a hostile file costs no more than its length.
 */

function hclStructure(text) {
    const code = new Uint8Array(text.length);
    const braces = [];
    const parens = new Map();
    const openBraces = [];
    const openParens = [];
    // The outermost frame is the file; a template interpolation (`${\u2026}` in a string) is code again.
    const frames = [{ type: 'code', braces: 0 }];
    let at = 0;
    while (at < text.length) {
        const frame = frames[frames.length - 1] ?? { type: 'code', braces: 0 };
        const char = text[at];
        const next = text[at + 1];
        if (frame.type === 'string') {
            if (char === '\\')
                at += 2;
            else if ((char === '$' || char === '%') && next === '{') {
                frames.push({ type: 'code', braces: 0 });
                at += 2;
            }
            else {
                if (char === '"' || char === '\n')
                    frames.pop();
                at += 1;
            }
            continue;
        }
        if (char === '#' || (char === '/' && next === '/')) {
            const end = lineAround(text, at).end;
            code.fill(2, at, end);
            at = end;
            continue;
        }
        if (char === '/' && next === '*') {
            const close = text.indexOf('*/', at + 2);
            const end = close === -1 ? text.length : close + 2;
            code.fill(2, at, end);
            at = end;
            continue;
        }
        if (char === '<' && next === '<') {
            const heredoc = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(at, at + 200));
            if (heredoc) {
                at = heredocEnd(text, at + heredoc[0].length, heredoc[1] ?? '');
                continue;
            }
        }
        if (char === '"') {
            frames.push({ type: 'string' });
            at += 1;
            continue;
        }
        code[at] = 1;
        if (char === '{') {
            frame.braces += 1;
            braces.push({ open: at, close: -1, parent: openBraces[openBraces.length - 1] ?? -1 });
            openBraces.push(braces.length - 1);
        }
        else if (char === '}') {
            if (frame.braces === 0 && frames.length > 1) {
                // The end of a template interpolation: back into its string.
                code[at] = 0;
                frames.pop();
            }
            else {
                frame.braces = Math.max(0, frame.braces - 1);
                const index = openBraces.pop();
                const pair = index === undefined ? undefined : braces[index];
                if (pair)
                    pair.close = at;
            }
        }
        else if (char === '(')
            openParens.push(at);
        else if (char === ')') {
            const open = openParens.pop();
            if (open !== undefined)
                parens.set(open, at);
        }
        at += 1;
    }
    return { code, braces, parens };
}
/** The offset after a heredoc's closing line (its marker alone on a line, indented or not). */
function heredocEnd(text, from, marker) {
    let lineStart = from;
    while (lineStart < text.length) {
        const { end } = lineAround(text, lineStart);
        if (text.slice(lineStart, end).trim() === marker)
            return end;
        const newline = text.indexOf('\n', lineStart);
        if (newline === -1)
            return text.length;
        lineStart = newline + 1;
    }
    return text.length;
}
/**
 * The innermost code brace pair around the offset: the last pair opened before it, or the nearest of
 * its enclosing pairs that is still open there (a binary search, then up the parents: no scan of all pairs).
 */
function enclosingBraces(structure, offset) {
    const { braces } = structure;
    let low = 0;
    let high = braces.length - 1;
    let last = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if ((braces[middle]?.open ?? Infinity) < offset) {
            last = middle;
            low = middle + 1;
        }
        else
            high = middle - 1;
    }
    for (let index = last; index !== -1; index = braces[index]?.parent ?? -1) {
        const pair = braces[index];
        if (pair && (pair.close === -1 || offset <= pair.close))
            return pair.close === -1 ? undefined : pair;
    }
    return undefined;
}
/** The block around the offset when its header (the text before `{` on its line) matches. */
function blockAround(source, structure, offset, header) {
    const pair = enclosingBraces(structure, offset);
    if (!pair)
        return undefined;
    const line = lineAround(source.text, pair.open);
    if (!header.test(source.text.slice(line.start, pair.open)))
        return undefined;
    return { ...pair, headerStart: line.start };
}
/**
 * An attribute written directly in the block (`name = value` on its own line, not inside a nested
 * block or object): where its value starts and ends on that line.
 */
function blockAttribute(source, structure, block, name) {
    const pattern = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*`, 'gm');
    // Only the block's own text is searched: the blocks of a file are searched in linear time, together.
    const base = block.open + 1;
    const body = source.text.slice(base, block.close);
    for (let found = pattern.exec(body); found; found = pattern.exec(body)) {
        const lineStart = base + found.index;
        const nameAt = lineStart + found[0].length - found[0].trimStart().length;
        if (structure.code[nameAt] !== 1 || enclosingBraces(structure, nameAt)?.open !== block.open)
            continue;
        const valueStart = lineStart + found[0].length;
        const { end } = lineAround(source.text, valueStart);
        const valueText = source.text.slice(valueStart, end);
        // Up to a trailing comment.
        let valueEnd = valueStart;
        for (let index = 0; index < valueText.length; index++)
            if (structure.code[valueStart + index] === 2)
                break;
            else if (!/\s/.test(valueText[index] ?? ''))
                valueEnd = valueStart + index + 1;
        return { nameStart: nameAt, valueStart, valueEnd };
    }
    return undefined;
}
/**
 * Inserts `name = value` as the block's last line, indented as its other lines; none for a block
 * written on one line (its closing brace not alone at the start of a line).
 */
function appendAttribute(source, block, line) {
    const closing = lineAround(source.text, block.close);
    if (source.text.slice(closing.start, block.close).trim() !== '')
        return undefined;
    const openLine = lineAround(source.text, block.open);
    const firstInner = wholeLine(source.text, block.open).end;
    const indent = firstInner < closing.start
        ? indentationAt(source.text, firstInner)
        : `${indentationAt(source.text, openLine.start)}  `;
    return edit(source, closing.start, closing.start, `${indent}${line}${newlineOf(source.text)}`);
}
/** Each Terraform file's structure, worked out once per rule run. */
class HclStructures {
    known = new Map();
    of(source) {
        let structure = this.known.get(source.file);
        if (!structure) {
            structure = hclStructure(source.text);
            this.known.set(source.file, structure);
        }
        return structure;
    }
}

;// CONCATENATED MODULE: ./src/rules/fixes/terraform.ts


/** Only native syntax: `.tf.json` files keep their values in JSON strings, edited by hand. */
function isNativeTerraform(file) {
    return file.endsWith('.tf');
}
const outputHeader = /^[ \t]*output[ \t]+("[^"\n]*"|[A-Za-z_][\w-]*)[ \t]*$/;
const ssmHeader = /^[ \t]*resource[ \t]+"aws_ssm_parameter"[ \t]+"[^"\n]*"[ \t]*$/;
/** The fix of an exposure: the output marked sensitive (its `nonsensitive(\u2026)` removed), the parameter made a `SecureString`. */
function exposureFix(texts, structures, exposure) {
    if (!isNativeTerraform(exposure.file))
        return undefined;
    const at = texts.offsets(exposure.file, exposure.span);
    if (!at)
        return undefined;
    const structure = structures.of(at.source);
    if (exposure.channel === 'terraform-output')
        return sensitiveOutput(at.source, structure, at);
    if (exposure.channel === 'ssm-parameter')
        return secureParameter(at.source, structure, at.start);
    return undefined;
}
function sensitiveOutput(source, structure, value) {
    const block = blockAround(source, structure, value.start, outputHeader);
    if (!block)
        return undefined;
    const unwrapped = withoutCalls(source, structure, value, 'nonsensitive');
    const sensitive = blockAttribute(source, structure, block, 'sensitive');
    const marked = sensitive
        ? source.text.slice(sensitive.valueStart, sensitive.valueEnd) === 'true'
            ? undefined
            : edit(source, sensitive.valueStart, sensitive.valueEnd, 'true')
        : appendAttribute(source, block, 'sensitive = true');
    // Without `sensitive = true` Terraform refuses an output of a sensitive value: both go together.
    if (!marked && !(sensitive && unwrapped.length > 0))
        return undefined;
    const description = unwrapped.length > 0
        ? 'remove `nonsensitive(\u2026)` and mark the output `sensitive = true`'
        : 'mark the output `sensitive = true`';
    return fixOf(description, [...unwrapped, marked]);
}
/** Edits that unwrap each call of `name(\u2026)` in the range: its name and parentheses go, its argument stays. */
function withoutCalls(source, structure, range, name) {
    const edits = [];
    const pattern = new RegExp(`\\b${name}[ \\t]*\\(`, 'g');
    const text = source.text.slice(range.start, range.end);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const start = range.start + match.index;
        const open = start + match[0].length - 1;
        const close = structure.parens.get(open);
        if (structure.code[start] !== 1 || close === undefined || close >= range.end)
            continue;
        edits.push(edit(source, start, open + 1, ''), edit(source, close, close + 1, ''));
    }
    return edits;
}
function secureParameter(source, structure, offset) {
    const block = blockAround(source, structure, offset, ssmHeader);
    if (!block)
        return undefined;
    const type = blockAttribute(source, structure, block, 'type');
    if (!type || source.text.slice(type.valueStart, type.valueEnd) !== '"String"')
        return undefined;
    // `insecure_value` is for values that are not secret; a `SecureString` takes its value as `value`.
    const insecure = blockAttribute(source, structure, block, 'insecure_value');
    const renamed = insecure && !blockAttribute(source, structure, block, 'value')
        ? edit(source, insecure.nameStart, insecure.nameStart + 'insecure_value'.length, 'value')
        : undefined;
    if (insecure && !renamed)
        return undefined;
    return fixOf('make the parameter a `SecureString` (encrypted with KMS)', [
        edit(source, type.valueStart, type.valueEnd, '"SecureString"'),
        renamed,
    ]);
}
/** An index or splat after a resource address: `[0]`, `["a"]`, `[*]`, the legacy `.*`. */
const indexOrSplat = String.raw `(?:\[[^\]\n]{1,200}\]|\.\*)?`;
/** `aws_iam_access_key.NAME` with an optional index or splat, as written before an attribute. */
const accessKeyAddress = String.raw `aws_iam_access_key\.[A-Za-z_][\w-]*${indexOrSplat}`;
/**
 * The fix that swaps one attribute of an access key reference for another (`.secret` for
 * `.ses_smtp_password_v4`), when the text at the span is that reference and nothing else.
 */
function accessKeyAttributeFix(texts, file, span, from, to, description) {
    if (!isNativeTerraform(file))
        return undefined;
    const at = texts.offsets(file, span);
    if (!at)
        return undefined;
    const written = at.source.text.slice(at.start, at.end);
    const match = new RegExp(`^(${accessKeyAddress})\\.${from}$`).exec(written);
    if (!match)
        return undefined;
    const attributeStart = at.start + (match[1]?.length ?? 0) + 1;
    return fixOf(description, [edit(at.source, attributeStart, at.end, to)]);
}
/** The reference to an IAM user's name (`aws_iam_user.NAME.name` or `.id`) at a span, as written. */
function iamUserNameAt(texts, file, span) {
    if (!isNativeTerraform(file))
        return undefined;
    const at = texts.offsets(file, span);
    if (!at)
        return undefined;
    const pattern = new RegExp(String.raw `^aws_iam_user\.([A-Za-z_][\w-]*)(${indexOrSplat})\.(?:name|id)$`);
    const match = pattern.exec(at.source.text.slice(at.start, at.end));
    return match?.[1] ? { ...at, user: match[1], index: match[2] ?? '' } : undefined;
}
/**
 * How an access key declared in the file is repeated: `count`, `for_each`, or `single`; undefined when
 * its block is not found in the text.
 */
function accessKeyRepetition(texts, structures, file, name) {
    if (!isNativeTerraform(file))
        return undefined;
    return texts.remember(`access-keys:${file}`, () => accessKeyRepetitions(texts, structures, file)).get(name);
}
/** How each access key declared in the file is repeated, read in one pass over the file. */
function accessKeyRepetitions(texts, structures, file) {
    const repetitions = new Map();
    const source = texts.get(file);
    if (!source)
        return repetitions;
    const structure = structures.of(source);
    const header = /^[ \t]*resource[ \t]+"aws_iam_access_key"[ \t]+"([A-Za-z_][\w-]*)"[ \t]*\{/gm;
    for (const match of source.text.matchAll(header)) {
        const block = blockAround(source, structure, match.index + match[0].length, /resource/);
        if (!block || !match[1])
            continue;
        const repetition = blockAttribute(source, structure, block, 'for_each')
            ? 'for_each'
            : blockAttribute(source, structure, block, 'count')
                ? 'count'
                : 'single';
        repetitions.set(match[1], repetition);
    }
    return repetitions;
}
const providerHeader = /^[ \t]*provider[ \t]+"aws"[ \t]*$/;
/**
 * The region of the module's default `aws` provider, as a literal in the text of the folder's files:
 * what Terraform derives `ses_smtp_password_v4` for. Undefined when it is not one literal region.
 */
function providerRegion(texts, structures, file) {
    const folder = folderOf(file);
    return texts.remember(`provider-region:${folder}`, () => folderProviderRegion(texts, structures, folder));
}
function folderProviderRegion(texts, structures, folder) {
    const regions = new Set();
    for (const path of texts.paths()) {
        if (!isNativeTerraform(path) || folderOf(path) !== folder)
            continue;
        if (!/provider[ \t]+"aws"/.test(texts.text(path) ?? ''))
            continue;
        const source = texts.get(path);
        if (!source)
            continue;
        const structure = structures.of(source);
        for (const pair of structure.braces) {
            const block = blockAround(source, structure, pair.open + 1, providerHeader);
            if (!block || block.open !== pair.open || blockAttribute(source, structure, block, 'alias'))
                continue;
            const region = blockAttribute(source, structure, block, 'region');
            const literal = region && /^"([a-z0-9-]{1,40})"$/.exec(source.text.slice(region.valueStart, region.valueEnd));
            regions.add(literal?.[1] ?? '');
        }
    }
    const [only] = regions;
    return regions.size === 1 && only ? only : undefined;
}
function folderOf(file) {
    return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
}

;// CONCATENATED MODULE: ./src/rules/credential-exposed-in-output.ts




const channels = {
    'terraform-output': 'a Terraform output without `sensitive = true`, so it is printed by `terraform apply` and `terraform output` and stored readable in plans',
    'cloudformation-output': 'a CloudFormation output, which anyone allowed `cloudformation:DescribeStacks` can read',
    'cloudformation-custom-resource': 'a custom resource with `NoEcho` off, so every `!GetAtt` of it shows the value in plain text (stack events, the console, the properties of the resources given it)',
    'ssm-parameter': 'an SSM parameter of type `String`, stored unencrypted and readable by anyone allowed `ssm:GetParameter`',
};
const credentialExposedInOutput = {
    meta: {
        id: 'credential-exposed-in-output',
        title: 'Secret key or SMTP password exposed by IaC',
        defaultSeverity: 'warning',
        securitySeverity: 7.5,
        precision: 'high',
        help: 'A secret access key or SMTP password that IaC creates must go straight to a secret store. As a Terraform output without `sensitive = true` (or wrapped in `nonsensitive()`) it is printed in CI logs and kept in plan files; as a CloudFormation output anyone who can describe the stack reads it, and a custom resource with `NoEcho: false` shows it wherever `!GetAtt` reads it (both are errors); as an SSM `String` parameter it is stored unencrypted. Write it to Secrets Manager or an SSM `SecureString`, mark Terraform outputs `sensitive = true`, remove CloudFormation outputs of secrets and leave `NoEcho` on for custom resources.',
        tags: ['security', 'aws', 'iac', 'secret'],
    },
    check: (model, context) => {
        const texts = new FixTexts(context.texts);
        const structures = new HclStructures();
        return model.iam.exposures.map((exposure) => ({
            file: exposure.file,
            span: exposure.span,
            message: `The ${kinds/* kindLabels */.G8[exposure.kind]} in ${exposure.what} is exposed through ${channels[exposure.channel]}${exposure.nonsensitive ? '; `nonsensitive()` removes the protection on purpose' : ''}.`,
            key: `${exposure.channel}|${exposure.what}`,
            ...(exposure.channel === 'cloudformation-output' || exposure.channel === 'cloudformation-custom-resource'
                ? { severity: 'error' }
                : {}),
            fix: exposureFix(texts, structures, exposure),
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/credential-minting-permissions.ts

function mintingActions(statement) {
    if (statement.effect !== 'Allow' || statement.notAction)
        return [];
    // A bare `*` is administrator access, a problem of its own; this rule is about explicit IAM grants.
    return iam/* credentialMintingActions */.fo.filter((action) => statement.actions.some((pattern) => pattern !== '*' && (0,iam/* actionMatches */.GE)(pattern, action)));
}
/** `${aws:username}` limits a grant to the caller's own user, which is the safe form (`$${\u2026}` in Terraform's source). */
function selfScoped(resource) {
    return resource.replaceAll('$${', '${').includes('${aws:username}');
}
/**
 * What a reader could not evaluate, in a list built by an expression (a `for` over user paths): an empty
 * fallback, a bare reference (`data.aws_partition.current`), or a template of references naming no user
 * and no wildcard. It widens nothing the readable items do not.
 */
function unresolved(resource) {
    if (resource.trim() === '')
        return true;
    if (/^(?:data|var|local|module|each|count|path)\.[\w.[\]"-]*$/.test(resource))
        return true;
    return resource.includes('${') && !resource.includes(':user/') && !resource.includes('*');
}
/** Every resource that can be read is the caller's own user, and one can be read. */
function onlySelf(resources) {
    return resources.some(selfScoped) && resources.every((resource) => selfScoped(resource) || unresolved(resource));
}
/** Users that send mail and nothing else: SMTP users by key or name, or users granted only SES sending. */
function mailUsers(model) {
    const users = (0,iam/* smtpUserKeys */.s_)(model);
    for (const principal of model.iam.principals) {
        const grants = (0,iam/* grantsOf */.Rr)(model.iam, principal.key);
        if (principal.kind === 'user' && (0,iam/* grantsSes */.PS)(grants) && !grants.some((grant) => (0,iam/* allowsBeyondSmtp */.Ks)(grant.statement)))
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
    const index = statement.actions.findIndex((pattern) => actions.some((action) => (0,iam/* actionMatches */.GE)(pattern, action)));
    return statement.actionSpans?.[index] ?? statement.span;
}
/** What the granted actions let the holder do to `who`: mint access keys, set console passwords, or both. */
function powers(actions, who) {
    const keys = actions.some((action) => !iam/* consolePasswordActions */.w0.includes(action));
    const passwords = actions.some((action) => iam/* consolePasswordActions */.w0.includes(action));
    const minted = [keys ? `mint access keys for ${who}` : '', passwords ? `set the console password of ${who}` : '']
        .filter(Boolean)
        .join(' and ');
    return keys
        ? `the permissions that create SMTP credentials also let the holder ${minted}`
        : `they let the holder ${minted} and sign in as them`;
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
        help: "Creating SMTP credentials needs `iam:CreateUser`, `iam:CreateAccessKey` and `iam:PutUserPolicy`. Granted on `*` (or on users other than the caller), the same permissions let the identity create an access key for any user, administrators included, and give any user any policy: a privilege-escalation path. `iam:CreateLoginProfile` and `iam:UpdateLoginProfile` on other users do the same with console passwords. Keep SMTP-credential creation a manual or tightly scoped task; if automation must re-key an SMTP user, grant only `iam:CreateAccessKey` on that user's own ARN (a wildcard path such as `user/ses-smtp-*` still lets the holder create a user of that name and give it any policy).",
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
                message: `This policy allows ${actions.join(', ')} on ${resources}${via}: ${powers(actions, whom(statement))}. Scope them to the SMTP users' ARNs or remove them.`,
                key: `${actions.join(',')}|${resources}`,
            });
        };
        for (const statement of model.iam.statements) {
            const actions = mintingActions(statement);
            if (actions.length > 0)
                report(statement.file, evidenceSpan(statement, actions), actions, statement, '');
        }
        for (const principal of model.iam.principals) {
            for (const grant of (0,iam/* grantsOf */.Rr)(model.iam, principal.key)) {
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
        (0,values/* looksLikeRealPassword */.Xl)(reference.source.value));
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
        const byShape = model.references.filter((reference) => reference.source.type === 'literal' && (0,kinds/* isSmtpPasswordKind */._P)(reference.supplied?.kind));
        const inUrl = uniqueReferences(model, smtpUses(model, ['ses', 'unknown'])).filter(isRealUrlPassword);
        const unique = new Map([...byShape, ...inUrl].map((reference) => [reference.id, reference]));
        return [...unique.values()].map((reference) => atReference(reference, `An SES SMTP password (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Delete the access key it was derived from and pass new SMTP credentials as a secret.`, reference.supplied?.kind ?? 'smtp-password'));
    },
};

// EXTERNAL MODULE: ./src/credentials/names.ts
var credentials_names = __webpack_require__(850);
;// CONCATENATED MODULE: ./src/credentials/pair-names.ts

// Longer suffixes first: `SECRET_ACCESS_KEY` must not be read as `\u2026_SECRET` + `ACCESS_KEY`.
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
    const normalized = (0,credentials_names/* normalizeName */.Pc)(name);
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
/** The names a reference goes by, as written: its slot's, and its secret's or variable's. */
function namesOf(reference) {
    const { source, sink } = reference;
    return source.type === 'secret' || source.type === 'variable' ? [sink.name, source.name] : [sink.name];
}
function halvesOf(reference, halfOf) {
    return namesOf(reference).flatMap((name) => {
        const half = halfOf(name);
        return half && half.half !== 'token' ? [half] : [];
    });
}
/** The half a reference's slot takes, if any, given what it stands for. */
function slotKind(reference, stands) {
    const kind = reference.sink.expects;
    if (kind === undefined || stands === 'nothing')
        return undefined;
    return kind === 'smtp-password-v2' ? 'smtp-password' : kind;
}
/** Reads each reference once, and each name once (the same few names recur across a repository's steps). */
function reader() {
    const halfOf = (0,collections/* remembering */.Mw)(pairHalf);
    const read = (0,collections/* remembering */.Mw)((reference) => {
        const stands = standsFor(reference);
        return { stands, kind: slotKind(reference, stands) };
    });
    const halves = (0,collections/* remembering */.Mw)((reference) => read(reference).stands === 'nothing' ? [] : halvesOf(reference, halfOf));
    return { read, halves };
}
/**
 * What a reference stands for in its slot. A literal that fits the slot is a credential; a placeholder or a
 * reference to a value kept elsewhere (`AKIAXXXXXXXXXXXXXXXX`, `$(aws ssm \u2026)`) stands in for one, so it
 * completes its partner but is no lone half itself; a flag, number or enum word (`create_access_key = true`,
 * `access_key_status = "Inactive"`) or a key of another shape (Django's `SECRET_KEY`) is nothing.
 */
function standsFor(reference) {
    const { source, sink } = reference;
    if (source.type !== 'literal' || sink.expects === undefined || (0,values/* literalFits */.e2)(sink.expects, source.value))
        return 'credential';
    if ((0,values/* isPlaceholder */.wK)(source.value.trim()))
        return 'stand-in';
    // The user-info place of an `smtp://user:pass@host` URL holds a credential or a stand-in for one (`pass`), never a setting.
    return sink.type === 'url-userinfo' ? 'stand-in' : 'nothing';
}
const halfKey = (half, stem) => `${half}:${stem}`;
function addTo(map, key, id) {
    const ids = map.get(key);
    if (ids)
        ids.add(id);
    else
        map.set(key, new Set([id]));
}
function indexStep(all, { read }) {
    const index = { byKind: new Map() };
    for (const reference of all) {
        const { kind } = read(reference);
        if (kind)
            addTo(index.byKind, kind, reference.id);
    }
    return index;
}
function halfIndex(all, { halves }) {
    const byHalf = new Map();
    for (const reference of all)
        for (const named of halves(reference))
            addTo(byHalf, halfKey(named.half, named.stem), reference.id);
    return byHalf;
}
/** Some reference other than `self` is among `ids`. */
function hasOther(ids, self) {
    return ids !== undefined && (ids.size > 1 || (ids.size === 1 && !ids.has(self)));
}
/** The other half reaches the same step: by the kind of its slot, or by a name of the same stem. */
function isPaired(reference, kind, index, all, reading) {
    if ((partners[kind] ?? []).some((wanted) => hasOther(index.byKind.get(wanted), reference.id)))
        return true;
    const byHalf = (index.byHalf ??= halfIndex(all, reading));
    return reading
        .halves(reference)
        .some((mine) => hasOther(byHalf.get(halfKey(mine.half === 'id' ? 'secret' : 'id', mine.stem)), reference.id));
}
/** Speaks of access keys only when a name says AWS or the slot is an AWS one. */
function message(reference, kind) {
    const aws = reference.sink.type === 'action-input' || namesOf(reference).some((name) => awsWords.test((0,credentials_names/* normalizeName */.Pc)(name)));
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
        const reading = reader();
        const { read } = reading;
        for (const use of model.uses) {
            const all = (0,scan_model/* referencesOf */.CL)(model, use);
            if (all.length === 0 || all.some((reference) => reference.source.type === 'all-secrets'))
                continue;
            // Built when the step has a lone half to pair: most steps' references are none (a setting, a stand-in).
            let index;
            for (const reference of all) {
                const { kind, stands } = read(reference);
                if (!kind || !partners[kind] || stands !== 'credential')
                    continue;
                if ((kind === 'smtp-username' || kind === 'smtp-password') && !use.destination.smtp)
                    continue;
                index ??= indexStep(all, reading);
                if (isPaired(reference, kind, index, all, reading))
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/formats/shared/yaml.ts + 5 modules
var yaml = __webpack_require__(234);
;// CONCATENATED MODULE: ./src/rules/fixes/workflow.ts
/**
 * Fixes in workflow files, made in their text with the places the YAML parser gives: the named secrets
 * instead of `secrets: inherit`, and a role instead of static keys for configure-aws-credentials.
 */



/** A secret's name as GitHub allows it: nothing else is written into a fix. */
const secretName = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
/** The workflow's parsed document, or none when it is not one clean document (errors, several documents). */
function parsed(texts, source) {
    return texts.remember(`yaml:${source.file}`, () => parseOnce(source));
}
function parseOnce(source) {
    try {
        // Read as the scan read it (most workflows by the fast reader): on a warm re-scan, where the scan parsed
        // nothing, this was a fifth of the rules' time.
        const documents = (0,yaml/* parseYamlDocuments */.v)(source.text);
        const document = documents.length === 1 ? documents[0] : undefined;
        return document && document.errors.length === 0 && (0,dist/* isMap */.jh)(document.contents) ? document.contents : undefined;
    }
    catch {
        return undefined;
    }
}
function pairsOf(node) {
    return (0,dist/* isMap */.jh)(node) ? node.items : [];
}
function keyText(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}
function pairNamed(node, name) {
    return pairsOf(node).find((pair) => keyText(pair) === name);
}
function scalarString(node) {
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : undefined;
}
/** [start, end) of a node as written, when the parser placed it. */
function rangeOf(node) {
    const range = node?.range;
    return range ? { start: range[0], end: range[1] } : undefined;
}
/**
 * `secrets: inherit` on a call of a workflow of this repository (`uses: ./.github/workflows/x.yml`) becomes
 * the map of the secrets the called workflow declares under `on.workflow_call.secrets`; when it declares
 * none and uses none, the line goes.
 */
function namedSecretsFix(texts, model, reference) {
    const at = texts.offsets(reference.file, reference.span);
    if (!at || at.source.text.slice(at.start, at.end) !== 'inherit')
        return undefined;
    const job = callsBySecrets(texts, at.source).get(at.start);
    const uses = scalarString(pairNamed(job, 'uses')?.value);
    if (!uses?.startsWith('./') || uses.includes('@'))
        return undefined;
    const calledPath = uses.slice(2);
    const called = texts.get(calledPath);
    const calledModel = texts
        .remember('file-models', () => new Map(model.files.map((file) => [file.file, file])))
        .get(calledPath);
    // A file its reader refused (too deep, too large) is not parsed here either.
    if (!called || !calledModel || calledModel.problems.length > 0)
        return undefined;
    const declared = texts.remember(`declared:${calledPath}`, () => declaredSecrets(texts, called));
    if (!declared || !declared.every((name) => secretName.test(name)))
        return undefined;
    const { source } = at;
    if (declared.length > 0)
        return fixOf(`pass only the secrets \`${uses}\` declares: ${declared.join(', ')}`, [
            namedSecrets(source, at, declared),
        ]);
    // Declaring none, it reads what `inherit` hands it: those secrets are declared there and passed by name.
    const used = texts.remember(`named:${calledPath}`, () => secretsNamedIn(called.text));
    if (!used)
        return undefined;
    if (used.length === 0) {
        const line = lineAround(source.text, at.start);
        if (!/^[ \t]*secrets:[ \t]*inherit[ \t]*$/.test(source.text.slice(line.start, line.end)))
            return undefined;
        const whole = wholeLine(source.text, at.start);
        return fixOf(`pass no secrets: \`${uses}\` declares and uses none`, [edit(source, whole.start, whole.end, '')]);
    }
    if (!used.every((name) => secretName.test(name)))
        return undefined;
    const declaration = declareSecrets(texts, called, used);
    if (!declaration)
        return undefined;
    return fixOf(`pass only the secrets \`${uses}\` uses, by name, and declare them there: ${used.join(', ')}`, [
        namedSecrets(source, at, used),
        declaration,
    ]);
}
/**
 * Every secret the text names (`secrets.NAME`, `secrets['NAME']`), GITHUB_TOKEN aside (always there);
 * undefined when it reads secrets it does not name (`toJSON(secrets)`, a computed index).
 */
function secretsNamedIn(text) {
    const names = new Set();
    for (const match of text.matchAll(/\bsecrets(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[ *'([^'\n]{1,100})' *\]|(.))/g)) {
        const name = match[1] ?? match[2];
        if (name === undefined) {
            // `secrets:` as a key is a workflow's own map, not a read of the secrets.
            if (match[3] === ':')
                continue;
            return undefined;
        }
        if (name !== 'GITHUB_TOKEN')
            names.add(name);
    }
    return [...names];
}
/** `secrets: inherit` made a map of the names, each passed as the caller's secret of that name. */
function namedSecrets(source, at, names) {
    const colon = source.text.lastIndexOf(':', at.start);
    if (colon === -1 || source.text.slice(colon + 1, at.start).trim() !== '')
        return undefined;
    const indent = `${indentationAt(source.text, lineAround(source.text, colon).start)}  `;
    const newline = newlineOf(source.text);
    const lines = names.map((name) => `${newline}${indent}${name}: \${{ secrets.${name} }}`).join('');
    return edit(source, colon, at.end, `:${lines}`);
}
/**
 * The `secrets:` declarations added under the called workflow's `workflow_call:` (empty, or a block map
 * without `secrets`), each `required: false` as the secrets it inherited were.
 */
function declareSecrets(texts, called, names) {
    const on = pairNamed(parsed(texts, called), 'on')?.value;
    const call = pairNamed(on, 'workflow_call');
    const keyStart = rangeOf(call?.key)?.start;
    if (!call || keyStart === undefined)
        return undefined;
    const newline = newlineOf(called.text);
    const keyLine = lineAround(called.text, keyStart);
    const declarations = (indent) => [`${indent}secrets:`, ...names.flatMap((name) => [`${indent}  ${name}:`, `${indent}    required: false`])]
        .map((line) => `${line}${newline}`)
        .join('');
    if (call.value === null || ((0,dist/* isScalar */.jn)(call.value) && call.value.value === null)) {
        if (!/^[ \t]*workflow_call:[ \t]*$/.test(called.text.slice(keyLine.start, keyLine.end)))
            return undefined;
        const next = wholeLine(called.text, keyStart).end;
        if (next === keyLine.end)
            return undefined;
        return edit(called, next, next, declarations(`${indentationAt(called.text, keyLine.start)}  `));
    }
    if (!(0,dist/* isMap */.jh)(call.value) || call.value.flow || pairNamed(call.value, 'secrets'))
        return undefined;
    const first = call.value.items[0];
    const firstStart = first && (0,dist/* isPair */.tO)(first) ? rangeOf(first.key)?.start : undefined;
    if (firstStart === undefined)
        return undefined;
    const line = lineAround(called.text, firstStart);
    return edit(called, line.start, line.start, declarations(indentationAt(called.text, line.start)));
}
/** Each job's node by where its `secrets:` value starts: how a `secrets: inherit` finds its call, once per file. */
function callsBySecrets(texts, source) {
    return texts.remember(`calls:${source.file}`, () => {
        const calls = new Map();
        for (const pair of pairsOf(pairNamed(parsed(texts, source), 'jobs')?.value)) {
            const start = rangeOf(pairNamed(pair.value, 'secrets')?.value)?.start;
            if (start !== undefined)
                calls.set(start, pair.value);
        }
        return calls;
    });
}
/** The names under `on.workflow_call.secrets`; undefined when the file is not a reusable workflow. */
function declaredSecrets(texts, source) {
    const on = pairNamed(parsed(texts, source), 'on')?.value;
    if (scalarString(on) === 'workflow_call')
        return [];
    if (!(0,dist/* isMap */.jh)(on))
        return undefined;
    const call = pairNamed(on, 'workflow_call');
    if (!call)
        return undefined;
    return pairsOf(pairNamed(call.value, 'secrets')?.value).flatMap((pair) => keyText(pair) ?? []);
}
const configureAction = 'aws-actions/configure-aws-credentials';
/** A role as written for `role-to-assume`: a secret or variable expression, or a role ARN; nothing else is copied. */
const roleShape = /^(?:\$\{\{ *(?:secrets|vars)\.[A-Za-z_][A-Za-z0-9_]{0,99} *\}\}|arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,200})$/;
/** The first `role-to-assume` of configure-aws-credentials in the scanned workflows and actions. */
function roleInUse(texts) {
    return texts.remember('role-to-assume', () => firstRole(texts));
}
function firstRole(texts) {
    for (const path of texts.paths()) {
        if (!/\.ya?ml$/.test(path))
            continue;
        const text = texts.text(path);
        if (!text?.includes(configureAction))
            continue;
        for (const match of text.matchAll(/^[ \t]*role-to-assume:(.*)$/gm)) {
            const written = (match[1] ?? '').trim();
            const quoted = written.length > 1 && /^['"]/.test(written) && written.endsWith(written.charAt(0));
            const role = quoted ? written.slice(1, -1) : written;
            if (roleShape.test(role))
                return role;
        }
    }
    return undefined;
}
/**
 * The role form for a configure-aws-credentials step given static keys, when another step of the
 * scanned workflows already assumes a role with it: `role-to-assume` for the key pair, and
 * `id-token: write` for the job. Only a suggestion: the role must trust this repository first.
 */
function roleFormFix(texts, reference) {
    if (reference.sink.type !== 'action-input' ||
        reference.sink.name !== 'aws-access-key-id' ||
        !reference.sink.action?.startsWith(configureAction))
        return undefined;
    const at = texts.offsets(reference.file, reference.span);
    const role = roleInUse(texts);
    if (!at || !role)
        return undefined;
    const step = keyIdInputs(texts, at.source).get(lineAround(at.source.text, at.start).start);
    const range = rangeOf(step?.keyId.value);
    if (!step || !range || at.start < range.start || at.start >= range.end)
        return undefined;
    return roleForm(at.source, parsed(texts, at.source), step.job, step.inputs, step.keyId, role);
}
/** Each step's `aws-access-key-id` input by the start of the line its value is on, read once per file. */
function keyIdInputs(texts, source) {
    return texts.remember(`key-ids:${source.file}`, () => {
        const found = new Map();
        for (const jobPair of pairsOf(pairNamed(parsed(texts, source), 'jobs')?.value)) {
            const steps = pairNamed(jobPair.value, 'steps')?.value;
            for (const step of steps?.items ?? []) {
                const inputs = pairNamed(step, 'with')?.value;
                const keyId = pairNamed(inputs, 'aws-access-key-id');
                const start = rangeOf(keyId?.value)?.start;
                if (keyId && start !== undefined)
                    found.set(lineAround(source.text, start).start, { job: jobPair.value, inputs, keyId });
            }
        }
        return found;
    });
}
function roleForm(source, root, job, inputs, keyId, role) {
    const keyStart = rangeOf(keyId.key)?.start;
    const valueEnd = rangeOf(keyId.value)?.end;
    if (keyStart === undefined || valueEnd === undefined)
        return undefined;
    const edits = [edit(source, keyStart, valueEnd, `role-to-assume: ${role}`)];
    for (const name of ['aws-secret-access-key', 'aws-session-token']) {
        const start = rangeOf(pairNamed(inputs, name)?.key)?.start;
        if (start === undefined)
            continue;
        const line = wholeLine(source.text, start);
        if (source.text.slice(line.start, start).trim() !== '')
            return undefined;
        edits.push(edit(source, line.start, line.end, ''));
    }
    const permission = idTokenWrite(source, root, job);
    if (permission === false)
        return undefined;
    edits.push(permission);
    return fixOf(`assume the role ${role} with OIDC (\`role-to-assume\`, \`permissions: id-token: write\`) instead of static keys`, edits, true);
}
/**
 * The edit that gives the job `id-token: write`: into its `permissions:` map, else the workflow's, else a
 * new job `permissions:` (with `contents: read`, which a job with its own permissions otherwise loses).
 * None when it is already there; false when the permissions are written so that no edit is safe.
 */
function idTokenWrite(source, root, job) {
    const own = pairNamed(job, 'permissions');
    const target = own ?? pairNamed(root, 'permissions');
    if (target) {
        if (scalarString(target.value) === 'write-all')
            return undefined;
        if (!(0,dist/* isMap */.jh)(target.value) || target.value.flow)
            return false;
        const present = pairNamed(target.value, 'id-token');
        if (present) {
            const range = rangeOf(present.value);
            if (scalarString(present.value) === 'write')
                return undefined;
            return range ? edit(source, range.start, range.end, 'write') : false;
        }
        const first = target.value.items[0];
        const firstStart = first && (0,dist/* isPair */.tO)(first) ? rangeOf(first.key)?.start : undefined;
        if (firstStart === undefined)
            return false;
        const line = lineAround(source.text, firstStart);
        return edit(source, line.start, line.start, `${indentationAt(source.text, line.start)}id-token: write${newlineOf(source.text)}`);
    }
    const first = (0,dist/* isMap */.jh)(job) ? job.items[0] : undefined;
    const firstStart = first && (0,dist/* isPair */.tO)(first) ? rangeOf(first.key)?.start : undefined;
    if (firstStart === undefined)
        return false;
    const line = lineAround(source.text, firstStart);
    if (source.text.slice(line.start, firstStart).trim() !== '')
        return false;
    const indent = indentationAt(source.text, line.start);
    const newline = newlineOf(source.text);
    return edit(source, line.start, line.start, `${indent}permissions:${newline}${indent}  id-token: write${newline}${indent}  contents: read${newline}`);
}

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
    check: (model, context) => {
        const texts = new FixTexts(context.texts);
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
                flagged.set(reference.id, {
                    ...atReference(reference, `${describeSource(reference)} gives a long-lived access key to ${describeSink(reference)} in a job that calls the SES API. Assume a role with OIDC (\`role-to-assume\`) instead of storing static keys.`, 'access-key-id'),
                    fix: roleFormFix(texts, reference),
                });
            }
        }
        return [...flagged.values()];
    },
};

;// CONCATENATED MODULE: ./src/rules/overbroad-secrets-access.ts




const smtpKinds = new Set(['smtp-username', 'smtp-password', 'smtp-password-v2']);
/** How many secret names a message lists before it says how many more there are. */
const listed = 5;
/**
 * A secret is SES-relevant when its kind is an AWS credential's, or it is an SMTP credential used with no
 * other provider's server, or it reaches an SES use at all. Defined secrets (listed from the repository)
 * count by their name's kind.
 */
function sesRelevantSecrets(model) {
    const names = new Set();
    for (const reference of model.references) {
        if (reference.source.type !== 'secret')
            continue;
        if (isSesRelevant(model, reference))
            names.add(reference.source.name);
    }
    for (const secret of model.repository.definedSecrets ?? [])
        if (secret.kind && (credentials_names/* awsKinds */.z3.has(secret.kind) || smtpKinds.has(secret.kind)))
            names.add(secret.name);
    return [...names].sort();
}
function isSesRelevant(model, reference) {
    const kind = reference.supplied?.kind;
    if (kind && credentials_names/* awsKinds */.z3.has(kind))
        return true;
    const uses = model.usesByReference.get(reference.id) ?? [];
    if (uses.some((use) => use.destination.sesApi || use.destination.smtp?.target === 'ses'))
        return true;
    return kind !== undefined && smtpKinds.has(kind) && uses.every((use) => use.destination.smtp?.target !== 'other');
}
function listOf(names) {
    const shown = names
        .slice(0, listed)
        .map((name) => `\`${name}\``)
        .join(', ');
    return names.length > listed ? `${shown} and ${names.length - listed} more` : shown;
}
/**
 * `secrets: inherit` and `toJSON(secrets)` name the SES-relevant secrets they hand over; with none in sight
 * (a module's boilerplate workflows) they are a notice. A computed index picks a secret the file cannot show.
 */
function finding(reference, sesSecrets) {
    const what = describeSource(reference);
    if (reference.source.type === 'all-secrets' && reference.source.via === 'dynamic-index')
        return atReference(reference, `${what} can read any secret of the repository, SES credentials included. Pass only the secrets that are needed, by name.`);
    if (sesSecrets.length === 0)
        return {
            ...atReference(reference, `${what} passes every secret of the repository; none this scan sees is an SES credential. Pass only the secrets that are needed, by name.`),
            severity: 'notice',
        };
    return atReference(reference, `${what} passes every secret of the repository, SES credentials included: ${listOf(sesSecrets)}. Pass only the secrets that are needed, by name.`);
}
const overbroadSecretsAccess = {
    meta: {
        id: 'overbroad-secrets-access',
        title: 'Every secret handed over at once',
        defaultSeverity: 'warning',
        securitySeverity: 5.0,
        precision: 'high',
        help: '`toJSON(secrets)`, a computed `secrets[\u2026]` index and `secrets: inherit` hand every secret of the repository, including SES access keys and SMTP passwords, to a step or a called workflow that needs only some. Pass the secrets it needs by name, so a compromised step or workflow gets no more. The finding names the SES-relevant secrets the scan sees; with none, it is a notice.',
        tags: ['security', 'github-actions'],
    },
    check: (model, context) => {
        const overbroad = model.references.filter((reference) => reference.source.type === 'all-secrets');
        if (overbroad.length === 0)
            return [];
        const sesSecrets = sesRelevantSecrets(model);
        const texts = new FixTexts(context.texts);
        return overbroad.map((reference) => ({
            ...finding(reference, sesSecrets),
            fix: reference.source.type === 'all-secrets' && reference.source.via === 'inherit'
                ? namedSecretsFix(texts, model, reference)
                : undefined,
        }));
    },
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
        const apiUsed = (0,iam/* apiUsedSmtpNamedUsers */.DF)(model);
        const principals = (0,collections/* firstBy */.CU)(model.iam.principals, (principal) => principal.key);
        for (const userKey of (0,iam/* smtpUserKeys */.s_)(model)) {
            const user = principals.get(userKey);
            for (const grant of (0,iam/* grantsOf */.Rr)(model.iam, userKey)) {
                if (!(0,iam/* allowsBeyondSmtp */.Ks)(grant.statement))
                    continue;
                // A key used with the SES API may need templates or attachments; whole services are still too much.
                if (apiUsed.has(userKey) && !(0,iam/* grantsWholeServices */.Pd)(grant.statement))
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
            return reference.source.type !== 'literal' || (0,values/* literalFits */.e2)(kind, reference.source.value);
        })
            .map((reference) => {
            // Stryker disable next-line StringLiteral: unreachable, the filter admits only references of a known kind
            const kind = reference.supplied?.kind ?? reference.sink.expects ?? 'ambiguous';
            return atReference(reference, `${describeSource(reference)} in ${describeSink(reference)} is the account root user's ${label(kind)}. Root credentials give unrestricted access to the whole AWS account; use an IAM user limited to SES instead.`, kind);
        }),
        // A defined secret named as the root user's is a finding on the repository, used or not.
        // Stryker disable next-line ArrayDeclaration: an item put in the empty list is no root secret, so it gives nothing
        ...(model.repository.definedSecrets ?? []).flatMap(({ name, scope, kind, root }) => root && kind !== undefined && kind !== 'ambiguous'
            ? [
                atValue(model, name, `The ${scope} secret \`${name}\` is named as the account root user's ${label(kind)}. Root credentials belong in no repository: delete the secret and the root access keys.`, kind),
            ]
            : []),
    ],
};

;// CONCATENATED MODULE: ./src/rules/secret-key-as-smtp-password.ts




/** The derived SMTP password of the same key, where the raw secret is written as `aws_iam_access_key.NAME.secret`. */
function derivedPasswordFix(texts, file, span) {
    return accessKeyAttributeFix(texts, file, span, 'secret', 'ses_smtp_password_v4', "use the key's SMTP password `ses_smtp_password_v4` (derived for the provider's region) instead of its raw secret");
}
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
    check: (model, context) => {
        const texts = new FixTexts(context.texts);
        return [
            ...uniqueReferences(model, smtpUses(model, ['ses', 'unknown']))
                .filter((reference) => isSmtpPasswordSlot(reference) && reference.supplied?.kind === 'secret-access-key')
                .map((reference) => ({
                ...atReference(reference, `${describeSource(reference)} is a secret access key used as the SES SMTP password. SES needs the SMTP password derived from the key for the endpoint's region, never the raw secret.`),
                // Only where the text at the place is `aws_iam_access_key.NAME.secret` in a `.tf` file (derivedPasswordFix checks).
                fix: derivedPasswordFix(texts, reference.file, reference.span),
            })),
            // Values the step was given (check-values): the name says SMTP password, the value is a 40-character secret key.
            ...model.repository.values
                .filter((value) => (0,kinds/* isSmtpPasswordKind */._P)(value.nameKind) && value.shapeKind === 'secret-access-key')
                .map((value) => atValue(model, value.name, `The value of \`${value.name}\` is a 40-character secret access key, not an SMTP password. SES needs the SMTP password derived from the key for the endpoint's region.`, 'secret-access-key')),
            // IaC: an access key's raw secret evaluated into a slot named for the SMTP password (an output, a parameter, an object key).
            ...model.iam.secretsAsSmtpPasswords.map((wrong) => ({
                file: wrong.file,
                span: wrong.span,
                message: `${wrong.value} is given to \`${wrong.slot}\`, an SES SMTP password. SES needs the SMTP password derived from the key for the endpoint's region: \`aws_iam_access_key.<name>.ses_smtp_password_v4\`.`,
                credential: { name: wrong.slot, kind: 'secret-access-key' },
                key: `iac|${wrong.slot}|${wrong.value}`,
                fix: derivedPasswordFix(texts, wrong.file, wrong.span),
            })),
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/sigv2-smtp-password.ts





/**
 * Terraform's `ses_smtp_password` (removed from the provider) becomes `ses_smtp_password_v4`. The new
 * password is derived for the provider's region: the description says so when the endpoint beside it
 * is in another region, where the password still will not work.
 */
function v4Fix(texts, structures, model, reference) {
    if (reference.source.type !== 'attribute' || !reference.source.name.endsWith('.ses_smtp_password'))
        return undefined;
    const region = providerRegion(texts, structures, reference.file);
    const endpoints = (model.usesByReference.get(reference.id) ?? []).flatMap((use) => use.destination.smtp?.regions ?? []);
    const others = [...new Set(endpoints.filter((endpoint) => endpoint !== region))];
    const note = region && others.length > 0
        ? ` (derived for the provider's region ${region}, not for the endpoint's ${others.join(', ')}: use a provider of that region)`
        : '';
    return accessKeyAttributeFix(texts, reference.file, reference.span, 'ses_smtp_password', 'ses_smtp_password_v4', `use the version-4 SMTP password \`ses_smtp_password_v4\`${note}`);
}
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
    check: (model, context) => {
        const texts = new FixTexts(context.texts);
        const structures = new HclStructures();
        return [
            ...model.references
                .filter((reference) => reference.supplied?.kind === 'smtp-password-v2' &&
                (reference.source.type !== 'literal' ||
                    reference.sink.expects !== undefined ||
                    reference.sink.type === 'url-userinfo'))
                .map((reference) => ({
                ...atReference(reference, `${describeSource(reference)} is a version-2 SES SMTP password, which SES no longer accepts. Derive a version-4 password for the endpoint's region.`),
                fix: v4Fix(texts, structures, model, reference),
            })),
            ...model.repository.values
                .filter((value) => value.shapeKind === 'smtp-password-v2' && (0,kinds/* isSmtpPasswordKind */._P)(value.nameKind))
                .map((value) => atValue(model, value.name, `The value of \`${value.name}\` is a version-2 SES SMTP password, which SES no longer accepts. Derive a version-4 password for the endpoint's region.`, 'smtp-password-v2')),
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/smtp-password-as-secret-key.ts




/** The key's own secret where its SMTP password (either version) is written as `aws_iam_access_key.NAME.ses_smtp_password\u2026`. */
function secretFix(texts, reference) {
    const description = "use the key's secret access key `.secret` where a secret access key is expected";
    const swap = (attribute) => accessKeyAttributeFix(texts, reference.file, reference.span, attribute, 'secret', description);
    return swap('ses_smtp_password_v4') ?? swap('ses_smtp_password');
}
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
    check: (model, context) => {
        const texts = new FixTexts(context.texts);
        return [
            ...model.references
                .filter((reference) => reference.sink.expects === 'secret-access-key' && (0,kinds/* isSmtpPasswordKind */._P)(reference.supplied?.kind))
                .map((reference) => ({
                ...atReference(reference, `${describeSource(reference)} is an SES SMTP password, but ${describeSink(reference)} expects a secret access key. SMTP passwords cannot sign AWS API requests.`),
                fix: secretFix(texts, reference),
            })),
            ...model.repository.values
                .filter((value) => value.nameKind === 'secret-access-key' && (0,kinds/* isSmtpPasswordKind */._P)(value.shapeKind))
                .map((value) => atValue(model, value.name, `The value of \`${value.name}\` is an SES SMTP password, not a secret access key. SMTP passwords cannot sign AWS API requests.`, 
            // Stryker disable next-line StringLiteral: unreachable, the filter admits only values of an SMTP password's shape
            value.shapeKind ?? 'smtp-password')),
        ];
    },
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





/**
 * The key's `.id` where an IAM user's name is written: `aws_iam_access_key.K.user` becomes `.id`, and
 * `aws_iam_user.U.name` the `.id` of the one access key of that user in the same module (with the
 * user's index when the key is repeated by `count` as the user is; none for `for_each`).
 */
function accessKeyIdFix(texts, structures, iam, wrong) {
    // Local, not module-level: npm run mutation left a module constant's (static) mutant untested.
    const idDescription = "use the access key's ID, the SES SMTP user name";
    const swapped = accessKeyAttributeFix(texts, wrong.file, wrong.span, 'user', 'id', idDescription);
    if (swapped)
        return swapped;
    const user = iamUserNameAt(texts, wrong.file, wrong.span);
    if (!user)
        return undefined;
    // Keyed as the Terraform reader keys declarations: the module folder, `.` at the root.
    const folder = wrong.file.includes('/') ? wrong.file.slice(0, wrong.file.lastIndexOf('/')) : '.';
    const prefix = `${folder}::aws_iam_access_key.`;
    const [key, other] = iam.accessKeys.filter((key) => key.userKey === `${folder}::aws_iam_user.${user.user}` && key.key.startsWith(prefix));
    if (!key || other)
        return undefined;
    const name = key.key.slice(prefix.length);
    // A key repeated by `count` takes the user's index (none written: which key is unknown); by `for_each`, none.
    const repetition = accessKeyRepetition(texts, structures, key.file, name);
    const index = repetition === 'single' ? '' : repetition === 'count' && user.index !== '' ? user.index : undefined;
    if (index === undefined)
        return undefined;
    const replacement = `aws_iam_access_key.${name}${index}.id`;
    return fixOf(`${idDescription}: \`${replacement}\``, [edit(user.source, user.start, user.end, replacement)]);
}
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
    // A literal's value comes trimmed from its reader.
    if (source.type === 'literal')
        return !values/* accessKeyIdPattern */.ny.test(source.value) && (source.value.includes('@') || !(0,values/* isPlaceholder */.wK)(source.value));
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
    check: (model, context) => {
        const texts = new FixTexts(context.texts);
        const structures = new HclStructures();
        const findings = uniqueReferences(model, smtpUses(model, ['ses']))
            .filter((reference) => reference.sink.expects === 'smtp-username' && isWrongUserName(reference))
            .map((reference) => atReference(reference, `${describeSource(reference)} is used as the SES SMTP user name but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from.`, reference.supplied?.kind ?? 'smtp-username'));
        // IaC values evaluated into an SMTP user name slot beside an SES host or SMTP password (Terraform).
        // Two findings at one place are one: the engine keeps the first.
        for (const wrong of model.iam.wrongSmtpUserNames) {
            findings.push({
                file: wrong.file,
                span: wrong.span,
                message: `${wrong.value} is set as the SES SMTP user name (\`${wrong.slot}\`) but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from: \`aws_iam_access_key.<name>.id\`.`,
                credential: { name: wrong.slot, kind: 'smtp-username' },
                key: `iac|${wrong.slot}|${wrong.value}`,
                fix: accessKeyIdFix(texts, structures, model.iam, wrong),
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
        // A name used in many places is looked up once: each look-up measures it against every defined secret.
        const closest = (0,collections/* remembering */.Mw)((name) => nearest(name, names, 2));
        return model.references
            .filter((reference) => reference.source.type === 'secret' &&
            !names.has(reference.source.name.toUpperCase()) &&
            !providedByGitHub.has(reference.source.name.toUpperCase()))
            .map((reference) => {
            const name = reference.source.type === 'secret' ? reference.source.name : '';
            // A swapped pair of letters is two edits; more than that is rarely the name that was meant.
            const close = closest(name.toUpperCase());
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

// EXTERNAL MODULE: ./src/common/timings.ts
var timings = __webpack_require__(4214);
;// CONCATENATED MODULE: ./src/scan/engine.ts






/**
 * Runs every enabled rule with the severities from the config, and returns plain findings, worst first,
 * each with its fingerprint. Whether a finding counts is decided afterwards, by the suppressions.
 */
function runRules(model, config, 
/** The scanned files' texts, by path: what fixes are checked against. Without them no fix is kept. */
texts = new Map()) {
    const found = [];
    const fixes = new FixChecker(texts);
    for (const rule of rules) {
        const configured = config.ruleSettings.get(rule.meta.id);
        if (configured === 'off')
            continue;
        const seen = new Set();
        for (const result of (0,timings/* timed */.ay)('rules', () => rule.check(model, { texts }))) {
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
                message: (0,values/* scrubCredentials */.Q8)(capitalize(result.message)),
                ...(result.credential
                    ? { credential: { ...result.credential, name: (0,values/* scrubCredentials */.Q8)(result.credential.name) } }
                    : {}),
                fingerprintSeed: `${rule.meta.id}|${result.file}|${result.key}`,
                ...(result.fix && fixes.accepts(result.fix)
                    ? { fix: { ...result.fix, description: (0,values/* scrubCredentials */.Q8)(result.fix.description) } }
                    : {}),
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
        compare(a.file, b.file) ||
        a.span.startLine - b.span.startLine ||
        a.span.startColumn - b.span.startColumn ||
        compare(a.ruleId, b.ruleId));
}
function compare(a, b) {
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
        // One call, no Hash object: it runs once per finding (589 on the scale-10 bench corpus).
        const fingerprint = (0,external_node_crypto_.hash)('sha256', `${finding.fingerprintSeed}|${count}`, 'hex').slice(0, 32);
        return { ...finding, fingerprint };
    });
}
/**
 * Keeps only fixes an applier can trust: every edit in a scanned file, at a place that exists, whose
 * `original` is the text there, overlapping no other edit of the fix nor of a fix already kept (in rule
 * order). An edit identical to one already kept is no conflict: two findings removed by one change.
 */
class FixChecker {
    texts;
    /** Each file's kept edits, sorted by start: they never overlap, so a new edit needs only its neighbours checked. */
    kept = new Map();
    starts = new Map();
    constructor(texts) {
        this.texts = texts;
    }
    accepts(fix) {
        if (fix.edits.length === 0)
            return false;
        const placed = [];
        for (const edit of fix.edits) {
            const text = this.texts.get(edit.file);
            if (text === undefined)
                return false;
            const at = spanOffsets(text, edit.span, this.lineStartsOf(edit.file, text));
            if (!at || text.slice(at.start, at.end) !== edit.original)
                return false;
            const candidate = { ...at, edit };
            if (placed.some((other) => collides(candidate, other)) || this.collidesWithKept(candidate))
                return false;
            placed.push(candidate);
        }
        for (const one of placed) {
            const list = this.kept.get(one.edit.file) ?? [];
            const at = firstStartingAtOrAfter(list, one.start);
            // A kept edit at the same start is this very edit (any other would overlap it): one copy answers for all.
            if (list[at]?.start !== one.start)
                list.splice(at, 0, one);
            this.kept.set(one.edit.file, list);
        }
        return true;
    }
    collidesWithKept(candidate) {
        const list = this.kept.get(candidate.edit.file) ?? [];
        const index = firstStartingAtOrAfter(list, candidate.start);
        // The kept edits before it end no later than the nearest one does (none overlap), and those after start no
        // earlier. No two kept edits share a start (the same edit twice is kept once): the one at its start is list[index].
        const neighbours = [list[index - 1], list[index], list[index + 1]];
        return neighbours.some((other) => other !== undefined && collides(candidate, other));
    }
    lineStartsOf(file, text) {
        let starts = this.starts.get(file);
        if (!starts) {
            starts = lineStarts(text);
            this.starts.set(file, starts);
        }
        return starts;
    }
}
function collides(a, b) {
    return a.edit.file === b.edit.file && editsOverlap(a, b) && !sameEdit(a.edit, b.edit);
}
/** The index of the first edit starting at or after `start` (binary search). */
function firstStartingAtOrAfter(list, start) {
    let low = 0;
    let high = list.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((list[middle]?.start ?? Infinity) < start)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/discovery/paths.ts
var paths = __webpack_require__(8674);
;// CONCATENATED MODULE: ./src/report/rebase.ts

/** Prefixes every path with the scanned folder's place in the repository, for annotations and SARIF. */
function rebase(result, prefix) {
    if (prefix === '' || prefix === '.')
        return result;
    const clean = (0,paths/* cleanFolder */.UI)(prefix);
    const move = (item) => item.file ? { ...item, file: `${clean}/${item.file}` } : item;
    // A fix's edits name their files as findings do, so they move with them.
    const moveFinding = (finding) => move(finding.fix ? { ...finding, fix: { ...finding.fix, edits: finding.fix.edits.map(move) } } : finding);
    return {
        ...result,
        findings: result.findings.map(moveFinding),
        suppressed: result.suppressed.map(moveFinding),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/common/version.ts
var version = __webpack_require__(9521);
;// CONCATENATED MODULE: ./src/rules/doc-links.ts

/** package.json's `repository`, as a web address; a test keeps the two equal. */
const publishedRepositoryUrl = 'https://github.com/ses-credential-hygiene/ses-credential-hygiene';
/**
 * The ref the published repository's documentation is read from when no action ref is known: this
 * release's tag, so that a page describes the rule as this version applies it (main may have moved on).
 */
const releaseTag = `v${version/* toolVersion */.fX}`;
const repositoryName = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
// A tag, branch or commit as git allows them, narrowed to characters that need no escaping in a URL path.
const safeRef = /^(?!.*\.\.)[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
/**
 * Where the rule pages live. Run as an action, GitHub names the repository and ref the action came from,
 * so the links match the version that produced the findings (and a fork's own pages); run any other way
 * (the CLI, or the action from a local path, where both variables are empty), the published repository at
 * this version's tag.
 */
function ruleDocsBaseUrl(environment) {
    const repository = environment.GITHUB_ACTION_REPOSITORY?.trim() ?? '';
    const ref = environment.GITHUB_ACTION_REF?.trim() ?? '';
    if (repositoryName.test(repository) && safeRef.test(ref))
        return `https://github.com/${repository}/blob/${ref}/docs/rules/`;
    return `${publishedRepositoryUrl}/blob/${releaseTag}/docs/rules/`;
}
/** The page of one rule, docs/rules/<id>.md, where `environment` says the documentation lives. */
function ruleDocUrl(ruleId, environment) {
    return `${ruleDocsBaseUrl(environment)}${ruleId}.md`;
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
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,external_node_path_.join)(dir, 'docs', 'rules', `${id}.md`);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        const parent = (0,external_node_path_.dirname)(dir);
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
    return withAbsoluteLinks((0,external_node_fs_.readFileSync)(page, 'utf8'), ruleDocsBaseUrl(process.env));
}
/**
 * A page's relative links (`../judgement.md`, `other-rule.md`) lead nowhere from a terminal: they are
 * given as addresses in the published documentation the rule links point at.
 */
function withAbsoluteLinks(page, rulesBaseUrl) {
    const docsBaseUrl = rulesBaseUrl.replace(/rules\/$/, '');
    return page.replace(/\]\((\.\.\/)?([A-Za-z0-9_-]+\.md(?:#[A-Za-z0-9_-]+)?)\)/g, (_, up, path) => (up ? `](${docsBaseUrl}${path})` : `](${rulesBaseUrl}${path})`));
}

;// CONCATENATED MODULE: ./src/discovery/repository-root.ts


/** Never through a link: a linked `.github` or `.git` in a checkout does not make a repository root. */
function entryOf(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
function isStartFolder(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * The repository a scanned path belongs to: the nearest folder, from the path itself (its folder for a
 * file) upwards, that holds `.git` (a folder, or a file in a worktree or submodule) or a `.github/`
 * folder, neither of them a link. Undefined when there is none up to the file-system root. For the
 * CLI only: the action never searches its checkout for a root (see `configCandidates`).
 */
function findRepositoryRoot(path) {
    let folder = (0,external_node_path_.resolve)(path);
    if (!isStartFolder(folder))
        folder = (0,external_node_path_.dirname)(folder);
    for (;;) {
        const git = entryOf((0,external_node_path_.resolve)(folder, '.git'));
        const github = entryOf((0,external_node_path_.resolve)(folder, '.github'));
        if ((git && !git.isSymbolicLink()) || github?.isDirectory())
            return folder;
        const parent = (0,external_node_path_.dirname)(folder);
        if (parent === folder)
            return undefined;
        folder = parent;
    }
}

;// CONCATENATED MODULE: ./src/cli/targets.ts




function kindOf(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory() ? 'folder' : 'file';
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
            targets.set((0,external_node_path_.resolve)(path), { root: (0,external_node_path_.resolve)(path) });
            continue;
        }
        const root = findRepositoryRoot(path) ?? (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path));
        const target = targets.get(root) ?? { root, files: new Set() };
        target.files?.add((0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(path)).split('\\').join('/'));
        targets.set(root, target);
    }
    return [...targets.values()];
}

;// CONCATENATED MODULE: ./src/common/control.ts
/**
 * Replaces control characters (C0 but tab, DEL, C1), so that no file name or message from the checkout
 * can drive a terminal (ESC sequences, a carriage return over a line) or start a line of its own; and the
 * bidirectional controls and line separators, so that none can reorder what a reader sees of a line
 * (a file name that displays as another, "Trojan Source").
 */
function control_stripControl(text) {
    return replaceControls(text).replace(/\n/g, ' ');
}
/** `stripControl` for a text of several lines: its `\n` line breaks kept, every other control replaced. */
function replaceControls(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, '?');
}
/** One line of checkout text as printed: control characters replaced, its own line end (`\n`, `\r\n`) kept. */
function printableLine(line) {
    const end = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
    return `${control_stripControl(line.slice(0, line.length - end.length))}${end}`;
}

// EXTERNAL MODULE: ./src/formats/shared/limits.ts
var shared_limits = __webpack_require__(4842);
;// CONCATENATED MODULE: ./src/config/name-pattern.ts
/**
 * Checks a `names:` pattern before it is compiled. The config file can come from the scanned checkout,
 * and a backtracking engine runs `^(A+)+$` for ever on a crafted name, so a pattern must not be able to
 * make matching slower than a small polynomial: a quantified group that itself holds a quantifier or an
 * alternation (`(a+)+`, `(a|aa)*`) backtracks exponentially, more than two unbounded quantifiers
 * (`.*.*.*X`) multiply their tries, and backreferences and look-arounds escape the regular class
 * altogether. Bounded ranges and optional parts multiply the tries too (`A{0,256}` three times: 5 s on
 * one name of 256 characters; `A?` twenty times: 7 s): each quantifier counts the ways it can match, a
 * name being at most 256 characters (`*`, `+`, `{n,}`: 256; `{n,m}`: m \u2212 n + 1; `?`: 4, as it also
 * doubles the tries of the quantifiers around it), and their product may not pass two unbounded
 * quantifiers with one optional part. Each is refused with the reason. One pass over the pattern; its
 * length is capped by the schema and the length of the names it runs on by the classifier.
 */
function unsafePatternReason(pattern) {
    const stack = [{ quantified: false, alternated: false }];
    /** The atom a quantifier would apply to: a closed group (with what it held) or a single character. */
    let lastAtom;
    let unbounded = 0;
    let ways = 1;
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
            ways *= quantifierWays(ch, braces);
            if (ways > maxWays)
                return 'its quantifiers together (ranges {n,m}, optional parts ?, and *, +) could take more tries than two unbounded ones and an optional part';
            top.quantified = true;
            lastAtom = undefined;
        }
        else
            lastAtom = 'char';
    }
    return stack.length === 1 ? undefined : 'unbalanced parentheses';
}
/** The most characters a classified name has (`longestName` in credentials/names.ts), so the most ways an unbounded quantifier matches. */
const longestName = 256;
/** Two unbounded quantifiers and an optional part: what a pattern's quantifiers may multiply to. */
const maxWays = longestName * longestName * 4;
/** The ways one quantifier can match in a name: `?` counts 4, since it also doubles the tries of the others. */
function quantifierWays(ch, braces) {
    if (ch === '*' || ch === '+')
        return longestName;
    if (ch === '?')
        return 4;
    const range = /^\{(\d+)(,(\d*))?\}/.exec(braces);
    if (!range || range[2] === undefined)
        return 1;
    if (range[3] === '')
        return longestName;
    const spread = Number(range[3]) - Number(range[1]) + 1;
    return spread <= 1 ? 1 : spread === 2 ? 4 : Math.min(longestName, spread);
}

;// CONCATENATED MODULE: ./src/config/schema-check.ts
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
/**
 * Checks a value against the subset of JSON Schema (draft 7) that the config schema uses: type, enum,
 * properties, additionalProperties: false, required, items, anyOf, minLength, maxLength, minimum,
 * exclusiveMinimum, maximum, pattern. One pass over the value; every error is kept. A general validator (ajv)
 * cost the CLI about half a second of start-up, for a file most repositories do not have.
 */
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
        if (schema.maximum !== undefined && value > schema.maximum)
            fail('maximum', { limit: schema.maximum });
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


const settings = ['error', 'warning', 'notice', 'off'];
const globList = {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    description: 'Globs (picomatch: `**`, `*`, `?`, `{a,b}`, `[a-z]`, a leading `!` negates), relative to the scanned folder.',
};
const ruleIdList = { type: 'array', items: { type: 'string', enum: [...ruleIds] } };
/**
 * The JSON Schema of `.github/ses-credential-hygiene.yml`. The copy in `schema/` (for editors, through
 * `# yaml-language-server: $schema=\u2026`) is kept equal to this by a test.
 */
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
                    kind: { enum: [...kinds/* credentialKinds */.LY] },
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
                { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?(\\s*([KkMmGg][Ii]?[Bb]|[Bb]))?\\s*$' },
            ],
        },
        'max-depth': {
            type: 'integer',
            minimum: 1,
            // The parsers recurse: near 1 000 levels, three deep files in one scan aborted Node (a regular expression
            // compiled for the first time with the stack nearly spent); 500 keeps twice that margin.
            maximum: 500,
            description: 'Deepest nesting a file may have before it is read as text only (at most 500).',
        },
        'max-aliases': { type: 'integer', minimum: 1 },
        'max-nodes': {
            type: 'integer',
            minimum: 1,
            description: 'Most items (list entries, keys, flow separators, comments) a file may hold before it is read as text only.',
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
/** JSON pointer (`/ignore/0/rules`) \u2192 path segments, numbers for list indices. */
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
function describe(error, document, at) {
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
function scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) ? String(node.value) : '\u2026';
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
const config_defaultConfigPath = '.github/ses-credential-hygiene.yml';
function config_defaultConfig() {
    return {
        ruleSettings: new Map(),
        ignores: [],
        nameRules: (0,credentials_names/* withUserNameRules */.Mh)([]),
        include: [],
        exclude: [],
        maxFileBytes: defaultMaxFileBytes,
        limits: { ...shared_limits/* defaultParseLimits */.jR },
    };
}
class ConfigError extends Error {
    source;
    problems;
    constructor(source, problems) {
        // The user's own text is echoed back, so anything credential-shaped in it is redacted; the config may be a
        // pull request's, so a problem is one line without control characters (no terminal sequence, no forged line).
        super(`invalid configuration in ${source}:\n${problems.map((problem) => `  - ${control_stripControl((0,values/* scrubCredentials */.Q8)(problem))}`).join('\n')}`);
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
    // A glob picomatch would run as a backtracking regex of many stars is refused: the file names are the checkout's.
    for (const key of ['include', 'exclude', 'ignore'])
        for (const [index, entry] of (raw[key] ?? []).entries()) {
            const glob = typeof entry === 'string' ? entry : entry.path;
            const refused = globRefusal(glob);
            const at = typeof entry === 'string' ? [key, index] : [key, index, 'path'];
            if (refused)
                problems.push({ message: `${key}[${index}]: ${refused}`, ...parsed.positionOf(at) });
        }
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
    const limits = { ...shared_limits/* defaultParseLimits */.jR };
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
        nameRules: (0,credentials_names/* withUserNameRules */.Mh)(userNameRules),
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

// EXTERNAL MODULE: ./src/discovery/read.ts
var discovery_read = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/config/load.ts





/**
 * The config file that applies to a scanned path: `.github/ses-credential-hygiene.yml` at the root of
 * the repository the path is in (so `path: infra` still finds the repository's file), else under the
 * path itself.
 */
function defaultConfigLocation(scanned) {
    return (0,external_node_path_.join)(repositoryOf(scanned), config_defaultConfigPath);
}
function repositoryOf(scanned) {
    return findRepositoryRoot(scanned) ?? (0,external_node_path_.resolve)(scanned);
}
/**
 * The config files that may apply to a scanned folder of a repository, nearest first: the default file in
 * the folder itself and in each folder above it, up to the repository root (`folder` is POSIX and
 * relative to that root, '' for the root). Decided from the path alone, never by looking at the checkout,
 * so a pull request that adds a `.github/` folder or a `.git` file cannot move the lookup; whichever of
 * these exists where the settings are read (the base commit, or a trusted workspace) applies.
 */
function configCandidates(folder) {
    const parts = folder.split('/').filter((part) => part !== '' && part !== '.');
    const candidates = [];
    for (let depth = parts.length; depth >= 0; depth--)
        candidates.push([...parts.slice(0, depth), defaultConfigPath].join('/'));
    return candidates;
}
/** Config and baseline files are small; anything larger is refused rather than read. */
const maxSettingsBytes = 1024 * 1024;
/**
 * Loads the config: the file named explicitly (which must exist), else the default file of the scanned
 * path's repository when present, else the defaults. Either is read like a scanned file: never through a
 * symbolic link (for the default file, nor through a linked folder of the repository), never a device or
 * FIFO, at most `maxSettingsBytes` \u2014 a checkout may hold a config that is a link to `/dev/zero`.
 */
async function loadConfig(root, explicitPath) {
    const path = explicitPath ?? defaultConfigLocation(root);
    const read = (0,discovery_read/* readCheckoutFile */.$C)(path, maxSettingsBytes, explicitPath ? {} : { root: repositoryOf(root) });
    if (read.ok)
        return parseConfig(read.text, path);
    if (!explicitPath && read.missing)
        return config_defaultConfig();
    throw new ConfigError(path, [`cannot read the file (${read.missing ? 'ENOENT' : read.reason})`]);
}
/**
 * Adds include/exclude globs given as action inputs or CLI flags to the config's own; refuses one the config
 * file would refuse (`globRefusal`).
 */
function withGlobs(config, include, exclude) {
    const problems = [
        ...include.map((glob) => ['include', glob]),
        ...exclude.map((glob) => ['exclude', glob]),
    ].flatMap(([list, glob]) => {
        const refused = globRefusal(glob);
        return refused ? [`${list} ${refused}`] : [];
    });
    if (problems.length > 0)
        throw new ConfigError('the include and exclude globs given', problems);
    return { ...config, include: [...config.include, ...include], exclude: [...config.exclude, ...exclude] };
}

// EXTERNAL MODULE: ./src/credentials/error-text.ts
var error_text = __webpack_require__(6310);
;// CONCATENATED MODULE: ./src/report/exit-decision.ts

/** The findings the gate counts: all of them, or only those in files the pull request changes. */
function gatedFindings(findings, scope) {
    return scope === 'changed' ? findings.filter((finding) => !finding.outsideDiff) : [...findings];
}
/** The rank a finding must reach to fail the run: under `never`, one no finding reaches. */
const failRank = { ...severityRank, never: Infinity };
/** The findings at `failOn` or worse: what fails the run. */
function failingFindings(findings, failOn) {
    return findings.filter((finding) => severityRank[finding.severity] >= failRank[failOn]);
}
/** Why nothing failed the run (and what was seen but does not count). */
function passCause(findings, failOn) {
    if (failOn === 'never')
        return { kind: 'fail-on-never', reported: countBySeverity(findings) };
    const outside = failingFindings(findings, failOn);
    if (outside.length > 0)
        return { kind: 'outside-changed-files', outside: countBySeverity(outside) };
    if (findings.length === 0)
        return { kind: 'no-findings' };
    return { kind: 'below-fail-on', reported: countBySeverity(findings) };
}
/** Files with at least one note: a file with three modules not followed is one file not fully read. */
function filesWithNotes(result) {
    return new Set(result.problems.map((problem) => problem.file)).size;
}
/** The first cause that fails the run, if any. */
function failCause(result, gate, failScope) {
    const warnings = gate.scanWarnings ?? 0;
    if (gate.strict && warnings > 0)
        return { kind: 'scan-warnings', warnings };
    const unread = filesWithNotes(result);
    if (gate.strict && unread > 0)
        return { kind: 'unread-files', files: unread };
    const counted = gatedFindings(result.findings, failScope);
    const failing = failingFindings(counted, gate.failOn);
    if (failing.length === 0)
        return undefined;
    return { kind: 'findings', failing: countBySeverity(failing), counted: countBySeverity(counted) };
}
/**
 * Whether the action step or the CLI fails, on the final result (suppressed findings never count). With
 * strict, warnings about the scan itself and files that could not be fully read fail it too, whatever the
 * findings. With `failScope: changed`, only findings in files the pull request changes count (the others
 * are still reported).
 */
function decideVerdict(result, gate) {
    const judged = { failOn: gate.failOn, failScope: gate.failScope ?? 'all' };
    const cause = failCause(result, gate, judged.failScope);
    if (cause)
        return { ...judged, failed: true, cause };
    return { ...judged, failed: false, cause: passCause(result.findings, gate.failOn) };
}

;// CONCATENATED MODULE: ./src/report/summary/markdown.ts
/** Markdown building blocks for the job summary: escaped cells, quoted code and links to files at the scanned commit. */


/**
 * The one escaper for text that comes from the checkout (names, paths, messages that quote them), outside
 * code spans, in a table cell or a line: what GitHub would read as Markdown structure is escaped, so the
 * text renders as itself and never as a link, an image, HTML, emphasis, a mention or a cell break.
 * Control characters (line breaks among them) become spaces; `&`, `<` and `>` become entities, which
 * read the same in Markdown and in HTML; the rest of the structure (backslash, backtick, `*`, `_`, `[`,
 * `]`, `!`, `|`, `~`, `#`, `@`, and `$`, which opens GitHub's math) is backslash-escaped, and so are the `:` of `://` and the `.` of `www.`,
 * which GitHub would otherwise turn into links of their own.
 */
function markdown_markdownText(text) {
    return text
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]!|~#@$]/g, (ch) => `\\${ch}`)
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/(www)\./gi, '$1\\.');
}
/** Text from the checkout in a table cell: `markdownText`. */
const cell = (/* unused pure expression or super */ null && (markdown_markdownText));
/** The longest run of backticks in the text, counted in one pass. */
function longestBacktickRun(text) {
    let longest = 0;
    let run = 0;
    for (const ch of text) {
        run = ch === '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
/**
 * Text from the checkout as inline code that cannot end early: its fence is one backtick longer than the
 * longest run of backticks inside, padded with spaces when the text starts or ends with a backtick (or a
 * space, which the padding would otherwise eat). Inside a code span nothing else is Markdown, so only
 * what ends it from outside is changed: control characters become spaces and, in a table cell, a pipe is
 * escaped (GitHub splits cells before it reads code spans, and unescapes `\|` inside them).
 */
function code(text, where = 'cell') {
    const flat = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
    const body = where === 'cell' ? flat.replace(/\|/g, '\\|') : flat;
    if (body === '')
        return '` `';
    const fence = '`'.repeat(longestBacktickRun(body) + 1);
    const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * A message that quotes names in backticks (`Secret \`X\` in \u2026`): its code spans, found as CommonMark finds
 * them (a run of backticks closed by the next run of the same length), are rewritten with `code`, and the
 * text between with `markdownText`. A name holding backticks can shift which part reads as code, but
 * every part is inert either way: no checkout text becomes a link, an image or HTML.
 */
function messageCell(message) {
    const runs = backtickRuns(message);
    // The runs of each length, in order: finding each closer is a forward walk, linear overall.
    const byLength = new Map();
    runs.forEach((run, index) => {
        const same = byLength.get(run.length);
        if (same)
            same.push(index);
        else
            byLength.set(run.length, [index]);
    });
    const walked = new Map();
    let out = '';
    let textEnd = 0;
    for (let index = 0; index < runs.length; index++) {
        const opener = runs[index];
        const same = opener && byLength.get(opener.length);
        if (!opener || !same)
            continue;
        let cursor = walked.get(opener.length) ?? 0;
        while (cursor < same.length && (same[cursor] ?? 0) <= index)
            cursor++;
        walked.set(opener.length, cursor);
        const closerIndex = same[cursor];
        const closer = closerIndex === undefined ? undefined : runs[closerIndex];
        if (closerIndex === undefined || !closer)
            continue;
        const inner = message.slice(opener.start + opener.length, closer.start);
        // CommonMark drops one space at each end when both ends have one and the span is not all spaces.
        const unpadded = inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
        out += markdown_markdownText(message.slice(textEnd, opener.start)) + code(unpadded);
        textEnd = closer.start + closer.length;
        index = closerIndex;
    }
    return out + markdown_markdownText(message.slice(textEnd));
}
/** Each run of backticks in the text: where it starts and how long it is. */
function backtickRuns(text) {
    const runs = [];
    for (let index = 0; index < text.length;) {
        if (text[index] !== '`') {
            index++;
            continue;
        }
        const start = index;
        while (text[index] === '`')
            index++;
        runs.push({ start, length: index - start });
    }
    return runs;
}
/** Text from the pull request's own files (a glob, a path) is quoted at most this long. */
const maxQuotedLength = 200;
/**
 * Quotes text from the pull request's own files as inline code on a line of its own (not a table): a
 * credential in it is redacted (someone pasted a key into a glob), and a long one is cut.
 */
function codeSpan(text) {
    const scrubbed = scrubCredentials(text);
    return code(scrubbed.length > maxQuotedLength ? `${scrubbed.slice(0, maxQuotedLength)}\u2026` : scrubbed, 'line');
}
/** Percent-encodes each path segment, and the characters that would end a Markdown link. */
function encodePath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function blobUrl(links, path, line) {
    const base = `${withoutTrailingSlashes(links.serverUrl)}/${encodePath(links.repository)}/blob/${encodeURIComponent(links.sha)}/${encodePath(path)}`;
    return line === undefined ? base : `${base}#L${line}`;
}
/** `path:line[:column]` as code, linked to the file at the commit when links are known. */
function locationCell(links, place) {
    if (!place.file)
        return '(repository)';
    const text = `${place.file}${place.line !== undefined ? `:${place.line}` : ''}${place.column !== undefined ? `:${place.column}` : ''}`;
    // The location is text inside <code>, escaped: a file named `[Approve](https://\u2026)` stays a name, and
    // the only link is the one built here to the file itself.
    const quoted = `<code>${markdown_markdownText(text)}</code>`;
    return links ? `[${quoted}](${blobUrl(links, place.file, place.line)})` : quoted;
}

;// CONCATENATED MODULE: ./src/report/verdict-wording.ts



/** "1 file", "3 files". */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** The words every account of a gate on changed files ends with: " in files this pull request changes", or nothing. */
function inChangedFiles(scope) {
    return scope === 'changed' ? ' in files this pull request changes' : '';
}
const total = (counts) => counts.error + counts.warning + counts.notice;
/** "3 errors and 1 warning", worst first; "no findings" when all are zero. */
function describeCounts(counts) {
    const parts = severitiesWorstFirst
        .filter((severity) => counts[severity] > 0)
        .map((severity) => plural(counts[severity], severity));
    if (parts.length === 0)
        return 'no findings';
    return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
/** Why nothing failed the run, in words a reviewer reads before anything else. */
function passSentence(cause, failOn, scope) {
    const nothing = failOn === 'notice' ? 'no finding' : `nothing at ${failOn} or worse`;
    switch (cause.kind) {
        case 'fail-on-never':
            return `fail-on is never (${describeCounts(cause.reported)} reported, none fails the step)`;
        case 'outside-changed-files': {
            const one = total(cause.outside) === 1;
            return `${nothing}${inChangedFiles(scope)}; ${describeCounts(cause.outside)} in other files ${one ? 'is' : 'are'} listed below and ${one ? 'does' : 'do'} not fail the step`;
        }
        case 'no-findings':
            return 'no findings';
        case 'below-fail-on':
            return `${nothing} (${describeCounts(cause.reported)})`;
    }
}
/** Why the run failed, for the summary. */
function failSentence(cause, scope) {
    switch (cause.kind) {
        case 'scan-warnings':
            return `${plural(cause.warnings, 'warning')} about the scan, and strict is on`;
        case 'unread-files':
            return `${plural(cause.files, 'file')} could not be fully read, and strict is on`;
        case 'findings':
            return `${describeCounts(cause.failing)}${inChangedFiles(scope)}`;
        case 'settings-unread':
            return `${markdownText(cause.reason)}; ${cause.then.failed ? 'and ' : ''}${verdictReason(cause.then)}`;
    }
}
/** For the summary, one sentence starting lower case, without its full stop: "3 errors in files this pull request changes". */
function verdictReason(verdict) {
    return verdict.failed
        ? failSentence(verdict.cause, verdict.failScope)
        : passSentence(verdict.cause, verdict.failOn, verdict.failScope);
}
/** For the step's error or the CLI's standard error: only a failed run has one. */
function failureLine(verdict) {
    const { cause, failScope, failOn } = verdict;
    switch (cause.kind) {
        case 'scan-warnings':
            return `${version/* toolName */.Uf}: ${cause.warnings} warning(s), and strict is on`;
        case 'unread-files':
            return `${version/* toolName */.Uf}: ${cause.files} file(s) could not be fully read (--strict)`;
        case 'findings':
            return `${version/* toolName */.Uf}: ${total(cause.counted)} finding(s)${inChangedFiles(failScope)}, ${cause.counted.error} error(s) and ${cause.counted.warning} warning(s); failing on ${failOn} or worse.`;
        case 'settings-unread': {
            const findings = cause.then.failed ? `. And: ${failureLine(cause.then).replace(`${version/* toolName */.Uf}: `, '')}` : '';
            return `${version/* toolName */.Uf}: ${cause.reason}${findings}`;
        }
    }
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
    const overflows = findings_severitiesWorstFirst.some((level) => byLevel(level).length > slots[level]) ||
        byLevel('notice').length + problems.length > slots.notice;
    // The note about what was left out takes one notice slot itself.
    if (overflows)
        slots.notice--;
    const annotated = findings_severitiesWorstFirst.flatMap((level) => spreadOverRules(byLevel(level), slots[level]).map(fromFinding));
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

;// CONCATENATED MODULE: ./src/report/fixes.ts

/** Whether the text holds something `scrubCredentials` redacts (a key, a token, a remembered secret). */
function holdsCredential(text) {
    return (0,values/* scrubCredentials */.Q8)(text) !== text;
}
/** The fix as outputs may show it, or undefined when there is none or it would disclose a credential. */
function publishableFix(fix) {
    if (!fix || fix.edits.length === 0)
        return undefined;
    if (holdsCredential(fix.description))
        return undefined;
    if (fix.edits.some((edit) => holdsCredential(edit.replacement)))
        return undefined;
    return {
        description: fix.description,
        suggestionOnly: fix.suggestionOnly === true,
        edits: fix.edits.map((edit) => {
            const originalScrubbed = (0,values/* scrubCredentials */.Q8)(edit.original);
            return {
                file: edit.file,
                span: { ...edit.span },
                originalScrubbed,
                originalHadCredential: originalScrubbed !== edit.original,
                replacement: edit.replacement,
            };
        }),
    };
}
/** The finding's publishable fix, if any. */
function findingFix(finding) {
    return publishableFix(finding.fix);
}
/** A fix's edits grouped by file, in the order the files first appear; each file's edits in text order. */
function editsByFile(edits) {
    const byFile = new Map();
    for (const edit of edits) {
        const same = byFile.get(edit.file);
        if (same)
            same.push(edit);
        else
            byFile.set(edit.file, [edit]);
    }
    for (const same of byFile.values())
        same.sort((a, b) => a.span.startLine - b.span.startLine || a.span.startColumn - b.span.startColumn);
    return byFile;
}

;// CONCATENATED MODULE: ./src/report/json.ts

function withFix(finding) {
    const fix = jsonFix(finding);
    return fix ? { fix } : {};
}
function jsonFix(finding) {
    const fix = findingFix(finding);
    if (!fix)
        return undefined;
    return {
        description: fix.description,
        suggestionOnly: fix.suggestionOnly,
        edits: fix.edits.map((edit) => ({
            file: edit.file,
            line: edit.span.startLine,
            column: edit.span.startColumn,
            endLine: edit.span.endLine,
            endColumn: edit.span.endColumn,
            ...(edit.originalHadCredential ? {} : { original: edit.originalScrubbed }),
            replacement: edit.replacement,
        })),
    };
}
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
            ...withFix(finding),
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

;// CONCATENATED MODULE: ./src/rules/types.ts

const noTexts = { texts: new Map() };
/** The rule's page, for the repository and ref this run of the action came from (see rules/doc-links.ts). */
function helpUri(id) {
    return ruleDocUrl(id, process.env);
}

;// CONCATENATED MODULE: ./src/report/sarif-cap.ts

/** Code scanning rejects a run with more results than this. */
const maxSarifResults = 25_000;
/**
 * The results one SARIF run can carry: all of them when they fit, else the most severe (findings
 * before suppressed ones, then errors, warnings, notices), kept in their original order.
 */
function capResults(results, limit = maxSarifResults) {
    if (results.length <= limit)
        return { kept: [...results], leftOut: 0 };
    // 0 for an error finding up to 5 for a suppressed notice.
    const rank = (result) => (result.suppressed ? 3 : 0) + severityRank.error - severityRank[result.severity];
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
/**
 * The finding's fix as SARIF's `fixes`: one artifact change per file, one replacement per edit (SARIF's
 * regions take the same 1-based lines and end-exclusive UTF-16 columns as the model's spans). A fix that
 * would disclose a credential is left out (see `publishableFix`).
 */
function sarifFixes(finding) {
    const fix = findingFix(finding);
    if (!fix)
        return undefined;
    return [
        {
            description: { text: fix.description },
            artifactChanges: [...editsByFile(fix.edits)].map(([file, edits]) => ({
                artifactLocation: { uri: artifactUri(file), uriBaseId: '%SRCROOT%' },
                replacements: edits.map((edit) => ({
                    deletedRegion: {
                        startLine: edit.span.startLine,
                        startColumn: edit.span.startColumn,
                        endLine: edit.span.endLine,
                        endColumn: edit.span.endColumn,
                    },
                    insertedContent: { text: edit.replacement },
                })),
            })),
            ...(fix.suggestionOnly ? { properties: { suggestionOnly: true } } : {}),
        },
    ];
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
    const fixes = sarifFixes(finding);
    if (fixes)
        result.fixes = fixes;
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
    const counts = countBySeverity(all.filter((finding) => !finding.suppressed));
    return {
        results: all.length,
        resultsLeftOut: leftOut,
        errors: counts.error,
        warnings: counts.warning,
        notices: counts.notice,
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
                        name: version/* toolName */.Uf,
                        version: version/* toolVersion */.fX,
                        semanticVersion: version/* toolVersion */.fX,
                        informationUri: version/* toolInformationUri */.B9,
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

// EXTERNAL MODULE: ./src/common/error-code.ts
var error_code = __webpack_require__(1829);
;// CONCATENATED MODULE: ./src/discovery/safe-write.ts




class UnsafeOutputError extends Error {
}
/**
 * Writes an output file without following links: the file is created exclusively or, when it exists,
 * opened with O_NOFOLLOW and accepted only as a regular file with one name (a hard link would write
 * through to another file); only then is it truncated. Missing parent folders are created.
 */
function safeWriteFile(path, 
/** The bytes, or text written as UTF-8, or pieces of bytes written one after the other. */
content, options = {}) {
    const target = (0,external_node_path_.resolve)(path);
    ensureParents(target, options.untrustedRoot ? (0,external_node_path_.resolve)(options.untrustedRoot) : undefined);
    const fd = openForWriting(target);
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            throw new UnsafeOutputError(`cannot write ${path}: not a regular file`);
        if (stat.nlink > 1)
            throw new UnsafeOutputError(`cannot write ${path}: the file has other names (hard links)`);
        if (!options.append)
            (0,external_node_fs_.ftruncateSync)(fd, 0);
        const pieces = typeof content === 'string'
            ? [Buffer.from(content, 'utf8')]
            : content instanceof Uint8Array
                ? [content]
                : content;
        for (const bytes of pieces) {
            let written = 0;
            while (written < bytes.length)
                written += (0,external_node_fs_.writeSync)(fd, bytes, written, bytes.length - written, null);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function openForWriting(target) {
    const noFollow = external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
    try {
        return (0,external_node_fs_.openSync)(target, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | noFollow, 0o644);
    }
    catch (error) {
        if ((0,error_code/* errorCode */.C)(error) !== 'EEXIST')
            throw safe_write_describe(target, error);
    }
    try {
        return (0,external_node_fs_.openSync)(target, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_APPEND | noFollow);
    }
    catch (error) {
        throw safe_write_describe(target, error);
    }
}
function safe_write_describe(target, error) {
    const code = (0,error_code/* errorCode */.C)(error);
    if (code === 'ELOOP')
        return new UnsafeOutputError(`cannot write ${target}: it is a symbolic link`);
    if (code === 'ENXIO')
        return new UnsafeOutputError(`cannot write ${target}: not a regular file`);
    return new UnsafeOutputError(`cannot write ${target} (${code})`);
}
/** Creates missing parents one by one; below the untrusted root, an existing parent must not be a link. */
function ensureParents(target, untrustedRoot) {
    const folders = untrustedRoot === undefined ? undefined : (0,paths/* foldersBetween */.qz)(untrustedRoot, target);
    if (!folders) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        return;
    }
    for (const folder of folders) {
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)(folder);
        }
        catch (error) {
            if ((0,error_code/* errorCode */.C)(error) !== 'ENOENT')
                throw safe_write_describe(folder, error);
            (0,external_node_fs_.mkdirSync)(folder);
            continue;
        }
        if (stat.isSymbolicLink())
            throw new UnsafeOutputError(`cannot write ${target}: ${folder} is a symbolic link`);
        if (!stat.isDirectory())
            throw new UnsafeOutputError(`cannot write ${target}: ${folder} is not a folder`);
    }
}

;// CONCATENATED MODULE: ./src/report/summary/fix-hint.ts

const helpById = new Map(rules.map((rule) => [rule.meta.id, rule.meta.help]));
/** Verbs a rule's help starts its advice with; a sentence that opens with one says what to do. */
const imperative = /^(?:Use|Store|Pass|Create|Delete|Deactivate|Derive|Limit|Write|Keep|Remove|Replace|Move|Rotate|Give|Set|Mark|Add|Rename|Name|Define|Assume|Split|Scope|Grant|Drop)\b/;
/**
 * What to do about a rule's finding, in one sentence: the last sentence of the rule's help that starts with
 * an instruction (the help says why it matters first, then the fix). Undefined when the help gives none
 * (its page then says more).
 */
function fixHint(ruleId) {
    const help = helpById.get(ruleId) ?? '';
    // A sentence ends at . ! or ? after a word and before a capital or code; "e.g. " and "s3.amazonaws" do not.
    const sentences = help.split(/(?<=[a-z0-9)`'"][.!?])\s+(?=[A-Z`(])/);
    return sentences.findLast((sentence) => imperative.test(sentence))?.trim();
}

;// CONCATENATED MODULE: ./src/report/text.ts



const colours = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const bold = '\u001b[1m';
const dim = '\u001b[2m';
const text_reset = '\u001b[0m';
/** Lines of the grouped report are wrapped to fit this many columns. */
const textWidth = 120;
function paint(text, code, colour) {
    return colour ? `${code}${text}${text_reset}` : text;
}
/** `file:line:col severity rule-id message`: one line per finding, for editors and grep (`--format compact`). */
function formatFindingLine(finding, colour, fingerprints = false) {
    const place = finding.file
        ? `${control_stripControl(finding.file)}:${finding.span.startLine}:${finding.span.startColumn}`
        : '(repository)';
    const fingerprint = fingerprints && finding.fingerprint ? ` [${finding.fingerprint}]` : '';
    return `${place} ${paint(finding.severity, colours[finding.severity], colour)} ${paint(finding.ruleId, dim, colour)} ${control_stripControl(finding.message)}${fingerprint}`;
}
function problemPlace(problem) {
    return problem.span
        ? `${control_stripControl(problem.file)}:${problem.span.startLine}:${problem.span.startColumn}`
        : control_stripControl(problem.file);
}
function countsLine(result) {
    const counts = countBySeverity(result.findings);
    const suppressed = result.suppressed.length > 0 ? `, ${result.suppressed.length} suppressed` : '';
    return `${result.findings.length} finding(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)${suppressed}; ${result.files} file(s) scanned.`;
}
/** The compact form: one line per finding in the scan's order, then problems and the counts. */
function renderCompactText(result, options) {
    const lines = result.findings.map((finding) => formatFindingLine(finding, options.colour, options.fingerprints));
    for (const problem of result.problems)
        lines.push(`${problemPlace(problem)} note ${control_stripControl(problem.message)}`);
    lines.push(countsLine(result));
    return `${lines.join('\n')}\n`;
}
/** The compact form grouped by file, files in path order, lines in order; and the counts line that ends it. */
function compactTextByFile(result) {
    const files = byFile(result).map(([file, entries]) => ({
        file: file === '' ? '(repository)' : stripControl(file),
        findings: entries.filter((entry) => entry.kind === 'finding').length,
        lines: entries.map((entry) => entry.kind === 'finding'
            ? formatFindingLine(entry.finding, false)
            : `${problemPlace(entry.problem)} note ${stripControl(entry.problem.message)}`),
    }));
    return { files, counts: countsLine(result) };
}
/**
 * Breaks text into lines of at most `width` characters at spaces; the first line has `first` columns
 * less room (what precedes it). A word longer than a line stands alone rather than being cut.
 */
function wrap(text, width, first) {
    const lines = [];
    let line = '';
    let room = width - first;
    for (const word of text.split(' ')) {
        if (line === '')
            line = word;
        else if (line.length + 1 + word.length <= room)
            line += ` ${word}`;
        else {
            lines.push(line);
            line = word;
            room = width;
        }
    }
    lines.push(line);
    return lines;
}
const indent = '    ';
/** One finding: `line:column severity rule-id message`, wrapped, then what to do and the fingerprint. */
function findingBlock(finding, options) {
    const position = finding.file ? `${finding.span.startLine}:${finding.span.startColumn}` : '-';
    const head = `  ${position} ${finding.severity} ${finding.ruleId} `;
    const [first = '', ...rest] = wrap(control_stripControl(finding.message), textWidth - indent.length, head.length - indent.length);
    const lines = [
        `  ${position} ${paint(finding.severity, colours[finding.severity], options.colour)} ${paint(finding.ruleId, dim, options.colour)} ${first}`,
        ...rest.map((line) => `${indent}${line}`),
    ];
    const hint = fixHint(finding.ruleId);
    if (hint)
        lines.push(...wrap(`fix: ${hint}`, textWidth - indent.length, 0).map((line) => paint(`${indent}${line}`, dim, options.colour)));
    if (options.fingerprints && finding.fingerprint)
        lines.push(`${indent}fingerprint: ${finding.fingerprint}`);
    return lines;
}
function text_lineOf(entry) {
    return entry.kind === 'finding' ? entry.finding.span.startLine : (entry.problem.span?.startLine ?? 0);
}
function columnOf(entry) {
    return entry.kind === 'finding' ? entry.finding.span.startColumn : (entry.problem.span?.startColumn ?? 0);
}
/** Findings and problems by file: files in path order (the repository's own findings last), lines in order. */
function byFile(result) {
    const files = new Map();
    const add = (file, entry) => {
        const entries = files.get(file);
        if (entries)
            entries.push(entry);
        else
            files.set(file, [entry]);
    };
    for (const finding of result.findings)
        add(finding.file, { kind: 'finding', finding });
    for (const problem of result.problems)
        add(problem.file, { kind: 'problem', problem });
    const order = (file) => (file === '' ? '\uffff' : file);
    return [...files]
        .sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
        .map(([file, entries]) => [
        file,
        // A stable sort: findings at the same place keep the scan's order.
        entries.sort((a, b) => text_lineOf(a) - text_lineOf(b) || columnOf(a) - columnOf(b)),
    ]);
}
/**
 * The text report: a header per file, then each finding (`line:column severity rule-id message`) with what
 * to do on the next line, wrapped under 120 columns; then the counts.
 */
function renderText(result, options) {
    const lines = [];
    for (const [file, entries] of byFile(result)) {
        lines.push(paint(file === '' ? '(repository)' : control_stripControl(file), bold, options.colour));
        for (const entry of entries)
            if (entry.kind === 'finding')
                lines.push(...findingBlock(entry.finding, options));
            else {
                const position = entry.problem.span ? `${entry.problem.span.startLine}:${entry.problem.span.startColumn}` : '-';
                const head = `  ${position} note `;
                const [first = '', ...rest] = wrap(control_stripControl(entry.problem.message), textWidth - indent.length, head.length - indent.length);
                lines.push(`${head}${first}`, ...rest.map((line) => `${indent}${line}`));
            }
        lines.push('');
    }
    lines.push(countsLine(result));
    return `${lines.join('\n')}\n`;
}

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




/**
 * Folders that hold dependencies or build output, never the repository's own configuration: not
 * entered, at any depth. `.git` is skipped in silence (git cannot record a file inside a `.git` folder,
 * so no commit puts one there); the others are named in a note when they hold a file a scan would read
 * (docs/skipped-folders.md).
 */
const dependencyFolders = new Set([
    'node_modules',
    'bower_components',
    '.terraform',
    '.terragrunt-cache',
    '__pycache__',
]);
/** Vendored code and virtualenvs: skipped only at the top of the scanned folder; below it, a folder of that name is read. */
const topLevelFolders = new Set(['vendor', 'venv', '.venv']);
/** Entries a skipped folder is looked through for a file a scan would read, before it is named anyway. */
const skippedFolderProbe = 20_000;
/** Why a folder is not entered: silently for `.git`, as a dependency folder, or not at all. */
function skipKind(name, atTop) {
    if (name === '.git')
        return 'silent';
    if (dependencyFolders.has(name) || (atTop && topLevelFolders.has(name)))
        return 'dependencies';
    return undefined;
}
/**
 * Past this many bytes a path is opened relative to a handle on its folder: the system refuses
 * paths of PATH_MAX (4 096) bytes or more, and git stores any length.
 */
const longestDirectPath = 3800;
const folderHandles = '/proc/self/fd';
const bytesOf = (path) => (typeof path === 'string' ? Buffer.from(path, 'utf8') : path);
/**
 * The entries of a folder, listed as text where that gives every name exactly: node decodes names as UTF-8,
 * so a name that is not gives U+FFFD, and a leading byte-order mark would be dropped from a top-level name
 * where the bytes keep it. Such a folder, and any folder reached by bytes, is listed again as bytes.
 */
function list(folder) {
    if (typeof folder.access === 'string' && typeof folder.relative === 'string') {
        const entries = (0,external_node_fs_.readdirSync)(folder.access, { withFileTypes: true });
        if (entries.every((entry) => !entry.name.includes('\uFFFD') && !entry.name.startsWith('\uFEFF')))
            return entries;
    }
    return (0,external_node_fs_.readdirSync)(bytesOf(folder.access), { withFileTypes: true, encoding: 'buffer' });
}
/** A path joined to a name: text when both are text, else bytes. */
function joined(base, name) {
    if (typeof base === 'string' && typeof name === 'string')
        return base.length > 0 ? `${base}/${name}` : name;
    const bytes = bytesOf(name);
    const start = bytesOf(base);
    return start.length > 0 ? Buffer.concat([start, slash, bytes]) : bytes;
}
const byteLength = (path) => typeof path === 'string' ? Buffer.byteLength(path, 'utf8') : path.length;
/** Whether a path and a name joined are too long to open directly; counted in bytes only when they may be. */
function tooLong(base, name) {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if ((base.length + name.length) * 3 + 1 <= longestDirectPath)
        return false;
    return byteLength(base) + 1 + byteLength(name) > longestDirectPath;
}
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
        rootStat = (0,external_node_fs_.lstatSync)(root);
    }
    catch (error) {
        throw new Error(`cannot scan ${root}: ${(0,error_code/* errorCode */.C)(error) === 'ENOENT' ? 'no such folder' : (0,error_code/* errorCode */.C)(error)}`);
    }
    if (!rootStat.isDirectory())
        throw new Error(`cannot scan ${root}: not a folder`);
    const pending = [{ relative: '', access: root }];
    let watch = options.watch;
    const seen = (path) => {
        if (watch?.readable(path) && !watch.see(path))
            watch = undefined;
    };
    while (pending.length > 0) {
        const folder = pending.pop();
        if (!folder)
            break;
        if (folder.excluded && !watch)
            continue;
        let entries;
        try {
            entries = list(folder);
        }
        catch (error) {
            if (!folder.excluded)
                skipped.push({ path: walk_pathOf(folder.relative) || '.', reason: `cannot open folder (${(0,error_code/* errorCode */.C)(error)})` });
            continue;
        }
        const atTop = folder.relative.length === 0;
        let handle;
        for (const entry of entries) {
            const relative = joined(folder.relative, entry.name);
            const path = walk_pathOf(relative);
            if (folder.excluded) {
                if (entry.isDirectory() && !entry.isSymbolicLink() && !skipKind(nameOf(entry), false))
                    pending.push({ relative, access: joined(folder.access, entry.name), excluded: true });
                else if (entry.isFile())
                    seen(path);
                continue;
            }
            if (entry.isFile())
                seen(path);
            if (!entry.isDirectory() && !entry.isFile() && !options.wanted(path))
                continue;
            if (entry.isDirectory() && options.excluded(`${path}/`)) {
                if (watch && !skipKind(nameOf(entry), atTop))
                    pending.push({ relative, access: joined(folder.access, entry.name), excluded: true });
                continue;
            }
            const skip = entry.isDirectory() ? skipKind(nameOf(entry), atTop) : undefined;
            if (skip === 'silent')
                continue;
            if (skip === 'dependencies') {
                const readable = firstReadable({ relative: bytesOf(relative), access: bytesOf(joined(folder.access, entry.name)) }, options);
                if (readable !== undefined)
                    skipped.push({ path, reason: skippedFolderReason(nameOf(entry), readable) });
                continue;
            }
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
            if (tooLong(base, entry.name)) {
                handle ??= openHandle(bytesOf(folder.access));
                if (!handle) {
                    skipped.push({
                        path,
                        reason: `path too long to open (${byteLength(relative)} bytes) on this system`,
                    });
                    continue;
                }
                base = handle;
            }
            const access = joined(base, entry.name);
            if (entry.isDirectory())
                pending.push({ relative, access });
            else
                candidates.push({ path, absolute: typeof access === 'string' ? access : openable(access) });
        }
    }
    candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { candidates, skipped };
}
/** A path as the scan shows it: text as it is, bytes by `displayName`. */
function walk_pathOf(relative) {
    return typeof relative === 'string' ? relative : displayName(relative);
}
/** An entry's name as `skipKind` compares it: the folders it knows are named in ASCII. */
function nameOf(entry) {
    return typeof entry.name === 'string' ? entry.name : entry.name.toString('latin1');
}
function skippedFolderReason(name, readable) {
    const holds = readable === null
        ? `it could not be looked through in full (at most ${skippedFolderProbe} entries are)`
        : `it holds files a scan would read, such as ${readable}`;
    return `folder of dependencies or build output (${name}), not entered, though ${holds}; exclude it in the config to skip it on purpose`;
}
/**
 * The first file below a skipped folder that a scan would read (wanted and not excluded), looked for
 * without reading any file and never through a link; null when it could not be looked through (more
 * than `skippedFolderProbe` entries before one is found, or a folder that cannot be listed): it may
 * hold one. Undefined when it holds none.
 */
function firstReadable(start, options) {
    const pending = [start];
    let seen = 0;
    while (pending.length > 0) {
        const folder = pending.pop();
        if (!folder)
            break;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(folder.access, { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            return null;
        }
        for (const entry of entries) {
            if (++seen > skippedFolderProbe)
                return null;
            const relative = Buffer.concat([folder.relative, slash, entry.name]);
            const path = displayName(relative);
            if (entry.isDirectory() && !options.excluded(`${path}/`))
                pending.push({ relative, access: Buffer.concat([folder.access, slash, entry.name]) });
            else if (entry.isFile() && options.wanted(path) && !options.excluded(path))
                return path;
        }
    }
    return undefined;
}
/**
 * A short path to a folder through an open handle, kept open for the rest of the process so the
 * files below it can be read after the walk; only folders whose paths are too long get one.
 */
function openHandle(access) {
    if (!(0,external_node_fs_.existsSync)(folderHandles))
        return undefined;
    try {
        const fd = (0,external_node_fs_.openSync)(access, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_DIRECTORY | external_node_fs_.constants.O_NOFOLLOW);
        return Buffer.from((0,external_node_path_.join)(folderHandles, String(fd)));
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

;// CONCATENATED MODULE: ./src/scan/inventory.ts



const smtpChannels = { ses: 'ses-smtp', other: 'smtp', unknown: 'smtp-unknown' };
/** The channel a reference is used for in one use. */
function channelOf(reference, use) {
    const kind = reference.sink.expects;
    if ((0,kinds/* isConsoleKind */.IJ)(reference.supplied?.kind) || (0,kinds/* isConsoleKind */.IJ)(kind))
        return 'console';
    const smtp = use.destination.smtp;
    if (smtp && (kind === 'smtp-username' || (0,kinds/* isSmtpPasswordKind */._P)(kind)))
        return smtpChannels[smtp.target];
    if (kind === 'access-key-id' || kind === 'secret-access-key' || kind === 'session-token')
        return use.destination.sesApi ? 'ses-api' : 'aws-api';
    if (use.destination.registry)
        return 'registry';
    if (smtp && smtp.target !== 'other' && reference.sink.type === 'action-input')
        return smtpChannels[smtp.target];
    return 'other';
}
/** Adds a path unless the entry has it already (`known` holds the entry's paths as keys: no scan of the list). */
function addPath(entry, path, known) {
    const key = JSON.stringify([path.via, path.file, path.channel]);
    if (known.has(key))
        return;
    known.add(key);
    entry.paths.push(path);
}
/** Every secret the scanned files use: its kind and where it flows. */
function buildInventory(model) {
    const entries = new Map();
    // Each entry's channels and paths as sets while they are gathered; the channels are listed sorted at the end.
    const gathered = new Map();
    // The same names and labels recur across a repository's references: each is scrubbed once.
    const scrub = (0,collections/* remembering */.Mw)(values/* scrubCredentials */.Q8);
    for (const reference of model.references) {
        if (reference.source.type !== 'secret')
            continue;
        // A string index (`secrets['\u2026']`) can hold any text, a pasted key too: names reach JSON, tables and Mermaid.
        const name = scrub(reference.source.name);
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
        let sets = gathered.get(entry);
        if (!sets) {
            sets = { channels: new Set(entry.channels), paths: new Set() };
            gathered.set(entry, sets);
        }
        const { channels, paths } = sets;
        const uses = model.usesByReference.get(reference.id) ?? [];
        for (const use of uses) {
            const channel = channelOf(reference, use);
            channels.add(channel);
            addPath(entry, { via: scrub(use.label), file: use.file, channel }, paths);
        }
        if (uses.length === 0) {
            const channel = (0,kinds/* isConsoleKind */.IJ)(reference.supplied?.kind) ? 'console' : 'other';
            channels.add(channel);
            addPath(entry, { via: reference.file, file: reference.file, channel }, paths);
        }
        entries.set(name, entry);
    }
    for (const [entry, { channels }] of gathered)
        entry.channels = [...channels].sort();
    const defined = model.repository.definedSecrets;
    if (defined) {
        // GitHub matches secret names case-insensitively: grouped by upper case once, not a pass per name.
        const scopes = (0,collections/* groupBy */.$z)(defined, (secret) => secret.name.toUpperCase());
        for (const entry of entries.values())
            entry.definedIn = (scopes.get(entry.name.toUpperCase()) ?? []).map((secret) => secret.scope);
        const listed = new Set([...entries.values()].map((entry) => entry.name.toUpperCase()));
        // Defined but used by no scanned file: listed too, once per name in upper case, with every scope defining
        // it (a secret set for the repository and for an environment is in both), classified by name, flowing nowhere.
        for (const secret of defined) {
            const upper = secret.name.toUpperCase();
            if (listed.has(upper))
                continue;
            listed.add(upper);
            entries.set(secret.name, {
                name: secret.name,
                kind: secret.kind,
                root: secret.root,
                channels: [],
                locations: [],
                paths: [],
                definedIn: (scopes.get(upper) ?? []).map((same) => same.scope),
            });
        }
    }
    return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
const exposureLabels = {
    'terraform-output': 'Terraform output',
    'cloudformation-output': 'CloudFormation output',
    'cloudformation-custom-resource': 'custom resource without NoEcho',
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
        const same = byPlace.get(place);
        if (same)
            same.push(flow);
        else
            byPlace.set(place, [flow]);
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
/**
 * Where a value goes when no use names the place: an output is named alone (its value is the output), an
 * attribute with the resource that holds it, else the bare attribute name.
 */
function placeOf(sink) {
    if (!sink.holder)
        return sink.name || 'an expression';
    return /^(?:output|Outputs)\./.test(sink.holder) ? sink.holder : `${sink.name} in ${sink.holder}`;
}
/** Every access key that IaC creates: its user, whether that user can sign in, and where its parts flow. */
function buildIacInventory(model) {
    // Grouped once, each group in the model's order: every access key then looks up only its own.
    const principals = (0,collections/* firstBy */.CU)(model.iam.principals, (principal) => principal.key);
    const referencesByKey = (0,collections/* groupBy */.$z)(model.references.flatMap((reference) => reference.source.type === 'attribute'
        ? [{ reference, kind: reference.source.kind, accessKey: reference.source.accessKey }]
        : []), (attribute) => attribute.accessKey);
    const exposuresByKey = (0,collections/* groupBy */.$z)(model.iam.exposures, (exposure) => exposure.accessKeyKey);
    const consoleUsers = new Set(model.iam.loginProfiles.flatMap((profile) => profile.userKey ?? []));
    return model.iam.accessKeys
        .map((accessKey) => {
        const user = accessKey.userKey === undefined ? undefined : principals.get(accessKey.userKey);
        const flows = [];
        for (const { reference, kind } of referencesByKey.get(accessKey.key) ?? []) {
            const uses = model.usesByReference.get(reference.id) ?? [];
            const where = uses[0] ? `${reference.sink.name} in ${uses[0].label}` : placeOf(reference.sink);
            // Labels come from names in the files (step names, keys); redacted like every other free text.
            flows.push({
                part: kind,
                to: (0,values/* scrubCredentials */.Q8)(where),
                file: reference.file,
                line: reference.span.startLine,
            });
        }
        for (const exposure of exposuresByKey.get(accessKey.key) ?? []) {
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
            consoleAccess: accessKey.userKey !== undefined && consoleUsers.has(accessKey.userKey),
            flows: mergeFlowsByPlace(flows),
        };
    })
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// EXTERNAL MODULE: ./src/scan/parse-files.ts + 6 modules
var parse_files = __webpack_require__(175);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./src/common/plain-data.ts
var plain_data = __webpack_require__(1630);
;// CONCATENATED MODULE: ./src/discovery/git-index.ts






/** An index larger than this is not read (the Linux kernel's is ~7 MB): memory stays bounded. */
const maxIndexBytes = 128 * 1024 * 1024;
/** A path longer than this refuses the index: format 4's prefix compression could otherwise grow paths quadratically. */
const maxIndexPathBytes = 64 * 1024;
/**
 * The paths of an index, decoded, may take at most this many times its own bytes. Format 4 stores a path as
 * what it strips from the one before and what it adds, so a 64-byte entry can name a 64 KiB path: without
 * this bound a 128 MB index could decode to 128 GB. Real indexes decode to about their own size.
 */
const maxIndexExpansion = 8;
const hashBytes = 20;
const headerBytes = 12;
/** ctime, mtime (8 each), dev, ino, mode, uid, gid, size (4 each), the SHA-1 and the flags. */
const fixedEntryBytes = 40 + hashBytes + 2;
const regularFileModes = new Set([0o100644, 0o100755]);
/**
 * The index of the work tree at `root`, when `root` itself holds a `.git` folder (not a link, not a
 * `gitdir:` file pointing elsewhere: nothing outside the root is read). A note says why an index that is
 * there was not used; the caller then reads every file as without one.
 */
function readGitIndex(root, sieve) {
    const gitFolder = (0,external_node_path_.join)(root, '.git');
    try {
        if (!(0,external_node_fs_.lstatSync)(gitFolder).isDirectory())
            return { absent: true };
    }
    catch {
        return { absent: true };
    }
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(gitFolder, 'index'), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        return (0,error_code/* errorCode */.C)(error) === 'ENOENT' ? { absent: true } : { note: `cannot open it (${(0,error_code/* errorCode */.C)(error)})` };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd, { bigint: true });
        if (!stat.isFile())
            return { note: 'it is not a regular file' };
        if (stat.size > BigInt(maxIndexBytes))
            return { note: `it is larger than ${maxIndexBytes} bytes` };
        const parsed = parseGitIndex((0,discovery_read/* readAll */.yw)(fd, Number(stat.size)), sieve);
        return 'reason' in parsed
            ? { note: parsed.reason }
            : { index: { entries: parsed.entries, writtenNs: stat.mtimeNs } };
    }
    catch (error) {
        return { note: `cannot read it (${(0,error_code/* errorCode */.C)(error) ?? String(error)})` };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Thrown inside the parser only, caught at its edge: the index is malformed. */
class Malformed extends Error {
}
/**
 * A cursor over the index's bytes that refuses to read past the entries' end. Its reads run once per entry of
 * an index of tens of thousands, mostly before the code is optimized: they use the engine's own DataView
 * reads and plain loops rather than Buffer's methods, whose argument checks cost more than the reads.
 */
class Reader {
    bytes;
    end;
    offset = headerBytes;
    /** Whether the bytes `untilNul` last took hold one of 0x80 or above (the path is not ASCII). */
    high = false;
    view;
    constructor(bytes, end) {
        this.bytes = bytes;
        this.end = end;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    need(count, what) {
        if (count < 0 || this.offset + count > this.end)
            throw new Malformed(`${what} runs past its end`);
    }
    uint32(at) {
        return this.view.getUint32(at);
    }
    uint16(at) {
        return this.view.getUint16(at);
    }
    /** Git's offset varint (format 4): each continuation adds one before shifting, so every value has one spelling. */
    varint() {
        let byte = this.byte();
        let value = byte & 0x7f;
        while (byte & 0x80) {
            byte = this.byte();
            value = (value + 1) * 128 + (byte & 0x7f);
            if (value > maxIndexPathBytes)
                throw new Malformed('a path prefix length is out of range');
        }
        return value;
    }
    byte() {
        this.need(1, 'an entry');
        return this.bytes[this.offset++] ?? 0;
    }
    /** Takes the bytes up to the next NUL, within `limit` bytes; gives where they end (they start where the cursor was). */
    untilNul(limit) {
        const stop = Math.min(this.end, this.offset + limit + 1);
        const bytes = this.bytes;
        let nul = this.offset;
        let seen = 0;
        for (; nul < stop; nul++) {
            const byte = bytes[nul] ?? 0;
            if (byte === 0)
                break;
            seen |= byte;
        }
        if (nul >= stop)
            throw new Malformed('a path has no end or is too long');
        this.high = (seen & 0x80) !== 0;
        this.offset = nul + 1;
        return nul;
    }
    take(count, what) {
        this.need(count, what);
        const taken = this.bytes.subarray(this.offset, this.offset + count);
        this.offset += count;
        return taken;
    }
}
/**
 * Parses an index's bytes: the header `DIRC`, its version and count, the entries, then extensions (the
 * optional ones skipped; the split index's `link`, whose entries live in another file, and any required one
 * not known refuse the index) and the SHA-1 of everything before
 * it. Work is linear in the bytes: each entry takes at least 62 of them, no path may exceed
 * `maxIndexPathBytes`, and the paths together not `maxIndexExpansion` times the index.
 */
function parseGitIndex(bytes, sieve) {
    if (bytes.length < headerBytes + hashBytes || bytes.toString('latin1', 0, 4) !== 'DIRC')
        return { reason: 'it is not a git index' };
    const end = bytes.length - hashBytes;
    const checksum = bytes.subarray(end);
    if (checksum.every((byte) => byte === 0))
        return { reason: 'its checksum was not written (index.skipHash): it cannot be verified' };
    if (!(0,external_node_crypto_.createHash)('sha1').update(bytes.subarray(0, end)).digest().equals(checksum))
        return { reason: 'its checksum does not match (truncated, altered, or not SHA-1)' };
    const version = bytes.readUInt32BE(4);
    if (version < 2 || version > 4)
        return { reason: `its version ${version} is not 2, 3 or 4` };
    const count = bytes.readUInt32BE(8);
    if (count > (end - headerBytes) / fixedEntryBytes)
        return { reason: `it claims ${count} entries, more than fit` };
    try {
        const reader = new Reader(bytes, end);
        const entries = readEntries(reader, bytes, version, count, sieve);
        checkExtensions(reader, bytes);
        return { entries };
    }
    catch (error) {
        if (error instanceof Malformed)
            return { reason: error.message };
        throw error;
    }
}
function readEntries(reader, bytes, version, count, sieve) {
    const names = [];
    const places = [];
    let sorted = true;
    // The name listed before (a variable, not `names.at(-1)`: this loop runs once per entry of the whole index).
    let last;
    let previous = Buffer.alloc(0);
    // Checked before each path is built, so the work and memory stay linear in the index's bytes.
    let decodedBudget = maxIndexExpansion * bytes.length;
    for (let n = 0; n < count; n++) {
        const start = reader.offset;
        reader.need(fixedEntryBytes, 'an entry');
        const at = reader.offset;
        // The stat and the blob are read where they lie when an entry is looked up (`IndexEntries`).
        const mode = reader.uint32(at + 24);
        const flags = reader.uint16(at + 40 + hashBytes);
        reader.offset += fixedEntryBytes;
        const extended = (flags & 0x4000) !== 0;
        if (extended && version < 3)
            throw new Malformed('an entry has extended flags in a version 2 index');
        // Skip-worktree (not checked out) and intent-to-add (no blob yet) entries say nothing of the file there.
        const extendedFlags = extended ? reader.take(2, 'an entry').readUInt16BE(0) : 0;
        const stage = (flags >> 12) & 0x3;
        const nameLength = flags & 0xfff;
        let name;
        let pathLength;
        if (version === 4) {
            const strip = reader.varint();
            if (strip > previous.length)
                throw new Malformed('a path strips more than the path before it has');
            const from = reader.offset;
            const to = reader.untilNul(maxIndexPathBytes);
            const length = previous.length - strip + (to - from);
            if (length > maxIndexPathBytes)
                throw new Malformed('a path is too long');
            decodedBudget -= length;
            if (decodedBudget < 0)
                throw new Malformed(`its paths decode to more than ${maxIndexExpansion} times its size`);
            previous = Buffer.concat([previous.subarray(0, previous.length - strip), bytes.subarray(from, to)]);
            name = pathText(previous, 0, previous.length);
            pathLength = previous.length;
        }
        else {
            const from = reader.offset;
            const to = reader.untilNul(maxIndexPathBytes);
            pathLength = to - from;
            // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes; the path's NUL is the first of them.
            const padded = start + Math.ceil((reader.offset - start) / 8) * 8;
            reader.need(padded - reader.offset, 'an entry');
            reader.offset = padded;
            // A path in ASCII that the sieve rules out is no path looked up: its name is not made (checked as all are).
            if (sieve && !reader.high && !sieve.mayHold(bytes, from, to)) {
                checkPathLength(nameLength, pathLength);
                continue;
            }
            // As `pathText` gives it, the loop that found the NUL having seen whether a byte is not ASCII.
            name = reader.high ? displayName(bytes.subarray(from, to)) : bytes.toString('latin1', from, to);
        }
        checkPathLength(nameLength, pathLength);
        if (stage !== 0 || !regularFileModes.has(mode) || (extendedFlags & 0x6000) !== 0)
            continue;
        // A name with a backslash is not listed: the walk shows a byte that is not UTF-8 as `\xNN`, so such a name
        // can stand for two files (`a\xff.yml` spelled out, and `a` 0xFF `.yml`), and one's entry answer for the other.
        if (name.includes('\\'))
            continue;
        if (last !== undefined && !(last < name))
            sorted = false;
        last = name;
        names.push(name);
        places.push(at);
    }
    return new IndexEntries(bytes, names, places, sorted);
}
/** The length in an entry's flags (0xFFF: that long or longer) must be its path's. */
function checkPathLength(nameLength, pathLength) {
    if (nameLength !== 0xfff && nameLength !== pathLength)
        throw new Malformed('an entry\u2019s path length does not match its flags');
}
/**
 * The paths a caller will look up, given before the index is read: an entry whose path is none of them is
 * skipped before its name is made (a scan looks up the few thousand files some adapter reads of the tens of
 * thousands an index lists). Paths are told apart by their length and last three characters, which for a
 * path in ASCII are its bytes; an entry with a byte beyond ASCII is always kept (its name is `displayName`'s,
 * and only such a name can equal a path that is not ASCII). Sieved entries answer only for these paths.
 */
class PathSieve {
    keys = new Set();
    constructor(paths) {
        for (const path of paths) {
            if (!asciiOnly.test(path))
                continue;
            const end = path.length;
            const code = (at) => (at >= 0 ? path.charCodeAt(at) : 0);
            this.keys.add(sieveKey(end, code(end - 1), code(end - 2), code(end - 3)));
        }
    }
    /** Whether the ASCII bytes from `from` to `to` may spell one of the paths (asked of every entry: no closure). */
    mayHold(bytes, from, to) {
        return this.keys.has(sieveKey(to - from, byteAt(bytes, from, to - 1), byteAt(bytes, from, to - 2), byteAt(bytes, from, to - 3)));
    }
}
/** The byte at `at`, or 0 before `from` (a path shorter than three characters). */
function byteAt(bytes, from, at) {
    return at >= from ? (bytes[at] ?? 0) : 0;
}
const asciiOnly = /^[\x00-\x7f]*$/;
/** A path's length and last three character codes (0 where it is shorter) in one number: below 2^40. */
function sieveKey(length, last, second, third) {
    return length * 0x1000000 + last * 0x10000 + second * 0x100 + third;
}
/**
 * The entries an index lists, by path: what a scan looks up is the few paths some adapter reads of the
 * many an index lists, so no map of them all is built for it (`entriesFor` walks the two sorted lists side
 * by side); the map is built when first asked for (`get`, `has`, iteration).
 */
class IndexEntries {
    bytes;
    names;
    places;
    sorted;
    byPath;
    constructor(bytes, 
    /** The paths in the index's order, and where each entry's fixed part starts. */
    names, places, 
    /** Whether every path sorts (as JavaScript compares strings) strictly after the one before it. */
    sorted) {
        this.bytes = bytes;
        this.names = names;
        this.places = places;
        this.sorted = sorted;
    }
    /** The entry of each path, in their order: found side by side when both lists are sorted, else by the map. */
    entriesFor(paths) {
        if (!this.sorted || !paths.every((path, at) => at === 0 || !(path < (paths[at - 1] ?? '')))) {
            return paths.map((path) => this.all().get(path));
        }
        const found = [];
        let at = 0;
        for (const path of paths) {
            while (at < this.names.length && (this.names[at] ?? '') < path)
                at++;
            found.push(this.names[at] === path ? this.entryAt(at) : undefined);
        }
        return found;
    }
    entryAt(at) {
        const start = this.places[at] ?? 0;
        const read = (offset) => this.bytes.readUInt32BE(start + offset);
        return new ReadEntry(this.bytes, start + 40, read(36), read(8), read(12), read(0), read(4), read(20));
    }
    /** Every entry by path; a path listed twice (only a forged index does) gives its last. */
    all() {
        if (!this.byPath) {
            this.byPath = new Map();
            for (let at = 0; at < this.names.length; at++)
                this.byPath.set(this.names[at] ?? '', this.entryAt(at));
        }
        return this.byPath;
    }
    get size() {
        return this.all().size;
    }
    get(path) {
        return this.all().get(path);
    }
    has(path) {
        return this.all().has(path);
    }
    forEach(each) {
        for (const [path, entry] of this.all())
            each(entry, path, this);
    }
    entries() {
        return this.all().entries();
    }
    keys() {
        return this.all().keys();
    }
    values() {
        return this.all().values();
    }
    [Symbol.iterator]() {
        return this.all()[Symbol.iterator]();
    }
}
/**
 * An entry as read from the index's bytes: its blob's id is spelled out only when asked for (a scan asks
 * for the few files it reads of the many an index lists).
 */
class ReadEntry {
    bytes;
    blobAt;
    size;
    mtimeSeconds;
    mtimeNanoseconds;
    ctimeSeconds;
    ctimeNanoseconds;
    ino;
    constructor(bytes, blobAt, size, mtimeSeconds, mtimeNanoseconds, ctimeSeconds, ctimeNanoseconds, ino) {
        this.bytes = bytes;
        this.blobAt = blobAt;
        this.size = size;
        this.mtimeSeconds = mtimeSeconds;
        this.mtimeNanoseconds = mtimeNanoseconds;
        this.ctimeSeconds = ctimeSeconds;
        this.ctimeNanoseconds = ctimeNanoseconds;
        this.ino = ino;
    }
    get blob() {
        return this.bytes.toString('hex', this.blobAt, this.blobAt + hashBytes);
    }
}
/** A path as the walk shows it: ASCII as it is (most paths), anything else by `displayName`. */
function pathText(bytes, from, to) {
    const text = bytes.toString('latin1', from, to);
    return /[\x80-\xff]/.test(text) ? displayName(bytes.subarray(from, to)) : text;
}
/**
 * The extensions after the entries: each a 4-byte signature and a 32-bit size. A signature that starts with
 * an uppercase letter is optional (a cache git may ignore: `TREE`, `UNTR`, `FSMN`, \u2026); any other is one a
 * reader must understand, as git refuses an index with one it does not. The split index's `link` changes
 * what the entries mean (most of them are in a shared index file), so it refuses the index; the sparse
 * index's `sdir` only marks the folder entries, which are left out already; any other is refused.
 */
function checkExtensions(reader, bytes) {
    while (reader.offset < bytes.length - hashBytes) {
        const header = reader.take(8, 'an extension');
        const signature = header.toString('latin1', 0, 4);
        if (signature === 'link')
            throw new Malformed('a split index: most entries are in another file');
        if (!optionalExtension(header) && signature !== 'sdir')
            throw new Malformed(`an extension git requires readers to understand (${shownSignature(header)})`);
        reader.take(header.readUInt32BE(4), 'an extension');
    }
}
/** Git's rule: an extension whose signature starts with `A`\u2013`Z` may be ignored by a reader that does not know it. */
function optionalExtension(header) {
    const first = header[0] ?? 0;
    return first >= 0x41 && first <= 0x5a;
}
/** A signature as a note may show it: four lowercase letters as they are, anything else (the checkout's bytes) in hex. */
function shownSignature(header) {
    const signature = header.subarray(0, 4);
    return /^[a-z]{4}$/.test(signature.toString('latin1'))
        ? signature.toString('latin1')
        : `0x${signature.toString('hex')}`;
}
/**
 * Whether a file's stat still matches its index entry, so its bytes are the blob's: the size (git keeps
 * its low 32 bits), the modification time and the change time to the nanosecond, and the inode (as git
 * compares them by default). The modification time alone can be set back (`touch -r`, `cp -p`, an archive
 * restored) on a file given other bytes of the same size; the change time cannot, and a file put in another's
 * place (on a case-insensitive disk, `A.yml` checked out over `a.yml`) is another inode. An entry written in the
 * same instant as the index or after it is "racily clean" (git's term): the file may have changed within the
 * timestamp's resolution after git looked, so it matches nothing here and the file is read.
 */
function stillMatches(entry, stat, indexWrittenNs) {
    const entryNs = BigInt(entry.mtimeSeconds) * 1000000000n + BigInt(entry.mtimeNanoseconds);
    if (entryNs >= indexWrittenNs)
        return false;
    const sameTime = (ns, seconds, nanoseconds) => (ns / 1000000000n) % 0x100000000n === BigInt(seconds) && ns % 1000000000n === BigInt(nanoseconds);
    return (Number(stat.size & 0xffffffffn) === entry.size &&
        sameTime(stat.mtimeNs, entry.mtimeSeconds, entry.mtimeNanoseconds) &&
        sameTime(stat.ctimeNs, entry.ctimeSeconds, entry.ctimeNanoseconds) &&
        // Git for Windows records no inode (0): there the times and size must do.
        (entry.ino === 0 || Number(stat.ino & 0xffffffffn) === entry.ino));
}
/** Git's name for a blob with these bytes: SHA-1 of `blob <length>\0` and the bytes. */
function gitBlobId(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./src/scan/young-generation.ts
var young_generation = __webpack_require__(4212);
;// CONCATENATED MODULE: ./src/scan/cache.ts


















/**
 * Whether a file's parse result can be stored: a file some adapter reads. A Terraform model's parsed tree
 * (a class with lazy getters, which serialization would lose) is left out of its entry; what the
 * configuration's join read of the trees is stored beside the entries instead (`rememberedJoins`).
 */
function cacheable(path) {
    return adapterFor(path) !== undefined;
}
/** A cache file larger than this is neither read nor written: a scan's memory stays bounded. */
const maxCacheBytes = 256 * 1024 * 1024;
const magic = Buffer.from('ses-credential-hygiene parse cache 2\n', 'utf8');
const digestBytes = 32;
/** SHA-256 of the parts, each followed by a NUL; text alone is hashed in one call (the same digest). */
const sha256 = (...parts) => {
    if (parts.every((part) => typeof part === 'string'))
        return (0,external_node_crypto_.hash)('sha256', `${parts.join('\0')}\0`, 'hex');
    const digest = (0,external_node_crypto_.createHash)('sha256');
    for (const part of parts)
        digest.update(part).update('\0');
    return digest.digest('hex');
};
/**
 * The build's own fingerprint: the version alone does not change while parsers do between builds. In the
 * bundle this module is the whole program; compiled one file each, it is this file only.
 */
let buildDigest;
function build() {
    if (buildDigest === undefined) {
        try {
            buildDigest = sha256((0,external_node_fs_.readFileSync)((0,external_node_url_.fileURLToPath)(import.meta.url)));
        }
        catch {
            buildDigest = 'unknown';
        }
    }
    return buildDigest;
}
/** The parts of the configuration that change what parsing gives: the name rows and the limits. */
function settingsDigest(settings) {
    return sha256(JSON.stringify(settings, (_key, value) => value instanceof RegExp ? `/${value.source}/${value.flags}` : value));
}
/** The cache file of one scan root: named by the root's absolute path, so several roots never share one. */
function cacheFileFor(dir, root) {
    return (0,external_node_path_.join)(dir, `parse-${sha256((0,external_node_path_.resolve)(root)).slice(0, 24)}.v8`);
}
/** A file's bytes under the size limit, read without following a link; undefined when it cannot be cached. */
function cache_bytesOf(candidate, maxBytes) {
    const read = (0,discovery_read/* readRegularFile */.XF)(candidate.absolute, (fd, size) => (size > maxBytes ? undefined : (0,discovery_read/* readAll */.yw)(fd, size)));
    return read instanceof Buffer ? read : undefined;
}
/** The key of a file some adapter reads (the caller knows it is one). */
function keyOf(candidate, settings, digest, listed) {
    const known = listed && keyFromIndex(candidate, settings, digest, listed);
    if (known)
        return known;
    const bytes = cache_bytesOf(candidate, settings.maxFileBytes);
    return bytes && { key: sha256(version/* toolVersion */.fX, build(), digest, candidate.path, bytes) };
}
/**
 * The key of a tracked file whose stat still matches its index entry, from the blob's id without reading
 * the file. The size is part of the key: an entry is stored under it only when the bytes read were the
 * blob's, so a checkout that converts line ends or smudges (the size differs) never meets another's entry.
 */
function keyFromIndex(candidate, settings, digest, { entry, writtenNs }) {
    if (!entry)
        return undefined;
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(candidate.absolute, { bigint: true });
    }
    catch {
        return undefined;
    }
    if (!stat.isFile() || stat.size > BigInt(settings.maxFileBytes) || !stillMatches(entry, stat, writtenNs))
        return undefined;
    const size = Number(stat.size);
    const blob = entry.blob;
    return {
        // sha256(toolVersion, build(), digest, path, 'git blob', blob, size), written out: it runs for every file.
        key: (0,external_node_crypto_.hash)('sha256', `${version/* toolVersion */.fX}\0${build()}\0${digest}\0${candidate.path}\0git blob\0${blob}\0${size}\0`, 'hex'),
        blob: { id: blob, size },
    };
}
/** Whether the file still has the bytes its key names, read once more after parsing: only then is its entry stored. */
function stillKeyed(candidate, keyed, settings, digest) {
    if (!keyed.blob)
        return keyOf(candidate, settings, digest)?.key === keyed.key;
    const bytes = cache_bytesOf(candidate, settings.maxFileBytes);
    return bytes !== undefined && bytes.length === keyed.blob.size && gitBlobId(bytes) === keyed.blob.id;
}
/** The git index of a scan root, or undefined with a note when one is there but cannot be trusted. */
function indexOf(root, notes, paths) {
    const read = readGitIndex(root, new PathSieve(paths));
    if ('note' in read)
        notes.push(`did not use .git/index (${read.note}): every file is read to be looked up`);
    return 'index' in read ? read.index : undefined;
}
/**
 * Whether a decoded value is plain data of the kinds a scan stores (primitives, dense arrays, plain objects,
 * Maps, Sets), with no `__proto__` key, within `budget` nodes counted as a tree (shared objects once per path to
 * them, a cycle until the budget runs out). The cache file is input: a sparse array of 2\u00b3\u00b2 holes decodes
 * from 20 bytes, and one pass over it takes minutes, so every length is checked before anything iterates.
 * No BigInt: no model holds one, and one where a number is read throws (`1n + 1`).
 */
function plainData(value, budget) {
    const pending = [value];
    while (pending.length > 0) {
        const next = pending.pop();
        if (--budget.left < 0)
            return false;
        if (typeof next === 'function' || typeof next === 'symbol' || typeof next === 'bigint')
            return false;
        if (next === null || typeof next !== 'object')
            continue;
        if (Array.isArray(next)) {
            if (next.length > budget.left)
                return false;
            for (let index = 0; index < next.length; index++) {
                if (!(index in next))
                    return false;
                pending.push(next[index]);
            }
            continue;
        }
        // The tag read once (as `isMap` and `isSet` read it): it looks the prototype chain up.
        const tag = (0,plain_data/* tagOf */.cO)(next);
        if (tag === '[object Map]' || tag === '[object Set]') {
            const collection = next;
            if (collection.size * 2 > budget.left)
                return false;
            for (const item of collection.values())
                pending.push(item);
            if (tag === '[object Map]')
                for (const key of next.keys())
                    pending.push(key);
            continue;
        }
        if (tag !== '[object Object]' || !(0,plain_data/* hasPlainPrototype */.jJ)(next))
            return false;
        const keys = Object.keys(next);
        if (keys.length > budget.left || keys.includes('__proto__'))
            return false;
        // The values as a builtin lists them (the keys' order): a load per key by name is slow on data of many shapes.
        for (const item of Object.values(next))
            pending.push(item);
    }
    return true;
}
const problemsOf = (value, path) => Array.isArray(value) &&
    value.every((problem) => (0,plain_data/* isRecord */.u4)(problem) && problem.file === path && typeof problem.message === 'string');
/** An entry answers only for its own file: its path, its model's and its problems' all name that file. */
function fitsFile(value, path) {
    if (!(0,plain_data/* isRecord */.u4)(value) || value.path !== path || !problemsOf(value.problems, path))
        return false;
    if (value.ignores !== undefined && !(0,plain_data/* isMap */.jh)(value.ignores))
        return false;
    const model = value.model;
    if (model === undefined)
        return true;
    return ((0,plain_data/* isRecord */.u4)(model) &&
        model.file === path &&
        typeof model.format === 'string' &&
        Array.isArray(model.references) &&
        Array.isArray(model.uses) &&
        problemsOf(model.problems, path) &&
        (0,src_formats/* formatFactsFitFile */.u1)(model.formatFacts, path));
}
/** Decodes a cache file's bytes; a reason instead when they are not one this build wrote for these settings. */
function decodeCache(bytes, settings) {
    if (bytes.length < magic.length + digestBytes || !bytes.subarray(0, magic.length).equals(magic))
        return { reason: 'not a cache file of this tool' };
    const digest = bytes.subarray(magic.length, magic.length + digestBytes);
    const payload = bytes.subarray(magic.length + digestBytes);
    if (!(0,external_node_crypto_.createHash)('sha256').update(payload).digest().equals(digest))
        return { reason: 'its checksum does not match (truncated or altered)' };
    const newline = payload.indexOf(0x0a);
    let header;
    try {
        header = newline < 0 ? undefined : JSON.parse(payload.toString('utf8', 0, newline));
    }
    catch (error) {
        return { reason: `it could not be decoded (${(0,error_text/* errorText */.k)(error)})` };
    }
    if (!(0,plain_data/* isRecord */.u4)(header) || typeof header.entries !== 'number' || !Number.isSafeInteger(header.entries))
        return { reason: 'it holds no entries' };
    if (header.version !== version/* toolVersion */.fX || header.build !== build()) {
        // The version is quoted only when it reads as one: the file is input, and the reason is printed.
        const version = typeof header.version === 'string' && /^[\w.+-]{1,40}$/.test(header.version);
        return { reason: `it was written by another build${version ? ` (${String(header.version)})` : ''}` };
    }
    if (header.settings !== settings)
        return { reason: 'it was written with other name rules or limits' };
    // Checked before anything is allocated for them: each entry takes at least its key and length.
    if (header.entries < 0 || header.entries * (keyBytes + 4) > payload.length - newline - 1)
        return { reason: 'it claims more entries than it has bytes' };
    const entries = new Map();
    let at = newline + 1;
    for (let count = 0; count < header.entries; count++) {
        if (at + keyBytes + 4 > payload.length)
            return { reason: 'an entry runs past its end' };
        const key = payload.toString('hex', at, at + keyBytes);
        const length = payload.readUInt32BE(at + keyBytes);
        at += keyBytes + 4;
        if (at + length > payload.length)
            return { reason: 'an entry runs past its end' };
        entries.set(key, payload.subarray(at, at + length));
        at += length;
    }
    if (at !== payload.length)
        return { reason: 'it has bytes after its last entry' };
    return { entries, bytes: payload.length };
}
const keyBytes = 32;
function encodeCache(contents) {
    return Buffer.concat(cachePieces(contents));
}
/**
 * The file's bytes as a list of pieces, in order: the magic line, the digest, the header, then the entries.
 * An entry taken from the cache file read is still there whole, its key and length before its value, and the
 * entries of a scan come in the order they were stored: such entries are given as runs of the bytes read,
 * not copied into a new buffer as large as the file (most entries of a re-scan are such).
 */
function cachePieces(contents) {
    const header = {
        version: version/* toolVersion */.fX,
        build: build(),
        settings: contents.settings,
        entries: contents.entries.length,
    };
    const digest = (0,external_node_crypto_.createHash)('sha256');
    const pieces = [];
    const add = (piece) => {
        digest.update(piece);
        pieces.push(piece);
    };
    add(Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'));
    // A run of whole entries lying one after the other in one buffer: given as one piece.
    let run;
    const endRun = () => {
        if (run)
            add(run.bytes.subarray(run.start, run.end));
        run = undefined;
    };
    for (const [key, value] of contents.entries) {
        const bytes = run?.bytes.buffer === value.buffer ? run.bytes : Buffer.from(value.buffer);
        const start = value.byteOffset - keyBytes - 4;
        // The bytes before the value are this very key and length: the entry is already written there.
        const whole = start >= 0 &&
            bytes.readUInt32BE(start + keyBytes) === value.length &&
            bytes.toString('hex', start, start + keyBytes) === key;
        if (whole && run?.bytes === bytes && run.end === start) {
            run.end = value.byteOffset + value.length;
            continue;
        }
        endRun();
        if (whole) {
            run = { bytes, start, end: value.byteOffset + value.length };
            continue;
        }
        const head = Buffer.allocUnsafe(keyBytes + 4);
        head.write(key, 0, keyBytes, 'hex');
        head.writeUInt32BE(value.length, keyBytes);
        add(head);
        add(value);
    }
    endRun();
    return [magic, digest.digest(), ...pieces];
}
/**
 * One entry's value, decoded and checked to be plain data within what is left of the file's node budget;
 * undefined when it is not.
 */
function decodeEntry(bytes, budget) {
    let value;
    try {
        value = (0,external_node_v8_.deserialize)(bytes);
    }
    catch {
        return undefined;
    }
    return plainData(value, budget) ? { value } : undefined;
}
/**
 * A parsed file with nothing in it for the scan (no format read it, or its model is empty) is stored as
 * its path and format alone, a NUL first (serialized data starts otherwise): most files of a repository
 * are such, and each costs a decode. Its path is stored, so the entry answers for its own file only.
 */
function encodeParsed(parsed) {
    const format = parsed.model?.format;
    if (isEmpty(parsed))
        return Buffer.from(`\0${JSON.stringify([parsed.path, format ?? null])}`, 'utf8');
    const kept = storable(parsed);
    return jsonExact(kept) ? Buffer.from(asciiJson(JSON.stringify(kept)), 'latin1') : encodeEntry(kept);
}
/**
 * JSON text with every character above ASCII written as its `\u` escape (which JSON reads back as the same
 * character): an entry of ASCII alone decodes to a one-byte string, which `JSON.parse` reads faster and which
 * takes half the memory of the two-byte string one `\u203a` in a workflow's step label makes of the whole entry.
 */
function asciiJson(json) {
    return /[^\x00-\x7f]/.test(json)
        ? json.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
        : json;
}
/**
 * Whether JSON gives the value back exactly: plain objects and dense arrays of strings, booleans, null and
 * finite numbers (not -0), no key holding undefined, no Map or Set. Most parse results are such, and
 * `JSON.parse` decodes them in about half the time `deserialize` takes, with no check of the result as
 * data needed but for a `__proto__` key (`jsonDecoded`): what it gives is plain data by construction.
 */
function jsonExact(value) {
    const pending = [value];
    while (pending.length > 0) {
        const next = pending.pop();
        if (next === null || typeof next === 'string' || typeof next === 'boolean')
            continue;
        if (typeof next === 'number') {
            if (!Number.isFinite(next) || Object.is(next, -0))
                return false;
            continue;
        }
        if (typeof next !== 'object')
            return false;
        if (Array.isArray(next)) {
            for (let index = 0; index < next.length; index++) {
                if (!(index in next))
                    return false;
                pending.push(next[index]);
            }
            continue;
        }
        if ((0,plain_data/* tagOf */.cO)(next) !== '[object Object]' || !(0,plain_data/* hasPlainPrototype */.jJ)(next) || 'toJSON' in next)
            return false;
        for (const item of Object.values(next)) {
            if (item === undefined)
                return false;
            pending.push(item);
        }
    }
    return true;
}
/** The first byte of an entry `encodeParsed` wrote as JSON: a parse result is an object. */
const jsonMark = 0x7b;
/**
 * An entry written as JSON, decoded; undefined when it does not parse. What `JSON.parse` gives is plain data
 * of at most as many nodes as it has bytes (within the file's budget, which allows four a byte), with one
 * exception: an own `__proto__` key, which such data must not have. Its text holds `__proto__` spelled
 * out or a `\u` escape of one of its characters (`protoEscape`) before the parse can make one; only then is
 * the result walked.
 */
function jsonDecoded(bytes, budget) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    let value;
    try {
        value = JSON.parse(text.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (text.includes('__proto__') || (text.includes('\\u') && protoEscape.test(text.toString('latin1'))))
        return plainData(value, budget) ? { value } : undefined;
    budget.left -= bytes.length;
    return budget.left < 0 ? undefined : { value };
}
/**
 * A `\u` escape of one of the characters of `__proto__` (`_`, `p`, `r`, `o`, `t`): a key of JSON text spells
 * `__proto__` only with all nine written out, or with one of them so escaped. Any other escape (`\u00e9` of
 * the `\u` escapes `asciiJson` writes, `\n`, `\"`) cannot make one of them.
 */
const protoEscape = /\\u00(?:5f|70|72|6f|74)/i;
/** Whether a parsed file is, key for key, what `emptyParsed` makes of its path and format. */
function isEmpty(parsed) {
    const sameKeys = (value, keys) => {
        const own = Object.keys(value);
        return own.length === keys.length && own.every((key, at) => key === keys[at]);
    };
    const { model } = parsed;
    if (parsed.problems.length > 0 || !sameKeys(parsed, model ? ['path', 'model', 'problems'] : ['path', 'problems']))
        return false;
    return (!model ||
        (sameKeys(model, ['file', 'format', 'references', 'uses', 'problems']) &&
            model.file === parsed.path &&
            typeof model.format === 'string' &&
            model.references.length === 0 &&
            model.uses.length === 0 &&
            model.problems.length === 0));
}
function emptyParsed(path, format) {
    return format === undefined ? { path, problems: [] } : { path, model: (0,scan_model/* emptyModel */.$Q)(path, format), problems: [] };
}
/** A stored parsed file decoded as `encodeParsed` wrote it; undefined when it is not plain data within the budget. */
function decodeParsed(bytes, budget) {
    if (bytes[0] === jsonMark)
        return jsonDecoded(bytes, budget);
    if (bytes[0] !== 0)
        return decodeEntry(bytes, budget);
    let short;
    try {
        short = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 1, bytes.length - 1).toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(short) || short.length !== 2)
        return undefined;
    const [path, format] = short;
    if (typeof path !== 'string' || (format !== null && typeof format !== 'string'))
        return undefined;
    return { value: emptyParsed(path, format ?? undefined) };
}
/** One entry's bytes: the value serialized alone. */
function encodeEntry(value) {
    return (0,external_node_v8_.serialize)(value);
}
/**
 * The nodes the entries of a cache file of this many bytes may hold, counted as a tree: a parse result
 * shares few objects, so a real cache stays far below it (the scale-1 bench corpus: 0.05 nodes a byte).
 */
const nodesPerByte = 4;
function loadCache(file, settings, notes) {
    const read = (0,discovery_read/* readRegularFile */.XF)(file, (fd, size) => {
        if (size > maxCacheBytes)
            return { reason: `it is larger than ${maxCacheBytes} bytes` };
        return decodeCache((0,discovery_read/* readAll */.yw)(fd, size), settings);
    });
    if ('entries' in read)
        return { entries: read.entries, nodes: read.bytes * nodesPerByte };
    // No cache yet is the cold scan, not a problem.
    if (!('ok' in read) || !read.reason.includes('ENOENT'))
        notes.push(`ignored the cache file ${file}: ${read.reason}`);
    return { entries: new Map(), nodes: 0 };
}
/** Writes the file whole or not at all: a temporary file beside it, renamed over it. */
function storeCache(file, contents, notes) {
    const size = contents.reduce((sum, piece) => sum + piece.length, 0);
    if (size > maxCacheBytes) {
        notes.push(`did not write the cache: ${size} bytes is over ${maxCacheBytes}`);
        return;
    }
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        safeWriteFile(temporary, contents);
        (0,external_node_fs_.renameSync)(temporary, file);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        notes.push(`could not write the cache file ${file} (${(0,error_code/* errorCode */.C)(error) ?? (0,error_text/* errorText */.k)(error)})`);
    }
}
/** A path with links resolved as far as it exists (the rest, not yet made, appended as it is). */
function realPath(path) {
    const missing = [];
    let at = (0,external_node_path_.resolve)(path);
    for (;;) {
        try {
            return (0,external_node_path_.join)(external_node_fs_.realpathSync.native(at), ...missing.reverse());
        }
        catch {
            const parent = (0,external_node_path_.dirname)(at);
            if (parent === at)
                return (0,external_node_path_.resolve)(path);
            missing.push((0,external_node_path_.basename)(at));
            at = parent;
        }
    }
}
/** Whether the cache folder is the scanned folder or below it, as named or once links are resolved. */
function insideScannedFolder(dir, root) {
    return ((0,paths/* relativeBelow */.cA)((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(dir)) !== undefined ||
        (0,paths/* relativeBelow */.cA)(realPath(root), realPath(dir)) !== undefined);
}
/**
 * Reads and parses the candidates as `readAndParseAll` does, taking from the cache every file whose key
 * it holds; `finish` writes the cache back with this scan's entries. In a git work tree, a tracked file
 * whose stat matches its index entry is looked up by its blob without being read; any other file is read
 * and hashed. A missed file is read once more after parsing, to check its bytes did not change meanwhile
 * (an entry is stored only then). The files of a format whose join the cache remembers (Terraform) are
 * taken from it only all together, with what the join read of them; one of them changed, all are parsed.
 */
async function readAndParseCached(candidates, settings, threads, root, cache) {
    if (insideScannedFolder(cache.dir, root)) {
        const note = `not used: the cache folder ${cache.dir} is inside the scanned folder, whose files the checkout controls`;
        cache.counted?.({ hits: 0, misses: candidates.length, fromIndex: 0, uncached: 0, rejoined: 0, notes: [note] });
        cache.tell?.(note);
        return {
            parsed: await (0,parse_worker.readAndParseAll)(candidates, settings, threads),
            remember: (_format, compute) => compute(),
            finish: () => { },
            // Nothing came from a cache: a failure is the scan's own.
            cold: async () => undefined,
        };
    }
    const notes = [];
    const digest = settingsDigest(settings);
    const file = cacheFileFor(cache.dir, root);
    const stored = (0,timings/* timed */.ay)('cache load', () => loadCache(file, digest, notes));
    // A cache with entries makes this a warm re-scan: its young generation is held small from here on.
    const warm = stored.entries.size > 0;
    if (warm)
        (0,young_generation/* holdYoungGenerationForWarmScan */.$H)();
    const listed = (0,timings/* timed */.ay)('git index', () => {
        const paths = candidates.map((candidate) => candidate.path);
        const index = indexOf(root, notes, paths);
        return index && { entries: index.entries.entriesFor(paths), index };
    });
    const formats = candidates.map((candidate) => (0,src_formats/* adapterFor */.fA)(candidate.path)?.id);
    const keys = (0,timings/* timed */.ay)('cache keys', () => candidates.map((candidate, at) => formats[at] === undefined
        ? undefined
        : keyOf(candidate, settings, digest, listed && { entry: listed.entries[at], writtenNs: listed.index.writtenNs })));
    const groups = groupsOf(formats, candidates, keys, digest);
    const shared = sharedPaths(candidates);
    const looked = (0,timings/* timed */.ay)('cache check', () => lookUp(candidates, keys, stored, groups, shared, warm ? young_generation/* holdYoungGenerationForWarmScan */.$H : () => { }));
    const { hits, missed, unfit, rejoined } = looked;
    // Many files to parse after all (one `.tf` file changed: its whole configuration): parsed as a cold scan parses.
    if (missed.length > fewMisses)
        (0,young_generation/* releaseWarmScanHold */.xl)();
    if (unfit > 0)
        notes.push(`ignored ${unfit} cache entr${unfit === 1 ? 'y' : 'ies'} that did not match their file`);
    const parsed = await (0,parse_worker.readAndParseAll)(missed, settings, threads);
    const computed = new Map();
    const remember = (format, compute) => {
        const kept = looked.remembered.get(format);
        if (kept)
            return kept.value;
        const value = compute();
        // Serialized now: what the scan does with the value afterwards cannot change what is stored.
        if (groups.get(format)?.key !== undefined)
            computed.set(format, encodeEntry(value));
        return value;
    };
    const finish = () => {
        const entries = (0,timings/* timed */.ay)('cache store', () => {
            const fresh = new Map(parsed.map((one) => [one.path, one]));
            const list = [];
            const storedPaths = new Set();
            let written = 0;
            candidates.forEach((candidate, at) => {
                const keyed = keys[at];
                const hit = hits.get(at);
                const made = fresh.get(candidate.path);
                // A path two files share: its parse result may be the other's (`fresh` holds one a path).
                if (keyed === undefined || shared.has(candidate.path))
                    return;
                if (hit)
                    list.push([keyed.key, hit.bytes]);
                // Stored only when the bytes parsed are still the bytes keyed: a file edited meanwhile waits for the next scan.
                else if (made && stillKeyed(candidate, keyed, settings, digest)) {
                    list.push([keyed.key, encodeParsed(made)]);
                    written += 1;
                }
                else
                    return;
                storedPaths.add(candidate.path);
            });
            for (const [format, group] of groups) {
                const bytes = looked.remembered.get(format)?.bytes ?? computed.get(format);
                // Only with every file it was read from stored as it was read.
                if (group.key !== undefined && bytes && group.paths.every((path) => storedPaths.has(path))) {
                    list.push([group.key, bytes]);
                    if (!looked.remembered.has(format))
                        written += 1;
                }
            }
            // Every entry taken from the file and none left out: the file already holds this scan's cache.
            if (written > 0 || list.length !== stored.entries.size)
                storeCache(file, cachePieces({ settings: digest, entries: list }), notes);
            return list.length;
        });
        const uncached = keys.filter((keyed) => keyed === undefined).length;
        const fromIndex = keys.filter((keyed) => keyed?.blob).length;
        const use = {
            hits: hits.size,
            misses: missed.length - uncached - rejoined,
            fromIndex,
            uncached,
            rejoined,
            notes,
        };
        (0,timings/* countInTimings */.S$)('cache hits', use.hits);
        (0,timings/* countInTimings */.S$)('cache misses', use.misses);
        (0,timings/* countInTimings */.S$)('cache from index', use.fromIndex);
        (0,timings/* countInTimings */.S$)('cache uncached', use.uncached);
        (0,timings/* countInTimings */.S$)('cache rejoined', use.rejoined);
        (0,timings/* countInTimings */.S$)('cache entries', entries);
        cache.counted?.(use);
        for (const note of notes)
            cache.tell?.(note);
        cache.tell?.(usedLine(use, candidates.length));
    };
    const cold = async () => {
        if (hits.size === 0)
            return undefined;
        const again = [...hits.keys()].flatMap((at) => candidates[at] ?? []);
        notes.push(`the scan failed on what the cache held: parsed its ${again.length} files again`);
        hits.clear();
        looked.remembered.clear();
        for (const one of again)
            missed.push(one);
        for (const one of await (0,parse_worker.readAndParseAll)(again, settings, threads))
            parsed.push(one);
        return parsed;
    };
    return { parsed: [...[...hits.values()].map((hit) => hit.parsed), ...parsed], remember, finish, cold };
}
/**
 * A parsed file as its entry keeps it: without a format's facts that are not plain data (Terraform's
 * parsed tree, which only the join reads, and whose reading the cache keeps beside the entries).
 */
function storable(parsed) {
    const facts = parsed.model?.formatFacts;
    if (!parsed.model || !facts)
        return parsed;
    const kept = Object.fromEntries(Object.entries(facts).filter(([, value]) => !classInstance(value)));
    return { ...parsed, model: { ...parsed.model, formatFacts: kept } };
}
/** An object made by a class of the program (not a plain object, array, Map or Set). */
function classInstance(value) {
    return (0,plain_data/* isRecord */.u4)(value) && !Array.isArray(value) && !(0,plain_data/* isMap */.jh)(value) && !(0,plain_data/* isSet */.vM)(value) && !(0,plain_data/* hasPlainPrototype */.jJ)(value);
}
function groupsOf(formats, candidates, keys, digest) {
    const members = new Map();
    formats.forEach((format, at) => {
        if (format === undefined || !src_formats/* rememberedJoins */.WW.has(format))
            return;
        const list = members.get(format) ?? [];
        list.push(at);
        members.set(format, list);
    });
    const groups = new Map();
    for (const [format, indices] of members) {
        const paths = indices.map((at) => candidates[at]?.path ?? '');
        const fileKeys = indices.map((at) => keys[at]?.key);
        const complete = fileKeys.every((key) => key !== undefined);
        // The candidates come sorted by path: the key does not depend on the walk's order.
        const order = paths.map((_, at) => at).sort((a, b) => ((paths[a] ?? '') < (paths[b] ?? '') ? -1 : 1));
        const key = complete
            ? sha256(version/* toolVersion */.fX, build(), digest, 'join', format, ...order.flatMap((at) => [paths[at] ?? '', fileKeys[at] ?? '']))
            : undefined;
        groups.set(format, { members: indices, paths, key });
    }
    return groups;
}
/**
 * The paths two or more candidates share: the walk shows a byte that is not UTF-8 as `\xNN`, so `a\xff.yml`
 * spelled out and `a` 0xFF `.yml` are one path. Such files are neither looked up nor stored: an entry answers
 * for a path, and one of them could be stored with the other's result.
 */
function sharedPaths(candidates) {
    const seen = new Set();
    const shared = new Set();
    for (const { path } of candidates) {
        if (seen.has(path))
            shared.add(path);
        seen.add(path);
    }
    return shared;
}
/**
 * The most files a warm re-scan parses with its young generation held small (`holdYoungGenerationForWarmScan`):
 * a pull request's few changed files. Past it the hold is lifted for the parse.
 */
const fewMisses = 64;
/** Entries looked up between two looks at the young generation's size. */
const entriesBetweenYoungGenerationLooks = 64;
/**
 * The entries that answer for their files; a decoded entry is checked as data first, within the file's
 * node budget. A remembered format's files are hits only together, and only with its join's entry.
 */
function lookUp(candidates, keys, stored, groups, shared, 
/** Called every few entries: what the decoded entries leave alive is what grows the young generation. */
lookAtYoungGeneration) {
    const hits = new Map();
    const budget = { left: stored.nodes };
    let unfit = 0;
    candidates.forEach((candidate, at) => {
        if (at % entriesBetweenYoungGenerationLooks === 0)
            lookAtYoungGeneration();
        const key = shared.has(candidate.path) ? undefined : keys[at]?.key;
        const bytes = key === undefined ? undefined : stored.entries.get(key);
        if (bytes === undefined)
            return;
        const decoded = decodeParsed(bytes, budget);
        if (decoded && fitsFile(decoded.value, candidate.path))
            hits.set(at, { parsed: decoded.value, bytes });
        else
            unfit += 1;
    });
    const remembered = new Map();
    let rejoined = 0;
    for (const [format, group] of groups) {
        const bytes = group.key === undefined ? undefined : stored.entries.get(group.key);
        const decoded = bytes && decodeEntry(bytes, budget);
        const fits = decoded !== undefined && src_formats/* rememberedJoins */.WW.get(format)?.(decoded.value, group.paths) === true;
        if (bytes && !fits)
            unfit += 1;
        const all = group.members.every((at) => hits.has(at));
        if (bytes && decoded && fits && all) {
            remembered.set(format, { value: decoded.value, bytes });
            continue;
        }
        // The join reads every file's tree: one file changed, all of them are parsed again.
        for (const at of group.members)
            if (hits.delete(at))
                rejoined += 1;
    }
    const missed = candidates.filter((_, at) => !hits.has(at));
    return { hits, missed, unfit, rejoined, remembered };
}
/** The note that ends a cached scan: how many files came from the cache, how many were parsed, and why. */
function usedLine(use, files) {
    return (`${use.hits} of ${files} files from the cache, ${use.misses} parsed` +
        (use.rejoined > 0 ? `, ${use.rejoined} parsed again with them (their configuration is read as a whole)` : '') +
        (use.uncached > 0 ? `, ${use.uncached} parsed as always (over the size limit)` : '') +
        (use.fromIndex > 0 ? `; ${use.fromIndex} known from .git/index without reading them` : ''));
}

// EXTERNAL MODULE: ./src/credentials/endpoints.ts
var endpoints = __webpack_require__(7416);
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

;// CONCATENATED MODULE: ./src/scan/outside-facts.ts

/** The repository context the rules see, once the workflows' SES SMTP regions are known. */
function repositoryContext(facts, smtpRegions) {
    return {
        values: factsForRegions(facts.values, smtpRegions),
        ...(facts.definedSecrets ? { definedSecrets: facts.definedSecrets } : {}),
    };
}

;// CONCATENATED MODULE: ./src/suppressions/inline.ts
/** Whether an ignore comment covers this rule on this line of the file. */
function ignoredInline(ignores, finding) {
    const ids = ignores.get(finding.file)?.get(finding.span.startLine);
    return ids !== undefined && (ids.has('*') || ids.has(finding.ruleId));
}

;// CONCATENATED MODULE: ./src/suppressions/apply.ts

/** Why a finding is suppressed, first match wins: an ignore comment, then the config file, then the baseline. */
function suppressionOf(finding, sources, byFile) {
    if (ignoredInline(sources.inline, finding))
        return 'inline';
    if (byFile.ignores(finding.file, finding.ruleId))
        return 'config';
    if (finding.fingerprint !== undefined && sources.baseline?.has(finding.fingerprint))
        return 'baseline';
    return undefined;
}
/**
 * The config file's ignores, each glob tried once per file rather than once per finding: a file may hold
 * thousands of findings and the config thousands of ignores.
 */
class ConfigIgnoresByFile {
    config;
    /** Per file: every rule ignored there (`all`), or the rule ids of the ignores whose glob matches it. */
    known = new Map();
    constructor(config) {
        this.config = config;
    }
    ignores(file, ruleId) {
        if (this.config.length === 0)
            return false;
        let matched = this.known.get(file);
        if (!matched) {
            matched = { all: false, rules: new Set() };
            for (const ignore of this.config) {
                if (!ignore.matches(file))
                    continue;
                if (!ignore.rules) {
                    matched.all = true;
                    break;
                }
                for (const rule of ignore.rules)
                    matched.rules.add(rule);
            }
            this.known.set(file, matched);
        }
        return matched.all || matched.rules.has(ruleId);
    }
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
    const byFile = new ConfigIgnoresByFile(sources.config);
    for (const finding of findings) {
        const suppressed = suppressionOf(finding, sources, byFile);
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

;// CONCATENATED MODULE: ./src/scan/scan.ts
















/** The text of each parsed file that kept it (see `ParsedFile.text`), by path. */
function scannedTexts(parsed) {
    const texts = new Map();
    for (const file of parsed)
        if (file.text !== undefined)
            texts.set(file.path, file.text);
    return texts;
}
/** Joins parsed files into one model and runs the rules: the second half of every scan. */
function analyze(parsed, config, extraProblems, root, repository, outside = {}, texts = scannedTexts(parsed), 
/** The parse cache's memory of the joins (`JoinContext.remember`). */
remember) {
    const models = [];
    const ignores = new Map();
    // Path order, whatever order the files came in: every list built below inherits it.
    for (const file of [...parsed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        if (file.model)
            models.push(file.model);
        if (file.ignores)
            ignores.set(file.path, file.ignores);
    }
    const context = {
        classifyName: (name) => (0,credentials_names/* classifyName */.Ce)(name, config.nameRules),
        ...(remember ? { remember } : {}),
    };
    const joined = (0,timings/* timed */.ay)('join', () => (0,scan_model/* joinModels */.d7)(models, src_formats/* adapterJoins */.V, context));
    (0,young_generation/* holdYoungGenerationAtCeiling */.ip)();
    // Facts from outside the files need the workflows' SMTP regions, so they join the model afterwards.
    const smtpRegions = [
        ...new Set(joined.uses.flatMap((use) => (use.destination.smtp?.target === 'ses' ? use.destination.smtp.regions : []))),
    ].sort();
    const model = repository ? { ...joined, repository: repository({ smtpRegions }) } : joined;
    const { findings, suppressed } = applySuppressions(runRules(model, config, texts), {
        ...outside,
        inline: outside.inlineIgnores === false ? new Map() : ignores,
        config: config.ignores,
    });
    const problems = [
        ...extraProblems,
        ...parsed.flatMap((file) => file.problems),
        ...models.flatMap((file) => file.problems),
    ]
        .map((problem) => ({ ...problem, message: (0,values/* scrubCredentials */.Q8)(problem.message) }))
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
    (0,timings/* lap */.Mm)('config');
    const config = options.config ?? config_defaultConfig();
    const facts = options.repository;
    const included = config.include.length > 0 ? anyGlob(config.include) : undefined;
    const only = options.only;
    const wanted = (path) => (!only || only.has(path)) && (0,src_formats/* adapterFor */.fA)(path) !== undefined && (!included || included(path));
    const { candidates, skipped } = (0,timings/* timed */.ay)('walk', () => walk(options.root, {
        wanted,
        excluded: anyGlob(config.exclude),
        ...(options.watch ? { watch: options.watch } : {}),
    }));
    const settings = { nameRules: config.nameRules, maxFileBytes: config.maxFileBytes, limits: config.limits };
    const cached = options.cache
        ? await readAndParseCached(candidates, settings, options.threads, options.root, options.cache)
        : undefined;
    const parsed = cached ? cached.parsed : await (0,parse_worker.readAndParseAll)(candidates, settings, options.threads);
    (0,timings/* lap */.Mm)('parse other');
    const analyzeAll = (files) => {
        const texts = scannedTexts(files);
        options.texts?.(texts);
        return analyze(files, config, skipped.map((skip) => ({ file: skip.path, message: `skipped: ${skip.reason}` })), options.root, facts && (({ smtpRegions }) => repositoryContext(facts, smtpRegions)), options.suppressions, texts, cached?.remember);
    };
    let result;
    try {
        result = analyzeAll(parsed);
    }
    catch (error) {
        // A cache entry the checks let through can still make a join or a rule throw: the files are then parsed anew.
        const again = await cached?.cold();
        if (!again)
            throw error;
        result = analyzeAll(again);
    }
    cached?.finish();
    return result;
}

;// CONCATENATED MODULE: ./src/suppressions/baseline.ts


class BaselineError extends Error {
}
/** Baseline files are small; anything larger is refused rather than read. */
const maxBaselineBytes = 1024 * 1024;
/** The fingerprints a baseline file accepts; a BaselineError names the file when it is missing or malformed. */
async function readBaseline(path) {
    // Read like a scanned file: a baseline in the checkout may be a link to a device or to anything else.
    const read = (0,discovery_read/* readCheckoutFile */.$C)(path, maxBaselineBytes);
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
    const fingerprints = acceptedFingerprints(parsed);
    if (!fingerprints)
        throw new BaselineError(`${source} is not a version-1 baseline (write one with --write-baseline)`);
    return new Set(fingerprints);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The fingerprint of each entry of a version-1 baseline; undefined for any other JSON value, `null` included. */
function acceptedFingerprints(parsed) {
    if (!isObject(parsed) || parsed.version !== 1 || !Array.isArray(parsed.fingerprints))
        return undefined;
    // Array.isArray types the entries `any`: read them as the unknown JSON they are.
    const entries = parsed.fingerprints;
    const fingerprints = [];
    for (const entry of entries) {
        if (!isObject(entry) || typeof entry.fingerprint !== 'string')
            return undefined;
        fingerprints.push(entry.fingerprint);
    }
    return fingerprints;
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

;// CONCATENATED MODULE: ./src/scan/fix-plan.ts
/**
 * What `--fix` would change, worked out without touching a file: each file's text before and after
 * its findings' fixes, and the unified diff `--fix --dry-run` prints.
 */



/**
 * The fixes of the findings that count (not suppressed), applied to the texts they were made against.
 * A suggestion-only fix is never applied. An edit two findings share is made once.
 */
function planFixes(findings, texts, 
/** Findings whose literals the diff masks: those that count and the suppressed ones. */
literals = findings) {
    const secrets = literalsByFile(literals);
    const byFile = new Map();
    for (const finding of findings) {
        const fix = finding.fix;
        if (!fix || fix.suggestionOnly || finding.suppressed)
            continue;
        for (const edit of fix.edits) {
            const entry = byFile.get(edit.file) ?? { edits: [], reasons: [], seen: new Set() };
            byFile.set(edit.file, entry);
            const { span } = edit;
            const key = `${span.startLine}:${span.startColumn}:${span.endLine}:${span.endColumn}:${edit.replacement}`;
            if (!entry.seen.has(key))
                entry.edits.push(edit);
            entry.seen.add(key);
            if (!entry.reasons.includes(fix.description))
                entry.reasons.push(fix.description);
        }
    }
    const plan = { files: [], refused: [] };
    for (const [file, { edits, reasons }] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const before = texts.get(file);
        const after = before === undefined ? undefined : applyEdits(before, edits);
        if (before === undefined || after === undefined)
            plan.refused.push({ file, reason: 'its text is not the text the fixes were made for' });
        else if (after !== before) {
            const spans = secrets.get(file);
            plan.files.push({ file, before, after, reasons, edits, ...(spans ? { shown: masked(before, spans) } : {}) });
        }
    }
    return plan;
}
/**
 * The places of the literal credentials the findings name, by file: a finding names a literal by its
 * redaction (`Tr0u\u2026`, credentials/redact.ts), which is also the part of it the diff may show.
 */
function literalsByFile(findings) {
    const byFile = new Map();
    for (const finding of findings) {
        const name = finding.credential?.name;
        if (!finding.file || !name?.endsWith('\u2026'))
            continue;
        const same = byFile.get(finding.file) ?? [];
        byFile.set(finding.file, same);
        same.push({ span: finding.span, shown: name.slice(0, -1) });
    }
    return byFile;
}
/** The text with each literal's place masked after its shown prefix (line breaks kept): same length, in one pass. */
function masked(text, literals) {
    const starts = lineStarts(text);
    const ranges = literals
        .flatMap(({ span, shown }) => {
        const at = spanOffsets(text, span, starts);
        if (!at)
            return [];
        // The literal may be quoted: its prefix is kept where it starts, if it does within the span.
        const prefix = shown === '' ? -1 : text.indexOf(shown, at.start);
        const from = prefix !== -1 && prefix + shown.length <= at.end ? prefix + shown.length : at.start;
        return [{ start: from, end: at.end }];
    })
        .sort((a, b) => a.start - b.start);
    const pieces = [];
    let at = 0;
    for (const range of ranges) {
        const start = Math.max(at, range.start);
        if (range.end <= start)
            continue;
        pieces.push(text.slice(at, start), text.slice(start, range.end).replace(/[^\r\n]/g, '*'));
        at = range.end;
    }
    pieces.push(text.slice(at));
    return pieces.join('');
}
/** Lines of context around each change, as `diff -u` gives. */
const context = 3;
/**
 * The unified diff of one file's fixes. Hunks are built from the edits' own lines (no diff algorithm:
 * linear in the file, whatever it holds), each edit's lines with three lines of context, edits closer
 * than that merged into one hunk. Every line shown is scrubbed of credentials (a key on a line near a
 * change is quoted as context) and of control characters (the file name too): the diff is for reading
 * on a terminal, never for `patch`.
 */
function unifiedDiff(fix) {
    // Lines are taken from the masked text (same length, same places) whenever the scan found a literal.
    const text = fix.shown ?? fix.before;
    const starts = lineStarts(fix.before);
    const lineCount = starts.length;
    const ranges = fix.edits
        .flatMap((edit) => {
        const at = spanOffsets(fix.before, edit.span, starts);
        if (!at)
            return [];
        const first = lineOf(starts, at.start);
        // An insertion at a line's start changes no line of the old text: it goes before that line.
        const inserted = at.end === at.start && starts[first - 1] === at.start;
        const last = at.end > at.start ? lineOf(starts, at.end - 1) : inserted ? first - 1 : first;
        return [{ ...at, first, last, replacement: edit.replacement }];
    })
        .sort((a, b) => a.start - b.start);
    const hunks = [];
    for (const range of ranges) {
        const first = Math.max(1, Math.min(range.first, range.last) - context);
        const last = Math.min(lineCount, range.last + context);
        const previous = hunks[hunks.length - 1];
        if (previous && first <= previous.last + 1) {
            previous.last = Math.max(previous.last, last);
            previous.edits.push(range);
        }
        else
            hunks.push({ first, last, edits: [range] });
    }
    const file = control_stripControl(fix.file);
    let out = `--- a/${file}\n+++ b/${file}\n`;
    let shift = 0;
    for (const hunk of hunks) {
        const sliceStart = starts[hunk.first - 1] ?? 0;
        const sliceEnd = starts[hunk.last] ?? fix.before.length;
        const after = spliced(text.slice(sliceStart, sliceEnd), hunk.edits.map((edit) => ({ ...edit, start: edit.start - sliceStart, end: edit.end - sliceStart })));
        const oldLines = splitLines(text.slice(sliceStart, sliceEnd));
        const newLines = splitLines(after);
        out += `@@ -${hunk.first},${oldLines.length} +${hunk.first + shift},${newLines.length} @@\n`;
        out += hunkBody(oldLines, newLines);
        shift += newLines.length - oldLines.length;
    }
    return out;
}
/** Lines with their ends kept, so a last line without a newline can be marked as `diff` does. */
function splitLines(text) {
    const lines = [];
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
        lines.push(text.slice(start, newline + 1));
        start = newline + 1;
    }
    if (start < text.length)
        lines.push(text.slice(start));
    return lines;
}
/** Common lines first and last as context, the rest removed then added. */
function hunkBody(oldLines, newLines) {
    let head = 0;
    while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head])
        head++;
    let tail = 0;
    while (tail < oldLines.length - head &&
        tail < newLines.length - head &&
        oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail])
        tail++;
    const line = (prefix, raw) => {
        const text = printableLine((0,values/* scrubCredentials */.Q8)(raw));
        return `${prefix}${text.endsWith('\n') ? text : `${text}\n\\ No newline at end of file\n`}`;
    };
    return [
        ...oldLines.slice(0, head).map((text) => line(' ', text)),
        ...oldLines.slice(head, oldLines.length - tail).map((text) => line('-', text)),
        ...newLines.slice(head, newLines.length - tail).map((text) => line('+', text)),
        ...oldLines.slice(oldLines.length - tail).map((text) => line(' ', text)),
    ].join('');
}

;// CONCATENATED MODULE: ./src/scan/fix-apply.ts
/**
 * Writes a fix plan into the checkout: only files below the scan root, never through a link, and only
 * a file whose bytes are still the text the scan read (anything else is refused and left alone).
 */






/** Applies each file's fixes in place; a file that cannot be written safely is refused with the reason. */
function applyFixPlan(root, plan) {
    const outcome = { written: [], refused: [...plan.refused] };
    for (const fix of plan.files) {
        const reason = writeFix((0,external_node_path_.resolve)(root), fix);
        if (reason)
            outcome.refused.push({ file: fix.file, reason });
        else
            outcome.written.push(fix);
    }
    return outcome;
}
const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);
/** Writes one file, or says why not. */
function writeFix(root, fix) {
    const absolute = (0,external_node_path_.resolve)(root, fix.file);
    if ((0,paths/* relativeBelow */.cA)(root, absolute) === undefined || absolute === root)
        return 'it is outside the scanned folder';
    const linked = linkOnTheWay(root, absolute);
    if (linked)
        return linked;
    const read = (0,discovery_read/* readRegularFile */.XF)(absolute, (fd, size) => ({ ok: true, bytes: (0,discovery_read/* readAll */.yw)(fd, size) }));
    if (!read.ok)
        return `it cannot be read again (${read.reason})`;
    const decoded = (0,discovery_read/* decode */.D4)(read.bytes);
    // UTF-16 or invalid UTF-8 would not survive a write as UTF-8 unchanged around the fix.
    if (!decoded.ok || decoded.warning)
        return 'it is not plain UTF-8 text';
    if (decoded.text !== fix.before)
        return 'it changed since it was scanned';
    const bom = read.bytes.subarray(0, 3).equals(utf8Bom) ? utf8Bom : Buffer.alloc(0);
    try {
        safeWriteFile(absolute, Buffer.concat([bom, Buffer.from(fix.after, 'utf8')]), { untrustedRoot: root });
    }
    catch (error) {
        return (0,error_text/* errorText */.k)(error);
    }
    return undefined;
}
/** The file itself or a folder between the root and it that is a symbolic link: never written through. */
function linkOnTheWay(root, absolute) {
    for (const path of [...((0,paths/* foldersBetween */.qz)(root, absolute) ?? []), absolute]) {
        try {
            if ((0,external_node_fs_.lstatSync)(path).isSymbolicLink())
                return `${path === absolute ? 'it' : path} is a symbolic link`;
        }
        catch (error) {
            return `it cannot be checked (${(0,error_text/* errorText */.k)(error)})`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/output/log.ts


/** The runner breaks output into lines at CR, LF and CRLF. */
const lineBreak = /\r\n|\r|\n/;
/** Leading characters the runner trims before looking for `::` (a superset of .NET's white space). */
const commandAtLineStart = /^([\s\u0085\u001c-\u001f]*)::/;
/** Makes both command forms inert in every line: `::` at a line start and `##[` anywhere get a backslash. */
function escapeCommands(text) {
    return text.split(lineBreak).map(inertLineText).join('\n');
}
/** One line with neither command form live. */
function inertLineText(line) {
    return line.replace(commandAtLineStart, '$1\\::').replaceAll('##[', '##\\[');
}
/**
 * `escapeCommands` for a stream that is not the action's log (the CLI's output, which a runner reads when
 * the CLI runs in a workflow or under pre-commit there): every line break is kept as it was.
 */
function inertText(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, index) => (index % 2 === 1 ? part : inertLineText(part)))
        .join('');
}
/**
 * JSON (or SARIF) made inert for a runner without changing what it parses to: `##[` can only stand in a
 * string, where `#` may be written `\u0023`; no line of JSON starts with `::`.
 */
function inertJson(json) {
    return json.replaceAll('##[', '#\\u0023[');
}
/**
 * A group title made of checkout text (a file name): one line, scrubbed, with neither command form live
 * (`::` is escaped by `core.startGroup` only in its data, and `##[` would start a command anywhere).
 */
function groupTitle(text) {
    return escapeCommands(scrubCredentials(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '));
}
/** Characters of one note printed at most: a note quotes a name or a reason, never a file's worth of text. */
const maxNoteLength = 1000;
/**
 * A note for `core.info` or `core.debug` that may quote outside input (a restored cache file, a cache key):
 * as a group title, one line, scrubbed, with neither command form live, and cut at `maxNoteLength`.
 */
function inertLine(text) {
    const line = groupTitle(text);
    return line.length > maxNoteLength ? `${line.slice(0, maxNoteLength)}\u2026` : line;
}
/** Lines of one block printed at most; the SARIF and JSON outputs always have everything. */
const maxBlockLines = 2000;
function capLines(text, maxLines) {
    const lines = text.split(lineBreak);
    if (lines.length <= maxLines)
        return lines.join('\n');
    return [
        ...lines.slice(0, maxLines),
        `\u2026 ${lines.length - maxLines} more line(s) not printed; the SARIF file and the summary count all of them.`,
    ].join('\n');
}
/** A stop token nobody can guess or find in the checkout. */
function stopToken() {
    return `sch-${randomBytes(16).toString('hex')}`;
}
function createLogWriter(write = (chunk) => process.stdout.write(chunk), token = stopToken) {
    return {
        line(text) {
            write(`${escapeCommands(scrubCredentials(text))}\n`);
        },
        block(text) {
            const stop = token();
            write(`::stop-commands::${stop}\n`);
            write(`${escapeCommands(scrubCredentials(capLines(text, maxBlockLines)))}\n`);
            write(`::${stop}::\n`);
        },
        command(line) {
            write(`${scrubCredentials(line).split(lineBreak).join(' ')}\n`);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/run.ts


























const usage = `Usage: ${version/* toolName */.Uf} [PATH ...] [options]

Scans workflows, composite actions and IaC (Terraform, CloudFormation/SAM, Serverless, Kubernetes,
docker-compose, .env) for SES credential mistakes. Each PATH (default: .) is a folder, scanned whole, or
a file, scanned as if in its repository (the nearest folder above it with .git or .github/).

Options:
  -f, --format text|compact|json|sarif|github
                                    output format (default: text, grouped by file with what to do;
                                    compact: one line per finding, file:line:col, for editors and grep)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is this severe or worse (default: error)
  -c, --config FILE                 config file (default: .github/ses-credential-hygiene.yml at the
                                    repository root, if present)
  --include GLOB, --exclude GLOB    limit the files scanned (repeatable; picomatch globs)
  -o, --output FILE                 write the report to FILE (folders are created) instead of standard output
  --show-fingerprints               print each finding's fingerprint (text and compact), as in a baseline
  --strict                          also exit 1 when a file could not be read, or nothing was scanned
  --baseline FILE                   findings in this baseline are reported as suppressed, never failing
  --write-baseline FILE             write the current findings as a baseline and exit 0
  --cache DIR                       keep each file's parse result in DIR (created, outside the scanned
                                    folder); a later scan parses only files whose bytes changed, and says
                                    how many came from the cache
  --fix                             apply the findings' mechanical fixes in place (never suggestions),
                                    print each file changed and why, then scan again and report the rest
  --dry-run                         with --fix: print the fixes as a unified diff and change nothing
  --list-rules                      list the rules: id, default severity, title
  --explain RULE                    print a rule's documentation
  --no-color                        plain text even on a terminal (also NO_COLOR; FORCE_COLOR forces colour)
  -h, --help                        show this help
  -v, --version                     show the version

Exit status: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad usage or an error.
`;
const formats = ['text', 'compact', 'json', 'sarif', 'github'];
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
async function scanAll(options, targets, baseline, tell, 
/** Collects the --include and --exclude globs that matched no file of a folder target, from each scan's walk. */
unmatchedGlobs = [], 
/** Shown each target's own result and the texts it was scanned from (for --fix), before any merge. */
eachTarget) {
    // A config named on the command line is the same file for every target: read and checked once.
    let explicit;
    const configFor = (root) => options.config === undefined ? loadConfig(root) : (explicit ??= loadConfig(root, options.config));
    const parts = [];
    for (const target of targets) {
        const config = withGlobs(await configFor(target.root), options.include, options.exclude);
        const globs = target.files ? undefined : globCheck(options.include, options.exclude);
        let texts = new Map();
        const result = await scan({
            texts: (scanned) => {
                texts = scanned;
            },
            ...(globs?.watch ? { watch: globs.watch } : {}),
            root: target.root,
            config,
            ...(target.files ? { only: target.files } : {}),
            ...(baseline ? { suppressions: { baseline } } : {}),
            threads: (0,parse_worker.threadChoiceFrom)(process.env.SES_CREDENTIAL_HYGIENE_THREADS),
            ...(options.cache ? { cache: { dir: options.cache, tell: (note) => tell(`${version/* toolName */.Uf}: cache: ${note}`) } } : {}),
        });
        unmatchedGlobs.push(...(globs?.unmatched() ?? []));
        eachTarget?.(target, result, texts);
        parts.push({ result, place: (0,external_node_path_.relative)(process.cwd(), target.root).split('\\').join('/') });
    }
    // One folder keeps its paths relative to itself, as they always were.
    const [single] = parts;
    if (single && parts.length === 1 && !targets[0]?.files)
        return single.result;
    return mergeResults(parts, process.cwd());
}
/** Warnings for a scan that probably did not do what was asked; under --strict they fail the run. */
function scanWarnings(unmatchedGlobs, result) {
    const warnings = unmatchedGlobs.map((flag) => `${flag} matches no file that could be scanned`);
    if (result.files === 0)
        warnings.push('no file was scanned: no path given holds a workflow, action or IaC file');
    return warnings;
}
/**
 * Writes a line to standard error. Messages quote what was typed (a flag's value, a glob, a path), and a
 * key pasted there by mistake is redacted: the terminal's scrollback and CI logs keep what is printed.
 * They may quote the checkout too (a config's keys, a file's name): no control character but the line
 * breaks of a multi-line message reaches the terminal, and no runner command is live.
 */
function run_errorLine(io) {
    return (line) => io.stderr(`${inertText(replaceControls((0,values/* scrubCredentials */.Q8)(line)))}\n`);
}
/**
 * The report as written to standard output, which a runner reads for commands when the CLI runs in a
 * workflow: checkout text (a file name, a line of --dry-run's diff) starts none. `github` is commands.
 */
function forStdout(report, format) {
    if (format === 'github')
        return report;
    return format === 'json' || format === 'sarif' ? inertJson(report) : inertText(report);
}
/** Runs the CLI and returns its exit status. */
async function main(argv, io = processIo) {
    const tell = run_errorLine(io);
    try {
        const options = parseCommandLine(argv);
        if (options.help) {
            io.stdout(usage);
            return 0;
        }
        if (options.version) {
            io.stdout(`${version/* toolVersion */.fX}\n`);
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
        const targets = scanTargets(options.paths);
        if (options.fix && options.writeBaseline)
            throw new UsageError('--fix and --write-baseline do not go together');
        if (options.writeBaseline) {
            const scanned = await scanAll(options, targets, undefined, tell);
            await writeBaseline(options.writeBaseline, scanned);
            tell(`${version/* toolName */.Uf}: wrote ${scanned.findings.length} finding(s) to the baseline ${options.writeBaseline}`);
            return 0;
        }
        const baseline = options.baseline ? await readBaseline(options.baseline) : undefined;
        if (options.dryRun && !options.fix)
            throw new UsageError('--dry-run goes with --fix');
        if (options.fix) {
            const fixed = await fixAll(options, targets, baseline, tell);
            if (options.dryRun) {
                io.stdout(forStdout(fixed.diff, 'diff'));
                return 0;
            }
        }
        const unmatchedGlobs = [];
        const result = await scanAll(options, targets, baseline, tell, unmatchedGlobs);
        (0,timings/* lap */.Mm)('suppress and inventory');
        const warnings = scanWarnings(unmatchedGlobs, result);
        for (const warning of warnings)
            tell(`${version/* toolName */.Uf}: warning: ${warning}`);
        const report = render(result, format, {
            colour: wantsColour(options, io),
            fingerprints: options.showFingerprints,
        });
        (0,timings/* lap */.Mm)('report');
        // No-follow and folders created: a link in the checkout cannot lead the report elsewhere.
        if (options.output)
            safeWriteFile(options.output, report);
        else
            io.stdout(forStdout(report, format));
        const verdict = decideVerdict(result, { failOn, strict: options.strict, scanWarnings: warnings.length });
        if (!verdict.failed)
            return 0;
        tell(failureLine(verdict));
        return 1;
    }
    catch (error) {
        // Usage mistakes, config and baseline errors alike: one line (or the config's list), never a stack or the whole help.
        tell(`${version/* toolName */.Uf}: ${(0,error_text/* errorText */.k)(error)}`);
        return 2;
    }
}
/**
 * Scans each target and applies its findings' fixes (or, with --dry-run, only collects their diff).
 * Every line about a file goes to standard error: standard output keeps the report of the scan after.
 */
async function fixAll(options, targets, baseline, tell) {
    const plans = [];
    await scanAll(options, targets, baseline, () => undefined, [], (target, result, texts) => plans.push({ target, result, texts }));
    let diff = '';
    let changed = 0;
    const single = targets.length === 1 && !targets[0]?.files;
    for (const { target, result, texts } of plans) {
        // The diff masks the literals of suppressed findings too: suppressed is not less secret.
        const plan = planFixes(result.findings, texts, [...result.findings, ...result.suppressed]);
        // One folder keeps its paths relative to itself, as its report does; several are placed from here.
        // Names and reasons come from the checkout: printed without control characters (the diff's own too).
        const place = (file) => control_stripControl(single ? file : (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.join)(target.root, file)).split('\\').join('/'));
        if (options.dryRun) {
            for (const file of plan.files)
                diff += unifiedDiff({ ...file, file: place(file.file) });
            for (const refused of plan.refused)
                tell(`${version/* toolName */.Uf}: would not fix ${place(refused.file)}: ${control_stripControl(refused.reason)}`);
            changed += plan.files.length;
            continue;
        }
        const outcome = applyFixPlan(target.root, plan);
        for (const file of outcome.written)
            tell(`${version/* toolName */.Uf}: fixed ${place(file.file)}: ${control_stripControl(file.reasons.join('; '))}`);
        for (const refused of outcome.refused)
            tell(`${version/* toolName */.Uf}: did not fix ${place(refused.file)}: ${control_stripControl(refused.reason)}`);
        changed += outcome.written.length;
    }
    tell(options.dryRun
        ? `${version/* toolName */.Uf}: --dry-run: ${changed} file(s) would change; nothing was written`
        : `${version/* toolName */.Uf}: fixed ${changed} file(s); the findings that remain follow`);
    return { diff };
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
        case 'compact':
            return renderCompactText(result, options);
    }
}


/***/ })

};
