// Whole files read into memory that V8 maps itself, not malloc's, and unmapped as soon as they are
// used. glibc's malloc serves a block of 128 KiB or more with a mapping of its own, and when such a
// block is freed it raises its threshold for that to the block's size and the size of free memory
// each arena keeps before giving pages back to twice that. Node's loader reading the goroutine
// command's 420 KB chunk and the chunk's 560 KB code cache freed two such blocks before the scan:
// every compile thread's arena could then keep 1.1 MB free rather than 0.25 MB (docs/benchmarks.md:
// peak RSS of the 8.3 MB bench dump's run 1.2 MB lower without them). A resizable ArrayBuffer's
// memory is reserved and committed by V8's page allocator, and shrinking it to 0 gives its pages
// back at once.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

interface ResizableArrayBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
}

type ResizableArrayBufferConstructor = new (byteLength: number, options: { maxByteLength: number }) => ResizableArrayBuffer;

/** A file's bytes until `release`, after which they read as empty. */
export interface FileBytes {
  readonly bytes: Uint8Array;
  release(): void;
}

/** The file's bytes (as many as its size when opened); throws what opening or reading throws. */
export function readFileBytes(path: string): FileBytes {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const memory = new (ArrayBuffer as unknown as ResizableArrayBufferConstructor)(size, { maxByteLength: size });
    // A Node without resizable buffers (before 20) makes a plain one, given back when no longer referenced.
    const release = typeof memory.resize === 'function' ? () => memory.resize(0) : () => undefined;
    const bytes = new Uint8Array(memory, 0, size);
    let filled = 0;
    try {
      while (filled < size) {
        const n = readSync(fd, bytes, filled, size - filled, null);
        if (n === 0) break;
        filled += n;
      }
    } catch (e) {
      release();
      throw e;
    }
    return { bytes: filled === size ? bytes : bytes.subarray(0, filled), release };
  } finally {
    closeSync(fd);
  }
}

/** The file as UTF-8 text, as `readFileSync(path, 'utf8')` reads it. */
export function readFileText(path: string): string {
  const file = readFileBytes(path);
  try {
    return Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.length).toString('utf8');
  } finally {
    file.release();
  }
}
