import { isScalar, type Node, type Scalar } from 'yaml';
import { mergeIam, type IamFacts } from '../model/iam.js';
import type { EnvSources, FileModel } from '../model/scan-model.js';
import { looksLikeCloudFormation, readCloudFormation } from './cloudformation.js';
import { ModelBuilder } from './shared/builder.js';
import { readKeyedValues } from './shared/generic-yaml.js';
import {
  destinationOf,
  emptyCollected,
  findVariableInterpolations,
  isSmtpSlot,
  merge,
  namedSink,
  readValue,
  type Collected,
} from './shared/values.js';
import { YamlSource, getValue, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import type { FormatAdapter, ParseContext } from './types.js';

const workloadKinds = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);

/** Decodes a Secret's `data` value when it is base64 of printable text. */
export function decodeSecretData(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  return /^[\x20-\x7e\t\r\n]*$/.test(decoded) ? decoded : undefined;
}

class ManifestReader {
  readonly builder: ModelBuilder;
  private readonly envSources: EnvSources = { sources: [], imports: [] };

  constructor(
    private readonly source: YamlSource,
    private readonly context: ParseContext,
  ) {
    this.builder = new ModelBuilder(source.file, 'kubernetes');
    this.builder.addProblems(source.problems());
  }

  private scalar(node: unknown, name: string): Collected {
    const text = scalarText(node);
    if (text === undefined || !isScalar(node)) return emptyCollected();
    return readValue(this.builder, {
      text,
      locate: (s, e) => this.source.locateSpan(node, s, e),
      outer: namedSink('env', name, this.context.classifyName),
      interpolations: findVariableInterpolations(text),
      script: false,
      wholeValueSlot: true,
    });
  }

  /** A base64 value is read as its decoded text; every position points at the encoded value. */
  private encoded(node: unknown, name: string): Collected {
    const decoded = decodeSecretData(scalarText(node) ?? '');
    if (decoded === undefined || !isScalar(node)) return emptyCollected();
    const whole = this.source.nodeSpan(node as Scalar);
    return readValue(this.builder, {
      text: decoded,
      locate: () => whole,
      outer: namedSink('env', name, this.context.classifyName),
      interpolations: [],
      script: false,
      wholeValueSlot: true,
    });
  }

  readSecretOrConfigMap(kind: string, root: unknown): void {
    const parts: Collected[] = [];
    for (const pair of mapPairs(getValue(root, 'stringData')))
      parts.push(this.scalar(pair.value, scalarText(pair.key) ?? ''));
    for (const pair of mapPairs(getValue(root, 'data')))
      parts.push(
        kind === 'Secret'
          ? this.encoded(pair.value, scalarText(pair.key) ?? '')
          : this.scalar(pair.value, scalarText(pair.key) ?? ''),
      );
    const visible = merge(...parts);
    const name = scalarText(getValue(getValue(root, 'metadata'), 'name')) ?? '?';
    this.envSources.sources.push({
      kind,
      name,
      sesRegions: visible.sesHostRegions,
      otherHosts: visible.otherSmtpHosts,
      smtp: visible.smtpSignal,
    });
    if (visible.referenceIds.length > 0)
      this.builder.use(
        `${kind} ${name}`,
        this.source.nodeSpan(getValue(root, 'kind') as Node),
        visible.referenceIds,
        destinationOf(visible, 'unknown'),
      );
  }

  readWorkload(root: unknown): void {
    let spec = getValue(root, 'spec');
    if (scalarText(getValue(root, 'kind')) === 'CronJob')
      spec = getValue(getValue(getValue(spec, 'jobTemplate'), 'spec'), 'template');
    else if (scalarText(getValue(root, 'kind')) !== 'Pod') spec = getValue(spec, 'template');
    const podSpec = scalarText(getValue(root, 'kind')) === 'Pod' ? spec : getValue(spec, 'spec');
    for (const container of [
      ...seqItems(getValue(podSpec, 'containers')),
      ...seqItems(getValue(podSpec, 'initContainers')),
    ]) {
      const parts: Collected[] = [];
      for (const entry of seqItems(getValue(container, 'env'))) {
        const name = scalarText(getValue(entry, 'name')) ?? '';
        const value = getValue(entry, 'value');
        if (value !== undefined) parts.push(this.scalar(value, name));
        // A Secret key mapped into the variable: the key's name says what the value is.
        const keyNode = getValue(getValue(getValue(entry, 'valueFrom'), 'secretKeyRef'), 'key');
        const key = scalarText(keyNode);
        if (key && isScalar(keyNode)) {
          const sink = namedSink('env', name, this.context.classifyName);
          const id = this.builder.reference(this.source.nodeSpan(keyNode), { type: 'variable', name: key }, sink);
          parts.push({ ...emptyCollected(), referenceIds: [id], names: [name, key], smtpSignal: isSmtpSlot(sink) });
        }
      }
      const visible = merge(...parts);
      const containerName = scalarText(getValue(container, 'name')) ?? '?';
      if (visible.referenceIds.length === 0) continue;
      const useId = this.builder.use(
        `container ${containerName}`,
        this.source.nodeSpan(container as Node),
        visible.referenceIds,
        destinationOf(visible, 'unknown'),
      );
      for (const entry of seqItems(getValue(container, 'envFrom'))) {
        for (const [kind, field] of [
          ['ConfigMap', 'configMapRef'],
          ['Secret', 'secretRef'],
        ] as const) {
          const name = scalarText(getValue(getValue(entry, field), 'name'));
          if (name) this.envSources.imports.push({ useId, kind, name });
        }
      }
    }
  }

  read(): FileModel {
    const facts: IamFacts[] = [];
    for (const doc of this.source.documents) {
      const root = doc.contents;
      const kind = scalarText(getValue(root, 'kind')) ?? '';
      if (kind === 'Secret' || kind === 'ConfigMap') this.readSecretOrConfigMap(kind, root);
      else if (workloadKinds.has(kind)) this.readWorkload(root);
      else if (looksLikeCloudFormation(root))
        facts.push(readCloudFormation(this.source, this.context, this.builder, root));
      else if (kind === '' && getValue(root, 'apiVersion') === undefined)
        readKeyedValues(this.source, this.context, this.builder, root);
    }
    const model = {
      ...this.builder.build(),
      ...(this.envSources.sources.length + this.envSources.imports.length > 0 ? { envSources: this.envSources } : {}),
    };
    return facts.length > 0 ? { ...model, iam: mergeIam(facts) } : model;
  }
}

/**
 * Services, autoscalers, disruption budgets and kustomizations hold no credentials: a manifest is
 * parsed only when it declares a kind that can, has no kind (Helm values), or is a template.
 */
function mayMatter(text: string): boolean {
  if (!/^\s*kind:/m.test(text)) return true;
  return (
    /^\s*kind:\s*["']?(?:Secret|ConfigMap|Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob)\b/m.test(text) ||
    text.includes('AWS::') ||
    text.includes('AWSTemplateFormatVersion')
  );
}

/** Helm templates are Go templates, not YAML; their values files and the rendered manifests are read instead. */
function isGoTemplate(text: string): boolean {
  return /\{\{-?\s*[.$a-z(]/.test(text.replace(/\$\{\{/g, ''));
}

export const kubernetesAdapter: FormatAdapter = {
  id: 'kubernetes',
  description: 'Kubernetes manifests and Helm values',
  matches: (path) =>
    /(?:^|\/)(?:k8s|kubernetes|kube|manifests|deploy|deployments?|kustomize|overlays|helm|charts)\/(?:.*\/)?[^/]+\.ya?ml$/i.test(
      path,
    ),
  parse: (file, text, context) => {
    if (isGoTemplate(text) || !mayMatter(text))
      return { file, format: 'kubernetes', references: [], uses: [], problems: [] };
    return new ManifestReader(new YamlSource(file, text), context).read();
  },
};
