// A fixed digest of a string's UTF-16 units: a cut name or key carries it so that distinct
// texts with one start stay apart. Fixed (not a process's hash seed): the text it makes is output
// and crosses between processes (the worker, the host, a webview).

/** Two FNV-1a hashes of the UTF-16 units with different offsets, as 16 hex digits. */
export function digestHex(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
