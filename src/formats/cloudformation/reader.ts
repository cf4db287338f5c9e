import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { managedPolicyStatement } from '../../credentials/managed-policies.js';
import { emptyIam, type IamFacts } from '../../model/iam.js';
import type { Sink, ValueSource } from '../../model/references.js';
import { readPolicyDocument, type ResourceResolver } from '../shared/iam-policy.js';
import {
  destinationOf,
  emptyCollected,
  findVariableInterpolations,
  merge,
  namedSink,
  type Collected,
  type Interpolation,
} from '../shared/values.js';
import { getPair, getPath, getValue, mapPairs, scalarText, seqItems } from '../shared/yaml.js';
import { readScalarValue, type YamlReader } from '../shared/yaml-reader.js';
import { attributeSource, intrinsicOf, subString, type Intrinsic } from './intrinsics.js';
import { templateResourceResolver } from './policy-targets.js';

const principalKinds: Record<string, 'user' | 'role' | 'group'> = {
  'AWS::IAM::User': 'user',
  'AWS::IAM::Role': 'role',
  'AWS::IAM::Group': 'group',
};

/** Reads one template (or a Serverless `resources` fragment): its IAM facts, values and Lambda environments. */
export function readCloudFormation(reader: YamlReader, root: unknown): IamFacts {
  return new CloudFormationReader(reader).read(root);
}

class CloudFormationReader {
  private readonly iam: IamFacts = emptyIam();
  private readonly types = new Map<string, string>();
  private readonly usersByName = new Map<string, string[]>();
  private readonly resolveResource: ResourceResolver = templateResourceResolver({
    typeOf: (id) => this.types.get(id),
    keyOf: (id) => this.key(id),
    usersNamed: (name) => this.usersByName.get(name) ?? [],
  });
  private readonly visited = new Set<unknown>();

  constructor(private readonly reader: YamlReader) {}

  private get source() {
    return this.reader.source;
  }

  private key(logicalId: string): string {
    return `${this.source.file}::${logicalId}`;
  }

  private sourceOf(target: string, attribute: string | undefined): ValueSource | undefined {
    return attributeSource(
      target,
      attribute,
      (id) => this.types.get(id),
      (id) => this.key(id),
    );
  }

  private intrinsicSource(intrinsic: Intrinsic | undefined): ValueSource | undefined {
    return intrinsic && this.sourceOf(intrinsic.target, intrinsic.attribute);
  }

  private sink(name: string): Sink {
    return namedSink('env', name, this.reader.context.classifyName);
  }

  read(root: unknown): IamFacts {
    for (const pair of mapPairs(getValue(root, 'Resources'))) {
      const id = scalarText(pair.key) ?? '';
      const type = scalarText(getValue(pair.value, 'Type')) ?? '';
      this.types.set(id, type);
      const userName = scalarText(getPath(pair.value, 'Properties', 'UserName'));
      if (type === 'AWS::IAM::User' && userName) this.usersByName.set(userName, [this.key(id)]);
    }
    for (const pair of mapPairs(getValue(root, 'Parameters'))) {
      const fallback = getValue(pair.value, 'Default');
      if (fallback) this.readValue(fallback, this.sink(scalarText(pair.key) ?? ''));
    }
    const globalEnv = this.readEnvironment(getPath(root, 'Globals', 'Function', 'Environment', 'Variables'));
    for (const pair of mapPairs(getValue(root, 'Resources')))
      this.readResource(scalarText(pair.key) ?? '', pair.value, globalEnv);
    if (globalEnv.referenceIds.length > 0)
      this.reader.builder.use(
        'Globals › Function',
        this.source.nodeSpan(getValue(root, 'Globals')),
        globalEnv.referenceIds,
        destinationOf(globalEnv, 'unknown'),
      );
    for (const pair of mapPairs(getValue(root, 'Outputs')))
      this.exposeIfSecret(getValue(pair.value, 'Value'), 'cloudformation-output', scalarText(pair.key) ?? '');
    this.readRemaining(root, '', undefined, getValue(root, 'Outputs'));
    return this.iam;
  }

  private readResource(id: string, resource: unknown, globalEnv: Collected): void {
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
        this.iam.statements.push(
          ...readPolicyDocument(this.source, getValue(policy, 'PolicyDocument'), owner, this.resolveResource),
        );
        this.iam.bindings.push({ file, span: this.source.nodeSpan(policy), principalKey: key, ownerKey: owner });
      });
      this.bindManagedPolicies(key, getValue(properties, 'ManagedPolicyArns'));
    } else if (type === 'AWS::IAM::AccessKey') {
      const user = intrinsicOf(getValue(properties, 'UserName'));
      this.iam.accessKeys.push({ key, file, span, userKey: user ? this.key(user.target) : undefined });
    } else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
      this.iam.statements.push(
        ...readPolicyDocument(this.source, getValue(properties, 'PolicyDocument'), key, this.resolveResource),
      );
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
    } else if (type === 'AWS::SSM::Parameter' && scalarText(getValue(properties, 'Type')) === 'String') {
      this.exposeIfSecret(getValue(properties, 'Value'), 'ssm-parameter');
    } else if (type === 'AWS::Lambda::Function' || type === 'AWS::Serverless::Function') {
      const env = this.readEnvironment(getPath(properties, 'Environment', 'Variables'));
      const visible = merge(globalEnv, env);
      if (env.referenceIds.length > 0)
        this.reader.builder.use(`function ${id}`, span, visible.referenceIds, destinationOf(visible, 'unknown'));
    }
  }

  private bindManagedPolicies(principalKey: string, arns: unknown): void {
    for (const item of seqItems(arns)) {
      const arn = scalarText(item) ?? '';
      const target = intrinsicOf(item)?.target;
      const place = { file: this.source.file, span: this.source.nodeSpan(item), principalKey };
      if (target) this.iam.bindings.push({ ...place, ownerKey: this.key(target) });
      else if (managedPolicyStatement(arn)) this.iam.bindings.push({ ...place, managedPolicyArn: arn });
    }
  }

  private readEnvironment(variables: unknown): Collected {
    return merge(
      ...mapPairs(variables).map((pair) => this.readValue(pair.value, this.sink(scalarText(pair.key) ?? ''))),
    );
  }

  private exposeIfSecret(value: unknown, channel: 'cloudformation-output' | 'ssm-parameter', outputId?: string): void {
    const what = (name: string) => (outputId ? `output ${outputId} (${name})` : name);
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
    if (!sub || !text) return;
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
  private readValue(node: Node | null, sink: Sink): Collected {
    this.visited.add(node);
    const intrinsic = intrinsicOf(node);
    const attribute = this.intrinsicSource(intrinsic);
    if (attribute) {
      const id = this.reader.builder.reference(this.source.nodeSpan(intrinsic?.at), attribute, sink);
      return { ...emptyCollected(), referenceIds: [id], names: [sink.name] };
    }
    const sub = subString(node);
    const scalar = sub ?? (isScalar(node) ? node : undefined);
    if (!scalar) return emptyCollected();
    this.visited.add(scalar);
    const substituted = scalar.tag === '!Sub' || sub !== undefined;
    return readScalarValue(this.reader, scalar, sink, {
      interpolations: (text) =>
        substituted ? findVariableInterpolations(text).map((found) => this.subInterpolation(text, found)) : [],
    });
  }

  /** `${Key.SecretAccessKey}` in a `!Sub` is an attribute reference; other placeholders are template parameters. */
  private subInterpolation(text: string, interpolation: Interpolation): Interpolation {
    const inner = /^\$\{([A-Za-z0-9]+)(?:\.([A-Za-z]+))?\}$/.exec(text.slice(interpolation.start, interpolation.end));
    const source = inner ? this.sourceOf(inner[1] ?? '', inner[2]) : undefined;
    if (source) return { ...interpolation, accesses: [{ source, start: interpolation.start, end: interpolation.end }] };
    return { ...interpolation, accesses: [] };
  }

  /** Every other scalar: literal keys and SMTP passwords by shape, named by their key (and output, if in one). */
  private readRemaining(node: unknown, key = '', holder?: string, outputs?: unknown): void {
    if (this.visited.has(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const name = scalarText(pair.key) ?? key;
        this.readRemaining(
          pair.value,
          name,
          holder ?? (outputs !== undefined && node === outputs ? `Outputs.${name}` : undefined),
          outputs,
        );
      }
    } else if (isSeq(node)) {
      for (const item of node.items) this.readRemaining(item, key, holder, outputs);
    } else if (isScalar(node) && typeof node.value === 'string') {
      this.readValue(node, holder ? { ...this.sink(key), holder } : this.sink(key));
    }
  }
}
