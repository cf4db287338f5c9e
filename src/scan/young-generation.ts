import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/**
 * Where a scan stops V8's young generation growing: 8 MiB (`space_size` of the new space). Left alone, it grows
 * to two semi-spaces of 16 MiB (Node 20) or 32 MiB (Node 24), as the parsed files (above all the Terraform
 * trees, kept for the join) survive their first collections. A larger young generation is collected less
 * often but touches more fresh memory, and on the machines measured each first touch of a page (a page
 * fault, some microseconds in a virtual machine) cost more than the collections saved. Cold scan of the
 * scale-10 bench corpus, Node 24, interleaved runs on 2 cores: held at 32 MiB 1.06 s, 25 000 page faults,
 * 105 ms in collections, peak 132–149 MB; held at 8 MiB 1.00 s, 19 000–21 000 faults, 128 ms in
 * collections, peak 110–122 MB (at 4 MiB the same as 8, at 16 in between). Node 20: 1.35 s → 1.28 s, peak
 * 110 → 88 MB.
 */
export const youngGenerationCeiling = 8 * 1024 * 1024;

/**
 * The parse worker's young generation, in `resourceLimits.maxYoungGenerationSizeMb`: V8 makes one of N MiB
 * two semi-spaces and a large-object space of N / 3 each, so 48 is Node 20's ceiling (measured on Node 24:
 * a worker's new space then stops at 32 MiB, where without a limit it grew to 128). A worker's limits are
 * fixed when it starts; only the main thread needs the flag below.
 */
export const workerYoungGenerationMb = 48;

/** Which hold stopped the young generation's growth, if one has: the ceiling's, or a warm re-scan's (which may be lifted). */
let held: 'ceiling' | 'warm' | undefined;

/**
 * Stops the young generation's growth once it has reached the ceiling. Cheap enough to call every
 * few files (a few microseconds). The heap's size limits are fixed when the isolate starts, so after it
 * `--max-semi-space-size` (and `--scavenger-max-new-space-capacity-mb`) change nothing, and an action's
 * `runs.using` takes no Node flags; V8 reads its growth factor each time it grows the young generation,
 * and a factor of 1 is no more growth. Set from the start, that would hold the young generation at its
 * first 1 MiB and collect ten times as often; set at the ceiling, it changes nothing below it. The flag is
 * the process's: a parse worker's young generation, held by its own limit, stops growing then too. Returns
 * whether it has stopped.
 */
export function holdYoungGenerationAtCeiling(
  newSpaceSize: () => number = currentNewSpaceSize,
  setFlags: (flags: string) => void = setFlagsFromString,
  /** A parse worker leaves the process's flag alone: its ceiling is its `resourceLimits`. */
  onMainThread: boolean = isMainThread,
  ceiling: number = youngGenerationCeiling,
  hold: 'ceiling' | 'warm' = 'ceiling',
): boolean {
  if (held) return true;
  if (!onMainThread) return false;
  if (newSpaceSize() < ceiling) return false;
  held = hold;
  setFlags('--semi-space-growth-factor=1');
  return true;
}

/**
 * A warm re-scan's ceiling: 4 MiB. Such a scan parses a few files and decodes the rest from the cache, and what
 * it allocates either dies at once or lives to the end (the decoded entries); a young generation grown large
 * only touches more fresh memory, and each first touch of a page is a page fault. Held here, a warm re-scan of
 * the scale-10 bench corpus took about 4 000 fewer page faults (19 500 → 15 500) and less CPU on Node 24. One
 * that parses many files after all lifts the hold for them (`releaseWarmScanHold`): with one `.tf` file
 * changed (513 files parsed again) the held scan took less CPU but, on a busy machine, more time.
 */
export const warmScanYoungGenerationCeiling = 4 * 1024 * 1024;

/** Holds the young generation at `warmScanYoungGenerationCeiling` (the same flag, set once, as above). */
export function holdYoungGenerationForWarmScan(
  newSpaceSize: () => number = currentNewSpaceSize,
  setFlags: (flags: string) => void = setFlagsFromString,
  onMainThread: boolean = isMainThread,
): boolean {
  return holdYoungGenerationAtCeiling(newSpaceSize, setFlags, onMainThread, warmScanYoungGenerationCeiling, 'warm');
}

/**
 * Lifts a warm re-scan's hold (V8's own growth factor, 2, again; the ceiling's hold as before): for a scan that
 * has many files to parse after all, whose parse results survive their first collections as a cold scan's do.
 * A hold at the ceiling stays. Returns whether a hold was lifted.
 */
export function releaseWarmScanHold(setFlags: (flags: string) => void = setFlagsFromString): boolean {
  if (held !== 'warm') return false;
  held = undefined;
  setFlags('--semi-space-growth-factor=2');
  return true;
}

function currentNewSpaceSize(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}
