// Local files read by the analysis worker thread itself (the host sends their paths): whole, or
// in 256 KB chunks so an 82 MB dump costs a 256 KB buffer, not a copy of itself.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

const READ_CHUNK_BYTES = 1 << 18;

export const nodeLocalFiles = {
  readFile(path: string): Uint8Array {
    return readFileSync(path);
  },
  readChunks(path: string, each: (chunk: Uint8Array) => void): void {
    const fd = openSync(path, 'r');
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
