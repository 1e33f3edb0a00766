// Kubernetes' HandleCrash before 1.15 (and util.HandleCrash before it) logged a recovered panic's
// stack as its callers' `file:line` alone, one a line, under the klog line of the panic:
//   E0428 09:37:13.276141   26151 runtime.go:69] Observed a panic: "invalid memory address …" (…)
//   /workspace/…/vendor/k8s.io/apimachinery/pkg/util/runtime/runtime.go:76
//   /usr/local/go/src/runtime/panic.go:522
//   /workspace/…/vendor/k8s.io/client-go/tools/cache/reflector.go:189
// No function is named, so the frames are nameless (gccgoFrames.ts' NAMELESS_FRAME). The run starts
// only right under a crash line, where no other text of this shape stands, and goes on while the
// lines do; it is a stack without its goroutine header.
import type { SourceFrame } from './model';
import { indexInLine, parseLocationLine } from './lineParsers';
import { NAMELESS_FRAME } from './gccgoFrames';

export interface BareLocation {
  readonly pathEnd: number;
  readonly locationEnd: number;
  readonly line: number;
}

/**
 * The trimmed line text[s, end) as a `file:line` alone (an offset after it allowed): a path with a
 * `/`, no white space, of a Go or assembly file. Null for any other line.
 */
export function parseBareLocation(text: string, s: number, end: number): BareLocation | null {
  const location = parseLocationLine(text, s, end);
  if (location === null) return null;
  const path = text.slice(s, location.pathEnd);
  if (indexInLine(text, ' ', s, location.pathEnd) >= 0 || indexInLine(text, '\t', s, location.pathEnd) >= 0 || !path.includes('/')) return null;
  if (!path.endsWith('.go') && !path.endsWith('.s')) return null;
  const rest = text.slice(location.locationEnd, end).trim();
  if (rest !== '' && !/^\+0x[0-9a-f]+$/.test(rest)) return null;
  return location;
}

/**
 * Where a `file:line` alone starts behind what is left of a prefix the paste stripped (`: ` before
 * each line, where a log's `host app[12]` was cut away): one or two of `:|>-` and white space. The
 * line's own start when it has no such leftover.
 */
export function afterPrefixLeftover(text: string, s: number, end: number): number {
  let i = s;
  while (i < end && i - s < 2 && LEFTOVER_MARKS.includes(text[i])) i++;
  if (i === s || i >= end || (text[i] !== ' ' && text[i] !== '\t')) return s;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

const LEFTOVER_MARKS = ':|>-';

/** The frames of a locations-only stack as they are read, and its lines. */
export interface LocationStack {
  readonly frames: SourceFrame[];
  readonly startLine: number;
  endLine: number;
}

/** The runtime's own `panic.go` (GOROOT's, or a `-trimpath` build's `runtime/panic.go`): where the panic was raised, the frame under it is the one to blame. */
export function isPanicLocation(frame: SourceFrame): boolean {
  return frame.func === NAMELESS_FRAME && (frame.file.endsWith('/src/runtime/panic.go') || frame.file === 'runtime/panic.go');
}
