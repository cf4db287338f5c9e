import { githubWorkflowAdapter } from './github-workflow.js';
import type { FormatAdapter } from './types.js';

/** One line per format. The first adapter that matches a path reads the file. */
export const adapters: readonly FormatAdapter[] = [githubWorkflowAdapter];

export function adapterFor(path: string): FormatAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(path));
}
