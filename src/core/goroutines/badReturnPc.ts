// The runtime's `runtime: g 20: unexpected return pc for F called from 0x…`: walking a goroutine's
// stack it found a return address in no function, then printed the stack's words. When the walk
// was the garbage collector's or a panic's, it throws `fatal error: unknown caller pc` from its own
// stack walker, whose frames say nothing of the program: this line names the goroutine and the
// function whose frame was overwritten.

import { goroutineIdOfDigits, type GoroutineId } from './goroutineIds';

/** One `unexpected return pc` line. */
export interface BadReturnPc {
  /** The goroutine whose stack was walked; null before Go 1.16, which did not print it. */
  readonly goroutine: GoroutineId | null;
  /** The function whose return address is in no function. */
  readonly func: string;
  /** That address (`0x7feeabb0dacf`); null when a wrap put it on the next line. */
  readonly calledFrom: string | null;
  readonly line: number;
}

// `runtime: g 20: …` (Go 1.16–1.20), `runtime: g20: …` (Go ≥ 1.21), `runtime: …` before Go 1.16.
const BAD_RETURN_PC = /^runtime: (?:g ?(\d+): )?unexpected return pc for (\S+)(?: called from (0x[0-9a-f]+))?/;

/** The trimmed line read as an `unexpected return pc` line, else null. */
export function parseBadReturnPc(line: string, lineNo: number): BadReturnPc | null {
  const m = BAD_RETURN_PC.exec(line);
  if (m === null) return null;
  return { goroutine: m[1] === undefined ? null : goroutineIdOfDigits(m[1]), func: m[2], calledFrom: m[3] ?? null, line: lineNo };
}

/** The crash the runtime throws when its stack walk meets a return address in no function. */
export const UNKNOWN_CALLER_PC = 'fatal error: unknown caller pc';

/**
 * The `unexpected return pc` line that explains a crash on `crashLine`: the last one before it,
 * within the lines the runtime prints between them (the stack's words, a few hundred at most).
 */
export function badReturnPcBefore(found: readonly BadReturnPc[], crashLine: number): BadReturnPc | undefined {
  let best: BadReturnPc | undefined;
  for (const b of found) if (b.line < crashLine && crashLine - b.line <= 400) best = b;
  return best;
}

/**
 * The failed walk that a crash is: `fatal error: unknown caller pc` on `crashLine`, or a runtime
 * stack whose crash line the paste lost (`message` null), after an `unexpected return pc` line.
 */
export function walkBehindCrash(message: string | null, found: readonly BadReturnPc[] | undefined, crashLine: number): BadReturnPc | undefined {
  if (found === undefined || (message !== null && message !== UNKNOWN_CALLER_PC)) return undefined;
  return badReturnPcBefore(found, crashLine);
}

/** How a sentence says where the walk failed: "walking goroutine 20's stack, testing.tRunner returns to 0x7feeabb0dacf, in no function". */
export function describeBadReturnPc(b: BadReturnPc): string {
  const whose = b.goroutine === null ? 'a goroutine\'s stack' : `goroutine ${b.goroutine}'s stack`;
  const to = b.calledFrom === null ? 'an address' : b.calledFrom;
  return `walking ${whose}, ${b.func} returns to ${to}, in no function (a corrupted stack)`;
}
