// Go prints a panic raised while another unwinds under it with a tab (`panic: a`, then `\tpanic: b`;
// `panic: a [recovered]` when a deferred call recovered it first). A paste that lost the tabs leaves
// two `panic:` lines one under the other, as two processes' crash lines in one log stand. What
// follows tells them apart: the goroutine that panicked last was still running the earlier panic's
// deferred calls, so its stack holds that panic's frame (one per panic unwinding under it), and one
// dump follows; two processes' crashes are followed by two dumps, whose goroutine ids repeat.
import type { CrashHeader, GoroutineId, SourceFrame } from './model';
import type { GoroutineTable } from './goroutineTable';

/** The frame of a panic unwinding, as Go prints it (`panic({0x48cfe0, 0xc000026040})`), or by its runtime name. */
const isPanicFrame = (frame: SourceFrame): boolean => frame.func === 'panic' || frame.func === 'runtime.gopanic';

/** How many panics were unwinding under the stack's top: its panic frames. */
export function panicsUnwinding(frames: readonly SourceFrame[]): number {
  let n = 0;
  for (const frame of frames) if (isPanicFrame(frame)) n++;
  return n;
}

/**
 * The panics unwinding in the first goroutine of `table` after `line`, or -1 when none follows or
 * the goroutines up to the next crash line (of `crashes`, in text order) repeat an id: two dumps follow.
 */
export function panicsUnwindingAfter(table: GoroutineTable, crashes: readonly CrashHeader[], line: number): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.startLine(mid) > line) hi = mid; else lo = mid + 1;
  }
  if (lo === table.length) return -1;
  let c = 0;
  for (let top = crashes.length; c < top;) {
    const mid = (c + top) >>> 1;
    if (crashes[mid].line > line) top = mid; else c = mid + 1;
  }
  const nextCrash = c < crashes.length ? crashes[c].line : Infinity;
  const ids = new Set<GoroutineId>();
  for (let i = lo; i < table.length && table.startLine(i) < nextCrash; i++) {
    const id = table.exactId(i);
    if (ids.has(id)) return -1;
    ids.add(id);
  }
  return panicsUnwinding(table.frames(lo));
}

/**
 * The crash headers with each run of `panic:` lines that stood without a tab under another panic
 * (their lines in `untabbed`) joined into the panic above it as far as what follows the run says
 * they are one nested panic: `unwinding(line)` is the number of panics unwinding in the first
 * goroutine after `line` (panicsUnwinding), or -1 when none follows or two dumps follow. A run of
 * more lines than panics unwinding joins its last ones: the earlier lines are other processes'.
 */
export function joinUntabbedNestedPanics(
  all: readonly CrashHeader[], untabbed: ReadonlySet<number>, unwinding: (line: number) => number,
): CrashHeader[] {
  const joined: CrashHeader[] = [];
  for (let i = 0; i < all.length;) {
    let last = i;
    while (last + 1 < all.length && untabbed.has(all[last + 1].line)) last++;
    const under = last === i ? 0 : Math.min(Math.max(unwinding(all[last].line), 0), last - i);
    for (let k = i; k < last - under; k++) joined.push(all[k]);
    const first = all[last - under];
    if (under === 0) joined.push(first);
    else {
      const message = all.slice(last - under, last + 1).map(h => h.message).join(' / ');
      joined.push({ ...first, message });
    }
    i = last + 1;
  }
  return joined;
}
