import { isScalar, type Node } from 'yaml';
import type { Sink } from '../model/references.js';
import { emptyModel } from '../model/scan-model.js';
import type { ModelBuilder } from './shared/builder.js';
import { findExpressions } from './shared/expressions.js';
import {
  destinationOf,
  emptyCollected,
  merge,
  mergeAll,
  namedSink,
  readValue,
  type Collected,
  type Interpolation,
} from './shared/values.js';
import type { ParseContext } from './shared/parse-context.js';
import type { PathFormat } from './types.js';
import { actionProfile, type ActionProfile } from './workflow/actions.js';
import { joinLocalActions, localActionDirectory, type LocalActionCalls } from './workflow/local-actions.js';
import { aliasRefusal, yamlReader, type YamlReader } from './shared/yaml-reader.js';
import { type YamlSource, getPair, getPath, getValue, hasKey, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import { isGitHubWorkflowPath } from './shared/paths.js';
import { isBase64Char } from './text/literals.js';

/**
 * `${{ … }}` expressions as interpolations of secrets and, in a workflow (not a composite action, whose
 * `inputs` are its caller's `with:`), of workflow inputs.
 */
export function githubInterpolations(text: string, workflowInputs = false): Interpolation[] {
  return findExpressions(text).map((expression) => ({
    start: expression.start,
    end: expression.end,
    accesses: [
      ...expression.accesses.map((access) => ({
        source:
          access.type === 'secret'
            ? { type: 'secret' as const, name: access.name }
            : { type: 'all-secrets' as const, via: access.via },
        start: access.start,
        end: access.end,
      })),
      ...(workflowInputs ? expression.inputs : []).map((input) => ({
        source: { type: 'input' as const, name: input.name },
        start: input.start,
        end: input.end,
      })),
    ].sort((a, b) => a.start - b.start),
    ...(expression.error ? { error: expression.error } : {}),
  }));
}

const sesCliArguments = /^\s*(?:aws\s+)?sesv?2?\s/;

class WorkflowReader {
  private readonly builder: ModelBuilder;
  private readonly source: YamlSource;
  private readonly context: ParseContext;
  /** Set while reading a workflow: `inputs.*` there are the run's inputs, not a composite action's. */
  private workflowInputs = false;
  private readonly localCalls: LocalActionCalls['calls'] = [];

  constructor(reader: YamlReader) {
    ({ builder: this.builder, source: this.source, context: this.context } = reader);
  }

  read(): ReturnType<ModelBuilder['build']> {
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
        const inherited = merge(
          workflowEnv,
          this.readEnv(getValue(job, 'env')),
          this.readEnv(getValue(container, 'env')),
          this.readMatrix(getPath(job, 'strategy', 'matrix')),
        );
        this.readContainerCredentials(`job ${jobId} › container`, container);
        for (const service of mapPairs(getValue(job, 'services'))) {
          const label = `job ${jobId} › service ${scalarText(service.key) ?? '?'}`;
          const env = this.readEnv(getValue(service.value, 'env'));
          if (env.referenceIds.length > 0)
            this.builder.use(label, this.source.nodeSpan(service.key), env.referenceIds, destinationOf(env, 'unknown'));
          this.readContainerCredentials(label, service.value);
        }
        const calls = getPair(job, 'uses');
        if (calls) this.readReusableCall(jobId, job, calls.value, inherited);
        else this.readSteps(`job ${jobId}`, seqItems(getValue(job, 'steps')), inherited);
      }
    }
    const model = this.builder.build();
    return this.localCalls.length > 0 ? { ...model, formatFacts: { workflow: { calls: this.localCalls } } } : model;
  }

  private readSteps(scope: string, steps: Node[], inherited: Collected): void {
    const read = steps.map((step) => this.readStep(step));
    const jobSesApi = read.some((step) => step.collected.sesApi);
    read.forEach((step, index) => {
      const visible = merge(inherited, step.collected);
      const destination = destinationOf(visible, step.purpose);
      // Credentials configured in one step serve every later step of the job.
      destination.sesApi = step.purpose === 'aws-credentials' || destination.awsApi ? jobSesApi : step.collected.sesApi;
      const name =
        scalarText(getValue(step.node, 'name')) ?? scalarText(getValue(step.node, 'uses')) ?? `#${index + 1}`;
      const useId = this.builder.use(
        `${scope} › step ${name}`,
        this.source.nodeSpan(step.node),
        visible.referenceIds,
        destination,
      );
      const directory = step.uses ? localActionDirectory(step.uses) : undefined;
      if (directory) this.localCalls.push({ useId, directory });
    });
    if (steps.length === 0 && inherited.referenceIds.length > 0)
      this.builder.use(scope, this.source.span(0, 0), inherited.referenceIds, destinationOf(inherited, 'unknown'));
  }

  private readStep(node: Node) {
    const uses = scalarText(getValue(node, 'uses'));
    const profile: ActionProfile | undefined = uses ? actionProfile(uses) : undefined;
    const parts: Collected[] = [this.readEnv(getValue(node, 'env'))];
    for (const pair of mapPairs(getValue(node, 'with'))) {
      const input = scalarText(pair.key) ?? '';
      const role = profile?.inputs(input);
      // Inputs of actions we do not know are read by their names, like variables (`smtp_password`, `aws-secret-access-key`).
      const named = role || profile?.purpose === 'registry-login' ? undefined : this.sink('action-input', input);
      const expects = role?.expects ?? (named?.expects === 'ambiguous' ? undefined : named?.expects);
      const sink: Sink = {
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
      if (role?.smtpHost || role?.smtpUrl) collected.smtpSignal = true;
      // An AWS CLI action's arguments leave out the `aws` a script would write: `args: ses send-email …`.
      if (role?.script && sesCliArguments.test(scalarText(pair.value) ?? '')) collected.sesApi = true;
      parts.push(collected);
    }
    const run = getValue(node, 'run');
    if (run) parts.push(this.readScalar(run, { type: 'script', name: 'run' }, true));
    const collected = mergeAll(parts);
    if (profile?.purpose === 'mail') collected.smtpSignal = true;
    if (profile?.sesApi) collected.sesApi = true;
    return { node, uses, purpose: profile?.purpose ?? 'unknown', collected };
  }

  private readReusableCall(jobId: string, job: Node | null, calls: Node | null, inherited: Collected): void {
    const parts: Collected[] = [inherited];
    const secrets = getValue(job, 'secrets');
    if (isScalar(secrets) && scalarText(secrets)?.trim() === 'inherit') {
      const id = this.builder.reference(
        this.source.nodeSpan(secrets),
        { type: 'all-secrets', via: 'inherit' },
        { type: 'reusable-workflow-secret', name: 'inherit' },
      );
      parts.push({ ...emptyCollected(), referenceIds: [id] });
    }
    for (const pair of mapPairs(secrets))
      parts.push(this.readScalar(pair.value, this.sink('reusable-workflow-secret', scalarText(pair.key) ?? ''), false));
    for (const pair of mapPairs(getValue(job, 'with')))
      parts.push(this.readScalar(pair.value, this.sink('action-input', scalarText(pair.key) ?? ''), false));
    const visible = mergeAll(parts);
    this.builder.use(
      `job ${jobId} › calls ${scalarText(calls) ?? '?'}`,
      this.source.nodeSpan(calls),
      visible.referenceIds,
      destinationOf(visible, 'unknown'),
    );
  }

  /**
   * Declared inputs: a workflow input named as a credential is a reference at its name (its value travels in
   * the event payload); a default is a value like any other, in the slot the name gives it.
   */
  private readInputDeclarations(inputs: unknown, workflow: boolean): void {
    for (const pair of mapPairs(inputs)) {
      const name = scalarText(pair.key) ?? '';
      const sink = this.sink('workflow-input', name);
      if (workflow && sink.expects && sink.expects !== 'ambiguous')
        this.builder.reference(this.source.nodeSpan(pair.key), { type: 'input', name }, sink);
      this.readScalar(getValue(pair.value, 'default'), sink, false);
    }
  }

  /** `container.credentials` and `services.*.credentials` log in to a registry. */
  private readContainerCredentials(label: string, container: unknown): void {
    const credentials = getValue(container, 'credentials');
    const parts = mapPairs(credentials).map((pair) =>
      this.readScalar(pair.value, this.sink('action-input', `credentials.${scalarText(pair.key) ?? ''}`), false),
    );
    const collected = mergeAll(parts);
    if (collected.referenceIds.length > 0)
      this.builder.use(
        `${label} credentials`,
        this.source.nodeSpan(credentials),
        collected.referenceIds,
        destinationOf(collected, 'registry-login'),
      );
  }

  /** Every value of `strategy.matrix` (its lists and its `include` entries), in the slot its key names. */
  private readMatrix(matrix: unknown): Collected {
    const parts: Collected[] = [];
    for (const pair of mapPairs(matrix)) {
      const key = scalarText(pair.key) ?? '';
      const items = isScalar(pair.value) ? [pair.value] : seqItems(pair.value);
      if (key === 'include' || key === 'exclude') {
        for (const entry of items) parts.push(this.readEnv(entry));
        continue;
      }
      for (const item of items) parts.push(this.readScalar(item, this.sink('env', key), false));
    }
    return mergeAll(parts);
  }

  private readEnv(node: unknown): Collected {
    return merge(
      ...mapPairs(node).map((pair) => this.readScalar(pair.value, this.sink('env', scalarText(pair.key) ?? ''), false)),
    );
  }

  private sink(type: Sink['type'], name: string): Sink {
    return namedSink(type, name, this.context.classifyName);
  }

  private readScalar(node: unknown, outer: Sink, script: boolean, smtpHost = false): Collected {
    const text = scalarText(node);
    if (text === undefined || !isScalar(node)) return emptyCollected();
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

export const githubWorkflowAdapter: PathFormat = {
  id: 'github-workflow',
  title: 'GitHub Actions',
  claim: 'path',
  description: 'GitHub Actions workflows and composite actions',
  matches: isGitHubWorkflowPath,
  join: joinLocalActions,
  // A workflow that names no secret, key, password or mail server and holds no key-shaped value cannot matter.
  parse: (file, text, context) => {
    if (!mayHoldCredentials(text)) return emptyModel(file, 'github-workflow');
    const reader = yamlReader('github-workflow', file, text, context);
    return aliasRefusal(reader.source, 'github-workflow') ?? new WorkflowReader(reader).read();
  },
};

const credentialWords = /secret|passw|pwd|token|credential|key|smtp|mail|AKIA|ASIA|aws|root|login/i;

/**
 * A credential word, or a run of 40 base64 characters. The run is counted in one pass: as one more
 * alternative of the words' pattern, it was tried at every letter of a workflow that holds no word.
 */
export function mayHoldCredentials(text: string): boolean {
  return credentialWords.test(text) || hasBase64Run(text, 40);
}

function hasBase64Run(text: string, length: number): boolean {
  let run = 0;
  for (let at = 0; at < text.length; at++) {
    if (isBase64Char(text.charCodeAt(at))) {
      if (++run >= length) return true;
    } else run = 0;
  }
  return false;
}
