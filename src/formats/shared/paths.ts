/**
 * File names that say the format whatever the folder. Adapters that claim files by folder leave these
 * to their owners, so that no path is claimed by two adapters (`__tests__/formats/meta.test.ts`).
 */
export const workflowPath = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
export const compositeActionName = /(?:^|\/)action\.ya?ml$/i;
export const composeName = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i;
export const serverlessName = /(?:^|\/)serverless(?:\.[^/]+)?\.ya?ml$/i;

/** A workflow or composite action: GitHub reads every YAML file in `.github/workflows/` as a workflow. */
export function isGitHubWorkflowPath(path: string): boolean {
  return workflowPath.test(path) || compositeActionName.test(path);
}

/** A file its name gives to one YAML format (a workflow, a composite action, Compose, Serverless). */
export function isNamedYamlFormat(path: string): boolean {
  return isGitHubWorkflowPath(path) || composeName.test(path) || serverlessName.test(path);
}
