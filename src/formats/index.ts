import { cloudFormationAdapter } from './cloudformation.js';
import { dockerComposeAdapter } from './docker-compose.js';
import { dotenvAdapter } from './dotenv.js';
import { githubWorkflowAdapter } from './github-workflow.js';
import { serverlessAdapter } from './serverless.js';
import { terraformAdapter } from './terraform.js';
import { joinFitsFiles, regionFactsFitFile } from './terraform/cache-checks.js';
import type { ModelJoin } from '../model/scan-model.js';
import type { ContentFormat, Format, FormatAdapter, PathFormat } from './types.js';
import { parseDocuments } from './shared/documents.js';
import { envMapValues, helmValuesReader, kubernetesAdapter } from './kubernetes.js';

/** One line per format; the order is not significant (`adapterFor` routes, `__tests__/formats/meta.test.ts` checks). */
export const adapters: readonly Format[] = [
  githubWorkflowAdapter,
  terraformAdapter,
  dotenvAdapter,
  dockerComposeAdapter,
  serverlessAdapter,
  kubernetesAdapter,
  cloudFormationAdapter,
];

/**
 * The formats whose join reads what a per-file cache entry cannot hold (Terraform's parsed trees): the
 * parse cache keeps what the join read of all their files (`JoinContext.remember`), checked with this
 * before use, and parses every file of the format again when one of them changed.
 */
export const rememberedJoins: ReadonlyMap<string, (value: unknown, paths: readonly string[]) => boolean> = new Map([
  [terraformAdapter.id, joinFitsFiles],
]);

/**
 * Whether a cached file entry's format facts say only what its own file could (beyond their shape, which
 * the cache checks): Terraform's region facts are of the file's folder alone.
 */
export function formatFactsFitFile(formatFacts: unknown, path: string): boolean {
  return regionFactsFitFile(formatFacts, path);
}

/** Each format's cross-file step, in registry order. */
export const adapterJoins: readonly ModelJoin[] = adapters.flatMap((adapter) => (adapter.join ? [adapter.join] : []));

const pathFormats = adapters.filter((format): format is PathFormat => format.claim === 'path');
const contentFormats = adapters.filter((format): format is ContentFormat => format.claim === 'content');

/** The adapters that claim a path by the path alone; the meta-test keeps this at most one per path. */
export function pathOwners(path: string): PathFormat[] {
  return pathFormats.filter((format) => format.matches(path));
}

/** A word of one of these formats is in the bytes (a format without such a word never rules a file out). */
function mayHoldOneOf(formats: readonly ContentFormat[]): (bytes: Buffer) => boolean {
  return (bytes) => formats.some((format) => format.mayMatter?.(bytes) ?? true);
}

/**
 * Reads a YAML or JSON file no format owns by path: parsed once, each document by the format that
 * recognises it. The only reader of the formats found by content, in a scan and in their tests alike.
 */
function contentReader(mayMatter: ((bytes: Buffer) => boolean) | undefined, helmValues: boolean): FormatAdapter {
  return {
    id: 'yaml',
    claim: 'content',
    description: 'YAML or JSON',
    parse: (file, text, context) =>
      parseDocuments(file, text, context, contentFormats, (helmValues && helmValuesReader(file)) || envMapValues),
    ...(mayMatter ? { mayMatter } : {}),
  };
}

/**
 * The content readers, built once. Before decoding, a file's bytes must hold a word of a format read by
 * content; JSON is tested for the formats written in JSON (CloudFormation, Kubernetes) only, so the many
 * JSON files of a repository (logs full of key IDs among them) are rarely decoded. Helm values in a
 * manifest folder hold no such word and are always read.
 */
const yamlReader = contentReader(mayHoldOneOf(contentFormats), false);
const jsonReader = contentReader(
  mayHoldOneOf(contentFormats.filter((format) => format.id === 'cloudformation' || format.id === 'kubernetes')),
  false,
);
const helmFolderReader = contentReader(undefined, true);

/**
 * Every file the walk sees is routed here (20 000 on the bench corpus, most of them before V8 has
 * optimised the routing), so it runs indexed loops over plain tests read once: each path format beside
 * its test, and the content formats' tests, each once (all four take YAML and JSON paths alike). `find`
 * and `some`, with a callback reading `matches` off adapters of seven shapes, cost a cold walk ≈ 7 ms more.
 */
const pathClaims = pathFormats.map((format) => ({ matches: format.matches, format }));
const contentTests = [...new Set(contentFormats.map((format) => format.matches))];

/** The adapter that reads a path: the one that owns it by path, else the reader of formats found by content. */
export function adapterFor(path: string): FormatAdapter | undefined {
  for (let i = 0; i < pathClaims.length; i++) {
    const claim = pathClaims[i];
    if (claim?.matches(path)) return claim.format;
  }
  if (!anyPasses(contentTests, path)) return undefined;
  if (helmValuesReader(path)) return helmFolderReader;
  return /\.json$/i.test(path) ? jsonReader : yamlReader;
}

/** Whether one of `tests` passes `path`, in an indexed loop (see `pathClaims`). */
function anyPasses(tests: ReadonlyArray<(path: string) => boolean>, path: string): boolean {
  for (let i = 0; i < tests.length; i++) if (tests[i]?.(path) === true) return true;
  return false;
}
