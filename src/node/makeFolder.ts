// Makes a folder and the folders above it that are missing. Node's own `mkdir(…, { recursive: true })`
// never returns where a parent is there but refuses a child with ENOENT (under /proc, /sys: a capture
// folder or a cache folder set to `/proc/x` spun a thread at the CPU for good), so each folder is made
// here once, from the first one that is there down, and the first refusal is the error.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileSystemPath } from './argumentBytes';

/** Makes `folder` and its missing parents; throws the first refusal (EEXIST when a file is in the way). */
export function makeFolderSync(folder: string, mode?: number): void {
  const missing: string[] = [];
  for (let at = resolve(folder); !madeOrThere(at, mode, dirname(at) === at); at = dirname(at)) missing.push(at);
  // Parents first, each once: a refusal now (ENOENT under /proc) is the answer, not a reason to retry.
  for (let i = missing.length - 1; i >= 0; i--) madeOrThere(missing[i], mode, true);
}

/** True once `at` is a folder; false when its parent is missing (and `last` is false); throws otherwise. */
function madeOrThere(at: string, mode: number | undefined, last: boolean): boolean {
  try {
    mkdirSync(fileSystemPath(at), { mode });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(fileSystemPath(at)).isDirectory()) return true;
    if (code === 'ENOENT' && !last) return false;
    throw e;
  }
}
