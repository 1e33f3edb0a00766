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
import type { UnlistedGoroutines } from './model';
import { waitStateOf } from './waitStates';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

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
  /** The stack being read was printed shortened: its outer frames are not in the text. */
  delveStackShortened(): void;
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
  private readonly infos = new ContentKeyedMap<HeaderInfo>();
  /** Goroutine lines read since the last `[N goroutines]`, and since the last group's `Total:`. */
  private listed = 0;
  private inGroup = 0;
  /** The ids of the goroutines listed since the last group's name or `Total:`. */
  private groupIds: number[] = [];
  /** Per group of `goroutines -group`, the goroutines its `Total:` counts beyond those it lists. */
  readonly unlisted: UnlistedGoroutines[] = [];
  /**
   * Whether a line only Delve prints (a goroutine, thread, numbered frame or stop line) was read:
   * the lines that end its lists (`Total: N`, a group's name, `[N goroutines]`) are read as Delve's
   * only then, so such a line in a note of a runtime dump stays a note.
   */
  private seen = false;
  /** Whether the text held Delve's output: its goroutines end without the `created by` the runtime prints. */
  get read(): boolean {
    return this.seen;
  }
  /** The goroutine or stack being read is the one a crash breakpoint stopped on, whose `bt` may follow its prompt. */
  private atStop = false;
  /** The line of the crash header a stop on a crash breakpoint made, to reword with the panic's value. */
  private crashLine = -1;

  constructor(private readonly scan: DelveScan) {}

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

  goroutine(line: DelveGoroutineLine): void {
    this.seen = true;
    this.atStop = false;
    this.listed++;
    this.inGroup++;
    this.groupIds.push(line.id);
    const info = this.headerInfo(stateOf(line), false);
    if (line.kind === 'Go') this.scan.beginDelveGoroutine(line.id, info, null, line.location, line.cut);
    else this.scan.beginDelveGoroutine(line.id, info, line.location, null, line.cut);
  }

  thread(location: DelveLocation | null): void {
    this.seen = true;
    this.atStop = false;
    this.scan.beginDelveStack(location, true);
  }

  /** A numbered frame: in a goroutine or stack of Delve's, or else the start of a stack pasted alone. */
  frame(frame: { index: number; func: string }): void {
    this.seen = true;
    if (!this.scan.inDelveStack) this.scan.beginDelveStack(null, frame.index === 0);
    this.scan.delveCall(frame.func);
  }

  /** `> [unrecovered-panic] runtime.fatalpanic() … (hits goroutine(1):1 total:1)`: the crash, then the goroutine's stack (`bt`). */
  stop(stop: DelveStopLine): boolean {
    this.seen = true;
    const crashWord = stop.breakpoint === null ? undefined : CRASH_BREAKPOINTS[stop.breakpoint];
    if (crashWord === undefined) {
      // A breakpoint of the user's: where the program stands, not a dump.
      this.scan.endSection();
      return true;
    }
    this.scan.endSection();
    this.atStop = true;
    // Reworded with the panic's value when Delve prints it on the next lines.
    this.scan.crashes.add(`${crashWord}unrecovered (Delve stopped on its ${stop.breakpoint} breakpoint)`, this.scan.lineNo);
    this.crashLine = this.scan.lineNo;
    if (stop.goroutine !== null) this.scan.beginDelveGoroutine(stop.goroutine, this.headerInfo('running', false), stop.location, null, false);
    else this.scan.beginDelveStack(stop.location, true);
    return true;
  }

  /**
   * `runtime.curg._panic.arg: interface {}(string) "…"` under the stop: the panic's value names the
   * crash as the runtime's `panic:` line would.
   */
  panicValue(value: string): boolean {
    if (this.crashLine < 0 || this.scan.lineNo - this.crashLine > 3) return false;
    this.scan.crashes.reword(this.crashLine, `panic: ${value}`);
    return true;
  }

  /** `(truncated)` under a stack: Delve printed only as many frames as the depth asked for. */
  truncated(): boolean {
    if (!this.scan.inDelveStack) return false;
    this.scan.delveStackShortened();
    return true;
  }

  labels(text: string): boolean {
    if (!this.scan.inDelveStack) return false;
    this.scan.delveLabels(text);
    return true;
  }

  /**
   * `(dlv) goroutines`: Delve's prompt and a command. What it prints is Delve's; what was read
   * before it is complete, but for the goroutine Delve stopped on, whose stack `bt` prints next.
   */
  prompt(): boolean {
    this.seen = true;
    if (!this.atStop) this.scan.endSection();
    return true;
  }

  /**
   * `Total: N` after a group's goroutines: Delve shows only the first few of each group, and counts
   * them all. The others are the process's too: counted, their stacks unknown.
   */
  groupTotal(total: number): boolean {
    if (!this.seen) return false;
    this.scan.endSection();
    if (total > this.inGroup) {
      this.unlisted.push({ listedIds: this.groupIds, count: total - this.inGroup, line: this.scan.lineNo });
      this.scan.log.warn(this.scan.lineNo, `line ${this.scan.lineNo}: Delve listed ${this.inGroup} of this group's ${total} goroutines; the other ${total - this.inGroup} are counted, their stacks are not in the text`);
    }
    this.startGroup();
    return true;
  }

  groupName(): boolean {
    if (!this.seen) return false;
    this.scan.endSection();
    this.startGroup();
    return true;
  }

  /** `Too many groups`: the groups Delve did not print are in no count. */
  tooManyGroups(): boolean {
    if (!this.seen) return false;
    this.scan.endSection();
    this.scan.log.warn(this.scan.lineNo, `line ${this.scan.lineNo}: Delve printed only some of the groups; the goroutines of the others are neither listed nor counted`);
    return true;
  }

  private startGroup(): void {
    this.inGroup = 0;
    this.groupIds = [];
  }

  /** `[N goroutines]`, the end of the list. */
  listEnd(count: number): boolean {
    if (!this.seen) return false;
    this.scan.endSection();
    if (count !== this.listed) {
      this.scan.log.warn(this.scan.lineNo, `line ${this.scan.lineNo}: Delve counted ${count} goroutines; ${this.listed} are in the text`);
    }
    this.listed = 0;
    this.startGroup();
    return true;
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
