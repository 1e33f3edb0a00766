// Source files named by a profile or dump, and the small files a flag names (a token, a
// certificate), read whole but within bounds: the name comes from the input, so it may be a device
// that never ends (/dev/zero), a FIFO that blocks on open until a writer comes, a directory, a
// symlink loop or a file of gigabytes.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_SOURCE_FILE_BYTES, sourceTooLarge } from '../core/sources';
import { notRegularFile } from './inputFile';

/** A source file that is not read, and why (one line, without the path). */
export class SourceFileError extends Error {}

/**
 * The UTF-8 text of a regular file of at most MAX_SOURCE_FILE_BYTES. Checked before opening (a
 * FIFO's open waits for a writer) and again on the open file, whose reads stop past the bound
 * (a file growing meanwhile, or one of /proc that says its size is 0).
 */
export function readSourceFileSync(path: string): string {
  return readRegularTextFileSync(path, MAX_SOURCE_FILE_BYTES, sourceTooLarge);
}

/** The UTF-8 text of a regular file of at most `maxBytes`; `tooLarge` says why a larger one is not read. */
export function readRegularTextFileSync(path: string, maxBytes: number, tooLarge: (bytes: number) => string): string {
  const before = regularFileSize(() => statSync(path));
  if (before > maxBytes) throw new SourceFileError(tooLarge(before));
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new SourceFileError(`cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    regularFileSize(() => fstatSync(fd));
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(before, 64 * 1024) + 1));
    let length = 0;
    let target = buffer;
    for (;;) {
      if (length === target.length) {
        if (target.length > maxBytes) throw new SourceFileError(tooLarge(length));
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, target.length * 2));
        target.copy(grown, 0, 0, length);
        target = grown;
      }
      const n = readSync(fd, target, length, target.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return target.toString('utf8', 0, length);
  } catch (e) {
    if (e instanceof SourceFileError) throw e;
    throw new SourceFileError(`cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    closeSync(fd);
  }
}

/** The async form, for the resolver's file system (the read itself is one bounded synchronous read). */
export function readSourceFile(path: string): Promise<string> {
  try {
    return Promise.resolve(readSourceFileSync(path));
  } catch (e) {
    return Promise.reject(e);
  }
}

function regularFileSize(stat: () => import('node:fs').Stats): number {
  let s;
  try {
    s = stat();
  } catch (e) {
    throw new SourceFileError(`cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const refused = notRegularFile(s);
  if (refused) throw new SourceFileError(refused);
  return s.size;
}
