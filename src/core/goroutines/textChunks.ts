// Turns the input into string chunks that always end at a line break, so an 82 MB dump is never
// held as one string next to its bytes (peak memory stays near the input size).

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

/** Calls `onChunk` with consecutive pieces of the text; every piece but the last ends with '\n'. */
export function forEachTextChunk(input: string | Uint8Array, onChunk: (chunk: string) => void): void {
  if (typeof input === 'string') {
    onChunk(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    return;
  }
  if (input.length >= 2 && ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff))) {
    // PowerShell `>` writes UTF-16: rare and small enough to decode at once.
    onChunk(new TextDecoder(input[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(input).replace(/^\ufeff/, ''));
    return;
  }
  const decoder = new TextDecoder('utf-8');
  let start = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  while (start < input.length) {
    let end = Math.min(start + CHUNK_BYTES, input.length);
    if (end < input.length) {
      // Cutting after '\n' never splits a UTF-8 sequence or a line.
      const lastBreak = input.subarray(start, end).lastIndexOf(NEWLINE);
      if (lastBreak >= 0) end = start + lastBreak + 1;
      else {
        const nextBreak = input.indexOf(NEWLINE, end);
        end = nextBreak < 0 ? input.length : nextBreak + 1;
      }
    }
    onChunk(decoder.decode(input.subarray(start, end)));
    start = end;
  }
}

/**
 * A flat copy of a substring. V8 keeps a sliced substring's parent alive; interned names must not
 * pin a whole 1 MB chunk of the dump in memory.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
