import { isScalar, type Node } from 'yaml';
import { lineStartKeyFinder, wordFinder } from './shared/byte-words.js';
import type { Span } from '../model/references.js';
import { findLiterals } from './text/literals.js';
import { secretKeyNamed } from './text/layer.js';
import { looksLikeCloudFormation } from './cloudformation/intrinsics.js';
import { joinEnvFrom, type EnvSources } from './kubernetes/env-from.js';
import { readSettingMaps } from './shared/generic-yaml.js';
import {
  destinationOf,
  emptyCollected,
  isSmtpSlot,
  merge,
  mergeAll,
  namedSink,
  readValue,
  type Collected,
} from './shared/values.js';
import { getPath, getValue, hasKey, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import { readScalarValue, type YamlReader } from './shared/yaml-reader.js';
import type { ContentFormat } from './types.js';
import { isStructuredDataPath } from './shared/paths.js';
import type { FileFacts, UnrecognisedDocument } from './shared/documents.js';

const workloadKinds = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);
const envSourceKinds = new Set(['Secret', 'ConfigMap']);

/** Decodes a Secret's `data` value when it is base64 of printable text. */
export function decodeSecretData(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  return /^[\x20-\x7e\t\r\n]*$/.test(decoded) ? decoded : undefined;
}

class ManifestReader {
  constructor(
    private readonly reader: YamlReader,
    private readonly envSources: EnvSources,
  ) {}

  /** A base64 value is read as its decoded text; every position points at the encoded value. */
  private encoded(node: Node | null, name: string): Collected {
    const decoded = decodeSecretData(scalarText(node) ?? '');
    if (decoded === undefined || !isScalar(node)) return emptyCollected();
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
  private encodedFile(decoded: string, whole: Span): Collected {
    const classify = this.reader.context.classifyName;
    const hits = findLiterals(decoded, secretKeyNamed(classify));
    const referenceIds = hits.map((hit) =>
      this.reader.builder.reference(
        whole,
        { type: 'literal', value: hit.value },
        namedSink('env', hit.name ?? '', classify),
      ),
    );
    return { ...emptyCollected(), referenceIds };
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
    const visible = mergeAll(parts);
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
    const visible = mergeAll(parts);
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

  read(root: Node): void {
    const kind = scalarText(getValue(root, 'kind')) ?? '';
    if (envSourceKinds.has(kind)) this.readSecretOrConfigMap(kind, root);
    else if (workloadKinds.has(kind)) this.readWorkload(root);
  }
}

/** A manifest by content: a document with an `apiVersion` and a `kind`, decided after parsing (`!!str`, flow style). */
export function isKubernetesManifest(root: unknown): boolean {
  return (
    scalarText(getValue(root, 'apiVersion')) !== undefined &&
    scalarText(getValue(root, 'kind')) !== undefined &&
    !looksLikeCloudFormation(root)
  );
}

function readManifest(reader: YamlReader, root: Node, facts: FileFacts): void {
  facts.formatFacts.kubernetes ??= { sources: [], imports: [] };
  new ManifestReader(reader, facts.formatFacts.kubernetes).read(root);
}

/** A folder of manifests, as a whole name in the path (`deploy/`, `charts/`). */
const manifestFolder =
  /(?:^|\/)(?:k8s|kubernetes|kube|manifests|deploy|deployments?|kustomize|overlays|helm|charts)\//i;

/** A YAML file's name: something, not a folder's `/`, before `.yaml`. */
const yamlFileName = /[^/]\.ya?ml$/i;

/**
 * A YAML file anywhere below a folder of manifests. Two searches, each linear in the path's length: one pattern
 * of both, the folder then `(?:.*\/)?` then the name, tried the rest of the path from each folder name it met,
 * quadratic in a checkout's `k8s/k8s/…/x.json` (4 000 characters: 5 ms a file).
 */
export function inManifestFolder(path: string): boolean {
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
export const mayHoldEnvMap = lineStartKeyFinder(envMapKeys, 'nv');

/** `apiVersion`, found by its rarer `Vers` (see byte-words.ts). */
const holdsApiVersion = wordFinder(['apiVersion'], 'Vers');

/**
 * Outside manifest folders, a document no format recognises gives up only its top-level env maps (a Helm
 * values file committed elsewhere, an app's environment file), each string read under its key.
 */
export const envMapValues: UnrecognisedDocument = (reader, root) => {
  for (const key of envMapKeys) {
    const map = getValue(root, key);
    if (map && mapPairs(map).length > 0) readSettingMaps(reader, map, key);
  }
};

/** In a manifest folder or a values file, a document with no `apiVersion` is Helm values: every string is read under its key. */
export function helmValuesReader(path: string): UnrecognisedDocument | undefined {
  if (!inManifestFolder(path) && !valuesFile.test(path)) return undefined;
  return (reader, root) => {
    if (!hasKey(root, 'apiVersion') && !hasKey(root, 'kind')) readSettingMaps(reader, root, 'values');
  };
}

export const kubernetesAdapter: ContentFormat = {
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
