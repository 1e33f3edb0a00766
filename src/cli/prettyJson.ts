// `JSON.stringify(value, null, 2)` written a piece at a time: the whole text of a large result (a
// goroutine 10^6 frames deep is ~100 MB of JSON) never has to be one string, nor V8's builder of it.
// Pieces of 64 Ki characters: the small strings joined into one die young (pieces of 1 Mi
// characters outlived the young generation, and the old one grew by the whole text).
// Only what the CLI's JSON results hold: plain objects, arrays, strings, numbers, booleans, null.

const WRITE_PIECE_CHARS = 1 << 16;

export function writePrettyJson(value: unknown, write: (text: string) => void): void {
  let pending = '';
  const emit = (text: string): void => {
    pending += text;
    if (pending.length >= WRITE_PIECE_CHARS) { write(pending); pending = ''; }
  };
  writeValue(value, '', emit);
  if (pending !== '') write(pending);
}

// Recursion follows the result's shape (a few levels), never the input's length.
function writeValue(value: unknown, indent: string, emit: (text: string) => void): void {
  if (value === null || typeof value !== 'object') { emit(JSON.stringify(value) ?? 'null'); return; }
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) { emit('[]'); return; }
    emit('[');
    for (let i = 0; i < value.length; i++) {
      emit(i === 0 ? `\n${inner}` : `,\n${inner}`);
      const item: unknown = value[i];
      // As JSON.stringify writes them in an array: what has no JSON form is null.
      writeValue(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner, emit);
    }
    emit(`\n${indent}]`);
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // As JSON.stringify leaves them out of an object.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    writeValue(item, inner, emit);
  }
  emit(first ? '{}' : `\n${indent}}`);
}
