/**
 * Writes a fix plan into the checkout: only files below the scan root, never through a link, and only
 * a file whose bytes are still the text the scan read (anything else is refused and left alone).
 */
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorText } from '../credentials/error-text.js';
import { decode, readAll, readRegularFile } from '../discovery/read.js';
import { foldersBetween, relativeBelow } from '../discovery/paths.js';
import { safeWriteFile } from '../discovery/safe-write.js';
import type { FileFix, FixPlan } from './fix-plan.js';

export interface FixOutcome {
  written: FileFix[];
  refused: Array<{ file: string; reason: string }>;
}

/** Applies each file's fixes in place; a file that cannot be written safely is refused with the reason. */
export function applyFixPlan(root: string, plan: FixPlan): FixOutcome {
  const outcome: FixOutcome = { written: [], refused: [...plan.refused] };
  for (const fix of plan.files) {
    const reason = writeFix(resolve(root), fix);
    if (reason) outcome.refused.push({ file: fix.file, reason });
    else outcome.written.push(fix);
  }
  return outcome;
}

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** Writes one file, or says why not. */
function writeFix(root: string, fix: FileFix): string | undefined {
  const absolute = resolve(root, fix.file);
  if (relativeBelow(root, absolute) === undefined || absolute === root) return 'it is outside the scanned folder';
  const linked = linkOnTheWay(root, absolute);
  if (linked) return linked;
  const read = readRegularFile(absolute, (fd, size) => ({ ok: true as const, bytes: readAll(fd, size) }));
  if (!read.ok) return `it cannot be read again (${read.reason})`;
  const decoded = decode(read.bytes);
  // UTF-16 or invalid UTF-8 would not survive a write as UTF-8 unchanged around the fix.
  if (!decoded.ok || decoded.warning) return 'it is not plain UTF-8 text';
  if (decoded.text !== fix.before) return 'it changed since it was scanned';
  const bom = read.bytes.subarray(0, 3).equals(utf8Bom) ? utf8Bom : Buffer.alloc(0);
  try {
    safeWriteFile(absolute, Buffer.concat([bom, Buffer.from(fix.after, 'utf8')]), { untrustedRoot: root });
  } catch (error) {
    return errorText(error);
  }
  return undefined;
}

/** The file itself or a folder between the root and it that is a symbolic link: never written through. */
function linkOnTheWay(root: string, absolute: string): string | undefined {
  for (const path of [...(foldersBetween(root, absolute) ?? []), absolute]) {
    try {
      if (lstatSync(path).isSymbolicLink()) return `${path === absolute ? 'it' : path} is a symbolic link`;
    } catch (error) {
      return `it cannot be checked (${errorText(error)})`;
    }
  }
  return undefined;
}
