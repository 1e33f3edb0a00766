// Which source files a profile or dump mentions, for `resolve`.
// INTERIM: reads goroutine text dumps only, by matching frame lines. When the pprof decoder
// (src/core/pprof) and the goroutine parser (src/core/goroutines) land, this should return the
// distinct Function.filename values of a proto and the frame files of the parsed dump instead.
import { InputError } from './args';

// A frame's file line: tab- or space-indented (crash dumps indent by 8 spaces), or the last
// tab-separated column of a debug=1 `#\t0x…\tfunc+0x…\t<file>:<line>` line. Drive letters
// (`C:/Program Files/Go/src/…`) and spaces are allowed in the path; tabs are not.
const frameFileLine = /(?:^ {2,}|\t) *([^\t]*?[^\t\s]):(\d+)(?: \+0x[0-9a-fA-F]+)?(?: fp=\S+ sp=\S+ pc=\S+)?\s*$/;

export function collectSourceFiles(bytes: Uint8Array): string[] {
  if (looksBinary(bytes)) {
    throw new InputError('only goroutine text dumps are supported for now; pprof protos need the profile decoder');
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const files = new Set<string>();
  for (const line of text.split('\n')) {
    const m = frameFileLine.exec(line.replace(/\r$/, ''));
    if (m && /[/.<]/.test(m[1])) files.add(m[1].trim());
  }
  return [...files];
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return true;
  return bytes.subarray(0, 4096).includes(0);
}
