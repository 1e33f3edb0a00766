// A fixed digest of a string's UTF-16 units: a cut name or key carries it so that distinct
// texts with one start stay apart. Fixed (not a process's hash seed): the text it makes is output
// and crosses between processes (the worker, the host, a webview).

import { rememberingLast } from './lastResults';

/** Texts at least this long have their digest kept (the last two: a profile's and its base's). */
const KEPT_FROM_LENGTH = 1 << 16;

/** Two FNV-1a hashes of the UTF-16 units with different offsets, as 16 hex digits. */
export function digestHex(text: string): string {
  return text.length < KEPT_FROM_LENGTH ? digestOf(text) : longDigest(text);
}

// The 96 MB name of a profile, cut for every answer of an open, was digested ~10 times (0.3–0.6 s each).
const longDigest = rememberingLast(2, digestOf);

function digestOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
