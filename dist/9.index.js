export const id = 9;
export const ids = [9];
export const modules = {

/***/ 4832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ groupBy),
/* harmony export */   CU: () => (/* binding */ firstBy),
/* harmony export */   Mw: () => (/* binding */ remembering)
/* harmony export */ });
/** The items with a key, by key, each list in the items' order; an item without a key is left out. */
function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        if (key === undefined)
            continue;
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    return groups;
}
/** The first item of each key, as `items.find` would give it for that key. */
function firstBy(items, keyOf) {
    const first = new Map();
    for (const item of items) {
        const key = keyOf(item);
        if (!first.has(key))
            first.set(key, item);
    }
    return first;
}
/** `compute` with its answers kept, each key computed once: for pure work asked the same keys again and again. */
function remembering(compute) {
    const answers = new Map();
    return (key) => {
        if (answers.has(key))
            return answers.get(key);
        const answer = compute(key);
        answers.set(key, answer);
        return answer;
    };
}


/***/ }),

/***/ 1829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ errorCode)
/* harmony export */ });
/** The system's code of a file-system error (`ENOENT`, `ELOOP` \u2026), or its message when it has none. */
function errorCode(error) {
    if (error && typeof error === 'object' && 'code' in error)
        return String(error.code);
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 3335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ lineEndAt)
/* harmony export */ });
/** Where the line holding `from` ends: its line break (`\n`), or the end of the text. */
function lineEndAt(text, from) {
    const newline = text.indexOf('\n', from);
    return newline < 0 ? text.length : newline;
}


/***/ }),

/***/ 1630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   jJ: () => (/* binding */ hasPlainPrototype),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   vM: () => (/* binding */ isSet)
/* harmony export */ });
// Shapes of decoded data (a cache entry, JSON), told apart without `instanceof`: a value decoded in a test's
// VM context has that context's `Object.prototype`, `Map` and `Set`.
const isRecord = (value) => typeof value === 'object' && value !== null;
/** `[object Map]`, `[object Set]`, `[object Object]` \u2026, whichever realm made the value. */
const tagOf = (value) => Object.prototype.toString.call(value);
const isMap = (value) => tagOf(value) === '[object Map]';
const isSet = (value) => tagOf(value) === '[object Set]';
/** An object whose prototype is `Object.prototype` (of any realm) or null: not made by a class. */
function hasPlainPrototype(value) {
    const prototype = Object.getPrototypeOf(value);
    return prototype === null || Object.getPrototypeOf(prototype) === null;
}


/***/ }),

/***/ 7416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HJ: () => (/* binding */ classifySmtpHost),
/* harmony export */   Sl: () => (/* binding */ findSesSmtpHosts),
/* harmony export */   lI: () => (/* binding */ findOtherSmtpProvider)
/* harmony export */ });
/* unused harmony exports sesApiRegion, otherSmtpProvider, awsRegions */
/** An SES SMTP endpoint's fixed part, from `email-smtp` on, with its region as group 1: one text for both searches below. */
const sesSmtpTail = String.raw `email-smtp(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:vpce\.)?amazonaws\.com`;
const sesSmtpHost = new RegExp(`^(?:[a-z0-9-]+\\.)*${sesSmtpTail}$`);
const sesApiHost = /^email(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:amazonaws\.com|api\.aws)$/;
function classifySmtpHost(host) {
    const normalized = host.trim().toLowerCase().replace(/\.$/, '');
    const match = sesSmtpHost.exec(normalized);
    return { host: normalized, sesRegion: match?.[1] };
}
function sesApiRegion(host) {
    return sesApiHost.exec(host.trim().toLowerCase())?.[1];
}
const hostTail = new RegExp(sesSmtpTail, 'iy');
/**
 * Finds SES SMTP hosts mentioned anywhere in a piece of text, with their offsets. It searches for the
 * fixed `email-smtp` and widens to the left by hand: a leading `(?:[a-z0-9-]+\.)*` in an unanchored
 * regex is quadratic on long runs of letters, which a hostile file can supply.
 *
 * Linear also in a chain of hosts (`email-smtp.\u2026.amazonaws.com.email-smtp.\u2026`), where each host widens over
 * all those before it: a walk to the left stops where an earlier one passed, and takes its end; a host and
 * its region are the text's own (all ASCII: labels and the tail), not `classifySmtpHost` run on each host
 * again, which says the same of such a host (the test compares them).
 */
function findSesSmtpHosts(text) {
    const found = [];
    // Lower-cased with the text's offsets: `\u0130` (U+0130), the one code unit whose lower case is two, is taken as a NUL
    // (no host holds either). Lower-cased whole, an `\u0130` moved every later `email-smtp` one place on, and the hosts
    // after it were missed.
    const lower = (text.includes('\u0130') ? text.replaceAll('\u0130', '\0') : text).toLowerCase();
    /** Where a walk to the left from a label's start ended. */
    let walked;
    for (let at = lower.indexOf('email-smtp'); at >= 0; at = lower.indexOf('email-smtp', at + 1)) {
        hostTail.lastIndex = at;
        const tail = hostTail.exec(text);
        if (!tail)
            continue;
        let start = at;
        let passed;
        while (start > 0 && text[start - 1] === '.') {
            const known = walked?.get(start);
            if (known !== undefined) {
                start = known;
                break;
            }
            let label = start - 1;
            while (label > 0 && /[a-z0-9-]/i.test(text[label - 1] ?? ''))
                label--;
            if (label === start - 1)
                break;
            (passed ??= []).push(start);
            start = label;
        }
        if (passed) {
            walked ??= new Map();
            for (let index = 0; index < passed.length; index++)
                walked.set(passed[index], start);
        }
        found.push({
            host: lower.slice(start, at + tail[0].length),
            region: tail[1].toLowerCase(),
            offset: start,
        });
    }
    return found;
}
/**
 * Mail providers other than SES, by the domains of their SMTP hosts. A slot beside one of these hosts is
 * that provider's, whatever its user name or password look like.
 */
const otherProviders = [
    { provider: 'Mailgun', domains: ['mailgun.org'] },
    { provider: 'SendGrid', domains: ['sendgrid.net'] },
    { provider: 'Gmail', domains: ['gmail.com', 'googlemail.com'] },
    { provider: 'Postmark', domains: ['postmarkapp.com'] },
    { provider: 'Mailtrap', domains: ['mailtrap.io'] },
    { provider: 'Microsoft 365', domains: ['office365.com', 'outlook.com'] },
    { provider: 'Mailjet', domains: ['mailjet.com'] },
    { provider: 'Brevo', domains: ['sendinblue.com', 'brevo.com'] },
    { provider: 'SparkPost', domains: ['sparkpostmail.com'] },
    { provider: 'Zoho', domains: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp'] },
    { provider: 'Mandrill', domains: ['mandrillapp.com'] },
    { provider: 'Yahoo', domains: ['yahoo.com'] },
    { provider: 'iCloud', domains: ['mail.me.com'] },
    { provider: 'Fastmail', domains: ['fastmail.com'] },
    { provider: 'Resend', domains: ['resend.com'] },
    { provider: 'Elastic Email', domains: ['elasticemail.com'] },
    { provider: 'MailerSend', domains: ['mailersend.net'] },
    { provider: 'SMTP2GO', domains: ['smtp2go.com'] },
    { provider: 'SendPulse', domains: ['sendpulse.com'] },
    { provider: 'SocketLabs', domains: ['socketlabs.com'] },
    { provider: 'MailChannels', domains: ['mailchannels.net'] },
];
/**
 * The provider whose SMTP server `host` is: a host under one of the domains above, never the bare domain
 * (`gmail.com` names a mailbox's domain as often as a server).
 */
function otherSmtpProvider(host) {
    const normalized = host.trim().toLowerCase().replace(/\.$/, '');
    return providerSuffixes.find(({ suffix }) => normalized.endsWith(suffix))?.provider;
}
/** Each provider's domains with their leading dot, in the order above (the first provider to match wins). */
const providerSuffixes = otherProviders.flatMap(({ provider, domains }) => domains.map((domain) => ({ provider, suffix: `.${domain}` })));
/**
 * The first other provider's SMTP host named anywhere in `text` (`[smtp.sendgrid.net]:587`,
 * `smtps://apikey:\u2026@smtp.sendgrid.net:465`). A host-shaped run after `@` is a mailbox's domain
 * (`postmaster@mg.mailgun.org`), not a server, unless a URL came before it.
 */
function findOtherSmtpProvider(text) {
    const firstUrl = text.indexOf('://');
    for (const match of text.matchAll(/[A-Za-z0-9.-]+/g)) {
        // A run without a dot is under no domain: most are words, not worth the domains' comparison.
        if (!match[0].includes('.'))
            continue;
        if (text[match.index - 1] === '@' && (firstUrl < 0 || firstUrl > match.index))
            continue;
        const provider = otherSmtpProvider(match[0]);
        if (provider)
            return provider;
    }
    return undefined;
}
/** Regions where an SMTP password may have been derived, for telling a wrong region from a wrong key. */
const awsRegions = (/* unused pure expression or super */ null && ([
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


/***/ }),

/***/ 6310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1192);

/**
 * The text of an error for any output: libraries quote their input in messages (a JSON parser shows
 * the start of a file, an HTTP client a response), so anything credential-shaped is redacted.
 */
function errorText(error) {
    // Not `instanceof Error`: an error from another realm (a worker thread, a VM context) is not an instance of this one's.
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubCredentials */ .Q8)(String(message));
}


/***/ }),

/***/ 5307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ apiUsedSmtpNamedUsers),
/* harmony export */   GE: () => (/* binding */ actionMatches),
/* harmony export */   Jk: () => (/* binding */ singleUserName),
/* harmony export */   Ks: () => (/* binding */ allowsBeyondSmtp),
/* harmony export */   PS: () => (/* binding */ grantsSes),
/* harmony export */   Pd: () => (/* binding */ grantsWholeServices),
/* harmony export */   Rr: () => (/* binding */ grantsOf),
/* harmony export */   fo: () => (/* binding */ credentialMintingActions),
/* harmony export */   s_: () => (/* binding */ smtpUserKeys),
/* harmony export */   w0: () => (/* binding */ consolePasswordActions)
/* harmony export */ });
/* unused harmony exports smtpUserActions, keyMintingActions */
/* harmony import */ var _managed_policies_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7382);
/* harmony import */ var _common_collections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4832);


/** The only actions an SES SMTP user needs (the console creates the first; older docs add the second). */
const smtpUserActions = ['ses:SendRawEmail', 'ses:SendEmail'];
/** The permissions that create SMTP credentials: in an automation identity, a way to mint keys for anyone. */
const keyMintingActions = ['iam:CreateAccessKey', 'iam:CreateUser', 'iam:PutUserPolicy'];
/** The permissions that set another user's console password: a way to sign in as anyone. */
const consolePasswordActions = ['iam:CreateLoginProfile', 'iam:UpdateLoginProfile'];
/** Every permission that mints a credential for another user: access keys, and console passwords. */
const credentialMintingActions = [...keyMintingActions, ...consolePasswordActions];
/**
 * IAM action matching: case-insensitive, `*` and `?` wildcards. The answer of the expression it once was,
 * `^\u2026$` with `*` as `.*` and `?` as `.`, flag `i` (so neither wildcard takes a line break), worked out by hand:
 * that expression backtracked exponentially in a pattern of many `*` (`iam:**\u2026*x`, from the files: 14 of them
 * took 7 s on one action). Here one pass per pattern character over the action's positions.
 */
function actionMatches(pattern, action) {
    // Most patterns are a name (`ses:SendRawEmail`) or a name and one last `*` (`ses:*`, `iam:Create*`): a
    // comparison, with no arrays made (the rules ask of every statement's actions, again and again).
    const star = pattern.indexOf('*');
    const plain = star < 0 ? pattern.length : star === pattern.length - 1 ? star : -1;
    if (plain >= 0 && !pattern.includes('?'))
        return prefixMatches(pattern, plain, action, star >= 0);
    const length = action.length;
    const folded = new Uint16Array(length);
    for (let index = 0; index < length; index++)
        folded[index] = canonical(action.charCodeAt(index));
    // matched[j]: the pattern so far matches the action's first j characters.
    let matched = new Uint8Array(length + 1);
    let next = new Uint8Array(length + 1);
    matched[0] = 1;
    for (let at = 0; at < pattern.length; at++) {
        const code = pattern.charCodeAt(at);
        let any = matched[0];
        if (code === 0x2a /* * */) {
            next[0] = matched[0];
            for (let j = 1; j <= length; j++) {
                next[j] = matched[j] || (next[j - 1] && !lineBreak(folded[j - 1])) ? 1 : 0;
                any |= next[j];
            }
        }
        else {
            const wanted = canonical(code);
            next[0] = 0;
            any = 0;
            for (let j = 1; j <= length; j++) {
                const unit = folded[j - 1];
                next[j] = matched[j - 1] && (code === 0x3f /* ? */ ? !lineBreak(unit) : unit === wanted) ? 1 : 0;
                any |= next[j];
            }
        }
        if (!any)
            return false;
        [matched, next] = [next, matched];
    }
    return matched[length] === 1;
}
/** The pattern's first `prefix` characters (no wildcard among them) match the action's, and then its end or, after a last `*`, no line break. */
function prefixMatches(pattern, prefix, action, starAfter) {
    if (starAfter ? action.length < prefix : action.length !== prefix)
        return false;
    for (let at = 0; at < prefix; at++)
        if (canonical(pattern.charCodeAt(at)) !== canonical(action.charCodeAt(at)))
            return false;
    for (let at = prefix; at < action.length; at++)
        if (lineBreak(action.charCodeAt(at)))
            return false;
    return true;
}
/** What `.` does not take without the `s` flag (none of them changes under `canonical`). */
function lineBreak(unit) {
    return unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;
}
/**
 * A code unit as the `i` flag compares it without `u` (ECMAScript's Canonicalize): its upper case when that
 * is one code unit, and not an ASCII one for a non-ASCII unit (`\u017f` stays, `\u00df` stays).
 */
function canonical(unit) {
    if (unit < 0x80)
        return unit >= 0x61 && unit <= 0x7a ? unit - 0x20 : unit;
    const upper = String.fromCharCode(unit).toUpperCase();
    return upper.length !== 1 || upper.charCodeAt(0) < 0x80 ? unit : upper.charCodeAt(0);
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
    const { byPrincipal, byOwner } = indexOf(iam);
    const bindings = byPrincipal.get(principalKey) ?? [];
    for (const binding of bindings) {
        if (binding.managedPolicyArn) {
            const statement = (0,_managed_policies_js__WEBPACK_IMPORTED_MODULE_0__/* .managedPolicyStatement */ .d)(binding.managedPolicyArn);
            if (statement)
                grants.push({
                    statement,
                    file: binding.file,
                    span: binding.span,
                    via: binding.managedPolicyArn.split('/').pop() ?? binding.managedPolicyArn,
                });
        }
        if (binding.ownerKey) {
            for (const statement of byOwner.get(binding.ownerKey) ?? [])
                grants.push({ statement, file: statement.file, span: statement.span, via: 'policy' });
        }
    }
    return grants;
}
const grantIndexes = new WeakMap();
/**
 * The bindings by principal and the statements by owner, each list in the facts' order, built once per
 * facts: every rule asks `grantsOf` of every principal, and a filter of all bindings and statements per
 * principal was quadratic in a repository's IAM.
 */
function indexOf(iam) {
    const known = grantIndexes.get(iam);
    if (known &&
        known.bindings === iam.bindings &&
        known.statements === iam.statements &&
        known.counts[0] === iam.bindings.length &&
        known.counts[1] === iam.statements.length)
        return known;
    const index = {
        bindings: iam.bindings,
        statements: iam.statements,
        counts: [iam.bindings.length, iam.statements.length],
        byPrincipal: (0,_common_collections_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$z)(iam.bindings, (binding) => binding.principalKey),
        byOwner: (0,_common_collections_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$z)(iam.statements, (statement) => statement.ownerKey),
    };
    grantIndexes.set(iam, index);
    return index;
}
/** Access keys whose part of one of `kinds` is used or handed out (an output, a parameter: one made to be used). */
function keysHandingOut(model, kinds) {
    const keys = new Set();
    for (const exposure of model.iam.exposures)
        if (kinds.has(exposure.kind))
            keys.add(exposure.accessKeyKey);
    for (const reference of model.references)
        if (reference.source.type === 'attribute' && kinds.has(reference.source.kind))
            keys.add(reference.source.accessKey);
    return keys;
}
function keysWithSmtpPassword(model) {
    const keys = keysHandingOut(model, new Set(['smtp-password', 'smtp-password-v2']));
    for (const use of model.iam.smtpPasswordUses)
        keys.add(use.accessKeyKey);
    return keys;
}
/**
 * Users whose key becomes SMTP credentials: its SMTP password is used, or the user is named as an SMTP
 * user. The name is taken at its word even when only the raw secret is handed out: that secret is what
 * SMTP passwords are derived from, so a leak is the same.
 */
function smtpUserKeys(model) {
    const withPassword = keysWithSmtpPassword(model);
    const users = new Set();
    for (const key of model.iam.accessKeys)
        if (key.userKey && withPassword.has(key.key))
            users.add(key.userKey);
    for (const principal of model.iam.principals)
        if (principal.kind === 'user' && principal.smtpNamed)
            users.add(principal.key);
    return users;
}
/**
 * SMTP users by name only whose keys hand out their raw secret and never an SMTP password: as far as the
 * files tell, the key serves the SES API, which may need more than sending raw mail.
 */
function apiUsedSmtpNamedUsers(model) {
    const withPassword = keysWithSmtpPassword(model);
    const withSecret = keysHandingOut(model, new Set(['secret-access-key']));
    const users = new Set();
    for (const key of model.iam.accessKeys)
        if (key.userKey && withSecret.has(key.key))
            users.add(key.userKey);
    // A user with any key whose SMTP password is handed out is an SMTP user, whatever its other keys do.
    for (const key of model.iam.accessKeys)
        if (key.userKey && withPassword.has(key.key))
            users.delete(key.userKey);
    return users;
}
/** A whole service or everything (`*`, `ses:*`, `iam:*`, NotAction): too much for any sender of mail. */
function grantsWholeServices(statement) {
    if (statement.effect !== 'Allow')
        return false;
    return statement.notAction || statement.actions.some((action) => /^\*$|^[a-z0-9-]+:\*$/i.test(action));
}
function grantsSes(grants) {
    return grants.some((grant) => grant.statement.effect === 'Allow' && grant.statement.actions.some((action) => /^ses:|^ses\*|^\*$/i.test(action)));
}
/**
 * A user ARN's name, when the ARN names one user: no `*` or `?` after `user/`. The name is the ARN's last
 * segment, as `/:user\/(?:[^*?]*\/)?([^/*?]+)$/` took it; by hand, in linear time: that pattern, tried from
 * each `:user/` to the ARN's end, was quadratic in an ARN of many (`:user/:user/\u2026/*`).
 */
function singleUserName(arn) {
    const user = arn.indexOf(':user/');
    if (user < 0 || arn.endsWith('/') || /[*?]/.test(arn.slice(user)))
        return undefined;
    return arn.slice(arn.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 7382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ managedPolicyStatement)
/* harmony export */ });
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


/***/ }),

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ classifyName),
/* harmony export */   Mh: () => (/* binding */ withUserNameRules),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   z3: () => (/* binding */ awsKinds)
/* harmony export */ });
/* unused harmony export defaultNameRules */
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
].map((rule) => ({ ...rule, builtIn: true }));
const rootMarker = word('ROOT');
/** Words that put a name on AWS, SES or mail; without one, another provider's word takes the name away from AWS. */
const awsOrMail = word('AWS|AMAZON|SES|SMTP|MAIL|EMAIL|MAILER|IAM|STS');
/** Other clouds, databases and frameworks whose keys and root passwords share AWS's words (`COS_SECRET_KEY`, `MYSQL_ROOT_PASSWORD`). */
const otherProvider = word('COS|TENCENT|TENCENTCLOUD|QCLOUD|ALIYUN|ALIBABA|ALICLOUD|OSS|AZURE|GCP|GCS|GOOGLE|DIGITALOCEAN|DO|SPACES|MINIO|R2|CLOUDFLARE|B2|BACKBLAZE|WASABI|LINODE|HUAWEI|OBS|QINIU|UPYUN|SCALEWAY|OVH|IBM|ORACLE|OCI|MYSQL|MARIADB|POSTGRES|POSTGRESQL|PG|MONGO|MONGODB|REDIS|RABBITMQ|DB|DATABASE|SQL|MSSQL|SQLSERVER|INFLUXDB|ELASTIC|ELASTICSEARCH|OPENSEARCH|CLICKHOUSE|COUCHDB|NEO4J|LDAP|VAULT|JENKINS|KEYCLOAK|GRAFANA|DJANGO|FLASK|RAILS|JWT|SESSION_SECRET|LARAVEL|APP');
/**
 * The kinds that sign AWS requests or sign in to AWS (not SMTP's, not unclear): the kinds another
 * provider's word takes from AWS. Not `account-email`: each of its names says EMAIL, a mail word.
 */
const awsKinds = new Set([
    'access-key-id',
    'secret-access-key',
    'session-token',
    'console-password',
    'console-username',
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
 * No variable or secret name a person chose is longer; capping the length keeps every pattern, also
 * the config's, cheap on a name a pull request made huge.
 */
const longestName = 256;
/**
 * Classifies a secret, variable or input name. Names that hold no credential (`SES_REGION`,
 * `ROOT_DOMAIN`, `AWS_ROOT_ACCOUNT_ID`) return undefined.
 */
function classifyName(name, rules = defaultNameRules) {
    if (name.length > longestName)
        return undefined;
    // The same few names recur in every file of a repository; each rule list keeps its answers (a copy goes out).
    let known = classified.get(rules);
    if (!known)
        classified.set(rules, (known = new Map()));
    if (known.has(name)) {
        const answer = known.get(name);
        return answer && { ...answer };
    }
    // Bounded, so a file of a million distinct names costs time, not memory.
    if (known.size >= maxRemembered)
        known.clear();
    const answer = classifyAnew(name, rules);
    known.set(name, answer && { ...answer });
    return answer;
}
const classified = new WeakMap();
const maxRemembered = 10_000;
function classifyAnew(name, rules) {
    const normalized = normalizeName(name);
    if (isIdentifierName(normalized) || isSettingName(normalized))
        return undefined;
    for (const rule of rules) {
        if (rule.pattern.test(normalized)) {
            // User rows are taken as written; a default row's AWS words under another provider's name say nothing of AWS.
            if (rule.builtIn === true && isOtherProvider(normalized, rule))
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
/**
 * Settings about a credential, not the credential: flags (`create_access_key`, `enable_root_password`),
 * ages and counts (`iam_access_key_max_age`), statuses, policies (`create_account_password_policy`), and
 * anything of KMS, whose key IDs and ARNs sign nothing.
 */
function isSettingName(normalized) {
    return (/^(?:CREATE|ENABLE|ENABLED|DISABLE|DISABLED|USE|HAS|IS|ALLOW|REQUIRE|MANAGE|SKIP|SHOW|GENERATE|ROTATE|FORCE|SHOULD)_/.test(normalized) ||
        /(?:^|_)(?:POLICY|POLICY_ARN|POLICY_NAME|STATUS|STATE|MAX_AGE|AGE|DAYS|COUNT|ROTATION|EXPIRY|EXPIRATION|EXPIRES|TYPE|FORMAT|REQUIRED|MIN_LENGTH|REUSE_PREVENTION)$/.test(normalized) ||
        /(?:^|_)KMS(?:_|$)/.test(normalized));
}
/** Builds name rules from the config file's `names:` entries; they take precedence over the defaults. */
function withUserNameRules(user) {
    return [...user, ...defaultNameRules];
}


/***/ }),

/***/ 1192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B9: () => (/* binding */ accessKeyIdInText),
  ny: () => (/* binding */ accessKeyIdPattern),
  Ws: () => (/* binding */ classifyValue),
  wK: () => (/* binding */ isPlaceholder),
  e2: () => (/* binding */ literalFits),
  Xl: () => (/* binding */ looksLikeRealPassword),
  E$: () => (/* reexport */ redact),
  Q8: () => (/* binding */ scrubCredentials)
});

// UNUSED EXPORTS: isEnumWord, isFlagOrNumber, isReferenceElsewhere, looksRandom

;// CONCATENATED MODULE: ./src/credentials/redact.ts
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
 * AWS session tokens start with a base64 header (`IQoJb3JpZ2lu\u2026`, `FwoGZXIvYXdz\u2026`, `FQoGZXIvYXdz\u2026`,
 * `AQoDYXdz\u2026`) and are often URL-encoded when an error body quotes a request, which breaks the plain
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
/** The only form in which a credential may appear in any output: a short prefix and an ellipsis. */
function redact(value) {
    const visible = value.length > 8 ? 4 : Math.min(2, value.length);
    return `${value.slice(0, visible)}\u2026`;
}
/**
 * Redacts the secrets in play for this run from free text: remembered values, GitHub tokens and AWS
 * session tokens. `scrubCredentials` (credentials/values.ts) calls this first and adds key IDs and
 * long base64 runs, so every scrub in the code base knows all of them.
 */
function scrubKnownSecrets(text) {
    return replaceRegistered(text)
        .replace(githubToken, (match) => redact(match))
        .replace(sessionToken, (match) => redact(match));
}

;// CONCATENATED MODULE: ./src/credentials/values.ts

/**
 * The prefixes of key IDs that are credentials: long-term (`AKIA`), temporary STS (`ASIA`), STS bearer
 * token (`ABIA`) and context-specific (`ACCA`). AWS's other prefixes name unique IDs, never credentials:
 * `AIDA` user, `AROA` role, `AGPA` group, `AIPA` instance profile, `ANPA`/`ANVA` policy, `APKA` public
 * key, `ASCA` certificate.
 */
const accessKeyIdPattern = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;
/** For finding key IDs inside longer text (scripts, URLs): bounded by non-alphanumerics. */
const accessKeyIdInText = /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
const secretAccessKeyPattern = /^[A-Za-z0-9+/]{40}$/;
const smtpPasswordV4Pattern = /^B[A-P][A-Za-z0-9+/]{42}$/;
const smtpPasswordV2Pattern = /^A[g-v][A-Za-z0-9+/]{42}$/;
const emailShape = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
const maxCredentialLength = 1024;
/**
 * Classifies a literal by its shape. Placeholders, documentation examples and look-alikes
 * (git SHAs, hex digests, account IDs) return undefined.
 */
function classifyValue(raw) {
    // No credential is longer than this; longer values are not worth a regex.
    if (raw.length > maxCredentialLength)
        return undefined;
    const value = raw.trim();
    // Only these lengths, or an `@`, can take one of the shapes below: the rest need no placeholder test.
    // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent where the gate never returns (it only saves work)
    if (value.length !== 20 && value.length !== 40 && value.length !== 44 && !value.includes('@'))
        return undefined;
    // AWS's documentation keys (`AKIAIOSFODNN7EXAMPLE`, `wJalr\u2026EXAMPLEKEY`) are placeholders by their `EXAMPLE`.
    if (isPlaceholder(value))
        return undefined;
    if (accessKeyIdPattern.test(value))
        return { kind: 'access-key-id', certain: true };
    if (smtpPasswordV4Pattern.test(value) && looksRandom(value))
        return { kind: 'smtp-password', certain: true };
    if (smtpPasswordV2Pattern.test(value) && looksRandom(value))
        return { kind: 'smtp-password-v2', certain: true };
    if (secretAccessKeyPattern.test(value) && looksRandom(value))
        return { kind: 'secret-access-key', certain: false };
    if (emailShape.test(value))
        return { kind: 'account-email', certain: false };
    return undefined;
}
/** Random base64 has upper, lower and digits; hex digests and words do not. */
function looksRandom(value) {
    return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value) && !/^[0-9a-f]+$/i.test(value);
}
/** Words that open a placeholder (`your-secret-key`, `changeme`, `test_password_123`). */
const placeholderLead = /^(?:your|my|some|changeme|change[-_]me|replace|todo|dummy|fake|test|placeholder|redacted|secret|password|xxx)/i;
/**
 * A placeholder, recognised by its shape: AWS's documentation keys, `EXAMPLE`, runs of one character
 * (`AKIAXXXXXXXXXXXXXXXX`, `********`), `xxxx`, an ellipsis, a reference to a value kept elsewhere, or a
 * placeholder word followed by no random text. A word alone never decides: about one random 40-character
 * key in a thousand starts with `My`, `test`, `some` or `fake`, and the random rest shows it is a key.
 */
function isPlaceholder(value) {
    if (/EXAMPLE/i.test(value))
        return true;
    // Not slashes: STS session tokens hold a run of ten (`\u2026EJr//////////wEa\u2026`).
    if (/([^/])\1{7}/.test(value) || /xxxx|XXXX/.test(value))
        return true;
    if (/\.\.\.|\u2026/.test(value))
        return true;
    if (isReferenceElsewhere(value))
        return true;
    const lead = placeholderLead.exec(value);
    if (!lead)
        return false;
    const rest = value.slice(lead[0].length);
    return rest.length < minRandomRest || !looksRandom(rest);
}
/** Shorter than this, what follows a placeholder word is a suffix (`test123`), not the rest of a key. */
const minRandomRest = 16;
/**
 * A value that names where the real one comes from rather than holding it: `<\u2026>`, `{{\u2026}}`, `${\u2026}` and
 * `$(\u2026)` anywhere, `$VAR`, `%VAR%`, backticks.
 */
function isReferenceElsewhere(value) {
    if (/^(?:<[^>]*>|\$[A-Za-z_][A-Za-z0-9_]*|%[^%\s]+%|`[^`]*`)$/.test(value))
        return true;
    return closedAfter(value, '${', '}') || closedAfter(value, '$(', ')') || closedAfter(value, '{{', '}}');
}
/** `open` occurs and `close` follows it: found by two searches, linear on any text. */
function closedAfter(value, open, close) {
    const at = value.indexOf(open);
    return at >= 0 && value.includes(close, at + open.length);
}
/** Flags, numbers and nulls: what a setting beside a credential holds (`create_access_key = true`, `max_age = 90`). */
function isFlagOrNumber(value) {
    return /^(?:true|false|yes|no|on|off|null|nil|none|undefined|[-+]?\d+(?:\.\d+)?)$/i.test(value);
}
/**
 * A word or words of letters alone, each in one case (`Inactive`, `ACTIVE`, `read-only`): an enum's value,
 * or a name, never a password a person or a generator chose.
 */
function isEnumWord(value) {
    return /^(?:[A-Z][a-z]*|[a-z]+)(?:[-_ ](?:[A-Z][a-z]*|[a-z]+))*$|^[A-Z]+(?:[-_][A-Z]+)*$/.test(value);
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
// One redaction for credentials found in files and for the run's own secrets (credentials/redact.ts).

/**
 * Redacts anything credential-shaped in free text (parser messages, errors) before it is printed:
 * the run's known secrets and token shapes (credentials/redact.ts), key IDs, and long base64 runs of the
 * length of secret keys and SMTP passwords. A run of lower-case letters and slashes only is a path
 * (`org/repo/modules/storage`), not a key: 40 random base64 characters hold a capital or a digit all but
 * always (the odds against are about 10^-14).
 */
function scrubCredentials(text) {
    return scrubKnownSecrets(text)
        .replace(/(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, (match) => redact(match))
        .replace(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/])/g, (match) => /[A-Z0-9]/.test(match) ? redact(match) : match);
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
        return emailShape.test(value);
    if (value === '' || isFlagOrNumber(value) || isPlaceholder(value))
        return false;
    switch (kind) {
        case 'access-key-id':
            return accessKeyIdPattern.test(value);
        case 'secret-access-key':
            return secretAccessKeyPattern.test(value);
        case 'smtp-password':
        case 'smtp-password-v2':
        case 'console-password':
        case 'session-token':
            return !/\s/.test(value) && !/^(?:arn:|https?:\/\/)/.test(value) && !isEnumWord(value);
        default:
            // User names (`apikey`, `postmaster`) are words as often as not.
            return true;
    }
}


/***/ }),

/***/ 8674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ withoutTrailingSlashes),
/* harmony export */   UI: () => (/* binding */ cleanFolder),
/* harmony export */   cA: () => (/* binding */ relativeBelow),
/* harmony export */   qz: () => (/* binding */ foldersBetween)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

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
/** A folder as given by a user or a workflow (`.\\infra\\`, `./infra/`) as a POSIX path without `./` or trailing slashes. */
function cleanFolder(folder) {
    return withoutTrailingSlashes(folder.replace(/\\/g, '/').replace(/^\.\//, ''));
}
/**
 * `path` relative to `root` when it lies at or below it, else undefined. A folder named `..infra` is
 * below: only the segment `..` itself leaves the root (a prefix test let such a folder pass for outside).
 */
function relativeBelow(root, path) {
    const below = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return below === '..' || below.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(below) ? undefined : below;
}
/**
 * The folders from below `root` down to the folder that holds `path`, outermost first: the ones a
 * reader or writer of `path` must check are real folders, not links out of the checkout. Undefined
 * when `path` is not below `root`.
 */
function foldersBetween(root, path) {
    const below = relativeBelow(root, path);
    if (below === undefined)
        return undefined;
    const folders = [];
    let folder = root;
    for (const part of below
        .split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)
        .slice(0, -1)
        .filter((name) => name !== '')) {
        folder = `${folder}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}${part}`;
        folders.push(folder);
    }
    return folders;
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ readCheckoutFile),
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   GV: () => (/* binding */ binaryFileReason),
/* harmony export */   GW: () => (/* binding */ wordReach),
/* harmony export */   Wb: () => (/* binding */ looksBinary),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   bJ: () => (/* binding */ isUtf16),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   yw: () => (/* binding */ readAll)
/* harmony export */ });
/* unused harmony exports readInto, prefilterPieceBytes, mayMatterInPieces */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_error_code_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1829);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8674);





/**
 * One buffer reused for every read: most candidates are dropped by `mayMatter` or become a string at
 * once, so a fresh buffer per file would only feed the garbage collector. It grows to the largest file read.
 */
let scratch = Buffer.allocUnsafe(1 << 16);
function scratchFor(size) {
    if (scratch.length < size)
        scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
    return scratch;
}
/**
 * Reads an open file's first `size` bytes into `buffer` from its start, as many reads as it takes; gives the
 * bytes read (fewer when the file shrank since its size was taken).
 */
function readInto(fd, buffer, size) {
    let filled = 0;
    while (filled < size) {
        const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, size - filled, filled);
        if (got === 0)
            break;
        filled += got;
    }
    return buffer.subarray(0, filled);
}
/** An open file's bytes, up to the size it had when opened (a file that shrank meanwhile gives fewer). */
function readAll(fd, size) {
    return readInto(fd, Buffer.allocUnsafe(size), size);
}
function openRegularFile(absolute) {
    try {
        // O_NOFOLLOW: a file swapped for a link after the walk is refused, not followed; O_NONBLOCK: a FIFO does not hang.
        return { fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK) };
    }
    catch (error) {
        const code = (0,_common_error_code_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .C)(error);
        return { ok: false, reason: `cannot open (${code})`, code };
    }
}
/**
 * Opens a file of the checkout without following a link, checks it is still a regular file, gives its
 * descriptor and size to `read`, and always closes it; a failure to read becomes a reason.
 */
function readRegularFile(absolute, read) {
    const opened = openRegularFile(absolute);
    if (!('fd' in opened))
        return opened;
    const { fd } = opened;
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, reason: 'not a regular file' };
        return read(fd, stat.size);
    }
    catch (error) {
        return { ok: false, reason: `cannot read (${(0,_common_error_code_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .C)(error)})` };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Reads a candidate as text. Files over the size limit, binary files and files that vanished or
 * became something else since the walk are refused with a reason; odd encodings are decoded.
 */
function readText(absolute, maxBytes, mayMatter) {
    return readRegularFile(absolute, (fd, size) => {
        if (size > maxBytes)
            return {
                ok: false,
                reason: `larger than the limit (${size} bytes > ${maxBytes}; raise max-file-size to read it)`,
                tooLarge: true,
            };
        if (mayMatter && size > prefilterPieceBytes && !mayMatterInPieces(fd, size, mayMatter))
            return { ok: false, irrelevant: true };
        const bytes = readInto(fd, scratchFor(size), size);
        if (mayMatter && !isUtf16(bytes) && !mayMatter(bytes))
            return { ok: false, irrelevant: true };
        return decode(bytes);
    });
}
/**
 * Bytes that a format's word (with the byte before it, for a word that must start a line) spans at most: a
 * `mayMatter` test must find its words in any stretch of the file this long that holds one.
 */
const wordReach = 64;
/** A file over this size is put to its `mayMatter` test in pieces before it is read whole. */
const prefilterPieceBytes = 128 * 1024;
/** The buffer for the pieces: one, reused, of one piece and the reach kept from the piece before. */
let pieceScratch;
/**
 * Whether a file may pass its `mayMatter` test, asked of one piece at a time (each with the last `wordReach`
 * bytes of the one before, so a word across a cut is whole in the next). Most large files a prefilter sees
 * are data that no format reads (JSON fixtures, logs): searched in pieces that stay in the processor's cache,
 * every word is looked for in memory already fetched, where the whole file, read at once, is fetched from
 * memory again for each word. False only if no piece passes, and a word that passes the whole file is whole
 * in some piece: a file the whole-file test would pass is never dropped here. True may still be a piece's
 * false alarm (a word at a piece's start is taken to start a line), so the caller tests the whole file then.
 * UTF-16 text is never dropped by a prefilter, as in `readText`.
 */
function mayMatterInPieces(fd, size, mayMatter, pieceBytes = prefilterPieceBytes) {
    const buffer = pieceBytes === prefilterPieceBytes
        ? (pieceScratch ??= Buffer.allocUnsafe(prefilterPieceBytes + wordReach))
        : Buffer.allocUnsafe(pieceBytes + wordReach);
    let kept = 0;
    for (let position = 0; position < size;) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, kept, Math.min(pieceBytes, size - position), position);
        if (read === 0)
            break;
        const piece = buffer.subarray(0, kept + read);
        // The piece still starts at the file's start (a first read may have been short): its byte-order mark is there.
        if (position === kept && isUtf16(piece))
            return true;
        if (mayMatter(piece))
            return true;
        position += read;
        kept = Math.min(wordReach, piece.length);
        piece.copy(buffer, 0, piece.length - kept);
    }
    return false;
}
const utf8Lenient = new TextDecoder('utf-8');
/** Why a file with a NUL byte near its start is not parsed. */
const binaryFileReason = 'binary file (NUL byte)';
/** A NUL byte near the start: what makes a file binary here, for the whole-file and the chunked reader alike. */
function looksBinary(bytes) {
    return bytes.subarray(0, 8000).includes(0);
}
function isUtf16(bytes) {
    return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
function decode(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: 'decoded as UTF-16LE' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: 'decoded as UTF-16BE' };
    if (looksBinary(bytes))
        return { ok: false, reason: binaryFileReason, binary: bytes };
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(bom);
    // Validated first, then decoded: the same strict UTF-8 as a fatal TextDecoder (no overlong forms, no
    // surrogates), at about half its cost in Node 24, as most files are.
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(body))
        return { ok: true, text: body.toString('utf8') };
    return { ok: true, text: utf8Lenient.decode(body), warning: 'not valid UTF-8; invalid bytes were replaced' };
}
/**
 * Reads a file the checkout controls (the config, the baseline) the way scanned files are read: no
 * symbolic links (neither the file nor a folder between `root` and it), no devices or FIFOs, and at
 * most `maxBytes`, counted while reading so a file that lies about its size (`/proc`, a device) is
 * still refused.
 */
function readCheckoutFile(path, maxBytes, options = {}) {
    const linked = options.root ? linkedFolder((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.root), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)) : undefined;
    if (linked)
        return { ok: false, missing: false, reason: `${linked} is a symbolic link, not followed` };
    const read = readRegularFile(path, (fd) => {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(64 * 1024);
            const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
            if (count === 0)
                break;
            total += count;
            if (total > maxBytes)
                return { ok: false, missing: false, reason: `larger than ${maxBytes} bytes` };
            chunks.push(chunk.subarray(0, count));
        }
        const decoded = decode(Buffer.concat(chunks));
        return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, missing: false, reason: decoded.reason };
    });
    if (read.ok)
        return read;
    if ('missing' in read)
        return read;
    const code = 'code' in read ? read.code : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, missing: true, reason: 'no such file' };
    return { ok: false, missing: false, reason: code === 'ELOOP' ? 'symbolic link, not followed' : read.reason };
}
/** The first folder between `root` and `path` that is a symbolic link, if any. */
function linkedFolder(root, path) {
    for (const folder of (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .foldersBetween */ .qz)(root, path) ?? []) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(folder).isSymbolicLink())
                return folder;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}


/***/ }),

/***/ 384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fA: () => (/* binding */ adapterFor),
  V: () => (/* binding */ adapterJoins),
  u1: () => (/* binding */ formatFactsFitFile),
  WW: () => (/* binding */ rememberedJoins)
});

// UNUSED EXPORTS: adapters, pathOwners

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/formats/shared/yaml.ts + 5 modules
var yaml = __webpack_require__(234);
;// CONCATENATED MODULE: ./src/formats/cloudformation/intrinsics.ts


/** Decides by content: a template version, or resources typed `AWS::\u2026`. */
function looksLikeCloudFormation(root) {
    if ((0,yaml/* mapPairs */.OH)(root).some((pair) => (0,yaml/* scalarText */.ws)(pair.key) === 'AWSTemplateFormatVersion'))
        return true;
    return (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'Resources')).some((pair) => /^(?:AWS|Custom)::|^Alexa::/.test((0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(pair.value, 'Type')) ?? ''));
}
/** The single pair of a one-key map (`{ Ref: X }`, `{ "Fn::Sub": \u2026 }`). */
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
        const text = (0,yaml/* scalarText */.ws)(node) ?? '';
        if (node.tag === '!Ref')
            return { target: text, attribute: undefined, at: node };
        if (node.tag === '!GetAtt')
            return dotted(text, node);
    }
    if ((0,dist/* isSeq */.oP)(node) && node.tag === '!GetAtt') {
        const [target, attribute] = node.items.map(yaml/* scalarText */.ws);
        return { target: target ?? '', attribute, at: node };
    }
    const pair = onlyPair(node);
    const key = pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
    if (!pair || !key)
        return undefined;
    if ((0,yaml/* scalarText */.ws)(key) === 'Ref')
        return { target: (0,yaml/* scalarText */.ws)(pair.value) ?? '', attribute: undefined, at: key };
    if ((0,yaml/* scalarText */.ws)(key) === 'Fn::GetAtt') {
        const value = (0,yaml/* scalarText */.ws)(pair.value);
        if (value !== undefined)
            return dotted(value, key);
        const [target, attribute] = (0,yaml/* seqItems */.Sg)(pair.value).map(yaml/* scalarText */.ws);
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
    if (pair && (0,yaml/* scalarText */.ws)(pair.key) === 'Fn::Sub') {
        if ((0,dist/* isScalar */.jn)(pair.value))
            return pair.value;
        const first = (0,yaml/* seqItems */.Sg)(pair.value)[0];
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

// EXTERNAL MODULE: ./src/credentials/managed-policies.ts
var managed_policies = __webpack_require__(7382);
// EXTERNAL MODULE: ./src/model/iam.ts
var model_iam = __webpack_require__(1632);
;// CONCATENATED MODULE: ./src/formats/shared/iam-policy.ts


/** The nodes of a value that is one scalar or a list of them. */
function entries(node) {
    return (0,dist/* isNode */.Ll)(node) && (0,yaml/* isScalar */.jn)(node) ? [node] : (0,yaml/* seqItems */.Sg)(node);
}
// An intrinsic (`!Sub`, `Fn::Join`) stands for an action or resource this reader cannot spell out.
function iam_policy_text(node) {
    return (0,yaml/* scalarText */.ws)(node) ?? '<expression>';
}
/** Reads `Statement` entries of a policy document written in YAML or JSON. */
function readPolicyDocument(source, document, ownerKey, resolve) {
    const statementNode = (0,yaml/* getValue */._W)(document, 'Statement');
    return readStatements(source, (0,yaml/* isMap */.jh)(statementNode) ? [statementNode] : (0,yaml/* seqItems */.Sg)(statementNode), ownerKey, resolve);
}
/**
 * Reads statement maps (`Effect`, `Action`/`NotAction`, `Resource`); the span is the `Action` key, and each
 * action keeps its own span so that a finding can point at the action it is about.
 */
function readStatements(source, statements, ownerKey, resolve) {
    const read = [];
    for (const statement of statements) {
        const actionPair = (0,yaml/* getPair */.xf)(statement, 'Action') ?? (0,yaml/* getPair */.xf)(statement, 'NotAction');
        if (!actionPair)
            continue;
        const span = source.nodeSpan(actionPair.key);
        const effect = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(statement, 'Effect')) === 'Deny' ? 'Deny' : 'Allow';
        const resourceNode = (0,yaml/* getValue */._W)(statement, 'Resource') ?? (0,yaml/* getValue */._W)(statement, 'NotResource');
        const actionNodes = entries(actionPair.value);
        const resourceNodes = entries(resourceNode);
        const targets = resolve && (0,yaml/* getPair */.xf)(statement, 'Resource') ? resourceNodes.map(resolve) : undefined;
        read.push({
            file: source.file,
            span,
            actionSpans: actionNodes.map((node) => source.nodeSpan(node)),
            ownerKey,
            effect,
            actions: actionNodes.map(iam_policy_text),
            notAction: (0,yaml/* scalarText */.ws)(actionPair.key) === 'NotAction',
            resources: resourceNode === undefined ? ['*'] : resourceNodes.map(iam_policy_text),
            ...(targets ? { targets } : {}),
        });
    }
    return read;
}

// EXTERNAL MODULE: ./src/credentials/names.ts
var names = __webpack_require__(850);
// EXTERNAL MODULE: ./src/credentials/values.ts + 1 modules
var values = __webpack_require__(1192);
;// CONCATENATED MODULE: ./src/formats/shared/builder.ts
/** Collects one file's references, uses and problems, handing out ids that are unique within the file. */
class ModelBuilder {
    file;
    format;
    aliasAt;
    references = [];
    uses = [];
    problems = [];
    constructor(file, format, 
    /** Where a literal at `span` is written when it was read through a YAML alias. */
    aliasAt) {
        this.file = file;
        this.format = format;
        this.aliasAt = aliasAt;
    }
    reference(span, source, sink) {
        const id = `${this.file}#r${this.references.length + 1}`;
        const alias = source.type === 'literal' ? this.aliasAt?.(span) : undefined;
        const read = alias && source.type === 'literal' ? { ...source, alias } : source;
        this.references.push({ id, file: this.file, span, source: read, sink });
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

// EXTERNAL MODULE: ./src/credentials/endpoints.ts
var endpoints = __webpack_require__(7416);
;// CONCATENATED MODULE: ./src/formats/shared/text-slots.ts

/** Replaces every `${{ \u2026 }}` with as many `X`s so that plain regexes see one opaque word at the same offsets. */
function maskExpressions(text, expressions) {
    let masked = '';
    let at = 0;
    for (const { start, end } of expressions) {
        masked += text.slice(at, start) + 'X'.repeat(end - start);
        at = end;
    }
    return masked + text.slice(at);
}
/**
 * An SMTP URL, its user info and host. As in a browser, the user info runs to the last `@` of the authority,
 * which ends at `/`, `?` or `#`: a login that is an e-mail address (`smtps://me@example.com:pass@smtp.example.com`)
 * stays whole, and an `@` in the query (`smtp://host:587?from=ops@example.com`) is no user info.
 */
const smtpUrlPattern = /\bsmtps?(?:\+starttls)?:\/\/(?:([^\s"'/?#:]*)(?::([^\s"'/?#]*))?@)?([A-Za-z0-9.-]+)/gi;
const sesApiPattern = /\baws\s+(?:ses|sesv2)\s|\bSend-SES(?:2)?(?:Email|RawEmail)\b|client\(\s*['"]ses(?:v2)?['"]|\bnew\s+SES(?:v2)?Client\b/;
const curlUserPattern = /(?:^|\s)(?:--user|-u)(?:\s+|=)(["']?)([^\s"']+)\1/g;
const assignmentPattern = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^\s"';&|)]*)\2/g;
const awsConfigureSetPattern = /\baws\s+configure\s+set\s+([a-z_]+)\s+(["']?)([^\s"']+)\2/g;
/** Lines of a credentials file written by `echo`/`printf`: `aws_secret_access_key = value`, also `={ value }`. */
const credentialsFileLinePattern = /(?<![A-Za-z0-9_])(aws_access_key_id|aws_secret_access_key|aws_session_token)[ \t]*=[ \t]*(?:\{[ \t]*)?([A-Za-z0-9+/=]{16,})/gi;
/** What `findSesSmtpHosts` finds each server by, in the text lower-cased. */
const sesHostWord = /email-smtp/i;
/** `--password value`, `--password=value`, and `-u user:pass` / `--user user:pass` outside SMTP URLs. */
const passwordOptionPattern = /(?:^|\s)--password(?:\s+|=)(["']?)([^\s"'-][^\s"']*)\1/g;
/** Each way `sesApiPattern` matches holds `aws`, `SES` or `client(`, found faster than the pattern runs over a script. */
function mayCallSesApi(script) {
    return script.includes('aws') || script.includes('SES') || script.includes('client(');
}
/**
 * Reads what a script or value does with credentials: SMTP URLs and their user info, curl's `--user`,
 * shell assignments, `aws configure set`, SES API calls. `masked` has its expressions masked.
 */
function analyzeText(masked, options) {
    const slots = [];
    const smtpHosts = [];
    let smtpUrl = false;
    // Every SMTP URL holds `://`: most values hold none, and `matchAll` copies the pattern on every call.
    if (masked.includes('://'))
        for (const match of masked.matchAll(smtpUrlPattern)) {
            smtpUrl = true;
            const [whole, user, password, host] = match;
            const hostStart = match.index + whole.length - (host?.length ?? 0);
            if (host)
                smtpHosts.push({ ...(0,endpoints/* classifySmtpHost */.HJ)(host), start: hostStart });
            const userStart = match.index + whole.indexOf('://') + 3;
            if (user !== undefined)
                slots.push(slot(userStart, userStart + user.length, 'url-userinfo', 'user', 'smtp-username'));
            if (password !== undefined) {
                const passwordStart = userStart + (user?.length ?? 0) + 1;
                slots.push(slot(passwordStart, passwordStart + password.length, 'url-userinfo', 'password', 'smtp-password'));
            }
        }
    // Every SES server holds `email-smtp` in some case: most values hold none.
    if (sesHostWord.test(masked)) {
        const urlHosts = new Set(smtpHosts.map((known) => known.start));
        for (const host of (0,endpoints/* findSesSmtpHosts */.Sl)(masked)) {
            if (!urlHosts.has(host.offset))
                smtpHosts.push({ host: host.host, sesRegion: host.region, start: host.offset });
        }
    }
    if (options.script)
        for (let index = 0; index < scriptSlotRows.length; index++) {
            const row = scriptSlotRows[index];
            if (masked.includes(row.needs))
                for (const match of masked.matchAll(row.pattern))
                    slots.push(...row.slots(match, smtpUrl));
        }
    return { slots, smtpHosts, sesApi: options.script && mayCallSesApi(masked) && sesApiPattern.test(masked), smtpUrl };
}
/** Where a match's value group starts: it ends the match, before its closing quote if it has one. */
function valueStart(match, valueGroup, quoteGroup) {
    const value = match[valueGroup] ?? '';
    const quote = quoteGroup === undefined ? '' : (match[quoteGroup] ?? '');
    return (match.index ?? 0) + match[0].length - value.length - quote.length;
}
/** A row whose match fills one slot: the value group, its quote group, and the slot's type and name. */
function oneSlotRow(pattern, needs, groups, type, fixedName) {
    return {
        pattern,
        needs,
        slots: (match) => {
            const value = match[groups.value];
            const name = fixedName ?? (groups.name === undefined ? undefined : match[groups.name]);
            if (!name || value === undefined)
                return [];
            const start = valueStart(match, groups.value, groups.quote);
            return [slot(start, start + value.length, type, name)];
        },
    };
}
/** `-u user:pass`: against an SMTP URL both halves are SMTP credentials; elsewhere only the password is known to be one. */
function curlUserSlots(match, smtpUrl) {
    const argument = match[2] ?? '';
    const argumentStart = valueStart(match, 2, 1);
    const colon = argument.indexOf(':');
    if (colon < 0)
        return [];
    const passwordStart = argumentStart + colon + 1;
    const passwordEnd = argumentStart + argument.length;
    return smtpUrl
        ? [
            slot(argumentStart, argumentStart + colon, 'command-argument', 'curl --user (user)', 'smtp-username'),
            slot(passwordStart, passwordEnd, 'command-argument', 'curl --user (password)', 'smtp-password'),
        ]
        : [slot(passwordStart, passwordEnd, 'command-argument', '--user (password)')];
}
/** Exported for the test that each row's `needs` is in every match. */
const scriptSlotRows = [
    { pattern: curlUserPattern, needs: '-u', slots: curlUserSlots },
    oneSlotRow(assignmentPattern, '=', { name: 1, quote: 2, value: 3 }, 'env'),
    oneSlotRow(credentialsFileLinePattern, '=', { name: 1, value: 2 }, 'env'),
    oneSlotRow(passwordOptionPattern, '--password', { quote: 1, value: 2 }, 'command-argument', '--password'),
    oneSlotRow(awsConfigureSetPattern, 'configure', { name: 1, quote: 2, value: 3 }, 'command-argument'),
];
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
    return mergeAll(parts);
}
/** Item by item, from an array: a file of 400 000 assignments is too many arguments for one call. */
function mergeAll(parts) {
    const merged = emptyCollected();
    // Indexed loops: a cold scan runs this in the interpreter, where `for\u2026of` builds an iterator result per item.
    const append = (to, from) => {
        for (let index = 0; index < from.length; index++)
            to.push(from[index]);
    };
    for (let index = 0; index < parts.length; index++) {
        const part = parts[index];
        append(merged.referenceIds, part.referenceIds);
        append(merged.sesHostRegions, part.sesHostRegions);
        append(merged.otherSmtpHosts, part.otherSmtpHosts);
        append(merged.names, part.names);
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
    // Asked of every value's slot name: `HOST`, `SERVER`, `ADDRESS` and `ENDPOINT` end in `t`, `r` or `s`.
    const last = name.charCodeAt(name.length - 1) | 0x20;
    return (last === 0x74 || last === 0x72 || last === 0x73) && hostVariable.test(name);
}
/**
 * Reads the secrets, variables, literals and SMTP facts of one value. Interpolated values become
 * references; literal values become references when they fill a credential slot or look like one.
 * Every lookup by offset is a binary search, so a value of 10 000 slots costs 10 000 steps, not 10 000\u00b2.
 */
function readValue(builder, input) {
    const masked = maskExpressions(input.text, input.interpolations);
    const facts = analyzeText(masked, { script: input.script });
    const inInterpolation = rangeLookup(input.interpolations);
    const collected = smtpFacts(input, facts, inInterpolation);
    const slots = slotsOf(input, facts.slots);
    if (slots.some((slot) => isSmtpSlot(slot.sink)))
        collected.smtpSignal = true;
    const slotAt = innermostLookup(slots, input.outer);
    referInterpolations(builder, input, slotAt, collected);
    referLiterals(builder, input, masked, slots, inInterpolation, slotAt, collected);
    return collected;
}
/** What a value says of SMTP: the slot's own name, the servers and URLs in it, a server-named slot. */
function smtpFacts(input, facts, inInterpolation) {
    const { text, outer, interpolations } = input;
    const collected = emptyCollected();
    collected.names.push(outer.name);
    if (isSmtpSlot(outer))
        collected.smtpSignal = true;
    collected.sesApi = facts.sesApi;
    for (const host of facts.smtpHosts) {
        collected.smtpSignal = true;
        if (inInterpolation.contains(host.start))
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
    return collected;
}
/** The slots of a value: those its text writes (named by the classifier), and the whole value's unless a URL is inside. */
function slotsOf(input, found) {
    const classify = input.classifyName;
    const slots = found.map((slot) => classify && !slot.sink.expects ? { ...slot, sink: namedSink(slot.sink.type, slot.sink.name, classify) } : slot);
    const urlInside = slots.some((slot) => slot.sink.type === 'url-userinfo');
    if (input.wholeValueSlot && !urlInside)
        slots.push({ start: 0, end: input.text.length, sink: input.outer });
    return slots;
}
/** Each secret, variable or input an interpolation reads, as a reference in the slot it stands in. */
function referInterpolations(builder, input, slotAt, collected) {
    const { interpolations } = input;
    for (let index = 0; index < interpolations.length; index++) {
        const interpolation = interpolations[index];
        if (interpolation.error)
            builder.problem(`expression does not parse: ${interpolation.error}`, input.locate(interpolation.start, interpolation.end));
        const { accesses } = interpolation;
        for (let at = 0; at < accesses.length; at++) {
            const access = accesses[at];
            if (access.source.type === 'secret' || access.source.type === 'variable' || access.source.type === 'input')
                collected.names.push(access.source.name);
            collected.referenceIds.push(builder.reference(input.locate(access.start, access.end), access.source, slotAt(access.start)));
        }
    }
}
/** Literal values in credential slots (or certain by their shape), then access key IDs anywhere else in the text. */
function referLiterals(builder, input, masked, slots, inInterpolation, slotAt, collected) {
    const { text, locate } = input;
    const literalRanges = [];
    for (let index = 0; index < slots.length; index++) {
        const slot = slots[index];
        if (inInterpolation.overlaps(slot.start, slot.end))
            continue;
        const raw = text.slice(slot.start, slot.end);
        const trimmed = raw.trim();
        if (trimmed === '')
            continue;
        if (!slot.sink.expects && !(0,values/* classifyValue */.Ws)(trimmed)?.certain)
            continue;
        const start = slot.start + raw.indexOf(trimmed);
        literalRanges.push({ start, end: start + trimmed.length });
        collected.referenceIds.push(builder.reference(locate(start, start + trimmed.length), { type: 'literal', value: trimmed }, slot.sink));
    }
    // `matchAll` copies the pattern on every call: most values hold no key ID's prefix, and need not.
    if (!keyIdPrefix.test(masked))
        return;
    const inLiteral = rangeLookup(literalRanges);
    for (const match of masked.matchAll(values/* accessKeyIdInText */.B9)) {
        const start = match.index;
        if (inLiteral.contains(start))
            continue;
        collected.referenceIds.push(builder.reference(locate(start, start + match[0].length), { type: 'literal', value: match[0] }, slotAt(start)));
    }
}
/** What every match of `accessKeyIdInText` starts with. */
const keyIdPrefix = /AKIA|ASIA|ABIA|ACCA/;
/**
 * Offsets against a set of ranges in logarithmic time: sorted by start, each with the furthest end among
 * it and those before it, so one binary search says whether a range starting before a point reaches past it.
 */
function rangeLookup(ranges) {
    if (ranges.length === 0)
        return noRanges;
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    const reach = [];
    for (const range of sorted)
        reach.push(Math.max(range.end, reach[reach.length - 1] ?? -Infinity));
    const reachesPast = (count, offset) => count > 0 && (reach[count - 1] ?? -Infinity) > offset;
    return {
        contains: (offset) => reachesPast(startingBefore(sorted, offset + 1), offset),
        overlaps: (start, end) => end > start && reachesPast(startingBefore(sorted, end), start),
    };
}
const noRanges = { contains: () => false, overlaps: () => false };
/** How many of `sorted` (by start) start before `offset`. */
function startingBefore(sorted, offset) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((sorted[middle]?.start ?? 0) < offset)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** How many slots before an offset the innermost-slot search looks at; slots nest a level or two, not more. */
const slotLookBack = 64;
/**
 * The innermost slot at an offset (the shortest that holds it), else `outer`: a binary search for the
 * last slot starting at or before the offset, then a short look back over the ones before it.
 */
function innermostLookup(slots, outer) {
    const sorted = slots.length > 1 ? [...slots].sort((a, b) => a.start - b.start || b.end - a.end) : slots;
    return (offset) => {
        const last = startingBefore(sorted, offset + 1);
        let best;
        for (let index = last - 1; index >= 0 && index >= last - slotLookBack; index--) {
            const slot = sorted[index];
            if (slot && offset < slot.end && (!best || slot.end - slot.start < best.end - best.start))
                best = slot;
        }
        // The whole value's slot holds every offset, however many slots stand between.
        const first = sorted[0];
        if (!best && first && first.start <= offset && offset < first.end)
            best = first;
        return best?.sink ?? outer;
    };
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
    // Every form starts with `$`: most values hold none, and `matchAll` copies the pattern on every call.
    if (!text.includes('$'))
        return found;
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
/**
 * An SES SMTP server in any form a map's value writes it: a literal host, `[host]:port`, an `smtp://`
 * or `smtps://` URL, the region from a variable or an expression (`email-smtp.${AWS_REGION}.amazonaws.com`,
 * `email-smtp.${{ vars.AWS_REGION }}.amazonaws.com`).
 */
const sesSmtpHostForm = /email-smtp(?:-fips)?\.(?:[a-z]{2}(?:-[a-z]+)+-\d|\$\{\{[^}]{1,200}\}\}|\$\{[^}]{1,200}\}|\$[A-Za-z_][A-Za-z0-9_]{0,100})\.amazonaws\.com/i;
function namesSesSmtpHost(text) {
    return text.includes('email-smtp') && sesSmtpHostForm.test(text);
}
/** Another mail provider's word in a slot's name: the slot is that provider's, not the SES server's beside it. */
const otherProviderWord = /(?:^|_)(?:GMAIL|GOOGLE|SENDGRID|MAILGUN|POSTMARK|MAILTRAP|OFFICE365|O365|OUTLOOK|MICROSOFT|MAILJET|BREVO|SENDINBLUE|SPARKPOST|ZOHO|MANDRILL|MAILCHIMP|YAHOO|ICLOUD|FASTMAIL|RESEND|MAILERSEND|SMTP2GO|SENDPULSE|SOCKETLABS|MAILCHANNELS)(?:_|$)/;
/** What a slot's own name says it holds beside an SES SMTP server: its password or its user name. */
function smtpKindBesideHost(name) {
    if (/(?:^|[_.-])(?:PASSWORD|PASS|PASSWD|PWD)$/i.test(name))
        return 'smtp-password';
    if (/(?:^|[_.-])(?:USER|USERNAME|USER_NAME|LOGIN)$/i.test(name))
        return 'smtp-username';
    return undefined;
}
/**
 * A slot's kind from its siblings: beside an SES SMTP server (`RELAY_HOST: "[email-smtp\u2026.amazonaws.com]:587"`),
 * a slot its name calls a password is the SMTP password and one it calls a user the SMTP user name,
 * where the name alone said nothing surer (`RELAY_PASSWORD` is any password elsewhere).
 */
function withSiblingKind(sink, besideSesHost) {
    if (!besideSesHost || (sink.expects !== undefined && sink.expects !== 'ambiguous'))
        return sink;
    // `GMAIL_USER` beside `SMTP_HOST=email-smtp.\u2026` is the Gmail fallback's, whatever server the file also names.
    if (otherProviderWord.test((0,names/* normalizeName */.Pc)(sink.name)))
        return sink;
    const kind = smtpKindBesideHost(sink.name);
    return kind ? { ...sink, expects: kind } : sink;
}

// EXTERNAL MODULE: ./src/model/scan-model.ts
var scan_model = __webpack_require__(1251);
// EXTERNAL MODULE: ./src/formats/text/layer.ts
var text_layer = __webpack_require__(5819);
;// CONCATENATED MODULE: ./src/formats/shared/yaml-reader.ts






/** Parses a YAML or JSON file for one format; its syntax problems are the model's first problems. */
function yamlReader(format, file, text, context) {
    return readerOf(format, new yaml/* YamlSource */.rC(file, text, context.maxAliases), context);
}
/** A reader of a file parsed already (its problems are worked out only now, when it is read). */
function readerOf(format, source, context) {
    const builder = new ModelBuilder(source.file, format, (span) => source.aliasOriginAt(span));
    builder.addProblems(source.problems());
    return { source, builder, context };
}
/**
 * A file whose aliases would stand for more nodes than the budget (a billion laughs) is not read by its
 * parser, only as text; measuring that took one walk of its unexpanded documents.
 */
function aliasRefusal(source, format) {
    if (!source.aliasesOverBudget())
        return undefined;
    return (0,scan_model/* emptyModel */.$Q)(source.file, format, `skipped: YAML aliases that stand for more than ${source.aliasBudget} nodes (raise max-aliases to read it); ${text_layer/* textOnlyNote */.iE}`);
}
/**
 * Reads one scalar as the value of a slot: a name (classified like a variable) or a sink. Anything
 * but a scalar with text reads as nothing.
 */
function readScalarValue(reader, node, slot, options = {}) {
    if (!(0,dist/* isScalar */.jn)(node))
        return emptyCollected();
    const whole = (0,yaml/* scalarText */.ws)(node) ?? (options.emptyWhenNull ? '' : undefined);
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

// EXTERNAL MODULE: ./src/credentials/iam.ts
var iam = __webpack_require__(5307);
;// CONCATENATED MODULE: ./src/formats/cloudformation/policy-targets.ts



function arnTarget(label, resources) {
    const user = (0,iam/* singleUserName */.Jk)(label);
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
        const text = (0,yaml/* scalarText */.ws)(subString(node) ?? node);
        return text === undefined ? { label: '<expression>', userKeys: [], singleUser: false } : arnTarget(text, resources);
    };
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/reader.ts









const isCustomResource = (type) => type !== undefined && (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource');
const scalarValue = (node) => ((0,dist/* isScalar */.jn)(node) ? node.value : undefined);
const isFalse = (value) => value === false || /^false$/i.test(String(value));
const isTrue = (value) => value === true || /^true$/i.test(String(value));
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
    iam = (0,model_iam/* emptyIam */.zq)();
    types = new Map();
    usersByName = new Map();
    resolveResource = templateResourceResolver({
        typeOf: (id) => this.types.get(id),
        keyOf: (id) => this.key(id),
        usersNamed: (name) => this.usersByName.get(name) ?? [],
    });
    visited = new Set();
    /** The secret attributes (`SecretAccessKey`, `SMTPPassword`) the template reads from each custom resource. */
    customSecretsRead = new Map();
    /** Custom resources whose `NoEcho` is turned off, with what they say they return. */
    echoingCustomResources = [];
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
        const source = attributeSource(target, attribute, (id) => this.types.get(id), (id) => this.key(id));
        if (source?.type === 'attribute' && attribute && isCustomResource(this.types.get(target)))
            this.customSecretsRead.set(target, [...(this.customSecretsRead.get(target) ?? []), attribute]);
        return source;
    }
    intrinsicSource(intrinsic) {
        return intrinsic && this.sourceOf(intrinsic.target, intrinsic.attribute);
    }
    sink(name) {
        return namedSink('env', name, this.reader.context.classifyName);
    }
    read(root) {
        for (const pair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'Resources'))) {
            const id = (0,yaml/* scalarText */.ws)(pair.key) ?? '';
            const type = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(pair.value, 'Type')) ?? '';
            this.types.set(id, type);
            const userName = (0,yaml/* scalarText */.ws)((0,yaml/* getPath */.Yn)(pair.value, 'Properties', 'UserName'));
            if (type === 'AWS::IAM::User' && userName)
                this.usersByName.set(userName, [this.key(id)]);
        }
        for (const pair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'Parameters'))) {
            const fallback = (0,yaml/* getValue */._W)(pair.value, 'Default');
            if (fallback)
                this.readValue(fallback, this.sink((0,yaml/* scalarText */.ws)(pair.key) ?? ''));
        }
        const globalEnv = this.readEnvironment((0,yaml/* getPath */.Yn)(root, 'Globals', 'Function', 'Environment', 'Variables'));
        for (const pair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'Resources')))
            this.readResource((0,yaml/* scalarText */.ws)(pair.key) ?? '', pair.value, globalEnv);
        if (globalEnv.referenceIds.length > 0)
            this.reader.builder.use('Globals \u203a Function', this.source.nodeSpan((0,yaml/* getValue */._W)(root, 'Globals')), globalEnv.referenceIds, destinationOf(globalEnv, 'unknown'));
        for (const pair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'Outputs'))) {
            const name = (0,yaml/* scalarText */.ws)(pair.key) ?? '';
            const value = (0,yaml/* getValue */._W)(pair.value, 'Value');
            this.exposeIfSecret(value, 'cloudformation-output', name);
            // An output is a slot its name gives a kind: `AccessSecretKey` takes a secret key, not an SMTP password.
            // A `!GetAtt` of anything but a credential (`Bucket.Arn`) is no value to judge.
            const intrinsic = intrinsicOf(value);
            if (value && (!intrinsic || this.intrinsicSource(intrinsic)))
                this.readValue(value, { ...this.sink(name), holder: `Outputs.${name}` });
        }
        this.readRemaining(root, '', undefined, (0,yaml/* getValue */._W)(root, 'Outputs'));
        this.exposeEchoedCustomSecrets();
        return this.iam;
    }
    /**
     * A custom resource that hands a secret key or SMTP password back to the stack with `NoEcho: false`
     * shows it wherever `!GetAtt` reads it, as an output would. With `NoEcho` left out the provider decides
     * (binxio's masks by default), so only an explicit `false` is reported.
     */
    exposeEchoedCustomSecrets() {
        for (const resource of this.echoingCustomResources) {
            const attributes = [...new Set([...resource.returns, ...(this.customSecretsRead.get(resource.id) ?? [])])];
            for (const attribute of attributes) {
                const source = this.sourceOf(resource.id, attribute);
                if (source?.type !== 'attribute' || source.kind === 'access-key-id')
                    continue;
                this.iam.exposures.push({
                    file: this.source.file,
                    span: this.source.nodeSpan(resource.noEcho),
                    kind: source.kind,
                    channel: 'cloudformation-custom-resource',
                    what: `custom resource ${resource.id} (${source.name})`,
                    nonsensitive: false,
                    accessKeyKey: source.accessKey,
                });
            }
        }
    }
    /** `NoEcho: false` on a custom resource, with the secrets its `ReturnSecret`/`ReturnPassword` flags ask back. */
    noteEchoingCustomResource(id, type, properties) {
        if (!isCustomResource(type))
            return;
        const noEcho = (0,yaml/* getValue */._W)(properties, 'NoEcho');
        if (!(0,dist/* isScalar */.jn)(noEcho) || !isFalse(noEcho.value))
            return;
        const returns = [];
        // binxio's `Custom::AccessKey` returns the key's secret and SMTP password on these flags; its
        // `Custom::Secret` returns a generated password, no credential of SES.
        if (type === 'Custom::AccessKey' && isTrue(scalarValue((0,yaml/* getValue */._W)(properties, 'ReturnSecret'))))
            returns.push('SecretAccessKey');
        if (type === 'Custom::AccessKey' && isTrue(scalarValue((0,yaml/* getValue */._W)(properties, 'ReturnPassword'))))
            returns.push('SMTPPassword');
        this.echoingCustomResources.push({ id, noEcho, returns });
    }
    readResource(id, resource, globalEnv) {
        const type = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(resource, 'Type')) ?? '';
        const properties = (0,yaml/* getValue */._W)(resource, 'Properties');
        const key = this.key(id);
        const file = this.source.file;
        const span = this.source.nodeSpan((0,yaml/* getPair */.xf)(resource, 'Type')?.key);
        this.noteEchoingCustomResource(id, type, properties);
        const principalKind = principalKinds[type];
        if (principalKind) {
            const name = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(properties, 'UserName')) ?? (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(properties, 'RoleName')) ?? '';
            const smtpNamed = /smtp/i.test(`${id} ${name}`);
            this.iam.principals.push({ key, file, span, kind: principalKind, label: id, smtpNamed });
            const loginProfile = (0,yaml/* getPair */.xf)(properties, 'LoginProfile');
            if (loginProfile)
                this.iam.loginProfiles.push({ file, span: this.source.nodeSpan(loginProfile.key), userKey: key });
            (0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(properties, 'Policies')).forEach((policy, index) => {
                const owner = `${key}#policy${index}`;
                this.iam.statements.push(...readPolicyDocument(this.source, (0,yaml/* getValue */._W)(policy, 'PolicyDocument'), owner, this.resolveResource));
                this.iam.bindings.push({ file, span: this.source.nodeSpan(policy), principalKey: key, ownerKey: owner });
            });
            this.bindManagedPolicies(key, (0,yaml/* getValue */._W)(properties, 'ManagedPolicyArns'));
        }
        else if (type === 'AWS::IAM::AccessKey') {
            const user = intrinsicOf((0,yaml/* getValue */._W)(properties, 'UserName'));
            this.iam.accessKeys.push({ key, file, span, userKey: user ? this.key(user.target) : undefined });
        }
        else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
            this.iam.statements.push(...readPolicyDocument(this.source, (0,yaml/* getValue */._W)(properties, 'PolicyDocument'), key, this.resolveResource));
            for (const list of ['Users', 'Roles', 'Groups']) {
                for (const item of (0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(properties, list))) {
                    const target = intrinsicOf(item)?.target ?? (0,yaml/* scalarText */.ws)(item);
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
        else if (type === 'AWS::SSM::Parameter' && (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(properties, 'Type')) === 'String') {
            this.exposeIfSecret((0,yaml/* getValue */._W)(properties, 'Value'), 'ssm-parameter');
        }
        else if (type === 'AWS::Lambda::Function' || type === 'AWS::Serverless::Function') {
            const env = this.readEnvironment((0,yaml/* getPath */.Yn)(properties, 'Environment', 'Variables'));
            const visible = merge(globalEnv, env);
            if (env.referenceIds.length > 0)
                this.reader.builder.use(`function ${id}`, span, visible.referenceIds, destinationOf(visible, 'unknown'));
        }
    }
    bindManagedPolicies(principalKey, arns) {
        for (const item of (0,yaml/* seqItems */.Sg)(arns)) {
            const arn = (0,yaml/* scalarText */.ws)(item) ?? '';
            const target = intrinsicOf(item)?.target;
            const place = { file: this.source.file, span: this.source.nodeSpan(item), principalKey };
            if (target)
                this.iam.bindings.push({ ...place, ownerKey: this.key(target) });
            else if ((0,managed_policies/* managedPolicyStatement */.d)(arn))
                this.iam.bindings.push({ ...place, managedPolicyArn: arn });
        }
    }
    readEnvironment(variables) {
        return merge(...(0,yaml/* mapPairs */.OH)(variables).map((pair) => this.readValue(pair.value, this.sink((0,yaml/* scalarText */.ws)(pair.key) ?? ''))));
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
        const text = sub ? (0,yaml/* scalarText */.ws)(sub) : undefined;
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
    /** Reads a value: literals and `${\u2026}` placeholders, and `Ref`/`GetAtt` of access keys as attribute references. */
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
    /** Every other scalar: literal keys and SMTP passwords by shape, named by their key (and output, if in one). */
    readRemaining(node, key = '', holder, outputs) {
        if (this.visited.has(node))
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const name = (0,yaml/* scalarText */.ws)(pair.key) ?? key;
                this.readRemaining(pair.value, name, holder ?? (outputs !== undefined && node === outputs ? `Outputs.${name}` : undefined), outputs);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                this.readRemaining(item, key, holder, outputs);
        }
        else if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
            this.readValue(node, holder ? { ...this.sink(key), holder } : this.sink(key));
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/shared/paths.ts
/**
 * File names that say the format whatever the folder. Adapters that claim files by folder leave these
 * to their owners, so that no path is claimed by two adapters (`__tests__/formats/meta.test.ts`).
 */
const workflowPath = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
const compositeActionName = /(?:^|\/)action\.ya?ml$/i;
/**
 * The last character of a path, lower-cased for ASCII letters. Every file of a checkout is routed by these
 * tests (most are source code, images, docs), so each first looks at the one character its names end in.
 */
function lastLetter(path) {
    return path.charCodeAt(path.length - 1) | 0x20;
}
const l = 0x6c;
const n = 0x6e;
const e = 0x65;
const f = 0x66;
const s = 0x73;
/** A workflow or composite action: GitHub reads every YAML file in `.github/workflows/` as a workflow. */
function isGitHubWorkflowPath(path) {
    // Both names end in `.yml` or `.yaml`.
    if (lastLetter(path) !== l)
        return false;
    return workflowPath.test(path) || compositeActionName.test(path);
}
/** Lock files and tool configs are JSON or YAML but never a format read by content; they are not even read. */
const neverFormats = /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|composer\.(?:json|lock)|tsconfig[^/]*\.json|\.?eslintrc[^/]*|pnpm-lock\.yaml|yarn\.lock|renovate\.json|\.prettierrc[^/]*)$/i;
/** A YAML or JSON file that may hold a format recognised by content (CloudFormation, Kubernetes, Compose, Serverless). */
function isStructuredDataPath(path) {
    // `.yml`, `.yaml`, `.json` and `.template` end in `l`, `n` or `e`.
    const last = lastLetter(path);
    if (last !== l && last !== n && last !== e)
        return false;
    return /\.(?:ya?ml|json|template)$/i.test(path) && !neverFormats.test(path);
}
const terraformName = /\.(?:tf|tfvars|tf\.json|tfvars\.json)$/i;
/** Terraform configuration or variables, in HCL or in JSON. */
function isTerraformPath(path) {
    // `.tf`, `.tfvars` and their `.json` forms end in `f`, `s` or `n`.
    const last = lastLetter(path);
    if (last !== f && last !== s && last !== n)
        return false;
    return terraformName.test(path);
}

// EXTERNAL MODULE: ./src/discovery/read.ts
var read = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/formats/shared/byte-words.ts
// Finds words in raw bytes (the formats' `mayMatter` prefilters, which run over every YAML and JSON
// candidate, most of them data no format reads): each finder searches for one short anchor that the
// words hold and checks the words around each place it is found. Native search is fastest for a needle
// shorter than 7 bytes whose first byte is rare in the text (`Vers`, `AWS`, `Custom`): it then skips
// from one such byte to the next. A needle that starts with a frequent byte (`:`, `a`, a line break)
// stops at every one, and a needle of 7 bytes or more changes to a slower search once it has stopped often.

function shapesOf(words, anchor, suffix) {
    return words.map((word) => {
        const at = word.indexOf(anchor);
        if (at < 0 || word.indexOf(anchor, at + 1) >= 0)
            throw new Error(`"${word}" must hold "${anchor}" exactly once`);
        // A large file is tested in pieces that overlap by `wordReach` (`mayMatterInPieces`): a longer word,
        // with the line break before it, could be cut by every piece and never seen.
        if (word.length + suffix.length + 1 > read/* wordReach */.GW)
            throw new Error(`"${word}" is longer than a piece's overlap`);
        return { word: Buffer.from(`${word}${suffix}`, 'latin1'), anchorAt: at };
    });
}
/** Whether `word` is written in `bytes` at `start`. */
function holdsAt(bytes, start, word) {
    if (start < 0 || start + word.length > bytes.length)
        return false;
    for (let i = 0; i < word.length; i++)
        if (bytes[start + i] !== word[i])
            return false;
    return true;
}
/** Whether an anchor of `anchor` in `bytes` is part of a shape that `fits` where it starts. */
function anchoredFinder(anchor, shapes, fits) {
    const anchorBytes = Buffer.from(anchor, 'latin1');
    return (bytes) => {
        for (let at = bytes.indexOf(anchorBytes); at >= 0; at = bytes.indexOf(anchorBytes, at + 1)) {
            for (let index = 0; index < shapes.length; index++) {
                const { word, anchorAt } = shapes[index];
                const start = at - anchorAt;
                if (fits(bytes, start) && holdsAt(bytes, start, word))
                    return true;
            }
        }
        return false;
    };
}
/** Finds any of `words` anywhere in the bytes, in one search for `anchor`, which each word holds exactly once. */
function wordFinder(words, anchor) {
    return anchoredFinder(anchor, shapesOf(words, anchor, ''), () => true);
}
/**
 * Finds `key:` at the start of a line of raw bytes for any of a few keys that share `anchor`, in one
 * search for the anchor instead of one per key: a needle that starts with a line break is slow to search
 * for in text with many lines.
 */
function lineStartKeyFinder(keys, anchor) {
    return anchoredFinder(anchor, shapesOf(keys, anchor, ':'), (bytes, start) => start === 0 || (start > 0 && bytes[start - 1] === 0x0a));
}

;// CONCATENATED MODULE: ./src/formats/cloudformation.ts





function readTemplate(reader, root, facts) {
    facts.iam.push(readCloudFormation(reader, root));
}
/**
 * Whether the bytes hold `AWSTemplateFormatVersion`, `AWS::` or `Custom::`. Most candidates are other JSON
 * and YAML, so this runs over many bytes: two searches for needles that start with a rare byte (see
 * byte-words.ts), not one for `::`, which JSON writes on most lines, and one for the version key.
 */
function mayBeTemplate(bytes) {
    return holdsAwsWord(bytes) || holdsCustomType(bytes);
}
const holdsAwsWord = wordFinder(['AWS::', 'AWSTemplateFormatVersion'], 'AWS');
const holdsCustomType = wordFinder(['Custom::'], 'Custom');
const cloudFormationAdapter = {
    id: 'cloudformation',
    title: 'CloudFormation / SAM',
    claim: 'content',
    description: 'CloudFormation and SAM templates (YAML or JSON)',
    // Templates are recognised by content, wherever they are; the path only rules out what cannot be one.
    recognises: looksLikeCloudFormation,
    readDocument: readTemplate,
    matches: isStructuredDataPath,
    mayMatter: mayBeTemplate,
};

;// CONCATENATED MODULE: ./src/formats/docker-compose.ts





/** A Compose file by content: a top-level `services` map whose every entry is a service map. */
function isComposeFile(root) {
    const services = (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'services'));
    return (services.length > 0 &&
        services.every((service) => (0,yaml/* isMap */.jh)(service.value)) &&
        !(0,yaml/* hasKey */.CJ)(root, 'apiVersion') &&
        !(0,yaml/* hasKey */.CJ)(root, 'provider') &&
        !looksLikeCloudFormation(root));
}
function readServices(reader, root) {
    const { source, builder } = reader;
    for (const service of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'services'))) {
        const environment = (0,yaml/* getValue */._W)(service.value, 'environment');
        // An SES SMTP server among the service's variables gives its password and user slots their kind.
        const besideSesHost = (0,yaml/* mapPairs */.OH)(environment).some((pair) => namesSesSmtpHost((0,yaml/* scalarText */.ws)(pair.value) ?? '')) ||
            (0,yaml/* seqItems */.Sg)(environment).some((item) => namesSesSmtpHost((0,yaml/* scalarText */.ws)(item) ?? ''));
        const sink = (name) => withSiblingKind(namedSink('env', name, reader.context.classifyName), besideSesHost);
        const parts = (0,yaml/* mapPairs */.OH)(environment).map((pair) => readScalarValue(reader, pair.value, sink((0,yaml/* scalarText */.ws)(pair.key) ?? ''), { emptyWhenNull: true }));
        // The list form: `- NAME=value`.
        for (const item of (0,yaml/* seqItems */.Sg)(environment)) {
            const entry = (0,yaml/* scalarText */.ws)(item);
            const equals = entry?.indexOf('=') ?? -1;
            if (entry && equals >= 0)
                parts.push(readScalarValue(reader, item, sink(entry.slice(0, equals)), { from: equals + 1 }));
        }
        const visible = mergeAll(parts);
        if (visible.referenceIds.length > 0)
            builder.use(`service ${(0,yaml/* scalarText */.ws)(service.key) ?? '?'}`, source.nodeSpan(service.key), visible.referenceIds, destinationOf(visible, 'unknown'));
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
};

// EXTERNAL MODULE: ./src/formats/shared/lines.ts
var shared_lines = __webpack_require__(7787);
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
const dotenvName = /^(?:\.env(?:\.[^/]+)?|[^/]+\.env|env\.(?:example|sample|template|dist|local)|\.dev\.vars(?:\.[^/]+)?|\.envrc)$/;
/**
 * Whether the file's name is a dotenv name. Every file of a checkout is routed by this, so the name's first
 * and the path's last character rule most out before the pattern: each name starts with `.` or `e`, or ends in `.env`.
 */
function isDotenvPath(path) {
    const nameStart = path.lastIndexOf('/') + 1;
    const first = path.charCodeAt(nameStart);
    if (first !== 0x2e && first !== 0x65 && path.charCodeAt(path.length - 1) !== 0x76)
        return false;
    return dotenvName.test(path.slice(nameStart));
}
const dotenvAdapter = {
    id: 'dotenv',
    title: '.env',
    claim: 'path',
    description: '.env files',
    // `.env`, `.env.*`, `prod.env`, `env.example`, Wrangler's `.dev.vars` and direnv's `.envrc`: one KEY=value per line.
    matches: isDotenvPath,
    parse: (file, text, context) => {
        const builder = new ModelBuilder(file, 'dotenv');
        const lines = new shared_lines/* LineIndex */.rr(text);
        const span = (start, end) => lines.span(start, end);
        const entries = assignments(lines);
        // One file is one environment: an SES SMTP server anywhere in it gives its password and user slots their kind.
        const besideSesHost = entries.some((entry) => namesSesSmtpHost(entry.value));
        const parts = entries.map(({ name, value, valueStart, interpolate }) => readValue(builder, {
            text: value,
            locate: (start, end) => span(valueStart + start, valueStart + end),
            outer: withSiblingKind(namedSink('env', name, context.classifyName), besideSesHost),
            interpolations: interpolate ? findVariableInterpolations(value) : [],
            script: false,
            wholeValueSlot: true,
        }));
        const visible = mergeAll(parts);
        if (visible.referenceIds.length > 0)
            builder.use(file, span(0, 0), visible.referenceIds, destinationOf(visible, 'unknown'));
        return builder.build();
    },
};
/** The `NAME=value` lines of a file, as the line index splits them: `\n`, `\r\n` or a lone `\r` ends one. */
function assignments(lines) {
    const found = [];
    for (let index = 0; index < lines.count; index++) {
        const { start: lineStart, text: line } = lines.line(index);
        const match = assignment.exec(line);
        const rawValue = match?.[2] === undefined ? undefined : trimValue(match[2]);
        if (match?.[1] === undefined || rawValue === undefined || line.trimStart().startsWith('#'))
            continue;
        const rawStart = lineStart + line.indexOf(rawValue, line.indexOf('=') + 1);
        const { value, offset, interpolate } = unquote(rawValue);
        found.push({ name: match[1], value, valueStart: rawStart + offset, interpolate });
    }
    return found;
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 15 modules
var expressions_dist = __webpack_require__(4058);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/errors.js
var errors = __webpack_require__(2830);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/expressiondata.js
var expressiondata = __webpack_require__(1674);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/lexer.js
var lexer = __webpack_require__(2083);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(2049);
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
 * Functions GitHub documents beyond the parser's own (`contains`, `format`, `fromJSON`, `case`, \u2026): the status
 * checks and `hashFiles`. Without them an ordinary `actions/cache` key would read as an expression that does not parse.
 */
const runnerFunctions = [
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 0 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
];
/** Finds every `${{ \u2026 }}` in a string. A `}}` inside a quoted string literal does not end it. */
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
    return analyzeSimpleAccess(body, offset) ?? parseExpression(body, offset);
}
/**
 * `secrets.NAME`, or a property of a context that holds neither secrets nor inputs (`env.X`, `vars.X`,
 * `matrix.os`, `steps.a.outputs.b`, `github.sha`), with only spaces around: nearly every expression of a
 * workflow, read here as the parser reads it (expressions.test.ts compares both) without lexing and
 * parsing it. Anything else gives undefined.
 */
function analyzeSimpleAccess(body, offset) {
    // Past the lexer's length limit it reads nothing; past the parser's depth (one level per property) it errs.
    if (body.length > errors/* MAX_EXPRESSION_LENGTH */.dM)
        return undefined;
    const access = simpleAccess.exec(body);
    if (!access)
        return undefined;
    const [, context = '', properties = ''] = access;
    if (propertyCount(properties) >= maxSimpleProperties)
        return undefined;
    const start = offset + body.indexOf(context);
    if (context === 'secrets') {
        // One property only: `secrets.A.B` is left to the parser.
        const name = properties.slice(1);
        if (name.includes('.'))
            return undefined;
        return { accesses: [{ type: 'secret', name, start, end: start + context.length + properties.length }], inputs: [] };
    }
    // `github.event.inputs.NAME` is a workflow input.
    if (context === 'github' && properties.includes('.inputs'))
        return undefined;
    return { accesses: [], inputs: [] };
}
/** Well under the parser's depth limit, which a chain of 50 properties reaches. */
const maxSimpleProperties = errors/* MAX_PARSER_DEPTH */.VP / 2;
function propertyCount(properties) {
    let count = 0;
    for (let at = properties.indexOf('.'); at >= 0; at = properties.indexOf('.', at + 1))
        count++;
    return count;
}
/** A context (lower case, as written) and its properties, each an identifier as the expression lexer reads one. */
const simpleAccess = /^ *(secrets|env|vars|github|job|jobs|steps|runner|strategy|matrix|needs)((?:\.[A-Za-z_][A-Za-z0-9_-]*)+) *$/;
/** Lists the secret accesses of one expression body by the expression parser. */
function parseExpression(body, offset) {
    const lineStarts = [0];
    for (let i = 0; i < body.length; i++)
        if (body[i] === '\n')
            lineStarts.push(i + 1);
    const toOffset = (pos) => offset + (lineStarts[pos.line] ?? 0) + pos.column;
    let tokens;
    try {
        tokens = new expressions_dist/* Lexer */.JG(body).lex().tokens;
    }
    catch (error) {
        return { accesses: [], inputs: [], error: describe(error) };
    }
    try {
        const tree = new expressions_dist/* Parser */.iX(tokens, contexts, runnerFunctions).parse();
        const found = { accesses: [], inputs: [] };
        collectSecretsAndInputs(tree, false, found, toOffset);
        const { accesses, inputs } = found;
        return { accesses: accesses.sort((a, b) => a.start - b.start), inputs: inputs.sort((a, b) => a.start - b.start) };
    }
    catch (error) {
        return { accesses: accessesFromTokens(tokens, toOffset), inputs: [], error: describe(error) };
    }
}
/** One walk gathers both; an input access holds no secrets access, nor a secrets access (beyond its dynamic index) an input. */
function collectSecretsAndInputs(node, insideToJson, found, toOffset) {
    if (node instanceof ast/* IndexAccess */.p_) {
        if (isSecretsContext(node.expr)) {
            const start = toOffset(node.expr.name.range.start);
            if (node.index instanceof ast/* Literal */.uS && node.index.literal.kind === expressiondata/* Kind */.b.String) {
                const nameToken = node.index.token;
                const name = node.index.literal.coerceString();
                // A quoted index ends at its closing bracket, one past the string token.
                const end = toOffset(nameToken.range.end) + (nameToken.type === lexer/* TokenType */.ks.STRING ? 1 : 0);
                found.accesses.push({ type: 'secret', name, start, end });
            }
            else {
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
    if (node instanceof ast/* ContextAccess */.QC) {
        if (isSecretsContext(node))
            found.accesses.push({
                type: 'all-secrets',
                via: insideToJson ? 'toJSON' : 'dynamic-index',
                start: toOffset(node.name.range.start),
                end: toOffset(node.name.range.end),
            });
        return;
    }
    const argsInsideToJson = node instanceof ast/* FunctionCall */.R6 ? node.functionName.lexeme.toLowerCase() === 'tojson' : insideToJson;
    for (const child of childrenOf(node))
        collectSecretsAndInputs(child, argsInsideToJson, found, toOffset);
}
/** `inputs.NAME`, `inputs['NAME']` and `github.event.inputs.NAME`, with the span of the whole access. */
function inputAccess(node, toOffset) {
    if (!(node.index instanceof ast/* Literal */.uS) || node.index.literal.kind !== expressiondata/* Kind */.b.String)
        return undefined;
    const nameToken = node.index.token;
    const name = node.index.literal.coerceString();
    const end = toOffset(nameToken.range.end) + (nameToken.type === lexer/* TokenType */.ks.STRING ? 1 : 0);
    if (node.expr instanceof ast/* ContextAccess */.QC && node.expr.name.lexeme.toLowerCase() === 'inputs')
        return { name, via: 'inputs', start: toOffset(node.expr.name.range.start), end };
    const github = ['inputs', 'event'].reduce((expr, property) => (expr instanceof ast/* IndexAccess */.p_ && isProperty(expr.index, property) ? expr.expr : undefined), node.expr);
    if (github instanceof ast/* ContextAccess */.QC && github.name.lexeme.toLowerCase() === 'github')
        return { name, via: 'event-inputs', start: toOffset(github.name.range.start), end };
    return undefined;
}
function isProperty(index, name) {
    return index instanceof ast/* Literal */.uS && index.literal.kind === expressiondata/* Kind */.b.String && index.literal.coerceString() === name;
}
function childrenOf(node) {
    if (node instanceof ast/* IndexAccess */.p_)
        return [node.expr, node.index];
    if (node instanceof ast/* FunctionCall */.R6 || node instanceof ast/* Logical */.oD)
        return node.args;
    if (node instanceof ast/* Binary */.yI)
        return [node.left, node.right];
    if (node instanceof ast/* Unary */._c)
        return [node.expr];
    if (node instanceof ast/* Grouping */.aU)
        return [node.group];
    return [];
}
function isSecretsContext(node) {
    return node instanceof ast/* ContextAccess */.QC && node.name.lexeme.toLowerCase() === 'secrets';
}
/** When the parser rejects an expression, `secrets.NAME` and `secrets['NAME']` are still read from the tokens. */
function accessesFromTokens(tokens, toOffset) {
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (!token || token.type !== lexer/* TokenType */.ks.IDENTIFIER || token.lexeme.toLowerCase() !== 'secrets')
            continue;
        const next = tokens[i + 1];
        const name = tokens[i + 2];
        const start = toOffset(token.range.start);
        if (next?.type === lexer/* TokenType */.ks.DOT && name?.type === lexer/* TokenType */.ks.IDENTIFIER)
            out.push({ type: 'secret', name: name.lexeme, start, end: toOffset(name.range.end) });
        else if (next?.type === lexer/* TokenType */.ks.LEFT_BRACKET && name?.type === lexer/* TokenType */.ks.STRING)
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
/** AWS credential inputs as SES actions spell them: `aws-access-key-id`, `AWS_SECRET_ACCESS_KEY`, `accessKeyId`, `secret_key`. */
function awsKeyInput(input) {
    const name = input
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_');
    if (/^(?:aws_)?(?:secret_access_key|secret_key|access_key_secret)$/.test(name))
        return { expects: 'secret-access-key' };
    if (/^(?:aws_)?(?:access_key_id|access_key|key_id)$/.test(name))
        return { expects: 'access-key-id' };
    if (/^(?:aws_)?session_token$/.test(name))
        return { expects: 'session-token' };
    return undefined;
}
/**
 * Actions that send through SES themselves (`\u2026/aws-ses-send-email`, `\u2026/action-aws-ses-template-uploader`):
 * AWS keys given to them, or configured before them, call the SES API.
 */
const sesApiAction = { purpose: 'aws-credentials', inputs: awsKeyInput, sesApi: true };
/** `ses` or `sesv2` as a word of the action's name: `aws-ses-send-email`, `ses_mailer`, `amazon-ses`. */
const sesWord = /(?:^|[/_.-])(?:amazon-|aws-)?sesv?2?(?:[/_.-]|$)/;
const registryLogin = { purpose: 'registry-login', inputs: () => undefined };
/** Inputs that hold a command line the action runs: an AWS CLI action's `args: ses send-email \u2026`. */
const commandInput = /^(?:args|arguments|command|commands|cmd|script|run)$/i;
const unknownAction = {
    purpose: 'unknown',
    inputs: (input) => (commandInput.test(input) ? { script: true } : undefined),
};
/** Picks the profile from `uses:`, ignoring the ref and any sub-path. */
function actionProfile(uses) {
    const repo = uses.split('@')[0]?.toLowerCase() ?? '';
    if (repo.startsWith('aws-actions/configure-aws-credentials'))
        return configureAwsCredentials;
    if (repo.startsWith('docker/login-action') || repo.startsWith('aws-actions/amazon-ecr-login'))
        return registryLogin;
    if (sesWord.test(repo) && !repo.includes('smtp'))
        return sesApiAction;
    if (/(?:^|[/-])(?:send-?mail|mail|email|smtp)|mail(?:er)?(?:[/-]|$)/.test(repo))
        return genericMail;
    return unknownAction;
}

// EXTERNAL MODULE: ./src/discovery/paths.ts
var paths = __webpack_require__(8674);
;// CONCATENATED MODULE: ./src/formats/workflow/local-actions.ts


/** The folder a `uses: ./path` names, as a repository path without `./` or a trailing slash. */
function localActionDirectory(uses) {
    if (!uses.startsWith('./'))
        return undefined;
    return (0,paths/* withoutTrailingSlashes */.A$)(uses.slice(2));
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

// EXTERNAL MODULE: ./src/formats/text/literals.ts
var literals = __webpack_require__(4112);
;// CONCATENATED MODULE: ./src/formats/github-workflow.ts










/**
 * `${{ \u2026 }}` expressions as interpolations of secrets and, in a workflow (not a composite action, whose
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
const sesCliArguments = /^\s*(?:aws\s+)?sesv?2?\s/;
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
            if ((0,yaml/* hasKey */.CJ)(root, 'runs')) {
                this.workflowInputs = false;
                const runs = (0,yaml/* getValue */._W)(root, 'runs');
                this.readInputDeclarations((0,yaml/* getValue */._W)(root, 'inputs'), false);
                if ((0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(runs, 'using'))?.toLowerCase() === 'composite')
                    this.readSteps('composite action', (0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(runs, 'steps')), emptyCollected());
                continue;
            }
            this.workflowInputs = true;
            for (const trigger of ['workflow_dispatch', 'workflow_call'])
                this.readInputDeclarations((0,yaml/* getPath */.Yn)(root, 'on', trigger, 'inputs'), true);
            const workflowEnv = this.readEnv((0,yaml/* getValue */._W)(root, 'env'));
            for (const jobPair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'jobs'))) {
                const jobId = (0,yaml/* scalarText */.ws)(jobPair.key) ?? '?';
                const job = jobPair.value;
                // Steps run inside the job's container with its env; matrix values reach them through `matrix.*`.
                const container = (0,yaml/* getValue */._W)(job, 'container');
                const inherited = merge(workflowEnv, this.readEnv((0,yaml/* getValue */._W)(job, 'env')), this.readEnv((0,yaml/* getValue */._W)(container, 'env')), this.readMatrix((0,yaml/* getPath */.Yn)(job, 'strategy', 'matrix')));
                this.readContainerCredentials(`job ${jobId} \u203a container`, container);
                for (const service of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(job, 'services'))) {
                    const label = `job ${jobId} \u203a service ${(0,yaml/* scalarText */.ws)(service.key) ?? '?'}`;
                    const env = this.readEnv((0,yaml/* getValue */._W)(service.value, 'env'));
                    if (env.referenceIds.length > 0)
                        this.builder.use(label, this.source.nodeSpan(service.key), env.referenceIds, destinationOf(env, 'unknown'));
                    this.readContainerCredentials(label, service.value);
                }
                const calls = (0,yaml/* getPair */.xf)(job, 'uses');
                if (calls)
                    this.readReusableCall(jobId, job, calls.value, inherited);
                else
                    this.readSteps(`job ${jobId}`, (0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(job, 'steps')), inherited);
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
            const name = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(step.node, 'name')) ?? (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(step.node, 'uses')) ?? `#${index + 1}`;
            const useId = this.builder.use(`${scope} \u203a step ${name}`, this.source.nodeSpan(step.node), visible.referenceIds, destination);
            const directory = step.uses ? localActionDirectory(step.uses) : undefined;
            if (directory)
                this.localCalls.push({ useId, directory });
        });
        if (steps.length === 0 && inherited.referenceIds.length > 0)
            this.builder.use(scope, this.source.span(0, 0), inherited.referenceIds, destinationOf(inherited, 'unknown'));
    }
    readStep(node) {
        const uses = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(node, 'uses'));
        const profile = uses ? actionProfile(uses) : undefined;
        const parts = [this.readEnv((0,yaml/* getValue */._W)(node, 'env'))];
        for (const pair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(node, 'with'))) {
            const input = (0,yaml/* scalarText */.ws)(pair.key) ?? '';
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
            const collected = role?.script
                ? this.readScalar(pair.value, { type: 'script', name: input, ...(uses ? { action: uses } : {}) }, true)
                : this.readScalar(pair.value, sink, false, role?.smtpHost === true);
            if (role?.smtpHost || role?.smtpUrl)
                collected.smtpSignal = true;
            // An AWS CLI action's arguments leave out the `aws` a script would write: `args: ses send-email \u2026`.
            if (role?.script && sesCliArguments.test((0,yaml/* scalarText */.ws)(pair.value) ?? ''))
                collected.sesApi = true;
            parts.push(collected);
        }
        const run = (0,yaml/* getValue */._W)(node, 'run');
        if (run)
            parts.push(this.readScalar(run, { type: 'script', name: 'run' }, true));
        const collected = mergeAll(parts);
        if (profile?.purpose === 'mail')
            collected.smtpSignal = true;
        if (profile?.sesApi)
            collected.sesApi = true;
        return { node, uses, purpose: profile?.purpose ?? 'unknown', collected };
    }
    readReusableCall(jobId, job, calls, inherited) {
        const parts = [inherited];
        const secrets = (0,yaml/* getValue */._W)(job, 'secrets');
        if ((0,dist/* isScalar */.jn)(secrets) && (0,yaml/* scalarText */.ws)(secrets)?.trim() === 'inherit') {
            const id = this.builder.reference(this.source.nodeSpan(secrets), { type: 'all-secrets', via: 'inherit' }, { type: 'reusable-workflow-secret', name: 'inherit' });
            parts.push({ ...emptyCollected(), referenceIds: [id] });
        }
        for (const pair of (0,yaml/* mapPairs */.OH)(secrets))
            parts.push(this.readScalar(pair.value, this.sink('reusable-workflow-secret', (0,yaml/* scalarText */.ws)(pair.key) ?? ''), false));
        for (const pair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(job, 'with')))
            parts.push(this.readScalar(pair.value, this.sink('action-input', (0,yaml/* scalarText */.ws)(pair.key) ?? ''), false));
        const visible = mergeAll(parts);
        this.builder.use(`job ${jobId} \u203a calls ${(0,yaml/* scalarText */.ws)(calls) ?? '?'}`, this.source.nodeSpan(calls), visible.referenceIds, destinationOf(visible, 'unknown'));
    }
    /**
     * Declared inputs: a workflow input named as a credential is a reference at its name (its value travels in
     * the event payload); a default is a value like any other, in the slot the name gives it.
     */
    readInputDeclarations(inputs, workflow) {
        for (const pair of (0,yaml/* mapPairs */.OH)(inputs)) {
            const name = (0,yaml/* scalarText */.ws)(pair.key) ?? '';
            const sink = this.sink('workflow-input', name);
            if (workflow && sink.expects && sink.expects !== 'ambiguous')
                this.builder.reference(this.source.nodeSpan(pair.key), { type: 'input', name }, sink);
            this.readScalar((0,yaml/* getValue */._W)(pair.value, 'default'), sink, false);
        }
    }
    /** `container.credentials` and `services.*.credentials` log in to a registry. */
    readContainerCredentials(label, container) {
        const credentials = (0,yaml/* getValue */._W)(container, 'credentials');
        const parts = (0,yaml/* mapPairs */.OH)(credentials).map((pair) => this.readScalar(pair.value, this.sink('action-input', `credentials.${(0,yaml/* scalarText */.ws)(pair.key) ?? ''}`), false));
        const collected = mergeAll(parts);
        if (collected.referenceIds.length > 0)
            this.builder.use(`${label} credentials`, this.source.nodeSpan(credentials), collected.referenceIds, destinationOf(collected, 'registry-login'));
    }
    /** Every value of `strategy.matrix` (its lists and its `include` entries), in the slot its key names. */
    readMatrix(matrix) {
        const parts = [];
        for (const pair of (0,yaml/* mapPairs */.OH)(matrix)) {
            const key = (0,yaml/* scalarText */.ws)(pair.key) ?? '';
            const items = (0,dist/* isScalar */.jn)(pair.value) ? [pair.value] : (0,yaml/* seqItems */.Sg)(pair.value);
            if (key === 'include' || key === 'exclude') {
                for (const entry of items)
                    parts.push(this.readEnv(entry));
                continue;
            }
            for (const item of items)
                parts.push(this.readScalar(item, this.sink('env', key), false));
        }
        return mergeAll(parts);
    }
    readEnv(node) {
        return merge(...(0,yaml/* mapPairs */.OH)(node).map((pair) => this.readScalar(pair.value, this.sink('env', (0,yaml/* scalarText */.ws)(pair.key) ?? ''), false)));
    }
    sink(type, name) {
        return namedSink(type, name, this.context.classifyName);
    }
    readScalar(node, outer, script, smtpHost = false) {
        const text = (0,yaml/* scalarText */.ws)(node);
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
    parse: (file, text, context) => {
        if (!mayHoldCredentials(text))
            return (0,scan_model/* emptyModel */.$Q)(file, 'github-workflow');
        const reader = yamlReader('github-workflow', file, text, context);
        return aliasRefusal(reader.source, 'github-workflow') ?? new WorkflowReader(reader).read();
    },
};
const credentialWords = /secret|passw|pwd|token|credential|key|smtp|mail|AKIA|ASIA|aws|root|login/i;
/**
 * A credential word, or a run of 40 base64 characters. The run is counted in one pass: as one more
 * alternative of the words' pattern, it was tried at every letter of a workflow that holds no word.
 */
function mayHoldCredentials(text) {
    return credentialWords.test(text) || hasBase64Run(text, 40);
}
function hasBase64Run(text, length) {
    let run = 0;
    for (let at = 0; at < text.length; at++) {
        if ((0,literals/* isBase64Char */.GN)(text.charCodeAt(at))) {
            if (++run >= length)
                return true;
        }
        else
            run = 0;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/formats/serverless.ts








function readEnvironment(reader, node) {
    return mergeAll((0,yaml/* mapPairs */.OH)(node).map((pair) => readScalarValue(reader, pair.value, (0,yaml/* scalarText */.ws)(pair.key) ?? '')));
}
/** A Serverless service by content: a `service` and a `provider`. */
function isServerlessService(root) {
    return ((0,yaml/* hasKey */.CJ)(root, 'service') && (0,yaml/* hasKey */.CJ)(root, 'provider') && !(0,yaml/* hasKey */.CJ)(root, 'apiVersion') && !looksLikeCloudFormation(root));
}
function readService(reader, root, facts) {
    const { source, builder } = reader;
    const file = source.file;
    const iam = (0,model_iam/* emptyIam */.zq)();
    facts.iam.push(iam);
    const provider = (0,yaml/* getValue */._W)(root, 'provider');
    const providerEnv = readEnvironment(reader, (0,yaml/* getValue */._W)(provider, 'environment'));
    // Every function runs as the provider's role, so its statements belong to that role.
    const roleKey = `${file}::provider-role`;
    const statements = [
        ...(0,yaml/* seqItems */.Sg)((0,yaml/* getPath */.Yn)(provider, 'iam', 'role', 'statements')),
        ...(0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(provider, 'iamRoleStatements')),
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
    const functions = (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'functions'));
    for (const fn of functions) {
        const visible = merge(providerEnv, readEnvironment(reader, (0,yaml/* getValue */._W)(fn.value, 'environment')));
        if (visible.referenceIds.length > 0)
            builder.use(`function ${(0,yaml/* scalarText */.ws)(fn.key) ?? '?'}`, source.nodeSpan(fn.key), visible.referenceIds, destinationOf(visible, 'unknown'));
    }
    if (functions.length === 0 && providerEnv.referenceIds.length > 0)
        builder.use('provider', source.nodeSpan(provider), providerEnv.referenceIds, destinationOf(providerEnv, 'unknown'));
    // `resources` is a CloudFormation fragment embedded in the Serverless file.
    const resources = (0,yaml/* getValue */._W)(root, 'resources');
    if ((0,yaml/* hasKey */.CJ)(resources, 'Resources'))
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
};

;// CONCATENATED MODULE: ./src/formats/shared/generic-yaml.ts




/**
 * Reads every string of a YAML or JSON tree as a value named by its key: literal keys and SMTP
 * passwords by shape or by the key's name, and `${VAR}` placeholders. For files with no schema of
 * their own (Helm values, tfvars.json) and for the parts other readers do not interpret.
 */
function readKeyedValues(reader, node, key = '') {
    if ((0,dist/* isMap */.jh)(node))
        return mergeAll(node.items.map((pair) => readKeyedValues(reader, pair.value, (0,yaml/* scalarText */.ws)(pair.key) ?? key)));
    if ((0,dist/* isSeq */.oP)(node))
        return mergeAll(node.items.map((item) => readKeyedValues(reader, item, key)));
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
        return readScalarValue(reader, node, key);
    return emptyCollected();
}
/**
 * Reads a tree of settings (Helm values, a program's `env:` map) map by map: each map's own strings are
 * one program's settings, so they are one use, and an SES SMTP server among them gives its password and
 * user-name siblings their kind (`SMTP_HOST: email-smtp.\u2026` beside `SMARTER_SMTP_PASSWORD`). Deeper maps
 * are their own uses.
 */
function readSettingMaps(reader, node, label) {
    if ((0,dist/* isSeq */.oP)(node))
        return mergeAll(node.items.map((item) => readSettingMaps(reader, item, label)));
    if (!(0,dist/* isMap */.jh)(node))
        return emptyCollected();
    const own = readOwnSettings(reader, node);
    if (own.referenceIds.length > 0)
        reader.builder.use(label, reader.source.nodeSpan(node), own.referenceIds, destinationOf(own, 'unknown'));
    const nested = node.items
        .filter((pair) => (0,dist/* isMap */.jh)(pair.value) || (0,dist/* isSeq */.oP)(pair.value))
        .map((pair) => readSettingMaps(reader, pair.value, `${label} \u203a ${(0,yaml/* scalarText */.ws)(pair.key) ?? '?'}`));
    return mergeAll([own, ...nested]);
}
/**
 * The strings written directly in one map (or in a list under one of its keys), each in the slot its key
 * and its siblings give it.
 */
function readOwnSettings(reader, map) {
    const besideSesHost = map.items.some((pair) => (0,dist/* isScalar */.jn)(pair.value) && namesSesSmtpHost((0,yaml/* scalarText */.ws)(pair.value) ?? ''));
    const sink = (name) => withSiblingKind(namedSink('env', name, reader.context.classifyName), besideSesHost);
    const parts = [];
    for (const pair of map.items) {
        const slot = sink((0,yaml/* scalarText */.ws)(pair.key) ?? '');
        const values = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : [pair.value];
        for (const value of values)
            if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string')
                parts.push(readScalarValue(reader, value, slot));
    }
    return mergeAll(parts);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter = __webpack_require__(33);
;// CONCATENATED MODULE: ./src/formats/terraform/escapes.ts
const simpleEscapes = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** How many hex digits follow `\u` and `\U`. */
const unicodeEscapeLengths = { u: 4, U: 8 };
function decodeTemplateLiteral(raw, heredoc) {
    // Most literals hold no escape: the raw text is the value.
    if (!/[\\$%]/.test(raw))
        return { text: raw, rawOffset: (offset) => offset };
    let text = '';
    const offsets = [];
    const emit = (decoded, at) => {
        for (let unit = 0; unit < decoded.length; unit++)
            offsets.push(at);
        text += decoded;
    };
    let i = 0;
    while (i < raw.length) {
        const escape = heredoc ? undefined : backslashEscape(raw, i);
        if (escape) {
            emit(escape.decoded, i);
            i += escape.length;
        }
        else if ((raw.startsWith('$${', i) || raw.startsWith('%%{', i)) && raw[i + 1]) {
            emit(raw[i + 1] + '{', i);
            i += 3;
        }
        else {
            emit(raw[i] ?? '', i);
            i++;
        }
    }
    offsets.push(raw.length);
    return { text, rawOffset: (offset) => offsets[offset] ?? raw.length };
}
/** A backslash escape at `at`, or undefined where there is none (an unknown escape is kept as written). */
function backslashEscape(raw, at) {
    if (raw[at] !== '\\')
        return undefined;
    const letter = raw[at + 1] ?? '';
    const simple = simpleEscapes[letter];
    if (simple !== undefined)
        return { decoded: simple, length: 2 };
    const digits = unicodeEscapeLengths[letter];
    if (digits === undefined)
        return undefined;
    const hex = raw.slice(at + 2, at + 2 + digits);
    if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex))
        return undefined;
    const codePoint = Number.parseInt(hex, 16);
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
        return undefined;
    return { decoded: String.fromCodePoint(codePoint), length: 2 + digits };
}

;// CONCATENATED MODULE: ./src/formats/terraform/hcl-node.ts
const namedFlag = 1;
const errorFlag = 2;
const missingFlag = 4;
const hasErrorFlag = 8;
const withAnonymousFlag = 16;
/** The child list of every node without children: one shared, frozen array instead of one each. */
const noChildren = Object.freeze([]);
/**
 * The child lists with anonymous tokens, of the few nodes that have them (trees with syntax errors):
 * kept here, not in a field every node would carry for a list that is almost always `namedChildren`.
 */
const anonymousChildren = new WeakMap();
/**
 * A syntax node copied out of WebAssembly memory. Reading a tree-sitter node from JavaScript crosses
 * into WebAssembly on every property access; one copy of the tree is much cheaper than the repeated
 * child lists the readers need. The copy lives until the scan's join, so it is kept small: a leaf
 * shares one empty child list, and every other list is allocated at its exact length once the node's
 * children are known (see `TreeBuilder`), not grown by pushes.
 */
class Node {
    source;
    type;
    startIndex;
    endIndex;
    namedChildren = noChildren;
    field = null;
    /** `isNamed`, `isError`, `isMissing`, `hasError` and whether `children` differs from `namedChildren`, in one number. */
    flags;
    constructor(source, type, startIndex, endIndex, isNamed, isError, isMissing) {
        this.source = source;
        this.type = type;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.flags = (isNamed ? namedFlag : 0) | (isError ? errorFlag : 0) | (isMissing ? missingFlag : 0);
    }
    get isNamed() {
        return (this.flags & namedFlag) !== 0;
    }
    get isError() {
        return (this.flags & errorFlag) !== 0;
    }
    get isMissing() {
        return (this.flags & missingFlag) !== 0;
    }
    /** Set on the root of a tree with syntax errors. */
    get hasError() {
        return (this.flags & hasErrorFlag) !== 0;
    }
    set hasError(value) {
        this.flags = value ? this.flags | hasErrorFlag : this.flags & ~hasErrorFlag;
    }
    /** Sets the node's children, named and anonymous, in document order (the list is the node's from now on). */
    setChildren(children, withAnonymous = false) {
        if (children.length === 0)
            return;
        const named = withAnonymous ? children.filter((child) => child.isNamed) : children;
        this.namedChildren = named.length > 0 ? named : noChildren;
        if (named.length === children.length)
            return;
        anonymousChildren.set(this, children);
        this.flags |= withAnonymousFlag;
    }
    /** With the anonymous tokens in a tree with syntax errors; else the named children themselves. */
    get children() {
        return (this.flags & withAnonymousFlag) === 0 ? this.namedChildren : anonymousChildren.get(this);
    }
    get text() {
        return this.source.slice(this.startIndex, this.endIndex);
    }
    /** An indexed loop, as `firstChild`: every object element's key and value are looked up so, by several readers. */
    childForFieldName(name) {
        const children = this.children;
        for (let index = 0; index < children.length; index++)
            if (children[index].field === name)
                return children[index];
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/hcl-fast-lexer.ts
// Character classes and tokens of the fast HCL reader (hcl-fast.ts), each as the Terraform grammar of
// tree-sitter-hcl lexes it: its internal lexer for words, numbers, operators and comments, and its
// external scanner (src/scanner.c) for what sits inside quoted strings and heredocs.
/** What the reader throws to give the file back to tree-sitter; one object, so declining costs no stack trace. */
const declined = new Error('outside the fast HCL subset');
function decline() {
    throw declined;
}
const ch = {
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
};
function isDigit(c) {
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
function startsWord(c) {
    return c < 128 && (wordFlags[c] & startFlag) !== 0;
}
/** An ASCII word character or `-` (the grammar's identifier takes `-` inside: `a-b` is one word). */
function continuesWord(c) {
    return c < 128 && (wordFlags[c] & continueFlag) !== 0;
}
function isHexDigit(c) {
    return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
/**
 * Words the grammar also has as keywords (`for`, `in`, `if`, the template directives' words, the
 * literals): where one stands as a name, which of the two the lexer takes is not sure.
 */
const keywords = new Set(['for', 'in', 'if', 'else', 'endif', 'endfor', 'true', 'false', 'null']);
/** Whether the word `text[start, end)` is a keyword; a word of another length is no keyword, and is not sliced to ask. */
function isKeyword(text, start, end) {
    const length = end - start;
    return length >= 2 && length <= 6 && keywords.has(text.slice(start, end));
}
/**
 * The end of a word starting at `at`, or a decline where the grammar's word may run on: a non-ASCII
 * character (`ID_Continue`) or `::` (a provider function's name).
 */
function wordEnd(text, at) {
    let end = at + 1;
    let next = text.charCodeAt(end);
    while (next < 128 && (wordFlags[next] & continueFlag) !== 0)
        next = text.charCodeAt(++end);
    if (next > 127 || (next === ch.colon && text.charCodeAt(end + 1) === ch.colon))
        decline();
    return end;
}
/**
 * The end of a number (`[0-9]+(\.[0-9]+([eE][-+]?[0-9]+)?)?`) starting at `at`; declines where a
 * word, a dot or a hexadecimal prefix follows (`1e5`, `1.x`, `0x1F`, `a.0.1`).
 */
function numberEnd(text, at) {
    let end = at;
    while (isDigit(text.charCodeAt(end)))
        end++;
    if (text.charCodeAt(end) === ch.dot && isDigit(text.charCodeAt(end + 1))) {
        end++;
        while (isDigit(text.charCodeAt(end)))
            end++;
        const e = text.charCodeAt(end);
        if (e === 101 || e === 69) {
            let digits = end + 1;
            const sign = text.charCodeAt(digits);
            if (sign === ch.plus || sign === ch.minus)
                digits++;
            if (isDigit(text.charCodeAt(digits))) {
                end = digits;
                while (isDigit(text.charCodeAt(end)))
                    end++;
            }
        }
    }
    const next = text.charCodeAt(end);
    if (continuesWord(next) || next === ch.dot || next > 127)
        decline();
    return end;
}
/** A binary operator at `at`: its precedence (as the grammar's `PREC`) and length; precedence 0 for none. */
function binaryOperator(text, at) {
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
            if (next === ch.less)
                decline();
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
function isBlank(c) {
    return c === 32 || c === 9 || c === 13;
}
/**
 * Characters the grammar's scanner skips as blanks (`iswspace`) that the reader does not: inside a
 * string they would silently end or split a literal, so the reader declines on them.
 */
function isOddSpace(c) {
    return (c === 11 ||
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
        c === 0xfeff);
}
/**
 * The length of a template literal chunk at `at` inside a quoted string or heredoc, for the
 * characters the scanner reads alike in both: `$` and `%` not opening an interpolation or directive
 * (`$${` and `%%{` are one chunk, as are `$$` and `%%`); 0 where `${` or `%{` opens one.
 */
function dollarOrPercentChunk(text, at) {
    const c = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    if (next === ch.openBrace)
        return 0;
    if (next !== c)
        return 1;
    return text.charCodeAt(at + 2) === ch.openBrace ? 3 : 2;
}
/**
 * The end of the characters from `at` that are each a chunk of a string or heredoc and need no check
 * (printable ASCII but `$` and `%`, and in a quoted string `"` and `\`): read in one loop, not one turn of
 * the reader's loop each.
 */
function plainRunEnd(text, at, heredoc) {
    let end = at;
    for (;;) {
        const c = text.charCodeAt(end);
        if (!(c > ch.space && c < 127) || c === ch.dollar || c === ch.percent)
            return end;
        if (!heredoc && (c === ch.quote || c === ch.backslash))
            return end;
        end++;
    }
}
/** The length of an escape inside a quoted string (`\n`, `\"`, `\u00e9`, `\U0001F600`), or a decline. */
function escapeLength(text, at) {
    const c = text.charCodeAt(at + 1);
    if (c === ch.quote || c === 110 || c === 114 || c === 116 || c === ch.backslash)
        return 2;
    const digits = c === 117 ? 4 : c === 85 ? 8 : decline();
    for (let index = 0; index < digits; index++)
        if (!isHexDigit(text.charCodeAt(at + 2 + index)))
            decline();
    return digits + 2;
}

;// CONCATENATED MODULE: ./src/formats/terraform/hcl-fast.ts
// A fast path for the common subset of Terraform's HCL: one pass over the text, building the tree that
// `parseHcl` copies out of tree-sitter for the same text (the same `Node`s, types, ranges and fields:
// named nodes but the delimiters, comments nested by their span), so that every reader reads either
// the same way.
//
// It reads blocks, attributes, comments, literals, quoted templates and heredocs with interpolations,
// traversals, splats, calls, tuples, objects, `for` expressions, operations and conditionals (CR line
// breaks too). It declines (returns undefined, and tree-sitter parses the file) on anything outside
// that or that it is not sure of: template directives (`%{`), strip markers, legacy indexes (`a.0`),
// hexadecimal numbers, non-ASCII names, `::` in names, keywords as variables, escapes the grammar
// rejects, line breaks and comments inside quoted strings, objects and heredocs inside templates, and
// any syntax error. Nesting is capped (`maxDepth`), so the recursion it uses is bounded whatever the
// input, and placing comments has a budget of steps, so it is linear too.
// __tests__/formats/terraform/hcl-fast.test.ts compares both parsers on real files and generated ones.


/** Nesting beyond this (blocks, brackets, operands, templates) is left to tree-sitter. */
const maxDepth = 48;
/** Steps allowed per node to find each comment's parent: a deep tree full of comments is declined. */
const placementStepsPerNode = 4;
/** The tree `parseHcl(text)` gives, or undefined where the fast path declines. */
function readFastHcl(text) {
    if (text.includes('\0'))
        return undefined;
    try {
        return new FastHcl(text).read();
    }
    catch (error) {
        if (error === declined)
            return undefined;
        throw error;
    }
}
class FastHcl {
    text;
    pos = 0;
    nodeCount = 0;
    comments = [];
    /** Templates open around the current position: objects, heredocs and comments are declined inside. */
    templates = 0;
    constructor(text) {
        this.text = text;
    }
    read() {
        const body = this.body(0, false);
        const root = new Node(this.text, 'config_file', 0, this.text.length, true, false, false);
        if (body)
            root.setChildren([body]);
        if (this.comments.length > 0)
            this.placeComments(root);
        return root;
    }
    node(type, start, end, children) {
        if (end <= start)
            decline();
        const node = new Node(this.text, type, start, end, true, false, false);
        // A list grown by `push` keeps room for 16 more children; the tree lives until the join, so each
        // node keeps an exact-length copy, and the grown list dies young, where it costs the collector nothing.
        if (children)
            node.setChildren(children.slice());
        this.nodeCount++;
        return node;
    }
    code(at = this.pos) {
        return this.text.charCodeAt(at);
    }
    /** Skips blanks and comments (recording each comment) up to the next token. */
    trivia() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === ch.space || c === ch.newline || c === ch.tab || c === ch.cr) {
                this.pos++;
                continue;
            }
            const next = text.charCodeAt(this.pos + 1);
            if (c === ch.hash || (c === ch.slash && next === ch.slash))
                this.comment(this.lineEnd());
            else if (c === ch.slash && next === ch.star) {
                const close = text.indexOf('*/', this.pos + 2);
                if (close < 0)
                    decline();
                this.comment(close + 2);
            }
            else
                return;
        }
    }
    lineEnd() {
        const end = this.text.indexOf('\n', this.pos);
        return end < 0 ? this.text.length : end;
    }
    comment(end) {
        if (this.templates > 0)
            decline();
        this.comments.push(this.node('comment', this.pos, end));
        this.pos = end;
    }
    /** Consumes `c` (after trivia), or declines. */
    expect(c) {
        this.trivia();
        if (this.code() !== c)
            decline();
        return ++this.pos;
    }
    /**
     * A name (of an attribute, a block, a label, a variable, a function). A keyword (`null`, `for`) is a
     * name where an attribute or block starts and in a block's labels, where the grammar allows no
     * keyword; elsewhere it declines.
     */
    identifier(keywordsAreNames = false) {
        const start = this.pos;
        if (!startsWord(this.code()))
            decline();
        const end = wordEnd(this.text, start);
        if (!keywordsAreNames && isKeyword(this.text, start, end))
            decline();
        this.pos = end;
        return this.node('identifier', start, end);
    }
    /** Attributes and blocks up to the end of the file or (`inBlock`) the block's `}`, which is not consumed. */
    body(depth, inBlock) {
        if (depth > maxDepth)
            decline();
        const items = [];
        for (;;) {
            this.trivia();
            if (this.pos >= this.text.length) {
                if (inBlock)
                    decline();
                break;
            }
            if (this.code() === ch.closeBrace) {
                if (!inBlock)
                    decline();
                break;
            }
            items.push(this.item(depth));
        }
        if (items.length === 0)
            return undefined;
        return this.node('body', items[0].startIndex, items[items.length - 1].endIndex, items);
    }
    item(depth) {
        const name = this.identifier(true);
        this.trivia();
        if (this.code() === ch.equals) {
            const next = this.code(this.pos + 1);
            if (next === ch.equals || next === ch.greater)
                decline();
            this.pos++;
            const value = this.expression(depth + 1);
            return this.node('attribute', name.startIndex, value.endIndex, [name, value]);
        }
        const children = [name];
        for (;;) {
            this.trivia();
            const c = this.code();
            if (c === ch.openBrace)
                break;
            if (c === ch.quote)
                children.push(this.label());
            else
                children.push(this.identifier(true));
        }
        this.pos++;
        const body = this.body(depth + 1, true);
        if (body)
            children.push(body);
        const end = this.expect(ch.closeBrace);
        return this.node('block', name.startIndex, end, children);
    }
    /** `expression`: a term, operations, or conditionals (`a ? b : c ? d : e` nests to the left, as the grammar does). */
    expression(depth) {
        if (depth > maxDepth)
            decline();
        const first = this.binary(depth + 1, 0);
        let expression = this.node('expression', first.start, first.end, first.nodes);
        for (;;) {
            this.trivia();
            if (this.code() !== ch.question)
                return expression;
            this.pos++;
            const whenTrue = this.expression(depth + 1);
            this.expect(ch.colon);
            const otherwise = this.binary(depth + 1, 0);
            const whenFalse = this.node('expression', otherwise.start, otherwise.end, otherwise.nodes);
            const start = expression.startIndex;
            const conditional = this.node('conditional', start, whenFalse.endIndex, [expression, whenTrue, whenFalse]);
            expression = this.node('expression', start, whenFalse.endIndex, [conditional]);
        }
    }
    /** Binary operations by precedence climbing, all left-associative as the grammar's `prec.left`. */
    binary(depth, floor) {
        if (depth > maxDepth)
            decline();
        let left = this.unary(depth + 1);
        for (;;) {
            this.trivia();
            const operator = binaryOperator(this.text, this.pos);
            if (operator.precedence <= floor)
                return left;
            this.pos += operator.length;
            const right = this.binary(depth + 1, operator.precedence);
            const operation = this.node('binary_operation', left.start, right.end, [...left.nodes, ...right.nodes]);
            left = { nodes: [this.node('operation', left.start, right.end, [operation])], start: left.start, end: right.end };
        }
    }
    unary(depth) {
        if (depth > maxDepth)
            decline();
        this.trivia();
        const c = this.code();
        if (c !== ch.minus && c !== ch.bang)
            return this.postfix(depth + 1);
        const start = this.pos;
        if (c === ch.bang && this.code(start + 1) === ch.equals)
            decline();
        this.pos++;
        const operand = this.unary(depth + 1);
        const operation = this.node('unary_operation', start, operand.end, operand.nodes);
        return { nodes: [this.node('operation', start, operand.end, [operation])], start, end: operand.end };
    }
    /** A term and the attribute, index and splat steps after it. */
    postfix(depth) {
        const term = this.primary(depth);
        /** The open splat: it takes every later `.name` and `[index]`, as the grammar's `prec.right` repeat. */
        let splat;
        for (;;) {
            this.trivia();
            const start = this.pos;
            const c = this.code();
            const next = this.code(start + 1);
            let step;
            if (c === ch.dot) {
                if (next === ch.dot)
                    break; // `...`
                if (next === ch.star) {
                    if (splat)
                        this.closeSplat(term, splat);
                    splat = { type: 'attr_splat', start, end: start + 2, steps: [] };
                    this.pos += 2;
                    continue;
                }
                if (isDigit(next))
                    decline();
                this.pos++;
                this.trivia();
                const name = this.identifier();
                step = this.node('get_attr', start, name.endIndex, [name]);
            }
            else if (c === ch.openSquare) {
                if (next === ch.star && this.code(start + 2) === ch.closeSquare) {
                    if (splat)
                        this.closeSplat(term, splat);
                    splat = { type: 'full_splat', start, end: start + 3, steps: [] };
                    this.pos += 3;
                    continue;
                }
                this.pos++;
                const key = this.expression(depth + 1);
                const end = this.expect(ch.closeSquare);
                step = this.node('index', start, end, [this.node('new_index', start, end, [key])]);
            }
            else
                break;
            if (splat) {
                splat.steps.push(step);
                splat.end = step.endIndex;
            }
            else {
                term.nodes.push(step);
                term.end = step.endIndex;
            }
        }
        if (splat)
            this.closeSplat(term, splat);
        return term;
    }
    closeSplat(term, splat) {
        const inner = this.node(splat.type, splat.start, splat.end, splat.steps.length > 0 ? splat.steps : undefined);
        term.nodes.push(this.node('splat', splat.start, splat.end, [inner]));
        term.end = splat.end;
    }
    primary(depth) {
        this.trivia();
        const start = this.pos;
        const c = this.code();
        if (c === ch.quote)
            return this.quoted(depth + 1);
        if (isDigit(c)) {
            const end = numberEnd(this.text, start);
            this.pos = end;
            return this.literal('numeric_lit', start, end);
        }
        if (c === ch.less && this.code(start + 1) === ch.less)
            return this.heredoc(depth + 1);
        if (c === ch.openParen) {
            this.pos++;
            const inner = this.expression(depth + 1);
            const end = this.expect(ch.closeParen);
            return { nodes: [inner], start, end };
        }
        if (c === ch.openSquare)
            return this.tuple(depth + 1);
        if (c === ch.openBrace)
            return this.object(depth + 1);
        if (!startsWord(c))
            decline();
        const end = wordEnd(this.text, start);
        // `true`, `false` and `null` have four or five letters: a longer word is not sliced to compare.
        const word = end - start <= 5 ? this.text.slice(start, end) : undefined;
        if (word === 'true' || word === 'false' || word === 'null') {
            this.pos = end;
            return this.literal(word === 'null' ? 'null_lit' : 'bool_lit', start, end);
        }
        const name = this.identifier();
        this.trivia();
        if (this.code() !== ch.openParen)
            return { nodes: [this.node('variable_expr', start, end, [name])], start, end };
        this.pos++;
        const call = this.call(depth + 1, name);
        return { nodes: [call], start, end: call.endIndex };
    }
    literal(type, start, end, children) {
        const value = this.node('literal_value', start, end, [this.node(type, start, end, children)]);
        return { nodes: [value], start, end };
    }
    /** `name(arguments)`, past the `(`: the arguments' node runs to a trailing `,` or `...`. */
    call(depth, name) {
        const args = [];
        let argsEnd = 0;
        for (;;) {
            this.trivia();
            if (this.code() === ch.closeParen)
                break;
            const argument = this.expression(depth + 1);
            args.push(argument);
            argsEnd = argument.endIndex;
            this.trivia();
            const c = this.code();
            if (c === ch.comma) {
                argsEnd = ++this.pos;
                continue;
            }
            if (c === ch.dot && this.text.startsWith('...', this.pos)) {
                this.pos += 3;
                argsEnd = this.pos;
                this.trivia();
            }
            if (this.code() !== ch.closeParen)
                decline();
            break;
        }
        const end = ++this.pos;
        const children = [name];
        if (args.length > 0)
            children.push(this.node('function_arguments', args[0].startIndex, argsEnd, args));
        return this.node('function_call', name.startIndex, end, children);
    }
    tuple(depth) {
        const start = this.pos++;
        if (this.atKeyword('for'))
            return this.forExpression(depth + 1, start, false);
        const items = [];
        for (;;) {
            this.trivia();
            if (this.code() === ch.closeSquare)
                break;
            items.push(this.expression(depth + 1));
            this.trivia();
            if (this.code() === ch.comma)
                this.pos++;
            else if (this.code() !== ch.closeSquare)
                decline();
        }
        const end = ++this.pos;
        const tuple = this.node('tuple', start, end, items.length > 0 ? items : undefined);
        return { nodes: [this.node('collection_value', start, end, [tuple])], start, end };
    }
    object(depth) {
        if (this.templates > 0)
            decline();
        const start = this.pos++;
        if (this.atKeyword('for'))
            return this.forExpression(depth + 1, start, true);
        const elements = [];
        for (;;) {
            this.trivia();
            if (this.code() === ch.closeBrace)
                break;
            const key = this.expression(depth + 1);
            this.trivia();
            const c = this.code();
            const next = this.code(this.pos + 1);
            if (!(c === ch.colon || (c === ch.equals && next !== ch.equals && next !== ch.greater)))
                decline();
            this.pos++;
            const value = this.expression(depth + 1);
            key.field = 'key';
            value.field = 'val';
            elements.push(this.node('object_elem', key.startIndex, value.endIndex, [key, value]));
            this.trivia();
            if (this.code() === ch.comma)
                this.pos++;
        }
        const end = ++this.pos;
        const object = this.node('object', start, end, elements.length > 0 ? elements : undefined);
        return { nodes: [this.node('collection_value', start, end, [object])], start, end };
    }
    /** Whether the keyword is the next word (after trivia). */
    atKeyword(keyword) {
        this.trivia();
        return this.text.startsWith(keyword, this.pos) && !continuesWord(this.code(this.pos + keyword.length));
    }
    /** Consumes the keyword, or declines. */
    keyword(keyword) {
        if (!this.atKeyword(keyword))
            decline();
        const start = this.pos;
        this.pos += keyword.length;
        return start;
    }
    /**
     * `[for a, b in x : y if c]` or `{for a, b in x : k => v... if c}`, past the `[` or `{`: a
     * `for_expr` around a `for_tuple_expr` or `for_object_expr`.
     */
    forExpression(depth, start, object) {
        const introStart = this.keyword('for');
        this.trivia();
        const intro = [this.identifier()];
        this.trivia();
        if (this.code() === ch.comma) {
            this.pos++;
            this.trivia();
            intro.push(this.identifier());
        }
        this.keyword('in');
        intro.push(this.expression(depth + 1));
        const introEnd = this.expect(ch.colon);
        const children = [this.node('for_intro', introStart, introEnd, intro)];
        children.push(this.expression(depth + 1));
        if (object) {
            this.trivia();
            if (this.code() !== ch.equals || this.code(this.pos + 1) !== ch.greater)
                decline();
            this.pos += 2;
            children.push(this.expression(depth + 1));
            this.trivia();
            if (this.text.startsWith('...', this.pos))
                this.pos += 3;
        }
        if (this.atKeyword('if')) {
            const condStart = this.keyword('if');
            const condition = this.expression(depth + 1);
            children.push(this.node('for_cond', condStart, condition.endIndex, [condition]));
        }
        const end = this.expect(object ? ch.closeBrace : ch.closeSquare);
        const inner = this.node(object ? 'for_object_expr' : 'for_tuple_expr', start, end, children);
        return { nodes: [this.node('for_expr', start, end, [inner])], start, end };
    }
    /**
     * A quoted string, as the grammar's scanner reads it: blanks are skipped between chunks, so a
     * literal runs from its first to its last non-blank character. Without interpolations it is a
     * `string_lit` (a block label must be one); with them a `quoted_template`.
     */
    quoted(depth) {
        const start = this.pos;
        const { parts, interpolated } = this.template(depth, false);
        const end = this.pos;
        const children = parts.length > 0 ? parts : undefined;
        if (!interpolated)
            return this.literal('string_lit', start, end, children);
        const template = this.node('quoted_template', start, end, children);
        return { nodes: [this.node('template_expr', start, end, [template])], start, end };
    }
    /** A block's label in quotes: a `string_lit`, never a template. */
    label() {
        const start = this.pos;
        const { parts } = this.template(0, true);
        return this.node('string_lit', start, this.pos, parts.length > 0 ? parts : undefined);
    }
    /** A quoted string's parts, past its closing quote. */
    template(depth, label) {
        const text = this.text;
        this.pos++;
        const parts = [];
        let literalStart = -1;
        let literalEnd = -1;
        let interpolated = false;
        for (;;) {
            let c = text.charCodeAt(this.pos);
            while (c === ch.space || c === ch.tab || c === ch.cr)
                c = text.charCodeAt(++this.pos);
            if (c === ch.quote)
                break;
            let chunk;
            if (c === ch.dollar || c === ch.percent) {
                if (label)
                    decline();
                chunk = dollarOrPercentChunk(text, this.pos);
                if (chunk === 0) {
                    if (c === ch.percent)
                        decline();
                    if (literalStart >= 0)
                        parts.push(this.node('template_literal', literalStart, literalEnd));
                    literalStart = -1;
                    parts.push(this.interpolation(depth + 1));
                    interpolated = true;
                    continue;
                }
            }
            else if (c === ch.backslash)
                chunk = escapeLength(text, this.pos);
            // Printable ASCII first, with the plain characters after it: most of a string.
            else if (c > ch.space && c < 127)
                chunk = plainRunEnd(text, this.pos + 1, false) - this.pos;
            else if (c < ch.space || isOddSpace(c) || Number.isNaN(c))
                decline();
            else
                chunk = 1;
            if (literalStart < 0)
                literalStart = this.pos;
            this.pos += chunk;
            literalEnd = this.pos;
        }
        if (literalStart >= 0)
            parts.push(this.node('template_literal', literalStart, literalEnd));
        this.pos++;
        return { parts, interpolated };
    }
    /** `${ expression }`, at its `$`. */
    interpolation(depth) {
        const start = this.pos;
        this.pos += 2;
        this.templates++;
        const expression = this.expression(depth + 1);
        this.templates--;
        const end = this.expect(ch.closeBrace);
        return this.node('template_interpolation', start, end, [expression]);
    }
    /**
     * `<<ID` or `<<-ID`, blanks and a line break, lines, and `ID` alone on a line (blanks before and after it),
     * as the grammar's scanner reads it: every non-blank character is a chunk, and a line whose first
     * characters begin the marker is a chunk of those first.
     */
    heredoc(depth) {
        if (this.templates > 0)
            decline();
        const text = this.text;
        const start = this.pos;
        this.pos += this.code(start + 2) === ch.minus ? 3 : 2;
        const markerStart = this.pos;
        if (!startsWord(this.code()) && !isDigit(this.code()))
            decline();
        while (continuesWord(this.code()))
            this.pos++;
        const marker = text.slice(markerStart, this.pos);
        // Blanks may follow the marker (a CR line break), but nothing else on its line.
        while (isBlank(this.code()))
            this.pos++;
        if (this.code() !== ch.newline)
            decline();
        const parts = [];
        let literalStart = -1;
        let literalEnd = -1;
        for (;;) {
            let lineStart = false;
            let c = text.charCodeAt(this.pos);
            while (c === ch.space || c === ch.tab || c === ch.cr || c === ch.newline) {
                if (c === ch.newline)
                    lineStart = true;
                c = text.charCodeAt(++this.pos);
            }
            // Printable ASCII first, without a call: most of a heredoc's characters (and the plain ones after it, below).
            if (!(c > ch.space && c < 127) && (Number.isNaN(c) || c < ch.space || isOddSpace(c)))
                decline();
            let chunk = 1;
            if (c === ch.dollar || c === ch.percent) {
                chunk = dollarOrPercentChunk(text, this.pos);
                if (chunk === 0) {
                    if (c === ch.percent)
                        decline();
                    if (literalStart >= 0)
                        parts.push(this.node('template_literal', literalStart, literalEnd));
                    literalStart = -1;
                    parts.push(this.interpolation(depth + 1));
                    continue;
                }
            }
            else if (!lineStart)
                chunk = plainRunEnd(text, this.pos + 1, true) - this.pos;
            else {
                let matched = 0;
                while (matched < marker.length && text.charCodeAt(this.pos + matched) === marker.charCodeAt(matched))
                    matched++;
                if (matched === marker.length) {
                    let after = this.pos + matched;
                    while (isBlank(text.charCodeAt(after)))
                        after++;
                    const next = text.charCodeAt(after);
                    if (next === ch.newline) {
                        if (literalStart >= 0)
                            parts.push(this.node('template_literal', literalStart, literalEnd));
                        this.pos += matched;
                        break;
                    }
                    // The marker and more on its line: one chunk up to the character after the blanks.
                    if (Number.isNaN(next) || next > 127 || next < ch.space)
                        decline();
                    chunk = after + 1 - this.pos;
                }
                else
                    chunk = matched;
            }
            if (literalStart < 0)
                literalStart = this.pos;
            this.pos += chunk;
            literalEnd = this.pos;
        }
        const end = this.pos;
        const template = this.node('heredoc_template', start, end, parts.length > 0 ? parts : undefined);
        return { nodes: [this.node('template_expr', start, end, [template])], start, end };
    }
    /**
     * Nests each comment in the deepest node whose span holds its start, as `copyNamed` nests every
     * node by span: a node's span runs from its first token to its last, comments around it excluded.
     */
    placeComments(root) {
        let steps = this.nodeCount * placementStepsPerNode;
        const added = new Map();
        for (const comment of this.comments) {
            const at = comment.startIndex;
            let parent = root;
            for (;;) {
                const children = parent.children;
                let low = 0;
                let high = children.length;
                while (low < high) {
                    const middle = (low + high) >>> 1;
                    if (children[middle].startIndex < at)
                        low = middle + 1;
                    else
                        high = middle;
                }
                const holder = children[low - 1];
                if (!holder || holder.endIndex <= at)
                    break;
                parent = holder;
                if (--steps < 0)
                    decline();
            }
            const list = added.get(parent);
            if (list)
                list.push(comment);
            else
                added.set(parent, [comment]);
        }
        for (const [parent, comments] of added) {
            const merged = [];
            const children = parent.children;
            let index = 0;
            for (const comment of comments) {
                while (index < children.length && children[index].startIndex < comment.startIndex)
                    merged.push(children[index++]);
                merged.push(comment);
            }
            while (index < children.length)
                merged.push(children[index++]);
            parent.setChildren(merged.slice());
        }
    }
}

// EXTERNAL MODULE: ./src/formats/shared/parser-not-loaded.ts
var parser_not_loaded = __webpack_require__(8279);
;// CONCATENATED MODULE: ./src/formats/terraform/hcl.ts









let parser;
let language;
/** The named node types an error-free tree is copied with: every one but the delimiters. */
let copiedTypes = [];
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
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const beside = (0,external_node_path_.join)(dir, file.name);
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    for (;;) {
        const candidate = (0,external_node_path_.join)(dir, 'node_modules', file.packageDir, file.name);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error(`cannot find ${file.name}`);
        dir = parent;
    }
}
/** Loads tree-sitter and the Terraform grammar once, and only when a Terraform file the fast reader declines is scanned. */
function loadHcl() {
    loading ??= (async () => {
        await web_tree_sitter/* Parser */.iX.init({ wasmBinary: (0,external_node_fs_.readFileSync)(findWasm(wasmFiles.runtime)) });
        const loaded = await web_tree_sitter/* Language */.TM.load((0,external_node_fs_.readFileSync)(findWasm(wasmFiles.terraform)));
        const created = new web_tree_sitter/* Parser */.iX();
        created.setLanguage(loaded);
        const named = loaded.types.filter((type, id) => type && loaded.nodeTypeIsNamed(id) && !delimiterTypes.has(type));
        copiedTypes = [...new Set(named)];
        language = loaded;
        parser = created;
    })();
    return loading;
}
function isHclLoaded() {
    return parser !== undefined;
}
/**
 * Builds a tree whose nodes arrive depth first, in document order: a node's children gather on one
 * shared stack while it is open, and become its list (of their exact number) when it is closed.
 */
class TreeBuilder {
    withAnonymous;
    pending = [];
    /** For each open node, where its children start in `pending`. */
    starts = [];
    openNodes = [];
    constructor(withAnonymous) {
        this.withAnonymous = withAnonymous;
    }
    get depth() {
        return this.openNodes.length;
    }
    /** The innermost open node. */
    get current() {
        return this.openNodes[this.openNodes.length - 1];
    }
    /** Adds a node to the innermost open one and opens it. */
    open(node) {
        if (this.openNodes.length > 0)
            this.pending.push(node);
        this.openNodes.push(node);
        this.starts.push(this.pending.length);
    }
    /** Whether a named child so far of the innermost open node has this type. */
    currentHasNamedChild(type) {
        const start = this.starts[this.starts.length - 1] ?? 0;
        for (let index = start; index < this.pending.length; index++) {
            const child = this.pending[index];
            if (child?.isNamed && child.type === type)
                return true;
        }
        return false;
    }
    /** Closes the innermost open node: its children are now all known. */
    close() {
        const node = this.openNodes.pop();
        const start = this.starts.pop() ?? this.pending.length;
        if (node && start < this.pending.length)
            node.setChildren(this.pending.splice(start), this.withAnonymous);
    }
    /** Closes every open node, the root last. */
    finish() {
        while (this.openNodes.length > 0)
            this.close();
    }
}
/**
 * Named tokens that only delimit (`{`, `"`, `${`, `~`, `...`, a heredoc's `<<` and its marker): no reader
 * looks at them, so an error-free tree is copied without them.
 */
const delimiterTypes = new Set([
    'block_start',
    'block_end',
    'object_start',
    'object_end',
    'tuple_start',
    'tuple_end',
    'quoted_template_start',
    'quoted_template_end',
    'heredoc_start',
    'heredoc_identifier',
    'template_interpolation_start',
    'template_interpolation_end',
    'template_directive_start',
    'template_directive_end',
    'strip_marker',
    'ellipsis',
]);
/** A node type's name by its id, as tree-sitter names it, without a call into WebAssembly. */
function typeName(id) {
    return language?.types[id] || 'ERROR';
}
/**
 * Parses HCL into plain nodes: by the fast reader where it is sure of the text (most Terraform),
 * else by tree-sitter, whose tree is freed, and the parser reset, before returning.
 */
function parseHcl(text) {
    return readFastHcl(text) ?? parseWithTreeSitter(text);
}
/** The tree-sitter parse alone, for the fast reader's tests to compare with. */
function parseWithTreeSitter(text) {
    if (!parser)
        throw new parser_not_loaded/* ParserNotLoaded */.u('HCL');
    const tree = parser.parse(text);
    if (!tree)
        throw new Error('the HCL parser returned no tree');
    try {
        return (tree.rootNode.hasError ? undefined : copyNamed(tree, text)) ?? copyWithCursor(tree, text);
    }
    finally {
        // No parser state outlives the file: the tree's memory is freed and the parser starts afresh.
        tree.delete();
        parser.reset();
    }
}
/**
 * An error-free tree's named nodes but the delimiters, fetched in one call across the WebAssembly
 * boundary (in document order) and nested by their spans; two calls more per node, for its type and
 * its end, where a cursor walk takes seven. A node of no width would make the nesting ambiguous:
 * undefined then, for the cursor walk.
 */
function copyNamed(tree, text) {
    const rootNode = tree.rootNode;
    const root = new Node(text, rootNode.type, rootNode.startIndex, rootNode.endIndex, true, false, false);
    const builder = new TreeBuilder(false);
    builder.open(root);
    for (const found of rootNode.descendantsOfType(copiedTypes)) {
        if (found.id === rootNode.id)
            continue;
        const start = found.startIndex;
        const end = found.endIndex;
        if (end <= start)
            return undefined;
        const type = typeName(found.typeId);
        const node = new Node(text, type, start, end, true, false, false);
        // In document order a node nests in the latest open one that ends after it starts.
        while (builder.depth > 1 && (builder.current?.endIndex ?? 0) <= start)
            builder.close();
        // An object element is `key = value` (or `key: value`): its first expression is the key.
        if (builder.current?.type === 'object_elem' && type === 'expression')
            node.field = builder.currentHasNamedChild('expression') ? 'val' : 'key';
        builder.open(node);
    }
    builder.finish();
    return root;
}
/** Every node, anonymous tokens too when the tree has syntax errors, copied in one cursor walk. */
function copyWithCursor(tree, text) {
    const cursor = tree.walk();
    const keepAnonymous = tree.rootNode.hasError;
    // Every cursor property is a call into WebAssembly: read few.
    const make = (named) => {
        const type = typeName(cursor.nodeTypeId);
        return new Node(text, type, cursor.startIndex, cursor.endIndex, named, type === 'ERROR', keepAnonymous && cursor.nodeIsMissing);
    };
    const root = make(true);
    root.hasError = keepAnonymous;
    const builder = new TreeBuilder(keepAnonymous);
    builder.open(root);
    // Depth-first copy with an explicit stack, so deeply nested input cannot overflow the call stack.
    if (cursor.gotoFirstChild()) {
        walking: for (;;) {
            const named = cursor.nodeIsNamed;
            if (named || keepAnonymous) {
                const node = make(named);
                node.field = cursor.currentFieldId === 0 ? null : cursor.currentFieldName;
                builder.open(node);
                if (cursor.gotoFirstChild())
                    continue;
                builder.close();
            }
            while (!cursor.gotoNextSibling()) {
                if (!cursor.gotoParent())
                    break walking;
                builder.close();
                if (builder.depth === 0)
                    break walking;
            }
        }
    }
    builder.finish();
    cursor.delete();
    return root;
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
/**
 * The first named child of this type. An indexed loop, not `find` or `for\u2026of`: the readers call it for nearly
 * every node they meet, and on a cold scan most calls run unoptimised, where each of those costs a closure
 * call or an iterator. The walks over every node's children are indexed for the same reason.
 */
function firstChild(node, type) {
    if (!node)
        return undefined;
    const children = node.namedChildren;
    for (let index = 0; index < children.length; index++)
        if (children[index].type === type)
            return children[index];
    return undefined;
}
/**
 * A string literal's value, its escapes decoded; undefined for anything else, including a string with
 * `${\u2026}` interpolations.
 */
function literalString(expression) {
    const string = firstChild(firstChild(expression, 'literal_value'), 'string_lit');
    const parts = namedChildren(string);
    if (!string || parts.some((part) => part.type === 'template_interpolation'))
        return undefined;
    return parts
        .filter((part) => part.type === 'template_literal')
        .map((part) => decodeTemplateLiteral(part.text, false).text)
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
/**
 * `a.b.c` traversals inside an expression, with the node spanning each; given a `root`, only those
 * starting with it (`var`), so that no path is built for the others.
 */
function traversals(node, root) {
    const found = [];
    const visit = (current) => {
        const children = namedChildren(current);
        if (current.type === 'expression' &&
            children[0]?.type === 'variable_expr' &&
            (root === undefined || children[0].text === root)) {
            const path = [children[0].text];
            let end = children[0].endIndex;
            for (let index = 1; index < children.length; index++) {
                const child = children[index];
                if (child?.type !== 'get_attr')
                    break;
                path.push(child.text.replace(/^\./, ''));
                end = child.endIndex;
            }
            found.push({ path, start: children[0].startIndex, end });
        }
        for (let index = 0; index < children.length; index++)
            visit(children[index]);
    };
    visit(node);
    return found;
}

// EXTERNAL MODULE: ./src/model/kinds.ts
var kinds = __webpack_require__(522);
// EXTERNAL MODULE: ./src/common/plain-data.ts
var plain_data = __webpack_require__(1630);
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

;// CONCATENATED MODULE: ./src/formats/terraform/blocks.ts

function readBlock(node) {
    const children = namedChildren(node);
    // Every block of every file is read so, mostly unoptimised: one indexed loop, no intermediate list.
    const labels = [];
    for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (child.type === 'string_lit' || (child.type === 'identifier' && index > 0))
            labels.push(child.text.replace(/^"|"$/g, ''));
    }
    const body = firstChild(node, 'body');
    const attributes = new Map();
    const blocks = [];
    const items = namedChildren(body);
    for (let index = 0; index < items.length; index++) {
        const child = items[index];
        if (child.type === 'attribute') {
            const name = firstChild(child, 'identifier')?.text;
            const expression = firstChild(child, 'expression');
            if (name && expression)
                attributes.set(name, child);
        }
        else if (child.type === 'block')
            blocks.push(readBlock(child));
    }
    // Blocks live until the join: lists grown by `push` (room for 16 more) are kept as exact-length copies.
    return { node, type: children[0]?.text ?? '', labels: labels.slice(), attributes, blocks: blocks.slice() };
}
/** How a block's use is labelled, by the file reader and the join alike: resources by address, the AWS provider by name, others by keyword and labels. */
function blockLabel(block) {
    const [type = '', name = ''] = block.labels;
    if (block.type === 'resource')
        return `${type}.${name}`;
    if (block.type === 'provider' && type === 'aws')
        return 'provider "aws"';
    return `${block.type} ${block.labels.join(' ')}`.trim();
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
class Evaluator {
    configuration;
    limits;
    steps = 0;
    depth = 0;
    memo = new Map();
    inProgress = new Set();
    /** The readers ask for the same slot's values up to four times (its context, its kind, its source, its flows). */
    asked = new Map();
    constructor(configuration, limits = defaultEvaluationLimits) {
        this.configuration = configuration;
        this.limits = limits;
    }
    /** Yields of `expression`, written in `source`; `forEach` is the enclosing block's `for_each`, for `each.value`. */
    yields(expression, source, forEach) {
        const again = this.askedAgain(expression, source, forEach);
        if (again)
            return again;
        const scope = source.scope;
        const bindings = forEach ? eachBinding(forEach, source) : undefined;
        const found = [];
        const visits = this.walk([{ node: expression, source, scope, path: [], bindings, slot: undefined, partial: false }], found);
        found.sort(bySourceAndStart);
        // A walk cut short by the budget is not kept: asked again, it finds nothing more, as before.
        if (this.steps <= this.limits.maxSteps)
            this.asked.set(expression, { source, forEach, yields: found, visits });
        return found.slice();
    }
    /**
     * The yields of an expression asked for before, when asking again would find them unchanged: its own
     * walk visits the same nodes again, and every definition it reaches answers from the memo. The budget is
     * spent as that walk would spend it; when it would run out, the walk is made, and stops where it did.
     */
    askedAgain(expression, source, forEach) {
        const asked = this.asked.get(expression);
        if (!asked || asked.source !== source || asked.forEach !== forEach)
            return undefined;
        if (this.steps + asked.visits > this.limits.maxSteps)
            return undefined;
        this.steps += asked.visits;
        return asked.yields.slice();
    }
    /** Walks from the initial work, adding what it finds to `found`; returns how many nodes it visited itself. */
    walk(initial, found) {
        const stack = [...initial];
        let visits = 0;
        for (let work = stack.pop(); work; work = stack.pop()) {
            if (++this.steps > this.limits.maxSteps)
                break;
            visits++;
            this.visit(work, stack, found);
        }
        return visits;
    }
    visit(work, stack, found) {
        const { node, path } = work;
        const push = (next, change = {}) => stack.push({ ...work, node: next, ...change });
        const children = namedChildren(node);
        switch (node.type) {
            case 'expression': {
                const head = children[0];
                if (!head)
                    return;
                const steps = postfixSteps(children, path);
                if (head.type === 'variable_expr')
                    this.traversal(work, head, children, steps, stack, found);
                else
                    push(head, { path: steps });
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
        // The value Terraform builds: literal parts with their escapes decoded, interpolations as written.
        const heredoc = node.type === 'heredoc_template';
        const texts = parts.map((part) => part.type === 'template_literal' ? decodeTemplateLiteral(part.text, heredoc).text : part.text);
        const literalText = texts.filter((_, index) => parts[index]?.type === 'template_literal');
        if (interpolations.length === 1 && literalText.join('').trim() === '') {
            const inner = firstChild(interpolations[0], 'expression');
            if (inner)
                push(inner);
            return;
        }
        const at = { source: work.source, start: node.startIndex, end: node.endIndex };
        for (const { value, opaque } of this.renderings(parts, texts, work.bindings))
            found.push({ kind: 'literal', value, opaque, node, at, slot: work.slot, partial: work.partial });
        for (const interpolation of interpolations) {
            const inner = firstChild(interpolation, 'expression');
            if (inner)
                push(inner, { path: [], partial: true });
        }
        // Interpolations inside `%{ if }` and `%{ for }` directives.
        for (const directive of namedChildren(node).filter((child) => child.type === 'template_directive'))
            push(directive, { path: [], partial: true });
    }
    /**
     * A template's values as Terraform renders them: a name bound by `for \u2026 in` a list of string literals
     * is each of them (`[for p in ["user/a", "user/b"] : "arn:\u2026:${p}"]` is two ARNs); other
     * interpolations stay as written, and make the value opaque.
     */
    renderings(parts, texts, bindings) {
        let rendered = [{ value: '', opaque: false }];
        parts.forEach((part, index) => {
            const text = texts[index] ?? '';
            const choices = part.type === 'template_interpolation' ? boundLiterals(part, bindings) : undefined;
            const opaque = part.type === 'template_interpolation' && !choices;
            const next = rendered.flatMap((done) => (choices ?? [text]).map((choice) => ({ value: done.value + choice, opaque: done.opaque || opaque })));
            // A product of many lists would not be bounded: past a few renderings the template stays as written.
            rendered = next.length <= maxRenderings ? next : [{ value: texts.join(''), opaque: true }];
        });
        return rendered;
    }
    /** `root.a[0].b`: a resource, a local, a variable, a module output or a bound name. */
    traversal(work, head, children, path, stack, found) {
        const root = head.text;
        // From the head to its last step (`children` is the expression's: the head, then its steps).
        const at = { source: work.source, start: head.startIndex, end: children[children.length - 1].endIndex };
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
            resolved(this.definition({ scope: work.scope, kind: 'local', name }, path.slice(1)));
        else if (root === 'var')
            resolved(this.definition({ scope: work.scope, kind: 'var', name }, path.slice(1)));
        else if (root === 'module') {
            // `module.m[0].out`: the instance index selects nothing here; every instance has the same outputs.
            let rest = path.slice(1);
            while (rest[0] && 'index' in rest[0])
                rest = rest.slice(1);
            const output = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
            const outputs = output ? [output] : this.outputsOf(work.scope, name);
            for (const each of outputs)
                resolved(this.definition({ scope: work.scope, kind: 'module', name, output: each }, output ? rest.slice(1) : rest));
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
            const { scope, slot, partial } = work;
            found.push({ kind: 'resource', scope, type, name: resourceName, attribute, at, slot, partial });
        }
    }
    outputsOf(scope, moduleName) {
        const called = this.configuration.folder(scope)?.moduleCalls.get(moduleName)?.folder;
        const folder = called ? this.configuration.folder(called) : undefined;
        return folder ? [...folder.outputs.keys()] : [];
    }
    /** A local, variable or module output, evaluated once per path; cycles and deep chains yield nothing more. */
    definition(symbol, path) {
        // Every part is a name from the checkout: the key is their JSON, which no name can cut.
        const key = JSON.stringify([symbol.scope, symbol.kind, symbol.name, symbol.output ?? null, path]);
        const known = this.memo.get(key);
        if (known)
            return known;
        if (this.inProgress.has(key) || this.depth >= this.limits.maxDepth)
            return [];
        this.inProgress.add(key);
        this.depth++;
        try {
            const work = this.definitionsOf(symbol).map(({ definition, forEach }) => ({
                node: definition.expression,
                source: definition.source,
                scope: definition.source.scope,
                path,
                bindings: forEach ? eachBinding(forEach, definition.source) : undefined,
                slot: undefined,
                partial: false,
            }));
            const found = [];
            this.walk(work, found);
            const yields = found.slice(0, this.limits.maxYields);
            this.memo.set(key, yields);
            return yields;
        }
        finally {
            this.depth--;
            this.inProgress.delete(key);
        }
    }
    definitionsOf(symbol) {
        const { scope, kind, name } = symbol;
        const folder = this.configuration.folder(scope);
        if (!folder)
            return [];
        if (kind === 'local') {
            const local = folder.locals.get(name);
            return local ? [{ definition: local }] : [];
        }
        if (kind === 'var') {
            const variable = name;
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
        const called = folder.moduleCalls.get(name)?.folder;
        const outputBlock = called ? this.configuration.folder(called)?.outputs.get(symbol.output ?? '') : undefined;
        const expression = outputBlock ? attributeExpression(outputBlock.block, 'value') : undefined;
        return outputBlock && expression ? [{ definition: { source: outputBlock.source, expression } }] : [];
    }
}
/**
 * The steps of an expression's postfix nodes (its children after the head), then the steps still to take:
 * one list, built without the intermediate ones, as every expression the evaluator meets makes it.
 */
function postfixSteps(children, path) {
    const steps = [];
    for (let index = 1; index < children.length; index++) {
        const stepsOfChild = stepsOf(children[index]);
        for (let step = 0; step < stepsOfChild.length; step++)
            steps.push(stepsOfChild[step]);
    }
    for (let index = 0; index < path.length; index++)
        steps.push(path[index]);
    return steps;
}
/** Yields in the order they are written: by file, then by offset. */
function bySourceAndStart(a, b) {
    // By code unit, not `localeCompare`: that follows the machine's locale (LANG=lt_LT puts `y` before `j`),
    // and the order decides which yield a finding names, so one checkout must give one report everywhere.
    const pathA = a.at.source.path;
    const pathB = b.at.source.path;
    return (pathA === pathB ? 0 : pathA < pathB ? -1 : 1) || a.at.start - b.at.start;
}
function eachBinding(forEach, source) {
    return { name: 'each', collection: forEach, source, scope: source.scope, outer: undefined };
}
/** How many values one template may render to, from names bound over literal lists. */
const maxRenderings = 16;
/** The string literals an interpolation `${name}` stands for, when `name` is bound over a list of them. */
function boundLiterals(interpolation, bindings) {
    const inner = namedChildren(firstChild(interpolation, 'expression'));
    if (inner.length !== 1 || inner[0]?.type !== 'variable_expr')
        return undefined;
    const name = inner[0].text;
    for (let binding = bindings; binding; binding = binding.outer) {
        if (binding.name !== name)
            continue;
        const tuple = firstChild(firstChild(binding.collection, 'collection_value'), 'tuple');
        const elements = namedChildren(tuple).filter((child) => child.type === 'expression');
        const literals = elements.map(literalString);
        return elements.length > 0 && literals.every((literal) => literal !== undefined)
            ? literals
            : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/terraform/json.ts

/** Block types whose JSON form nests one object per label (`resource` \u2192 type \u2192 name). */
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
    const attributeNode = (entry) => propertyNode(text, entry);
    const jsonBlock = (element, type, labels, body) => {
        const attributes = new Map();
        for (const entry of json_entries(body))
            attributes.set(entry.key, attributeNode(entry));
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
    return { blocks, attributes: top.map(attributeNode) };
}
/** A block body, or each body of a list of them (`"provider": {"aws": [{\u2026}, {\u2026}]}`). */
function bodies(value) {
    const tuple = firstChild(firstChild(value, 'collection_value'), 'tuple');
    return tuple ? namedChildren(tuple).filter((child) => child.type === 'expression') : [value];
}
/**
 * An `attribute` node standing for a JSON property, so readers of HCL attributes read it alike: its
 * name as an `identifier` (the key without its quotes) and its value as the expression.
 */
function propertyNode(text, { element, keyNode, value }) {
    const attribute = new Node(text, 'attribute', element.startIndex, element.endIndex, true, false, false);
    const quoted = keyNode.text.startsWith('"') && keyNode.text.endsWith('"') && keyNode.text.length >= 2;
    const name = quoted
        ? new Node(text, 'identifier', keyNode.startIndex + 1, keyNode.endIndex - 1, true, false, false)
        : new Node(text, 'identifier', keyNode.startIndex, keyNode.endIndex, true, false, false);
    attribute.setChildren([name, value]);
    return attribute;
}
function json_entries(object) {
    const inner = firstChild(firstChild(object, 'collection_value'), 'object');
    return namedChildren(inner).flatMap((element) => {
        const key = element.childForFieldName('key');
        const value = element.childForFieldName('val');
        if (element.type !== 'object_elem' || !key || !value)
            return [];
        return [{ key: key.text.replace(/^"|"$/g, ''), keyNode: key, value, element }];
    });
}

;// CONCATENATED MODULE: ./src/formats/terraform/source.ts




/** A file's module folder, which scopes the names it declares: `.` for the checkout's top folder. */
function folderOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '.' : path.slice(0, slash);
}
/** What names a declaration across the configuration: `modules/mail::aws_iam_user.smtp`. */
function keyOf(scope, address) {
    return `${scope}::${address}`;
}
/** One parsed Terraform file of a configuration: its text, tree and offsets-to-lines index. */
class TerraformSource {
    path;
    text;
    root;
    prefix;
    lines;
    read;
    /** The module folder the file belongs to. */
    scope;
    /**
     * `text` is what was parsed; `prefix` characters were put before the file's own text (a `.tf.json`
     * file is parsed as the value of an attribute), so offsets are the parsed text's and spans the file's.
     */
    constructor(path, text, root, prefix = 0) {
        this.path = path;
        this.text = text;
        this.root = root;
        this.prefix = prefix;
        this.scope = folderOf(path);
    }
    /** Read once, for the file's own reader and for the configuration. */
    get topLevel() {
        this.read ??= this.prefix > 0 ? readJsonConfiguration(this.root, this.text) : topLevel(this.root);
        return this.read;
    }
    span(start, end) {
        this.lines ??= new shared_lines/* LineIndex */.rr(this.text.slice(this.prefix));
        return this.lines.span(Math.max(0, start - this.prefix), Math.max(0, end - this.prefix));
    }
    nodeSpan(node) {
        return this.span(node.startIndex, node.endIndex);
    }
    get isVariablesFile() {
        return /\.tfvars(?:\.json)?$/i.test(this.path);
    }
}
/**
 * Terraform's JSON syntax read with the HCL grammar: a JSON document is an HCL object, and its strings
 * are templates whose `${\u2026}` are expressions, as Terraform reads them. The file is parsed as the value
 * of an attribute; the source maps offsets back to the file.
 */
function parseJsonSource(path, text) {
    const prefix = 'x=';
    return new TerraformSource(path, prefix + text, parseHcl(prefix + text), prefix.length);
}
function topLevel(root) {
    const nodes = namedChildren(firstChild(root, 'body'));
    return {
        blocks: nodes.filter((node) => node.type === 'block').map(readBlock),
        attributes: nodes.filter((node) => node.type === 'attribute'),
    };
}

;// CONCATENATED MODULE: ./src/formats/terraform/access-keys.ts

/** What each attribute of `aws_iam_access_key` is. */
const attributeKinds = new Map([
    ['id', 'access-key-id'],
    ['secret', 'secret-access-key'],
    ['ses_smtp_password_v4', 'smtp-password'],
    ['ses_smtp_password', 'smtp-password-v2'],
]);
/** An access key's value a yield reaches (`aws_iam_access_key.k.secret`): its kind; undefined for anything else. */
function accessKeyValueKind(item) {
    return item.type === 'aws_iam_access_key' && item.attribute !== undefined
        ? attributeKinds.get(item.attribute)
        : undefined;
}
/** The secret an access key's value holds: the whole object holds its secret; the key ID is no secret. */
function accessKeySecretKind(item) {
    if (item.type !== 'aws_iam_access_key')
        return undefined;
    if (item.attribute === undefined)
        return 'secret-access-key';
    return item.attribute === 'id' ? undefined : attributeKinds.get(item.attribute);
}
/** The access key a yield reaches, keyed as the IAM facts key it. */
function accessKeyKeyOf(item) {
    return keyOf(item.scope, `aws_iam_access_key.${item.name}`);
}

;// CONCATENATED MODULE: ./src/formats/terraform/exposures.ts



/**
 * Where a configuration hands an access key's secret or SMTP password to a readable place: an
 * output without `sensitive = true` (or with `nonsensitive(\u2026)`), a plain `String` SSM parameter.
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
        const kind = item.kind === 'resource' ? accessKeySecretKind(item) : undefined;
        if (item.kind !== 'resource' || !kind)
            continue;
        const what = `${label} (${exposures_describe(item, placed.source.scope)})`;
        exposed.set(what, {
            file: placed.source.path,
            span: placed.source.nodeSpan(attribute),
            kind,
            channel,
            what,
            nonsensitive,
            accessKeyKey: accessKeyKeyOf(item),
        });
    }
    return [...exposed.values()];
}
/** `aws_iam_access_key.k.secret`, the whole object, and the module folder when the key is declared elsewhere. */
function exposures_describe(item, folder) {
    const address = `aws_iam_access_key.${item.name}`;
    const what = item.attribute ? `${address}.${item.attribute}` : `the whole ${address}: its secret and SMTP password`;
    return folder === item.scope ? what : `${what}, in module ${item.scope}`;
}
/** A call of `name(\u2026)` anywhere in the tree (searched with a stack: deep expressions cannot overflow it). */
function callsFunction(root, name) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === 'function_call' && firstChild(node, 'identifier')?.text === name)
            return true;
        const children = node.namedChildren;
        for (let index = 0; index < children.length; index++)
            stack.push(children[index]);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/formats/terraform/policy.ts


const anyResource = { text: '*', expressions: [], whole: false };
/**
 * A JSON policy in a string or heredoc with `${\u2026}` interpolations: each interpolation is read as an
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
    const source = new yaml/* YamlSource */.rC(file, text);
    const document = source.documents[0]?.contents;
    if (source.documents.length !== 1 || source.problems().length > 0)
        return [];
    const valueOf = (node) => {
        if (!(0,yaml/* isScalar */.jn)(node) || !node.range)
            return undefined;
        const [start, end] = node.range.map(original);
        const inside = interpolations.filter((child) => child.startIndex >= start && child.endIndex <= end);
        const written = fileText.slice(start, end).replace(/^"|"$/g, '');
        const expressions = inside.flatMap((child) => firstChild(child, 'expression') ?? []);
        const whole = inside.length === 1 && written.trim() === inside[0]?.text;
        return { text: inside.length > 0 ? written : ((0,yaml/* scalarText */.ws)(node) ?? written), expressions, whole };
    };
    const values = (node) => ((0,yaml/* isScalar */.jn)(node) ? [node] : (0,yaml/* seqItems */.Sg)(node)).flatMap((item) => valueOf(item) ?? []);
    const statementNode = (0,yaml/* getValue */._W)(document, 'Statement');
    const statements = [];
    for (const statement of (0,yaml/* isMap */.jh)(statementNode) ? [statementNode] : (0,yaml/* seqItems */.Sg)(statementNode)) {
        const actionPair = (0,yaml/* getPair */.xf)(statement, 'Action') ?? (0,yaml/* getPair */.xf)(statement, 'NotAction');
        const range = actionPair?.key.range;
        if (!actionPair || !range)
            continue;
        const resource = (0,yaml/* getValue */._W)(statement, 'Resource') ?? (0,yaml/* getValue */._W)(statement, 'NotResource');
        statements.push({
            start: original(range[0]),
            end: original(range[1]),
            effect: (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(statement, 'Effect')) === 'Deny' ? 'Deny' : 'Allow',
            notAction: (0,yaml/* scalarText */.ws)(actionPair.key) === 'NotAction',
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
    // Only the template's own line is blanked before it, which keeps its column: the lines above would be
    // blank lines, which YAML reads as nothing, and blanking them cost each template the file's length
    // (quadratic in a file of many policies).
    const lineStart = from > 0 ? fileText.lastIndexOf('\n', from - 1) + 1 : 0;
    let text = ' '.repeat(from - lineStart);
    const origin = Array.from({ length: from - lineStart }, (_, i) => lineStart + i);
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
/** `jsonencode({ Statement = [{ Effect = \u2026, Action = [\u2026], Resource = \u2026 }] })`, read from the HCL object. */
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
        // The evidence is the whole `Action = [\u2026]` element.
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
    const user = (0,iam/* singleUserName */.Jk)(value);
    return { label: value, userKeys: user ? named('user', user) : [], singleUser: user !== undefined };
}
function resourceTarget(item) {
    const isUser = item.type === 'aws_iam_user';
    return {
        label: `${item.type}.${item.name}`,
        userKeys: isUser ? [keyOf(item.scope, `${item.type}.${item.name}`)] : [],
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
    // A piece of a larger string (`${local.partition}` in an ARN) is no target of its own.
    const targets = yields
        .filter((item) => !item.partial)
        .map((item) => (item.kind === 'resource' ? resourceTarget(item) : literalTarget(item.value, named)));
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
/**
 * IAM as a Terraform configuration declares it, every value read through the evaluator: principals,
 * keys, login profiles, policies (documents, JSON with interpolations, `jsonencode`) and the bindings
 * between them, across module folders.
 */
class TerraformIam {
    configuration;
    evaluator;
    iam = (0,model_iam/* emptyIam */.zq)();
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
        const key = keyOf(placed.source.scope, `${type}.${name}`);
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
        const { scope } = source;
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
        const call = this.configuration.folder(placed.source.scope)?.moduleCalls.get(placed.block.labels[0] ?? '');
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
                if (arn && (0,managed_policies/* managedPolicyStatement */.d)(arn))
                    this.iam.bindings.push({ file: placed.source.path, span, principalKey, managedPolicyArn: arn });
            }
        }
    }
}
function isAttachment(block) {
    const type = block.labels[0] ?? '';
    return block.type === 'resource' && /^aws_iam_(?:(?:user|role|group)_)?policy_attachment$/.test(type);
}
/** The statements of a policy document written as a template (JSON text) or a `jsonencode(\u2026)` call. */
function documentStatements(node, source) {
    if (node.type === 'function_call') {
        const argument = namedChildren(firstChild(node, 'function_arguments')).find((child) => child.type === 'expression');
        return argument ? statementsFromObject(argument) : [];
    }
    return statementsFromTemplate(node, source.text, source.path);
}

;// CONCATENATED MODULE: ./src/formats/terraform/configuration.ts




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
/** The folder a local module source names, from the calling folder; undefined for any other source. */
function localModuleFolder(caller, source) {
    return source !== undefined && isLocalModuleSource(source)
        ? external_node_path_.posix.normalize(external_node_path_.posix.join(caller, source)).replace(/\/$/, '')
        : undefined;
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
    add(source) {
        const path = source.scope;
        let folder = this.folders.get(path);
        if (!folder) {
            folder = emptyFolder(path);
            this.folders.set(path, folder);
        }
        folder.sources.push(source);
        const { blocks, attributes } = source.topLevel;
        if (source.isVariablesFile)
            for (const attribute of attributes)
                addTfvar(folder, source, attribute);
        for (const block of blocks) {
            folder.blocks.push({ source, block });
            addBlock(folder, source, block);
        }
    }
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
            const called = localModuleFolder(folder.path, sourceText);
            folder.moduleCalls.set(first, { source, block, name: first, caller: folder.path, sourceText, folder: called });
            return;
        }
    }
}
/**
 * `module "m"` whose source is a registry, git or other remote address: only module folders of the
 * checkout are read, so the note says which calls the flows stop at.
 */
function notFollowedNote(block) {
    if (block.type !== 'module')
        return undefined;
    const source = literalString(attributeExpression(block, 'source'));
    if (source === undefined || isLocalModuleSource(source))
        return undefined;
    const [name = ''] = block.labels;
    return `module "${name}" is not followed: its source ${(0,values/* scrubCredentials */.Q8)(source)} is not a folder of the checkout, so flows through it are not read`;
}

;// CONCATENATED MODULE: ./src/formats/terraform/slots.ts


/** Slot names that say nothing of what they hold: the holder's name says it instead (`output "smtp_password" { value = \u2026 }`). */
const genericNames = /^(?:value|values|plaintext|secret_string|secret_value|secret_binary|insecure_value|content)$/i;
/** Names that, with SMTP beside them, are its user name or password (`username`, `password`, `pass`, `secret`). */
const userWords = /^(?:user|username|login|smtp_login)$/i;
const passwordWords = /^(?:pass|password|passwd|secret|smtp_secret)$/i;
/** `smtp_user_secret`, `smtp_user_pass`: an SMTP name ending in a secret's word is the password, not the user. */
const endsInSecretWord = /(?:^|[_.-])(?:secret|password|pass|passwd|pwd)$/i;
/** A host written anywhere in an expression (literal, `${var.region}`, `${data.aws_region.current.name}`, a URL). */
const sesHostAnyForm = /email-smtp(?:-fips)?\.(?:[a-z0-9-]+|\$\{[^}\n]{1,200}\})\.amazonaws\.com/i;
/**
 * Siblings that make a container's user and password slots SMTP ones: an SES host in any form (its
 * region from a variable, a data source or an expression), or an output's name (`output "smtp"`).
 * Another provider's host, with no SES host, makes them that provider's.
 */
function smtpContextOf(container, evaluator, source, classify) {
    if ('context' in container)
        return container.context;
    const literals = container.entries.flatMap((entry) => evaluator.yields(entry.expression, source).flatMap((item) => (item.kind === 'literal' ? [item.value] : [])));
    const written = container.entries.map((entry) => entry.expression.text);
    if ([...literals, ...written].some((text) => (0,endpoints/* findSesSmtpHosts */.Sl)(text).length > 0 || sesHostAnyForm.test(text)))
        return 'ses';
    if (literals.some((value) => (0,endpoints/* findOtherSmtpProvider */.lI)(value) !== undefined))
        return 'other';
    if (!container.output || container.holder === undefined)
        return undefined;
    return /smtp/i.test(container.holder) && classify(container.holder) === undefined ? 'ses' : undefined;
}
/** The name that says a slot's kind: its own, or its holder's when its own says nothing (`value`). */
function slotName(entry, holder) {
    return genericNames.test(entry.name) && holder !== undefined ? holder : entry.name;
}
/**
 * The kind a slot takes, strongest first: its own name (`smtp_password`; `smtp_user_secret` is the
 * password), the holder's name for a slot named for nothing (`value` of `output "smtp_password"`), and
 * its siblings: beside SMTP, `username` and `password` are SMTP's.
 */
function slotKindOf(entry, holder, context, classify) {
    const named = slotName(entry, holder);
    const kind = classify(named)?.kind;
    if (kind === 'smtp-username' && endsInSecretWord.test(named))
        return 'smtp-password';
    if (kind !== undefined && kind !== 'ambiguous')
        return kind;
    if (context !== 'ses')
        return kind;
    if (userWords.test(named))
        return 'smtp-username';
    if (passwordWords.test(named))
        return 'smtp-password';
    return kind;
}
/**
 * The name a holder gives its value: an output's label, a parameter's or secret's name (its last path
 * segments, `/app/smtp/password` \u2192 `smtp_password`), a module's label, else the resource's name.
 */
function holderName(block) {
    const [first, second] = block.labels;
    if (block.type === 'output' || block.type === 'module')
        return first;
    if (block.type !== 'resource')
        return undefined;
    const path = literalString(firstChild(block.attributes.get('name'), 'expression'));
    const segments = path?.split('/').filter((segment) => segment !== '' && !segment.includes('${')) ?? [];
    const named = segments.slice(-2).join('_');
    return named !== '' ? named : second;
}
/** A slot named for nothing (`value`, `secret_string`): what holds it names it. */
function isGenericSlot(name) {
    return genericNames.test(name);
}

;// CONCATENATED MODULE: ./src/formats/terraform/smtp-urls.ts


/** An interpolation's place in a template's text, as a mark no template literal holds. */
const mark = (index) => `\u0000${index}\u0001`;
const userInfo = /smtps?:\/\/\u0000(\d+)\u0001:\u0000(\d+)\u0001@([^\s/"]*)/gi;
const smtp_urls_sesHostAnyForm = /^\[?email-smtp(?:-fips)?\.(?:[a-z0-9-]+|\$\{[^}]{1,200}\})\.amazonaws\.com/i;
/**
 * The user-info of `smtp://${user}:${password}@host` templates in a block: a URL's consumer schema says
 * which is the user name and which the password; its host says whose SMTP it is (SES in any form, another
 * provider's, or one the file does not name).
 */
function smtpUrlSlots(block) {
    const found = [];
    const stack = [block.node];
    for (let node = stack.pop(); node; node = stack.pop()) {
        let interpolated = false;
        const children = node.namedChildren;
        for (let index = 0; index < children.length; index++) {
            const child = children[index];
            if (child.type === 'template_interpolation')
                interpolated = true;
            // A leaf has no parts to look at: it is not pushed, to be popped for nothing.
            if (child.namedChildren.length > 0)
                stack.push(child);
        }
        // Only a template with an interpolation can hold `${user}:${password}`: no list is made for the rest.
        if (interpolated)
            found.push(...urlsIn(namedChildren(node).filter((child) => child.type === 'template_literal' || child.type === 'template_interpolation')));
    }
    return found;
}
function urlsIn(parts) {
    const expressions = [];
    let text = '';
    for (const part of parts) {
        if (part.type === 'template_literal') {
            text += part.text;
            continue;
        }
        const expression = firstChild(part, 'expression');
        if (!expression)
            continue;
        text += mark(expressions.length);
        expressions.push(expression);
    }
    if (!/smtps?:\/\//i.test(text))
        return [];
    return [...text.matchAll(userInfo)].flatMap((match) => {
        const user = expressions[Number(match[1])];
        const password = expressions[Number(match[2])];
        if (!user || !password)
            return [];
        const host = (match[3] ?? '').replace(/\u0000(\d+)\u0001/g, (_, index) => `\${${expressions[Number(index)]?.text ?? ''}}`);
        const ses = (0,endpoints/* findSesSmtpHosts */.Sl)(host).length > 0 || smtp_urls_sesHostAnyForm.test(host);
        const entries = [
            { name: 'smtp_username', expression: user },
            { name: 'smtp_password', expression: password },
        ];
        return [{ entries, holder: 'smtp_url', context: ses ? 'ses' : (0,endpoints/* findOtherSmtpProvider */.lI)(host) ? 'other' : undefined }];
    });
}

;// CONCATENATED MODULE: ./src/formats/terraform/kms-consumers.ts
/** How an output refers to a KMS ciphertext. */
const reference = 'aws_kms_ciphertext.';
/** `\w`: what `\b` tells from the rest. */
function isWord(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
/** A character a kept name can hold: `\w` or `-`. */
function isNameChar(code) {
    return isWord(code) || code === 45;
}
/**
 * Which output names each KMS ciphertext: each name (already kept to `[\w-]`) \u2192 the index of the first text
 * that `\baws_kms_ciphertext\.NAME\b` finds, for those some text does; one pass over the texts for all the
 * names. That expression, made for each `aws_kms_ciphertext` block and tried on every output, was quadratic
 * in a module of many of both (8 000 of each over four files: 3.3 s).
 */
function firstReferringTexts(names, texts) {
    const root = { children: new Map() };
    for (const name of names) {
        let node = root;
        for (let at = 0; at < name.length; at++) {
            const code = name.charCodeAt(at);
            let child = node.children.get(code);
            if (!child)
                node.children.set(code, (child = { children: new Map() }));
            node = child;
        }
        node.name = name;
    }
    const found = new Map();
    for (let index = 0; index < texts.length; index++) {
        const text = texts[index];
        for (let at = text.indexOf(reference); at >= 0; at = text.indexOf(reference, at + 1)) {
            if (at > 0 && isWord(text.charCodeAt(at - 1)))
                continue;
            // Along the names that the characters after the reference spell: a name is referred to where a word ends
            // after it (`\b`). The walk stays inside the run of name characters after this reference, and the
            // runs after two references do not overlap: linear in the text.
            const start = at + reference.length;
            let node = root;
            for (let position = start; node; position++) {
                const next = position < text.length ? text.charCodeAt(position) : -1;
                if (node.name !== undefined && !found.has(node.name)) {
                    const lastIsWord = position > start && isWord(text.charCodeAt(position - 1));
                    if (lastIsWord !== (next >= 0 && isWord(next)))
                        found.set(node.name, index);
                }
                node = next >= 0 && isNameChar(next) ? node.children.get(next) : undefined;
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/formats/terraform/smtp-user-names.ts






/**
 * Objects and block bodies that hold an SES SMTP user name slot (`smtp_username`, `SMTP_USER`) next to an
 * SMTP password slot, an access key's SMTP password or an SES SMTP host, and whose user name can be an
 * IAM user's name, an e-mail address or a literal that is not an access key ID; and SMTP slots whose
 * value comes from an IAM resource of the wrong kind, which only SES would take: an IAM user's name as the
 * SMTP user name, an access key's raw `.secret` as the SMTP password. Outputs and parameters are slots too,
 * named by their holder (`output "smtp_password"`, `aws_ssm_parameter.smtp_password`, `/app/smtp/password`).
 */
function readWrongSmtpUserNames(configuration, evaluator, classify) {
    const found = new Map();
    const secrets = new Map();
    for (const folder of configuration.folders.values()) {
        const consumers = kmsConsumers(folder);
        for (const { source, block } of folder.blocks) {
            const holder = consumerName(consumers, block) ?? holderName(block);
            let carries;
            const carriesSmtpPassword = () => (carries ??= yieldsSmtpPassword(block, source, evaluator));
            for (const container of containers(block, holder).concat(smtpUrlSlots(block))) {
                // Most objects hold no slot an SMTP credential could take: they are not evaluated.
                if (!mayHoldSmtpSlot(container, classify))
                    continue;
                const context = smtpContextOf(container, evaluator, source, classify);
                // Another provider's host (`smtp.mailgun.org`) makes the slots its own.
                if (context === 'other')
                    continue;
                const holder = holderOf(container, evaluator, source, classify);
                const entries = container.entries.map((entry) => ({
                    ...entry,
                    kind: slotKindOf(entry, holder, context, classify),
                    slot: slotName(entry, holder),
                }));
                check(entries, source, evaluator, found, context === 'ses');
                checkIamSources(entries, source, evaluator, { userNames: found, secrets }, carriesSmtpPassword);
            }
        }
    }
    return { userNames: [...found.values()], secrets: [...secrets.values()] };
}
/**
 * Slots named for an SMTP user name or password whose value is an IAM resource attribute of the wrong
 * kind. The value's source says it is AWS's, so the slot can only be SES's: no sibling is needed.
 */
function checkIamSources(entries, source, evaluator, found, carriesSmtpPassword) {
    for (const entry of entries) {
        const kind = entry.kind;
        // Beside an SMTP password of the same holder, the access key ID is the SMTP user name.
        const userSlot = kind === 'smtp-username' || (kind === 'access-key-id' && carriesSmtpPassword());
        if (!userSlot && !(0,kinds/* isSmtpPasswordKind */._P)(kind))
            continue;
        for (const item of evaluator.yields(entry.expression, source)) {
            if (item.kind !== 'resource')
                continue;
            const place = {
                file: item.at.source.path,
                span: item.at.source.span(item.at.start, item.at.end),
                slot: entry.slot,
            };
            const key = `${item.at.source.path}:${item.at.start}`;
            const address = `\`${item.type}.${item.name}.${item.attribute}\``;
            // `smtp_user_name` reads as "the SMTP user's (IAM) name" as often as "the SMTP user name": left alone.
            if (userSlot && isIamUserName(item) && !/user_name/i.test(entry.slot))
                found.userNames.set(key, { ...place, value: `the IAM user name ${address}` });
            if ((0,kinds/* isSmtpPasswordKind */._P)(kind) && item.type === 'aws_iam_access_key' && item.attribute === 'secret')
                found.secrets.set(key, { ...place, value: `the secret access key ${address}` });
        }
    }
}
/** An IAM user's name: `aws_iam_user.x.name` (or `.id`, the same), or the user an access key belongs to. */
function isIamUserName(item) {
    return ((item.type === 'aws_iam_user' && (item.attribute === 'name' || item.attribute === 'id')) ||
        (item.type === 'aws_iam_access_key' && item.attribute === 'user'));
}
function check(entries, source, evaluator, found, sesHost) {
    const userSlots = entries.filter((entry) => entry.kind === 'smtp-username');
    if (userSlots.length === 0)
        return;
    const yieldsOf = (expression) => evaluator.yields(expression, source);
    const sesSmtp = sesHost ||
        entries.some((entry) => (0,kinds/* isSmtpPasswordKind */._P)(entry.kind) ||
            yieldsOf(entry.expression).some((item) => item.kind === 'resource' && /^ses_smtp_password/.test(item.attribute ?? '')));
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
            found.set(`${item.at.source.path}:${item.at.start}`, { file: item.at.source.path, span, slot: slot.slot, value });
        }
}
/** Why a yielded value is no access key ID, or undefined when it may be one. */
function wrongValue(item) {
    if (item.kind === 'resource')
        return isIamUserName(item) ? `the IAM user name \`${item.type}.${item.name}.${item.attribute}\`` : undefined;
    if (item.partial)
        return undefined;
    const value = item.value.trim();
    if (item.opaque)
        return value.includes('@') ? `the e-mail address \`${(0,values/* redact */.E$)(value)}\`` : undefined;
    if (values/* accessKeyIdPattern */.ny.test(value) || value === '')
        return undefined;
    if (value.includes('@'))
        return `the e-mail address \`${(0,values/* redact */.E$)(value)}\``;
    return (0,values/* isPlaceholder */.wK)(value) ? undefined : `the literal \`${(0,values/* redact */.E$)(value)}\``;
}
/**
 * Every object constructor in a block's attributes, and the block's own body and nested bodies, each
 * with its holder's name: the block's (an output's label, a parameter's name, a module's label) for its
 * body and for the objects of its value attribute, else the attribute's (`environment`, `data`).
 */
function containers(block, blockHolder) {
    const found = [];
    const blocks = [block];
    for (let current = blocks.pop(); current; current = blocks.pop()) {
        const body = [];
        const own = current === block;
        current.attributes.forEach((attribute, name) => {
            const expression = firstChild(attribute, 'expression');
            if (!expression)
                return;
            body.push({ name, expression });
            const holder = own && /^(?:value|secret_string|secret_value|plaintext)$/.test(name) ? blockHolder : name;
            const output = block.type === 'output' && holder === blockHolder;
            objectsIn(expression, holder ?? name, output, found);
        });
        found.push({
            entries: body,
            holder: current === block ? blockHolder : current.type,
            output: current === block && block.type === 'output',
        });
        for (const block of current.blocks)
            blocks.push(block);
    }
    return found;
}
/** Adds every object constructor in an expression to `found` as a container of `holder`, in the order of a depth-first walk. */
function objectsIn(root, holder, output, found) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === 'object')
            found.push({ entries: smtp_user_names_objectEntries(node), holder, output });
        const children = node.namedChildren;
        // A leaf but an empty object holds none: it is not pushed, to be popped for nothing.
        for (let index = 0; index < children.length; index++) {
            const child = children[index];
            if (child.namedChildren.length > 0 || child.type === 'object')
                stack.push(child);
        }
    }
}
/** An object's `key = value` elements. */
function smtp_user_names_objectEntries(object) {
    const entries = [];
    const elements = object.namedChildren;
    for (let index = 0; index < elements.length; index++) {
        const element = elements[index];
        if (element.type !== 'object_elem')
            continue;
        const key = element.childForFieldName('key');
        const value = element.childForFieldName('val');
        if (key && value)
            entries.push({ name: key.text.replace(/^"|"$/g, ''), expression: value });
    }
    return entries;
}
/** A KMS ciphertext's name, as its address is searched for: kept to `[\w-]`. */
function kmsName(block) {
    const [type, name] = block.labels;
    if (block.type !== 'resource' || type !== 'aws_kms_ciphertext' || !name)
        return undefined;
    return name.replace(/[^\w-]/g, '');
}
/**
 * The label of the first output of a folder whose value refers to each KMS ciphertext of the folder, as
 * `\baws_kms_ciphertext\.NAME\b` tried on every output found it: one pass over the outputs for all of them.
 */
function kmsConsumers(folder) {
    const names = [];
    for (const { block } of folder.blocks) {
        const name = kmsName(block);
        if (name !== undefined)
            names.push(name);
    }
    const consumers = new Map();
    if (names.length === 0)
        return consumers;
    const labels = [...folder.outputs.keys()];
    const texts = [...folder.outputs.values()].map(({ block }) => block.attributes.get('value')?.text ?? '');
    for (const [name, index] of firstReferringTexts(names, texts))
        consumers.set(name, labels[index]);
    return consumers;
}
/**
 * The name of what consumes a block's value when the block has none of its own: a KMS ciphertext is
 * named by the output or slot its `ciphertext_blob` goes to (`output "smtp_password_kms"`).
 */
function consumerName(consumers, block) {
    const name = kmsName(block);
    const label = name === undefined ? undefined : consumers.get(name);
    // What it encrypts is named without the encryption: `smtp_password_kms` holds an SMTP password.
    return label?.replace(/(?:^|_)(?:kms|encrypted|ciphertext)(?=_|$)/gi, '').replace(/^_/, '');
}
/** Whether some slot of the container may be an SMTP user name or password, or the key ID beside them, in the most SMTP-like context. */
function mayHoldSmtpSlot(container, classify) {
    // A `name` sibling may name the holder (`holderOf`), and the holder names only a slot named for nothing (`value`):
    // beside slots named for themselves it changes no kind, and the container need not be evaluated for it.
    const named = container.entries.some((entry) => entry.name === 'name') &&
        container.entries.some((entry) => isGenericSlot(entry.name));
    return container.entries.some((entry) => {
        const kind = slotKindOf(entry, container.holder, 'ses', classify);
        return named || kind === 'smtp-username' || kind === 'access-key-id' || (0,kinds/* isSmtpPasswordKind */._P)(kind);
    });
}
/** A container's holder: named by its `name` sibling when that name says a kind, else by what holds it. */
function holderOf(container, evaluator, source, classify) {
    const sibling = namedBySibling(container, evaluator, source);
    return sibling !== undefined && classify(sibling) !== undefined ? sibling : container.holder;
}
/** An object's `name` sibling names its `value` (`{ name = local.smtp_password_ssm_path, value = \u2026 }`), by its path's last segments. */
function namedBySibling(container, evaluator, source) {
    const name = container.entries.find((entry) => entry.name === 'name');
    if (!name)
        return undefined;
    for (const item of evaluator.yields(name.expression, source)) {
        if (item.kind !== 'literal')
            continue;
        const segments = withoutTemplates(item.value)
            .split('/')
            .filter((segment) => /^[\w.-]+$/.test(segment) && /[A-Za-z]/.test(segment));
        const named = segments.slice(-2).join('_');
        if (named !== '')
            return named;
    }
    return undefined;
}
/**
 * Each `${\u2026}` of a name made a `/`, as `.replace(/\$\{[^}]*\}/g, '/')` does, searched only up to the last `}`:
 * no `${` after it can close, and the pattern ran to the end from each of them, quadratic in `$${$${\u2026`.
 */
function withoutTemplates(value) {
    const closed = value.lastIndexOf('}') + 1;
    return value.slice(0, closed).replace(/\$\{[^}]*\}/g, '/') + value.slice(closed);
}
/** Whether any value of the block is an access key's SMTP password. */
function yieldsSmtpPassword(block, source, evaluator) {
    return [...block.attributes.values()].some((attribute) => {
        const expression = firstChild(attribute, 'expression');
        return (expression !== undefined &&
            evaluator
                .yields(expression, source)
                .some((item) => item.kind === 'resource' && /^ses_smtp_password/.test(item.attribute ?? '')));
    });
}

;// CONCATENATED MODULE: ./src/formats/terraform/value-flows.ts





/** Every access-key value flow into every top-level block but variables, read through the evaluator. */
function readValueFlows(configuration, evaluator) {
    const flows = [];
    for (const folder of configuration.folders.values())
        for (const placed of folder.blocks)
            if (placed.block.type !== 'variable')
                flows.push(...blockFlows(placed, evaluator));
    return flows;
}
function blockFlows(placed, evaluator) {
    const { source, block } = placed;
    const forEach = attributeExpression(block, 'for_each');
    const start = block.node.startIndex;
    const blockPlace = { label: blockLabel(block), span: source.span(start, start + block.type.length) };
    let endpointRegions;
    const flows = [];
    for (const { node, slot } of leaves(block)) {
        for (const item of evaluator.yields(node, source, forEach)) {
            const kind = item.kind === 'resource' ? accessKeyValueKind(item) : undefined;
            if (item.kind !== 'resource' || !kind)
                continue;
            endpointRegions ??= sesSmtpRegions(block.node);
            flows.push({
                file: source.path,
                span: source.nodeSpan(node),
                origin: { file: item.at.source.path, span: item.at.source.span(item.at.start, item.at.end) },
                slot: item.slot ?? slot,
                ...outputKind(block, item.slot ?? slot),
                kind,
                name: `aws_iam_access_key.${item.name}.${item.attribute ?? ''}`,
                accessKeyKey: accessKeyKeyOf(item),
                block: blockPlace,
                endpointRegions,
            });
        }
    }
    return flows;
}
/** Regions of the SES SMTP hosts a block's strings name (not its comments), in the order they are written. */
function sesSmtpRegions(root) {
    const regions = new Set();
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === 'template_literal')
            for (const host of (0,endpoints/* findSesSmtpHosts */.Sl)(node.text))
                regions.add(host.region);
        const children = node.namedChildren;
        for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i];
            if (child)
                stack.push(child);
        }
    }
    return [...regions];
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
        current.attributes.forEach((attribute, name) => {
            const expression = firstChild(attribute, 'expression');
            if (expression && name !== 'for_each' && name !== 'count')
                stack.push({ node: expression, slot: name });
        });
        for (let index = 0; index < current.blocks.length; index++)
            blocks.push(current.blocks[index]);
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
        // A leaf is neither a reference nor holds one: it is not pushed, to be popped for nothing.
        for (let index = 0; index < children.length; index++) {
            const child = children[index];
            if (child.namedChildren.length > 0)
                stack.push({ node: child, slot });
        }
    }
    return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}
/** An output's value is named by the output (`output "secret_access_key" { value = \u2026 }`); other holders are uses of their own. */
function outputKind(block, slot) {
    const holder = block.type === 'output' && isGenericSlot(slot) ? holderName(block) : undefined;
    return holder === undefined ? {} : { kindFrom: holder };
}

;// CONCATENATED MODULE: ./src/formats/terraform/variable-types.ts


/** `bool`, `number`, and collections of them: types no credential has. */
const nonCredentialType = /^(?:bool|number|(?:list|set|map)\((?:bool|number)\))$/;
/**
 * The variables of each module folder that hold a boolean or a number: declared so (`type = bool`), or
 * with no type and such a default. A reference to one is no credential, whatever the names say.
 * Keys are JSON of `[folder, name]`.
 */
function nonCredentialVariables(configuration) {
    const found = new Set();
    for (const folder of configuration.folders.values())
        for (const { block } of folder.blocks) {
            const [name] = block.labels;
            if (block.type !== 'variable' || !name)
                continue;
            const type = attributeExpression(block, 'type')?.text.replace(/\s+/g, '');
            const fallback = attributeExpression(block, 'default');
            if (type ? nonCredentialType.test(type) : fallback !== undefined && isBoolOrNumber(fallback))
                found.add(variableKey(folder.path, name));
        }
    return found;
}
function variableKey(folder, name) {
    return JSON.stringify([folder, name]);
}
function isBoolOrNumber(expression) {
    const literal = namedChildren(expression)[0];
    return (literalBool(expression) !== undefined ||
        (literal?.type === 'literal_value' && namedChildren(literal)[0]?.type === 'numeric_lit'));
}

;// CONCATENATED MODULE: ./src/formats/terraform/facts.ts










/**
 * Whether a value kept from an earlier scan (the parse cache, already checked to be plain data) has the
 * shape the join reads; `null` is a configuration with no file parsed.
 */
function isReadConfiguration(value) {
    if (value === null)
        return true;
    if (!(0,plain_data/* isRecord */.u4)(value) || !Array.isArray(value.files) || !value.files.every((file) => typeof file === 'string'))
        return false;
    const facts = value.facts;
    if (!(0,plain_data/* isRecord */.u4)(facts) || !(0,plain_data/* isRecord */.u4)(facts.iam) || !Array.isArray(facts.flows))
        return false;
    if (!(0,plain_data/* isSet */.vM)(facts.nonCredentialVariables))
        return false;
    const iam = facts.iam;
    return Object.keys((0,model_iam/* emptyIam */.zq)()).every((key) => Array.isArray(iam[key]));
}
function readConfiguration(sources, classify = (name) => (0,names/* classifyName */.Ce)(name)) {
    const configuration = new TerraformConfiguration(sources);
    const evaluator = new Evaluator(configuration);
    const { iam } = new TerraformIam(configuration, evaluator);
    iam.exposures.push(...readExposures(configuration, evaluator));
    const wrong = readWrongSmtpUserNames(configuration, evaluator, classify);
    iam.wrongSmtpUserNames.push(...wrong.userNames);
    iam.secretsAsSmtpPasswords.push(...wrong.secrets);
    return {
        iam,
        flows: readValueFlows(configuration, evaluator),
        nonCredentialVariables: nonCredentialVariables(configuration),
    };
}

;// CONCATENATED MODULE: ./src/formats/terraform/join.ts







/** File names and labels come from the checkout: the key is JSON, which no name can cut. */
const useKey = (file, label, span) => JSON.stringify([file, label, span.startLine, span.startColumn]);
/**
 * Terraform's cross-file step: the whole configuration (every folder a module, local module calls
 * followed) is evaluated once; its IAM facts, exposures and wrong SMTP user names join the model, and
 * every access-key value that reaches a block's slot becomes a reference in that block's use.
 */
const joinConfiguration = (files, joined, context) => {
    const readAll = () => {
        const sources = files.flatMap((file) => file.formatFacts?.terraformSource ?? []);
        if (sources.length === 0)
            return null;
        return { facts: readConfiguration(sources, context.classifyName), files: sources.map((source) => source.path) };
    };
    // The parse cache keeps what a configuration none of whose files changed says: their trees are not kept.
    const read = context.remember ? context.remember('terraform', readAll) : readAll();
    if (!read)
        return joined;
    const { facts } = read;
    const terraformFiles = new Set(read.files);
    // A reference to a variable that holds a boolean or a number is no credential: its value says so.
    const dropped = new Set(joined.references
        .filter((reference) => reference.source.type === 'variable' &&
        terraformFiles.has(reference.file) &&
        facts.nonCredentialVariables.has(variableKey(folderOf(reference.file), reference.source.name)))
        .map((reference) => reference.id));
    // One reference per place an access key's attribute is written; a flow through a local, variable or
    // module output reuses the reference at its origin, so one value is reported once, where it is taken.
    const references = [];
    const atPlace = new Map();
    const idOf = (flow) => {
        const place = JSON.stringify([
            flow.origin.file,
            flow.origin.span.startLine,
            flow.origin.span.startColumn,
            flow.name,
        ]);
        const known = atPlace.get(place);
        if (known)
            return known;
        const direct = flow.origin.file === flow.file && sameStart(flow.origin.span, flow.span);
        const reference = referenceOf(direct ? flow : { ...flow, ...flow.origin }, references.length, context.classifyName);
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
        const same = byUse.get(key);
        if (same)
            same.push({ flow, id });
        else
            byUse.set(key, [{ flow, id }]);
    }
    const uses = joined.uses.map((kept) => {
        const use = dropped.size > 0 ? { ...kept, referenceIds: kept.referenceIds.filter((id) => !dropped.has(id)) } : kept;
        // Flows are read in Terraform files only: the other files' uses need no key.
        if (byUse.size === 0 || !terraformFiles.has(use.file))
            return use;
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
    const iam = (0,model_iam/* concatLists */.su)((0,model_iam/* emptyIam */.zq)(), [joined.iam, facts.iam, { ...(0,model_iam/* emptyIam */.zq)(), smtpPasswordUses }]);
    const kept = dropped.size > 0 ? joined.references.filter((reference) => !dropped.has(reference.id)) : joined.references;
    return { references: [...kept, ...references], uses, iam };
};
function sameStart(a, b) {
    return a.startLine === b.startLine && a.startColumn === b.startColumn;
}
function isIndirect(flow) {
    return flow.origin.file !== flow.file || !sameStart(flow.origin.span, flow.span);
}
function referenceOf(flow, index, classify) {
    return {
        // `#j`: the text layer hands out `#t` ids in the same file.
        id: `${flow.file}#j${index + 1}`,
        file: flow.file,
        span: flow.span,
        source: { type: 'attribute', name: flow.name, kind: flow.kind, accessKey: flow.accessKeyKey },
        // An output's value takes the kind its output's name says, under the slot's own name.
        sink: {
            ...(flow.kindFrom
                ? { ...namedSink('env', flow.kindFrom, classify), name: flow.slot }
                : namedSink('env', flow.slot, classify)),
            holder: join_holderOf(flow.block.label),
        },
        // An attribute's kind is known from the resource type, as file references are classified.
        supplied: { kind: flow.kind, root: false },
    };
}
/** A block's label as Terraform addresses it: `output smtp_password` is `output.smtp_password`. */
function join_holderOf(label) {
    return label.includes('"') ? label : label.replace(/ /g, '.');
}
/** A use with the flows into its block: their references, and SES SMTP when an SMTP password arrives. */
function withFlows(use, added) {
    const destination = { ...use.destination };
    const flows = added.map((entry) => entry.flow);
    const regions = [...new Set(flows.flatMap((flow) => flow.endpointRegions))];
    if (regions.length > 0 && !destination.smtp)
        destination.smtp = { target: 'ses', regions };
    if (flows.some((flow) => (0,kinds/* isSmtpPasswordKind */._P)(flow.kind)) &&
        (!destination.smtp || destination.smtp.target === 'unknown'))
        destination.smtp = { target: 'ses', regions };
    if (flows.some((flow) => /^AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY)$/i.test(flow.slot)))
        destination.awsApi = true;
    return { ...use, referenceIds: [...new Set([...use.referenceIds, ...added.map((entry) => entry.id)])], destination };
}

;// CONCATENATED MODULE: ./src/formats/terraform/prefilter.ts
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
function isOperatorCode(c) {
    return (c === code.bang ||
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
        c === 124);
}
function isWordCode(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === code.underscore || c > 127;
}
/** Characters that keep a run of traversal steps going: blanks, ASCII words, `]`, `"` and `*` (`a["b"][*].c`). */
function continuesTraversal(c) {
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
function measureHcl(text, budget) {
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
    for (let i = 0; i < text.length && tokens <= tokenBudget && traversal <= traversalBudget && expressionDepth <= depthBudget; i++) {
        let c = text.charCodeAt(i);
        // Passed over: a space only ends a word, and a word's later ASCII characters change nothing.
        while (c === code.space || (inWord && c < 128 && (asciiFlags[c] & wordFlag) !== 0)) {
            if (c === code.space)
                inWord = false;
            if (++i >= text.length)
                return { tokens, traversal, expressionDepth };
            c = text.charCodeAt(i);
        }
        const flags = c < 128 ? asciiFlags[c] : nonAsciiFlags;
        const word = (flags & wordFlag) !== 0;
        if (word ? !inWord : c > 32)
            tokens += word || (flags & operatorFlag) !== 0 ? nodesPerWordOrOperator : 1;
        inWord = word;
        if (c === code.dot || c === code.openSquare)
            steps++;
        else if ((flags & traversalFlag) === 0)
            steps = 0;
        if (steps > traversal)
            traversal = steps;
        if (c === code.bang || c === code.minus)
            unary++;
        else if (c > 32)
            unary = 0;
        if (c === code.openParen)
            parens++;
        else if (c === code.closeParen && parens > 0)
            parens--;
        else if (c === code.openSquare)
            squares++;
        else if (c === code.closeSquare && squares > 0)
            squares--;
        else if (c === code.question)
            conditionals++;
        // A line break ends an expression unless a parenthesis or bracket is open.
        else if (c === code.newline && parens === 0 && squares === 0)
            conditionals = 0;
        const depth = parens + unary + conditionals;
        if (depth > expressionDepth)
            expressionDepth = depth;
    }
    return { tokens, traversal, expressionDepth };
}

;// CONCATENATED MODULE: ./src/formats/terraform/json-values.ts


const jsonEscapes = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
/** A JSON string's content (between its quotes) as JSON decodes it, placed back on the raw text. */
function decodeJsonString(raw) {
    if (!raw.includes('\\'))
        return { text: raw, rawOffset: (offset) => offset };
    let text = '';
    const offsets = [];
    let i = 0;
    while (i < raw.length) {
        const letter = raw[i] === '\\' ? (raw[i + 1] ?? '') : '';
        const hex = letter === 'u' ? raw.slice(i + 2, i + 6) : '';
        const decoded = /^[0-9A-Fa-f]{4}$/.test(hex) ? String.fromCharCode(Number.parseInt(hex, 16)) : jsonEscapes[letter];
        const unit = decoded ?? raw[i] ?? '';
        offsets.push(i);
        text += unit;
        i += decoded === undefined ? 1 : letter === 'u' ? 6 : 2;
    }
    offsets.push(raw.length);
    return { text, rawOffset: (offset) => offsets[offset] ?? raw.length };
}
/** A string value's text, decoded, or undefined for a number, boolean, null, object or list. */
function stringOf(expression) {
    // `"text"` is a string literal; `"${\u2026}"` and `"a${\u2026}"` are templates.
    const string = firstChild(firstChild(expression, 'literal_value'), 'string_lit') ?? firstChild(expression, 'template_expr');
    if (!string?.text.startsWith('"'))
        return undefined;
    return { node: string, decoded: decodeJsonString(string.text.slice(1, -1)) };
}
/**
 * The literal values of a `.tf.json` or `.tfvars.json` file, read from the tree the HCL grammar made of
 * it (the file is parsed once): every string, named by the nearest key, as keyed JSON is read in other
 * formats, with `${NAME}` interpolations as variables. References, IAM and exposures are the join's.
 */
function readJsonValues(tf) {
    const document = firstChild(firstChild(firstChild(tf.source.root, 'body'), 'attribute'), 'expression');
    const parts = [];
    // An explicit stack, in source order: deep documents cannot overflow the call stack.
    const stack = document ? [{ node: document, key: '' }] : [];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
        const { node, key } = entry;
        const string = stringOf(node);
        if (string) {
            parts.push(readString(tf, string.node, string.decoded, key));
            continue;
        }
        const collection = firstChild(node, 'collection_value');
        const object = firstChild(collection, 'object');
        const items = object
            ? namedChildren(object).flatMap((element) => {
                const name = element.childForFieldName('key');
                const value = element.childForFieldName('val');
                if (element.type !== 'object_elem' || !name || !value)
                    return [];
                const keyString = stringOf(name);
                return [{ node: value, key: keyString ? keyString.decoded.text : name.text }];
            })
            : namedChildren(firstChild(collection, 'tuple'))
                .filter((item) => item.type === 'expression')
                .map((item) => ({ node: item, key }));
        for (let i = items.length - 1; i >= 0; i--) {
            const item = items[i];
            if (item)
                stack.push(item);
        }
    }
    return mergeAll(parts);
}
function readString(tf, node, decoded, key) {
    const at = (offset) => node.startIndex + 1 + decoded.rawOffset(offset);
    return readValue(tf.builder, {
        text: decoded.text,
        locate: (start, end) => tf.source.span(at(start), at(end)),
        outer: namedSink('env', key, tf.context.classifyName),
        interpolations: findVariableInterpolations(decoded.text),
        script: false,
        wholeValueSlot: true,
    });
}

// EXTERNAL MODULE: ./src/common/collections.ts
var collections = __webpack_require__(4832);
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
    const facts = (0,model_iam/* concatLists */.su)(emptyRegionFacts(), terraformFiles.flatMap((file) => file.formatFacts?.terraform ?? []));
    const terraformPaths = new Set(terraformFiles.map((file) => file.file));
    const regionOf = providerRegions(facts);
    const smtpPasswordUses = joined.iam.smtpPasswordUses.map((use) => use.derivedRegion === undefined && terraformPaths.has(use.file)
        ? { ...use, derivedRegion: regionOf(folderOf(use.file)) }
        : use);
    return { ...joined, iam: { ...joined.iam, smtpPasswordUses } };
};
/** Module calls deeper than this are not followed for a region: no real configuration nests so far. */
const maxCallDepth = 1000;
/**
 * The AWS provider's region for each Terraform module folder: its own provider's literal region, or the
 * value of the variable the provider takes (.tfvars or default); for a module with no provider, the
 * region of the folders that call it, when they agree. Facts are indexed by folder once and each
 * folder's answer is kept, so a folder reached along many call paths (a lattice of modules) is resolved
 * once and the lookup stays linear; a folder already on the path is a cycle and answers nothing.
 */
function providerRegions(facts) {
    const literals = (0,collections/* firstBy */.CU)(facts.providerRegions, (entry) => entry.scope);
    const variables = (0,collections/* firstBy */.CU)(facts.providerRegionVariables, (entry) => entry.scope);
    const values = (0,collections/* groupBy */.$z)(facts.variableRegions, (entry) => entry.scope);
    const callers = (0,collections/* groupBy */.$z)(facts.moduleCalls, (call) => call.module);
    const known = new Map();
    const onPath = new Set();
    const regionOf = (scope) => {
        if (known.has(scope))
            return known.get(scope);
        if (onPath.has(scope) || onPath.size >= maxCallDepth)
            return undefined;
        onPath.add(scope);
        const region = resolve(scope);
        onPath.delete(scope);
        known.set(scope, region);
        return region;
    };
    const resolve = (scope) => {
        const literal = literals.get(scope)?.region;
        if (literal)
            return literal;
        const variable = variables.get(scope)?.name;
        const own = values.get(scope) ?? [];
        if (variable) {
            // A .tfvars value wins over the variable's default.
            const set = own.filter((entry) => entry.name === variable);
            return (set.find((entry) => entry.from === 'tfvars') ?? set[0])?.region;
        }
        const calling = (callers.get(scope) ?? []).filter((call) => !onPath.has(call.caller));
        const regions = new Set(calling.map((call) => regionOf(call.caller)).filter((region) => region !== undefined));
        if (regions.size === 1)
            return [...regions][0];
        // No provider and no caller: a folder with a single region-named variable default.
        const defaults = own.filter((entry) => entry.from === 'default' && /region/i.test(entry.name));
        return calling.length === 0 && defaults.length === 1 ? defaults[0]?.region : undefined;
    };
    return regionOf;
}
/** `provider "aws" { region = \u2026 }`: a literal region, or the variable that holds it. */
function readProviderRegion(facts, scope, expression) {
    const region = literalString(expression);
    if (region)
        facts.providerRegions.push({ scope, region });
    const variable = expression ? traversals(expression, 'var')[0]?.path[1] : undefined;
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
    const module = localModuleFolder(scope, source);
    if (module !== undefined)
        facts.moduleCalls.push({ caller: scope, module });
}
/**
 * What one file says of regions, in HCL or JSON syntax alike: the AWS provider's region, region-named
 * variable defaults, local module calls, and (for a variables file) its values.
 */
function regionFactsOf(scope, blocks, tfvars) {
    const facts = emptyRegionFacts();
    for (const block of blocks) {
        const [label = ''] = block.labels;
        if (block.type === 'provider' && label === 'aws')
            readProviderRegion(facts, scope, attributeExpression(block, 'region'));
        else if (block.type === 'variable')
            readVariableRegion(facts, scope, label, attributeExpression(block, 'default'), 'default');
        else if (block.type === 'module')
            readModuleCall(facts, scope, literalString(attributeExpression(block, 'source')));
    }
    for (const attribute of tfvars)
        readVariableRegion(facts, scope, firstChild(attribute, 'identifier')?.text ?? '', firstChild(attribute, 'expression'), 'tfvars');
    return facts;
}

;// CONCATENATED MODULE: ./src/formats/terraform/values.ts





/** Reads every attribute of a block (and its nested blocks): literals, variables and access-key attributes. */
function readBody(tf, block, attributeKinds) {
    const parts = [];
    collectBody(tf, block, attributeKinds, parts);
    return mergeAll(parts);
}
/** Attributes named by their variable (a .tfvars file): what they hold, merged once. */
function readAttributes(tf, attributes) {
    const parts = [];
    for (const { name, attribute } of attributes)
        collectAttribute(tf, attribute, name, undefined, parts);
    return mergeAll(parts);
}
/** Every part goes to one list, merged once per block: a merge per attribute and nested block was most of the reading. */
function collectBody(tf, block, attributeKinds, parts) {
    // `forEach`, not `for\u2026of`: a cold scan runs this in the interpreter, where each entry would build an array and an iterator result.
    block.attributes.forEach((attribute, name) => collectAttribute(tf, attribute, name, attributeKinds?.[name], parts));
    for (let index = 0; index < block.blocks.length; index++)
        collectBody(tf, block.blocks[index], undefined, parts);
}
/**
 * One attribute: its literal strings and `var.x` references, each named by its key. Access-key
 * attributes are read by the configuration's join, through the evaluator.
 */
function collectAttribute(tf, attribute, name, expects, parts) {
    const expression = expressionOf(attribute);
    if (!expression)
        return;
    const sinkFor = (key) => expects && key === name ? { type: 'env', name, expects } : namedSink('env', key, tf.context.classifyName);
    // `try(var.x, true)`, `var.on ? 1 : 0`: the attribute holds a boolean or a number, whatever its name says.
    if (yieldsBoolOrNumber(expression))
        return;
    walkValues(expression, name, (node, key, partial, heredoc) => {
        if (node.type === 'template_literal') {
            // Classified as Terraform reads it (escapes decoded), placed where it is written.
            const literal = decodeTemplateLiteral(node.text, heredoc);
            const at = (offset) => node.startIndex + literal.rawOffset(offset);
            const outer = sinkFor(key);
            // A value the slot's name cannot hold (`access_key_status = "Inactive"`) is no credential of that
            // name's kind; credential shapes inside it are still found. Placeholders are the rules' to judge.
            const fits = !outer.expects || (0,values/* isPlaceholder */.wK)(literal.text.trim()) || (0,values/* literalFits */.e2)(outer.expects, literal.text);
            // A piece of a template with interpolations is no whole value; only credential shapes inside it count.
            parts.push(readValue(tf.builder, {
                text: literal.text,
                locate: (s, e) => tf.source.span(at(s), at(e)),
                outer,
                interpolations: [],
                script: false,
                wholeValueSlot: !partial && fits,
            }));
            return;
        }
        for (const traversal of traversals(node, 'var')) {
            const variable = traversal.path[1];
            if (!variable)
                continue;
            const span = tf.source.span(traversal.start, traversal.end);
            const id = tf.builder.reference(span, { type: 'variable', name: variable }, sinkFor(key));
            const collected = emptyCollected();
            collected.referenceIds.push(id);
            collected.names.push(key, variable);
            parts.push(collected);
        }
    });
}
/**
 * Visits string literals and leaf expressions, naming each by the nearest object key or attribute;
 * `heredoc` when the literal is part of a heredoc, whose backslashes are not escapes.
 */
function walkValues(root, rootKey, visit) {
    // An explicit stack, in source order: a deeply nested expression cannot overflow the call stack.
    const stack = [
        { node: root, key: rootKey, partial: false, heredoc: false },
    ];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
        const { node, key, partial, heredoc } = entry;
        if (node.type === 'template_literal') {
            visit(node, key, partial, heredoc);
            continue;
        }
        if (node.type === 'object_elem') {
            const elementKey = node.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? key;
            const value = node.childForFieldName('val');
            if (value)
                stack.push({ node: value, key: elementKey, partial: false, heredoc: false });
            continue;
        }
        if (node.type === 'expression' && namedChildren(node)[0]?.type === 'variable_expr') {
            visit(node, key, partial, heredoc);
            continue;
        }
        // Arithmetic, comparison and logic yield numbers and booleans; a condition only chooses a value.
        if (node.type === 'operation')
            continue;
        // A conditional's first child is its condition, skipped; the children are indexed, not copied (one list less per node).
        const children = namedChildren(node);
        const first = node.type === 'conditional' ? 1 : 0;
        let interpolated = partial;
        for (let i = first; i < children.length && !interpolated; i++)
            interpolated = children[i]?.type === 'template_interpolation';
        // An interpolation inside a heredoc is an expression of its own, with quoted strings of its own.
        const inHeredoc = node.type === 'heredoc_template' || (heredoc && node.type !== 'template_interpolation');
        for (let i = children.length - 1; i >= first; i--) {
            const child = children[i];
            if (child)
                stack.push({ node: child, key, partial: interpolated, heredoc: inHeredoc });
        }
    }
}
/** Functions that yield one of their arguments: a boolean or number among them makes the whole one. */
const choosingFunctions = new Set(['try', 'coalesce', 'lookup']);
/**
 * An expression whose value is a boolean or a number: a literal one, a conditional with such a branch,
 * or a `try`/`coalesce`/`lookup` with such a fallback (`try(var.create, true)`).
 */
function yieldsBoolOrNumber(expression) {
    const [head] = namedChildren(expression);
    if (!head)
        return false;
    if (head.type === 'literal_value')
        return literalBool(expression) !== undefined || literalNumber(expression);
    if (head.type === 'operation')
        return true;
    if (head.type === 'conditional')
        return namedChildren(head)
            .slice(1)
            .some((branch) => branch.type === 'expression' && isBoolOrNumberLiteral(branch));
    if (head.type === 'function_call' && choosingFunctions.has(namedChildren(head)[0]?.text ?? ''))
        return namedChildren(firstChild(head, 'function_arguments')).some((argument) => argument.type === 'expression' && isBoolOrNumberLiteral(argument));
    return false;
}
function isBoolOrNumberLiteral(expression) {
    return literalBool(expression) !== undefined || literalNumber(expression);
}
function literalNumber(expression) {
    return firstChild(firstChild(expression, 'literal_value'), 'numeric_lit') !== undefined;
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
    const root = parseHcl(text);
    const terraformSource = new TerraformSource(file, text, root);
    const tf = { source: terraformSource, builder: new ModelBuilder(file, 'terraform'), context };
    if (root.hasError)
        tf.builder.problem(`HCL syntax error: ${describeError(root)}`, firstErrorSpan(tf, root));
    const { blocks, attributes } = terraformSource.topLevel;
    for (const block of blocks)
        readTopBlock(tf, block);
    readTopAttributes(tf, attributes);
    const regions = regionFactsOf(terraformSource.scope, blocks, attributes);
    return { ...tf.builder.build(), formatFacts: { terraform: regions, terraformSource } };
}
/** A .tfvars file is a list of attributes: each is a value named by its variable, and may name a region. */
function readTopAttributes(tf, attributes) {
    if (attributes.length === 0)
        return;
    const named = attributes.map((attribute) => ({ name: firstChild(attribute, 'identifier')?.text ?? '', attribute }));
    // A .tfvars value cannot take an access key's SMTP password, so only the values count.
    const collected = readAttributes(tf, named);
    if (collected.referenceIds.length > 0)
        tf.builder.use(tf.source.path, tf.source.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
}
function readTopBlock(tf, block) {
    const [resourceType = ''] = block.labels;
    const declaration = tf.source.span(block.node.startIndex, block.node.startIndex + block.type.length);
    const isAwsProvider = block.type === 'provider' && resourceType === 'aws';
    const collected = readBody(tf, block, isAwsProvider ? providerAttributes : undefined);
    if (isAwsProvider) {
        tf.builder.use(blockLabel(block), declaration, collected.referenceIds, {
            ...destinationOf(collected, 'aws-credentials'),
            awsApi: true,
        });
        return;
    }
    switch (block.type) {
        case 'output':
            return;
        case 'variable':
            return;
        case 'data':
            if (resourceType === 'aws_iam_policy_document')
                return;
            break;
        case 'module': {
            const note = notFollowedNote(block);
            if (note)
                tf.builder.problem(note, declaration);
            break;
        }
    }
    if (hasUse(collected))
        tf.builder.use(blockLabel(block), declaration, collected.referenceIds, destinationOf(collected, 'unknown'));
}
/** A block uses credentials when it holds references, or says it talks SMTP (the join may add the access-key values). */
function hasUse(collected) {
    return collected.referenceIds.length > 0 || collected.smtpSignal;
}
function firstErrorSpan(tf, root) {
    const error = findNode(root, (node) => node.isError || node.isMissing);
    return error ? tf.source.nodeSpan(error) : tf.source.span(0, 0);
}
function describeError(root) {
    const missing = findNode(root, (node) => node.isMissing);
    return missing ? `missing "${missing.type}"` : 'unexpected input';
}

;// CONCATENATED MODULE: ./src/formats/terraform.ts















/**
 * `.tf.json` and `.tfvars.json`, parsed once with the HCL grammar (a JSON document is an HCL object):
 * literal values read as keyed JSON; references, IAM and exposures read with the rest of the
 * configuration by the join.
 */
function parseTerraformJson(file, text, context) {
    const terraformSource = parseJsonSource(file, text);
    const { builder, collected } = terraformSource.root.hasError
        ? readAsKeyedJson(file, text, context)
        : readParsedJson(terraformSource, context);
    if (collected.referenceIds.length > 0)
        builder.use(file, terraformSource.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
    const { blocks, attributes } = terraformSource.topLevel;
    for (const block of blocks) {
        const note = notFollowedNote(block);
        if (note)
            builder.problem(note, terraformSource.nodeSpan(block.attributes.get('source') ?? block.node));
    }
    const tfvars = terraformSource.isVariablesFile ? attributes : [];
    const regions = regionFactsOf(terraformSource.scope, blocks, tfvars);
    return { ...builder.build(), formatFacts: { terraform: regions, terraformSource } };
}
/** The literal values, from the tree the join reads too. */
function readParsedJson(source, context) {
    const tf = { source, builder: new ModelBuilder(source.path, 'terraform'), context };
    return { builder: tf.builder, collected: readJsonValues(tf) };
}
/**
 * The literal values of JSON the HCL grammar cannot read: Terraform decodes a JSON string before it
 * parses the template, so `"${f(\"~\")}"` is valid, but the grammar stops at the escaped quote. A JSON
 * reader still reads every value.
 */
function readAsKeyedJson(file, text, context) {
    const reader = yamlReader('terraform', file, text, context);
    return {
        builder: reader.builder,
        collected: mergeAll(reader.source.documents.map((doc) => readKeyedValues(reader, doc.contents))),
    };
}
/**
 * What the parser may be given: real configurations chain a handful of steps (`module.x.outputs[0].id`)
 * and nest expressions a few levels; tokens are bounded by the scan's `max-nodes`.
 */
const hclBudget = { traversal: 1000, expressionDepth: 4096 };
/**
 * The one pre-parse pass over a file: the scan asks for its node estimate, then parses the same text,
 * so the measure is kept for that one text until its parse takes it.
 */
let measured;
function estimateTokens(text, limit) {
    const cost = measureHcl(text, { ...hclBudget, tokens: limit });
    measured = { text, cost };
    return cost.tokens;
}
function takeCost(text) {
    const kept = measured;
    measured = undefined;
    return kept?.text === text ? kept.cost : measureHcl(text, { ...hclBudget, tokens: Number.POSITIVE_INFINITY });
}
/** Why a file is too costly for the parser, or undefined when it is within the budget. */
function overBudget(cost) {
    // JSON strings are HCL templates to the grammar, so a chain inside `"${a.a.a\u2026}"` costs the same.
    if (cost.traversal > hclBudget.traversal)
        return `a chain of more than ${hclBudget.traversal} attribute or index steps`;
    if (cost.expressionDepth > hclBudget.expressionDepth)
        return `an expression nested more than ${hclBudget.expressionDepth} levels deep (parentheses, unary operators, conditionals)`;
    return undefined;
}
/** The whole configuration first (it adds the SMTP password uses), then the provider regions they were derived for. */
const joinTerraform = (files, joined, context) => joinProviderRegions(files, joinConfiguration(files, joined, context), context);
const terraformAdapter = {
    id: 'terraform',
    title: 'Terraform',
    claim: 'path',
    description: 'Terraform configuration and variables',
    matches: isTerraformPath,
    prepare: loadHcl,
    // Every token of HCL (and of JSON given to the HCL grammar) becomes a node of the tree.
    estimateNodes: estimateTokens,
    join: joinTerraform,
    parse: (file, text, context) => {
        const tooCostly = overBudget(takeCost(text));
        if (tooCostly)
            return (0,scan_model/* emptyModel */.$Q)(file, 'terraform', `skipped: ${tooCostly}; ${text_layer/* textOnlyNote */.iE}`);
        if (/\.json$/i.test(file))
            return parseTerraformJson(file, text, context);
        return readTerraform(file, text, context);
    },
};

;// CONCATENATED MODULE: ./src/formats/terraform/cache-checks.ts



// Checks of what the parse cache keeps of Terraform, beyond its shape: an entry may say only what its own
// files could say. The cache file is input (its format is public), so an entry that names another file or
// folder would hide or add findings there. Each value checked here has passed the cache's plain-data
// check, so a walk over it is bounded by that check's node budget.
/**
 * Whether a remembered join (`ReadConfiguration`) was read from these files only: every item of its
 * `files`, every `file` value at any depth of it, and every folder its non-credential variables name,
 * is one of the group's paths (their folders).
 */
function joinFitsFiles(value, paths) {
    if (!isReadConfiguration(value))
        return false;
    if (value === null)
        return true;
    const known = new Set(paths);
    if (!value.files.every((file) => known.has(file)))
        return false;
    const folders = new Set(paths.map(folderOf));
    for (const key of value.facts.nonCredentialVariables)
        if (!folders.has(folderOfVariableKey(key)))
            return false;
    return fileValuesIn(value.facts, known);
}
/** The folder of a `variableKey` (JSON of `[folder, name]`); `''` when it is not one. */
function folderOfVariableKey(key) {
    if (typeof key !== 'string')
        return '';
    try {
        const parsed = JSON.parse(key);
        return Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' ? parsed[0] : '';
    }
    catch {
        return '';
    }
}
/** Every `file` value of the plain data, at any depth (objects, arrays, Maps, Sets), is a string in `known`. */
function fileValuesIn(value, known) {
    const pending = [value];
    while (pending.length > 0) {
        const next = pending.pop();
        if (!(0,plain_data/* isRecord */.u4)(next))
            continue;
        const items = Array.isArray(next)
            ? next
            : (0,plain_data/* isMap */.jh)(next)
                ? next.entries()
                : (0,plain_data/* isSet */.vM)(next)
                    ? next
                    : Object.values(next);
        const plainObject = !Array.isArray(next) && (0,plain_data/* tagOf */.cO)(next) === '[object Object]';
        if (plainObject && 'file' in next && (typeof next.file !== 'string' || !known.has(next.file)))
            return false;
        // Item by item, not spread: a list may be longer than a call takes arguments (a Map's entries are pairs).
        for (const item of items)
            pending.push(item);
    }
    return true;
}
/** The region facts' lists, each with the field that names the folder a fact is of. */
const scopedLists = [
    ['providerRegions', 'scope'],
    ['variableRegions', 'scope'],
    ['providerRegionVariables', 'scope'],
    ['moduleCalls', 'caller'],
];
/**
 * Whether a cached file entry's format facts say only what the file could say of regions: every list of
 * `terraform` (`RegionFacts`) there, and each of its facts of the file's own folder (the provider region
 * of another folder would hide a region mismatch there). Facts without `terraform` are no concern here.
 */
function regionFactsFitFile(formatFacts, path) {
    if (!(0,plain_data/* isRecord */.u4)(formatFacts) || formatFacts.terraform === undefined)
        return true;
    const facts = formatFacts.terraform;
    if (!(0,plain_data/* isRecord */.u4)(facts))
        return false;
    const folder = folderOf(path);
    return scopedLists.every(([list, field]) => {
        const items = facts[list];
        return (Array.isArray(items) &&
            items.every((item) => (0,plain_data/* isRecord */.u4)(item) && item[field] === folder && Object.values(item).every((one) => typeof one === 'string')));
    });
}

;// CONCATENATED MODULE: ./src/formats/shared/documents.ts






/**
 * A Go template (Helm) is not YAML; it is said to be one only where YAML parsing failed, so a comment
 * such as `# rendered from {{ .Values.x }}` in a manifest that parses changes nothing.
 */
function isGoTemplate(text) {
    return text.includes('{{') && /\{\{-?\s*[.$a-z(]/.test(text.replace(/\$\{\{/g, ''));
}
function notYaml(file, format) {
    return (0,scan_model/* emptyModel */.$Q)(file, format, `a Go template (Helm), not YAML; ${text_layer/* textOnlyNote */.iE}`);
}
/** Told by the text layer when it ran first (every scan); looked for here only when an adapter is called alone. */
function hasLiterals(text, context) {
    return context.literalsInText ?? (0,literals/* findLiterals */.it)(text, (0,text_layer/* secretKeyNamed */.Ld)(context.classifyName)).length > 0;
}
/**
 * A syntax error in a file of no known format is not worth a note unless the text holds a credential;
 * where it is, the first error says the text was read whole anyway.
 */
function syntaxNotes(problems, worthANote) {
    const syntax = (problem) => problem.message.startsWith(yaml/* syntaxErrorPrefix */.K6);
    if (!worthANote)
        return problems.filter((problem) => !syntax(problem));
    const first = problems.findIndex(syntax);
    return problems.map((problem, index) => index === first ? { ...problem, message: `${problem.message}; ${text_layer/* textAlsoNote */.$p}` } : problem);
}
/**
 * A Go template read as far as needed to tell whether it is YAML: by the fast reader, which declines any
 * syntax error (most Helm manifests with `{{ .Values.x }}` values), else into the parser's tokens, unless
 * they show it fails (a template is not worth composing: its dozens of errors are all dropped).
 */
function prepareTemplate(text) {
    const documents = (0,yaml/* readFastDocuments */.nU)(text);
    if (documents)
        return { documents };
    const tokens = (0,yaml/* tokensUnlessSyntaxError */.IB)(text);
    return tokens ? { tokens } : undefined;
}
/**
 * Parses a YAML or JSON file once and gives each document to the format that recognises it: one file
 * may hold a Kubernetes Secret, a Deployment and a CloudFormation template, each read as itself.
 */
function parseDocuments(file, text, context, formats, unrecognised, fallbackFormat = 'yaml') {
    const goTemplate = isGoTemplate(text);
    const prepared = goTemplate ? prepareTemplate(text) : undefined;
    if (goTemplate && !prepared)
        return notYaml(file, fallbackFormat);
    const source = new yaml/* YamlSource */.rC(file, text, context.maxAliases, prepared);
    const failed = source.documents.some((doc) => doc.errors.length > 0);
    if (failed && goTemplate)
        return notYaml(file, fallbackFormat);
    const refused = aliasRefusal(source, fallbackFormat);
    if (refused)
        return refused;
    const reader = readerOf(fallbackFormat, source, context);
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
    return facts.iam.length > 0 ? { ...model, iam: (0,model_iam/* mergeIam */.ig)(facts.iam) } : model;
}

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
    // Grouped once, each group in the lists' order: a use then looks up only its own imports and their sources
    // (a filter of every import and source per use was quadratic in a repository's manifests).
    const importsByUse = (0,collections/* groupBy */.$z)(imports, (entry) => entry.useId);
    const sourcesByName = (0,collections/* groupBy */.$z)(sources, (source) => JSON.stringify([source.kind, source.name]));
    return uses.map((use) => {
        const imported = (importsByUse.get(use.id) ?? []).flatMap((entry) => sourcesByName.get(JSON.stringify([entry.kind, entry.name])) ?? []);
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
        const decoded = decodeSecretData((0,yaml/* scalarText */.ws)(node) ?? '');
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
        const hits = (0,literals/* findLiterals */.it)(decoded, (0,text_layer/* secretKeyNamed */.Ld)(classify));
        const referenceIds = hits.map((hit) => this.reader.builder.reference(whole, { type: 'literal', value: hit.value }, namedSink('env', hit.name ?? '', classify)));
        return { ...emptyCollected(), referenceIds };
    }
    readSecretOrConfigMap(kind, root) {
        const parts = [];
        for (const pair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'stringData')))
            parts.push(readScalarValue(this.reader, pair.value, (0,yaml/* scalarText */.ws)(pair.key) ?? ''));
        for (const pair of (0,yaml/* mapPairs */.OH)((0,yaml/* getValue */._W)(root, 'data')))
            parts.push(kind === 'Secret'
                ? this.encoded(pair.value, (0,yaml/* scalarText */.ws)(pair.key) ?? '')
                : readScalarValue(this.reader, pair.value, (0,yaml/* scalarText */.ws)(pair.key) ?? ''));
        const visible = mergeAll(parts);
        const name = (0,yaml/* scalarText */.ws)((0,yaml/* getPath */.Yn)(root, 'metadata', 'name')) ?? '?';
        this.envSources.sources.push({
            kind,
            name,
            sesRegions: visible.sesHostRegions,
            otherHosts: visible.otherSmtpHosts,
            smtp: visible.smtpSignal,
        });
        if (visible.referenceIds.length > 0)
            this.reader.builder.use(`${kind} ${name}`, this.reader.source.nodeSpan((0,yaml/* getValue */._W)(root, 'kind')), visible.referenceIds, destinationOf(visible, 'unknown'));
    }
    readWorkload(root) {
        const kind = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(root, 'kind'));
        const spec = (0,yaml/* getValue */._W)(root, 'spec');
        const podSpec = kind === 'Pod'
            ? spec
            : kind === 'CronJob'
                ? (0,yaml/* getPath */.Yn)(spec, 'jobTemplate', 'spec', 'template', 'spec')
                : (0,yaml/* getPath */.Yn)(spec, 'template', 'spec');
        for (const container of [
            ...(0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(podSpec, 'containers')),
            ...(0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(podSpec, 'initContainers')),
        ])
            this.readContainer(container);
    }
    readContainer(container) {
        const parts = [];
        for (const entry of (0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(container, 'env'))) {
            const name = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(entry, 'name')) ?? '';
            const value = (0,yaml/* getValue */._W)(entry, 'value');
            if (value)
                parts.push(readScalarValue(this.reader, value, name));
            // A Secret key mapped into the variable: the key's name says what the value is.
            const keyNode = (0,yaml/* getPath */.Yn)(entry, 'valueFrom', 'secretKeyRef', 'key');
            const key = (0,yaml/* scalarText */.ws)(keyNode);
            if (key && (0,dist/* isScalar */.jn)(keyNode)) {
                const sink = namedSink('env', name, this.reader.context.classifyName);
                const span = this.reader.source.nodeSpan(keyNode);
                const id = this.reader.builder.reference(span, { type: 'variable', name: key }, sink);
                parts.push({ ...emptyCollected(), referenceIds: [id], names: [name, key], smtpSignal: isSmtpSlot(sink) });
            }
        }
        const visible = mergeAll(parts);
        const containerName = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(container, 'name')) ?? '?';
        if (visible.referenceIds.length === 0)
            return;
        const useId = this.reader.builder.use(`container ${containerName}`, this.reader.source.nodeSpan(container), visible.referenceIds, destinationOf(visible, 'unknown'));
        for (const entry of (0,yaml/* seqItems */.Sg)((0,yaml/* getValue */._W)(container, 'envFrom'))) {
            for (const [kind, field] of [
                ['ConfigMap', 'configMapRef'],
                ['Secret', 'secretRef'],
            ]) {
                const name = (0,yaml/* scalarText */.ws)((0,yaml/* getPath */.Yn)(entry, field, 'name'));
                if (name)
                    this.envSources.imports.push({ useId, kind, name });
            }
        }
    }
    read(root) {
        const kind = (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(root, 'kind')) ?? '';
        if (envSourceKinds.has(kind))
            this.readSecretOrConfigMap(kind, root);
        else if (workloadKinds.has(kind))
            this.readWorkload(root);
    }
}
/** A manifest by content: a document with an `apiVersion` and a `kind`, decided after parsing (`!!str`, flow style). */
function isKubernetesManifest(root) {
    return ((0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(root, 'apiVersion')) !== undefined &&
        (0,yaml/* scalarText */.ws)((0,yaml/* getValue */._W)(root, 'kind')) !== undefined &&
        !looksLikeCloudFormation(root));
}
function readManifest(reader, root, facts) {
    facts.formatFacts.kubernetes ??= { sources: [], imports: [] };
    new ManifestReader(reader, facts.formatFacts.kubernetes).read(root);
}
/** A folder of manifests, as a whole name in the path (`deploy/`, `charts/`). */
const manifestFolder = /(?:^|\/)(?:k8s|kubernetes|kube|manifests|deploy|deployments?|kustomize|overlays|helm|charts)\//i;
/** A YAML file's name: something, not a folder's `/`, before `.yaml`. */
const yamlFileName = /[^/]\.ya?ml$/i;
/**
 * A YAML file anywhere below a folder of manifests. Two searches, each linear in the path's length: one pattern
 * of both, the folder then `(?:.*\/)?` then the name, tried the rest of the path from each folder name it met,
 * quadratic in a checkout's `k8s/k8s/\u2026/x.json` (4 000 characters: 5 ms a file).
 */
function inManifestFolder(path) {
    return yamlFileName.test(path) && manifestFolder.test(path);
}
/** Helm's values files by their conventional names (`values.yaml`, `values-prod.yaml`), wherever the chart is. */
const valuesFile = /(?:^|\/)values(?:[-._][^/]*)?\.ya?ml$/i;
/** Top-level maps that hold a program's environment in Helm values and application config files. */
const envMapKeys = ['env', 'envs', 'envVars', 'extraEnv', 'extraEnvVars', 'secretEnv', 'environment'];
/**
 * A top-level env map's key at the start of a line: such a file is worth decoding even with no format's word.
 * Every key holds `nv` once, so one scan for it finds them all.
 */
const mayHoldEnvMap = lineStartKeyFinder(envMapKeys, 'nv');
/** `apiVersion`, found by its rarer `Vers` (see byte-words.ts). */
const holdsApiVersion = wordFinder(['apiVersion'], 'Vers');
/**
 * Outside manifest folders, a document no format recognises gives up only its top-level env maps (a Helm
 * values file committed elsewhere, an app's environment file), each string read under its key.
 */
const envMapValues = (reader, root) => {
    for (const key of envMapKeys) {
        const map = (0,yaml/* getValue */._W)(root, key);
        if (map && (0,yaml/* mapPairs */.OH)(map).length > 0)
            readSettingMaps(reader, map, key);
    }
};
/** In a manifest folder or a values file, a document with no `apiVersion` is Helm values: every string is read under its key. */
function helmValuesReader(path) {
    if (!inManifestFolder(path) && !valuesFile.test(path))
        return undefined;
    return (reader, root) => {
        if (!(0,yaml/* hasKey */.CJ)(root, 'apiVersion') && !(0,yaml/* hasKey */.CJ)(root, 'kind'))
            readSettingMaps(reader, root, 'values');
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
    mayMatter: (bytes) => holdsApiVersion(bytes) || mayHoldEnvMap(bytes),
    join: joinEnvFrom,
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
/**
 * The formats whose join reads what a per-file cache entry cannot hold (Terraform's parsed trees): the
 * parse cache keeps what the join read of all their files (`JoinContext.remember`), checked with this
 * before use, and parses every file of the format again when one of them changed.
 */
const rememberedJoins = new Map([
    [terraformAdapter.id, joinFitsFiles],
]);
/**
 * Whether a cached file entry's format facts say only what its own file could (beyond their shape, which
 * the cache checks): Terraform's region facts are of the file's folder alone.
 */
function formatFactsFitFile(formatFacts, path) {
    return regionFactsFitFile(formatFacts, path);
}
/** Each format's cross-file step, in registry order. */
const adapterJoins = adapters.flatMap((adapter) => (adapter.join ? [adapter.join] : []));
const pathFormats = adapters.filter((format) => format.claim === 'path');
const contentFormats = adapters.filter((format) => format.claim === 'content');
/** The adapters that claim a path by the path alone; the meta-test keeps this at most one per path. */
function pathOwners(path) {
    return pathFormats.filter((format) => format.matches(path));
}
/** A word of one of these formats is in the bytes (a format without such a word never rules a file out). */
function mayHoldOneOf(formats) {
    return (bytes) => formats.some((format) => format.mayMatter?.(bytes) ?? true);
}
/**
 * Reads a YAML or JSON file no format owns by path: parsed once, each document by the format that
 * recognises it. The only reader of the formats found by content, in a scan and in their tests alike.
 */
function contentReader(mayMatter, helmValues) {
    return {
        id: 'yaml',
        claim: 'content',
        description: 'YAML or JSON',
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
const formats_yamlReader = contentReader(mayHoldOneOf(contentFormats), false);
const jsonReader = contentReader(mayHoldOneOf(contentFormats.filter((format) => format.id === 'cloudformation' || format.id === 'kubernetes')), false);
const helmFolderReader = contentReader(undefined, true);
/**
 * Every file the walk sees is routed here (20 000 on the bench corpus, most of them before V8 has
 * optimised the routing), so it runs indexed loops over plain tests read once: each path format beside
 * its test, and the content formats' tests, each once (all four take YAML and JSON paths alike). `find`
 * and `some`, with a callback reading `matches` off adapters of seven shapes, cost a cold walk \u2248 7 ms more.
 */
const pathClaims = pathFormats.map((format) => ({ matches: format.matches, format }));
const contentTests = [...new Set(contentFormats.map((format) => format.matches))];
/** The adapter that reads a path: the one that owns it by path, else the reader of formats found by content. */
function adapterFor(path) {
    for (let i = 0; i < pathClaims.length; i++) {
        const claim = pathClaims[i];
        if (claim?.matches(path))
            return claim.format;
    }
    if (!anyPasses(contentTests, path))
        return undefined;
    if (helmValuesReader(path))
        return helmFolderReader;
    return /\.json$/i.test(path) ? jsonReader : formats_yamlReader;
}
/** Whether one of `tests` passes `path`, in an indexed loop (see `pathClaims`). */
function anyPasses(tests, path) {
    for (let i = 0; i < tests.length; i++)
        if (tests[i]?.(path) === true)
            return true;
    return false;
}


/***/ }),

/***/ 4842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ capReferences),
/* harmony export */   Qk: () => (/* binding */ nestingDepth),
/* harmony export */   Rl: () => (/* binding */ nodeEstimate),
/* harmony export */   hV: () => (/* binding */ NestingCounter),
/* harmony export */   jR: () => (/* binding */ defaultParseLimits),
/* harmony export */   qm: () => (/* binding */ isNodeMark)
/* harmony export */ });
/* unused harmony export maxReferencesPerFile */
/* harmony import */ var _credentials_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1192);
/* harmony import */ var _common_line_end_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3335);


const defaultParseLimits = { maxDepth: 100, maxAliases: 100_000, maxNodes: 250_000 };
/** Counts what becomes a node in a parsed document (commas, `- ` items, `: ` keys, comments), without parsing; stops past `limit`. */
function nodeEstimate(text, limit) {
    let count = 0;
    for (let i = 0; i < text.length && count <= limit; i++)
        if (isNodeMark(text, i, text.charCodeAt(i)))
            count++;
    return count;
}
/**
 * A comma, a `- ` or `: `, or a `#` after a line break or blank (a comment, as YAML starts one): what
 * `nodeEstimate` counts, for a pass that reads the text anyway.
 */
function isNodeMark(text, i, code) {
    if (code === 35) {
        const previous = i === 0 ? 10 : text.charCodeAt(i - 1);
        return previous === 10 || previous === 32 || previous === 9 || previous === 13;
    }
    return code === 44 || ((code === 45 || code === 58) && text.charCodeAt(i + 1) === 32);
}
/**
 * The end of a comment that starts at `i` (`#` or `//` to the line's end, `/* \u2026 *\/`), or `i` when none
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
    if (code === 35 || (code === 47 && next === 47))
        return (0,_common_line_end_js__WEBPACK_IMPORTED_MODULE_1__/* .lineEndAt */ .f)(text, i);
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
    const counter = new NestingCounter(limit);
    for (let i = 0; i < text.length && !counter.isPastLimit(); i++)
        counter.step(text, i, text.charCodeAt(i));
    return counter.deepest;
}
/**
 * The nesting count one character at a time, so another pass over the text can carry it. Within a line,
 * only spaces, dashes, newlines and brackets change it: a caller may skip characters that are none of
 * these once the line's first other character was fed.
 */
class NestingCounter {
    limit;
    deepest = 0;
    brackets = 0;
    indents = [];
    lineStart = true;
    indent = 0;
    dashes = 0;
    /** Characters before this offset are inside a comment. */
    skipUntil = 0;
    constructor(limit) {
        this.limit = limit;
    }
    isPastLimit() {
        return this.deepest > this.limit;
    }
    /** Feeds the character `code` at offset `i` of `text`; nothing changes once past the limit. */
    step(text, i, code) {
        if (this.deepest > this.limit || i < this.skipUntil)
            return;
        if (this.lineStart) {
            const opensLevel = (code === 45 || code === 63) && text.charCodeAt(i + 1) === 32;
            if (code === 32 || code === 45 || opensLevel) {
                // Spaces, and the dash of a YAML list item, count as indentation; each `- ` opens a sequence, and each
                // `? ` (an explicit key) a map: `yaml` composes `? ? ? \u2026` on one line by recursion, one level each.
                if (opensLevel)
                    this.dashes++;
                this.indent++;
                return;
            }
            this.lineStart = false;
            if (code !== 10 && code !== 13 && code !== 35) {
                const indents = this.indents;
                while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= this.indent)
                    indents.pop();
                indents.push(this.indent);
                if (indents.length + this.dashes > this.deepest)
                    this.deepest = indents.length + this.dashes;
            }
        }
        if (code === 35 || code === 47) {
            const end = commentEnd(text, i);
            if (end > i) {
                // Skip to the comment's end, so a newline that ends it is still seen.
                this.skipUntil = end;
                return;
            }
        }
        if (code === 10) {
            this.lineStart = true;
            this.indent = 0;
            this.dashes = 0;
        }
        else if (code === 123 || code === 91) {
            this.brackets++;
            if (this.brackets > this.deepest)
                this.deepest = this.brackets;
        }
        else if ((code === 125 || code === 93) && this.brackets > 0)
            this.brackets--;
    }
}
/**
 * Credential values one file may contribute. A file holding more is a dump of credentials; reporting
 * each would cost seconds and hundreds of megabytes per ten thousand, so some are kept, the rest counted
 * in a note.
 */
const maxReferencesPerFile = 2_000;
/**
 * Whether a reference goes before the others when a file holds too many: any value that is not a plain
 * literal (a secret, an attribute) and every credential-shaped literal. Otherwise a flood of cheap
 * literals (`--user a:b` 55 000 times) would push a real key pair past the cap.
 */
function keptFirst(reference) {
    return reference.source.type !== 'literal' || (0,_credentials_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyValue */ .Ws)(reference.source.value) !== undefined;
}
/**
 * Keeps `limit` of a file's references (and uses of them), in file order \u2014 credential-shaped values and
 * references first, then the first others \u2014 with a note counting the rest.
 */
function capReferences(model, limit = maxReferencesPerFile) {
    if (model.references.length <= limit)
        return model;
    const first = model.references.filter(keptFirst);
    const chosen = new Set(first.slice(0, limit));
    for (const reference of model.references) {
        if (chosen.size >= limit)
            break;
        chosen.add(reference);
    }
    const references = model.references.filter((reference) => chosen.has(reference));
    const kept = new Set(references.map((reference) => reference.id));
    const uses = model.uses.flatMap((use) => {
        const referenceIds = use.referenceIds.filter((id) => kept.has(id));
        return referenceIds.length > 0 ? [{ ...use, referenceIds }] : [];
    });
    const message = `${model.references.length} credential values in one file; only ${limit} are reported, credential-shaped ones first (treat every value in it as leaked)`;
    return { ...model, references, uses, problems: [...model.problems, { file: model.file, message }] };
}


/***/ }),

/***/ 7787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ nextBreak),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/* unused harmony export endsLine */
/**
 * Turns offsets into 1-based lines and columns. Built from the text itself, not from a parser's
 * line counter, so positions stay right after a syntax error has thrown the parser off. A line ends
 * at `\n`, `\r\n` or a lone `\r`, as YAML and editors count them.
 */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let at = nextBreak(text, 0); at >= 0; at = nextBreak(text, at))
            this.starts.push(at);
    }
    /** How many lines the text has (a text ending in a line break has an empty last line). */
    get count() {
        return this.starts.length;
    }
    /** The text of the `index`-th line (0-based) without its line break, and where it starts. */
    line(index) {
        const start = this.starts[index] ?? this.text.length;
        let end = this.starts[index + 1] ?? this.text.length;
        if (end > start && this.text.charCodeAt(end - 1) === 10)
            end--;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return { start, text: this.text.slice(start, end) };
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
/** The start of the line after the next line break at or after `from`, or -1 when none is left. */
function nextBreak(text, from) {
    for (let at = from; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (code === 10)
            return at + 1;
        if (code === 13)
            return text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    }
    return -1;
}
/** Whether the character at `at` ends a line: `\n`, or a `\r` not followed by `\n`. */
function endsLine(text, at, code = text.charCodeAt(at)) {
    return code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10);
}


/***/ }),

/***/ 8279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ ParserNotLoaded)
/* harmony export */ });
/**
 * Thrown by a parse that needs a parser not loaded yet (tree-sitter's WebAssembly, which Terraform needs only
 * for what the fast HCL reader declines): the scan loads the format's parser (`FormatAdapter.prepare`) and
 * parses the file again, so a scan whose files the fast readers read never loads it.
 */
class ParserNotLoaded extends Error {
    constructor(parser) {
        super(`the ${parser} parser is not loaded`);
        this.name = 'ParserNotLoaded';
    }
}


/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rC: () => (/* binding */ YamlSource),
  xf: () => (/* binding */ getPair),
  Yn: () => (/* binding */ getPath),
  _W: () => (/* binding */ getValue),
  CJ: () => (/* binding */ hasKey),
  jh: () => (/* reexport */ dist/* isMap */.jh),
  jn: () => (/* reexport */ dist/* isScalar */.jn),
  OH: () => (/* binding */ mapPairs),
  v: () => (/* binding */ parseAllDocuments),
  nU: () => (/* binding */ readFastDocuments),
  ws: () => (/* binding */ scalarText),
  Sg: () => (/* binding */ seqItems),
  K6: () => (/* binding */ syntaxErrorPrefix),
  IB: () => (/* binding */ tokensUnlessSyntaxError)
});

// UNUSED EXPORTS: alignScalar, isSeq, keyText, tokensShowSyntaxError

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/formats/shared/lines.ts
var lines = __webpack_require__(7787);
;// CONCATENATED MODULE: ./src/formats/shared/aliases.ts

/**
 * Finds what each alias of a document names and what expanding it would cost, in one walk with a stack.
 * An anchor counts from the end of its node on, so an alias inside its own anchored node names an earlier
 * anchor or nothing: what aliases name is always complete, never a cycle. Each node's expanded size is
 * kept, so an alias's cost is looked up, not walked: a billion laughs costs its few hundred nodes to measure.
 */
function planAliases(doc) {
    const anchors = new Map();
    const nodeCount = new Map();
    const slots = [];
    const merging = [];
    let cost = 0;
    const sizeOf = (node) => ((0,dist/* isAlias */.Vj)(node) ? 1 : isNode(node) ? (nodeCount.get(node) ?? 1) : 0);
    const aliasSize = (alias, onResolved) => {
        const target = anchors.get(alias.source);
        if (!target)
            return 1;
        const size = nodeCount.get(target) ?? 1;
        cost += size;
        onResolved(target);
        return size;
    };
    const pending = isNode(doc.contents)
        ? [{ node: doc.contents, done: false }]
        : [];
    while (pending.length > 0) {
        const entry = pending.pop();
        if (!entry)
            break;
        const { node } = entry;
        if (!entry.done) {
            pending.push({ node, done: true });
            for (const child of children(node))
                if (isNode(child) && !(0,dist/* isAlias */.Vj)(child))
                    pending.push({ node: child, done: false });
            continue;
        }
        let size = 1;
        if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => {
                size += (0,dist/* isAlias */.Vj)(item)
                    ? aliasSize(item, (target) => slots.push({ holder: node.items, index, alias: item, target }))
                    : sizeOf(item);
            });
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                if (isMergeKey(pair) && merging[merging.length - 1] !== node)
                    merging.push(node);
                for (const part of ['key', 'value']) {
                    const value = pair[part];
                    size += (0,dist/* isAlias */.Vj)(value)
                        ? aliasSize(value, (target) => slots.push({ holder: pair, part, alias: value, target }))
                        : sizeOf(value);
                }
            }
        }
        nodeCount.set(node, size);
        if (node.anchor)
            anchors.set(node.anchor, node);
    }
    return { cost, slots, merging };
}
function isNode(value) {
    return (0,dist/* isScalar */.jn)(value) || (0,dist/* isMap */.jh)(value) || (0,dist/* isSeq */.oP)(value) || (0,dist/* isAlias */.Vj)(value);
}
/** A collection's children in the order a stack pushes them: last first, so they are popped in document order. */
function children(node) {
    if ((0,dist/* isSeq */.oP)(node))
        return [...node.items].reverse();
    if ((0,dist/* isMap */.jh)(node))
        return [...node.items].reverse().flatMap((pair) => ((0,dist/* isPair */.tO)(pair) ? [pair.value, pair.key] : []));
    return [];
}
/**
 * Replaces each alias of a document by what it names, when expanding them all costs at most `budget`
 * nodes: an alias of a scalar by a copy at the alias's place (so a value read through `*k` is found at
 * the `*k`), an alias of a map or sequence by the node itself, and a merge key (`<<: *defaults`) by the
 * pairs it brings that the map does not set itself. Returns the expansion's cost and, for each copied
 * scalar, where its value is written; over the budget, the document is left as it is.
 */
function resolveAliases(doc, budget) {
    const origins = new Map();
    const plan = planAliases(doc);
    if (plan.cost > budget || plan.slots.length === 0)
        return { cost: plan.cost, origins };
    for (const slot of plan.slots) {
        const replacement = standIn(slot.alias, slot.target, origins);
        if ('index' in slot)
            slot.holder[slot.index] = replacement;
        else if (slot.part === 'key')
            slot.holder.key = replacement;
        else
            slot.holder.value = replacement;
    }
    for (const map of plan.merging)
        applyMerges(map);
    return { cost: plan.cost, origins };
}
function standIn(alias, target, origins) {
    if (!(0,dist/* isScalar */.jn)(target))
        return target;
    const copy = new dist/* Scalar */.X5(target.value);
    if (target.tag)
        copy.tag = target.tag;
    if (target.type)
        copy.type = target.type;
    if (alias.range)
        copy.range = alias.range;
    origins.set(copy, { anchor: alias.source, offset: target.range?.[0] ?? 0 });
    return copy;
}
function isMergeKey(pair) {
    return (0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN';
}
/**
 * Rebuilds a map's items once, each merge pair (`<<: *a`, `<<: [*a, *b]`) replaced by the pairs it brings:
 * the map's own keys win, then earlier merges over later ones.
 */
function applyMerges(map) {
    const keyOf = (pair) => ((0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined);
    const taken = new Set();
    for (const pair of map.items) {
        const key = keyOf(pair);
        if (key !== undefined && !isMergeKey(pair))
            taken.add(key);
    }
    const items = [];
    for (const pair of map.items) {
        if (!isMergeKey(pair) || !((0,dist/* isMap */.jh)(pair.value) || (0,dist/* isSeq */.oP)(pair.value))) {
            items.push(pair);
            continue;
        }
        const sources = (0,dist/* isMap */.jh)(pair.value) ? [pair.value] : pair.value.items.filter(dist/* isMap */.jh);
        for (const source of sources) {
            for (const merged of source.items) {
                const key = keyOf(merged);
                if (key === undefined || taken.has(key))
                    continue;
                taken.add(key);
                items.push(merged);
            }
        }
    }
    map.items = items;
}

// EXTERNAL MODULE: ./src/formats/shared/limits.ts
var limits = __webpack_require__(4842);
// EXTERNAL MODULE: ./src/common/line-end.ts
var line_end = __webpack_require__(3335);
;// CONCATENATED MODULE: ./src/formats/shared/yaml-fast-scalars.ts
// The one-line pieces the fast YAML reader (yaml-fast.ts) understands: plain and quoted scalars, block
// scalars and one-line flow sequences. Each reader returns where its piece is written and what it reads
// as, or undefined when the piece is outside the subset the fast reader is sure of, so that the `yaml`
// package parses the file instead.

const space = 32;
const hash = 35;
const colon = 58;
const comma = 44;
const singleQuote = 39;
const backslash = 92;
const doubleQuote = 34;
const openBracket = 91;
const closeBracket = 93;
const exclamation = 33;
/** The first offset at or after `from` on the line that is not a space. */
function skipSpaces(text, from, lineEnd) {
    let at = from;
    while (at < lineEnd && text.charCodeAt(at) === space)
        at++;
    return at;
}
/**
 * Whether a plain scalar may start at `at` in block context: not at a character that YAML reads as an
 * indicator (`- `, `? `, `: ` and the reserved or flow characters), which the fast reader leaves to `yaml`.
 */
function startsPlain(text, at, lineEnd) {
    const code = text.charCodeAt(at);
    if (code === 45 || code === 63 || code === colon) {
        const next = at + 1 < lineEnd ? text.charCodeAt(at + 1) : space;
        return next !== space;
    }
    return !indicatorStarts.has(code);
}
const indicatorStarts = new Set([...',[]{}#&*!|>\'"%@`'].map((char) => char.charCodeAt(0)));
/** Reads a plain scalar in block context up to a `: ` indicator, a ` #` comment or the line's end, as `yaml`'s lexer does. */
function scanPlain(text, from, lineEnd) {
    let end = from;
    for (let at = from; at < lineEnd; at++) {
        const code = text.charCodeAt(at);
        if (code === colon) {
            if (at + 1 >= lineEnd || text.charCodeAt(at + 1) === space)
                return { end, stop: 'colon', stopAt: at };
            end = at + 1;
        }
        else if (code === space) {
            if (text.charCodeAt(at + 1) === hash)
                return { end, stop: 'comment', stopAt: at + 1 };
        }
        else
            end = at + 1;
    }
    return { end, stop: 'line', stopAt: lineEnd };
}
/**
 * Reads a quoted scalar that closes on its own line: single-quoted with `''` for a quote, double-quoted
 * with the escapes `yaml` knows (an unknown or malformed escape is a syntax error, left to `yaml`).
 */
function scanQuoted(text, from, lineEnd) {
    const quote = text.charCodeAt(from);
    if (quote === doubleQuote)
        return scanDoubleQuoted(text, from, lineEnd);
    let value = '';
    let chunk = from + 1;
    for (let at = from + 1; at < lineEnd; at++) {
        if (text.charCodeAt(at) !== singleQuote)
            continue;
        value += text.slice(chunk, at);
        if (text.charCodeAt(at + 1) !== singleQuote)
            return { value, end: at + 1, type: 'QUOTE_SINGLE' };
        value += "'";
        at++;
        chunk = at + 1;
    }
    return undefined;
}
function scanDoubleQuoted(text, from, lineEnd) {
    let value = '';
    let chunk = from + 1;
    for (let at = from + 1; at < lineEnd; at++) {
        const code = text.charCodeAt(at);
        if (code === doubleQuote)
            return { value: value + text.slice(chunk, at), end: at + 1, type: 'QUOTE_DOUBLE' };
        if (code !== backslash)
            continue;
        const escape = readEscape(text, at, lineEnd);
        if (!escape)
            return undefined;
        value += text.slice(chunk, at) + escape.value;
        at += escape.width - 1;
        chunk = at + 1;
    }
    return undefined;
}
/** What the escape at `at` stands for and how many characters it takes, as `yaml` reads it (`doubleQuotedValue`). */
function readEscape(text, at, lineEnd) {
    const name = text[at + 1];
    if (name === undefined || at + 1 >= lineEnd)
        return undefined;
    const simple = simpleEscapes.get(name);
    if (simple !== undefined)
        return { value: simple, width: 2 };
    const digits = name === 'x' ? 2 : name === 'u' ? 4 : name === 'U' ? 8 : 0;
    const hex = text.slice(at + 2, at + 2 + digits);
    if (digits === 0 || at + 2 + digits > lineEnd || !/^[0-9a-fA-F]+$/.test(hex))
        return undefined;
    const code = parseInt(hex, 16);
    return code > 0x10ffff ? undefined : { value: String.fromCodePoint(code), width: 2 + digits };
}
const simpleEscapes = new Map([
    ['0', '\0'],
    ['a', '\x07'],
    ['b', '\b'],
    ['e', '\x1b'],
    ['f', '\f'],
    ['n', '\n'],
    ['r', '\r'],
    ['t', '\t'],
    ['v', '\v'],
    ['N', '\u0085'],
    ['_', '\u00a0'],
    ['L', '\u2028'],
    ['P', '\u2029'],
    [' ', ' '],
    ['"', '"'],
    ['/', '/'],
    ['\\', '\\'],
]);
/** Whether only spaces and then a comment or nothing follow `from` on the line. */
function restIsBlank(text, from, lineEnd) {
    const at = skipSpaces(text, from, lineEnd);
    return at === lineEnd || (at > from && text.charCodeAt(at) === hash);
}
/** Deeper flow sequences are left to `yaml`, whose composer recurses on them. */
const maxFlowDepth = 32;
/**
 * Reads a flow sequence that closes on its own line and holds scalars and flow sequences (CloudFormation's
 * `!Join ['-', [!Ref Env, name]]`): no maps, no pairs, no comments inside, nothing but a comment after it.
 */
function scanFlowSequence(text, open, lineEnd) {
    const events = [{ kind: 'open', tag: undefined, start: open }];
    let depth = 1;
    let at = skipSpaces(text, open + 1, lineEnd);
    while (at < lineEnd) {
        if (text.charCodeAt(at) === closeBracket) {
            depth--;
            const rangeEnd = depth === 0 ? at + 1 : skipSpaces(text, at + 1, lineEnd);
            events.push({ kind: 'close', end: at + 1, rangeEnd });
            if (depth === 0)
                return restIsBlank(text, at + 1, lineEnd) ? events : undefined;
            at = afterItem(text, rangeEnd, lineEnd);
            continue;
        }
        const tag = text.charCodeAt(at) === exclamation ? scanTag(text, at, lineEnd) : undefined;
        const start = tag ? skipSpaces(text, tag.end, lineEnd) : at;
        if (text.charCodeAt(start) === openBracket) {
            if (++depth > maxFlowDepth)
                return undefined;
            events.push({ kind: 'open', tag, start });
            at = skipSpaces(text, start + 1, lineEnd);
            continue;
        }
        const item = scanFlowScalar(text, start, lineEnd, tag);
        if (!item)
            return undefined;
        events.push(item);
        at = afterItem(text, item.rangeEnd, lineEnd);
    }
    return undefined;
}
/** Past the `,` after an item (and the spaces after it), or at the `]` that closes its sequence; else the line's end. */
function afterItem(text, at, lineEnd) {
    const next = text.charCodeAt(at);
    if (next === comma)
        return skipSpaces(text, at + 1, lineEnd);
    return next === closeBracket ? at : lineEnd;
}
function scanFlowScalar(text, at, lineEnd, tag) {
    const code = text.charCodeAt(at);
    if (code === singleQuote || code === doubleQuote) {
        const quoted = scanQuoted(text, at, lineEnd);
        if (!quoted)
            return undefined;
        const rangeEnd = skipSpaces(text, quoted.end, lineEnd);
        return {
            kind: 'scalar',
            tag,
            start: at,
            end: quoted.end,
            rangeEnd,
            plain: false,
            value: quoted.value,
            type: quoted.type,
        };
    }
    // `-a` and `?a` are plain; `-,` and `-]` are not, in a flow sequence.
    if (!startsPlain(text, at, lineEnd) ||
        code === colon ||
        ((code === 45 || code === 63) && flowStops.has(text.charCodeAt(at + 1))))
        return undefined;
    let end = at;
    let scan = at;
    for (; scan < lineEnd; scan++) {
        const char = text.charCodeAt(scan);
        if (char === comma || char === closeBracket)
            break;
        // Flow indicators, pairs and comments inside a flow sequence are left to `yaml`.
        if (flowStops.has(char))
            return undefined;
        // `iam:GetUser` is one scalar; `key: value` and `key:,` are pairs.
        if (char === colon && (scan + 1 >= lineEnd || flowEnds.has(text.charCodeAt(scan + 1))))
            return undefined;
        if (char !== space)
            end = scan + 1;
    }
    if (end === at)
        return undefined;
    return {
        kind: 'scalar',
        tag,
        start: at,
        end,
        rangeEnd: scan,
        plain: true,
        value: text.slice(at, end),
        type: 'PLAIN',
    };
}
const flowStops = new Set([...'[]{},#\'"'].map((char) => char.charCodeAt(0)));
const flowEnds = new Set([...' ,[]{}'].map((char) => char.charCodeAt(0)));
/**
 * Reads an anchor (`&name`) or alias (`*name`) name as `yaml`'s lexer does (up to a space or flow
 * character), followed by a space or the line's end. A name ending in `:` (which `yaml` warns about) or
 * an empty one is left to `yaml`.
 */
function scanAnchorName(text, at, lineEnd) {
    let end = at + 1;
    while (end < lineEnd && !flowEnds.has(text.charCodeAt(end)))
        end++;
    const name = text.slice(at + 1, end);
    if (name === '' || name.endsWith(':') || (end < lineEnd && text.charCodeAt(end) !== space))
        return undefined;
    return { name, end };
}
/**
 * Reads a local tag of letters, digits, `-` and `_` followed by a space or the line's end, the tags
 * CloudFormation and others write, which `yaml` cannot resolve: it warns and reads the value as a string.
 * Anything else (`!!str`, `!<\u2026>`, `!e!x`) is left to `yaml`.
 */
function scanTag(text, at, lineEnd) {
    let end = at + 1;
    while (end < lineEnd && isTagChar(text.charCodeAt(end)))
        end++;
    if (end === at + 1 || (end < lineEnd && text.charCodeAt(end) !== space))
        return undefined;
    return { name: text.slice(at, end), at, end };
}
function isTagChar(code) {
    return ((code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        code === 45 ||
        code === 95);
}
/** An empty flow map, `{}`, with nothing but a comment after it: the offset past its `}`. */
function scanEmptyFlowMap(text, open, lineEnd) {
    const close = skipSpaces(text, open + 1, lineEnd);
    if (text.charCodeAt(close) !== 125 || !restIsBlank(text, close + 1, lineEnd))
        return undefined;
    return close + 1;
}
/**
 * A Helm value `{{ expression }}` with nothing after it on the line, which YAML reads as a flow map whose
 * one key is a flow map whose one key is the expression, a plain scalar (no values). Only expressions that
 * are one flow plain scalar are taken: no flow indicators, `:` or `#` inside, and a first character that
 * is no indicator (`{{- if \u2026}}`, `{{ "x" }}` are left to `yaml`).
 */
function scanTemplatePlaceholder(text, open, lineEnd) {
    if (text.charCodeAt(open + 1) !== 123)
        return undefined;
    const start = skipSpaces(text, open + 2, lineEnd);
    if (!startsTemplateExpression(text.charCodeAt(start)))
        return undefined;
    let end = start;
    for (let at = start; at < lineEnd; at++) {
        const code = text.charCodeAt(at);
        if (code === 125) {
            if (text.charCodeAt(at + 1) !== 125 || skipSpaces(text, at + 2, lineEnd) !== lineEnd)
                return undefined;
            return { value: text.slice(start, end), start, end, close: at };
        }
        if (notInFlowPlain[code])
            return undefined;
        if (code !== space)
            end = at + 1;
    }
    return undefined;
}
/** Whether a template expression may start with `code`: a letter, digit, `.`, `$`, `(` or `_`. */
function startsTemplateExpression(code) {
    return ((code >= 97 && code <= 122) ||
        (code >= 65 && code <= 90) ||
        (code >= 48 && code <= 57) ||
        code === 46 ||
        code === 36 ||
        code === 40 ||
        code === 95);
}
/** Characters that end or change a plain scalar in a flow collection (and tabs, which the reader never takes). */
const notInFlowPlain = new Uint8Array(128);
for (const char of ',[]{}:#\t')
    notInFlowPlain[char.charCodeAt(0)] = 1;
/** A run of one line. */
function lineRun(textEnd, end) {
    return { lines: 1, textEnd, secondTextEnd: textEnd, lastTextEnd: textEnd, end };
}
/** Adds the line after `run` (whose text ends at `textEnd`, and the next starts at `end`) to it. */
function extendRun(run, textEnd, end) {
    if (run.lines === 1)
        run.secondTextEnd = textEnd;
    run.lines++;
    run.lastTextEnd = textEnd;
    run.end = end;
}
/** The first two line breaks of a run (fewer if it has fewer): all that the reader asks of them. */
function firstBreaks(run) {
    const lastHasBreak = run.end > run.lastTextEnd;
    if (run.lines === 1)
        return lastHasBreak ? [run.textEnd] : [];
    if (run.lines === 2 && !lastHasBreak)
        return [run.textEnd];
    return [run.textEnd, run.secondTextEnd];
}
/**
 * Reads a block scalar whose header is at `header` and whose content starts at `contentStart`, in a
 * collection indented `parentIndent`. Declines an indentation indicator, leading blank lines, blank lines
 * with more spaces than the content's indentation, more-indented lines in a folded scalar and a kept
 * (`|+`) scalar that ends without a line break: each reads differently in ways not worth copying.
 */
function scanBlockScalar(text, header, headerEnd, parentIndent) {
    const literal = text.charCodeAt(header) === 124;
    const chomp = text.charCodeAt(header + 1);
    const chomping = chomp === 45 ? 'strip' : chomp === 43 ? 'keep' : 'clip';
    const afterHeader = header + (chomping === 'clip' ? 1 : 2);
    if (!restIsBlank(text, afterHeader, headerEnd) || headerEnd >= text.length)
        return undefined;
    let lineStart = headerEnd + 1;
    const firstEnd = (0,line_end/* lineEndAt */.f)(text, lineStart);
    const indent = skipSpaces(text, lineStart, firstEnd) - lineStart;
    if (indent === firstEnd - lineStart || indent <= parentIndent)
        return undefined;
    const lines = [];
    let blankRun = 0;
    let contentEnd = lineStart;
    let blanks;
    while (lineStart < text.length) {
        const lineEnd = (0,line_end/* lineEndAt */.f)(text, lineStart);
        const spaces = skipSpaces(text, lineStart, lineEnd) - lineStart;
        const next = lineEnd < text.length ? lineEnd + 1 : lineEnd;
        if (lineStart + spaces === lineEnd) {
            if (spaces > indent)
                return undefined;
            blankRun++;
            if (blanks)
                extendRun(blanks, lineEnd, next);
            else
                blanks = lineRun(lineEnd, next);
        }
        else if (spaces < indent)
            break;
        else {
            if (!literal && spaces > indent)
                return undefined;
            // One push per blank line, never a spread: 150 000 blank lines as arguments would overflow the stack.
            if (lines.length > 0)
                joinBlank(lines, literal, blankRun);
            lines.push(text.slice(lineStart + indent, lineEnd));
            blankRun = 0;
            blanks = undefined;
            contentEnd = next;
        }
        lineStart = next;
    }
    const body = lines.join(literal ? '\n' : '');
    const endsWithBreak = text.charCodeAt(contentEnd - 1) === 10;
    if (chomping === 'keep') {
        const kept = blanks ? blanks.end : contentEnd;
        if (text.charCodeAt(kept - 1) !== 10)
            return undefined;
        return {
            value: `${body}\n${'\n'.repeat(blanks?.lines ?? 0)}`,
            type: literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED',
            end: kept,
            next: kept,
            trailingBlank: undefined,
        };
    }
    if (!endsWithBreak && blanks)
        return undefined;
    return {
        value: chomping === 'strip' ? body : `${body}\n`,
        type: literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED',
        end: contentEnd,
        next: lineStart,
        trailingBlank: blanks,
    };
}
/**
 * Adds what joins a content line to the one before it: in a literal scalar each blank line between is an
 * empty line; in a folded one a single break folds to a space and blank lines stand for a break each.
 */
function joinBlank(lines, literal, blankRun) {
    // Literal: joined by line breaks, one string of `blankRun - 1` breaks stands for `blankRun` empty lines.
    if (literal) {
        if (blankRun > 0)
            lines.push('\n'.repeat(blankRun - 1));
    }
    else
        lines.push(blankRun === 0 ? ' ' : '\n'.repeat(blankRun));
}

;// CONCATENATED MODULE: ./src/formats/shared/yaml-fast-nodes.ts
// What both fast readers (yaml-fast.ts for block YAML, json-fast.ts for JSON) need to build the `yaml`
// package's own scalars: its core schema's resolution of plain values, and one object to throw when a
// file is outside their subset, so that `yaml` parses it instead.

/**
 * The documents a fast reader built without an alias node: YamlSource need not walk them for aliases, which
 * it otherwise does for every file holding a `*` (`Resource: '*'` in most policies).
 */
const documentsWithoutAliases = new WeakSet();
/** What a fast reader throws to give the file back to `yaml`; one object, so declining costs no stack trace. */
const declined = new Error('outside the fast YAML subset');
const scalarTagKey = Symbol.for('yaml.scalar');
/** Scalars as `yaml`'s composer builds them for one document's schema. */
class SchemaScalars {
    options;
    tags;
    /** Every default tag's test is one of `coreTests`, so a value no such test can match is told by its first character. */
    tagsKnown;
    stringTag;
    constructor(document, options) {
        this.options = options;
        const schema = document.schema;
        this.tags = schema.tags.filter((tag) => tag.default === true && tag.test);
        this.tagsKnown = this.tags.every(isCoreTest);
        this.stringTag = schema[scalarTagKey];
    }
    /** A plain scalar resolved as `yaml`'s core schema does: the first default tag whose test matches, else a string. */
    plain(value, start, end, rangeEnd) {
        const tag = this.defaultTag(value);
        const resolved = tag.resolve(value, refuse, this.options);
        const scalar = (0,dist/* isScalar */.jn)(resolved) ? resolved : new dist/* Scalar */.X5(resolved);
        scalar.range = [start, end, rangeEnd];
        scalar.source = value;
        scalar.type = 'PLAIN';
        if (tag.format)
            scalar.format = tag.format;
        return scalar;
    }
    /** A scalar read as a string: quoted, a block scalar, or under a tag `yaml` does not know (the caller adds the tag). */
    string(value, type, start, end, rangeEnd) {
        const scalar = new dist/* Scalar */.X5(this.stringTag.resolve(value, refuse, this.options));
        scalar.range = [start, end, rangeEnd];
        scalar.source = value;
        scalar.type = type;
        return scalar;
    }
    /** The first default tag whose test matches the plain value, else the string tag. */
    defaultTag(value) {
        if (this.tagsKnown && value.length > 0 && !mayResolveOtherThanString[value.charCodeAt(0)])
            return this.stringTag;
        const { tags } = this;
        for (let index = 0; index < tags.length; index++)
            if (tags[index].test.test(value))
                return tags[index];
        return this.stringTag;
    }
}
/**
 * The tests of `yaml`'s core schema (null, bool, the three ints, the three floats): only an empty value or
 * one that starts with `~`, `N`, `n`, `T`, `t`, `F`, `f`, a digit, `+`, `-` or `.` can pass one of them.
 * yaml-fast.test.ts checks the schema's tests are still these.
 */
const coreTests = new Set([
    '^(?:~|[Nn]ull|NULL)?$',
    '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
    '^0o[0-7]+$',
    '^[-+]?[0-9]+$',
    '^0x[0-9a-fA-F]+$',
    '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
    '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
    '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
]);
/**
 * Each document's schema lists the same tag objects, so their tests are told once: a RegExp's `source` is
 * worked out anew on each read, which a thousand documents of a scan would pay for each of their tags.
 */
const coreTestOf = new WeakMap();
function isCoreTest(tag) {
    const test = tag.test;
    let known = coreTestOf.get(test);
    if (known === undefined) {
        known = coreTests.has(test.source) && test.flags === '';
        coreTestOf.set(test, known);
    }
    return known;
}
/** By a value's first character code: whether one of `coreTests` may match it. */
const mayResolveOtherThanString = new Uint8Array(128);
for (const char of '~NnTtFf0123456789+-.')
    mayResolveOtherThanString[char.charCodeAt(0)] = 1;
function refuse() {
    throw declined;
}

;// CONCATENATED MODULE: ./src/formats/shared/json-fast.ts
// A fast path for JSON files (CloudFormation templates, package.json\u2026): one pass with a stack, no
// recursion, building the nodes the `yaml` package's parser builds for the same text, which it reads as
// flow collections: its own classes, values, types and ranges (json-fast.test.ts compares both).
//
// It declines (returns undefined, and `yaml` parses the file) on anything outside plain JSON written
// the usual way: a top-level scalar, a key whose `:` or value is on another line, a trailing comma,
// comments, tabs, CR line breaks, a byte order mark, nesting deeper than `yaml`'s composer is trusted
// with, and any syntax error.
//
// Where a value's range ends follows `yaml`'s parser: a map's value (scalar or collection) takes the
// spaces after it and the line break that ends its line, if nothing else is left on it
// (`Parser.lineEnd`); a sequence's item takes everything up to the `,` or `]` after it
// (`fixFlowSeqItems`); a key takes nothing.




const json_fast_space = 32;
const newline = 10;
const json_fast_comma = 44;
const json_fast_colon = 58;
const json_fast_doubleQuote = 34;
const json_fast_openBracket = 91;
const json_fast_closeBracket = 93;
const openBrace = 123;
const closeBrace = 125;
/** The documents of JSON `text` as `parseAllDocuments(text, options)` gives them, or undefined where it declines. */
function readFastJson(text, options) {
    try {
        return [new JsonReader(text, options).read()];
    }
    catch (error) {
        if (error === declined)
            return undefined;
        throw error;
    }
}
/**
 * How the text starts, past blank lines and spaces: with a flow collection (which the block YAML reader
 * never reads), as JSON does (`[`, or `{` then a key or `}`), or with something else.
 */
function flowStart(text) {
    const first = skipBlank(text, 0);
    const code = text.charCodeAt(first);
    if (code === json_fast_openBracket)
        return 'json';
    if (code !== openBrace)
        return undefined;
    // `{{- if .Values.x }}` (Helm) is no JSON: told before a document is built for it.
    const next = text.charCodeAt(skipBlank(text, first + 1));
    return next === json_fast_doubleQuote || next === closeBrace ? 'json' : 'flow';
}
/** The first offset at or after `from` that is neither a space nor a line break. */
function skipBlank(text, from) {
    let at = from;
    for (let code = text.charCodeAt(at); code === json_fast_space || code === newline; code = text.charCodeAt(++at))
        ;
    return at;
}
/** A JSON number, `true`, `false` or `null`: the plain scalars JSON has (anything else is declined). */
const jsonPlain = /^(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null)$/;
/** Characters a JSON plain scalar is made of. */
const plainCharacters = new Uint8Array(128);
for (const char of '0123456789+-.eEtruefalsn')
    plainCharacters[char.charCodeAt(0)] = 1;
class JsonReader {
    text;
    stack = [];
    document;
    scalars;
    /** The outermost collection, once closed. */
    root;
    /** The end of the line last asked for (`lineEnd`), so that a long line is searched once, not once per string. */
    knownLineEnd = -1;
    constructor(text, options) {
        this.text = text;
        this.document = new dist/* Document */.yo(undefined, options);
        this.scalars = new SchemaScalars(this.document, options);
    }
    read() {
        const text = this.text;
        const first = skipBlank(text, 0);
        const code = text.charCodeAt(first);
        if (code !== openBrace && code !== json_fast_openBracket)
            throw declined;
        this.readCollection(first);
        const root = this.root;
        const rangeEnd = root.range[2];
        if (skipBlank(text, rangeEnd) !== text.length)
            throw declined;
        const document = this.document;
        document.contents = root;
        // A document starts at the start of its first content line (the spaces before the `{` are its own)
        // and ends past the line after its content: `yaml` leaves further blank lines to the stream.
        document.range = [text.lastIndexOf('\n', first) + 1, rangeEnd, this.lineRangeEnd(rangeEnd)];
        // JSON has no aliases.
        documentsWithoutAliases.add(document);
        return document;
    }
    /** Reads the collection opening at `open` and all it holds, up to its closing bracket. */
    readCollection(open) {
        let at = this.open(open);
        for (;;) {
            const frame = this.stack[this.stack.length - 1];
            at = skipBlank(this.text, at);
            const closer = frame.node instanceof dist/* YAMLMap */.CA ? closeBrace : json_fast_closeBracket;
            if (this.text.charCodeAt(at) === closer && frame.node.items.length === 0) {
                const closed = this.close(at);
                if (closed === undefined)
                    return;
                at = closed;
                continue;
            }
            if (frame.node instanceof dist/* YAMLMap */.CA)
                at = this.readKey(frame, at);
            const code = this.text.charCodeAt(at);
            if (code === openBrace || code === json_fast_openBracket) {
                at = this.open(at);
                continue;
            }
            const next = this.afterValue(frame, this.readScalar(at));
            if (next === undefined)
                return;
            at = next;
        }
    }
    /** Opens a collection at `open`; returns where its first item may start. */
    open(open) {
        if (this.stack.length >= maxFlowDepth)
            throw declined;
        const schema = this.document.schema;
        const node = this.text.charCodeAt(open) === openBrace ? new dist/* YAMLMap */.CA(schema) : new dist/* YAMLSeq */.Rw(schema);
        node.flow = true;
        this.stack.push({ node, start: open, pair: undefined });
        return open + 1;
    }
    /**
     * Closes the innermost collection at its `}` or `]` at `at` and gives it to its parent; returns where
     * the parent's next item may start, or undefined once the outermost one closed. (It calls itself
     * through `afterValue` for `]]]`: at most as deep as the nesting, which `open` bounds.)
     */
    close(at) {
        const frame = this.stack.pop();
        const node = frame.node;
        node.range = [frame.start, at + 1, at + 1];
        const parent = this.stack[this.stack.length - 1];
        if (!parent) {
            node.range[2] = this.lineRangeEnd(at + 1);
            this.root = node;
            return undefined;
        }
        return this.afterValue(parent, node);
    }
    /** Reads `"key":` at `at` into a new pair of the map; returns where its value starts, on the same line. */
    readKey(frame, at) {
        const text = this.text;
        if (text.charCodeAt(at) !== json_fast_doubleQuote)
            throw declined;
        const lineEnd = this.lineEnd(at);
        const quoted = scanQuoted(text, at, lineEnd);
        if (!quoted)
            throw declined;
        const colonAt = skipSpaces(text, quoted.end, lineEnd);
        if (text.charCodeAt(colonAt) !== json_fast_colon)
            throw declined;
        const valueAt = skipSpaces(text, colonAt + 1, lineEnd);
        if (valueAt >= lineEnd)
            throw declined;
        const key = this.scalars.string(quoted.value, 'QUOTE_DOUBLE', at, quoted.end, quoted.end);
        const pair = new dist/* Pair */.Rm(key, null);
        frame.node.items.push(pair);
        frame.pair = pair;
        return valueAt;
    }
    /** A string, number, `true`, `false` or `null` at `at`, its range ending where its text does (for now). */
    readScalar(at) {
        const text = this.text;
        if (text.charCodeAt(at) === json_fast_doubleQuote) {
            const quoted = scanQuoted(text, at, this.lineEnd(at));
            if (!quoted)
                throw declined;
            return this.scalars.string(quoted.value, 'QUOTE_DOUBLE', at, quoted.end, quoted.end);
        }
        let end = at;
        for (let code = text.charCodeAt(end); code < 128 && plainCharacters[code]; code = text.charCodeAt(++end))
            ;
        const source = text.slice(at, end);
        if (!jsonPlain.test(source))
            throw declined;
        return this.scalars.plain(source, at, end, end);
    }
    /**
     * Adds `value` (its text ending at `range[1]`) to the innermost collection, ends its range as `yaml`
     * does there, and reads on to the `,` or the closing bracket after it. Returns where the next item may
     * start, or undefined once the outermost collection closed.
     */
    afterValue(frame, value) {
        const range = value.range;
        const next = skipBlank(this.text, range[1]);
        if (frame.node instanceof dist/* YAMLMap */.CA) {
            frame.pair.value = value;
            frame.pair = undefined;
            range[2] = this.lineRangeEnd(range[1]);
        }
        else {
            frame.node.items.push(value);
            range[2] = next;
        }
        const code = this.text.charCodeAt(next);
        if (code === json_fast_comma)
            return next + 1;
        if (code === (frame.node instanceof dist/* YAMLMap */.CA ? closeBrace : json_fast_closeBracket))
            return this.close(next);
        throw declined;
    }
    /** Past the spaces at `from` and the line break after them, if the line ends there. */
    lineRangeEnd(from) {
        const at = skipSpaces(this.text, from, this.text.length);
        return this.text.charCodeAt(at) === newline ? at + 1 : at;
    }
    lineEnd(at) {
        if (at > this.knownLineEnd)
            this.knownLineEnd = (0,line_end/* lineEndAt */.f)(this.text, at);
        return this.knownLineEnd;
    }
}

;// CONCATENATED MODULE: ./src/formats/shared/yaml-fast.ts
// A fast path for the common block subset of YAML: one pass over the lines, no recursion, building the
// node objects the `yaml` package's parser builds for the same text (its own classes, with the same
// values, types, ranges, tags and warnings), so that everything downstream reads either the same way.
//
// It declines (returns undefined, and `yaml` parses the file) on anything outside its subset or that it
// is not sure of: directives, anchors or aliases on keys, complex keys, multi-line quoted scalars and
// flow collections, indentation indicators, tabs, CR line breaks, byte order marks, flow maps other
// than `{}`, empty documents, Helm templates, any syntax error. A text that opens with `{` or `[` goes
// to the fast JSON reader (json-fast.ts) instead. Comments are not attached to nodes (`comment`,
// `commentBefore`, `spaceBefore`): nothing in the scan reads them. Where they sit still counts, since `yaml` lets some comment lines extend a node's
// range; those rules are copied from its parser (`Parser.blockMap`, `Parser.pop`, `resolveBlockMap`).
// __tests__/formats/shared/yaml-fast.test.ts compares both parsers on real files and generated ones.





/** The documents of `text` as `parseAllDocuments(text, options)` gives them, or undefined where the fast path declines. */
function readFastYaml(text, options) {
    if (!plausible(text))
        return undefined;
    // A text that opens with a flow collection is JSON or outside the block subset.
    const flow = flowStart(text);
    if (flow)
        return flow === 'json' ? readFastJson(text, options) : undefined;
    try {
        return new FastReader(text, options).read();
    }
    catch (error) {
        if (error === declined)
            return undefined;
        throw error;
    }
}
/**
 * Characters the subset never holds, checked once so such files cost one scan before `yaml` reads them.
 * A byte order mark anywhere: `yaml` drops one that starts a document's first content line (after
 * comments, or after `...`), so `\uFEFFAWS_SECRET_ACCESS_KEY: \u2026` is that key to it.
 */
function plausible(text) {
    return text.length > 0 && !text.includes('\t') && !text.includes('\r') && !text.includes('\uFEFF');
}
/** A run of one blank or comment line, built as one object (a spread of `lineRun` would build two). */
function triviaLine(comment, indent, textEnd, end) {
    return { lines: 1, textEnd, secondTextEnd: textEnd, lastTextEnd: textEnd, end, comment, indent };
}
/** No blank or comment lines: shared, since most content lines have none before them. */
const noTrivia = Object.freeze([]);
class FastReader {
    text;
    options;
    documents = [];
    document;
    documentOffset = 0;
    stack = [];
    /** Blank and comment lines since the last content line. */
    trivia = [];
    /** Builds the scalars of the open document. */
    scalars;
    /**
     * The trivia before the awaited value's line (`settle`) hold an empty line and then a comment at the
     * margin: `yaml` then reads a plain value below its key or `-` on into the next line (`a:`, ``, `# c`,
     * `  x`, `b: 1` reads as the key `x b` under `a`, with an error; `-`, ``, `# c`, `  x`, `- y` as the one
     * item `x - y`, with none). Such a value is left to `yaml`.
     */
    marginCommentAfterEmptyLine = false;
    /** The open document holds an alias node (`documentsWithoutAliases`). */
    aliasInDocument = false;
    constructor(text, options) {
        this.text = text;
        this.options = options;
    }
    read() {
        const text = this.text;
        let lineStart = 0;
        while (lineStart < text.length) {
            const lineEnd = (0,line_end/* lineEndAt */.f)(text, lineStart);
            const next = lineEnd < text.length ? lineEnd + 1 : lineEnd;
            const content = skipSpaces(text, lineStart, lineEnd);
            const code = text.charCodeAt(content);
            if (content === lineEnd || code === 35) {
                this.addTrivia(content < lineEnd, content - lineStart, lineEnd, next);
                lineStart = next;
            }
            else if (content === lineStart && this.isMarker(lineStart, lineEnd, '---')) {
                this.startMarkedDocument(lineStart);
                lineStart = next;
            }
            else if (content === lineStart && this.isMarker(lineStart, lineEnd, '...')) {
                this.endMarkedDocument(lineStart, next);
                lineStart = next;
            }
            else
                lineStart = this.readContentLine(lineStart, content, lineEnd, next);
        }
        if (this.document)
            this.finishDocument(text.length);
        if (this.documents.length === 0)
            throw declined;
        return this.documents;
    }
    addTrivia(comment, indent, textEnd, end) {
        const last = this.trivia[this.trivia.length - 1];
        if (last && last.comment === comment && (!comment || last.indent === indent)) {
            extendRun(last, textEnd, end);
            last.indent = Math.min(last.indent, indent);
        }
        else
            this.trivia.push(triviaLine(comment, indent, textEnd, end));
    }
    isMarker(lineStart, lineEnd, marker) {
        if (!this.text.startsWith(marker, lineStart))
            return false;
        const after = lineStart + 3;
        if (after < lineEnd && this.text.charCodeAt(after) !== 32)
            throw declined;
        if (!restIsBlank(this.text, after, lineEnd))
            throw declined;
        return true;
    }
    startMarkedDocument(lineStart) {
        if (this.document)
            this.finishDocument(lineStart, 'documentStart');
        this.openDocument(lineStart);
        this.document.directives.docStart = true;
    }
    endMarkedDocument(lineStart, next) {
        const document = this.document;
        if (!document)
            throw declined;
        this.finishDocument(lineStart);
        document.directives.docEnd = true;
        document.range[2] = next;
    }
    openDocument(offset) {
        const document = new dist/* Document */.yo(undefined, this.options);
        this.document = document;
        this.documentOffset = offset;
        this.trivia = [];
        this.aliasInDocument = false;
        this.scalars = new SchemaScalars(document, this.options);
    }
    /** Closes the document at `terminator` (the next `---` or `...`, or the end of the file). */
    finishDocument(terminator, kind = 'end') {
        const document = this.document;
        const root = this.stack[0];
        if (!root)
            throw declined;
        const trailing = this.settle(-1, terminator, kind);
        const contentEnd = root.node.range[2];
        document.contents = root.node;
        document.range = [this.documentOffset, contentEnd, trailing.length > 0 ? terminator : contentEnd];
        this.documents.push(document);
        if (!this.aliasInDocument)
            documentsWithoutAliases.add(document);
        this.document = undefined;
        this.trivia = [];
    }
    /** Reads a line holding content (not blank, not a comment); returns where the next line to read starts. */
    readContentLine(lineStart, content, lineEnd, next) {
        if (!this.document)
            this.openDocument(content);
        const column = content - lineStart;
        const dash = this.isDash(content, lineEnd);
        let frame;
        let leading = noTrivia;
        if (this.stack.length === 0) {
            if (column !== 0)
                throw declined;
            this.trivia = [];
            frame = this.openFrame(dash, column, content);
        }
        else {
            leading = this.settle(column, content, dash ? 'dash' : 'key');
            frame = this.top();
            if (frame.awaiting) {
                if (!dash && !this.scanKey(content, lineEnd))
                    return this.readValueBelow(frame, content, lineEnd, next);
                frame = this.openNested(frame, dash, column, content);
            }
        }
        if (frame.indent !== column)
            throw declined;
        if (!dash)
            return this.readMapItem(frame, content, lineEnd, next);
        const leadingComment = leading.some((line) => line.comment);
        return this.readSeqItem(frame, content, lineEnd, next, leadingComment);
    }
    /**
     * A line under `key:` or `-` that holds neither a key nor an item: the awaited value written on its own
     * line (`description:` then `"text"`), or a tag on its own line before a collection (`Condition:`
     * then `!If` then `- \u2026`).
     */
    readValueBelow(frame, at, lineEnd, next) {
        const awaiting = frame.awaiting;
        if (awaiting.tag || awaiting.anchor !== undefined || this.marginCommentAfterEmptyLine)
            throw declined;
        const tag = this.text.charCodeAt(at) === 33 ? scanTag(this.text, at, lineEnd) : undefined;
        if (tag && skipSpaces(this.text, tag.end, lineEnd) === lineEnd) {
            awaiting.tag = tag;
            return next;
        }
        const after = this.readValue(frame, awaiting.pair, at, lineEnd, next);
        if (frame.awaiting)
            throw declined;
        return after;
    }
    isDash(at, lineEnd) {
        return this.text.charCodeAt(at) === 45 && (at + 1 === lineEnd || this.text.charCodeAt(at + 1) === 32);
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    openFrame(dash, indent, start) {
        const schema = this.document.schema;
        const node = dash ? new dist/* YAMLSeq */.Rw(schema) : new dist/* YAMLMap */.CA(schema);
        const frame = { node, indent, start, awaiting: undefined, last: undefined, absorbs: false };
        this.stack.push(frame);
        return frame;
    }
    /** A collection on the lines after `key:` or `-`: the value the parent's item was waiting for. */
    openNested(parent, dash, column, start) {
        const awaiting = parent.awaiting;
        const frame = this.openFrame(dash, column, start);
        if (awaiting.tag) {
            frame.node.tag = awaiting.tag.name;
            this.unresolvedTag(awaiting.tag.name, awaiting.tag.at);
        }
        if (awaiting.anchor !== undefined)
            frame.node.anchor = awaiting.anchor;
        this.setValue(parent, frame.node, false);
        return frame;
    }
    /**
     * Applies the trivia since the last content line to the open collections, as a line at `column`
     * (starting at `terminator`) or the document's end (`column` -1) finds them, closing those it ends.
     * Returns the trivia left before the line's item (or at the document's end): in `yaml` they are the
     * item's properties.
     */
    settle(column, terminator, kind) {
        // Most content lines follow another: no trivia to hand over, and no new array for the next ones.
        let trivia = this.trivia.length > 0 ? this.trivia : noTrivia;
        if (trivia.length > 0)
            this.trivia = [];
        this.marginCommentAfterEmptyLine = false;
        for (;;) {
            const frame = this.top();
            if (!frame)
                return trivia;
            if (frame.awaiting) {
                const isMap = frame.node instanceof dist/* YAMLMap */.CA;
                // A deeper line, or a `-` under a `key:`, is the awaited value: the trivia are its properties.
                if (column > frame.indent || (column === frame.indent && isMap && kind === 'dash')) {
                    this.marginCommentAfterEmptyLine = marginCommentAfterEmptyLine(trivia);
                    return noTrivia;
                }
                const nextItem = column === frame.indent;
                // A `---` at the margin meets an item of the top-level map as a next key would (`Parser.blockMap`).
                const splits = isMap && (nextItem || (kind === 'documentStart' && frame.indent === 0));
                this.setEmptyValue(frame, trivia, terminator, splits);
                if (nextItem)
                    return noTrivia;
                trivia = noTrivia;
            }
            else
                trivia = this.absorb(frame, trivia);
            // A key at a sequence's column ends the sequence (`key:` then `- a` at the key's column).
            const endsSequence = kind === 'key' && frame.node instanceof dist/* YAMLSeq */.Rw && this.stack.length > 1;
            if (column === frame.indent && !endsSequence)
                return trivia;
            if (column > frame.indent)
                throw declined;
            // `yaml` keeps trailing comments in a collection unless it is at the margin or they are less indented.
            const stays = frame.indent > 0 && trivia.some((line) => line.comment && line.indent >= frame.indent);
            this.close(frame, stays ? terminator : undefined);
            if (stays)
                trivia = noTrivia;
        }
    }
    /**
     * Comment lines more indented than the collection, right after a flow scalar or collection (blank
     * lines between), become part of that value's range in `yaml` (`Parser.atIndentedComment`).
     */
    absorb(frame, trivia) {
        if (!frame.absorbs)
            return trivia;
        frame.absorbs = false;
        let absorbed = -1;
        for (let index = 0; index < trivia.length; index++) {
            const line = trivia[index];
            if (!line.comment)
                continue;
            if (line.indent <= frame.indent)
                break;
            absorbed = index;
        }
        if (absorbed < 0)
            return trivia;
        frame.last.range[2] = trivia[absorbed].end;
        return trivia.slice(absorbed + 1);
    }
    /** The collection ends: its range runs to its last value's end, or over trailing comments kept in it. */
    close(frame, commentEnd) {
        const valueEnd = frame.last.range[2];
        frame.node.range = [frame.start, valueEnd, commentEnd ?? valueEnd];
        this.stack.pop();
    }
    /**
     * An item written with no value reads as an empty (null) scalar past its indicator. When a comment
     * follows it, its range runs over the comment: in a map up to the second line break (with no more
     * indented comment after it) if the next key follows (`Parser.blockMap`), otherwise up to the next
     * content line.
     */
    setEmptyValue(frame, trivia, terminator, splits) {
        const awaiting = frame.awaiting;
        if (awaiting.tag || awaiting.anchor !== undefined)
            throw declined;
        const breaks = [];
        const comments = [];
        if (awaiting.commentEnd !== undefined)
            comments.push(awaiting.lineEnd);
        if (awaiting.lineNext > awaiting.lineEnd)
            breaks.push(awaiting.lineEnd);
        for (const run of trivia) {
            if (run.comment)
                comments.push(run.textEnd);
            // A more indented comment line starts the count again: past a run of them, only the last's break counts.
            if (run.comment && run.indent > frame.indent) {
                breaks.length = 0;
                if (run.end > run.lastTextEnd)
                    breaks.push(run.lastTextEnd);
            }
            else
                breaks.push(...firstBreaks(run));
        }
        const end = splits && breaks.length >= 2 ? breaks[1] : terminator;
        const commented = awaiting.leadingComment || comments.some((commentAt) => commentAt <= end);
        const position = awaiting.position;
        const scalar = this.plainScalar('', position, position, commented ? end : position);
        frame.awaiting = undefined;
        this.setValue(frame, scalar, false, awaiting.pair);
    }
    setValue(frame, value, absorbs, pair = frame.awaiting?.pair) {
        if (frame.node instanceof dist/* YAMLSeq */.Rw)
            frame.node.items.push(value);
        else
            pair.value = value;
        frame.awaiting = undefined;
        frame.last = value;
        frame.absorbs = absorbs;
    }
    readMapItem(frame, at, lineEnd, next, scanned) {
        if (!(frame.node instanceof dist/* YAMLMap */.CA))
            throw declined;
        const key = scanned ?? this.scanKey(at, lineEnd);
        if (!key)
            throw declined;
        const scalar = key.plain
            ? this.plainScalar(key.value, at, key.end, key.end)
            : this.stringScalar(key.value, key.type, at, key.end, key.end);
        const pair = new dist/* Pair */.Rm(scalar, null);
        frame.node.items.push(pair);
        return this.readValue(frame, pair, key.valueStart, lineEnd, next);
    }
    readSeqItem(frame, dash, lineEnd, next, leadingComment) {
        if (!(frame.node instanceof dist/* YAMLSeq */.Rw))
            throw declined;
        const at = skipSpaces(this.text, dash + 1, lineEnd);
        const key = at < lineEnd ? this.scanKey(at, lineEnd) : undefined;
        if (key) {
            // `- key: value`: a map in the sequence, indented as its first key.
            const map = this.openFrame(false, frame.indent + (at - dash), at);
            this.setValue(frame, map.node, false);
            return this.readMapItem(map, at, lineEnd, next, key);
        }
        const after = this.readValue(frame, undefined, at, lineEnd, next);
        if (frame.awaiting)
            frame.awaiting.leadingComment = leadingComment;
        return after;
    }
    /** An implicit key on one line, plain or quoted, with its `:` indicator; undefined if `at` starts none. */
    scanKey(at, lineEnd) {
        const text = this.text;
        const code = text.charCodeAt(at);
        if (code === 34 || code === 39) {
            const quoted = scanQuoted(text, at, lineEnd);
            if (!quoted)
                return undefined;
            const colonAt = skipSpaces(text, quoted.end, lineEnd);
            if (text.charCodeAt(colonAt) !== 58 || !(colonAt + 1 === lineEnd || text.charCodeAt(colonAt + 1) === 32))
                return undefined;
            const valueStart = skipSpaces(text, colonAt + 1, lineEnd);
            return { plain: false, value: quoted.value, type: quoted.type, end: quoted.end, valueStart };
        }
        if (!startsPlain(text, at, lineEnd))
            return undefined;
        const run = scanPlain(text, at, lineEnd);
        if (run.stop !== 'colon' || run.end === at)
            return undefined;
        const valueStart = skipSpaces(text, run.stopAt + 1, lineEnd);
        return { plain: true, value: text.slice(at, run.end), type: 'PLAIN', end: run.end, valueStart };
    }
    /** Reads the value written at `at` on an item's line; returns where the next line to read starts. */
    readValue(frame, pair, at, lineEnd, next) {
        const text = this.text;
        const { tag, anchor, start } = this.readProperties(at, lineEnd);
        if (start === lineEnd || text.charCodeAt(start) === 35) {
            const position = tag ? start : at;
            const commentEnd = start < lineEnd ? lineEnd : undefined;
            frame.awaiting = { pair, position, commentEnd, lineEnd, lineNext: next, tag, anchor, leadingComment: false };
            if ((tag || anchor !== undefined) && commentEnd !== undefined)
                throw declined;
            return next;
        }
        const code = text.charCodeAt(start);
        if (code === 124 || code === 62)
            return this.readBlockValue(frame, pair, start, lineEnd, tag, anchor);
        if (code === 42) {
            this.setValue(frame, this.alias(start, lineEnd, next, tag ?? anchor), true, pair);
            return next;
        }
        const plain = code !== 34 && code !== 39 && code !== 91 && code !== 123;
        const read = plain
            ? this.readPlainValue(start, lineEnd, next, tag, frame.indent)
            : { value: this.readFlowValue(start, lineEnd, next, tag), next };
        if (anchor !== undefined)
            read.value.anchor = anchor;
        this.setValue(frame, read.value, true, pair);
        return read.next;
    }
    /**
     * A plain value, continued on the lines below that are indented more than its collection (`yaml` folds
     * them: one line break to a space, blank lines to a break each), up to a comment, a less indented line
     * or the end. Returns it and where the next line to read starts (the blank lines after it are trivia).
     */
    readPlainValue(start, lineEnd, next, tag, limit) {
        const text = this.text;
        if (!startsPlain(text, start, lineEnd))
            throw declined;
        const run = scanPlain(text, start, lineEnd);
        if (run.stop === 'colon')
            throw declined;
        let value = text.slice(start, run.end);
        let end = run.end;
        let rangeEnd = next;
        let blankLines = 0;
        for (let lineStart = next, stop = run.stop; stop === 'line' && lineStart < text.length;) {
            const nextEnd = (0,line_end/* lineEndAt */.f)(text, lineStart);
            const nextStart = nextEnd < text.length ? nextEnd + 1 : nextEnd;
            const content = skipSpaces(text, lineStart, nextEnd);
            if (content === nextEnd)
                blankLines++;
            else if (content - lineStart <= limit || text.charCodeAt(content) === 35)
                break;
            else {
                const more = scanPlain(text, content, nextEnd);
                if (more.stop === 'colon')
                    throw declined;
                value += (blankLines === 0 ? ' ' : '\n'.repeat(blankLines)) + text.slice(content, more.end);
                end = more.end;
                stop = more.stop;
                blankLines = 0;
                rangeEnd = nextStart;
            }
            lineStart = nextStart;
        }
        const scalar = tag
            ? this.stringScalar(value, 'PLAIN', start, end, rangeEnd, tag)
            : this.plainScalar(value, start, end, rangeEnd);
        return { value: scalar, next: rangeEnd };
    }
    /** A value's tag and anchor (`!Ref`, `&name`, at most one each, in either order) and where the value starts. */
    readProperties(at, lineEnd) {
        const text = this.text;
        let tag;
        let anchor;
        let start = at;
        for (;;) {
            const code = text.charCodeAt(start);
            if (code === 33 && !tag) {
                tag = scanTag(text, start, lineEnd);
                if (!tag)
                    throw declined;
                start = skipSpaces(text, tag.end, lineEnd);
            }
            else if (code === 38 && anchor === undefined) {
                const read = scanAnchorName(text, start, lineEnd);
                if (!read)
                    throw declined;
                anchor = read.name;
                start = skipSpaces(text, read.end, lineEnd);
            }
            else
                return { tag, anchor, start };
        }
    }
    /** An alias (`*name`), which takes no properties; YamlSource resolves it later, as it does `yaml`'s. */
    alias(at, lineEnd, next, properties) {
        const read = scanAnchorName(this.text, at, lineEnd);
        if (!read || properties !== undefined || !restIsBlank(this.text, read.end, lineEnd))
            throw declined;
        const alias = new dist/* Alias */.x1(read.name);
        alias.range = [at, read.end, next];
        this.aliasInDocument = true;
        return alias;
    }
    readFlowValue(start, lineEnd, next, tag) {
        const text = this.text;
        const code = text.charCodeAt(start);
        if (code === 34 || code === 39) {
            const quoted = scanQuoted(text, start, lineEnd);
            if (!quoted || !restIsBlank(text, quoted.end, lineEnd))
                throw declined;
            return this.stringScalar(quoted.value, quoted.type, start, quoted.end, next, tag);
        }
        if (code === 91)
            return this.flowSequence(start, lineEnd, next, tag);
        if (code === 123 && text.charCodeAt(start + 1) === 123)
            return this.templatePlaceholder(start, lineEnd, next, tag);
        if (code === 123)
            return this.emptyFlowMap(start, lineEnd, next, tag);
        throw declined;
    }
    /** A one-line flow sequence, nested ones included, built with a stack of the sequences open. */
    flowSequence(start, lineEnd, next, tag) {
        const events = scanFlowSequence(this.text, start, lineEnd);
        if (!events)
            throw declined;
        const open = [];
        let closed;
        for (const event of events) {
            const parent = open[open.length - 1];
            if (event.kind === 'open') {
                const seq = new dist/* YAMLSeq */.Rw(this.document.schema);
                seq.flow = true;
                const seqTag = parent ? event.tag : tag;
                if (seqTag) {
                    seq.tag = seqTag.name;
                    this.unresolvedTag(seqTag.name, seqTag.at);
                }
                seq.range = [event.start, event.start, event.start];
                parent?.items.push(seq);
                open.push(seq);
            }
            else if (event.kind === 'close') {
                closed = open.pop();
                closed.range = [closed.range[0], event.end, open.length > 0 ? event.rangeEnd : next];
            }
            else
                parent.items.push(event.plain && !event.tag
                    ? this.plainScalar(event.value, event.start, event.end, event.rangeEnd)
                    : this.stringScalar(event.value, event.type, event.start, event.end, event.rangeEnd, event.tag));
        }
        return closed;
    }
    /**
     * A Helm value, `{{ .Values.x }}`, as YAML reads it: a flow map holding one key with no value, itself a
     * flow map holding the expression as its one key with no value. (Which Helm files are YAML at all is
     * decided in documents.ts.)
     */
    templatePlaceholder(open, lineEnd, next, tag) {
        const placeholder = scanTemplatePlaceholder(this.text, open, lineEnd);
        if (!placeholder || tag)
            throw declined;
        const { value, start, end, close } = placeholder;
        const schema = this.document.schema;
        const expression = new dist/* YAMLMap */.CA(schema);
        expression.flow = true;
        expression.items.push(new dist/* Pair */.Rm(this.plainScalar(value, start, end, end), null));
        expression.range = [open + 1, close + 1, close + 1];
        const outer = new dist/* YAMLMap */.CA(schema);
        outer.flow = true;
        outer.items.push(new dist/* Pair */.Rm(expression, null));
        outer.range = [open, close + 2, next];
        return outer;
    }
    emptyFlowMap(open, lineEnd, next, tag) {
        const end = scanEmptyFlowMap(this.text, open, lineEnd);
        if (end === undefined || tag)
            throw declined;
        const map = new dist/* YAMLMap */.CA(this.document.schema);
        map.flow = true;
        map.range = [open, end, next];
        return map;
    }
    readBlockValue(frame, pair, header, lineEnd, tag, anchor) {
        const block = scanBlockScalar(this.text, header, lineEnd, frame.indent);
        if (!block)
            throw declined;
        const scalar = this.stringScalar(block.value, block.type, header, block.end, block.end, tag);
        if (anchor !== undefined)
            scalar.anchor = anchor;
        this.setValue(frame, scalar, false, pair);
        const blanks = block.trailingBlank;
        this.trivia = blanks ? [{ comment: false, indent: 0, ...blanks }] : [];
        return block.next;
    }
    plainScalar(value, start, end, rangeEnd) {
        return this.scalars.plain(value, start, end, rangeEnd);
    }
    /** A scalar read as a string: quoted, a block scalar, or under a tag `yaml` does not know (with its warning). */
    stringScalar(value, type, start, end, rangeEnd, tag) {
        if (tag)
            this.unresolvedTag(tag.name, tag.at);
        const scalar = this.scalars.string(value, type, start, end, rangeEnd);
        if (tag)
            scalar.tag = tag.name;
        return scalar;
    }
    unresolvedTag(name, at) {
        this.document.warnings.push(new dist/* YAMLWarning */.so([at, at + name.length], 'TAG_RESOLVE_FAILED', `Unresolved tag: ${name}`));
    }
}
/** Whether an empty line (no spaces) comes before a comment at the margin among `trivia`. */
function marginCommentAfterEmptyLine(trivia) {
    let empty = false;
    for (const line of trivia) {
        if (line.comment && line.indent === 0 && empty)
            return true;
        if (!line.comment && line.indent === 0)
            empty = true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/formats/shared/yaml.ts






const syntaxErrorPrefix = 'YAML syntax error: ';
/** A parsed YAML file with the means to turn offsets into 1-based spans. */
class YamlSource {
    file;
    text;
    aliasBudget;
    documents;
    /** Built when a span is first asked for: many files give none. */
    lineIndex;
    /** Problems found before aliases were resolved (an alias with no anchor). */
    aliasProblems;
    /** What expanding every alias would cost, in nodes; over the budget, none was resolved. */
    aliasCost = 0;
    aliasOrigins = new Map();
    aliasSpans;
    /** Per scalar, where each character of its value is written (`alignScalar`), worked out when first asked. */
    alignments = new Map();
    constructor(file, text, 
    /** The most nodes the file's aliases may stand for before they are left unresolved (`max-aliases`). */
    aliasBudget = limits/* defaultParseLimits */.jR.maxAliases, 
    /**
     * What a caller already has of the text: the fast reader's documents (`readFastDocuments`), or the
     * parser's tokens (`tokensUnlessSyntaxError`) where the fast reader declined it.
     */
    prepared) {
        this.file = file;
        this.text = text;
        this.aliasBudget = aliasBudget;
        this.documents =
            prepared && 'documents' in prepared ? prepared.documents : parseAllDocuments(text, prepared?.tokens);
        const aliases = text.includes('*') ? this.documents.map(aliasesOf) : [];
        this.aliasProblems = this.documents.map((_, index) => this.danglingAliases(aliases[index]?.unanchored ?? []));
        for (const [index, doc] of this.documents.entries()) {
            // A document with no alias has nothing to resolve (most files with a `*` hold it in a value: `Resource: '*'`).
            if (!aliases[index]?.any)
                continue;
            const resolved = resolveAliases(doc, Math.max(0, aliasBudget - this.aliasCost));
            this.aliasCost += resolved.cost;
            for (const [scalar, origin] of resolved.origins)
                this.aliasOrigins.set(scalar, origin);
        }
    }
    get lines() {
        this.lineIndex ??= new lines/* LineIndex */.rr(this.text);
        return this.lineIndex;
    }
    /** Expanding the file's aliases would cost more than the budget: they were left unresolved. */
    aliasesOverBudget() {
        return this.aliasCost > this.aliasBudget;
    }
    /**
     * Where a value read through the alias at `span` is written: the anchor's name (when it is a plain
     * word, since it reaches messages) and its line.
     */
    aliasOriginAt(span) {
        if (this.aliasOrigins.size === 0)
            return undefined;
        this.aliasSpans ??= new Map([...this.aliasOrigins].map(([scalar, origin]) => [spanKey(this.nodeSpan(scalar)), origin]));
        const origin = this.aliasSpans.get(spanKey(span));
        if (!origin)
            return undefined;
        const anchor = /^[A-Za-z0-9_.-]{1,64}$/.test(origin.anchor) ? origin.anchor : '\u2026';
        return { anchor, line: this.lines.position(origin.offset).line };
    }
    span(start, end) {
        return this.lines.span(start, end);
    }
    nodeSpan(node) {
        const range = node?.range;
        return range ? this.span(range[0], range[1]) : this.span(0, 0);
    }
    problems() {
        return this.documents.flatMap((doc, index) => [
            ...doc.errors.map((error) => ({
                file: this.file,
                message: `${syntaxErrorPrefix}${firstLine(error.message)}`,
                span: this.span(error.pos[0], error.pos[1]),
            })),
            ...(this.aliasProblems[index] ?? []),
        ]);
    }
    /** An alias with no anchor is what a masked value (`password: ********`) parses as; say so rather than read nothing. */
    danglingAliases(unanchored) {
        return unanchored.map((alias) => {
            const range = alias.range ?? [0, 0];
            return {
                file: this.file,
                message: `YAML alias *${alias.source} refers to no anchor (a masked value such as ******** reads as one); its value was not read`,
                span: this.span(range[0], range[1]),
            };
        });
    }
    /** The span of characters `start`\u2026`end` of a scalar's parsed value. */
    locateSpan(node, start, end) {
        const located = this.locateInScalar(node, start, end - start);
        return this.span(located.start, located.end);
    }
    /**
     * Offset in the file of `length` characters at `valueOffset` of a scalar's parsed value: through the
     * scalar's alignment, worked out once per scalar, so 10 000 slots in one `run:` cost one pass, not one
     * each. Where the characters are not written as they read (an escape, a fold), the whole scalar.
     */
    locateInScalar(node, valueOffset, length) {
        const range = node.range;
        if (!range)
            return { start: 0, end: 0 };
        const value = scalarText(node) ?? '';
        const end = Math.min(value.length, valueOffset + length);
        if (end > valueOffset) {
            let alignment = this.alignments.get(node);
            if (!alignment) {
                alignment = alignScalar(value, this.text, range, node.type);
                this.alignments.set(node, alignment);
            }
            const from = alignment[valueOffset] ?? -1;
            const to = (alignment[end - 1] ?? -1) + 1;
            if (from >= 0 && to > from && this.text.slice(from, to) === value.slice(valueOffset, end))
                return { start: from, end: to };
        }
        return { start: range[0], end: range[1] };
    }
}
const isBlank = (code) => code === 32 || code === 9 || code === 10 || code === 13;
/**
 * Where each character of a scalar's value is written in the file (-1 past the first that cannot be
 * placed), in one pass: the value's characters are the source's in order, less indentation, line
 * breaks folded to spaces, a block scalar's header, quotes and escapes (`\"`, `\\`, `\x41`, `''`), which
 * are stepped over. Escaped characters map to their escape's first character (the caller checks that
 * the source reads as the value there).
 */
function alignScalar(value, text, range, type) {
    const offsets = new Int32Array(value.length).fill(-1);
    const rawEnd = range[1] ?? 0;
    let at = range[0] ?? 0;
    if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
        const header = text.indexOf('\n', at);
        if (header < 0 || header >= rawEnd)
            return offsets;
        at = header + 1;
    }
    else if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE')
        at++;
    const double = type === 'QUOTE_DOUBLE';
    const single = type === 'QUOTE_SINGLE';
    for (let index = 0; index < value.length && at < rawEnd; index++) {
        const code = value.charCodeAt(index);
        for (;;) {
            const raw = text.charCodeAt(at);
            const next = text.charCodeAt(at + 1);
            if (double && raw === 92 && (next === 10 || next === 13))
                at += 2;
            else if (raw !== code && isBlank(raw) && at < rawEnd)
                at++;
            else
                break;
        }
        if (at >= rawEnd)
            break;
        const raw = text.charCodeAt(at);
        offsets[index] = at;
        if (double && raw === 92) {
            const width = escapeWidth(text.charCodeAt(at + 1));
            // `\UXXXXXXXX` beyond the basic plane reads as two UTF-16 units.
            if (width === 10 && index + 1 < value.length && code >= 0xd800 && code < 0xdc00)
                offsets[++index] = at;
            at += width;
        }
        else if (single && raw === 39 && code === 39 && text.charCodeAt(at + 1) === 39)
            at += 2;
        else if (raw === code)
            at++;
        else {
            offsets[index] = -1;
            break;
        }
    }
    return offsets;
}
/** How many source characters a double-quoted escape starting with `\` and `next` takes. */
function escapeWidth(next) {
    if (next === 120)
        return 4; // \xXX
    if (next === 117)
        return 6; // \uXXXX
    if (next === 85)
        return 10; // \UXXXXXXXX
    return 2;
}
function spanKey(span) {
    return `${span.startLine}:${span.startColumn}:${span.endLine}:${span.endColumn}`;
}
const parseOptions = { uniqueKeys: false, prettyErrors: false, strict: false };
/**
 * The file's documents: from the fast reader when the file is in its subset (most workflows, manifests,
 * compose files and CloudFormation templates, at a fraction of the cost), from `yaml`'s parser otherwise;
 * both build the same nodes (yaml-fast.test.ts). Tokens are only passed for a text the fast reader declined.
 */
function parseAllDocuments(text, tokens) {
    // Aliases are never resolved (the AST is walked, not converted), so alias bombs cost nothing.
    // From tokens, as `parseAll` composes them (a parser of no line counter, since errors are not prettified).
    if (tokens)
        return withoutStackTraces(() => Array.from(new dist/* Composer */.Dk(parseOptions).compose(tokens)));
    return readFastDocuments(text) ?? withoutStackTraces(() => Array.from((0,dist/* parseAllDocuments */.hR)(text, parseOptions)));
}
/** The documents of the text if the fast reader reads it (then it holds no syntax error), else undefined. */
function readFastDocuments(text) {
    return withoutStackTraces(() => readFastYaml(text, parseOptions));
}
/**
 * Every syntax error and warning (each unknown tag such as `!Ref`) is an Error object; only its message and
 * position are read, so capturing its stack trace is wasted work (a tenth of a CloudFormation template's parse).
 */
function withoutStackTraces(parse) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return parse();
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
}
/**
 * Whether a document holds an alias, and its aliases that no earlier node anchors, in document order: what
 * `Alias.resolve` finds undefined, in one walk (it walks the whole document for each alias) and with a
 * stack, not recursion.
 */
function aliasesOf(doc) {
    // A fast reader knows it built no alias: nothing to walk.
    if (documentsWithoutAliases.has(doc))
        return { any: false, unanchored: [] };
    const anchors = new Set();
    const unanchored = [];
    let any = false;
    const pending = [doc.contents];
    while (pending.length > 0) {
        const node = pending.pop();
        if ((0,dist/* isPair */.tO)(node)) {
            pending.push(node.value, node.key);
            continue;
        }
        if (!(0,dist/* isNode */.Ll)(node))
            continue;
        if ((0,dist/* isAlias */.Vj)(node)) {
            any = true;
            if (!anchors.has(node.source))
                unanchored.push(node);
        }
        if (node.anchor)
            anchors.add(node.anchor);
        if ((0,dist/* isCollection */.P3)(node))
            for (let i = node.items.length - 1; i >= 0; i--)
                pending.push(node.items[i]);
    }
    return { any, unanchored };
}
/**
 * Whether the text fails to parse, told from the parser's tokens alone: a syntax error outside any node
 * is always one of a document's errors once the stream holds a document. Stops at the first such pair,
 * so a file that is not YAML (a Go template) costs a fraction of composing its documents.
 */
function tokensShowSyntaxError(text) {
    return tokensUnlessSyntaxError(text) === undefined;
}
/**
 * The parser's tokens of the text, or undefined where they show a syntax error (`tokensShowSyntaxError`):
 * a text they show none in is composed from them (`YamlSource`), not parsed a second time.
 */
function tokensUnlessSyntaxError(text) {
    let document = false;
    let error = false;
    const tokens = [];
    for (const token of new dist/* Parser */.iX().parse(text)) {
        if (token.type === 'document')
            document = true;
        else if (token.type === 'error')
            error = true;
        if (document && error)
            return undefined;
        tokens.push(token);
    }
    return tokens;
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
    const { items } = node;
    for (let index = 0; index < items.length; index++) {
        const pair = items[index];
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

/** The documents of a YAML text as the scan reads them (the fast reader first), for readers outside a format's adapter. */



/***/ }),

/***/ 5819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ textAlsoNote),
/* harmony export */   Ld: () => (/* binding */ secretKeyNamed),
/* harmony export */   Ze: () => (/* binding */ withLiterals),
/* harmony export */   iE: () => (/* binding */ textOnlyNote),
/* harmony export */   xD: () => (/* binding */ withTextLayer)
/* harmony export */ });
/* harmony import */ var _shared_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7787);
/* harmony import */ var _literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4112);


/** Why a file's model comes from the text layer alone; said in the file's note. */
const textOnlyNote = 'read as text only: credential-shaped values were still looked for';
/** Said after a syntax error in a file whose parsed part was read: what the parser lost, the text pass still saw. */
const textAlsoNote = 'the whole text was also read for credential-shaped values';
/**
 * The layer under the parsers: literal credentials in the raw text become references like the ones the
 * adapters make. Where an adapter saw the same value, its reference (which knows the slot and where the
 * value goes) is kept and the text layer's is dropped, so nothing is reported twice.
 */
function withTextLayer(model, text, classifyName, 
/** The literals, when a pass over the text already found them. */
hits = (0,_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .findLiterals */ .it)(text, secretKeyNamed(classifyName))) {
    if (hits.length === 0)
        return model;
    const lines = new _shared_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text);
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


/***/ }),

/***/ 4112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ isBase64Char),
/* harmony export */   hj: () => (/* binding */ literalReach),
/* harmony export */   it: () => (/* binding */ findLiterals)
/* harmony export */ });
/* unused harmony export nameBefore */
/* harmony import */ var _credentials_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1192);

/** How far back on its line a value's name may stand; bounded so the pass stays linear. */
const nameReach = 160;
/**
 * How much text one finding depends on: its name's reach, the longest literal (44 characters) and the
 * characters either side that end its run. Text read in pieces overlaps by this much (`chunked.ts`).
 */
const literalReach = nameReach + 44 + 2;
/** How many anchored values the text layer remembers; a file of more anchors than this is a dump, not a config. */
const maxAnchors = 10_000;
/** The longest YAML anchor name the text layer reads; a longer one is never an alias it pairs. */
const maxAnchorName = 128;
const isAnchorNameChar = (code) => isNameChar(code);
/** The end of a YAML anchor or alias name that starts at `start`, if it is one the text layer reads. */
function anchorNameEnd(text, start) {
    let end = start;
    while (end < text.length && end - start <= maxAnchorName && isAnchorNameChar(text.charCodeAt(end)))
        end++;
    return end > start && end - start <= maxAnchorName ? end : undefined;
}
/** A `&` or `*` that may start a YAML anchor or alias: at a line's start or after a blank or a flow indicator. */
function startsAnchorToken(text, at) {
    if (at === 0)
        return true;
    const previous = text.charCodeAt(at - 1);
    return (previous === 32 ||
        previous === 9 ||
        previous === 10 ||
        previous === 13 ||
        previous === 91 ||
        previous === 123 ||
        previous === 44 ||
        previous === 58 ||
        previous === 45);
}
/** `&name value`: remembers the value when it is a whole 40-character run shaped as a secret access key. */
function rememberAnchor(text, at, anchors) {
    const nameEnd = anchorNameEnd(text, at + 1);
    if (nameEnd === undefined || anchors.size >= maxAnchors)
        return;
    let start = nameEnd;
    while (start < text.length && ' \t"\''.includes(text.charAt(start)))
        start++;
    if (start === nameEnd)
        return;
    let end = start;
    while (end < text.length && end - start <= 40 && isBase64Char(text.charCodeAt(end)))
        end++;
    if (end - start !== 40 || text.charCodeAt(end) === 61 || isBase64Char(text.charCodeAt(end)))
        return;
    const value = text.slice(start, end);
    if ((0,_credentials_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyValue */ .Ws)(value)?.kind === 'secret-access-key')
        anchors.set(text.slice(at + 1, nameEnd), value);
}
/**
 * `*name` standing for a remembered secret-key-shaped value, beside a secret-key name or a key ID as the
 * value itself would have to stand: a hit at the alias, holding the anchored value.
 */
function aliasHit(text, at, anchors, besideKeyId, isSecretKeyName) {
    const nameEnd = anchorNameEnd(text, at + 1);
    const value = nameEnd === undefined ? undefined : anchors.get(text.slice(at + 1, nameEnd));
    if (nameEnd === undefined || value === undefined)
        return undefined;
    const name = nameBefore(text, at);
    return (name !== undefined && isSecretKeyName(name)) || besideKeyId
        ? { kind: 'secret-access-key', start: at, end: nameEnd, value, name }
        : undefined;
}
const isBase64Char = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;
const isAlphanumeric = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isNameChar = (code) => isAlphanumeric(code) || code === 95 || code === 45 || code === 46;
/**
 * One linear pass over the text: every maximal run of base64 characters is looked at once. Access key
 * IDs are the alphanumeric pieces of a run; SMTP passwords are whole runs of their exact shape (44
 * characters, no padding, the version byte first: 33 bytes); secret access keys are whole runs of 40
 * characters that stand beside a secret-key name or an access key ID on the same line.
 */
function findLiterals(text, isSecretKeyName, begins = {}, 
/** Sees every character the pass looks at alone, and the first of each base64 run (which it skips over). */
visit) {
    const hits = [];
    let lineStart = 0;
    let keyIdOnLine = begins.keyIdOnLine === true;
    let partialRun = begins.insideRun === true && isBase64Char(text.charCodeAt(0));
    const anchors = begins.anchors ?? new Map();
    let at = 0;
    while (at < text.length) {
        const code = text.charCodeAt(at);
        visit?.(code, at);
        if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
            // A lone `\r` ends a line too, as the line index counts it.
            lineStart = at + 1;
            keyIdOnLine = false;
            at++;
            continue;
        }
        if (!isBase64Char(code)) {
            // YAML aliases: a secret key written once under an anchor and used as `AWS_SECRET_ACCESS_KEY: *k`.
            if ((code === 38 || code === 42) && startsAnchorToken(text, at)) {
                if (code === 38)
                    rememberAnchor(text, at, anchors);
                else if (anchors.size > 0) {
                    const hit = aliasHit(text, at, anchors, keyIdOnLine && at > lineStart, isSecretKeyName);
                    if (hit)
                        hits.push(hit);
                }
            }
            at++;
            continue;
        }
        let end = at;
        while (end < text.length && isBase64Char(text.charCodeAt(end)))
            end++;
        const padded = text.charCodeAt(end) === 61;
        // Only a run of 20 characters or more can hold a key ID: most runs are words, and cost no call.
        if (end - at >= 20 && addKeyIds(hits, text, partialRun ? afterFirstPiece(text, at, end) : at, end))
            keyIdOnLine = true;
        if (!padded && !partialRun) {
            const whole = wholeRunHit(text, at, end, lineStart, keyIdOnLine, isSecretKeyName);
            if (whole)
                hits.push(whole);
        }
        if (!partialRun && end - at >= minEncodedUserData && end < text.length)
            for (const hit of encodedUserDataHits(text, at, end, isSecretKeyName))
                hits.push(hit);
        partialRun = false;
        at = end;
    }
    return hits;
}
/** Shorter base64 than this holds no script with a key in it (`export AWS_SECRET_ACCESS_KEY=` and 40 characters). */
const minEncodedUserData = 80;
/** The names an instance's boot script goes by when it is written base64-encoded. */
const userDataName = /^(?:user_?data(?:_?base64)?|UserData|userData|user-data)$/i;
/**
 * A boot script given already base64-encoded (`user_data_base64 = "IyEvYmlu\u2026"`, a CloudFormation `UserData`
 * literal): the text layer cannot see keys through base64, so the decoded script is searched, and each
 * key found in it is a hit at the encoded literal. Each run is decoded once, so the pass stays linear.
 */
function encodedUserDataHits(text, start, end, isSecretKeyName) {
    const name = nameBefore(text, start);
    if (name === undefined || !userDataName.test(name))
        return [];
    let paddedEnd = end;
    while (paddedEnd < text.length && paddedEnd - end < 2 && text.charCodeAt(paddedEnd) === 61)
        paddedEnd++;
    if ((paddedEnd - start) % 4 !== 0)
        return [];
    const decoded = Buffer.from(text.slice(start, paddedEnd), 'base64').toString('utf8');
    // A script is text: binary (a gzip'd cloud-init) is left alone.
    if (!/^[\x20-\x7e\t\r\n]*$/.test(decoded))
        return [];
    return findLiterals(decoded, isSecretKeyName).map((hit) => ({ ...hit, start, end: paddedEnd }));
}
/** Where a run's second piece starts: its first may be the tail of a longer piece before the text. */
function afterFirstPiece(text, start, end) {
    let at = start;
    while (at < end && isAlphanumeric(text.charCodeAt(at)))
        at++;
    return at + 1;
}
/** Adds the access key IDs among the alphanumeric pieces of a run to `hits`; whether it found one. */
function addKeyIds(hits, text, start, end) {
    let found = false;
    let piece = start;
    while (piece < end) {
        let pieceEnd = piece;
        while (pieceEnd < end && isAlphanumeric(text.charCodeAt(pieceEnd)))
            pieceEnd++;
        if (pieceEnd - piece === 20) {
            const value = text.slice(piece, pieceEnd);
            if ((0,_credentials_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyValue */ .Ws)(value)?.kind === 'access-key-id') {
                hits.push({ kind: 'access-key-id', start: piece, end: pieceEnd, value, name: nameBefore(text, piece) });
                found = true;
            }
        }
        piece = pieceEnd + 1;
    }
    return found;
}
/** Whole runs of 44 (SMTP password) or 40 (secret key) characters, judged by the shared value classifier. */
function wholeRunHit(text, start, end, lineStart, keyIdOnLine, isSecretKeyName) {
    const length = end - start;
    if (length !== 40 && length !== 44)
        return undefined;
    const value = text.slice(start, end);
    const kind = (0,_credentials_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyValue */ .Ws)(value)?.kind;
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
 * `=`, `:` or `=>`, then the name itself (`AWS_SECRET_ACCESS_KEY="\u2026"`, `"SecretAccessKey": "\u2026"`,
 * `aws configure set aws_secret_access_key \u2026`, `--password \u2026`).
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
    // (`\u2026/Kc9Wd1:AKIA\u2026`), since names reach messages and only whole credentials are redacted there.
    const insideBase64 = at >= 0 && (text.charCodeAt(at) === 43 || text.charCodeAt(at) === 47);
    return name === '' || insideBase64 || (0,_credentials_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyValue */ .Ws)(name) !== undefined ? undefined : name;
}


/***/ }),

/***/ 1632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ig: () => (/* binding */ mergeIam),
/* harmony export */   su: () => (/* binding */ concatLists),
/* harmony export */   zq: () => (/* binding */ emptyIam)
/* harmony export */ });
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
        secretsAsSmtpPasswords: [],
    };
}
function mergeIam(parts) {
    return concatLists(emptyIam(), parts);
}
/** Appends every list of each part to the same list of `empty`: a new list field needs no new line here. */
function concatLists(empty, parts) {
    for (const part of parts)
        for (const key in empty)
            for (const item of part[key])
                empty[key].push(item);
    return empty;
}


/***/ }),

/***/ 522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ kindLabels),
/* harmony export */   IJ: () => (/* binding */ isConsoleKind),
/* harmony export */   LY: () => (/* binding */ credentialKinds),
/* harmony export */   _P: () => (/* binding */ isSmtpPasswordKind)
/* harmony export */ });
/* unused harmony export channelLabels */
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


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ emptyModel),
/* harmony export */   CL: () => (/* binding */ referencesOf),
/* harmony export */   d7: () => (/* binding */ joinModels)
/* harmony export */ });
/* harmony import */ var _iam_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1632);

/** A file's model with nothing read from it, only notes saying why. */
function emptyModel(file, format, ...notes) {
    return { file, format, references: [], uses: [], problems: notes.map((message) => ({ file, message })) };
}
function joinModels(files, joins, context, repository = { values: [] }) {
    const { references, uses, iam } = joins.reduce((joined, join) => join(files, joined, context), {
        references: files.flatMap((file) => file.references),
        uses: files.flatMap((file) => file.uses),
        iam: (0,_iam_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeIam */ .ig)(files.flatMap((file) => (file.iam ? [file.iam] : []))),
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
    // A loop, not `flatMap`: every rule asks it of every use, mostly before the code is optimized.
    const found = [];
    for (const id of use.referenceIds) {
        const reference = model.referenceById.get(id);
        if (reference)
            found.push(reference);
    }
    return found;
}


/***/ }),

/***/ 175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pd: () => (/* binding */ readAndParse)
});

// UNUSED EXPORTS: parseFile, parseText

// EXTERNAL MODULE: ./src/credentials/values.ts + 1 modules
var values = __webpack_require__(1192);
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
        const shape = (0,values/* classifyValue */.Ws)(source.value);
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

// EXTERNAL MODULE: ./src/credentials/names.ts
var names = __webpack_require__(850);
// EXTERNAL MODULE: ./src/discovery/read.ts
var discovery_read = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/common/line-end.ts
var line_end = __webpack_require__(3335);
;// CONCATENATED MODULE: ./src/comments/comments.ts
/**
 * Finds the real comments of a file, so an inline ignore marker counts only where a comment can
 * hold it: a marker inside a string (`name: "ses-credential-hygiene: ignore[]"`) is data the pull
 * request chose, not an instruction. One linear pass per syntax, on the raw text.
 */

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
            const end = (0,line_end/* lineEndAt */.f)(text, index);
            comments.push({ line, text: text.slice(index + 1, end) });
            index = end;
            continue;
        }
        index++;
    }
    return comments;
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
            const end = (0,line_end/* lineEndAt */.f)(text, index);
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
/** The index after a heredoc `<<ID` / `<<-ID` \u2026 `ID`, or just past `<<` when none opens here. */
function heredocEnd(text, start) {
    const opener = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(start, start + 80));
    if (!opener)
        return start + 2;
    const marker = opener[1] ?? '';
    let at = start + opener[0].length;
    while (at < text.length) {
        const end = (0,line_end/* lineEndAt */.f)(text, at);
        if (text.slice(at, end).trim() === marker)
            return end;
        at = end + 1;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./src/comments/markers.ts

/** Where a marker's rule ids start: after `ses-credential-hygiene: ignore[`. */
const ignoreMarkerStart = /ses-credential-hygiene:[ \t]*ignore\[/;
/**
 * The rule ids a comment's first marker names, up to its `]`, as the one pattern
 * `/ses-credential-hygiene:[ \t]*ignore\[([^\]]*)\]/` took them: the first opening, then the first `]` after
 * it (no `]` after the first opening is none after a later one either). Two linear searches: that pattern,
 * with no `]` to close, ran to the comment's end from every `\u2026ignore[` it met, quadratic in a comment
 * of many (a megabyte of them: minutes).
 */
function markerIds(comment) {
    const start = ignoreMarkerStart.exec(comment);
    if (!start)
        return undefined;
    const from = start.index + start[0].length;
    const end = comment.indexOf(']', from);
    return end < 0 ? undefined : comment.slice(from, end);
}
/**
 * The ignore markers of a file, found inside its real comments only; a marker in a string or a value
 * does not count. The one reader of markers: the scan's suppressions and the pull request's "added by
 * this pull request" both read them here.
 */
function ignoreMarkers(text, path) {
    if (!text.includes('ses-credential-hygiene:'))
        return [];
    const markers = [];
    for (const comment of findComments(text, commentSyntaxFor(path))) {
        const named = markerIds(comment.text);
        if (named === undefined)
            continue;
        const ids = named
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean);
        markers.push({ line: comment.line, ids: ids.length > 0 ? ids : ['*'], comment: comment.text.trim() });
    }
    return markers;
}
/**
 * Line \u2192 rule ids ignored there (`*`: all), from the file's ignore markers. A marker covers its own
 * line and the line below it.
 */
function inlineIgnoresInComments(text, path) {
    const ignores = new Map();
    for (const marker of ignoreMarkers(text, path))
        for (const line of [marker.line, marker.line + 1]) {
            const set = ignores.get(line) ?? new Set();
            for (const id of marker.ids)
                set.add(id);
            ignores.set(line, set);
        }
    return ignores;
}
/**
 * For a file's markers, the marker that ignores a rule on a line (on it, else on the line above), as
 * `inlineIgnoresInComments` applies them: the first in the list on that line that names the rule. The markers
 * are indexed by line once, so each question looks at its two lines' markers, not at all of them (a file of
 * 30 000 markers and 2 000 suppressed findings: 0.7 s).
 */
function markerCovering(markers) {
    const byLine = new Map();
    for (const marker of markers) {
        const onLine = byLine.get(marker.line);
        if (onLine)
            onLine.push(marker);
        else
            byLine.set(marker.line, [marker]);
    }
    return (line, ruleId) => {
        const covers = (marker) => marker.ids.includes('*') || marker.ids.includes(ruleId);
        return byLine.get(line)?.find(covers) ?? byLine.get(line - 1)?.find(covers);
    };
}

// EXTERNAL MODULE: ./src/formats/index.ts + 53 modules
var formats = __webpack_require__(384);
// EXTERNAL MODULE: ./src/formats/shared/parser-not-loaded.ts
var parser_not_loaded = __webpack_require__(8279);
// EXTERNAL MODULE: ./src/model/scan-model.ts
var scan_model = __webpack_require__(1251);
// EXTERNAL MODULE: ./src/formats/shared/limits.ts
var shared_limits = __webpack_require__(4842);
// EXTERNAL MODULE: ./src/formats/text/layer.ts
var text_layer = __webpack_require__(5819);
// EXTERNAL MODULE: ./src/formats/shared/lines.ts
var shared_lines = __webpack_require__(7787);
// EXTERNAL MODULE: ./src/formats/text/literals.ts
var text_literals = __webpack_require__(4112);
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
    anchors = new Map();
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
        if (this.window.length > 4 * text_literals/* literalReach */.hj)
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
        const keepTo = last ? windowEnd : windowEnd - text_literals/* literalReach */.hj;
        const hits = (0,text_literals/* findLiterals */.it)(this.window, this.isSecretKeyName, {
            keyIdOnLine: this.keyIdOnLine,
            insideRun: this.insideRun,
            anchors: this.anchors,
        });
        const lines = new shared_lines/* LineIndex */.rr(this.window);
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
            this.moveTo(keepTo - text_literals/* literalReach */.hj, keepTo);
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
        // Line breaks as the line index counts them (`\n`, `\r\n`, a lone `\r`); the character at the cut is in the
        // window, so a `\r\n` split by the cut is one break, counted with the next window.
        let lastLineStart = -1;
        for (let at = (0,shared_lines/* nextBreak */.Xw)(this.window, 0); at >= 0 && at <= cut; at = (0,shared_lines/* nextBreak */.Xw)(this.window, at)) {
            this.line++;
            lastLineStart = at;
        }
        if (lastLineStart >= 0)
            this.lineStart = this.windowStart + lastLineStart;
        // Every key ID before `start` has been kept by now, so the last one kept before it says whether one is on the line.
        const passed = this.keyIdsInWindow.filter((keyIdStart) => keyIdStart < start);
        this.lastKeyIdBefore = passed[passed.length - 1] ?? this.lastKeyIdBefore;
        this.keyIdsInWindow = this.keyIdsInWindow.slice(passed.length);
        this.keyIdOnLine = this.lastKeyIdBefore >= this.lineStart;
        this.insideRun = cut > 0 && (0,text_literals/* isBase64Char */.GN)(this.window.charCodeAt(cut - 1));
        this.window = this.window.slice(cut);
        this.windowStart = start;
        this.keepFrom = keepFrom;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/discovery/read-chunks.ts



/** How much of a file too large to parse is still read as text, and in what pieces. */
const textOnlyReadCap = 64 * 1024 * 1024;
const textChunkBytes = 1024 * 1024;
/**
 * Reads a file as decoded text, one chunk at a time and never more than `cap` bytes, for a file too
 * large to parse whose text is still looked through. Decoding streams across chunks, so a character cut
 * by a chunk's end is whole in the text given. A binary file (a NUL byte near its start) is refused.
 */
function readTextInChunks(absolute, onText, options = {}) {
    return (0,discovery_read/* readRegularFile */.XF)(absolute, (fd, size) => {
        const limit = Math.min(size, options.cap ?? textOnlyReadCap);
        const buffer = Buffer.allocUnsafe(Math.min(limit, options.chunkBytes ?? textChunkBytes));
        let decoder;
        let relevant = options.mayMatter === undefined;
        let tail = Buffer.alloc(0);
        let position = 0;
        while (position < limit) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, 0, Math.min(buffer.length, limit - position), position);
            if (read === 0)
                break;
            const bytes = buffer.subarray(0, read);
            if (!decoder) {
                const utf16 = (0,discovery_read/* isUtf16 */.bJ)(bytes);
                if (!utf16 && (0,discovery_read/* looksBinary */.Wb)(bytes))
                    return { ok: false, reason: discovery_read/* binaryFileReason */.GV };
                // The decoders drop a byte-order mark, as the whole-file reader does.
                decoder = new external_node_util_.TextDecoder(!utf16 ? 'utf-8' : bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
                relevant ||= utf16;
            }
            if (!relevant) {
                relevant = options.mayMatter?.(Buffer.concat([tail, bytes])) ?? true;
                tail = Buffer.from(bytes.subarray(Math.max(0, read - discovery_read/* wordReach */.GW)));
            }
            onText(decoder.decode(bytes, { stream: true }));
            position += read;
        }
        if (decoder)
            onText(decoder.decode());
        return { ok: true, size, capped: limit < size, relevant };
    });
}

;// CONCATENATED MODULE: ./src/formats/text/one-pass.ts


/**
 * The text layer's search and the nesting and node prefilters in one pass over the text: each character is read once,
 * and a base64 run (which cannot change the nesting after its first character) is skipped by both.
 */
function readTextOnce(text, depthLimit, isSecretKeyName) {
    const nesting = new shared_limits/* NestingCounter */.hV(depthLimit);
    let nodes = 0;
    const literals = (0,text_literals/* findLiterals */.it)(text, isSecretKeyName, {}, (code, at) => {
        nesting.step(text, at, code);
        if ((0,shared_limits/* isNodeMark */.qm)(text, at, code))
            nodes++;
    });
    return { depth: nesting.deepest, nodes, literals };
}

// EXTERNAL MODULE: ./src/common/timings.ts
var timings = __webpack_require__(4214);
// EXTERNAL MODULE: ./src/scan/young-generation.ts
var young_generation = __webpack_require__(4212);
;// CONCATENATED MODULE: ./src/scan/parse-files.ts














/** Parses one file's text into its model; a crashing adapter becomes a problem, never an exception. */
function parseFile(path, text, context, limits = shared_limits/* defaultParseLimits */.jR, adapter = (0,formats/* adapterFor */.fA)(path), 
/** Nesting depth and node count, when a pass over the text already measured them. */
measured, parserMissing = 'note') {
    if (!adapter)
        return (0,scan_model/* emptyModel */.$Q)(path, 'none');
    const refuse = (message) => (0,scan_model/* emptyModel */.$Q)(path, adapter.id, `${message}; ${text_layer/* textOnlyNote */.iE}`);
    // Checked before any parser runs, so deep or alias-heavy input never reaches recursive code.
    const depth = measured?.depth ?? (0,timings/* timed */.ay)('prefilters', () => (0,shared_limits/* nestingDepth */.Qk)(text, limits.maxDepth));
    if (depth > limits.maxDepth)
        return refuse(`skipped: nested deeper than ${limits.maxDepth} levels (raise max-depth to read it)`);
    const nodes = adapter.estimateNodes
        ? adapter.estimateNodes(text, limits.maxNodes)
        : (measured?.nodes ?? (0,shared_limits/* nodeEstimate */.Rl)(text, limits.maxNodes));
    if (nodes > limits.maxNodes)
        return refuse(`skipped: more than ${limits.maxNodes} items (raise max-nodes to read it)`);
    try {
        // YAML aliases are bounded by what they would expand to, measured once the file is parsed.
        return (0,timings/* timed */.ay)((0,timings/* parseStage */.YA)(adapter.id), () => adapter.parse(path, text, { ...context, maxAliases: limits.maxAliases }));
    }
    catch (error) {
        // `readAndParse` loads the parser and parses the file again.
        if (error instanceof parser_not_loaded/* ParserNotLoaded */.u && parserMissing === 'throw')
            throw error;
        // A stack overflow (an expression of thousands of terms) is the input's depth, not a bug to show.
        const reason = error instanceof RangeError
            ? 'an expression or nesting too deep for its parser'
            : error instanceof Error
                ? error.message
                : String(error);
        return (0,scan_model/* emptyModel */.$Q)(path, adapter.id, `could not be read as ${adapter.description}: ${reason}; ${text_layer/* textOnlyNote */.iE}`);
    }
}
function parseText(path, text, settings, problems = [], adapter = (0,formats/* adapterFor */.fA)(path), parserMissing = 'note') {
    const classify = (name) => (0,names/* classifyName */.Ce)(name, settings.nameRules);
    // One pass measures nesting and nodes for the prefilters and finds the literals for the text layer.
    const pass = (0,timings/* timed */.ay)('text layer', () => readTextOnce(text, settings.limits.maxDepth, (0,text_layer/* secretKeyNamed */.Ld)(classify)));
    const context = { classifyName: classify, literalsInText: pass.literals.length > 0 };
    const parsed = parseFile(path, text, context, settings.limits, adapter, pass, parserMissing);
    // Under every parser, whatever became of it: a literal key is found even where parsing failed.
    const model = (0,timings/* timed */.ay)('text layer', () => (0,text_layer/* withTextLayer */.xD)(parsed, text, classify, pass.literals));
    const ignores = inlineIgnoresInComments(text, path);
    const kept = classified((0,shared_limits/* capReferences */.NU)(model), classify);
    return {
        path,
        model: kept,
        ...(ignores.size > 0 ? { ignores } : {}),
        problems,
        ...(mayHaveFixes(kept) ? { text } : {}),
    };
}
/** Whether a file's text is worth keeping for fixes: something in it can draw a finding, or it is a workflow. */
function mayHaveFixes(model) {
    const { iam } = model;
    return (model.references.length > 0 ||
        model.uses.length > 0 ||
        (iam !== undefined && Object.values(iam).some((list) => list.length > 0)) ||
        model.format === 'github-workflow' ||
        // A Terraform value is evaluated across the module's files: the place to fix may be in any of them.
        model.format === 'terraform');
}
/** Files parsed between two looks at the young generation's size (see `holdYoungGenerationAtCeiling`). */
const youngGenerationCheckEvery = 8;
/**
 * Reads and parses candidates. A parser that must be loaded first (tree-sitter, for the Terraform the fast
 * reader declines) is loaded when the first file needs it, and that one file is read and parsed again; the
 * files after it find the parser loaded.
 */
async function readAndParse(candidates, settings) {
    /** The adapters whose parser a file has needed: loaded, or failed to load (their files are then read as text only). */
    const prepared = new Set();
    const parsed = [];
    for (let index = 0; index < candidates.length; index++) {
        const candidate = candidates[index];
        // What the files parsed so far left alive is what grows the young generation: looked at every few files.
        if (index % youngGenerationCheckEvery === 0)
            (0,young_generation/* holdYoungGenerationAtCeiling */.ip)();
        const adapter = (0,formats/* adapterFor */.fA)(candidate.path);
        const missing = adapter && prepared.has(adapter) ? 'note' : 'throw';
        try {
            parsed.push(readAndParseOne(candidate, adapter, settings, missing));
        }
        catch (error) {
            if (!(error instanceof parser_not_loaded/* ParserNotLoaded */.u) || !adapter)
                throw error;
            prepared.add(adapter);
            // A parser that fails to load fails no scan: its files are read as text only, each with a note.
            await (0,timings/* timedAsync */.qI)('load parsers', async () => adapter.prepare?.().catch(() => undefined));
            parsed.push(readAndParseOne(candidate, adapter, settings, 'note'));
        }
    }
    return parsed;
}
function readAndParseOne(candidate, adapter, settings, parserMissing) {
    const read = (0,timings/* timed */.ay)('read', () => (0,discovery_read/* readText */.yR)(candidate.absolute, settings.maxFileBytes, adapter?.mayMatter));
    if ('irrelevant' in read)
        return { path: candidate.path, problems: [] };
    if ('tooLarge' in read)
        return readAsTextOnly(candidate, read.reason, adapter, settings);
    // A NUL byte must not hide a key pair written beside it: the bytes already read are looked through as text.
    if (!read.ok && read.binary)
        return binaryAsText(candidate.path, read.binary, read.reason, adapter, settings);
    if (!read.ok)
        return { path: candidate.path, problems: [{ file: candidate.path, message: `skipped: ${read.reason}` }] };
    return parseText(candidate.path, read.text, settings, read.warning ? [{ file: candidate.path, message: read.warning }] : [], adapter, parserMissing);
}
/**
 * A file over the size limit is not parsed, but its text is still read, in bounded chunks and at most
 * `textOnlyReadCap` bytes of it, so a key in it is found at its exact line and column.
 */
function readAsTextOnly(candidate, 
/** Why the file is not parsed: over the size limit. */
tooLarge, adapter, settings) {
    const { classify, scan } = literalScan(settings);
    const read = readTextInChunks(candidate.absolute, (text) => scan.push(text), {
        ...(adapter?.mayMatter ? { mayMatter: adapter.mayMatter } : {}),
    });
    const { path } = candidate;
    // A file over the limit that is binary, or one that went away, is skipped for its size: no text to read.
    if (!read.ok)
        return { path, problems: [{ file: path, message: `skipped: ${tooLarge}` }] };
    if (!read.relevant)
        return { path, problems: [] };
    return textOnlyFile(path, adapter, `skipped: ${tooLarge}; ${text_layer/* textOnlyNote */.iE}${cappedPart(read.capped)}`, scan, classify);
}
/** A file under the size limit with a NUL byte: not parsed, its bytes, already read, looked through as text. */
function binaryAsText(path, bytes, reason, adapter, settings) {
    const { classify, scan } = literalScan(settings);
    // Decoded as the chunked reader decodes (invalid bytes replaced, a byte-order mark dropped), within its cap.
    scan.push(new TextDecoder('utf-8').decode(bytes.subarray(0, textOnlyReadCap)));
    const note = `skipped: ${reason}; ${text_layer/* textOnlyNote */.iE}${cappedPart(bytes.length > textOnlyReadCap)}`;
    return textOnlyFile(path, adapter, note, scan, classify);
}
/** The text pass alone, for a file that is not parsed: the configured names, and a scan fed text in pieces. */
function literalScan(settings) {
    const classify = (name) => (0,names/* classifyName */.Ce)(name, settings.nameRules);
    return { classify, scan: new ChunkedLiteralScan((0,text_layer/* secretKeyNamed */.Ld)(classify)) };
}
function cappedPart(capped) {
    return capped ? ` in its first ${textOnlyReadCap / (1024 * 1024)} MiB` : '';
}
function textOnlyFile(path, adapter, note, scan, classify) {
    const model = (0,text_layer/* withLiterals */.Ze)((0,scan_model/* emptyModel */.$Q)(path, adapter?.id ?? 'none', note), scan.end());
    return { path, model: classified((0,shared_limits/* capReferences */.NU)(model), classify), problems: [] };
}
function classified(model, classify) {
    return { ...model, references: classifyReferences(model.references, classify) };
}


/***/ }),

/***/ 3009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isParseWorker: () => (/* binding */ isParseWorker),
/* harmony export */   minimumCores: () => (/* binding */ minimumCores),
/* harmony export */   minimumOffloadedFiles: () => (/* binding */ minimumOffloadedFiles),
/* harmony export */   readAndParseAll: () => (/* binding */ readAndParseAll),
/* harmony export */   serveParseWorker: () => (/* binding */ serveParseWorker),
/* harmony export */   threadChoiceFrom: () => (/* binding */ threadChoiceFrom)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(384);
/* harmony import */ var _parse_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(175);
/* harmony import */ var _credentials_error_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6310);
/* harmony import */ var _common_version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9521);
/* harmony import */ var _young_generation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4212);
/* harmony import */ var _common_timings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4214);











/**
 * A second thread for the YAML and JSON files while the main thread reads Terraform and dotenv files.
 * Split by format, not by file count, so each format's code is compiled and optimised on one thread
 * only (a pool that gave every thread a share of everything paid each warm-up twice). It pays only when
 * V8's own compiler and collector threads have cores of their own: on 2 cores they already keep the
 * second core half busy and the worker won nothing (scale 10: 2.38 s against 2.33 s on one thread); with
 * those threads switched off, as if they had their own cores, it took 2.54 s against 2.95 s.
 */
// The version in the role: a worker from another build's cli.js would send models of another shape.
const role = `ses-credential-hygiene ${_common_version_js__WEBPACK_IMPORTED_MODULE_10__/* .toolVersion */ .fX} parse worker`;
/** The choice from `SES_CREDENTIAL_HYGIENE_THREADS` (set by whoever runs the scan, never by the checkout). */
function threadChoiceFrom(value) {
    return value === 'always' || value === 'never' ? value : 'auto';
}
/** Below this many YAML and JSON files, starting a thread (\u2248 0.3 s to load the parsers) costs more than it saves. */
const minimumOffloadedFiles = 400;
/** Cores for the main thread, the worker, and V8's background threads. */
const minimumCores = 4;
function isWorkerInput(data) {
    return typeof data === 'object' && data !== null && 'role' in data && data.role === role;
}
/** True in a thread started by `parseOffThread`: the entry then runs `serveParseWorker` instead of the CLI. */
function isParseWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.isMainThread && isWorkerInput(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.workerData);
}
/**
 * The entry that can run as the worker: the CLI's \u2014 `cli.js` beside this code in the bundle (dist/),
 * `../cli-main.js` where TypeScript compiled the sources one file each (this module is then in `scan/`).
 */
function workerEntry() {
    // Joined at run time: a `new URL('./cli.js', import.meta.url)` would make ncc bundle the source as an asset.
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    return entryNames.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name)).find((entry) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(entry));
}
const entryNames = ['../cli-main.js', 'cli.js'];
function yamlSide(candidate) {
    const adapter = (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_5__/* .adapterFor */ .fA)(candidate.path);
    return adapter !== undefined && (0,_common_timings_js__WEBPACK_IMPORTED_MODULE_9__/* .parseStage */ .YA)(adapter.id) === 'yaml parse';
}
/**
 * Reads and parses the candidates, the YAML and JSON ones on a second thread when there are cores and
 * files enough for it to pay. The result is the same as `readAndParse` gives on one thread; if the
 * thread fails, its files are parsed here and a note on the scanned folder says so.
 */
async function readAndParseAll(candidates, settings, threads = 'auto', 
/** The worker's entry; found beside this code unless a test gives its own. */
entry = threads === 'never' ? undefined : workerEntry()) {
    // The cores are counted first: where they are too few, the files are not even sorted by side.
    const coresEnough = threads === 'always' || (threads === 'auto' && (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)() >= minimumCores);
    const offloaded = entry && coresEnough ? candidates.filter(yamlSide) : [];
    const pays = threads === 'always' ? offloaded.length > 0 : coresEnough && offloaded.length >= minimumOffloadedFiles;
    if (!entry || !pays)
        return (0,_parse_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readAndParse */ .Pd)(candidates, settings);
    const away = new Set(offloaded);
    const there = parseOffThread(entry, offloaded, settings);
    const here = await (0,_parse_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readAndParse */ .Pd)(candidates.filter((candidate) => !away.has(candidate)), settings);
    const output = await (0,_common_timings_js__WEBPACK_IMPORTED_MODULE_9__/* .timedAsync */ .qI)('parse wait', () => there);
    if (output.timings)
        (0,_common_timings_js__WEBPACK_IMPORTED_MODULE_9__/* .addWorkerTimings */ .lc)(output.timings);
    if (output.failure === undefined)
        return [...here, ...output.parsed];
    const message = `the parse worker stopped (${output.failure}); its ${offloaded.length} files were read on the main thread`;
    return [...here, ...output.parsed, { path: '.', problems: [{ file: '.', message }] }];
}
function parseOffThread(entry, candidates, settings) {
    const input = {
        role,
        candidates: candidates.map(({ path, absolute }) => ({ path, absolute })),
        settings,
    };
    return new Promise((resolve) => {
        let settled = false;
        const fallBack = async (failure) => {
            if (settled)
                return;
            settled = true;
            resolve({ parsed: await (0,_parse_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readAndParse */ .Pd)(candidates, settings), failure });
        };
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(entry, {
            workerData: input,
            stdout: true,
            stderr: true,
            resourceLimits: { maxYoungGenerationSizeMb: _young_generation_js__WEBPACK_IMPORTED_MODULE_8__/* .workerYoungGenerationMb */ .wX },
        });
        worker.once('message', (output) => {
            settled = true;
            resolve(output);
            void worker.terminate();
        });
        worker.once('error', (error) => void fallBack((0,_credentials_error_text_js__WEBPACK_IMPORTED_MODULE_7__/* .errorText */ .k)(error)));
        worker.once('exit', (code) => void fallBack(`it exited with code ${code} before answering`));
    });
}
/** The worker's side: parse what it was given, send the parsed files back, and end. */
async function serveParseWorker() {
    if (!isWorkerInput(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.workerData) || !node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.parentPort)
        return;
    const candidates = node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.workerData.candidates.map(({ path, absolute }) => ({
        path,
        // A name that is not UTF-8 crosses as bytes, and arrives as a plain Uint8Array.
        absolute: typeof absolute === 'string' ? absolute : Buffer.from(absolute),
    }));
    const parsed = await (0,_parse_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readAndParse */ .Pd)(candidates, node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.workerData.settings);
    const output = { parsed, ...(_common_timings_js__WEBPACK_IMPORTED_MODULE_9__/* .timingsEnabled */ .bH ? { timings: (0,_common_timings_js__WEBPACK_IMPORTED_MODULE_9__/* .timingsReport */ .aF)() } : {}) };
    node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.parentPort.postMessage(output);
}


/***/ }),

/***/ 4212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ holdYoungGenerationForWarmScan),
/* harmony export */   ip: () => (/* binding */ holdYoungGenerationAtCeiling),
/* harmony export */   wX: () => (/* binding */ workerYoungGenerationMb),
/* harmony export */   xl: () => (/* binding */ releaseWarmScanHold)
/* harmony export */ });
/* unused harmony exports youngGenerationCeiling, warmScanYoungGenerationCeiling */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Where a scan stops V8's young generation growing: 8 MiB (`space_size` of the new space). Left alone, it grows
 * to two semi-spaces of 16 MiB (Node 20) or 32 MiB (Node 24), as the parsed files (above all the Terraform
 * trees, kept for the join) survive their first collections. A larger young generation is collected less
 * often but touches more fresh memory, and on the machines measured each first touch of a page (a page
 * fault, some microseconds in a virtual machine) cost more than the collections saved. Cold scan of the
 * scale-10 bench corpus, Node 24, interleaved runs on 2 cores: held at 32 MiB 1.06 s, 25 000 page faults,
 * 105 ms in collections, peak 132\u2013149 MB; held at 8 MiB 1.00 s, 19 000\u201321 000 faults, 128 ms in
 * collections, peak 110\u2013122 MB (at 4 MiB the same as 8, at 16 in between). Node 20: 1.35 s \u2192 1.28 s, peak
 * 110 \u2192 88 MB.
 */
const youngGenerationCeiling = 8 * 1024 * 1024;
/**
 * The parse worker's young generation, in `resourceLimits.maxYoungGenerationSizeMb`: V8 makes one of N MiB
 * two semi-spaces and a large-object space of N / 3 each, so 48 is Node 20's ceiling (measured on Node 24:
 * a worker's new space then stops at 32 MiB, where without a limit it grew to 128). A worker's limits are
 * fixed when it starts; only the main thread needs the flag below.
 */
const workerYoungGenerationMb = 48;
/** Which hold stopped the young generation's growth, if one has: the ceiling's, or a warm re-scan's (which may be lifted). */
let held;
/**
 * Stops the young generation's growth once it has reached the ceiling. Cheap enough to call every
 * few files (a few microseconds). The heap's size limits are fixed when the isolate starts, so after it
 * `--max-semi-space-size` (and `--scavenger-max-new-space-capacity-mb`) change nothing, and an action's
 * `runs.using` takes no Node flags; V8 reads its growth factor each time it grows the young generation,
 * and a factor of 1 is no more growth. Set from the start, that would hold the young generation at its
 * first 1 MiB and collect ten times as often; set at the ceiling, it changes nothing below it. The flag is
 * the process's: a parse worker's young generation, held by its own limit, stops growing then too. Returns
 * whether it has stopped.
 */
function holdYoungGenerationAtCeiling(newSpaceSize = currentNewSpaceSize, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString, 
/** A parse worker leaves the process's flag alone: its ceiling is its `resourceLimits`. */
onMainThread = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread, ceiling = youngGenerationCeiling, hold = 'ceiling') {
    if (held)
        return true;
    if (!onMainThread)
        return false;
    if (newSpaceSize() < ceiling)
        return false;
    held = hold;
    setFlags('--semi-space-growth-factor=1');
    return true;
}
/**
 * A warm re-scan's ceiling: 4 MiB. Such a scan parses a few files and decodes the rest from the cache, and what
 * it allocates either dies at once or lives to the end (the decoded entries); a young generation grown large
 * only touches more fresh memory, and each first touch of a page is a page fault. Held here, a warm re-scan of
 * the scale-10 bench corpus took about 4 000 fewer page faults (19 500 \u2192 15 500) and less CPU on Node 24. One
 * that parses many files after all lifts the hold for them (`releaseWarmScanHold`): with one `.tf` file
 * changed (513 files parsed again) the held scan took less CPU but, on a busy machine, more time.
 */
const warmScanYoungGenerationCeiling = 4 * 1024 * 1024;
/** Holds the young generation at `warmScanYoungGenerationCeiling` (the same flag, set once, as above). */
function holdYoungGenerationForWarmScan(newSpaceSize = currentNewSpaceSize, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString, onMainThread = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread) {
    return holdYoungGenerationAtCeiling(newSpaceSize, setFlags, onMainThread, warmScanYoungGenerationCeiling, 'warm');
}
/**
 * Lifts a warm re-scan's hold (V8's own growth factor, 2, again; the ceiling's hold as before): for a scan that
 * has many files to parse after all, whose parse results survive their first collections as a cold scan's do.
 * A hold at the ceiling stays. Returns whether a hold was lifted.
 */
function releaseWarmScanHold(setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
    if (held !== 'warm')
        return false;
    held = undefined;
    setFlags('--semi-space-growth-factor=2');
    return true;
}
function currentNewSpaceSize() {
    return (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics)().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}


/***/ })

};
