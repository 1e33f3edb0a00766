// A crash line that a paste wrapped at a fixed width (a terminal, a log viewer, a mail) goes on, on
// the next line, with the rest of its last word:
//   E1113 19:45:44.464932  1 runtime.go:69] Observed a panic: "…" (runtime error: invalid memory address or nil pointer derefe
//   rence)
// The crash line alone tells it was cut: a `(` it leaves open (HandleCrash's `Observed a panic: … (…)`
// always closes it), or a runtime error's words that stop inside the error. Told on the crash line
// alone, the stack two lines under it still counts as the crash's; a tail of letters that closes the
// line's `(` (`rence)`) is joined to the message.

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
  if (open > 0) return true;
  const at = message.lastIndexOf(RUNTIME_ERROR);
  if (at < 0) return false;
  const rest = message.slice(at + RUNTIME_ERROR.length);
  return rest !== '' && RUNTIME_ERRORS.some(error => error.length > rest.length && error.startsWith(rest));
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
