import { cloudFormationAdapter } from './cloudformation.js';
import { dockerComposeAdapter } from './docker-compose.js';
import { dotenvAdapter } from './dotenv.js';
import { githubWorkflowAdapter } from './github-workflow.js';
import { serverlessAdapter } from './serverless.js';
import { terraformAdapter } from './terraform.js';
import type { ModelJoin } from '../model/scan-model.js';
import type { FormatAdapter } from './types.js';
import { parseDocuments, type DocumentFormat } from './shared/documents.js';
import { isStructuredDataPath } from './shared/paths.js';
import { envMapValues, helmValuesReader, kubernetesAdapter } from './kubernetes.js';

/** One line per format; the order is not significant (`adapterFor` routes, `__tests__/formats/meta.test.ts` checks). */
export const adapters: readonly FormatAdapter[] = [
  githubWorkflowAdapter,
  terraformAdapter,
  dotenvAdapter,
  dockerComposeAdapter,
  serverlessAdapter,
  kubernetesAdapter,
  cloudFormationAdapter,
];

/** Each format's cross-file step, in registry order. */
export const adapterJoins: readonly ModelJoin[] = adapters.flatMap((adapter) => (adapter.join ? [adapter.join] : []));

/** The adapters that claim a path by the path alone; the meta-test keeps this at most one per path. */
export function pathOwners(path: string): FormatAdapter[] {
  return adapters.filter((adapter) => adapter.claim === 'path' && adapter.matches(path));
}

const contentFormats: readonly DocumentFormat[] = adapters.flatMap(({ id, claim, recognises, readDocument }) =>
  claim === 'content' && recognises && readDocument ? [{ id, recognises, readDocument }] : [],
);
const contentAdapters = adapters.filter((adapter) => adapter.claim === 'content');

/** A word of one of these formats is in the bytes (a format without such a word never rules a file out). */
function mayHoldOneOf(formats: readonly FormatAdapter[]): (bytes: Buffer) => boolean {
  return (bytes) => formats.some((adapter) => adapter.mayMatter?.(bytes) ?? true);
}

/** Reads a YAML or JSON file no adapter owns by path: parsed once, each document by the format that recognises it. */
function contentReader(mayMatter: ((bytes: Buffer) => boolean) | undefined, helmValues: boolean): FormatAdapter {
  return {
    id: 'yaml',
    title: 'YAML or JSON',
    claim: 'content',
    description: 'YAML or JSON',
    matches: isStructuredDataPath,
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
const yamlReader = contentReader(mayHoldOneOf(contentAdapters), false);
const jsonReader = contentReader(
  mayHoldOneOf(contentAdapters.filter((adapter) => adapter.id === 'cloudformation' || adapter.id === 'kubernetes')),
  false,
);
const helmFolderReader = contentReader(undefined, true);

/** The adapter that reads a path: the one that owns it by path, else the reader of formats found by content. */
export function adapterFor(path: string): FormatAdapter | undefined {
  const owner = adapters.find((adapter) => adapter.claim === 'path' && adapter.matches(path));
  if (owner) return owner;
  if (!contentAdapters.some((adapter) => adapter.matches(path))) return undefined;
  if (helmValuesReader(path)) return helmFolderReader;
  return /\.json$/i.test(path) ? jsonReader : yamlReader;
}

/** Loads, once, what the adapters of these paths need before they can parse (only those adapters). */
export async function prepareAdapters(paths: readonly string[]): Promise<void> {
  const needed = new Set(
    paths.map(adapterFor).filter((adapter): adapter is FormatAdapter => adapter?.prepare !== undefined),
  );
  await Promise.all([...needed].map((adapter) => adapter.prepare?.()));
}
