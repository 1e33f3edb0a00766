// A recovered panic's value printed alone right above the stack `debug.Stack()` returns (mmctl's
// `printPanic`: the value, then `goroutine 1 [running]:` and `runtime/debug.Stack()`): no `panic:`
// before it, so no crash line of any kind. A value that is one of Go's runtime.Error strings
// (`runtime error: index out of range [0] with length 0`, `runtime error: invalid memory address
// or nil pointer dereference`, `runtime error: integer divide by zero`…) names the crash as surely,
// but any log line may quote one, so the line is only held (heldCrashLines.ts) and taken at the
// goroutine header right under it, as a crash line behind other text is. A `[signal …]` line under
// the value says otherwise: the runtime prints one only as a panic ends the process, so the value
// is that panic's message with its `panic: ` left off (Go 1.3's `runtime error: …` pasted without
// it): the crash of a process, not a panic a program recovered and logged.
import { logPrefixEnd } from './prefixLearner';
import { isWholeRuntimeErrorValue } from './fixedRuntimeErrors';

const RUNTIME_ERROR = 'runtime error: ';
const PANIC = 'panic: ';

/** Longer lines are no value to hold (the held lines' bound, crashBeforeDump.ts). */
const MAX_VALUE_CHARS = 4096;

const isLowerLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * Where a runtime error's value starts on the line, alone on it but for a log's prefix of a known
 * shape and white space (`2024/05/01 10:00:00 runtime error: …`), or -1.
 */
export function runtimeErrorValueStart(line: string): number {
  if (line.length > MAX_VALUE_CHARS) return -1;
  const alone = valueAloneStart(line);
  return alone >= 0 ? alone : valueEndingProse(line);
}

/** Where a runtime error's value alone on the line (but for a log's prefix) starts, or -1. */
function valueAloneStart(line: string): number {
  let at = logPrefixEnd(line);
  while (at < line.length && (line.charCodeAt(at) === 0x20 || line.charCodeAt(at) === 0x09)) at++;
  // The runtime's words after the colon start in lower case, as Go's error strings do.
  return line.startsWith(RUNTIME_ERROR, at) && isLowerLetter(line.charCodeAt(at + RUNTIME_ERROR.length)) ? at : -1;
}

/** Whether the value `runtimeErrorValueStart` found at `at` ends a paster's sentence rather than stands alone. */
export function isProseValue(line: string, at: number): boolean {
  return at >= 0 && valueAloneStart(line) < 0 && at === valueEndingProse(line);
}

/**
 * A paster's sentence that ends in a runtime.Error value of the runtime's fixed words, whole
 * (`matic-jagar with this runtime error: slice bounds out of range [2:0]`): the crash told in the
 * paster's words, the `panic: ` left off. Only a value that ends the line, after a word's end: a
 * value quoted inside prose, or one a program words itself, is no such line. Where it starts, or -1.
 */
function valueEndingProse(line: string): number {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  const trimmed = end === line.length ? line : line.slice(0, end);
  const at = trimmed.lastIndexOf(RUNTIME_ERROR);
  return at > 0 && line.charCodeAt(at - 1) === 0x20 && isWholeRuntimeErrorValue(trimmed, at) ? at : -1;
}

/**
 * The crash a runtime error's value held alone on `valueLine` is, `message` as kept from its line,
 * given the `[signal …]` line read since (or null): with none, a recovered panic's value as written;
 * with one, the process's own panic, kept as Go printed it (`panic: ` before the value), as Go 1.0's
 * `throw: ` is kept as `fatal error: `.
 */
export function valueAloneCrash(message: string, valueLine: number, signalLine: number | null): { message: string; recovered: boolean } {
  if (signalLine === null || signalLine <= valueLine || !message.startsWith(RUNTIME_ERROR)) return { message, recovered: true };
  return { message: PANIC + message, recovered: false };
}

/**
 * The crash a paster's sentence ending in a runtime error's value tells (`valueEndingProse`), the
 * words before the value left out: the process's panic, as Go printed it, unless the goroutine's
 * stack shows the panic recovered (`recovered`), a recovered panic's value as written.
 */
export function proseValueCrash(message: string, recovered: boolean): { message: string; recovered: boolean } {
  const at = message.lastIndexOf(RUNTIME_ERROR);
  const value = at < 0 ? message : message.slice(at);
  return recovered ? { message: value, recovered: true } : { message: PANIC + value, recovered: false };
}

const R = 0x72;
const RUNTIME_ERROR_BYTES = Array.from(RUNTIME_ERROR, c => c.charCodeAt(0));

/** On the bytes: the line may hold a runtime error's value (`runtimeErrorValueStart`). Decoded only then. */
export function mayHoldRuntimeErrorValue(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start > MAX_VALUE_CHARS * 3) return false;
  for (let i = start; i + RUNTIME_ERROR_BYTES.length < end; i++) {
    if (bytes[i] !== R) continue;
    let k = 1;
    while (k < RUNTIME_ERROR_BYTES.length && bytes[i + k] === RUNTIME_ERROR_BYTES[k]) k++;
    if (k === RUNTIME_ERROR_BYTES.length) return true;
  }
  return false;
}
