import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { CredentialKind } from '../credentials/kinds.js';
import type { IamFacts } from '../model/iam.js';
import type { Sink, ValueSource } from '../model/references.js';
import type { FileModel } from '../model/scan-model.js';
import { emptyIam, mergeIam } from '../model/iam.js';
import { ModelBuilder } from './shared/builder.js';
import { managedPolicyStatement, readPolicyDocument } from './shared/iam-policy.js';
import {
  destinationOf,
  emptyCollected,
  findVariableInterpolations,
  merge,
  namedSink,
  readValue,
  type Collected,
} from './shared/values.js';
import { YamlSource, getPair, getValue, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import type { FormatAdapter, ParseContext } from './types.js';

/** Decides by content: a template version, or resources typed `AWS::…`. */
export function looksLikeCloudFormation(root: unknown): boolean {
  if (getValue(root, 'AWSTemplateFormatVersion') !== undefined) return true;
  return mapPairs(getValue(root, 'Resources')).some((pair) =>
    /^(?:AWS|Custom)::|^Alexa::/.test(scalarText(getValue(pair.value, 'Type')) ?? ''),
  );
}

interface Intrinsic {
  /** `Ref` or `GetAtt` target. */
  target: string;
  attribute: string | undefined;
  node: Node | Pair;
}

/** Reads `!Ref X`, `!GetAtt X.Y`, `!GetAtt [X, Y]` and their JSON forms; `!Sub` strings are read for `${X.Y}`. */
function intrinsicOf(node: unknown): Intrinsic | undefined {
  if (isScalar(node) && typeof node.tag === 'string') {
    const text = scalarText(node) ?? '';
    if (node.tag === '!Ref') return { target: text, attribute: undefined, node };
    if (node.tag === '!GetAtt')
      return { target: text.split('.')[0] ?? '', attribute: text.split('.').slice(1).join('.'), node };
  }
  if (isSeq(node) && node.tag === '!GetAtt') {
    const [target, attribute] = node.items.map(scalarText);
    return { target: target ?? '', attribute, node };
  }
  if (isMap(node) && node.items.length === 1) {
    const pair = node.items[0] as Pair;
    const key = scalarText(pair.key);
    if (key === 'Ref') return { target: scalarText(pair.value) ?? '', attribute: undefined, node: pair };
    if (key === 'Fn::GetAtt') {
      const value = scalarText(pair.value);
      if (value !== undefined)
        return { target: value.split('.')[0] ?? '', attribute: value.split('.').slice(1).join('.'), node: pair };
      const [target, attribute] = seqItems(pair.value).map(scalarText);
      return { target: target ?? '', attribute, node: pair };
    }
  }
  return undefined;
}

function subString(node: unknown): Scalar | undefined {
  if (isScalar(node) && node.tag === '!Sub') return node;
  if (isSeq(node) && node.tag === '!Sub' && isScalar(node.items[0])) return node.items[0] as Scalar;
  if (isMap(node) && node.items.length === 1) {
    const pair = node.items[0] as Pair;
    if (scalarText(pair.key) === 'Fn::Sub') {
      if (isScalar(pair.value)) return pair.value;
      const first = seqItems(pair.value)[0];
      if (isScalar(first)) return first;
    }
  }
  return undefined;
}

const secretAttributes: Record<string, CredentialKind> = {
  SecretAccessKey: 'secret-access-key',
  SmtpPassword: 'smtp-password',
  SMTPPassword: 'smtp-password',
  Password: 'smtp-password',
};

export class CloudFormationReader {
  private readonly iam: IamFacts = emptyIam();
  private readonly types = new Map<string, string>();
  private readonly visited = new Set<unknown>();

  constructor(
    private readonly source: YamlSource,
    private readonly context: ParseContext,
    private readonly builder: ModelBuilder,
  ) {}

  private key(logicalId: string): string {
    return `${this.source.file}::${logicalId}`;
  }

  /** What a `Ref`/`GetAtt` stands for when it names an access key or an SMTP-password custom resource. */
  private attributeSource(intrinsic: Intrinsic): ValueSource | undefined {
    const type = this.types.get(intrinsic.target);
    if (!type) return undefined;
    if (type === 'AWS::IAM::AccessKey') {
      if (intrinsic.attribute === undefined)
        return {
          type: 'attribute',
          name: `!Ref ${intrinsic.target}`,
          kind: 'access-key-id',
          accessKey: this.key(intrinsic.target),
        };
      if (intrinsic.attribute === 'SecretAccessKey')
        return {
          type: 'attribute',
          name: `!GetAtt ${intrinsic.target}.SecretAccessKey`,
          kind: 'secret-access-key',
          accessKey: this.key(intrinsic.target),
        };
    }
    if (
      (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') &&
      intrinsic.attribute &&
      secretAttributes[intrinsic.attribute]
    ) {
      return {
        type: 'attribute',
        name: `!GetAtt ${intrinsic.target}.${intrinsic.attribute}`,
        kind: secretAttributes[intrinsic.attribute] ?? 'ambiguous',
        accessKey: this.key(intrinsic.target),
      };
    }
    return undefined;
  }

  read(root: unknown): IamFacts {
    for (const pair of mapPairs(getValue(root, 'Resources')))
      this.types.set(scalarText(pair.key) ?? '', scalarText(getValue(pair.value, 'Type')) ?? '');
    for (const pair of mapPairs(getValue(root, 'Parameters'))) {
      const name = scalarText(pair.key) ?? '';
      const fallback = getValue(pair.value, 'Default');
      if (fallback !== undefined) this.readScalarValue(fallback, namedSink('env', name, this.context.classifyName));
    }
    const globalEnv = this.readEnvironment(
      getValue(getValue(getValue(getValue(root, 'Globals'), 'Function'), 'Environment'), 'Variables'),
    );
    for (const pair of mapPairs(getValue(root, 'Resources')))
      this.readResource(scalarText(pair.key) ?? '', pair.value, globalEnv);
    if (globalEnv.referenceIds.length > 0)
      this.builder.use(
        'Globals › Function',
        this.source.nodeSpan(getValue(root, 'Globals') as Node),
        globalEnv.referenceIds,
        destinationOf(globalEnv, 'unknown'),
      );
    for (const pair of mapPairs(getValue(root, 'Outputs'))) this.readOutput(scalarText(pair.key) ?? '', pair.value);
    this.readRemaining(root);
    return this.iam;
  }

  private readResource(id: string, resource: unknown, globalEnv: Collected): void {
    const type = scalarText(getValue(resource, 'Type')) ?? '';
    const properties = getValue(resource, 'Properties');
    const key = this.key(id);
    const span = this.source.nodeSpan(getPair(resource, 'Type')?.key as Node);
    if (type === 'AWS::IAM::User' || type === 'AWS::IAM::Role' || type === 'AWS::IAM::Group') {
      const kind = type === 'AWS::IAM::User' ? 'user' : type === 'AWS::IAM::Role' ? 'role' : 'group';
      const name = scalarText(getValue(properties, 'UserName')) ?? scalarText(getValue(properties, 'RoleName')) ?? '';
      this.iam.principals.push({
        key,
        file: this.source.file,
        span,
        kind,
        label: id,
        smtpNamed: /smtp/i.test(`${id} ${name}`),
      });
      const loginProfile = getPair(properties, 'LoginProfile');
      if (loginProfile)
        this.iam.loginProfiles.push({
          file: this.source.file,
          span: this.source.nodeSpan(loginProfile.key as Node),
          userKey: key,
        });
      seqItems(getValue(properties, 'Policies')).forEach((policy, index) => {
        const owner = `${key}#policy${index}`;
        this.iam.statements.push(...readPolicyDocument(this.source, getValue(policy, 'PolicyDocument'), owner));
        this.iam.bindings.push({
          file: this.source.file,
          span: this.source.nodeSpan(policy as Node),
          principalKey: key,
          ownerKey: owner,
        });
      });
      this.bindManagedPolicies(key, getValue(properties, 'ManagedPolicyArns'));
    } else if (type === 'AWS::IAM::AccessKey') {
      const user = intrinsicOf(getValue(properties, 'UserName'));
      this.iam.accessKeys.push({
        key,
        file: this.source.file,
        span,
        userKey: user ? this.key(user.target) : undefined,
      });
    } else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
      this.iam.statements.push(...readPolicyDocument(this.source, getValue(properties, 'PolicyDocument'), key));
      for (const list of ['Users', 'Roles', 'Groups']) {
        for (const item of seqItems(getValue(properties, list))) {
          const target = intrinsicOf(item)?.target ?? scalarText(item);
          if (target)
            this.iam.bindings.push({
              file: this.source.file,
              span: this.source.nodeSpan(item as Node),
              principalKey: this.key(target),
              ownerKey: key,
            });
        }
      }
    } else if (type === 'AWS::SSM::Parameter' && scalarText(getValue(properties, 'Type')) === 'String') {
      this.exposeIfSecret(getValue(properties, 'Value'), 'ssm-parameter');
    } else if (type === 'AWS::Lambda::Function' || type === 'AWS::Serverless::Function') {
      const env = this.readEnvironment(getValue(getValue(properties, 'Environment'), 'Variables'));
      const visible = merge(globalEnv, env);
      if (env.referenceIds.length > 0)
        this.builder.use(`function ${id}`, span, visible.referenceIds, destinationOf(visible, 'unknown'));
    }
  }

  private bindManagedPolicies(principalKey: string, arns: unknown): void {
    for (const item of seqItems(arns)) {
      const arn = scalarText(item) ?? '';
      const target = intrinsicOf(item)?.target;
      if (target)
        this.iam.bindings.push({
          file: this.source.file,
          span: this.source.nodeSpan(item as Node),
          principalKey,
          ownerKey: this.key(target),
        });
      else if (managedPolicyStatement(arn))
        this.iam.bindings.push({
          file: this.source.file,
          span: this.source.nodeSpan(item as Node),
          principalKey,
          managedPolicyArn: arn,
        });
    }
  }

  private readEnvironment(variables: unknown): Collected {
    return merge(
      ...mapPairs(variables).map((pair) =>
        this.readScalarValue(pair.value, namedSink('env', scalarText(pair.key) ?? '', this.context.classifyName)),
      ),
    );
  }

  private readOutput(id: string, output: unknown): void {
    this.exposeIfSecret(getValue(output, 'Value'), 'cloudformation-output', id);
  }

  private exposeIfSecret(value: unknown, channel: 'cloudformation-output' | 'ssm-parameter', outputId?: string): void {
    const intrinsic = intrinsicOf(value);
    const attribute = intrinsic && this.attributeSource(intrinsic);
    if (intrinsic && attribute?.type === 'attribute' && attribute.kind !== 'access-key-id') {
      const node = 'key' in intrinsic.node && intrinsic.node.key ? intrinsic.node.key : intrinsic.node;
      this.iam.exposures.push({
        file: this.source.file,
        span: this.source.nodeSpan(node as Node),
        kind: attribute.kind,
        channel,
        what: outputId ? `output ${outputId} (${attribute.name})` : attribute.name,
        nonsensitive: false,
        accessKeyKey: attribute.accessKey,
      });
      return;
    }
    const sub = subString(value);
    const text = sub ? scalarText(sub) : undefined;
    if (sub && text) {
      for (const match of text.matchAll(/\$\{([A-Za-z0-9]+)\.([A-Za-z]+)\}/g)) {
        const source = this.attributeSource({ target: match[1] ?? '', attribute: match[2], node: sub });
        if (source?.type === 'attribute' && source.kind !== 'access-key-id') {
          this.iam.exposures.push({
            file: this.source.file,
            span: this.source.locateSpan(sub, match.index, match.index + match[0].length),
            kind: source.kind,
            channel,
            what: outputId ? `output ${outputId} (${source.name})` : source.name,
            nonsensitive: false,
            accessKeyKey: source.accessKey,
          });
        }
      }
    }
  }

  /** Reads a value: literals and `${…}` placeholders, and `Ref`/`GetAtt` of access keys as attribute references. */
  private readScalarValue(node: unknown, sink: Sink): Collected {
    this.visited.add(node);
    const intrinsic = intrinsicOf(node);
    const attribute = intrinsic && this.attributeSource(intrinsic);
    if (intrinsic && attribute) {
      const span = this.source.nodeSpan(('key' in intrinsic.node ? intrinsic.node.key : intrinsic.node) as Node);
      return { ...emptyCollected(), referenceIds: [this.builder.reference(span, attribute, sink)], names: [sink.name] };
    }
    const scalar = subString(node) ?? (isScalar(node) ? node : undefined);
    const text = scalarText(scalar);
    if (!scalar || text === undefined) return emptyCollected();
    this.visited.add(scalar);
    const interpolations =
      scalar.tag === '!Sub' || subString(node)
        ? findVariableInterpolations(text).map((i) => this.subInterpolation(text, i))
        : [];
    return readValue(this.builder, {
      text,
      locate: (start, end) => this.source.locateSpan(scalar, start, end),
      outer: sink,
      interpolations,
      script: false,
      wholeValueSlot: true,
    });
  }

  /** `${Key.SecretAccessKey}` in a `!Sub` is an attribute reference; other placeholders are template parameters. */
  private subInterpolation(text: string, interpolation: ReturnType<typeof findVariableInterpolations>[number]) {
    const inner = /^\$\{([A-Za-z0-9]+)(?:\.([A-Za-z]+))?\}$/.exec(text.slice(interpolation.start, interpolation.end));
    const source = inner
      ? this.attributeSource({ target: inner[1] ?? '', attribute: inner[2], node: {} as Node })
      : undefined;
    if (source) return { ...interpolation, accesses: [{ source, start: interpolation.start, end: interpolation.end }] };
    return { ...interpolation, accesses: [] };
  }

  /** Every other scalar: literal keys and SMTP passwords by shape, named by their key. */
  private readRemaining(node: unknown, key = ''): void {
    if (this.visited.has(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) this.readRemaining(pair.value, scalarText(pair.key) ?? key);
    } else if (isSeq(node)) {
      for (const item of node.items) this.readRemaining(item, key);
    } else if (isScalar(node) && typeof node.value === 'string') {
      this.readScalarValue(node, namedSink('env', key, this.context.classifyName));
    }
  }
}

export function readCloudFormation(
  source: YamlSource,
  context: ParseContext,
  builder: ModelBuilder,
  root: unknown,
): IamFacts {
  return new CloudFormationReader(source, context, builder).read(root);
}

export function parseCloudFormation(
  file: string,
  text: string,
  context: ParseContext,
  format = 'cloudformation',
): FileModel {
  const source = new YamlSource(file, text);
  const builder = new ModelBuilder(file, format);
  builder.addProblems(source.problems());
  const facts: IamFacts[] = [];
  for (const doc of source.documents)
    if (looksLikeCloudFormation(doc.contents)) facts.push(readCloudFormation(source, context, builder, doc.contents));
  const model = builder.build();
  return facts.length > 0 ? { ...model, iam: mergeIam(facts) } : model;
}

/** Lock files and tool configs are JSON or YAML but never templates; they are not even read. */
const neverTemplates =
  /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|composer\.(?:json|lock)|tsconfig[^/]*\.json|\.?eslintrc[^/]*|pnpm-lock\.yaml|yarn\.lock|renovate\.json|\.prettierrc[^/]*)$/i;

/** A template names its version or typed resources; anything else is not parsed at all. */
const templateMarker = /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?(?:AWS|Custom)::/;

export const cloudFormationAdapter: FormatAdapter = {
  id: 'cloudformation',
  description: 'CloudFormation and SAM templates (YAML or JSON)',
  // Templates are recognised by content, wherever they are; the path only rules out what cannot be one.
  matches: (path) => /\.(?:ya?ml|json|template)$/i.test(path) && !neverTemplates.test(path),
  mayMatter: (bytes) =>
    bytes.includes('AWSTemplateFormatVersion') || bytes.includes('AWS::') || bytes.includes('Custom::'),
  parse: (file, text, context) =>
    templateMarker.test(text)
      ? parseCloudFormation(file, text, context)
      : { file, format: 'cloudformation', references: [], uses: [], problems: [] },
};
