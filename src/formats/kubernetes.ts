import { isScalar, type Node } from 'yaml';
import { mergeIam, type IamFacts } from '../model/iam.js';
import type { FileModel } from '../model/scan-model.js';
import { looksLikeCloudFormation } from './cloudformation/intrinsics.js';
import { readCloudFormation } from './cloudformation/reader.js';
import { joinEnvFrom, type EnvSources } from './kubernetes/env-from.js';
import { readKeyedValues } from './shared/generic-yaml.js';
import {
  destinationOf,
  emptyCollected,
  isSmtpSlot,
  merge,
  namedSink,
  readValue,
  type Collected,
} from './shared/values.js';
import { getPath, getValue, hasKey, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import { readScalarValue, yamlReader, type YamlReader } from './shared/yaml-reader.js';
import type { FormatAdapter } from './types.js';
import { isNamedYamlFormat } from './shared/paths.js';

const workloadKinds = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);
const envSourceKinds = new Set(['Secret', 'ConfigMap']);

/** The manifests this adapter reads: workloads and what their containers take in. */
function isManifest(kind: string): boolean {
  return workloadKinds.has(kind) || envSourceKinds.has(kind);
}

/** Decodes a Secret's `data` value when it is base64 of printable text. */
export function decodeSecretData(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  return /^[\x20-\x7e\t\r\n]*$/.test(decoded) ? decoded : undefined;
}

class ManifestReader {
  private readonly envSources: EnvSources = { sources: [], imports: [] };

  constructor(private readonly reader: YamlReader) {}

  /** A base64 value is read as its decoded text; every position points at the encoded value. */
  private encoded(node: Node | null, name: string): Collected {
    const decoded = decodeSecretData(scalarText(node) ?? '');
    if (decoded === undefined || !isScalar(node)) return emptyCollected();
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

  readSecretOrConfigMap(kind: string, root: unknown): void {
    const parts: Collected[] = [];
    for (const pair of mapPairs(getValue(root, 'stringData')))
      parts.push(readScalarValue(this.reader, pair.value, scalarText(pair.key) ?? ''));
    for (const pair of mapPairs(getValue(root, 'data')))
      parts.push(
        kind === 'Secret'
          ? this.encoded(pair.value, scalarText(pair.key) ?? '')
          : readScalarValue(this.reader, pair.value, scalarText(pair.key) ?? ''),
      );
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
      this.reader.builder.use(
        `${kind} ${name}`,
        this.reader.source.nodeSpan(getValue(root, 'kind')),
        visible.referenceIds,
        destinationOf(visible, 'unknown'),
      );
  }

  readWorkload(root: unknown): void {
    const kind = scalarText(getValue(root, 'kind'));
    const spec = getValue(root, 'spec');
    const podSpec =
      kind === 'Pod'
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

  private readContainer(container: Node): void {
    const parts: Collected[] = [];
    for (const entry of seqItems(getValue(container, 'env'))) {
      const name = scalarText(getValue(entry, 'name')) ?? '';
      const value = getValue(entry, 'value');
      if (value) parts.push(readScalarValue(this.reader, value, name));
      // A Secret key mapped into the variable: the key's name says what the value is.
      const keyNode = getPath(entry, 'valueFrom', 'secretKeyRef', 'key');
      const key = scalarText(keyNode);
      if (key && isScalar(keyNode)) {
        const sink = namedSink('env', name, this.reader.context.classifyName);
        const span = this.reader.source.nodeSpan(keyNode);
        const id = this.reader.builder.reference(span, { type: 'variable', name: key }, sink);
        parts.push({ ...emptyCollected(), referenceIds: [id], names: [name, key], smtpSignal: isSmtpSlot(sink) });
      }
    }
    const visible = merge(...parts);
    const containerName = scalarText(getValue(container, 'name')) ?? '?';
    if (visible.referenceIds.length === 0) return;
    const useId = this.reader.builder.use(
      `container ${containerName}`,
      this.reader.source.nodeSpan(container),
      visible.referenceIds,
      destinationOf(visible, 'unknown'),
    );
    for (const entry of seqItems(getValue(container, 'envFrom'))) {
      for (const [kind, field] of [
        ['ConfigMap', 'configMapRef'],
        ['Secret', 'secretRef'],
      ] as const) {
        const name = scalarText(getPath(entry, field, 'name'));
        if (name) this.envSources.imports.push({ useId, kind, name });
      }
    }
  }

  read(): FileModel {
    const facts: IamFacts[] = [];
    for (const doc of this.reader.source.documents) {
      const root = doc.contents;
      const kind = scalarText(getValue(root, 'kind')) ?? '';
      if (envSourceKinds.has(kind)) this.readSecretOrConfigMap(kind, root);
      else if (workloadKinds.has(kind)) this.readWorkload(root);
      else if (looksLikeCloudFormation(root)) facts.push(readCloudFormation(this.reader, root));
      else if (kind === '' && !hasKey(root, 'apiVersion')) readKeyedValues(this.reader, root);
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
function mayMatter(text: string): boolean {
  if (!/^[ \t]*kind:/m.test(text)) return true;
  return (
    /^[ \t]*kind:[ \t]*["']?(?:Secret|ConfigMap|Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob)\b/m.test(
      text,
    ) ||
    text.includes('AWS::') ||
    text.includes('AWSTemplateFormatVersion')
  );
}

/** Helm templates are Go templates, not YAML; their values files and the rendered manifests are read instead. */
function isGoTemplate(text: string): boolean {
  return /\{\{-?\s*[.$a-z(]/.test(text.replace(/\$\{\{/g, ''));
}

const manifestFolder =
  /(?:^|\/)(?:k8s|kubernetes|kube|manifests|deploy|deployments?|kustomize|overlays|helm|charts)\/(?:.*\/)?[^/]+\.ya?ml$/i;

export const kubernetesAdapter: FormatAdapter = {
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
