// The lines Delve (`dlv`) prints about goroutines, threads and stacks, as go-delve/delve's
// pkg/terminal/command.go writes them (formatGoroutine, printGoroutines, printStack, threads,
// printcontextThread) and as people paste them:
//
//   * Goroutine 1 - User: ./main.go:12 main.main (0x4a1b2c) [chan receive]
//     Goroutine 5 - User: c:/program files/go/src/runtime/syscall_windows.go:479 syscall.Syscall (0x7ff691f879f4) (thread 17308)
//   0  0x000000000043a1b6 in runtime.gopark
//      at /usr/local/go/src/runtime/proc.go:367
//   * Thread 13055 at 0x469bb3 /root/sdk/gotip/src/runtime/sys_linux_amd64.s:563 runtime.futex
//   > [unrecovered-panic] runtime.fatalpanic() /usr/local/go/src/runtime/panic.go:1065 (hits goroutine(1):1 total:1) (PC: 0x436a20)
//   [14 goroutines]    Total: 31    ./worker.go:31 in main.worker    Labels: "k":"v"
//
// Each parser reads the trimmed line text[s, end) and returns null when the line is not of its
// kind. No regex: paths may hold spaces (Windows), so a line is read from its right end, where
// Delve puts the parts of fixed shape.

import { CUT_MARK, indexInLine, lastIndexInLine } from './lineParsers';

/** A `file:line` and function as Delve prints a location. */
export interface DelveLocation {
  /** `file:line`, the text the frame interner keys locations by. */
  readonly fileAndLine: string;
  readonly file: string;
  readonly line: number;
  readonly func: string;
}

/** Which of a goroutine's locations the list names (`goroutines -u|-r|-g|-s`). */
export type DelveLocationKind = 'User' | 'Runtime' | 'Go' | 'Start';

export interface DelveGoroutineLine {
  readonly id: number;
  readonly kind: DelveLocationKind;
  /** Null for Delve's empty location (` :0  (0x0)`: a goroutine without a `go` statement). */
  readonly location: DelveLocation | null;
  /** The thread the goroutine runs on, or null. */
  readonly thread: number | null;
  /** The wait reason between the brackets without Delve's wait time, or null when there is no bracket. */
  readonly waitReason: string | null;
  /** The line ends before its last part (a paste cut there): what it has is kept, a name or reason cut short marked `…`. */
  readonly cut: boolean;
}

/** What is left of a goroutine line cut short after `Goroutine N - User: `. */
function parseCutGoroutineLine(text: string, id: number, kind: DelveLocationKind, s: number, end: number): DelveGoroutineLine {
  let waitReason: string | null = null;
  let locationEnd = end;
  let funcCut = true;
  const bracket = lastIndexInLine(text, ') [', s, end);
  if (bracket >= s) {
    const space = lastIndexInLine(text, ' ', s, end);
    // A wait time cut short leaves the reason whole.
    waitReason = space > bracket + 2 && isWaitTime(text, space + 1, end) ? text.slice(bracket + 3, space) : `${text.slice(bracket + 3, end)}${CUT_MARK}`;
    locationEnd = bracket + 1;
  }
  const pc = lastIndexInLine(text, ' (0x', s, locationEnd);
  if (pc >= s) { locationEnd = pc; funcCut = false; }
  // Cut before its bracket: whether it waits, and on what, is not in the text.
  if (bracket < s) waitReason = CUT_MARK;
  const location = parseLocationThenFunc(text, s, locationEnd);
  return {
    id, kind, thread: null, waitReason, cut: true,
    location: location === null || location.line <= 0 ? null : funcCut ? { ...location, func: `${location.func}${CUT_MARK}` } : location,
  };
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66);

/** Decimal digits at text[i, end): their value and end, or null. */
function digitsAt(text: string, i: number, end: number): [number, number] | null {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  return j === i || j - i > 15 ? null : [Number(text.slice(i, j)), j];
}

/** `0x` and hex digits exactly filling text[i, end). */
function isHexNumber(text: string, i: number, end: number): boolean {
  if (end - i < 3 || !text.startsWith('0x', i)) return false;
  for (let j = i + 2; j < end; j++) if (!isHex(text.charCodeAt(j))) return false;
  return true;
}

/** `file:line` at text[s, end), or null (no `:digits` at its end, or an empty file). */
export function parseDelveFileLine(text: string, s: number, end: number): { file: string; line: number } | null {
  let digits = end;
  while (digits > s && isDigit(text.charCodeAt(digits - 1))) digits--;
  if (digits === end || end - digits > 9 || digits - 1 <= s || text.charCodeAt(digits - 1) !== 0x3a /* : */) return null;
  return { file: text.slice(s, digits - 1), line: Number(text.slice(digits, end)) };
}

/** `file:line func` at text[s, end): the function is the last word (paths may hold spaces, names do not). */
function parseLocationThenFunc(text: string, s: number, end: number): DelveLocation | null {
  const space = lastIndexInLine(text, ' ', s, end);
  if (space <= s || space === end - 1) return null;
  const fileLine = parseDelveFileLine(text, s, space);
  if (fileLine === null) return null;
  return { fileAndLine: text.slice(s, space), file: fileLine.file, line: fileLine.line, func: text.slice(space + 1, end) };
}

/** A word of Delve's wait time: raw nanoseconds (Delve ≥ 1.21) or a Go duration (`457422h31m33.78s`). */
function isWaitTime(text: string, s: number, end: number): boolean {
  if (!isDigit(text.charCodeAt(s))) return false;
  for (let i = s; i < end; i++) {
    const c = text.charCodeAt(i);
    // Digits, `.`, and the letters of Go's duration units (h, m, s, ms, µs, us, ns).
    if (!isDigit(c) && c !== 0x2e && c !== 0x68 && c !== 0x6d && c !== 0x73 && c !== 0x75 && c !== 0x6e && c !== 0xb5) return false;
  }
  return true;
}

const GOROUTINE_WORD = 'Goroutine ';
const LOCATION_KINDS: readonly DelveLocationKind[] = ['User', 'Runtime', 'Go', 'Start'];

/** `[* ]Goroutine N - User: file:line func (0xPC)[ (thread N)][ [wait reason[ time]]]`. */
export function parseDelveGoroutineLine(text: string, s: number, end: number): DelveGoroutineLine | null {
  if (text.startsWith('* ', s)) s += 2;
  if (!text.startsWith(GOROUTINE_WORD, s)) return null;
  const id = digitsAt(text, s + GOROUTINE_WORD.length, end);
  if (id === null || !text.startsWith(' - ', id[1])) return null;
  const kindStart = id[1] + 3;
  const kind = LOCATION_KINDS.find(k => text.startsWith(`${k}: `, kindStart));
  if (kind === undefined) return null;
  const locationStart = kindStart + kind.length + 2;
  if (locationStart >= end) return null;
  let rest = end;
  let waitReason: string | null = null;
  if (text.charCodeAt(rest - 1) === 0x5d /* ] */) {
    const open = lastIndexInLine(text, ') [', kindStart, rest);
    if (open < kindStart) return parseCutGoroutineLine(text, id[0], kind, locationStart, end);
    let reasonEnd = rest - 1;
    const lastSpace = lastIndexInLine(text, ' ', open + 3, reasonEnd);
    // Delve prints how long the goroutine has waited after the reason; the reason itself is what Go prints.
    if (lastSpace > open + 2 && isWaitTime(text, lastSpace + 1, reasonEnd)) reasonEnd = lastSpace;
    waitReason = text.slice(open + 3, reasonEnd);
    rest = open + 1;
  }
  let thread: number | null = null;
  const threadAt = text.charCodeAt(rest - 1) === 0x29 /* ) */ ? lastIndexInLine(text, ' (thread ', kindStart, rest) : -1;
  if (threadAt > kindStart) {
    const at = threadAt;
    const number = digitsAt(text, at + 9, rest - 1);
    if (number !== null && number[1] === rest - 1) { thread = number[0]; rest = at; }
  }
  // ` (0x4a1b2c)`: the location's PC closes every location.
  const pcOpen = lastIndexInLine(text, ' (0x', kindStart, rest);
  if (pcOpen < kindStart || text.charCodeAt(rest - 1) !== 0x29 || !isHexNumber(text, pcOpen + 2, rest - 1)) {
    return waitReason === null ? parseCutGoroutineLine(text, id[0], kind, locationStart, end) : null;
  }
  let locationEnd = pcOpen;
  // An empty location prints its missing function as a second space: ` :0  (0x0)`.
  while (locationEnd > locationStart && text.charCodeAt(locationEnd - 1) === 0x20) locationEnd--;
  const location = parseLocationThenFunc(text, locationStart, locationEnd);
  return { id: id[0], kind, location: location !== null && location.line > 0 ? location : null, thread, waitReason, cut: false };
}

/** `N  0x000000000043a1b6 in pkg.fn` (a frame of `stack`, `bt`, `goroutines -t`): its number and function, or null. */
export function parseDelveFrameLine(text: string, s: number, end: number): { index: number; func: string } | null {
  const index = digitsAt(text, s, end);
  if (index === null) return null;
  let i = index[1];
  if (i + 1 >= end || text.charCodeAt(i) !== 0x20 || text.charCodeAt(i + 1) !== 0x20) return null;
  i += 2;
  if (!text.startsWith('0x', i)) return null;
  let hexEnd = i + 2;
  while (hexEnd < end && isHex(text.charCodeAt(hexEnd))) hexEnd++;
  if (hexEnd === i + 2 || !text.startsWith(' in ', hexEnd) || hexEnd + 4 >= end) return null;
  return { index: index[0], func: text.slice(hexEnd + 4, end) };
}

/** `at file:line` under a frame line: where `file:line` starts, or -1. */
export function delveAtLocationStart(text: string, s: number, end: number): number {
  return end - s > 3 && text.startsWith('at ', s) ? s + 3 : -1;
}

/** `[* ]Thread N at 0xPC file:line func` (`threads`): its id and location, or null. */
export function parseDelveThreadLine(text: string, s: number, end: number): { id: number; location: DelveLocation | null } | null {
  if (text.startsWith('* ', s)) s += 2;
  if (!text.startsWith('Thread ', s)) return null;
  const id = digitsAt(text, s + 7, end);
  if (id === null || !text.startsWith(' at 0x', id[1])) return null;
  let pcEnd = id[1] + 6;
  while (pcEnd < end && isHex(text.charCodeAt(pcEnd))) pcEnd++;
  if (pcEnd === id[1] + 6) return null;
  // A thread outside any function prints `Thread N at 0x… :0` or `Thread N at file:line`: no frame.
  if (pcEnd === end || text.charCodeAt(pcEnd) !== 0x20) return { id: id[0], location: null };
  return { id: id[0], location: parseLocationThenFunc(text, pcEnd + 1, end) };
}

/** `> [unrecovered-panic] runtime.fatalpanic() file:line (hits goroutine(1):1 total:1) (PC: 0x…)`. */
export interface DelveStopLine {
  /** The breakpoint's name between brackets (`unrecovered-panic`, `fatal-error`), or null. */
  readonly breakpoint: string | null;
  /** The goroutine the stop is on, when Delve says. */
  readonly goroutine: number | null;
  readonly location: DelveLocation | null;
}

/** Where Delve stopped: `> [name] func(args) file:line (hits …) (PC: 0x…)`, or null. */
export function parseDelveStopLine(text: string, s: number, end: number): DelveStopLine | null {
  if (!text.startsWith('> ', s) || !text.endsWith(')', end)) return null;
  const pc = lastIndexInLine(text, ' (PC: 0x', s, end);
  if (pc < s || !isHexNumber(text, pc + 6, end - 1)) return null;
  let i = s + 2;
  let breakpoint: string | null = null;
  if (text.charCodeAt(i) === 0x5b /* [ */) {
    const close = indexInLine(text, '] ', i, end);
    if (close < 0 || close > pc) return null;
    breakpoint = text.slice(i + 1, close);
    i = close + 2;
  }
  const open = indexInLine(text, '(', i, end);
  if (open <= i || open > pc) return null;
  const func = text.slice(i, open);
  if (func.includes(' ')) return null;
  let goroutine: number | null = null;
  let locationEnd = pc;
  const hits = lastIndexInLine(text, ' (hits ', s, pc);
  if (hits > open) {
    locationEnd = hits;
    if (text.startsWith('goroutine(', hits + 7)) goroutine = digitsAt(text, hits + 17, pc)?.[0] ?? null;
  }
  // The arguments may hold spaces and parentheses: the location is the last word before the counts.
  const space = lastIndexInLine(text, ' ', open, locationEnd);
  const fileLine = space > open ? parseDelveFileLine(text, space + 1, locationEnd) : null;
  const location = fileLine === null ? null : { fileAndLine: text.slice(space + 1, locationEnd), file: fileLine.file, line: fileLine.line, func };
  return { breakpoint, goroutine, location };
}

/** `[14 goroutines]`, the end of `goroutines`: the count, or null. */
export function parseDelveListEnd(text: string, s: number, end: number): number | null {
  if (text.charCodeAt(s) !== 0x5b /* [ */ || !text.endsWith(' goroutines]', end)) return null;
  const count = digitsAt(text, s + 1, end);
  return count !== null && count[1] === end - 12 ? count[0] : null;
}

/** `Total: 31`, the end of a group of `goroutines -group`: the group's count, or null. */
export function parseDelveGroupTotal(text: string, s: number, end: number): number | null {
  if (!text.startsWith('Total: ', s)) return null;
  const count = digitsAt(text, s + 7, end);
  return count !== null && count[1] === end ? count[0] : null;
}

/** `./worker.go:31 in main.worker`, the name of a group of `goroutines -group user` (or goloc, startloc…). */
export function isDelveGroupName(text: string, s: number, end: number): boolean {
  const at = lastIndexInLine(text, ' in ', s, end);
  if (at <= s || at + 4 >= end) return false;
  return indexInLine(text, ' ', at + 4, end) < 0 && parseDelveFileLine(text, s, at) !== null;
}

/**
 * `(truncated)`: printStack's line under a stack deeper than the depth asked for (`stack` 50 frames
 * by default, `goroutines -t` 10): the outer frames are not in the text.
 */
export const DELVE_TRUNCATED = '(truncated)';

/** After the groups of `goroutines -group` when there were more than Delve prints (`-group` takes how many). */
export const DELVE_TOO_MANY_GROUPS = 'Too many groups';

/** `Labels: "k":"v", …` under a goroutine (`goroutines -l`): the labels' text, or null. */
export function delveLabelsText(text: string, s: number, end: number): string | null {
  return text.startsWith('Labels: ', s) && end - s > 8 ? text.slice(s + 8, end) : null;
}
