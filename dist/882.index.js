export const id = 882;
export const ids = [882];
export const modules = {

/***/ 7882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
        pattern: word('SMTP_USER|SMTP_USERNAME|SMTP_LOGIN|SMTP_USER_NAME|MAIL_USER|MAIL_USERNAME|EMAIL_USER|EMAIL_USERNAME|EMAIL_HOST_USER|SES_USERNAME|SES_USER|MAILER_USER|MAILER_USERNAME'),
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
function normalizeName(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
}
/**
 * Classifies a secret, variable or input name. Names that hold no credential (`SES_REGION`,
 * `ROOT_DOMAIN`, `AWS_ROOT_ACCOUNT_ID`) return undefined.
 */
function classifyName(name, rules = defaultNameRules) {
    const normalized = normalizeName(name);
    if (isIdentifierName(normalized))
        return undefined;
    for (const rule of rules) {
        if (rule.pattern.test(normalized)) {
            return {
                kind: rule.kind,
                root: rule.root === true || (rule.kind !== 'ambiguous' && rootMarker.test(normalized)),
            };
        }
    }
    return undefined;
}
/** Account IDs, key fingerprints and the like end in these words and never hold a credential. */
function isIdentifierName(normalized) {
    return /(?:^|_)(?:ACCOUNT_ID|ACCOUNT|ARN|REGION|HOST|SERVER|PORT|DOMAIN|ENDPOINT|URL|KEY_NAME|KEY_ARN|KMS_KEY|KMS_KEY_ID|KEY_PAIR|PUBLIC_KEY|SSH_KEY|SSH_PRIVATE_KEY|DEPLOY_KEY|GPG_KEY|PRIVATE_KEY|API_KEY_NAME|FROM|TO|SENDER|RECIPIENT)$/.test(normalized);
}
/** Builds name rules from the config file's `names:` entries; they take precedence over the defaults. */
function withUserNameRules(user) {
    return [...user, ...defaultNameRules];
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
/** The only form in which a literal credential may appear in any output. */
function redact(value) {
    const visible = value.length > 8 ? 4 : Math.min(2, value.length);
    return `${value.slice(0, visible)}…`;
}
/**
 * Redacts anything credential-shaped in free text (parser messages, errors) before it is printed:
 * key IDs, and long base64 runs of the length of secret keys and SMTP passwords.
 */
function scrubCredentials(text) {
    return text
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

;// CONCATENATED MODULE: ./src/discovery/glob.ts
/**
 * Turns a glob into a matcher for POSIX paths relative to the scanned root. `**` crosses folders,
 * `*` and `?` do not; a pattern without a slash matches the name at any depth; a trailing slash
 * matches everything below the folder.
 */
function globMatcher(glob) {
    let pattern = glob.trim().replace(/^\.\//, '');
    if (pattern.endsWith('/'))
        pattern += '**';
    if (!pattern.includes('/'))
        pattern = `**/${pattern}`;
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i] ?? '';
        if (ch === '*' && pattern[i + 1] === '*') {
            const slashAfter = pattern[i + 2] === '/';
            source += slashAfter ? '(?:.*/)?' : '.*';
            i += slashAfter ? 2 : 1;
        }
        else if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else
            source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    const regex = new RegExp(`^${source}$`);
    return (path) => regex.test(path);
}
function anyGlob(globs) {
    const matchers = globs.map(globMatcher);
    return (path) => matchers.some((matches) => matches(path));
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

;// CONCATENATED MODULE: ./src/model/scan-model.ts

function joinModels(files, joins, repository = { values: [] }) {
    const references = files.flatMap((file) => file.references);
    const { uses, iam } = joins.reduce((joined, join) => join(files, joined), {
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
    }
}
function credentialName(reference) {
    const { source } = reference;
    if (source.type === 'secret' || source.type === 'variable')
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

;// CONCATENATED MODULE: ./src/rules/console-access-on-service-user.ts

const consoleAccessOnServiceUser = {
    meta: {
        id: 'console-access-on-service-user',
        title: 'Console login on a user whose keys serve SES',
        defaultSeverity: 'warning',
        securitySeverity: 6.0,
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
const credentialMintingPermissions = {
    meta: {
        id: 'credential-minting-permissions',
        title: 'Identity can mint access keys for other users',
        defaultSeverity: 'warning',
        securitySeverity: 8.0,
        help: "Creating SMTP credentials needs `iam:CreateUser`, `iam:CreateAccessKey` and `iam:PutUserPolicy`. Granted on `*` (or on users other than the caller), the same permissions let the identity create an access key for any user, administrators included, and give any user any policy: a privilege-escalation path. Keep SMTP-credential creation a manual or tightly scoped task; if automation must do it, limit the resource to the SMTP users' ARN path (for example `arn:aws:iam::<account>:user/system/ses-smtp-*`).",
        tags: ['security', 'aws', 'iam', 'privilege-escalation'],
    },
    check: (model) => {
        const findings = [];
        const seen = new Set();
        const report = (file, span, actions, resources, via) => {
            const place = `${file}:${span.startLine}:${span.startColumn}`;
            if (seen.has(place) || onlySelf(resources))
                return;
            seen.add(place);
            findings.push({
                file,
                span,
                message: `This policy allows ${actions.join(', ')} on ${resources.join(', ') || '*'}${via}: the permissions that create SMTP credentials also let the holder mint access keys for any user. Scope them to the SMTP users' ARNs or remove them.`,
                key: `${actions.join(',')}|${resources.join(',')}`,
            });
        };
        for (const statement of model.iam.statements) {
            const actions = mintingActions(statement);
            if (actions.length > 0)
                report(statement.file, statement.span, actions, statement.resources, '');
        }
        for (const principal of model.iam.principals) {
            for (const grant of grantsOf(model.iam, principal.key)) {
                if (grant.via === 'policy')
                    continue;
                const actions = mintingActions(grant.statement);
                if (actions.length > 0)
                    report(grant.file, grant.span, actions, grant.statement.resources, ` (through ${grant.via})`);
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/hardcoded-access-key.ts

const hardcodedAccessKey = {
    meta: {
        id: 'hardcoded-access-key',
        title: 'Hard-coded AWS access key',
        defaultSeverity: 'error',
        securitySeverity: 8.8,
        help: "An access key ID or secret access key written into a file is readable by everyone who can read the repository, forever, in its history. Deactivate and rotate the key, then pass it in as an encrypted secret (`${{ secrets.NAME }}`) or, for the SES API, replace it with an OIDC role (`role-to-assume`). AWS's documentation example keys are not reported.",
        tags: ['security', 'aws', 'secret'],
    },
    check: (model) => model.references
        .filter((reference) => reference.source.type === 'literal' &&
        (reference.supplied?.kind === 'access-key-id' || reference.supplied?.kind === 'secret-access-key'))
        .map((reference) => {
        const kind = reference.supplied?.kind ?? 'access-key-id';
        return atReference(reference, `${withArticle(label(kind))} (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Deactivate and rotate it, then pass it as a secret.`);
    }),
};

;// CONCATENATED MODULE: ./src/rules/hardcoded-smtp-password.ts



function isLiteral(reference) {
    return reference.source.type === 'literal';
}
const hardcodedSmtpPassword = {
    meta: {
        id: 'hardcoded-smtp-password',
        title: 'Hard-coded SES SMTP password',
        defaultSeverity: 'error',
        securitySeverity: 8.1,
        help: 'An SES SMTP password lets anyone who reads it send mail as your verified identities, and it is an IAM credential: it stays valid until the access key behind it is deleted. Delete that access key, create new SMTP credentials, and pass the password in as an encrypted secret.',
        tags: ['security', 'aws', 'ses', 'smtp', 'secret'],
    },
    check: (model) => {
        // SMTP-password-shaped literals anywhere, plus any literal in the password slot of a connection that may be SES.
        const byShape = model.references.filter((reference) => isLiteral(reference) && isSmtpPasswordKind(reference.supplied?.kind));
        const bySlot = uniqueReferences(model, smtpUses(model, ['ses', 'unknown'])).filter((reference) => isLiteral(reference) &&
            isSmtpPasswordSlot(reference) &&
            reference.source.type === 'literal' &&
            !isPlaceholder(reference.source.value) &&
            reference.supplied?.kind !== 'secret-access-key' &&
            reference.supplied?.kind !== 'access-key-id');
        const unique = new Map([...byShape, ...bySlot].map((reference) => [reference.id, reference]));
        return [...unique.values()].map((reference) => atReference(reference, `An SES SMTP password (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Delete the access key it was derived from and pass new SMTP credentials as a secret.`, reference.supplied?.kind ?? 'smtp-password'));
    },
};

;// CONCATENATED MODULE: ./src/rules/incomplete-credential-pair.ts


/** Each half and the half it needs. */
const partners = {
    'access-key-id': 'secret-access-key',
    'secret-access-key': 'access-key-id',
    'smtp-username': 'smtp-password',
    'smtp-password': 'smtp-username',
};
function slotKind(reference) {
    const kind = reference.sink.expects;
    return kind === 'smtp-password-v2' ? 'smtp-password' : kind;
}
const incompleteCredentialPair = {
    meta: {
        id: 'incomplete-credential-pair',
        title: 'Half of a credential pair',
        defaultSeverity: 'notice',
        securitySeverity: 1.0,
        help: 'Access keys and SMTP credentials work only as pairs: a key ID with its secret access key, an SMTP user name with its SMTP password. When only one half reaches a step, the other comes from somewhere this scan cannot see (a profile, an instance role, a default) or is missing, and the call fails or runs as another identity. Pass both halves to the same step, from secrets named as a pair.',
        tags: ['aws', 'ses', 'correctness'],
    },
    check: (model) => {
        const flagged = new Map();
        for (const use of model.uses) {
            const references = referencesOf(model, use).filter((reference) => reference.source.type !== 'all-secrets');
            if (references.length === 0 ||
                referencesOf(model, use).some((reference) => reference.source.type === 'all-secrets'))
                continue;
            const present = new Set(references.map(slotKind));
            for (const reference of references) {
                const kind = slotKind(reference);
                const partner = kind ? partners[kind] : undefined;
                if (!kind || !partner || present.has(partner))
                    continue;
                if ((kind === 'smtp-username' || kind === 'smtp-password') && !use.destination.smtp)
                    continue;
                flagged.set(reference.id, atReference(reference, `${describeSource(reference)} gives the ${label(kind)} without its ${label(partner)}. Pass both halves of the pair to the same step.`, kind));
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
                if (reference.source.type === 'all-secrets')
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
        help: 'The SES SMTP user name is the access key ID of the IAM user whose key the SMTP password was derived from (20 characters starting with AKIA). An e-mail address, an IAM user name or the account e-mail is refused by SES. Use the SMTP user name the console showed, or `aws_iam_access_key.<name>.id` in Terraform.',
        tags: ['aws', 'ses', 'smtp', 'correctness'],
    },
    check: (model) => uniqueReferences(model, smtpUses(model, ['ses']))
        .filter((reference) => reference.sink.expects === 'smtp-username' && isWrongUserName(reference))
        .map((reference) => atReference(reference, `${describeSource(reference)} is used as the SES SMTP user name but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from.`, reference.supplied?.kind ?? 'smtp-username')),
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
            const close = [...names].find((known) => known !== name.toUpperCase() && similar(known, name.toUpperCase()));
            return atReference(reference, `Secret \`${name}\` is defined in neither the repository, its environments nor the organisation, so it expands to an empty string at run time${close ? `; did you mean \`${close}\`?` : '.'}`);
        });
    },
};
/** One edit apart (a letter swapped with its neighbour, changed, added or dropped): the typos that matter here. */
function similar(a, b) {
    if (Math.abs(a.length - b.length) > 1)
        return false;
    let start = 0;
    while (start < a.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const restA = a.slice(start, endA);
    const restB = b.slice(start, endB);
    return restA.length <= 1 && restB.length <= 1
        ? true
        : restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

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

;// CONCATENATED MODULE: ./src/formats/shared/limits.ts
const defaultParseLimits = { maxDepth: 100, maxAliases: 100 };
/**
 * How deeply a text nests, by brackets and by indentation, counted without parsing (so that the count
 * itself cannot overflow). Stops counting once past `limit`.
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
/** Counts YAML alias tokens (`*name` after a separator); an estimate that never parses. */
function aliasCount(text, limit) {
    const alias = /(?:^|[\s[{,:-])\*[^\s\]},*]+/g;
    let count = 0;
    while (count <= limit && alias.exec(text) !== null)
        count++;
    return count;
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
const topLevelKeys = ['rules', 'ignore', 'names', 'include', 'exclude', 'max-file-size', 'max-depth', 'max-aliases'];
const settings = ['error', 'warning', 'notice', 'off'];
/** Parses and validates a config file; every problem is listed, not only the first. */
function parseConfig(text, source) {
    const problems = [];
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text, { maxAliasCount: 10 }) ?? {};
    }
    catch (error) {
        throw new ConfigError(source, [
            `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        ]);
    }
    if (!isRecord(raw))
        throw new ConfigError(source, ['the file must be a mapping of settings']);
    for (const key of Object.keys(raw))
        if (!topLevelKeys.includes(key))
            problems.push(`unknown key \`${key}\` (known: ${topLevelKeys.join(', ')})`);
    const ruleSettings = new Map();
    if (raw.rules !== undefined) {
        if (!isRecord(raw.rules))
            problems.push('`rules` must map rule ids to error, warning, notice or off');
        else
            for (const [id, setting] of Object.entries(raw.rules)) {
                if (!ruleIds.includes(id))
                    problems.push(`unknown rule id \`${id}\` under \`rules\`${suggest(id)}`);
                else if (typeof setting !== 'string' || !settings.includes(setting))
                    problems.push(`rule \`${id}\`: \`${String(setting)}\` is not one of ${settings.join(', ')}`);
                else
                    ruleSettings.set(id, setting);
            }
    }
    const ignores = [];
    for (const [index, entry] of asList(raw.ignore, 'ignore', problems).entries()) {
        if (typeof entry === 'string')
            ignores.push({ glob: entry, matches: globMatcher(entry) });
        else if (isRecord(entry) && typeof entry.path === 'string') {
            for (const key of Object.keys(entry))
                if (key !== 'path' && key !== 'rules')
                    problems.push(`ignore[${index}]: unknown key \`${key}\``);
            const ids = entry.rules === undefined ? undefined : asList(entry.rules, `ignore[${index}].rules`, problems).map(String);
            for (const id of ids ?? [])
                if (!ruleIds.includes(id))
                    problems.push(`ignore[${index}]: unknown rule id \`${id}\`${suggest(id)}`);
            ignores.push(ids
                ? { glob: entry.path, matches: globMatcher(entry.path), rules: new Set(ids) }
                : { glob: entry.path, matches: globMatcher(entry.path) });
        }
        else
            problems.push(`ignore[${index}] must be a glob or { path, rules }`);
    }
    const userNameRules = [];
    for (const [index, entry] of asList(raw.names, 'names', problems).entries()) {
        if (!isRecord(entry) || typeof entry.pattern !== 'string' || typeof entry.kind !== 'string') {
            problems.push(`names[${index}] must be { pattern, kind, root? }`);
            continue;
        }
        for (const key of Object.keys(entry))
            if (!['pattern', 'kind', 'root'].includes(key))
                problems.push(`names[${index}]: unknown key \`${key}\``);
        if (!isCredentialKind(entry.kind)) {
            problems.push(`names[${index}]: unknown kind \`${entry.kind}\` (known: ${credentialKinds.join(', ')})`);
            continue;
        }
        try {
            userNameRules.push({ pattern: new RegExp(entry.pattern, 'i'), kind: entry.kind, root: entry.root === true });
        }
        catch {
            problems.push(`names[${index}]: \`${entry.pattern}\` is not a valid regular expression`);
        }
    }
    const include = asList(raw.include, 'include', problems).map(String);
    const exclude = asList(raw.exclude, 'exclude', problems).map(String);
    let maxFileBytes = defaultMaxFileBytes;
    if (raw['max-file-size'] !== undefined) {
        const parsed = parseSize(raw['max-file-size']);
        if (parsed === undefined)
            problems.push('`max-file-size` must be a number of bytes or a size such as 5MB');
        else
            maxFileBytes = parsed;
    }
    const limits = { ...defaultParseLimits };
    for (const [key, field] of [
        ['max-depth', 'maxDepth'],
        ['max-aliases', 'maxAliases'],
    ]) {
        const value = raw[key];
        if (value === undefined)
            continue;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
            problems.push(`\`${key}\` must be a whole number of at least 1`);
        else
            limits[field] = value;
    }
    if (problems.length > 0)
        throw new ConfigError(source, problems);
    return { ruleSettings, ignores, nameRules: withUserNameRules(userNameRules), include, exclude, maxFileBytes, limits };
}
function parseSize(value) {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0)
        return Math.floor(value);
    if (typeof value !== 'string')
        return undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB)?\s*$/i.exec(value);
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
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asList(value, key, problems) {
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value))
        return value;
    problems.push(`\`${key}\` must be a list`);
    return [];
}
function suggest(id) {
    const close = ruleIds.find((known) => known.startsWith(id.slice(0, 6)));
    return close ? ` (did you mean \`${close}\`?)` : '';
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/config/load.ts



/**
 * Loads the config: the file named explicitly (which must exist), else the default path under the
 * scanned root when present, else the defaults.
 */
async function loadConfig(root, explicitPath) {
    const path = explicitPath ?? (0,external_node_path_.join)(root, defaultConfigPath);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (!explicitPath && error.code === 'ENOENT')
            return config_defaultConfig();
        throw new ConfigError(path, [`cannot read the file (${error.code ?? String(error)})`]);
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

;// CONCATENATED MODULE: ./src/model/findings.ts
const severityRank = { error: 3, warning: 2, notice: 1 };

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

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/exit-decision.ts



function reachesThreshold(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((finding) => severityRank[finding.severity] >= severityRank[failOn]);
}
/**
 * Whether the action step or the CLI fails, on the final result (suppressed findings never count). With
 * strict, files that could not be fully read fail it too, whatever the findings.
 */
function exitDecision(result, options) {
    if (options.strict && result.problems.length > 0)
        return {
            fail: true,
            reason: `${version/* toolName */.Uf}: ${result.problems.length} file(s) could not be fully read (--strict)`,
        };
    if (reachesThreshold(result.findings, options.failOn)) {
        const counts = countBySeverity(result.findings);
        return {
            fail: true,
            reason: `${version/* toolName */.Uf}: ${result.findings.length} finding(s), ${counts.error} error(s) and ${counts.warning} warning(s); failing on ${options.failOn} or worse.`,
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
/**
 * The annotations to emit: findings arrive worst first; each level is cut at GitHub's limit, and the
 * last annotation shown says how many more there are. Parse problems follow as notices, within the notice limit.
 */
function planAnnotations(findings, problems = []) {
    const perLevel = { error: 0, warning: 0, notice: 0 };
    const annotated = [];
    for (const finding of findings) {
        if (perLevel[finding.severity] >= annotationLimitPerLevel)
            continue;
        perLevel[finding.severity]++;
        annotated.push(fromFinding(finding));
    }
    const notShown = findings.length - annotated.length;
    const lastFinding = annotated.at(-1);
    if (notShown > 0 && lastFinding)
        lastFinding.message += `\n\n${notShown} more finding(s) are not annotated (GitHub shows ${annotationLimitPerLevel} per level); see the job summary or the SARIF file.`;
    const notes = [];
    for (const problem of problems) {
        if (perLevel.notice >= annotationLimitPerLevel)
            break;
        perLevel.notice++;
        notes.push({
            level: 'notice',
            file: problem.file,
            title: 'ses-credential-hygiene: file not fully scanned',
            message: problem.message,
            ...(problem.span ? { line: problem.span.startLine, endLine: problem.span.startLine } : {}),
        });
    }
    const shown = [...annotated, ...notes];
    return { commands: shown.map(formatCommand), shown: shown.length, notShown };
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
        properties: { tags: meta.tags, precision: 'high', 'security-severity': meta.securitySeverity.toFixed(1) },
    }));
}
function artifactUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function toResult(finding, fingerprint) {
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
    if (finding.suppressed)
        result.suppressions = [
            {
                kind: finding.suppressed === 'inline' ? 'inSource' : 'external',
                ...(finding.suppressed === 'baseline' ? { justification: 'in the baseline' } : {}),
            },
        ];
    return result;
}
function toSarif(result) {
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
                results: [...result.findings, ...result.suppressed].map((finding) => toResult(finding, finding.fingerprint ?? '')),
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: result.problems.map((problem) => ({
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
                    },
                ],
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
}
function renderSarif(result) {
    return `${JSON.stringify(toSarif(result), null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
 * Lists the files to read below `root`. Symbolic links are never followed (so a link cannot lead
 * out of the root or into a loop); a link that would have been read is reported as skipped.
 * Synchronous on purpose: for many small directory reads, the thread-pool round trips of the
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
        throw new Error(`cannot scan ${root}: ${errorCode(error) === 'ENOENT' ? 'no such folder' : errorCode(error)}`);
    }
    if (!rootStat.isDirectory())
        throw new Error(`cannot scan ${root}: not a folder`);
    const pending = [''];
    while (pending.length > 0) {
        const relative = pending.pop() ?? '';
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, relative), { withFileTypes: true });
        }
        catch (error) {
            skipped.push({ path: relative || '.', reason: `cannot open folder (${errorCode(error)})` });
            continue;
        }
        for (const entry of entries) {
            const path = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!skippedFolders.has(entry.name) && !options.excluded(`${path}/`))
                    pending.push(path);
            }
            else if (entry.isFile()) {
                if (options.wanted(path) && !options.excluded(path))
                    candidates.push({ path, absolute: (0,external_node_path_.join)(root, path) });
            }
            else if (entry.isSymbolicLink()) {
                if (options.wanted(path))
                    skipped.push({ path, reason: 'symbolic link, not followed' });
            }
            else if (options.wanted(path)) {
                skipped.push({ path, reason: 'not a regular file' });
            }
        }
    }
    candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { candidates, skipped };
}
function errorCode(error) {
    if (error && typeof error === 'object' && 'code' in error)
        return String(error.code);
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/timings.ts + 1 modules
var timings = __webpack_require__(4096);
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
        for (const result of (0,timings/* timed */.ay)('rules', () => rule.check(model))) {
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
        const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(`${finding.fingerprintSeed}|${count}`).digest('hex').slice(0, 32);
        return { ...finding, fingerprint };
    });
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

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
                message: `YAML syntax error: ${firstLine(error.message)}`,
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
    return getPair(node, key)?.value ?? undefined;
}
/** Follows `keys` down nested maps. */
function getPath(node, ...keys) {
    return keys.reduce((current, key) => getValue(current, key), (0,dist/* isNode */.Ll)(node) ? node : undefined);
}
function getScalar(node, key) {
    const value = getValue(node, key);
    return isScalar(value) ? value : undefined;
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

;// CONCATENATED MODULE: ./src/formats/shared/iam-policy.ts

function strings(node) {
    const single = scalarText(node);
    if (single !== undefined)
        return [single];
    // An intrinsic (`!Sub`, `Fn::Join`) stands for an action or resource this reader cannot spell out.
    return seqItems(node).map((item) => scalarText(item) ?? '<expression>');
}
/** Reads `Statement` entries of a policy document written in YAML or JSON. */
function readPolicyDocument(source, document, ownerKey) {
    const statementNode = getValue(document, 'Statement');
    return readStatements(source, (0,dist/* isMap */.jh)(statementNode) ? [statementNode] : seqItems(statementNode), ownerKey);
}
/** Reads statement maps (`Effect`, `Action`/`NotAction`, `Resource`); the span is the `Action` key. */
function readStatements(source, statements, ownerKey) {
    const read = [];
    for (const statement of statements) {
        const actionPair = getPair(statement, 'Action') ?? getPair(statement, 'NotAction');
        if (!actionPair)
            continue;
        const span = source.nodeSpan(actionPair.key);
        const effect = scalarText(getValue(statement, 'Effect')) === 'Deny' ? 'Deny' : 'Allow';
        const resourceNode = getValue(statement, 'Resource') ?? getValue(statement, 'NotResource');
        read.push({
            file: source.file,
            span,
            ownerKey,
            effect,
            actions: strings(actionPair.value),
            notAction: scalarText(actionPair.key) === 'NotAction',
            resources: resourceNode === undefined ? ['*'] : strings(resourceNode),
        });
    }
    return read;
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
        if (smtpUrl) {
            for (const match of masked.matchAll(curlUserPattern)) {
                const argument = match[2] ?? '';
                const argumentStart = match.index + match[0].length - argument.length - (match[1]?.length ?? 0);
                const colon = argument.indexOf(':');
                if (colon < 0)
                    continue;
                slots.push(slot(argumentStart, argumentStart + colon, 'command-argument', 'curl --user (user)', 'smtp-username'));
                slots.push(slot(argumentStart + colon + 1, argumentStart + argument.length, 'command-argument', 'curl --user (password)', 'smtp-password'));
            }
        }
        for (const match of masked.matchAll(assignmentPattern)) {
            const [whole, name, quote, value] = match;
            if (!name || value === undefined)
                continue;
            const valueStart = match.index + whole.length - value.length - (quote?.length ?? 0);
            slots.push(slot(valueStart, valueStart + value.length, 'env', name));
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
        if (host.sesRegion)
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
            if (access.source.type === 'secret' || access.source.type === 'variable')
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
        const target = regions.length > 0 ? 'ses' : visible.otherSmtpHosts.length > 0 ? 'other' : sesNamed ? 'ses' : 'unknown';
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
        for (const pair of mapPairs(getValue(root, 'Resources')))
            this.types.set(scalarText(pair.key) ?? '', scalarText(getValue(pair.value, 'Type')) ?? '');
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
                this.iam.statements.push(...readPolicyDocument(this.source, getValue(policy, 'PolicyDocument'), owner));
                this.iam.bindings.push({ file, span: this.source.nodeSpan(policy), principalKey: key, ownerKey: owner });
            });
            this.bindManagedPolicies(key, getValue(properties, 'ManagedPolicyArns'));
        }
        else if (type === 'AWS::IAM::AccessKey') {
            const user = intrinsicOf(getValue(properties, 'UserName'));
            this.iam.accessKeys.push({ key, file, span, userKey: user ? this.key(user.target) : undefined });
        }
        else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
            this.iam.statements.push(...readPolicyDocument(this.source, getValue(properties, 'PolicyDocument'), key));
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

;// CONCATENATED MODULE: ./src/formats/cloudformation.ts





function parseCloudFormation(file, text, context) {
    const reader = yamlReader('cloudformation', file, text, context);
    const facts = reader.source.documents
        .filter((doc) => looksLikeCloudFormation(doc.contents))
        .map((doc) => readCloudFormation(reader, doc.contents));
    const model = reader.builder.build();
    return facts.length > 0 ? { ...model, iam: mergeIam(facts) } : model;
}
/** Lock files and tool configs are JSON or YAML but never templates; they are not even read. */
const neverTemplates = /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|composer\.(?:json|lock)|tsconfig[^/]*\.json|\.?eslintrc[^/]*|pnpm-lock\.yaml|yarn\.lock|renovate\.json|\.prettierrc[^/]*)$/i;
/** A template names its version or typed resources; anything else is not parsed at all. */
const templateMarker = /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?(?:AWS|Custom)::/;
const cloudFormationAdapter = {
    id: 'cloudformation',
    title: 'CloudFormation / SAM',
    claim: 'content',
    description: 'CloudFormation and SAM templates (YAML or JSON)',
    // Templates are recognised by content, wherever they are; the path only rules out what cannot be one.
    recognises: looksLikeCloudFormation,
    matches: (path) => /\.(?:ya?ml|json|template)$/i.test(path) && !neverTemplates.test(path),
    mayMatter: (bytes) => bytes.includes('AWSTemplateFormatVersion') || bytes.includes('AWS::') || bytes.includes('Custom::'),
    parse: (file, text, context) => templateMarker.test(text)
        ? parseCloudFormation(file, text, context)
        : { file, format: 'cloudformation', references: [], uses: [], problems: [] },
};

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

;// CONCATENATED MODULE: ./src/formats/docker-compose.ts




const dockerComposeAdapter = {
    id: 'docker-compose',
    title: 'Docker Compose',
    claim: 'path',
    description: 'Docker Compose files',
    matches: (path) => composeName.test(path) && !isGitHubWorkflowPath(path),
    parse: (file, text, context) => {
        const reader = yamlReader('docker-compose', file, text, context);
        const { source, builder } = reader;
        for (const doc of source.documents) {
            for (const service of mapPairs(getValue(doc.contents, 'services'))) {
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
        return builder.build();
    },
};

;// CONCATENATED MODULE: ./src/formats/dotenv.ts



const assignment = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*?)[ \t]*\r?$/;
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
            if (match?.[1] !== undefined && match[2] !== undefined && !line.trimStart().startsWith('#')) {
                const rawStart = lineStart + line.indexOf(match[2], line.indexOf('=') + 1);
                const { value, offset: quoteOffset, interpolate } = unquote(match[2]);
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

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 15 modules
var expressions_dist = __webpack_require__(4058);
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
        tokens = new expressions_dist/* Lexer */.JG(body).lex().tokens;
    }
    catch (error) {
        return { accesses: [], error: describe(error) };
    }
    try {
        const tree = new expressions_dist/* Parser */.iX(tokens, contexts, []).parse();
        const accesses = [];
        collectAccesses(tree, false, accesses, toOffset);
        return { accesses: accesses.sort((a, b) => a.start - b.start) };
    }
    catch (error) {
        return { accesses: accessesFromTokens(tokens, toOffset), error: describe(error) };
    }
}
function collectAccesses(node, insideToJson, out, toOffset) {
    if (node instanceof ast/* IndexAccess */.p_) {
        if (isSecretsContext(node.expr)) {
            const start = toOffset(node.expr.name.range.start);
            if (node.index instanceof ast/* Literal */.uS && node.index.literal.kind === expressiondata/* Kind */.b.String) {
                const nameToken = node.index.token;
                const name = node.index.literal.coerceString();
                // A quoted index ends at its closing bracket, one past the string token.
                const end = toOffset(nameToken.range.end) + (nameToken.type === lexer/* TokenType */.ks.STRING ? 1 : 0);
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
    if (node instanceof ast/* ContextAccess */.QC) {
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
    if (node instanceof ast/* FunctionCall */.R6) {
        const isToJson = node.functionName.lexeme.toLowerCase() === 'tojson';
        for (const arg of node.args)
            collectAccesses(arg, isToJson, out, toOffset);
        return;
    }
    if (node instanceof ast/* Binary */.yI) {
        collectAccesses(node.left, insideToJson, out, toOffset);
        collectAccesses(node.right, insideToJson, out, toOffset);
        return;
    }
    if (node instanceof ast/* Logical */.oD) {
        for (const arg of node.args)
            collectAccesses(arg, insideToJson, out, toOffset);
        return;
    }
    if (node instanceof ast/* Unary */._c) {
        collectAccesses(node.expr, insideToJson, out, toOffset);
        return;
    }
    if (node instanceof ast/* Grouping */.aU)
        collectAccesses(node.group, insideToJson, out, toOffset);
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

;// CONCATENATED MODULE: ./src/formats/github-workflow.ts







/** `${{ … }}` expressions as interpolations of secrets. */
function githubInterpolations(text) {
    return findExpressions(text).map((expression) => ({
        start: expression.start,
        end: expression.end,
        accesses: expression.accesses.map((access) => ({
            source: access.type === 'secret'
                ? { type: 'secret', name: access.name }
                : { type: 'all-secrets', via: access.via },
            start: access.start,
            end: access.end,
        })),
        ...(expression.error ? { error: expression.error } : {}),
    }));
}
class WorkflowReader {
    builder;
    source;
    context;
    constructor(reader) {
        ({ builder: this.builder, source: this.source, context: this.context } = reader);
    }
    read() {
        for (const doc of this.source.documents) {
            const root = doc.contents;
            if (hasKey(root, 'runs')) {
                const runs = getValue(root, 'runs');
                if (scalarText(getValue(runs, 'using'))?.toLowerCase() === 'composite')
                    this.readSteps('composite action', seqItems(getValue(runs, 'steps')), emptyCollected());
                continue;
            }
            const workflowEnv = this.readEnv(getValue(root, 'env'));
            for (const jobPair of mapPairs(getValue(root, 'jobs'))) {
                const jobId = scalarText(jobPair.key) ?? '?';
                const job = jobPair.value;
                const inherited = merge(workflowEnv, this.readEnv(getValue(job, 'env')));
                const calls = getPair(job, 'uses');
                if (calls)
                    this.readReusableCall(jobId, job, calls.value, inherited);
                else
                    this.readSteps(`job ${jobId}`, seqItems(getValue(job, 'steps')), inherited);
            }
        }
        return this.builder.build();
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
            this.builder.use(`${scope} › step ${name}`, this.source.nodeSpan(step.node), visible.referenceIds, destination);
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
        return { node, purpose: profile?.purpose ?? 'unknown', collected };
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
            interpolations: githubInterpolations(text),
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
    // A workflow that names no secret, key, password or mail server and holds no key-shaped value cannot matter.
    parse: (file, text, context) => mayHoldCredentials(text)
        ? new WorkflowReader(yamlReader('github-workflow', file, text, context)).read()
        : { file, format: 'github-workflow', references: [], uses: [], problems: [] },
};
const credentialTokens = /secret|passw|pwd|token|credential|key|smtp|mail|AKIA|ASIA|aws|root|login|[A-Za-z0-9+/]{40}/i;
function mayHoldCredentials(text) {
    return credentialTokens.test(text);
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

;// CONCATENATED MODULE: ./src/formats/kubernetes.ts










const workloadKinds = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);
const envSourceKinds = new Set(['Secret', 'ConfigMap']);
/** The manifests this adapter reads: workloads and what their containers take in. */
function isManifest(kind) {
    return workloadKinds.has(kind) || envSourceKinds.has(kind);
}
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
    envSources = { sources: [], imports: [] };
    constructor(reader) {
        this.reader = reader;
    }
    /** A base64 value is read as its decoded text; every position points at the encoded value. */
    encoded(node, name) {
        const decoded = decodeSecretData(scalarText(node) ?? '');
        if (decoded === undefined || !(0,dist/* isScalar */.jn)(node))
            return emptyCollected();
        const whole = this.reader.source.nodeSpan(node);
        return readValue(this.reader.builder, {
            text: decoded,
            locate: () => whole,
            outer: namedSink('env', name, this.reader.context.classifyName),
            interpolations: [],
            script: false,
            wholeValueSlot: true,
        });
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
    read() {
        const facts = [];
        for (const doc of this.reader.source.documents) {
            const root = doc.contents;
            const kind = scalarText(getValue(root, 'kind')) ?? '';
            if (envSourceKinds.has(kind))
                this.readSecretOrConfigMap(kind, root);
            else if (workloadKinds.has(kind))
                this.readWorkload(root);
            else if (looksLikeCloudFormation(root))
                facts.push(readCloudFormation(this.reader, root));
            else if (kind === '' && !hasKey(root, 'apiVersion'))
                readKeyedValues(this.reader, root);
        }
        const hasEnvSources = this.envSources.sources.length + this.envSources.imports.length > 0;
        const model = {
            ...this.reader.builder.build(),
            ...(hasEnvSources ? { formatFacts: { kubernetes: this.envSources } } : {}),
        };
        return facts.length > 0 ? { ...model, iam: mergeIam(facts) } : model;
    }
}
/**
 * Services, autoscalers, disruption budgets and kustomizations hold no credentials: a manifest is
 * parsed only when it declares a kind that can, has no kind (Helm values), or is a template.
 */
function mayMatter(text) {
    if (!/^\s*kind:/m.test(text))
        return true;
    return (/^\s*kind:\s*["']?(?:Secret|ConfigMap|Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob)\b/m.test(text) ||
        text.includes('AWS::') ||
        text.includes('AWSTemplateFormatVersion'));
}
/** Helm templates are Go templates, not YAML; their values files and the rendered manifests are read instead. */
function isGoTemplate(text) {
    return /\{\{-?\s*[.$a-z(]/.test(text.replace(/\$\{\{/g, ''));
}
const manifestFolder = /(?:^|\/)(?:k8s|kubernetes|kube|manifests|deploy|deployments?|kustomize|overlays|helm|charts)\/(?:.*\/)?[^/]+\.ya?ml$/i;
const kubernetesAdapter = {
    id: 'kubernetes',
    title: 'Kubernetes',
    claim: 'path',
    description: 'Kubernetes manifests and Helm values',
    // By folder: a file whose name gives it to another YAML format stays that format's.
    matches: (path) => manifestFolder.test(path) && !isNamedYamlFormat(path),
    recognises: (root) => isManifest(scalarText(getValue(root, 'kind')) ?? ''),
    join: joinEnvFrom,
    parse: (file, text, context) => {
        if (isGoTemplate(text) || !mayMatter(text))
            return { file, format: 'kubernetes', references: [], uses: [], problems: [] };
        return new ManifestReader(yamlReader('kubernetes', file, text, context)).read();
    },
};

;// CONCATENATED MODULE: ./src/formats/serverless.ts







function readEnvironment(reader, node) {
    return merge(...mapPairs(node).map((pair) => readScalarValue(reader, pair.value, scalarText(pair.key) ?? '')));
}
const serverlessAdapter = {
    id: 'serverless',
    title: 'Serverless Framework',
    claim: 'path',
    description: 'Serverless Framework configuration',
    matches: (path) => serverlessName.test(path) && !isGitHubWorkflowPath(path),
    parse: (file, text, context) => {
        const reader = yamlReader('serverless', file, text, context);
        const { source, builder } = reader;
        const facts = [];
        for (const doc of source.documents) {
            const iam = emptyIam();
            facts.push(iam);
            const provider = getValue(doc.contents, 'provider');
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
            const functions = mapPairs(getValue(doc.contents, 'functions'));
            for (const fn of functions) {
                const visible = merge(providerEnv, readEnvironment(reader, getValue(fn.value, 'environment')));
                if (visible.referenceIds.length > 0)
                    builder.use(`function ${scalarText(fn.key) ?? '?'}`, source.nodeSpan(fn.key), visible.referenceIds, destinationOf(visible, 'unknown'));
            }
            if (functions.length === 0 && providerEnv.referenceIds.length > 0)
                builder.use('provider', source.nodeSpan(provider), providerEnv.referenceIds, destinationOf(providerEnv, 'unknown'));
            // `resources` is a CloudFormation fragment embedded in the Serverless file.
            const resources = getValue(doc.contents, 'resources');
            if (hasKey(resources, 'Resources'))
                facts.push(readCloudFormation(reader, resources));
        }
        return { ...builder.build(), iam: mergeIam(facts) };
    },
};

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter = __webpack_require__(33);
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
/** Loads tree-sitter and the Terraform grammar once, and only when a Terraform file is scanned. */
function loadHcl() {
    loading ??= (async () => {
        await web_tree_sitter/* Parser */.iX.init({ wasmBinary: (0,external_node_fs_.readFileSync)(findWasm(wasmFiles.runtime)) });
        const language = await web_tree_sitter/* Language */.TM.load((0,external_node_fs_.readFileSync)(findWasm(wasmFiles.terraform)));
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
/** The text of a string literal without interpolations, or undefined. */
function literalString(expression) {
    const literal = firstChild(expression, 'literal_value');
    const string = firstChild(literal, 'string_lit');
    if (!string)
        return undefined;
    return namedChildren(string)
        .filter((child) => child.type === 'template_literal')
        .map((child) => child.text)
        .join('');
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
        ? { ...use, derivedRegion: providerRegion(facts, external_node_path_.posix.dirname(use.file)) }
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
        facts.moduleCalls.push({ caller: scope, module: external_node_path_.posix.normalize(external_node_path_.posix.join(scope, source)).replace(/\/$/, '') });
}

;// CONCATENATED MODULE: ./src/formats/terraform/file.ts






/** What each attribute of `aws_iam_access_key` is. */
const accessKeyAttributes = {
    id: 'access-key-id',
    secret: 'secret-access-key',
    ses_smtp_password_v4: 'smtp-password',
    ses_smtp_password: 'smtp-password-v2',
};
/** One HCL file being read: where its facts go, and how its offsets and addresses become spans and keys. */
class TerraformFile {
    file;
    text;
    context;
    builder;
    iam = emptyIam();
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
        this.scope = external_node_path_.posix.dirname(file);
    }
    span(start, end) {
        return this.lines.span(start, end);
    }
    nodeSpan(node) {
        return this.span(node.startIndex, node.endIndex);
    }
    key(address) {
        return `${this.scope}::${address}`;
    }
    /** `aws_iam_user.smtp.name` → the user's key; `aws_iam_access_key.k.secret` → the key's. */
    resourceKey(expression, type) {
        if (!expression)
            return undefined;
        const path = traversals(expression).find((t) => t.path[0] === type)?.path;
        return path && path[1] ? this.key(`${type}.${path[1]}`) : undefined;
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

;// CONCATENATED MODULE: ./src/formats/terraform/iam-graph.ts





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
/** Records what an IAM resource adds to the graph: a principal, key, login profile, policy or attachment. */
function readIamResource(tf, type, name, block, declaration) {
    const key = tf.key(`${type}.${name}`);
    const attribute = (attributeName) => attributeExpression(block, attributeName);
    const place = { file: tf.file, span: declaration };
    const principalType = principalTypes[type];
    const inlineKind = inlinePolicyTypes[type];
    if (principalType) {
        const userName = literalString(attribute('name')) ?? block.attributes.get('name')?.text ?? '';
        const smtpNamed = /smtp/i.test(`${name} ${userName}`);
        tf.iam.principals.push({ key, ...place, kind: principalType, label: `${type}.${name}`, smtpNamed });
    }
    else if (type === 'aws_iam_access_key') {
        tf.iam.accessKeys.push({ key, ...place, userKey: tf.resourceKey(attribute('user'), 'aws_iam_user') });
    }
    else if (type === 'aws_iam_user_login_profile') {
        tf.iam.loginProfiles.push({ ...place, userKey: tf.resourceKey(attribute('user'), 'aws_iam_user') });
    }
    else if (type === 'aws_iam_policy') {
        readPolicyExpression(tf, attribute('policy'), key);
    }
    else if (inlineKind) {
        const principalKey = tf.resourceKey(attribute(inlineKind), `aws_iam_${inlineKind}`);
        const ownerKey = readPolicyExpression(tf, attribute('policy'), key);
        if (principalKey)
            tf.iam.bindings.push({ ...place, principalKey, ownerKey });
    }
    else if (/^aws_iam_(user|role|group)_policy_attachment$/.test(type) || type === 'aws_iam_policy_attachment') {
        readAttachment(tf, block, declaration);
    }
}
function readAttachment(tf, block, declaration) {
    const policy = attributeExpression(block, 'policy_arn');
    const arn = literalString(policy);
    const ownerKey = tf.resourceKey(policy, 'aws_iam_policy');
    const principals = [];
    for (const kind of ['user', 'role', 'group']) {
        for (const attributeName of [kind, `${kind}s`]) {
            const expression = attributeExpression(block, attributeName);
            if (!expression)
                continue;
            for (const traversal of traversals(expression))
                if (traversal.path[0] === `aws_iam_${kind}` && traversal.path[1])
                    principals.push(tf.key(`aws_iam_${kind}.${traversal.path[1]}`));
        }
    }
    const span = policy ? tf.nodeSpan(policy) : declaration;
    for (const principalKey of principals) {
        if (ownerKey)
            tf.iam.bindings.push({ file: tf.file, span, principalKey, ownerKey });
        else if (arn && managedPolicyStatement(arn))
            tf.iam.bindings.push({ file: tf.file, span, principalKey, managedPolicyArn: arn });
    }
}
/** Reads `policy = …`: a policy document's `.json`, `jsonencode({…})` or a JSON heredoc/string. Returns the owner key. */
function readPolicyExpression(tf, expression, ownerKey) {
    if (!expression)
        return ownerKey;
    const documentKey = tf.resourceKey(expression, 'data');
    const documentPath = traversals(expression).find((t) => t.path[0] === 'data' && t.path[1] === 'aws_iam_policy_document')?.path;
    if (documentKey && documentPath?.[2])
        return tf.key(`data.aws_iam_policy_document.${documentPath[2]}`);
    const call = firstChild(expression, 'function_call');
    if (call && firstChild(call, 'identifier')?.text === 'jsonencode') {
        const object = firstChild(firstChild(firstChild(call, 'function_arguments'), 'expression'), 'collection_value');
        tf.iam.statements.push(...statementsFromObject(tf, object, ownerKey));
        return ownerKey;
    }
    const template = firstChild(firstChild(expression, 'template_expr'), 'heredoc_template') ??
        firstChild(firstChild(expression, 'literal_value'), 'string_lit');
    const content = template && namedChildren(template).find((child) => child.type === 'template_literal');
    if (content) {
        // Blank out everything before the JSON so that offsets, and so lines and columns, stay the file's.
        const padded = tf.text.slice(0, content.startIndex).replace(/[^\n]/g, ' ') + content.text;
        const source = new YamlSource(tf.file, padded);
        const document = source.documents[0]?.contents;
        if (source.problems().length === 0)
            tf.iam.statements.push(...readPolicyDocument(source, document, ownerKey));
    }
    return ownerKey;
}
/** `jsonencode({ Statement = [{ Effect = …, Action = […], Resource = … }] })`. */
function statementsFromObject(tf, object, ownerKey) {
    const statements = [];
    const elements = (collection) => namedChildren(firstChild(collection, 'object')).filter((child) => child.type === 'object_elem');
    const keyOf = (element) => element.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? '';
    const valueOf = (element) => element?.childForFieldName('val');
    const listNode = valueOf(elements(object).find((element) => keyOf(element) === 'Statement'));
    const items = namedChildren(firstChild(firstChild(listNode, 'collection_value'), 'tuple')).filter((child) => child.type === 'expression');
    const single = firstChild(listNode, 'collection_value');
    const statementNodes = items.length > 0 ? items.map((item) => firstChild(item, 'collection_value')) : [single];
    for (const statement of statementNodes) {
        const entries = elements(statement);
        const action = entries.find((element) => keyOf(element) === 'Action' || keyOf(element) === 'NotAction');
        if (!action)
            continue;
        const effect = entries.find((element) => keyOf(element) === 'Effect');
        const resource = entries.find((element) => keyOf(element) === 'Resource');
        statements.push({
            file: tf.file,
            span: tf.nodeSpan(action),
            ownerKey,
            effect: literalString(valueOf(effect)) === 'Deny' ? 'Deny' : 'Allow',
            actions: stringList(valueOf(action)),
            notAction: keyOf(action) === 'NotAction',
            resources: resource ? stringList(valueOf(resource)) : ['*'],
        });
    }
    return statements;
}
function stringList(expression) {
    const single = literalString(expression);
    if (single !== undefined)
        return [single];
    const tuple = firstChild(firstChild(expression, 'collection_value'), 'tuple');
    return namedChildren(tuple)
        .filter((child) => child.type === 'expression')
        .map((child) => literalString(child) ?? '<expression>');
}
/** `data "aws_iam_policy_document"`: its `statement` blocks. */
function readPolicyDocumentData(tf, block, ownerKey) {
    for (const statement of block.blocks.filter((child) => child.type === 'statement')) {
        const actions = statement.attributes.get('actions') ?? statement.attributes.get('not_actions');
        if (!actions)
            continue;
        const effect = literalString(attributeExpression(statement, 'effect'));
        const resources = statement.attributes.get('resources');
        tf.iam.statements.push({
            file: tf.file,
            span: tf.nodeSpan(actions),
            ownerKey,
            effect: effect === 'Deny' ? 'Deny' : 'Allow',
            actions: stringList(expressionOf(actions)),
            notAction: firstChild(actions, 'identifier')?.text === 'not_actions',
            resources: resources ? stringList(expressionOf(resources)) : ['*'],
        });
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/outputs.ts


/** `output "x"` that is not `sensitive`, or strips the protection with `nonsensitive(…)`, exposes the secrets it names. */
function readOutput(tf, name, block) {
    const sensitive = literalBool(attributeExpression(block, 'sensitive')) === true;
    const value = block.attributes.get('value');
    // From the tree, not the text: `nonsensitive(` inside a string or comment is no call.
    const nonsensitive = value
        ? findNode(value, (node) => node.type === 'function_call' && firstChild(node, 'identifier')?.text === 'nonsensitive') !== undefined
        : false;
    if (!sensitive || nonsensitive)
        exposeSecrets(tf, value, 'terraform-output', `output "${name}"`, nonsensitive);
}
/** A plain `String` SSM parameter stores its value readable by anyone who can read parameters. */
function readSsmParameter(tf, name, block) {
    if (literalString(attributeExpression(block, 'type')) === 'String')
        exposeSecrets(tf, block.attributes.get('value'), 'ssm-parameter', `aws_ssm_parameter.${name}`, false);
}
function exposeSecrets(tf, attribute, channel, label, nonsensitive) {
    const expression = expressionOf(attribute);
    if (!attribute || !expression)
        return;
    for (const traversal of traversals(expression)) {
        const [type, resourceName, attributeName = ''] = traversal.path;
        const kind = accessKeyAttributes[attributeName];
        if (type !== 'aws_iam_access_key' || !kind || kind === 'access-key-id')
            continue;
        tf.iam.exposures.push({
            file: tf.file,
            span: tf.nodeSpan(attribute),
            kind,
            channel,
            what: `${label} (aws_iam_access_key.${resourceName}.${attributeName})`,
            nonsensitive,
            accessKeyKey: tf.key(`aws_iam_access_key.${resourceName}`),
        });
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/values.ts



function mergeValues(parts) {
    return {
        collected: merge(...parts.map((part) => part.collected)),
        smtpPasswords: parts.flatMap((part) => part.smtpPasswords),
    };
}
/** Reads every attribute of a block (and its nested blocks): literals, variables and access-key attributes. */
function readBody(tf, block, attributeKinds) {
    const parts = [];
    for (const [name, attribute] of block.attributes)
        parts.push(readAttribute(tf, attribute, name, attributeKinds?.[name]));
    for (const nested of block.blocks)
        parts.push(readBody(tf, nested));
    return mergeValues(parts);
}
/** One attribute: its literal strings, `var.x` references and `aws_iam_access_key.k.<attr>` references, each named by its key. */
function readAttribute(tf, attribute, name, expects) {
    const expression = expressionOf(attribute);
    if (!expression)
        return { collected: emptyCollected(), smtpPasswords: [] };
    const parts = [];
    const smtpPasswords = [];
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
            const [root, resourceName, attributeName = ''] = traversal.path;
            const span = tf.span(traversal.start, traversal.end);
            const kind = accessKeyAttributes[attributeName];
            if (root === 'var' && resourceName) {
                const id = tf.builder.reference(span, { type: 'variable', name: resourceName }, sinkFor(key));
                parts.push({ ...emptyCollected(), referenceIds: [id], names: [key, resourceName] });
            }
            else if (root === 'aws_iam_access_key' && resourceName && kind) {
                const accessKey = tf.key(`aws_iam_access_key.${resourceName}`);
                const source = { type: 'attribute', name: traversal.path.join('.'), kind, accessKey };
                const id = tf.builder.reference(span, source, sinkFor(key));
                parts.push({ ...emptyCollected(), referenceIds: [id], names: [key] });
                if (kind === 'smtp-password')
                    smtpPasswords.push({ span, accessKeyKey: accessKey });
            }
        }
    });
    return { collected: merge(...parts), smtpPasswords };
}
/** Visits string literals and leaf expressions, naming each by the nearest object key or attribute. */
function walkValues(node, key, visit, partial = false) {
    if (node.type === 'template_literal') {
        visit(node, key, partial);
        return;
    }
    if (node.type === 'object_elem') {
        const elementKey = node.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? key;
        const value = node.childForFieldName('val');
        if (value)
            walkValues(value, elementKey, visit);
        return;
    }
    if (node.type === 'expression' && namedChildren(node)[0]?.type === 'variable_expr') {
        visit(node, key, partial);
        return;
    }
    const interpolated = partial || namedChildren(node).some((child) => child.type === 'template_interpolation');
    for (const child of namedChildren(node))
        walkValues(child, key, visit, interpolated);
}

;// CONCATENATED MODULE: ./src/formats/terraform/reader.ts








const providerAttributes = {
    access_key: 'access-key-id',
    secret_key: 'secret-access-key',
    token: 'session-token',
};
/** Reads one HCL file (configuration or .tfvars) into its model, IAM facts and region facts. */
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
    return { ...tf.builder.build(), iam: tf.iam, formatFacts: { terraform: tf.regions } };
}
/** A .tfvars file is a list of attributes: each is a value named by its variable, and may name a region. */
function readTopAttributes(tf, attributes) {
    if (attributes.length === 0)
        return;
    const nameOf = (attribute) => firstChild(attribute, 'identifier')?.text ?? '';
    for (const attribute of attributes)
        readVariableRegion(tf.regions, tf.scope, nameOf(attribute), firstChild(attribute, 'expression'), 'tfvars');
    // A .tfvars value cannot take an access key's SMTP password, so only the values count.
    const { collected } = mergeValues(attributes.map((attribute) => readAttribute(tf, attribute, nameOf(attribute))));
    if (collected.referenceIds.length > 0)
        tf.builder.use(tf.file, tf.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
}
function readTopBlock(tf, block) {
    const [resourceType = '', name = ''] = block.labels;
    const address = block.type === 'data' ? `data.${resourceType}.${name}` : `${resourceType}.${name}`;
    const declaration = tf.span(block.node.startIndex, block.node.startIndex + block.type.length);
    const isAwsProvider = block.type === 'provider' && resourceType === 'aws';
    const { collected, smtpPasswords } = readBody(tf, block, isAwsProvider ? providerAttributes : undefined);
    // SMTP passwords used in a top-level block are checked against the SES endpoints named in that block.
    const endpointRegions = [...new Set(findSesSmtpHosts(block.node.text).map((host) => host.region))];
    for (const { span, accessKeyKey } of smtpPasswords)
        tf.iam.smtpPasswordUses.push({ file: tf.file, span, accessKeyKey, derivedRegion: undefined, endpointRegions });
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
            readOutput(tf, resourceType, block);
            return;
        case 'variable':
            readVariableRegion(tf.regions, tf.scope, resourceType, attributeExpression(block, 'default'), 'default');
            return;
        case 'data':
            if (resourceType === 'aws_iam_policy_document') {
                readPolicyDocumentData(tf, block, tf.key(address));
                return;
            }
            break;
        case 'module':
            readModuleCall(tf.regions, tf.scope, literalString(attributeExpression(block, 'source')));
            break;
        case 'resource':
            readIamResource(tf, resourceType, name, block, declaration);
            if (resourceType === 'aws_ssm_parameter')
                readSsmParameter(tf, name, block);
            if (collected.referenceIds.length > 0)
                tf.builder.use(address, declaration, collected.referenceIds, destinationOf(collected, 'unknown'));
            return;
    }
    if (collected.referenceIds.length > 0)
        tf.builder.use(`${block.type} ${block.labels.join(' ')}`.trim(), declaration, collected.referenceIds, destinationOf(collected, 'unknown'));
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






/** `.tf.json` and `.tfvars.json`: read as keyed JSON values (the HCL reference graph is not resolved for JSON). */
function parseTerraformJson(file, text, context) {
    const reader = yamlReader('terraform', file, text, context);
    const { source, builder } = reader;
    const collected = merge(...source.documents.map((doc) => readKeyedValues(reader, doc.contents)));
    if (collected.referenceIds.length > 0)
        builder.use(file, source.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
    return builder.build();
}
const terraformAdapter = {
    id: 'terraform',
    title: 'Terraform',
    claim: 'path',
    description: 'Terraform configuration and variables',
    matches: (path) => /\.(?:tf|tfvars|tf\.json|tfvars\.json)$/i.test(path),
    prepare: loadHcl,
    join: joinProviderRegions,
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
/** The adapter that reads a path: the one that owns it by path, else the one that may find its format inside. */
function adapterFor(path) {
    return pathOwners(path)[0] ?? adapters.find((adapter) => adapter.claim === 'content' && adapter.matches(path));
}
/** Loads, once, what the adapters of these paths need before they can parse (only those adapters). */
async function prepareAdapters(paths) {
    const needed = new Set(paths.map(adapterFor).filter((adapter) => adapter?.prepare !== undefined));
    await Promise.all([...needed].map((adapter) => adapter.prepare?.()));
}

;// CONCATENATED MODULE: ./src/inventory.ts


/** The channel a reference is used for in one use. */
function channelOf(reference, use) {
    const kind = reference.sink.expects;
    if (isConsoleKind(reference.supplied?.kind) || isConsoleKind(kind))
        return 'console';
    if (use.destination.smtp && (kind === 'smtp-username' || isSmtpPasswordKind(kind)))
        return use.destination.smtp.target === 'other' ? 'smtp' : 'ses-smtp';
    if (kind === 'access-key-id' || kind === 'secret-access-key' || kind === 'session-token')
        return use.destination.sesApi ? 'ses-api' : 'aws-api';
    if (use.destination.registry)
        return 'registry';
    if (use.destination.smtp && use.destination.smtp.target !== 'other' && reference.sink.type === 'action-input')
        return 'ses-smtp';
    return 'other';
}
/** Every secret the scanned files use: its kind and where it flows. */
function buildInventory(model) {
    const entries = new Map();
    for (const reference of model.references) {
        if (reference.source.type !== 'secret')
            continue;
        const name = reference.source.name;
        const entry = entries.get(name) ?? {
            name,
            kind: reference.supplied?.kind,
            root: false,
            channels: [],
            locations: [],
        };
        entry.root ||= reference.supplied?.root === true || reference.sink.root === true;
        entry.locations.push({ file: reference.file, line: reference.span.startLine, column: reference.span.startColumn });
        const channels = new Set(entry.channels);
        const uses = model.usesByReference.get(reference.id) ?? [];
        for (const use of uses)
            channels.add(channelOf(reference, use));
        if (uses.length === 0)
            channels.add(isConsoleKind(reference.supplied?.kind) ? 'console' : 'other');
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
            flows,
        };
    })
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/credentials/classify.ts

/** What the value itself is: from the secret's name, or from a literal's shape. */
function classifySupplied(reference, classifyName) {
    const { source } = reference;
    if (source.type === 'secret' || source.type === 'variable') {
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


/**
 * Reads a candidate as text. Files over the size limit, binary files and files that vanished or
 * became something else since the walk are refused with a reason; odd encodings are decoded.
 */
function readText(absolute, maxBytes, mayMatter) {
    let fd;
    try {
        // O_NOFOLLOW: a file swapped for a link after the walk is refused, not followed; O_NONBLOCK: a FIFO does not hang.
        fd = (0,external_node_fs_.openSync)(absolute, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        return { ok: false, reason: `cannot open (${errorCode(error)})` };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, reason: 'not a regular file' };
        if (stat.size > maxBytes)
            return {
                ok: false,
                reason: `larger than the limit (${stat.size} bytes > ${maxBytes}; raise max-file-size to read it)`,
            };
        const buffer = Buffer.allocUnsafe(stat.size);
        let filled = 0;
        while (filled < stat.size) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, filled, stat.size - filled, filled);
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
        (0,external_node_fs_.closeSync)(fd);
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
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
        return { ok: true, text: utf8.decode(body) };
    }
    catch {
        return { ok: true, text: utf8Lenient.decode(body), warning: 'not valid UTF-8; invalid bytes were replaced' };
    }
}

;// CONCATENATED MODULE: ./src/suppressions/inline.ts
const ignoreMarker = /ses-credential-hygiene:\s*ignore\[([^\]]*)\]/;
function readInlineIgnores(text) {
    const ignores = new Map();
    if (!text.includes('ses-credential-hygiene:'))
        return ignores;
    text.split('\n').forEach((line, index) => {
        const match = ignoreMarker.exec(line);
        if (!match)
            return;
        const ids = (match[1] ?? '')
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean);
        // The comment covers its own line and the line below it.
        for (const lineNumber of [index + 1, index + 2]) {
            const set = ignores.get(lineNumber) ?? new Set();
            for (const id of ids.length > 0 ? ids : ['*'])
                set.add(id);
            ignores.set(lineNumber, set);
        }
    });
    return ignores;
}
/** Whether an ignore comment covers this rule on this line of the file. */
function ignoredInline(ignores, finding) {
    const ids = ignores.get(finding.file)?.get(finding.span.startLine);
    return ids !== undefined && (ids.has('*') || ids.has(finding.ruleId));
}

;// CONCATENATED MODULE: ./src/formats/text/literals.ts

/** How far back on its line a value's name may stand; bounded so the pass stays linear. */
const nameReach = 160;
const isBase64Char = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;
const isAlphanumeric = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isNameChar = (code) => isAlphanumeric(code) || code === 95 || code === 45 || code === 46;
/**
 * One linear pass over the text: every maximal run of base64 characters is looked at once. Access key
 * IDs are the alphanumeric pieces of a run; SMTP passwords are whole runs of their exact shape (44
 * characters, no padding, the version byte first: 33 bytes); secret access keys are whole runs of 40
 * characters that stand beside a secret-key name or an access key ID on the same line.
 */
function findLiterals(text, isSecretKeyName) {
    const hits = [];
    let lineStart = 0;
    let keyIdOnLine = false;
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
        const ids = keyIdsIn(text, at, end);
        if (ids.length > 0)
            keyIdOnLine = true;
        hits.push(...ids);
        if (!padded) {
            const whole = wholeRunHit(text, at, end, lineStart, keyIdOnLine, isSecretKeyName);
            if (whole)
                hits.push(whole);
        }
        at = end;
    }
    return hits;
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
            if (accessKeyIdPattern.test(value) && isRealLiteral(value)) {
                hits.push({ kind: 'access-key-id', start: piece, end: pieceEnd, value, name: nameBefore(text, piece) });
            }
        }
        piece = pieceEnd + 1;
    }
    return hits;
}
const smtpPasswordV4 = /^B[A-P][A-Za-z0-9+/]{42}$/;
const smtpPasswordV2 = /^A[g-v][A-Za-z0-9+/]{42}$/;
function wholeRunHit(text, start, end, lineStart, keyIdOnLine, isSecretKeyName) {
    const length = end - start;
    if (length !== 40 && length !== 44)
        return undefined;
    const value = text.slice(start, end);
    if (!looksRandom(value) || !isRealLiteral(value))
        return undefined;
    if (length === 44) {
        const kind = smtpPasswordV4.test(value)
            ? 'smtp-password'
            : smtpPasswordV2.test(value)
                ? 'smtp-password-v2'
                : undefined;
        return kind ? { kind, start, end, value, name: nameBefore(text, start) } : undefined;
    }
    const name = nameBefore(text, start);
    const besideKeyId = keyIdOnLine && start > lineStart;
    if ((name !== undefined && isSecretKeyName(name)) || besideKeyId) {
        return { kind: 'secret-access-key', start, end, value, name };
    }
    return undefined;
}
function isRealLiteral(value) {
    return !documentationExampleValues.has(value) && !isPlaceholder(value);
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
    return name === '' ? undefined : name;
}

;// CONCATENATED MODULE: ./src/formats/text/layer.ts


/** Why a file's model comes from the text layer alone; said in the file's note. */
const textOnlyNote = 'read as text only: credential-shaped values were still looked for';
/**
 * The layer under the parsers: literal credentials in the raw text become references like the ones the
 * adapters make. Where an adapter saw the same value, its reference (which knows the slot and where the
 * value goes) is kept and the text layer's is dropped, so nothing is reported twice.
 */
function withTextLayer(model, text, classifyName) {
    const hits = findLiterals(text, (name) => classifyName(name)?.kind === 'secret-access-key');
    if (hits.length === 0)
        return model;
    const lines = new LineIndex(text);
    const seen = model.references.filter((reference) => reference.source.type === 'literal').map((r) => r.span);
    const added = hits
        .map((hit) => ({ hit, span: lines.span(hit.start, hit.end) }))
        .filter(({ span }) => !seen.some((other) => overlaps(span, other)))
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
const before = (line, column, otherLine, otherColumn) => line < otherLine || (line === otherLine && column <= otherColumn);
function overlaps(a, b) {
    const aEndsFirst = before(a.endLine, a.endColumn, b.startLine, b.startColumn);
    const bEndsFirst = before(b.endLine, b.endColumn, a.startLine, a.startColumn);
    return !aEndsFirst && !bEndsFirst;
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
    const depth = (0,timings/* timed */.ay)('prefilters', () => nestingDepth(text, limits.maxDepth));
    if (depth > limits.maxDepth)
        return refuse(`skipped: nested deeper than ${limits.maxDepth} levels (raise max-depth to read it)`);
    if ((0,timings/* timed */.ay)('prefilters', () => text.includes('*') && aliasCount(text, limits.maxAliases) > limits.maxAliases))
        return refuse(`skipped: more than ${limits.maxAliases} YAML aliases (raise max-aliases to read it)`);
    try {
        return (0,timings/* timed */.ay)((0,timings/* parseStage */.YA)(adapter.id), () => adapter.parse(path, text, context));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
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
    const parsed = parseFile(path, text, { classifyName: classify }, settings.limits, adapter);
    const model = (0,timings/* timed */.ay)('text layer', () => withTextLayer(parsed, text, classify));
    const ignores = readInlineIgnores(text);
    return {
        path,
        model: { ...model, references: classifyReferences(model.references, classify) },
        ...(ignores.size > 0 ? { ignores } : {}),
        problems,
    };
}
/** Reads and parses candidates, loading only the parsers they need. */
async function readAndParse(candidates, settings) {
    await (0,timings/* timedAsync */.qI)('load parsers', () => prepareAdapters(candidates.map((candidate) => candidate.path)));
    return candidates.map((candidate) => {
        const adapter = adapterFor(candidate.path);
        const read = (0,timings/* timed */.ay)('read', () => readText(candidate.absolute, settings.maxFileBytes, adapter?.mayMatter));
        if ('irrelevant' in read)
            return { path: candidate.path, problems: [] };
        if (!read.ok)
            return { path: candidate.path, problems: [{ file: candidate.path, message: `skipped: ${read.reason}` }] };
        return parse_files_parseText(candidate.path, read.text, settings, read.warning ? [{ file: candidate.path, message: read.warning }] : [], adapter);
    });
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
/** The name with its kind words removed: `ROOT_AWS_ACCESS_KEY_ID` and `ROOT_AWS_SECRET_ACCESS_KEY` share `ROOT_AWS`. */
function stem(name) {
    return name
        .toUpperCase()
        .replace(/_?(?:SECRET_ACCESS_KEY|ACCESS_KEY_ID|SECRET_KEY|ACCESS_KEY|SESSION_TOKEN|KEY_ID|SECRET)$/, '');
}
/** Access key pairs among the variables: by shared stem, or the only ID with the only secret. */
function accessKeyPairs(variables) {
    const ids = variables.filter((v) => v.kind === 'access-key-id');
    const secrets = variables.filter((v) => v.kind === 'secret-access-key');
    const tokens = variables.filter((v) => v.kind === 'session-token');
    return ids.flatMap((id) => {
        const secret = secrets.find((s) => stem(s.name) === stem(id.name)) ??
            (ids.length === 1 && secrets.length === 1 ? secrets[0] : undefined);
        if (!secret)
            return [];
        const token = tokens.find((t) => stem(t.name) === stem(id.name));
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
    const joined = (0,timings/* timed */.ay)('join', () => joinModels(models, adapterJoins));
    // Facts from outside the files need the workflows' SMTP regions, so they join the model afterwards.
    const smtpRegions = [
        ...new Set(joined.uses.flatMap((use) => (use.destination.smtp?.target === 'ses' ? use.destination.smtp.regions : []))),
    ].sort();
    const model = repository ? { ...joined, repository: repository({ smtpRegions }) } : joined;
    const { findings, suppressed } = applySuppressions(runRules(model, config), {
        inline: ignores,
        config: config.ignores,
        ...outside,
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
    (0,timings/* lap */.Mm)('config');
    const config = options.config ?? config_defaultConfig();
    const facts = options.repository;
    const included = config.include.length > 0 ? anyGlob(config.include) : undefined;
    const wanted = (path) => adapterFor(path) !== undefined && (!included || included(path));
    const { candidates, skipped } = (0,timings/* timed */.ay)('walk', () => walk(options.root, { wanted, excluded: anyGlob(config.exclude) }));
    const parsed = await readAndParse(candidates, {
        nameRules: config.nameRules,
        maxFileBytes: config.maxFileBytes,
        limits: config.limits,
    });
    (0,timings/* lap */.Mm)('parse other');
    return analyze(parsed, config, skipped.map((skip) => ({ file: skip.path, message: `skipped: ${skip.reason}` })), options.root, facts && (({ smtpRegions }) => repositoryContext(facts, smtpRegions)), options.suppressions);
}

;// CONCATENATED MODULE: ./src/suppressions/baseline.ts

class BaselineError extends Error {
}
/** The fingerprints a baseline file accepts; a BaselineError names the file when it is missing or malformed. */
async function readBaseline(path) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new BaselineError(`cannot read the baseline ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const file = parsed;
    if (file.version !== 1 ||
        !Array.isArray(file.fingerprints) ||
        !file.fingerprints.every((entry) => typeof entry?.fingerprint === 'string')) {
        throw new BaselineError(`${path} is not a version-1 baseline (write one with --write-baseline)`);
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
    await (0,promises_.writeFile)(path, `${JSON.stringify(baselineOf(result), null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/cli.ts














const usage = `Usage: ${version/* toolName */.Uf} [PATH] [options]

Scans workflows, composite actions and IaC (Terraform, CloudFormation/SAM, Serverless, Kubernetes,
docker-compose, .env) under PATH (default: .) for SES credential mistakes.

Options:
  --format text|json|sarif|github   output format (default: text)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is this severe or worse (default: error)
  --config FILE                     config file (default: PATH/.github/ses-credential-hygiene.yml if present)
  --include GLOB, --exclude GLOB    limit the files scanned (repeatable)
  --output FILE                     write the report to FILE instead of standard output
  --strict                          also exit 1 when a file could not be read or parsed
  --baseline FILE                   findings in this baseline are reported as suppressed, never failing
  --write-baseline FILE             write the current findings as a baseline and exit 0
  --no-color                        plain text even on a terminal
  -h, --help                        show this help
  -v, --version                     show the version

Exit status: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad usage or an error.
`;
const formats = ['text', 'json', 'sarif', 'github'];
class UsageError extends Error {
}
const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
};
/** Runs the CLI and returns its exit status. */
async function main(argv, io = processIo) {
    try {
        const { values, positionals } = parseOptions(argv);
        if (values.help) {
            io.stdout(usage);
            return 0;
        }
        if (values.version) {
            io.stdout(`${version/* toolVersion */.fX}\n`);
            return 0;
        }
        if (positionals.length > 1)
            throw new UsageError(`expected at most one PATH, got ${positionals.length}`);
        const format = (values.format ?? 'text');
        if (!formats.includes(format))
            throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`);
        const failOn = parseSeverityThreshold(values['fail-on'] ?? 'error');
        if (!failOn)
            throw new UsageError(`--fail-on must be error, warning, notice or never, not "${values['fail-on']}"`);
        const root = positionals[0] ?? '.';
        const config = withGlobs(await loadConfig(root, values.config), values.include ?? [], values.exclude ?? []);
        if (values['write-baseline']) {
            const scanned = await scan({ root, config });
            await writeBaseline(values['write-baseline'], scanned);
            io.stderr(`${version/* toolName */.Uf}: wrote ${scanned.findings.length} finding(s) to the baseline ${values['write-baseline']}\n`);
            return 0;
        }
        const baseline = values.baseline ? await readBaseline(values.baseline) : undefined;
        const result = await scan({ root, config, ...(baseline ? { suppressions: { baseline } } : {}) });
        (0,timings/* lap */.Mm)('suppress and inventory');
        const report = render(result, format, {
            colour: io.isTty && !values['no-color'] && !values.output && !process.env.NO_COLOR,
        });
        (0,timings/* lap */.Mm)('report');
        if (values.output)
            await (0,promises_.writeFile)(values.output, report);
        else
            io.stdout(report);
        const decision = exitDecision(result, { failOn, strict: values.strict === true });
        if (!decision.fail)
            return 0;
        io.stderr(`${decision.reason}\n`);
        return 1;
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`${version/* toolName */.Uf}: ${errorText(error)}\n\n${usage}`);
            return 2;
        }
        if (error instanceof ConfigError || error instanceof BaselineError) {
            io.stderr(`${version/* toolName */.Uf}: ${errorText(error)}\n`);
            return 2;
        }
        io.stderr(`${version/* toolName */.Uf}: ${errorText(error)}\n`);
        return 2;
    }
}
function parseOptions(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
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
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
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


/***/ })

};
