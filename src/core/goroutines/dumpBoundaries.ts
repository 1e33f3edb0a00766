// Where one dump ends and the next begins when a text holds several (a service log with a dump per
// round or per SIGQUIT, captures appended to one file). Go never prints a goroutine id twice in
// one dump, with one exception: GOTRACEBACK=crash prints a goroutine running on another thread as
// "stack unavailable", then again with its stack in that thread's section. Any other repeated id
// means the next dump has started. The scanner keeps only the last dump: counting the goroutines
// of every dump would multiply the groups, and the last is the process's latest state.
import type { CrashHeader, EarlierDump } from './model';
import type { GoroutineTable } from './goroutineTable';
import { GoroutineIdSet } from './goroutineIdSet';

/** A header's id was printed before in the current dump: what the scanner must do about it. */
export type RepeatedId =
  /** A goroutine's stack after its "stack unavailable": the goroutine at `index` gives way to it. */
  | { readonly kind: 'stackFound'; readonly index: number }
  /** The next dump starts at line `start` (its crash header, or `crash` null), with the table's goroutines from `keptFrom` on. */
  | { readonly kind: 'nextDump'; readonly start: number; readonly keptFrom: number; readonly crash: CrashHeader | null };

export class DumpBoundaries {
  private readonly ids = new GoroutineIdSet();
  /** Ids of the current dump printed with "stack unavailable". */
  private readonly unavailable = new Set<number>();
  /** Dumps before the current one, oldest first. */
  readonly earlier: EarlierDump[] = [];
  /** The current dump's crash header or first goroutine header; 0 before either. */
  startLine = 0;
  /** Index of the current dump's last goroutine that may open a dump (`running`, or goroutine 0), else -1. */
  private startIndex = -1;
  /** The crash header read last: it opens the next dump when that dump's goroutines repeat ids. */
  private lastCrash: CrashHeader | null = null;

  crashHeader(header: CrashHeader): void {
    this.lastCrash = header;
  }

  stackUnavailable(id: number): void {
    this.unavailable.add(id);
  }

  /**
   * Goroutine header at `line`, before the goroutine is added to `table` (and before the table
   * changes as this answer says). `crash` is the current dump's crash header. Null when the id is new.
   */
  header(id: number, state: string, line: number, table: GoroutineTable, crash: CrashHeader | null): RepeatedId | null {
    // A dump's first goroutine is the one writing it (`running`), or a thread's (crash dumps).
    const opensDump = id === 0 || state === 'running';
    let answer: RepeatedId | null = null;
    if (this.ids.add(id)) {
      if (this.startLine === 0) this.startLine = crash?.line ?? line;
    } else if (this.unavailable.delete(id)) {
      let index = table.length - 1;
      while (index >= 0 && table.id(index) !== id) index--;
      if (index >= 0) {
        answer = { kind: 'stackFound', index };
        if (this.startIndex > index) this.startIndex--;
      }
    } else {
      answer = this.nextDump(id, opensDump, line, table);
    }
    if (opensDump) {
      // The index this goroutine will have once the table is changed as answered and it is added.
      const removed = answer === null ? 0 : answer.kind === 'stackFound' ? 1 : answer.keptFrom;
      this.startIndex = table.length - removed;
    }
    return answer;
  }

  /** The next dump starts at its crash header, or at its first goroutine, or at this header: the latest of them. */
  private nextDump(id: number, opensDump: boolean, line: number, table: GoroutineTable): RepeatedId {
    let keptFrom = !opensDump && this.startIndex > 0 ? this.startIndex : table.length;
    const crashLine = this.lastCrash !== null && this.lastCrash.line > this.startLine ? this.lastCrash.line : 0;
    while (keptFrom < table.length && table.startLine(keptFrom) < crashLine) keptFrom++;
    // When the id repeats within what would be the next dump, that dump started later, here.
    if (!this.restartIds(table, keptFrom, id)) this.restartIds(table, keptFrom = table.length, id);
    const previousEnd = keptFrom > 0 ? table.endLine(keptFrom - 1) : this.startLine;
    const crash = crashLine > previousEnd ? this.lastCrash : null;
    const start = crash ? crash.line : keptFrom < table.length ? table.startLine(keptFrom) : line;
    this.earlier.push({ lines: { start: this.startLine, end: start - 1 }, goroutines: keptFrom });
    this.startIndex = this.startIndex >= keptFrom ? this.startIndex - keptFrom : -1;
    this.startLine = start;
    return { kind: 'nextDump', start, keptFrom, crash };
  }

  /** The id sets hold the goroutines from `from` on, and `id`; false when `id` is among them. */
  private restartIds(table: GoroutineTable, from: number, id: number): boolean {
    this.ids.clear();
    this.unavailable.clear();
    for (let i = from; i < table.length; i++) {
      this.ids.add(table.id(i));
      if (table.rare(i)?.stackUnavailable) this.unavailable.add(table.id(i));
    }
    return this.ids.add(id);
  }
}
