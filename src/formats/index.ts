import { cloudFormationAdapter } from './cloudformation.js';
import { dockerComposeAdapter } from './docker-compose.js';
import { dotenvAdapter } from './dotenv.js';
import { githubWorkflowAdapter } from './github-workflow.js';
import { kubernetesAdapter } from './kubernetes.js';
import { serverlessAdapter } from './serverless.js';
import type { FormatAdapter } from './types.js';

/** One line per format. The first adapter that matches a path reads the file, so the narrow ones come first. */
export const adapters: readonly FormatAdapter[] = [
  githubWorkflowAdapter,
  dotenvAdapter,
  dockerComposeAdapter,
  serverlessAdapter,
  cloudFormationAdapter,
  kubernetesAdapter,
];

export function adapterFor(path: string): FormatAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(path));
}
