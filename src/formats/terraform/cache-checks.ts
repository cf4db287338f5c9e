import { isMap, isRecord, isSet, tagOf } from '../../common/plain-data.js';
import { isReadConfiguration } from './facts.js';
import { folderOf } from './source.js';

// Checks of what the parse cache keeps of Terraform, beyond its shape: an entry may say only what its own
// files could say. The cache file is input (its format is public), so an entry that names another file or
// folder would hide or add findings there. Each value checked here has passed the cache's plain-data
// check, so a walk over it is bounded by that check's node budget.

/**
 * Whether a remembered join (`ReadConfiguration`) was read from these files only: every item of its
 * `files`, every `file` value at any depth of it, and every folder its non-credential variables name,
 * is one of the group's paths (their folders).
 */
export function joinFitsFiles(value: unknown, paths: readonly string[]): boolean {
  if (!isReadConfiguration(value)) return false;
  if (value === null) return true;
  const known = new Set(paths);
  if (!value.files.every((file) => known.has(file))) return false;
  const folders = new Set(paths.map(folderOf));
  for (const key of value.facts.nonCredentialVariables) if (!folders.has(folderOfVariableKey(key))) return false;
  return fileValuesIn(value.facts, known);
}

/** The folder of a `variableKey` (JSON of `[folder, name]`); `''` when it is not one. */
function folderOfVariableKey(key: unknown): string {
  if (typeof key !== 'string') return '';
  try {
    const parsed: unknown = JSON.parse(key);
    return Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' ? parsed[0] : '';
  } catch {
    return '';
  }
}

/** Every `file` value of the plain data, at any depth (objects, arrays, Maps, Sets), is a string in `known`. */
function fileValuesIn(value: unknown, known: ReadonlySet<string>): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (!isRecord(next)) continue;
    const items: Iterable<unknown> = Array.isArray(next)
      ? next
      : isMap(next)
        ? next.entries()
        : isSet(next)
          ? next
          : Object.values(next);
    const plainObject = !Array.isArray(next) && tagOf(next) === '[object Object]';
    if (plainObject && 'file' in next && (typeof next.file !== 'string' || !known.has(next.file))) return false;
    // Item by item, not spread: a list may be longer than a call takes arguments (a Map's entries are pairs).
    for (const item of items) pending.push(item);
  }
  return true;
}

/** The region facts' lists, each with the field that names the folder a fact is of. */
const scopedLists = [
  ['providerRegions', 'scope'],
  ['variableRegions', 'scope'],
  ['providerRegionVariables', 'scope'],
  ['moduleCalls', 'caller'],
] as const;

/**
 * Whether a cached file entry's format facts say only what the file could say of regions: every list of
 * `terraform` (`RegionFacts`) there, and each of its facts of the file's own folder (the provider region
 * of another folder would hide a region mismatch there). Facts without `terraform` are no concern here.
 */
export function regionFactsFitFile(formatFacts: unknown, path: string): boolean {
  if (!isRecord(formatFacts) || formatFacts.terraform === undefined) return true;
  const facts = formatFacts.terraform;
  if (!isRecord(facts)) return false;
  const folder = folderOf(path);
  return scopedLists.every(([list, field]) => {
    const items = facts[list];
    return (
      Array.isArray(items) &&
      items.every(
        (item) =>
          isRecord(item) && item[field] === folder && Object.values(item).every((one) => typeof one === 'string'),
      )
    );
  });
}
