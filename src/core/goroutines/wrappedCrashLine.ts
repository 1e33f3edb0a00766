// A crash line that a paste wrapped at a fixed width (a terminal, a log viewer, a mail) goes on, on
// the next line, with the rest of its last word:
//   E1113 19:45:44.464932  1 runtime.go:69] Observed a panic: "…" (runtime error: invalid memory address or nil pointer derefe
//   rence)
// The crash line alone tells it was cut: a `(` it leaves open (HandleCrash's `Observed a panic: … (…)`
// always closes it), a quote it leaves open in HandleCrash's value, or a runtime error's words that
// stop inside the error. Told on the crash line alone, the stack two lines under it still counts as
// the crash's; a tail of letters that closes the line's `(` (`rence)`) is joined to the message, and
// so is the rest of a quoted value that HandleCrash's `(…)` then prints whole again:
//   E0913 13:54:17.645542     534 runtime.go:78] Observed a panic: "send on closed c
//   hannel" (send on closed channel)

const RUNTIME_ERROR = 'runtime error: ';

/** The runtime's panic texts after `runtime error: ` (runtime/error.go, panic.go), up to where a cut can be told. */
const RUNTIME_ERRORS = [
  'invalid memory address or nil pointer dereference', 'integer divide by zero', 'index out of range', 'slice bounds out of range',
  'hash of unhashable type', 'makeslice: len out of range', 'makeslice: cap out of range', 'makechan: size out of range',
  'negative shift amount', 'comparing uncomparable type',
];

/** Whether a crash line's message stops where a wrap at a fixed width would have cut it. */
export function crashLineLooksWrapped(message: string): boolean {
  let open = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message.charCodeAt(i);
    if (c === 0x28 /* ( */) open++;
    else if (c === 0x29 /* ) */ && open > 0) open--;
  }
  if (open > 0 || OPEN_OBSERVED_VALUE.test(message)) return true;
  const at = message.lastIndexOf(RUNTIME_ERROR);
  if (at < 0) return false;
  const rest = message.slice(at + RUNTIME_ERROR.length);
  return rest !== '' && RUNTIME_ERRORS.some(error => error.length > rest.length && error.startsWith(rest));
}

/** A runtime error's rest is short: a line longer than this is none. */
const MAX_ERROR_TAIL = 80;

/** The runtime errors' texts as bytes, for the junk gate's test. */
const RUNTIME_ERROR_BYTES = RUNTIME_ERRORS.map(error => Uint8Array.from(error, c => c.charCodeAt(0)));
/** The bytes the runtime errors end with: a line ending in none of them is told at once. */
const ERROR_LAST_BYTES = new Uint8Array(256);
for (const error of RUNTIME_ERROR_BYTES) ERROR_LAST_BYTES[error[error.length - 1]] = 1;

/**
 * The bytes of a line that may be the rest of a runtime error: the end of one of the runtime's
 * texts (`dereference`, `rence`), then only what the runtime prints after it (` [5] with length 3`).
 * Junk of plain words fails on its last letters, so the gate stays cheap.
 */
export function mayBeRuntimeErrorTail(bytes: Uint8Array, s: number, end: number): boolean {
  const last = bytes[end - 1];
  if (end - s > MAX_ERROR_TAIL || (ERROR_LAST_BYTES[last] === 0 && last !== 0x5d /* ] */ && (last < 0x30 || last > 0x39))) return false;
  let head = end;
  // The details after an index error's text (` [5] with length 3`): back to their `[`.
  if (last === 0x5d /* ] */ || (last >= 0x30 && last <= 0x39)) {
    while (head > s && bytes[head - 1] !== 0x5b /* [ */) head--;
    if (head === s) return false;
    head--;
    for (let i = head; i < end; i++) if (!isErrorTailByte(bytes[i])) return false;
    while (head > s && bytes[head - 1] === 0x20) head--;
  }
  if (head === s || ERROR_LAST_BYTES[bytes[head - 1]] === 0) return false;
  for (const error of RUNTIME_ERROR_BYTES) if (endsWithBytes(error, bytes, s, head)) return holdsGateLetter(bytes, s, end);
  return false;
}

/** An `e` or a `t`, the letters the junk gate asks of such a line (a shorter rest, `ro` of `zero`, is not read). */
function holdsGateLetter(bytes: Uint8Array, s: number, end: number): boolean {
  for (let i = s; i < end; i++) if (bytes[i] === 0x65 || bytes[i] === 0x74) return true;
  return false;
}

/** Whether the trimmed line is such a rest. */
export function isRuntimeErrorTail(line: string): boolean {
  // Every line of no other kind comes here: a long one is told before any copy (a character is at most two units).
  if (line.length > 2 * MAX_ERROR_TAIL) return false;
  // One byte per character, as the gate reads it: an astral character (two units) is one byte.
  const bytes = new Uint8Array(line.length);
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    bytes[n++] = Math.min(c, 0xff);
  }
  return mayBeRuntimeErrorTail(bytes, 0, n);
}

/** Whether `whole` ends with bytes[s, end). */
function endsWithBytes(whole: Uint8Array, bytes: Uint8Array, s: number, end: number): boolean {
  const n = end - s;
  if (n > whole.length) return false;
  for (let k = 1; k <= n; k++) if (whole[whole.length - k] !== bytes[end - k]) return false;
  return true;
}

function isErrorTailByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b === 0x20 || b === 0x5b || b === 0x5d || b === 0x3a || b === 0x2e;
}

/**
 * The rest of the runtime error a crash line stops inside, when `tail` (the next line, trimmed) is
 * it: with the space a wrap at a word's end took (`…or nil pointer` / `dereference`), or glued where
 * the wrap cut a word (`…derefe` / `rence`). Null when the message stops inside no runtime error or
 * the line does not go on with it.
 */
export function runtimeErrorTail(message: string, tail: string): string | null {
  const at = message.lastIndexOf(RUNTIME_ERROR);
  if (at < 0 || tail === '' || tail.length > MAX_ERROR_TAIL) return null;
  const rest = message.slice(at + RUNTIME_ERROR.length);
  if (rest === '') return null;
  for (const error of RUNTIME_ERRORS) {
    if (error.length <= rest.length || !error.startsWith(rest)) continue;
    const more = error.charCodeAt(rest.length) === 0x20 ? ` ${tail}` : tail;
    const joined = rest + more;
    if (joined.startsWith(error) || error.startsWith(joined)) return more;
  }
  return null;
}

/** The rest of a crash line's last word and the `)` that closes it: `rence)`. */
const CLOSING_TAIL = /^[A-Za-z]{1,40}\)$/;

/** The bytes of a line that may be such a tail: letters, then `)`. */
export function mayBeClosingTail(bytes: Uint8Array, s: number, end: number): boolean {
  if (end - s < 2 || end - s > 41 || bytes[end - 1] !== 0x29 /* ) */) return false;
  for (let i = s; i < end - 1; i++) {
    const b = bytes[i] | 0x20;
    if (b < 0x61 || b > 0x7a) return false;
  }
  return true;
}

/** Whether the trimmed line is such a tail. */
export function isClosingTail(line: string): boolean {
  return CLOSING_TAIL.test(line);
}

/** HandleCrash's `Observed a panic: "<value>" (<error>)` cut inside its quoted value: the quote left open. */
const OPEN_OBSERVED_VALUE = /Observed a panic: "([^"]*)$/;
/** The rest of such a line: the value's end and its closing quote, then the error in parentheses. */
const QUOTED_VALUE_TAIL = /^([^"]*)" \((.*)\)$/;
/** A tail is a line of a crash message: bounded as one. */
const MAX_TAIL = 4000;

/** The bytes of a line that may be such a tail: `" (` in it, `)` at its end. */
export function mayBeQuotedValueTail(bytes: Uint8Array, s: number, end: number): boolean {
  if (end - s < 4 || end - s > MAX_TAIL || bytes[end - 1] !== 0x29 /* ) */) return false;
  for (let i = s; i + 2 < end; i++) if (bytes[i] === 0x22 /* " */ && bytes[i + 1] === 0x20 && bytes[i + 2] === 0x28 /* ( */) return true;
  return false;
}

/** Whether the trimmed line is such a tail. */
export function isQuotedValueTail(line: string): boolean {
  return line.length <= MAX_TAIL && QUOTED_VALUE_TAIL.test(line);
}

/**
 * Whether `tail` is the rest of the crash `message` cut inside HandleCrash's quoted value: the two
 * pieces of the value make one that the error in parentheses ends with, as HandleCrash prints it.
 */
export function continuesObservedValue(message: string, tail: string): boolean {
  const open = OPEN_OBSERVED_VALUE.exec(message);
  const rest = QUOTED_VALUE_TAIL.exec(tail);
  if (open === null || rest === null) return false;
  const value = open[1] + rest[1];
  return value !== '' && rest[2].endsWith(value);
}
