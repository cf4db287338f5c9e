import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder for V8's compile cache: the OS temp folder's, never the scanned checkout's, one per user so
 * no other account's files are ever loaded as compiled code. Undefined when it is not a real folder of
 * this user's (another account made it first, or it is a link), and the cache is then not used.
 */
export function compileCacheFolder(temp: string = tmpdir()): string | undefined {
  const uid = process.getuid?.();
  const folder = join(temp, `ses-credential-hygiene-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stats = lstatSync(folder);
    const mine = uid === undefined || stats.uid === uid;
    return stats.isDirectory() && mine && (stats.mode & 0o022) === 0 ? folder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Caches the bundle's compiled code between runs on Node ≥ 22.1 (`module.enableCompileCache`), so a
 * second scan on the same machine compiles little of it. Node 20 has no such cache: nothing happens.
 * Returns the folder used, or undefined.
 */
export function enableCompileCache(temp?: string): string | undefined {
  // Typed as always there (@types/node 24), absent on Node 20 and 22.0.
  const enable = module.enableCompileCache as typeof module.enableCompileCache | undefined;
  if (typeof enable !== 'function' || process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const folder = compileCacheFolder(temp);
  if (!folder) return undefined;
  try {
    const { status } = enable(folder);
    const { ENABLED = 1, ALREADY_ENABLED = 2 } = module.constants?.compileCacheStatus ?? {};
    return status === ENABLED || status === ALREADY_ENABLED ? folder : undefined;
  } catch {
    return undefined;
  }
}
