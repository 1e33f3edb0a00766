// An input file named on the command line, read whole (profiles) or checked before it is streamed
// (dumps): a device never ends, and a pipe (a FIFO, /dev/stdin) ends only when its writer does.
import { closeSync, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import { sniffProfileKind } from '../core/pprof/sniff';
import { fileSystemPath } from './argumentBytes';

/** An input that is not read, and why (one line, without the path). */
export class InputFileError extends Error {}

/** Most of a pipe read whole: Node's largest buffer, and the gzip limit's own ceiling. */
const MAX_PIPE_BYTES = 2 * 1024 * 1024 * 1024 - 1;
/** What is read of a pipe before its bytes must look like a profile (the sniff's own window). */
const PIPE_SNIFF_BYTES = 64 * 1024;
const READ_CHUNK_BYTES = 1 << 18;

/**
 * Node's `tty` is loaded only for a character device: loading it loads `net` and its streams
 * (~1 ms of every CLI start, docs/benchmarks.md), and input is nearly always a file or a pipe.
 */
function isTerminal(fd: number): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/**
 * Why the open file is no input to read to its end, or null: a character device other than a
 * terminal (/dev/zero, /dev/random) never ends; a terminal is read (a paste ended by Ctrl-D).
 */
export function endlessDevice(stat: Stats, fd: number): string | null {
  if (stat.isCharacterDevice() && !isTerminal(fd)) return 'is a character device (such as /dev/zero or /dev/random, which never end), not a file';
  if (stat.isBlockDevice()) return 'is a block device, not a file';
  return null;
}

/** Why a file that must be a regular file is not one (one line, without the path), or null when it is. */
export function notRegularFile(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a directory';
  const kind = stat.isFIFO() ? 'a FIFO' : stat.isCharacterDevice() ? 'a character device' : stat.isBlockDevice() ? 'a block device' : stat.isSocket() ? 'a socket' : 'not a file';
  return `is not a regular file (${kind})`;
}

/**
 * A profile's bytes. A regular file is read whole; a pipe is read until its end, but only while
 * its first 64 KiB read as a profile would (an endless `yes` or log stream stops there, and that
 * head gets the parser's error), and to 2 GiB at most.
 */
export function readProfileInput(fd: number): Uint8Array {
  const stat = fstatSync(fd);
  const refused = endlessDevice(stat, fd);
  if (refused) throw new InputFileError(refused);
  if (stat.isFile()) return readFileSync(fd);
  const chunks: Buffer[] = [];
  let size = 0;
  let sniffed = false;
  for (;;) {
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    size += n;
    if (size > MAX_PIPE_BYTES) throw new InputFileError(`more than ${MAX_PIPE_BYTES + 1} bytes from a pipe: save the profile to a file first`);
    if (!sniffed && size >= PIPE_SNIFF_BYTES) {
      sniffed = true;
      const head = Buffer.concat(chunks);
      const kind = sniffProfileKind(head).kind;
      if (kind !== 'pprof' && kind !== 'pprof-text' && kind !== 'pprof-legacy-cpu') return head;
    }
  }
  return Buffer.concat(chunks, size);
}

/** Opens `path` for reading, fails fast when it is a device that never ends. */
export function openInputFile(path: string): number {
  const fd = openSync(fileSystemPath(path), 'r');
  try {
    const refused = endlessDevice(fstatSync(fd), fd);
    if (refused) throw new InputFileError(refused);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fd;
}
