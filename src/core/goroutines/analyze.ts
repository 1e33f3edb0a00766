// One call from bytes to ranked groups: what the CLI, the extension and a worker use.

import type { GoroutineDump, GoroutineGroup, Similarity, WaitTarget } from './model';
import { scanGoroutineDump } from './scanner';
import { groupGoroutines, groupStackRecords } from './grouping';
import { summarizeWaitTargets } from './waitTargets';

export interface AnalyzeOptions {
  readonly similarity?: Similarity;
  readonly idSampleSize?: number;
  readonly maxWarnings?: number;
}

export interface GoroutineAnalysis {
  readonly dump: GoroutineDump;
  /** Ranked: likely problem first, idle runtime groups last. */
  readonly groups: readonly GoroutineGroup[];
  readonly waitTargets: readonly WaitTarget[];
  /** What the dump says (debug=1 `total N`), else the goroutines found. */
  readonly total: number;
  /** Goroutines (or counted stacks) actually parsed. */
  readonly parsed: number;
}

export function analyzeGoroutineDump(input: string | Uint8Array, options: AnalyzeOptions = {}): GoroutineAnalysis {
  const similarity = options.similarity ?? 'default';
  const dump = scanGoroutineDump(input, { keepArgs: similarity !== 'default', maxWarnings: options.maxWarnings });
  const groups = dump.format === 'debug1'
    ? groupStackRecords(dump.records)
    : groupGoroutines(dump.goroutines, { similarity, idSampleSize: options.idSampleSize });
  const parsed = dump.format === 'debug1' ? dump.records.reduce((sum, r) => sum + r.count, 0) : dump.goroutines.length;
  return { dump, groups, waitTargets: summarizeWaitTargets(dump.goroutines), total: dump.declaredTotal ?? parsed, parsed };
}
