/**
 * Fixes in workflow files, made in their text with the places the YAML parser gives: the named secrets
 * instead of `secrets: inherit`, and a role instead of static keys for configure-aws-credentials.
 */
import { isMap, isPair, isScalar, type Pair, type YAMLMap } from 'yaml';
import { parseYamlDocuments } from '../../formats/shared/yaml.js';
import type { Fix, FixEdit } from '../../model/findings.js';
import type { CredentialReference } from '../../model/references.js';
import type { ScanModel } from '../../model/scan-model.js';
import { edit, fixOf, indentationAt, lineAround, newlineOf, wholeLine, type FileText, FixTexts } from './text.js';

/** A secret's name as GitHub allows it: nothing else is written into a fix. */
const secretName = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** The workflow's parsed document, or none when it is not one clean document (errors, several documents). */
function parsed(texts: FixTexts, source: FileText): YAMLMap | undefined {
  return texts.remember(`yaml:${source.file}`, () => parseOnce(source));
}

function parseOnce(source: FileText): YAMLMap | undefined {
  try {
    // Read as the scan read it (most workflows by the fast reader): on a warm re-scan, where the scan parsed
    // nothing, this was a fifth of the rules' time.
    const documents = parseYamlDocuments(source.text);
    const document = documents.length === 1 ? documents[0] : undefined;
    return document && document.errors.length === 0 && isMap(document.contents) ? document.contents : undefined;
  } catch {
    return undefined;
  }
}

function pairsOf(node: unknown): Array<Pair<unknown, unknown>> {
  return isMap(node) ? node.items : [];
}

function keyText(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

function pairNamed(node: unknown, name: string): Pair<unknown, unknown> | undefined {
  return pairsOf(node).find((pair) => keyText(pair) === name);
}

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** [start, end) of a node as written, when the parser placed it. */
function rangeOf(node: unknown): { start: number; end: number } | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/**
 * `secrets: inherit` on a call of a workflow of this repository (`uses: ./.github/workflows/x.yml`) becomes
 * the map of the secrets the called workflow declares under `on.workflow_call.secrets`; when it declares
 * none and uses none, the line goes.
 */
export function namedSecretsFix(texts: FixTexts, model: ScanModel, reference: CredentialReference): Fix | undefined {
  const at = texts.offsets(reference.file, reference.span);
  if (!at || at.source.text.slice(at.start, at.end) !== 'inherit') return undefined;
  const job = callsBySecrets(texts, at.source).get(at.start);
  const uses = scalarString(pairNamed(job, 'uses')?.value);
  if (!uses?.startsWith('./') || uses.includes('@')) return undefined;
  const calledPath = uses.slice(2);
  const called = texts.get(calledPath);
  const calledModel = texts
    .remember('file-models', () => new Map(model.files.map((file) => [file.file, file])))
    .get(calledPath);
  // A file its reader refused (too deep, too large) is not parsed here either.
  if (!called || !calledModel || calledModel.problems.length > 0) return undefined;
  const declared = texts.remember(`declared:${calledPath}`, () => declaredSecrets(texts, called));
  if (!declared || !declared.every((name) => secretName.test(name))) return undefined;
  const { source } = at;
  if (declared.length > 0)
    return fixOf(`pass only the secrets \`${uses}\` declares: ${declared.join(', ')}`, [
      namedSecrets(source, at, declared),
    ]);
  // Declaring none, it reads what `inherit` hands it: those secrets are declared there and passed by name.
  const used = texts.remember(`named:${calledPath}`, () => secretsNamedIn(called.text));
  if (!used) return undefined;
  if (used.length === 0) {
    const line = lineAround(source.text, at.start);
    if (!/^[ \t]*secrets:[ \t]*inherit[ \t]*$/.test(source.text.slice(line.start, line.end))) return undefined;
    const whole = wholeLine(source.text, at.start);
    return fixOf(`pass no secrets: \`${uses}\` declares and uses none`, [edit(source, whole.start, whole.end, '')]);
  }
  if (!used.every((name) => secretName.test(name))) return undefined;
  const declaration = declareSecrets(texts, called, used);
  if (!declaration) return undefined;
  return fixOf(`pass only the secrets \`${uses}\` uses, by name, and declare them there: ${used.join(', ')}`, [
    namedSecrets(source, at, used),
    declaration,
  ]);
}

/**
 * Every secret the text names (`secrets.NAME`, `secrets['NAME']`), GITHUB_TOKEN aside (always there);
 * undefined when it reads secrets it does not name (`toJSON(secrets)`, a computed index).
 */
function secretsNamedIn(text: string): string[] | undefined {
  const names = new Set<string>();
  for (const match of text.matchAll(/\bsecrets(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[ *'([^'\n]{1,100})' *\]|(.))/g)) {
    const name = match[1] ?? match[2];
    if (name === undefined) {
      // `secrets:` as a key is a workflow's own map, not a read of the secrets.
      if (match[3] === ':') continue;
      return undefined;
    }
    if (name !== 'GITHUB_TOKEN') names.add(name);
  }
  return [...names];
}

/** `secrets: inherit` made a map of the names, each passed as the caller's secret of that name. */
function namedSecrets(
  source: FileText,
  at: { start: number; end: number },
  names: readonly string[],
): FixEdit | undefined {
  const colon = source.text.lastIndexOf(':', at.start);
  if (colon === -1 || source.text.slice(colon + 1, at.start).trim() !== '') return undefined;
  const indent = `${indentationAt(source.text, lineAround(source.text, colon).start)}  `;
  const newline = newlineOf(source.text);
  const lines = names.map((name) => `${newline}${indent}${name}: \${{ secrets.${name} }}`).join('');
  return edit(source, colon, at.end, `:${lines}`);
}

/**
 * The `secrets:` declarations added under the called workflow's `workflow_call:` (empty, or a block map
 * without `secrets`), each `required: false` as the secrets it inherited were.
 */
function declareSecrets(texts: FixTexts, called: FileText, names: readonly string[]): FixEdit | undefined {
  const on = pairNamed(parsed(texts, called), 'on')?.value;
  const call = pairNamed(on, 'workflow_call');
  const keyStart = rangeOf(call?.key)?.start;
  if (!call || keyStart === undefined) return undefined;
  const newline = newlineOf(called.text);
  const keyLine = lineAround(called.text, keyStart);
  const declarations = (indent: string) =>
    [`${indent}secrets:`, ...names.flatMap((name) => [`${indent}  ${name}:`, `${indent}    required: false`])]
      .map((line) => `${line}${newline}`)
      .join('');
  if (call.value === null || (isScalar(call.value) && call.value.value === null)) {
    if (!/^[ \t]*workflow_call:[ \t]*$/.test(called.text.slice(keyLine.start, keyLine.end))) return undefined;
    const next = wholeLine(called.text, keyStart).end;
    if (next === keyLine.end) return undefined;
    return edit(called, next, next, declarations(`${indentationAt(called.text, keyLine.start)}  `));
  }
  if (!isMap(call.value) || call.value.flow || pairNamed(call.value, 'secrets')) return undefined;
  const first = call.value.items[0];
  const firstStart = first && isPair(first) ? rangeOf(first.key)?.start : undefined;
  if (firstStart === undefined) return undefined;
  const line = lineAround(called.text, firstStart);
  return edit(called, line.start, line.start, declarations(indentationAt(called.text, line.start)));
}

/** Each job's node by where its `secrets:` value starts: how a `secrets: inherit` finds its call, once per file. */
function callsBySecrets(texts: FixTexts, source: FileText): Map<number, unknown> {
  return texts.remember(`calls:${source.file}`, () => {
    const calls = new Map<number, unknown>();
    for (const pair of pairsOf(pairNamed(parsed(texts, source), 'jobs')?.value)) {
      const start = rangeOf(pairNamed(pair.value, 'secrets')?.value)?.start;
      if (start !== undefined) calls.set(start, pair.value);
    }
    return calls;
  });
}

/** The names under `on.workflow_call.secrets`; undefined when the file is not a reusable workflow. */
function declaredSecrets(texts: FixTexts, source: FileText): string[] | undefined {
  const on = pairNamed(parsed(texts, source), 'on')?.value;
  if (scalarString(on) === 'workflow_call') return [];
  if (!isMap(on)) return undefined;
  const call = pairNamed(on, 'workflow_call');
  if (!call) return undefined;
  return pairsOf(pairNamed(call.value, 'secrets')?.value).flatMap((pair) => keyText(pair) ?? []);
}

const configureAction = 'aws-actions/configure-aws-credentials';

/** A role as written for `role-to-assume`: a secret or variable expression, or a role ARN; nothing else is copied. */
const roleShape =
  /^(?:\$\{\{ *(?:secrets|vars)\.[A-Za-z_][A-Za-z0-9_]{0,99} *\}\}|arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,200})$/;

/** The first `role-to-assume` of configure-aws-credentials in the scanned workflows and actions. */
function roleInUse(texts: FixTexts): string | undefined {
  return texts.remember('role-to-assume', () => firstRole(texts));
}

function firstRole(texts: FixTexts): string | undefined {
  for (const path of texts.paths()) {
    if (!/\.ya?ml$/.test(path)) continue;
    const text = texts.text(path);
    if (!text?.includes(configureAction)) continue;
    for (const match of text.matchAll(/^[ \t]*role-to-assume:(.*)$/gm)) {
      const written = (match[1] ?? '').trim();
      const quoted = written.length > 1 && /^['"]/.test(written) && written.endsWith(written.charAt(0));
      const role = quoted ? written.slice(1, -1) : written;
      if (roleShape.test(role)) return role;
    }
  }
  return undefined;
}

/**
 * The role form for a configure-aws-credentials step given static keys, when another step of the
 * scanned workflows already assumes a role with it: `role-to-assume` for the key pair, and
 * `id-token: write` for the job. Only a suggestion: the role must trust this repository first.
 */
export function roleFormFix(texts: FixTexts, reference: CredentialReference): Fix | undefined {
  if (
    reference.sink.type !== 'action-input' ||
    reference.sink.name !== 'aws-access-key-id' ||
    !reference.sink.action?.startsWith(configureAction)
  )
    return undefined;
  const at = texts.offsets(reference.file, reference.span);
  const role = roleInUse(texts);
  if (!at || !role) return undefined;
  const step = keyIdInputs(texts, at.source).get(lineAround(at.source.text, at.start).start);
  const range = rangeOf(step?.keyId.value);
  if (!step || !range || at.start < range.start || at.start >= range.end) return undefined;
  return roleForm(at.source, parsed(texts, at.source), step.job, step.inputs, step.keyId, role);
}

interface KeyIdInput {
  job: unknown;
  inputs: unknown;
  keyId: Pair<unknown, unknown>;
}

/** Each step's `aws-access-key-id` input by the start of the line its value is on, read once per file. */
function keyIdInputs(texts: FixTexts, source: FileText): Map<number, KeyIdInput> {
  return texts.remember(`key-ids:${source.file}`, () => {
    const found = new Map<number, KeyIdInput>();
    for (const jobPair of pairsOf(pairNamed(parsed(texts, source), 'jobs')?.value)) {
      const steps = pairNamed(jobPair.value, 'steps')?.value;
      for (const step of (steps as { items?: unknown[] } | undefined)?.items ?? []) {
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

function roleForm(
  source: FileText,
  root: YAMLMap | undefined,
  job: unknown,
  inputs: unknown,
  keyId: Pair<unknown, unknown>,
  role: string,
): Fix | undefined {
  const keyStart = rangeOf(keyId.key)?.start;
  const valueEnd = rangeOf(keyId.value)?.end;
  if (keyStart === undefined || valueEnd === undefined) return undefined;
  const edits: Array<FixEdit | undefined> = [edit(source, keyStart, valueEnd, `role-to-assume: ${role}`)];
  for (const name of ['aws-secret-access-key', 'aws-session-token']) {
    const start = rangeOf(pairNamed(inputs, name)?.key)?.start;
    if (start === undefined) continue;
    const line = wholeLine(source.text, start);
    if (source.text.slice(line.start, start).trim() !== '') return undefined;
    edits.push(edit(source, line.start, line.end, ''));
  }
  const permission = idTokenWrite(source, root, job);
  if (permission === false) return undefined;
  edits.push(permission);
  return fixOf(
    `assume the role ${role} with OIDC (\`role-to-assume\`, \`permissions: id-token: write\`) instead of static keys`,
    edits,
    true,
  );
}

/**
 * The edit that gives the job `id-token: write`: into its `permissions:` map, else the workflow's, else a
 * new job `permissions:` (with `contents: read`, which a job with its own permissions otherwise loses).
 * None when it is already there; false when the permissions are written so that no edit is safe.
 */
function idTokenWrite(source: FileText, root: YAMLMap | undefined, job: unknown): FixEdit | undefined | false {
  const own = pairNamed(job, 'permissions');
  const target = own ?? pairNamed(root, 'permissions');
  if (target) {
    if (scalarString(target.value) === 'write-all') return undefined;
    if (!isMap(target.value) || target.value.flow) return false;
    const present = pairNamed(target.value, 'id-token');
    if (present) {
      const range = rangeOf(present.value);
      if (scalarString(present.value) === 'write') return undefined;
      return range ? edit(source, range.start, range.end, 'write') : false;
    }
    const first = target.value.items[0];
    const firstStart = first && isPair(first) ? rangeOf(first.key)?.start : undefined;
    if (firstStart === undefined) return false;
    const line = lineAround(source.text, firstStart);
    return edit(
      source,
      line.start,
      line.start,
      `${indentationAt(source.text, line.start)}id-token: write${newlineOf(source.text)}`,
    );
  }
  const first = isMap(job) ? job.items[0] : undefined;
  const firstStart = first && isPair(first) ? rangeOf(first.key)?.start : undefined;
  if (firstStart === undefined) return false;
  const line = lineAround(source.text, firstStart);
  if (source.text.slice(line.start, firstStart).trim() !== '') return false;
  const indent = indentationAt(source.text, line.start);
  const newline = newlineOf(source.text);
  return edit(
    source,
    line.start,
    line.start,
    `${indent}permissions:${newline}${indent}  id-token: write${newline}${indent}  contents: read${newline}`,
  );
}
