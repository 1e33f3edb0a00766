// A file name is bytes on Linux, which need not be UTF-8 (`dump\xe9.txt`, made on a Latin-1 system).
// Node decodes the command line as UTF-8 and turns such a byte into U+FFFD, so the name it hands on
// names no file. The arguments' own bytes are in /proc/self/cmdline: an argument that lost a byte
// is taken from there with the byte kept as U+DCxx (core/byteEscapes.ts, as a dump's bytes are
// kept), written back as its byte where the file is opened and where the name is printed.
import { readFileSync } from 'node:fs';
import { decodeEscapingBytes, encodeEscapedBytes, hasEscapedBytes } from '../core/byteEscapes';

const REPLACEMENT = '\ufffd';

/**
 * `args` (the command's arguments, the last of the process's), each that decoded a byte that was
 * not UTF-8 as U+FFFD read again from the process's command line with that byte kept; `args`
 * when none did, or where the command line cannot be read (not Linux) or does not end in them.
 */
export function argumentsKeepingBytes(args: readonly string[], commandLine: () => Uint8Array = ownCommandLine): string[] {
  if (!args.some(a => a.includes(REPLACEMENT))) return [...args];
  let raw: Uint8Array;
  try { raw = commandLine(); } catch { return [...args]; }
  const fields: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) if (raw[i] === 0) { fields.push(raw.subarray(start, i)); start = i + 1; }
  if (start < raw.length) fields.push(raw.subarray(start));
  if (fields.length < args.length) return [...args];
  const tail = fields.slice(fields.length - args.length);
  const lossy = new TextDecoder('utf-8');
  // Node's own decoding of each: the fields are the arguments, in their order, or nothing is taken from them.
  if (tail.some((field, i) => lossy.decode(field) !== args[i])) return [...args];
  return tail.map((field, i) => args[i].includes(REPLACEMENT) ? decodeEscapingBytes(field) : args[i]);
}

function ownCommandLine(): Uint8Array {
  return readFileSync('/proc/self/cmdline');
}

/** A path as the file system takes it: its bytes where it keeps one that was not UTF-8. */
export function fileSystemPath(path: string): string | Buffer {
  return hasEscapedBytes(path) ? Buffer.from(encodeEscapedBytes(path)) : path;
}
