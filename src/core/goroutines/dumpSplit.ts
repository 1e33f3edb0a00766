// Where one dump ends and the next begins when a text holds several (a service log with a dump per
// round or per SIGQUIT, captures appended to one file). Go never prints a goroutine id twice in
// one dump, with one exception: GOTRACEBACK=crash prints a goroutine running on another thread as
// "stack unavailable", then again with its stack in that thread's section. Any other repeated id
// means the next dump has started; so does the crash line of another process's end after a
// goroutine (two panics pasted one after the other, a log of a service that crashed twice). Only the last dump is kept: counting the goroutines of every
// dump would multiply the groups, and the last is the process's latest state.
//
// One pass over the scanned table when the scan is done, so scanning pays nothing per goroutine.
import type { CrashHeader, EarlierDump } from './model';
import type { GoroutineTable } from './goroutineTable';
import { crashEndsProcess } from './crashLines';
import { RowsById } from './rowsById';

export interface DumpSplit {
  /** Dumps before the last one, oldest first; empty when the text holds one dump. */
  readonly earlier: readonly Omit<EarlierDump, 'crash'>[];
  /** The last dump's first row, and its first line (its crash header, or its first goroutine). */
  readonly firstRow: number;
  /** The first row of the dump before the last one (equal to firstRow with one dump). */
  readonly previousFirstRow: number;
  readonly startLine: number;
  /** Rows of goroutines printed "stack unavailable" and later with their stack: to leave out. */
  readonly superseded: readonly number[];
  /** Crash headers of goroutines that crashed while the dump was being printed: read with it, not as the next dump. */
  readonly simultaneous: readonly CrashHeader[];
}

/** `crashes`: every crash header of the text, in text order. */
export function splitDumps(table: GoroutineTable, crashes: readonly CrashHeader[]): DumpSplit {
  const rows = table.length;
  const earlier: Omit<EarlierDump, 'crash'>[] = [];
  const superseded: number[] = [];
  const simultaneous: CrashHeader[] = [];
  if (rows === 0) return { earlier, firstRow: 0, previousFirstRow: 0, startLine: 0, superseded, simultaneous };
  let startLine = crashes.length > 0 && crashes[0].line < table.startLine(0) ? crashes[0].line : table.startLine(0);
  startLine = crashesWithoutGoroutines(table, crashes, earlier) ?? startLine;
  if (idsNeverRepeat(table) && !crashes.some(c => c.line > table.startLine(0) && crashEndsProcess(c.message))) {
    return { earlier, firstRow: 0, previousFirstRow: 0, startLine, superseded, simultaneous };
  }
  const seen = new RowsById(table, rows);
  /** Rows of the current dump printed "stack unavailable", not yet superseded. */
  const unavailable = new Set<number>();
  let firstRow = 0;
  let previousFirstRow = 0;
  /** The current dump's last row that may open a dump: `running` (the goroutine writing it) or a thread's goroutine 0. */
  let opener = -1;
  let crashesBefore = 0;
  /** The current dump's last goroutine (not a race access), or -1. */
  let lastRow = -1;
  const headerKinds = new HeaderKinds(table);
  for (let row = 0; row < rows; row++) {
    const id = table.id(row);
    const kind = headerKinds.of(row);
    // Race detector accesses name goroutines that also appear in the dump: they are no repeats.
    if (kind === RACE_ACCESS) continue;
    const line = table.startLine(row);
    const crashesFrom = crashesBefore;
    while (crashesBefore < crashes.length && crashes[crashesBefore].line < line) crashesBefore++;
    const opens = id === 0 || kind === RUNNING;
    // Another process's end after this dump's goroutines: the next dump starts at its crash line.
    const end = lastRow < 0 ? undefined : crashes.slice(crashesFrom, crashesBefore).find(c => c.line > table.endLine(lastRow) && crashEndsProcess(c.message));
    if (end !== undefined && kind === RUNNING && crashedAtTheSameTime(table, seen, unavailable, lastRow, end, row)) {
      simultaneous.push(end);
    } else if (end !== undefined) {
      restart(table, seen, unavailable, superseded, row, row);
      const left = superseded.filter(r => r >= firstRow && r < row).length;
      earlier.push({ lines: { start: startLine, end: end.line - 1 }, goroutines: row - firstRow - left });
      previousFirstRow = firstRow;
      firstRow = row;
      startLine = end.line;
      opener = opens ? row : -1;
      lastRow = row;
      if (table.hasRareParts(row) && table.rare(row)!.stackUnavailable) unavailable.add(row);
      continue;
    }
    lastRow = row;
    const before = id === 0 ? -1 : seen.add(row);
    if (before >= 0) {
      if (unavailable.delete(before)) {
        superseded.push(before);
        // This row takes the place of the one seen before: later lookups of the id find it.
        seen.replace(before, row);
      } else {
        // The next dump starts at its crash header, or at its first goroutine, or here: the latest of them.
        const lastCrash = crashesBefore > 0 ? crashes[crashesBefore - 1] : null;
        let kept = !opens && opener > firstRow ? opener : row;
        const crashLine = lastCrash !== null && lastCrash.line > startLine ? lastCrash.line : 0;
        while (kept < row && table.startLine(kept) < crashLine) kept++;
        // When the id repeats within what would be the next dump, that dump started later, here.
        if (!restart(table, seen, unavailable, superseded, kept, row)) restart(table, seen, unavailable, superseded, kept = row, row);
        const previousEnd = kept > firstRow ? table.endLine(kept - 1) : startLine;
        // A crash on the previous goroutine's last line was glued to it (flattenedStack.ts): the next dump starts there too.
        const start = crashLine >= previousEnd ? crashLine : table.startLine(kept);
        const left = superseded.filter(r => r >= firstRow && r < kept).length;
        earlier.push({ lines: { start: startLine, end: start - 1 }, goroutines: kept - firstRow - left });
        previousFirstRow = firstRow;
        firstRow = kept;
        startLine = start;
        if (opener < kept) opener = -1;
      }
    }
    if (table.hasRareParts(row) && table.rare(row)!.stackUnavailable) unavailable.add(row);
    if (opens) opener = row;
  }
  return { earlier, firstRow, previousFirstRow, startLine, superseded, simultaneous };
}

/**
 * Crash lines that each end a process, one after the other before the first goroutine (two
 * processes' panics on consecutive lines of one log), or that each log a panic recovered (a
 * server's line for every request that panicked, the stack printed under the last one only): all
 * but the last are dumps of their own whose goroutines are not in the text, pushed to `earlier`.
 * Returns the last one's line, where the dump of the goroutines starts, or null when fewer than two
 * such crashes lead.
 */
function crashesWithoutGoroutines(table: GoroutineTable, crashes: readonly CrashHeader[], earlier: Omit<EarlierDump, 'crash'>[]): number | null {
  const firstGoroutine = table.startLine(0);
  let leading = 0;
  // A crash on the goroutine's own line leads it: its header was glued to the crash's words (flattenedStack.ts).
  while (leading < crashes.length && crashes[leading].line <= firstGoroutine && endsItsEvent(crashes[leading])) leading++;
  if (leading < 2) return null;
  for (let i = 0; i + 1 < leading; i++) earlier.push({ lines: { start: crashes[i].line, end: crashes[i + 1].line - 1 }, goroutines: 0 });
  return crashes[leading - 1].line;
}

/** The crash line is the whole of one event: the process ended, or the panic was recovered and logged. */
function endsItsEvent(crash: CrashHeader): boolean {
  return crash.recovered === true || crashEndsProcess(crash.message);
}

/**
 * Two goroutines that crash at once are both printed: the second's crash line right under the
 * first dump's last line (its writer waited on the runtime's lock to print), then its `running`
 * goroutine, which the first dump did not print with a stack (it was running on another thread).
 * Another process's crash pasted after a dump has other text, or a blank line, before it.
 */
function crashedAtTheSameTime(
  table: GoroutineTable, seen: RowsById, unavailable: ReadonlySet<number>, lastRow: number, crash: CrashHeader, row: number,
): boolean {
  if (crash.line !== table.endLine(lastRow) + 1 || table.startLine(row) - crash.line > 2) return false;
  const before = seen.find(row);
  return before < 0 || unavailable.has(before);
}

/**
 * The common case, told without a loop over the rows: no goroutine printed twice (Go's sort of the
 * ids, not a lookup per row, in the code that runs once per dump), and neither race accesses nor
 * "stack unavailable" goroutines, whose ids may repeat within one dump. Id 0 (a thread's
 * goroutine 0) repeats in any dump.
 */
function idsNeverRepeat(table: GoroutineTable): boolean {
  if (table.hasAnyRareParts || table.sharedHeaders.some(h => h.state.startsWith('data race'))) return false;
  const ids = table.ids().sort();
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1] && ids[i] !== 0) return false;
  return true;
}

const OTHER = 1;
const RUNNING = 2;
const RACE_ACCESS = 3;

/** What a row's header says for the split, read once per distinct header (a dump has few): the loop runs once over every goroutine. */
class HeaderKinds {
  private readonly kinds: number[] = [];
  constructor(private readonly table: GoroutineTable) {}

  of(row: number): number {
    const index = this.table.headerIndex(row);
    let kind = this.kinds[index];
    if (kind === undefined) {
      const state = this.table.headerAt(index).state;
      kind = this.kinds[index] = state.startsWith('data race') ? RACE_ACCESS : state === 'running' ? RUNNING : OTHER;
    }
    return kind;
  }
}

/** The lookups hold rows [from, row] (leaving out superseded ones); false when row's id repeats among them. */
function restart(
  table: GoroutineTable, seen: RowsById, unavailable: Set<number>, superseded: readonly number[], from: number, row: number,
): boolean {
  seen.clear();
  unavailable.clear();
  const left = new Set(superseded);
  for (let r = from; r < row; r++) {
    if (left.has(r) || table.header(r).state.startsWith('data race')) continue;
    seen.add(r);
    if (table.rare(r)?.stackUnavailable) unavailable.add(r);
  }
  return table.id(row) === 0 || seen.add(row) < 0;
}
