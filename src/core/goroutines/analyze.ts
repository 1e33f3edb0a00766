// One call from bytes to ranked groups: what the CLI, the extension and a worker use.

import type { CrashHeader, GoroutineDump, GoroutineGroup, GroupGrowth, Similarity, SourceFrame, StackRecord, WaitTarget } from './model';
import { crashRuntimeStack, inferredStuckDump, stackPrintedByProgram, stuckDumpOf, throwSiteOf, type StuckDump } from './crashCulprit';
import { stackSuspectOf, type StackSuspect } from './stackSuspect';
import { compareGroups } from './compare';
import { GoroutineDumpScanner, pushText } from './scanInput';
import { groupGoroutines, groupStackRecords } from './grouping';
import { isRaceState } from './ranking';
import { crashEndsProcess, crashNamesCulprit } from './crashLines';
import { summarizeWaitTargets } from './waitTargets';
import type { ByteSearch } from './byteSearch';
import { describeBadReturnPc, walkBehindCrash } from './badReturnPc';

export interface AnalyzeOptions {
  readonly similarity?: Similarity;
  readonly idSampleSize?: number;
  readonly maxWarnings?: number;
  /** The host's faster searches over bytes (Node's Buffer); default the portable ones. */
  readonly byteSearch?: ByteSearch;
  /** The caller can push the text again (scanInput.ts's `ScanInputOptions.rereadable`); see `needsRereading`. */
  readonly rereadable?: boolean;
}

export interface GoroutineAnalysis {
  readonly dump: GoroutineDump;
  /** Ranked: likely problem first, idle runtime groups last. */
  readonly groups: readonly GoroutineGroup[];
  readonly waitTargets: readonly WaitTarget[];
  /** What the dump says (debug=1 `total N`), else the goroutines found and those it counts without printing (Delve's group totals). */
  readonly total: number;
  /** Goroutines (or counted stacks) actually parsed; not the stacks of race detector reports. */
  readonly parsed: number;
  /** Stacks of race detector reports (each access and its goroutine's creation), grouped with the goroutines. */
  readonly raceAccesses: number;
  /** A deadlock or `go test` timeout: every blocked group is stuck for good. */
  readonly stuck: StuckDump | null;
  /** When the text holds several dumps: per group, the count in the dump before the last and in the last. */
  readonly growthSincePreviousDump: readonly GroupGrowth[] | null;
  /**
   * The dump before the last and the last are separate events (a crash ended one process, the
   * next dump is another's, as in a log of restarts): their groups are not compared.
   */
  readonly separateFromPreviousDump: boolean;
  /** What the stacks outside the groups say when no group does (stackSuspect.ts), else null. */
  readonly stackSuspect: StackSuspect | null;
}

/**
 * `analyzeGoroutineDump` for input that arrives in pieces (a file stream): `push` UTF-8 bytes in
 * chunks of any size, then `finish`. The whole dump never has to be in memory at once.
 */
export class GoroutineDumpAnalyzer {
  private readonly scanner: GoroutineDumpScanner;

  constructor(private readonly options: AnalyzeOptions = {}) {
    const similarity = options.similarity ?? 'default';
    this.scanner = new GoroutineDumpScanner({ keepArgs: similarity !== 'default', maxWarnings: options.maxWarnings, byteSearch: options.byteSearch, rereadable: options.rereadable });
  }

  /** With `rereadable`: the text read so far is void (its lines are newest first, say); push it again to an analyzer without it. */
  get needsRereading(): boolean {
    return this.scanner.needsRereading;
  }

  push(bytes: Uint8Array): void {
    this.scanner.push(bytes);
  }

  finish(): GoroutineAnalysis {
    return analyzeScannedDump(this.scanner.finish(), this.options);
  }
}

export function analyzeGoroutineDump(input: string | Uint8Array, options: AnalyzeOptions = {}): GoroutineAnalysis {
  const analyzer = new GoroutineDumpAnalyzer(options);
  if (typeof input === 'string') pushText(analyzer, input);
  else analyzer.push(input);
  return analyzer.finish();
}

function crashOf(dump: GoroutineDump): { index: number; message: string; recovered: boolean; printedByProgram: boolean; site: SourceFrame | null; walk?: string } | undefined {
  const index = dump.crashedGoroutine;
  if (index < 0) return undefined;
  const walk = dump.crash === null ? undefined : walkBehindCrash(dump.crash.message, dump.badReturnPcs, dump.crash.line);
  const printedByProgram = dump.crash !== null && stackPrintedByProgram(dump.crash, dump.goroutines.get(index));
  // A panic whose message the paste lost still names its goroutine (a `panic` frame while running).
  return { index, message: dump.crash?.message ?? '', recovered: dump.crash?.recovered === true, printedByProgram, site: systemStackSite(dump), ...(walk ? { walk: describeBadReturnPc(walk) } : {}) };
}

/** Where the crash's `runtime stack:` (the crashing thread's system stack, printed after it) says the runtime threw, or null. */
function systemStackSite(dump: GoroutineDump): SourceFrame | null {
  const stack = crashRuntimeStack(dump.crash, dump.runtimeStacks);
  return stack === undefined ? null : throwSiteOf(stack);
}

function analyzeScannedDump(dump: GoroutineDump, options: AnalyzeOptions): GoroutineAnalysis {
  const stuck = dump.crash === null ? inferredStuckDump(dump.goroutines) : stuckDumpOf(dump.crash.message);
  const similarity = options.similarity ?? 'default';
  const groups = dump.format === 'debug1'
    ? groupedRecords(dump.records)
    : groupGoroutines(dump.goroutines, {
      similarity, idSampleSize: options.idSampleSize, crash: crashOf(dump),
      stuck: stuck?.reason, unlisted: dump.unlisted,
    });
  // Race reports rank first and are few: counted from the groups, not per goroutine.
  const raceAccesses = groups.reduce((sum, g) => sum + (isRaceState(g.state) ? g.count : 0), 0);
  const parsed = dump.format === 'debug1' ? dump.records.reduce((sum, r) => sum + r.count, 0) : dump.goroutines.length - raceAccesses;
  // The previous dump is grouped only to count its groups: same similarity, no crash or stuck verdicts.
  const previousCrash = dump.earlierDumps.length > 0 ? dump.earlierDumps[dump.earlierDumps.length - 1].crash : null;
  const separateFromPreviousDump = dump.previousDump !== null && (endsItsProcess(previousCrash) || endsItsProcess(dump.crash));
  const growthSincePreviousDump = dump.previousDump && !separateFromPreviousDump
    ? compareGroups(groupGoroutines(dump.previousDump, { similarity, idSampleSize: 0 }), groups)
    : null;
  return {
    dump, groups, waitTargets: summarizeWaitTargets(dump.goroutines), total: dump.format === 'debug1' ? dump.declaredTotal ?? parsed : parsed + countedNotPrinted(dump), parsed,
    stuck, growthSincePreviousDump, separateFromPreviousDump, raceAccesses, stackSuspect: stackSuspectOf(dump, groups),
  };
}

/**
 * The records' groups; then their hidden addresses are let go: only the grouping reads them, and
 * kept they weighed ~190 bytes a record (40,000 records: +7.7 MB) for as long as the dump lives.
 */
function groupedRecords(records: readonly StackRecord[]): GoroutineGroup[] {
  const groups = groupStackRecords(records);
  for (const r of records) if (r.hiddenAddresses) r.hiddenAddresses = null;
  return groups;
}

/** Goroutines the text counts without printing them (Delve's group totals): the process has them too. */
function countedNotPrinted(dump: GoroutineDump): number {
  let count = 0;
  for (const u of dump.unlisted ?? []) count += u.count;
  return count;
}

/**
 * A crash that ends its process: a panic, a fatal error, a fault (a recovered panic's server lives
 * on, a SIGQUIT dump is asked for): what a dump after it shows is another process's.
 */
function endsItsProcess(crash: CrashHeader | null): boolean {
  return crash !== null && (crashEndsProcess(crash.message) || (crashNamesCulprit(crash) && crash.recovered !== true));
}
