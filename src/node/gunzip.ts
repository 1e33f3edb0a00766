// Node's zlib for the core's gunzip hook: faster than the core's pure-JS fallback, and given the
// size the gzip trailer declares as chunk size, it allocates the output about once. zlib stops
// inflating once the output would pass maxBytes (RangeError ERR_BUFFER_TOO_LARGE): a gzip bomb
// never gets further than its limit.
// zlib is loaded on the first gzip input only: loading it (and the stream modules it pulls in)
// cost every `goprof` run ~8 ms of start-up, and most inputs are not compressed.
import type * as zlib from 'node:zlib';

/** zlib rejects chunks under 64 bytes; the hint comes from the (untrusted) gzip trailer. */
const minChunk = 64;
const maxChunk = 1 << 30;

export function nodeGunzip(bytes: Uint8Array, sizeHint = 0, maxBytes?: number): Uint8Array {
  const chunkSize = Math.min(maxChunk, Math.max(minChunk, sizeHint || 64 * 1024));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { gunzipSync } = require('node:zlib') as typeof zlib;
  return gunzipSync(bytes, maxBytes !== undefined ? { chunkSize, maxOutputLength: Math.max(1, maxBytes) } : { chunkSize });
}
