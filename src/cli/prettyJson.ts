// `JSON.stringify(value, null, 2)` written a piece at a time: the whole text of a large result (a
// goroutine 10^6 frames deep is ~100 MB of JSON) never has to be one string, nor V8's builder of it.
// Pieces of 64 Ki characters: the small strings joined into one die young (pieces of 1 Mi
// characters outlived the young generation, and the old one grew by the whole text).
// Only what the CLI's JSON results hold: plain objects, arrays, strings, numbers, booleans, null,
// and bigints, written as the number token of their digits (goroutine ids past 2^53, which a
// double would round; JSON.stringify refuses them).

const WRITE_PIECE_CHARS = 1 << 16;

export function writePrettyJson(value: unknown, write: (text: string) => void): void {
  let pending = '';
  const emit = (text: string): void => {
    pending += text;
    if (pending.length >= WRITE_PIECE_CHARS) { write(pending); pending = ''; }
  };
  writeValue(value, 0, emit);
  if (pending !== '') write(pending);
}

// Indents by depth, each made once (not a string per object written).
const indents = [''];

function indentAt(depth: number): string {
  while (indents.length <= depth) indents.push(indents[indents.length - 1] + '  ');
  return indents[depth];
}

// Keys as JSON writes them: the result's own few names quoted once, not once per object (a
// frame's three per frame). Label keys come from the file: the table stops growing at its cap.
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 256;

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, quoted);
  }
  return quoted;
}

// Recursion follows the result's shape (a few levels), never the input's length.
function writeValue(value: unknown, depth: number, emit: (text: string) => void): void {
  if (typeof value === 'bigint') { emit(value.toString()); return; }
  if (value === null || typeof value !== 'object') { emit(JSON.stringify(value) ?? 'null'); return; }
  const indent = indentAt(depth);
  const inner = indentAt(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) { emit('[]'); return; }
    emit('[');
    for (let i = 0; i < value.length; i++) {
      emit(i === 0 ? '\n' : ',\n');
      emit(inner);
      const item: unknown = value[i];
      // As JSON.stringify writes them in an array: what has no JSON form is null.
      writeValue(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, depth + 1, emit);
    }
    emit('\n');
    emit(indent);
    emit(']');
    return;
  }
  let first = true;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    // As JSON.stringify leaves them out of an object.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    emit(first ? '{\n' : ',\n');
    emit(inner);
    emit(quotedKey(key));
    emit(': ');
    first = false;
    writeValue(item, depth + 1, emit);
  }
  if (first) { emit('{}'); return; }
  emit('\n');
  emit(indent);
  emit('}');
}
