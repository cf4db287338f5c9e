// What both fast readers (yaml-fast.ts for block YAML, json-fast.ts for JSON) need to build the `yaml`
// package's own scalars: its core schema's resolution of plain values, and one object to throw when a
// file is outside their subset, so that `yaml` parses it instead.

import { Scalar, isScalar, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * The documents a fast reader built without an alias node: YamlSource need not walk them for aliases, which
 * it otherwise does for every file holding a `*` (`Resource: '*'` in most policies).
 */
export const documentsWithoutAliases = new WeakSet<Document.Parsed>();

/** What a fast reader throws to give the file back to `yaml`; one object, so declining costs no stack trace. */
export const declined = new Error('outside the fast YAML subset');

type ScalarTag = {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
};

const scalarTagKey = Symbol.for('yaml.scalar');

/** Scalars as `yaml`'s composer builds them for one document's schema. */
export class SchemaScalars {
  private readonly tags: ScalarTag[];
  /** Every default tag's test is one of `coreTests`, so a value no such test can match is told by its first character. */
  private readonly tagsKnown: boolean;
  private readonly stringTag: ScalarTag;

  constructor(
    document: Document.Parsed,
    private readonly options: YamlOptions,
  ) {
    const schema = document.schema as unknown as { tags: ScalarTag[]; [scalarTagKey]: ScalarTag };
    this.tags = schema.tags.filter((tag) => tag.default === true && tag.test);
    this.tagsKnown = this.tags.every(isCoreTest);
    this.stringTag = schema[scalarTagKey];
  }

  /** A plain scalar resolved as `yaml`'s core schema does: the first default tag whose test matches, else a string. */
  plain(value: string, start: number, end: number, rangeEnd: number): Scalar {
    const tag = this.defaultTag(value);
    const resolved = tag.resolve(value, refuse, this.options);
    const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
    scalar.range = [start, end, rangeEnd];
    scalar.source = value;
    scalar.type = 'PLAIN';
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /** A scalar read as a string: quoted, a block scalar, or under a tag `yaml` does not know (the caller adds the tag). */
  string(value: string, type: Scalar.Type, start: number, end: number, rangeEnd: number): Scalar {
    const scalar = new Scalar(this.stringTag.resolve(value, refuse, this.options));
    scalar.range = [start, end, rangeEnd];
    scalar.source = value;
    scalar.type = type;
    return scalar;
  }

  /** The first default tag whose test matches the plain value, else the string tag. */
  private defaultTag(value: string): ScalarTag {
    if (this.tagsKnown && value.length > 0 && !mayResolveOtherThanString[value.charCodeAt(0)]) return this.stringTag;
    const { tags } = this;
    for (let index = 0; index < tags.length; index++) if (tags[index]!.test!.test(value)) return tags[index]!;
    return this.stringTag;
  }
}

/**
 * The tests of `yaml`'s core schema (null, bool, the three ints, the three floats): only an empty value or
 * one that starts with `~`, `N`, `n`, `T`, `t`, `F`, `f`, a digit, `+`, `-` or `.` can pass one of them.
 * yaml-fast.test.ts checks the schema's tests are still these.
 */
export const coreTests = new Set([
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
const coreTestOf = new WeakMap<RegExp, boolean>();

function isCoreTest(tag: ScalarTag): boolean {
  const test = tag.test!;
  let known = coreTestOf.get(test);
  if (known === undefined) {
    known = coreTests.has(test.source) && test.flags === '';
    coreTestOf.set(test, known);
  }
  return known;
}

/** By a value's first character code: whether one of `coreTests` may match it. */
const mayResolveOtherThanString = new Uint8Array(128);
for (const char of '~NnTtFf0123456789+-.') mayResolveOtherThanString[char.charCodeAt(0)] = 1;

function refuse(): never {
  throw declined;
}
