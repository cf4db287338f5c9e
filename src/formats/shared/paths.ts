/**
 * File names that say the format whatever the folder. Adapters that claim files by folder leave these
 * to their owners, so that no path is claimed by two adapters (`__tests__/formats/meta.test.ts`).
 */
export const workflowPath = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
export const compositeActionName = /(?:^|\/)action\.ya?ml$/i;

/**
 * The last character of a path, lower-cased for ASCII letters. Every file of a checkout is routed by these
 * tests (most are source code, images, docs), so each first looks at the one character its names end in.
 */
function lastLetter(path: string): number {
  return path.charCodeAt(path.length - 1) | 0x20;
}

const l = 0x6c;
const n = 0x6e;
const e = 0x65;
const f = 0x66;
const s = 0x73;

/** A workflow or composite action: GitHub reads every YAML file in `.github/workflows/` as a workflow. */
export function isGitHubWorkflowPath(path: string): boolean {
  // Both names end in `.yml` or `.yaml`.
  if (lastLetter(path) !== l) return false;
  return workflowPath.test(path) || compositeActionName.test(path);
}

/** Lock files and tool configs are JSON or YAML but never a format read by content; they are not even read. */
const neverFormats =
  /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|composer\.(?:json|lock)|tsconfig[^/]*\.json|\.?eslintrc[^/]*|pnpm-lock\.yaml|yarn\.lock|renovate\.json|\.prettierrc[^/]*)$/i;

/** A YAML or JSON file that may hold a format recognised by content (CloudFormation, Kubernetes, Compose, Serverless). */
export function isStructuredDataPath(path: string): boolean {
  // `.yml`, `.yaml`, `.json` and `.template` end in `l`, `n` or `e`.
  const last = lastLetter(path);
  if (last !== l && last !== n && last !== e) return false;
  return /\.(?:ya?ml|json|template)$/i.test(path) && !neverFormats.test(path);
}

const terraformName = /\.(?:tf|tfvars|tf\.json|tfvars\.json)$/i;

/** Terraform configuration or variables, in HCL or in JSON. */
export function isTerraformPath(path: string): boolean {
  // `.tf`, `.tfvars` and their `.json` forms end in `f`, `s` or `n`.
  const last = lastLetter(path);
  if (last !== f && last !== s && last !== n) return false;
  return terraformName.test(path);
}
