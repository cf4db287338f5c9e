import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files below a folder (not in node_modules) whose names match, sorted: the real files a differential test reads. */
export function filesUnder(folder: string, name: RegExp): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const entry of readdirSync(current)) {
      const path = join(current, entry);
      if (entry === 'node_modules') continue;
      if (statSync(path).isDirectory()) pending.push(path);
      else if (name.test(entry)) found.push(path);
    }
  }
  return found.sort();
}
