// Node's searches over bytes for the goroutine scanner (core/goroutines/byteSearch.ts): Buffer's
// indexOf is memchr (11–37 GB/s on this machine where V8's Uint8Array search runs at ~3 GB/s),
// read through a Buffer view of the same memory, never a copy.
import { equalSpansByBytes, type ByteSearch } from '../core/goroutines/byteSearch';

// The scanner searches one chunk many times: its view is made once (and dropped with the chunk).
const views = new WeakMap<Uint8Array, Buffer>();

/** A Buffer over all of `bytes` (the same memory), made once per array. */
function wholeView(bytes: Uint8Array): Buffer {
  let view = views.get(bytes);
  if (view === undefined) {
    view = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    views.set(bytes, view);
  }
  return view;
}

/**
 * Spans from this length on are compared by Buffer's compare (memcmp, one call into C++ of a few
 * hundred instructions); shorter ones byte by byte, at ~10 instructions a byte in optimised code.
 */
const NATIVE_COMPARE_BYTES = 64;

/** A Buffer over bytes[from, to) (the same memory): Buffer's searches run to the view's end, not the span's. */
function viewOf(bytes: Uint8Array, from: number, to: number): { view: Buffer; base: number } {
  const view = wholeView(bytes);
  // A span well inside the bytes is searched in a view of its own.
  return from > 4096 || to < bytes.length - 4096 ? { view: view.subarray(from, to), base: from } : { view, base: 0 };
}

export const nodeByteSearch: ByteSearch = {
  indexOf(bytes, byte, from, to) {
    if (from >= to) return -1;
    const { view, base } = viewOf(bytes, from, to);
    const found = view.indexOf(byte, from - base) + base;
    return found >= from && found < to ? found : -1;
  },
  lastIndexOf(bytes, byte, from, to) {
    // A negative offset would count from the end.
    if (from >= to) return -1;
    const { view, base } = viewOf(bytes, from, to);
    const found = view.lastIndexOf(byte, to - 1 - base) + base;
    return found >= from && found < to ? found : -1;
  },
  lineBreaks(bytes) {
    // One view per chunk; Buffer's search of a number is memchr, with no call into V8's C++ per line.
    const view = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    return from => view.indexOf(0x0a, from);
  },
  equalSpans(a, aFrom, b, bFrom, length) {
    if (length < NATIVE_COMPARE_BYTES) return equalSpansByBytes(a, aFrom, b, bFrom, length);
    return wholeView(a).compare(b, bFrom, bFrom + length, aFrom, aFrom + length) === 0;
  },
};
