// The runtime's crash values whose text never varies (runtime/error.go's errorString and
// plainError values, the runtime's and sync's fixed throws): where such a value ends is known, so
// text glued right after it is no part of it. A terminal's progress line that the panic overwrote
// (`…nil pointer dereference11649 items  0 errors  ETA 41:46`) is cut off there.
import { isBlank } from './lineParsers';

const RUNTIME_ERROR = 'runtime error: ';

/** The runtime.Error values of fixed text, and the index and slice errors as Go before 1.12 printed them: `runtime error: ` and these words are the runtime's alone. */
const RUNTIME_ERROR_VALUES = [
  'invalid memory address or nil pointer dereference', 'integer divide by zero', 'integer overflow', 'floating point error',
  'negative shift amount', 'index out of range', 'slice bounds out of range', 'makeslice: len out of range', 'makeslice: cap out of range',
  'growslice: cap out of range', 'growslice: len out of range', 'unsafe.Slice: len out of range', 'unsafe.Slice: ptr is nil and len is not zero',
  'unsafe.String: len out of range', 'unsafe.String: ptr is nil and len is not zero', 'cgo argument has Go pointer to Go pointer',
  'cgo argument has Go pointer to unpinned Go pointer', 'cgo result has Go pointer',
].map(value => RUNTIME_ERROR + value);

/** The runtime's plain panics: words any program may panic with, going on in a word of its own (`send on closed channels …`). */
const PLAIN_PANIC_VALUES = ['send on closed channel', 'close of nil channel', 'close of closed channel', 'assignment to entry in nil map', 'makechan: size out of range'];

/** Throws of fixed text: only the runtime prints `fatal error: `. */
const FATAL_VALUES = [
  'concurrent map writes', 'concurrent map read and map write', 'concurrent map iteration and map write', 'all goroutines are asleep - deadlock!',
  'stack overflow', 'out of memory', 'sync: unlock of unlocked mutex', 'sync: Unlock of unlocked RWMutex', 'sync: RUnlock of unlocked RWMutex',
];

interface FixedValues {
  /** The crash words before the value. */
  readonly word: string;
  readonly values: readonly string[];
  /** A letter glued to the value is glued text: no program's value goes on from these words. */
  readonly letterIsGlued: boolean;
}

const FIXED_VALUES: readonly FixedValues[] = [
  { word: 'panic: ', values: RUNTIME_ERROR_VALUES, letterIsGlued: true },
  { word: 'panic: ', values: PLAIN_PANIC_VALUES, letterIsGlued: false },
  { word: 'fatal error: ', values: FATAL_VALUES, letterIsGlued: true },
  // A recovered panic's value printed alone (runtimeErrorValue.ts).
  { word: '', values: RUNTIME_ERROR_VALUES, letterIsGlued: true },
];

/** Go's detail after an index or slice error's words (runtime/error.go's boundsError): ` [2:0]`, ` [5] with length 3`, ` [:7] with capacity 4`. */
const BOUNDS_DETAIL = /^ \[[-0-9:x]{1,45}\](?: with (?:length|capacity) -?\d{1,20})?$/;

/**
 * Whether text[at, …) to the line's end is a runtime.Error value of fixed words, whole: the value
 * alone, or an index or slice error's words with Go's detail after them.
 */
export function isWholeRuntimeErrorValue(text: string, at: number): boolean {
  for (const value of RUNTIME_ERROR_VALUES) {
    if (!text.startsWith(value, at)) continue;
    const end = at + value.length;
    if (end === text.length || BOUNDS_DETAIL.test(text.slice(end))) return true;
  }
  return false;
}

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * The crash message without text glued right after its value's fixed end (no blank between):
 * `panic: runtime error: integer divide by zero` from `…by zero3 files  ETA 0:12`. A value
 * that goes on after a blank (` [recovered]`, Go ≥ 1.12's ` [5] with length 3`) is left whole.
 */
export function withoutTailGluedToFixedValue(message: string): string {
  // The longest value that fits, should one start another.
  let end = -1;
  let letterIsGlued = false;
  for (const row of FIXED_VALUES) {
    if (!message.startsWith(row.word)) continue;
    for (const value of row.values) {
      const valueEnd = row.word.length + value.length;
      if (valueEnd > end && message.startsWith(value, row.word.length)) [end, letterIsGlued] = [valueEnd, row.letterIsGlued];
    }
  }
  if (end < 0 || end === message.length) return message;
  const next = message.charCodeAt(end);
  return isBlank(next) || (!letterIsGlued && isLetter(next)) ? message : message.slice(0, end);
}
