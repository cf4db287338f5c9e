import { credentialKinds, type CredentialKind } from '../model/kinds.js';
import { ruleIds } from '../rules/index.js';

const settings = ['error', 'warning', 'notice', 'off'];

const globList = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description:
    'Globs (picomatch: `**`, `*`, `?`, `{a,b}`, `[a-z]`, a leading `!` negates), relative to the scanned folder.',
};

const ruleIdList = { type: 'array', items: { type: 'string', enum: [...ruleIds] } };

/**
 * The JSON Schema of `.github/ses-credential-hygiene.yml`. The copy in `schema/` (for editors, through
 * `# yaml-language-server: $schema=…`) is kept equal to this by a test.
 */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/ses-credential-hygiene/ses-credential-hygiene/blob/main/schema/ses-credential-hygiene.schema.json',
  title: 'ses-credential-hygiene configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      description: 'Severity per rule id, or off.',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(ruleIds.map((id) => [id, { enum: settings }])),
    },
    ignore: {
      description: 'Paths whose findings are suppressed: a glob (every rule) or { path, rules }.',
      type: 'array',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: { path: { type: 'string', minLength: 1 }, rules: ruleIdList },
          },
        ],
      },
    },
    names: {
      description: 'Extra rows for the name classifier, tried before the built-in ones.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['pattern', 'kind'],
        properties: {
          pattern: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            description: 'Case-insensitive regular expression; nested quantifiers and backreferences are refused.',
          },
          kind: { enum: [...credentialKinds] },
          root: { type: 'boolean' },
        },
      },
    },
    include: globList,
    exclude: globList,
    'max-file-size': {
      description: 'Bytes, or a size such as 5MB or 1 MiB.',
      anyOf: [
        { type: 'number', exclusiveMinimum: 0 },
        // The blanks before the unit sit inside its optional group, so no two `\s*` can split the same run
        // of blanks between them: the check stays linear on a hostile config's long runs of spaces.
        { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?(\\s*([KkMmGg][Ii]?[Bb]|[Bb]))?\\s*$' },
      ],
    },
    'max-depth': {
      type: 'integer',
      minimum: 1,
      // The parsers recurse: near 1 000 levels, three deep files in one scan aborted Node (a regular expression
      // compiled for the first time with the stack nearly spent); 500 keeps twice that margin.
      maximum: 500,
      description: 'Deepest nesting a file may have before it is read as text only (at most 500).',
    },
    'max-aliases': { type: 'integer', minimum: 1 },
    'max-nodes': {
      type: 'integer',
      minimum: 1,
      description:
        'Most items (list entries, keys, flow separators, comments) a file may hold before it is read as text only.',
    },
  },
} as const;

/** The config file's shape once the schema has accepted it. */
export interface RawConfig {
  rules?: Record<string, 'error' | 'warning' | 'notice' | 'off'>;
  ignore?: Array<string | { path: string; rules?: string[] }>;
  names?: Array<{ pattern: string; kind: CredentialKind; root?: boolean }>;
  include?: string[];
  exclude?: string[];
  'max-file-size'?: number | string;
  'max-depth'?: number;
  'max-aliases'?: number;
  'max-nodes'?: number;
}

export const topLevelKeys = Object.keys(configSchema.properties);
