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
import { helmValuesReader, kubernetesAdapter } from './kubernetes.js';

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

/**
 * What a file's bytes must hold to be worth decoding when no adapter owns its path: a word of a format
 * read by content. JSON is tested for the formats written in JSON (CloudFormation, Kubernetes) only, so
 * the many JSON files of a repository (logs full of key IDs among them) are rarely decoded.
 */
const contentAdapters = adapters.filter((adapter) => adapter.claim === 'content');
function mayMatterFor(path: string): ((bytes: Buffer) => boolean) | undefined {
  if (helmValuesReader(path)) return undefined;
  const json = /\.json$/i.test(path);
  const formats = contentAdapters.filter(
    (adapter) => !json || adapter.id === 'cloudformation' || adapter.id === 'kubernetes',
  );
  return (bytes) => formats.some((adapter) => adapter.mayMatter?.(bytes) ?? true);
}

/** Reads a YAML or JSON file no adapter owns by path: parsed once, each document by the format that recognises it. */
function contentReader(path: string): FormatAdapter {
  const mayMatter = mayMatterFor(path);
  return {
    id: 'yaml',
    title: 'YAML or JSON',
    claim: 'content',
    description: 'YAML or JSON',
    matches: isStructuredDataPath,
    parse: (file, text, context) => parseDocuments(file, text, context, contentFormats, helmValuesReader(file)),
    ...(mayMatter ? { mayMatter } : {}),
  };
}

/** The adapter that reads a path: the one that owns it by path, else the reader of formats found by content. */
export function adapterFor(path: string): FormatAdapter | undefined {
  const owner = pathOwners(path)[0];
  if (owner) return owner;
  return adapters.some((adapter) => adapter.claim === 'content' && adapter.matches(path))
    ? contentReader(path)
    : undefined;
}

/** Loads, once, what the adapters of these paths need before they can parse (only those adapters). */
export async function prepareAdapters(paths: readonly string[]): Promise<void> {
  const needed = new Set(
    paths.map(adapterFor).filter((adapter): adapter is FormatAdapter => adapter?.prepare !== undefined),
  );
  await Promise.all([...needed].map((adapter) => adapter.prepare?.()));
}
