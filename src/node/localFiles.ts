// Local files read by the analysis worker thread itself (the host sends their paths): whole, or
// in 256 KB chunks so an 82 MB dump costs a 256 KB buffer, not a copy of itself. Only regular
// files: the path may be a workspace's symlink to /dev/urandom, which never ends, or a FIFO,
// whose open waits for a writer and would hold the thread where no time limit can stop it.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { InputFileError, notRegularFile } from './inputFile';

const READ_CHUNK_BYTES = 1 << 18;

/** Opens a regular file; opened without waiting (a FIFO's open does not block then), refused by what it is. */
function openRegularFile(path: string): number {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const refused = notRegularFile(fstatSync(fd));
    if (refused) throw new InputFileError(`${path} ${refused}: the editor reads files only`);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fd;
}

export const nodeLocalFiles = {
  readFile(path: string): Uint8Array {
    const fd = openRegularFile(path);
    try {
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  readChunks(path: string, each: (chunk: Uint8Array) => void): void {
    const fd = openRegularFile(path);
    try {
      const buffer = new Uint8Array(READ_CHUNK_BYTES);
      for (let length = readSync(fd, buffer, 0, buffer.length, null); length > 0; length = readSync(fd, buffer, 0, buffer.length, null)) {
        each(buffer.subarray(0, length));
      }
    } finally {
      closeSync(fd);
    }
  },
};
