import { cloudFormationAdapter } from './cloudformation.js';
import { dockerComposeAdapter } from './docker-compose.js';
import { dotenvAdapter } from './dotenv.js';
import { githubWorkflowAdapter } from './github-workflow.js';
import { kubernetesAdapter } from './kubernetes.js';
import { serverlessAdapter } from './serverless.js';
import { terraformAdapter } from './terraform.js';
import type { ModelJoin } from '../model/scan-model.js';
import type { FormatAdapter } from './types.js';

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

/** The adapter that reads a path: the one that owns it by path, else the one that may find its format inside. */
export function adapterFor(path: string): FormatAdapter | undefined {
  return (
    adapters.find((adapter) => adapter.claim === 'path' && adapter.matches(path)) ??
    adapters.find((adapter) => adapter.claim === 'content' && adapter.matches(path))
  );
}

/** Loads, once, what the adapters of these paths need before they can parse (only those adapters). */
export async function prepareAdapters(paths: readonly string[]): Promise<void> {
  const needed = new Set(
    paths.map(adapterFor).filter((adapter): adapter is FormatAdapter => adapter?.prepare !== undefined),
  );
  await Promise.all([...needed].map((adapter) => adapter.prepare?.()));
}
