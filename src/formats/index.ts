import { cloudFormationAdapter } from './cloudformation.js';
import { dockerComposeAdapter } from './docker-compose.js';
import { dotenvAdapter } from './dotenv.js';
import { githubWorkflowAdapter } from './github-workflow.js';
import { kubernetesAdapter } from './kubernetes.js';
import { serverlessAdapter } from './serverless.js';
import { terraformAdapter } from './terraform.js';
import type { ModelJoin } from '../model/scan-model.js';
import type { FormatAdapter } from './types.js';

/** One line per format. The first adapter that matches a path reads the file, so the narrow ones come first. */
export const adapters: readonly FormatAdapter[] = [
  githubWorkflowAdapter,
  terraformAdapter,
  dotenvAdapter,
  dockerComposeAdapter,
  serverlessAdapter,
  kubernetesAdapter,
  // Last: it takes any YAML or JSON file and keeps only those whose content is a template.
  cloudFormationAdapter,
];

/** Each format's cross-file step, in registry order. */
export const adapterJoins: readonly ModelJoin[] = adapters.flatMap((adapter) => (adapter.join ? [adapter.join] : []));

export function adapterFor(path: string): FormatAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(path));
}

/** Loads, once, what the adapters of these paths need before they can parse (only those adapters). */
export async function prepareAdapters(paths: readonly string[]): Promise<void> {
  const needed = new Set(
    paths.map(adapterFor).filter((adapter): adapter is FormatAdapter => adapter?.prepare !== undefined),
  );
  await Promise.all([...needed].map((adapter) => adapter.prepare?.()));
}
