// A crash line longer than the terminal or the log viewer was wide, wrapped at a fixed width: its
// rest on the next line, unindented, with no white space at its start (`rence)` of klog's
// `… Observed a panic: "…" (runtime error: invalid memory address or nil pointer derefe`). Told
// only where a stack's line follows it, so the crash line and its stack read as one.

/** A crash line shorter than this fitted its line: no wrap cut it. */
const MIN_WRAPPED_CHARS = 60;
/** The rest of a wrapped line is shorter than a line the wrap made. */
const MAX_REST_CHARS = 200;

/** Whether `rest`, the line under a crash line of `crashChars` characters, is that line's rest after a wrap. */
export function isWrappedCrashRest(rest: string, crashChars: number): boolean {
  if (crashChars < MIN_WRAPPED_CHARS || rest.length === 0 || rest.length > MAX_REST_CHARS) return false;
  const first = rest.charCodeAt(0);
  return first !== 0x20 && first !== 0x09;
}
