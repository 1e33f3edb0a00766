// Delve's output read as a goroutine dump: what each of its lines (delveLines.ts) makes of the
// scan. `goroutines` lists one line per goroutine (its wait reason in brackets, the location the
// flag chose), `goroutines -t` puts each one's numbered stack under it, `-group` lists up to a few
// goroutines per group with the group's total, `stack`/`bt` print one stack, `threads` a line per
// thread, and a stop on the `unrecovered-panic` or `fatal-error` breakpoint names the goroutine
// that crashed. The forms are those of go-delve/delve pkg/terminal/command.go.

import type { CrashHeaders } from './dumpBoundaries';
import type { HeaderInfo } from './goroutineTable';
import type { WarningLog } from './warningLog';
import type { DelveGoroutineLine, DelveLocation, DelveStopLine } from './delveLines';
import { waitStateOf } from './waitStates';

/** What Delve's lines do to the scan: the scanner's operations for them. */
export interface DelveScan {
  readonly lineNo: number;
  readonly crashes: CrashHeaders;
  readonly log: WarningLog;
  /**
   * A goroutine starts; `top` is the location its line names, its one frame unless a numbered stack
   * follows (`goroutines -t`). `createdBy` when the line names the `go` statement (`goroutines -g`).
   */
  beginDelveGoroutine(id: number, info: HeaderInfo, top: DelveLocation | null, createdBy: DelveLocation | null, cut: boolean): void;
  /**
   * A stack that is no goroutine's (a thread's, or `stack` pasted without its goroutine); `whole`
   * when its start is in the text (a thread's line, frame 0), so the paste was not cut before it.
   */
  beginDelveStack(top: DelveLocation | null, whole: boolean): void;
  /** Whether a goroutine or stack of Delve's is being read. */
  readonly inDelveStack: boolean;
  /** A numbered frame; its `at file:line` follows on the next line. */
  delveCall(func: string): void;
  /** `Labels: …` under the goroutine just begun. */
  delveLabels(text: string): void;
  endSection(): void;
}

/**
 * Delve prints a bracket only for a goroutine that waits or is in a system call (formatGoroutine);
 * without one the goroutine runs on its thread, or could run.
 */
function stateOf(line: DelveGoroutineLine): string {
  if (line.waitReason === null) return line.thread !== null ? 'running' : 'runnable';
  // Delve's own name for a reason it does not know, kept as printed.
  return waitStateOf(line.waitReason)?.state ?? line.waitReason;
}

/** The crash a stop on one of Delve's crash breakpoints stands for, as the runtime would print its line. */
const CRASH_BREAKPOINTS: Readonly<Record<string, string>> = {
  'unrecovered-panic': 'panic: ',
  'fatal-error': 'fatal error: ',
};

export class DelveOutput {
  private readonly infos = new Map<string, HeaderInfo>();
  /** Goroutine lines read since the last `[N goroutines]`, and since the last group's `Total:`. */
  private listed = 0;
  private inGroup = 0;
  /** The line of the crash header a stop on a crash breakpoint made, to reword with the panic's value. */
  private crashLine = -1;

  /**
   * One shared HeaderInfo per state. Delve's wait time is left out: it is the runtime's `waitsince`
   * against Delve's clock, which for a core dump or an attached process reads as hundreds of
   * thousands of hours (or as raw nanoseconds), not the minutes Go prints.
   */
  private headerInfo(state: string, lockedToThread: boolean): HeaderInfo {
    const key = `${state}\u0000${Number(lockedToThread)}`;
    let info = this.infos.get(key);
    if (info === undefined) {
      info = { state, waitMinutes: null, lockedToThread, leaked: false, synctest: false };
      this.infos.set(key, info);
    }
    return info;
  }

  goroutine(scan: DelveScan, line: DelveGoroutineLine): void {
    this.listed++;
    this.inGroup++;
    const info = this.headerInfo(stateOf(line), false);
    if (line.kind === 'Go') scan.beginDelveGoroutine(line.id, info, null, line.location, line.cut);
    else scan.beginDelveGoroutine(line.id, info, line.location, null, line.cut);
  }

  thread(scan: DelveScan, location: DelveLocation | null): void {
    scan.beginDelveStack(location, true);
  }

  /** A numbered frame: in a goroutine or stack of Delve's, or else the start of a stack pasted alone. */
  frame(scan: DelveScan, frame: { index: number; func: string }): void {
    if (!scan.inDelveStack) scan.beginDelveStack(null, frame.index === 0);
    scan.delveCall(frame.func);
  }

  /** `> [unrecovered-panic] runtime.fatalpanic() … (hits goroutine(1):1 total:1)`: the crash, then the goroutine's stack (`bt`). */
  stop(scan: DelveScan, stop: DelveStopLine): boolean {
    const crashWord = stop.breakpoint === null ? undefined : CRASH_BREAKPOINTS[stop.breakpoint];
    if (crashWord === undefined) {
      // A breakpoint of the user's: where the program stands, not a dump.
      scan.endSection();
      return true;
    }
    scan.endSection();
    // Reworded with the panic's value when Delve prints it on the next lines.
    scan.crashes.add(`${crashWord}unrecovered (Delve stopped on its ${stop.breakpoint} breakpoint)`, scan.lineNo);
    this.crashLine = scan.lineNo;
    if (stop.goroutine !== null) scan.beginDelveGoroutine(stop.goroutine, this.headerInfo('running', false), stop.location, null, false);
    else scan.beginDelveStack(stop.location, true);
    return true;
  }

  /**
   * `runtime.curg._panic.arg: interface {}(string) "…"` under the stop: the panic's value names the
   * crash as the runtime's `panic:` line would.
   */
  panicValue(scan: DelveScan, value: string): boolean {
    if (this.crashLine < 0 || scan.lineNo - this.crashLine > 3) return false;
    scan.crashes.reword(this.crashLine, `panic: ${value}`);
    return true;
  }

  labels(scan: DelveScan, text: string): boolean {
    if (!scan.inDelveStack) return false;
    scan.delveLabels(text);
    return true;
  }

  /** `Total: N` after a group's goroutines: Delve shows only the first few of each group. */
  groupTotal(scan: DelveScan, total: number): void {
    scan.endSection();
    if (total > this.inGroup) {
      scan.log.warn(scan.lineNo, `line ${scan.lineNo}: Delve listed ${this.inGroup} of this group's ${total} goroutines; the other ${total - this.inGroup} are not in the text`);
    }
    this.inGroup = 0;
  }

  groupName(scan: DelveScan): void {
    scan.endSection();
    this.inGroup = 0;
  }

  /** `[N goroutines]`, the end of the list. */
  listEnd(scan: DelveScan, count: number): void {
    scan.endSection();
    if (count !== this.listed) {
      scan.log.warn(scan.lineNo, `line ${scan.lineNo}: Delve counted ${count} goroutines; ${this.listed} are in the text`);
    }
    this.listed = 0;
    this.inGroup = 0;
  }
}

/** `interface {}(string) "runtime error: …"` → `runtime error: …`; other values as printed. */
export function delvePanicValue(printed: string): string {
  const quote = printed.indexOf('"');
  if (printed.startsWith('interface {}(string) ') && quote >= 0 && printed.endsWith('"')) {
    try {
      return JSON.parse(printed.slice(quote)) as string;
    } catch {
      return printed.slice(quote + 1, -1);
    }
  }
  return printed;
}
