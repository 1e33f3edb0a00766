// Of a text that holds several dumps (a log of one process's crashes, a watch's repeated dumps), the
// last one is grouped: at the scan's end (scanner.ts' finish) the goroutines, crash lines, runtime
// stacks and headless stacks of the earlier dumps are left out, and the dumps left out are told.
import type { EarlierDump, HeadlessStack } from './model';
import type { GoroutineTable } from './goroutineTable';
import type { CrashHeaders } from './dumpBoundaries';
import type { RuntimeStacks } from './runtimeStacks';
import type { WarningLog } from './warningLog';
import { splitDumps } from './dumpSplit';
import { appendAll } from '../appendAll';

/** What the scan read, of which the earlier dumps are left out in place. */
export interface ReadDumps {
  readonly goroutines: GoroutineTable;
  readonly crashes: CrashHeaders;
  readonly runtimeStacks: RuntimeStacks;
  readonly headlessStacks: HeadlessStack[];
  readonly log: WarningLog;
}

/**
 * Leaves out all but the text's last dump, and goroutines printed again with their stack; returns
 * the dumps left out, and the goroutines of the one before the last.
 */
export function keepLastDump(read: ReadDumps): { earlier: readonly EarlierDump[]; previous: GoroutineTable | null } {
  const { goroutines: table, crashes, log } = read;
  const split = splitDumps(table, crashes.all);
  for (const crash of split.simultaneous) {
    log.warn(crash.line, `line ${crash.line}: another goroutine crashed at the same time (${crash.message}): ` +
      'its goroutine is read with this dump, whose crash is the first');
  }
  const previous = split.earlier.length === 0 ? null : table.copyRows(split.previousFirstRow, split.firstRow, new Set(split.superseded));
  for (const row of split.superseded.filter(r => r >= split.firstRow).sort((a, b) => b - a)) table.remove(row, 1);
  const allCrashes = crashes.all;
  // Both in text order: one pass, as a log of many crash lines may make as many dumps.
  let next = 0;
  const earlier = split.earlier.map(d => {
    while (next < allCrashes.length && allCrashes[next].line < d.lines.start) next++;
    return { ...d, crash: next < allCrashes.length && allCrashes[next].line <= d.lines.end ? allCrashes[next] : null };
  });
  if (previous === null) return { earlier, previous };
  table.remove(0, split.firstRow);
  crashes.startDumpAt(split.startLine);
  read.runtimeStacks.keepFrom(split.startLine);
  const ownHeadless = read.headlessStacks.filter(stack => stack.lines.start >= split.startLine);
  read.headlessStacks.length = 0;
  appendAll(read.headlessStacks, ownHeadless);
  const first = earlier[0].lines.start;
  const why = earlier.some(d => d.goroutines === 0) ? 'crash lines follow each other' : 'goroutine ids repeat';
  // Past the warning cap too: without it the counts would be read as the whole text's.
  log.always(split.startLine,
    `the text holds ${split.earlier.length + 1} goroutine dumps (from line ${first}; ${why}): ` +
    `only the last one, from line ${split.startLine}, is grouped; select another dump's lines to group it`);
  return { earlier, previous };
}
