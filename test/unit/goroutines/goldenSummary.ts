// The JSON a golden file holds for one dump: everything the views and the CLI rely on, so a
// change in scanning, grouping or ranking shows up as a reviewable diff.
import { analyzeGoroutineDump, type GoroutineGroup, type Similarity, type SourceFrame } from '../../../src/core/goroutines';

export const GOLDEN_DIR = 'test/fixtures/goroutines/golden';
export const CORPUS_DIR = 'test/fixtures/corpus';
export const DEMO_DIR = 'test/fixtures/goroutines';

/** Dumps from scripts/go/goroutinegen (and racegen) and the stricter similarities checked on them. */
export const DEMO_GOLDENS: readonly { file: string; similarity: Similarity }[] = [
  { file: 'demo_debug2.txt', similarity: 'default' },
  { file: 'demo_debug2.txt', similarity: 'args' },
  { file: 'demo_debug2.txt', similarity: 'exact' },
  { file: 'demo_debug1.txt', similarity: 'default' },
  { file: 'demo_sigquit.txt', similarity: 'default' },
  // A service log with a dump every round: only the last dump is grouped.
  { file: 'demo_log_dumps.txt', similarity: 'default' },
  // GOTRACEBACK=crash: a goroutine running on another thread, its stack printed in that thread's section.
  { file: 'demo_crash_running.txt', similarity: 'default' },
  // A panic in main (its goroutine first, then all others), and a deadlock: every goroutine asleep.
  { file: 'demo_panic.txt', similarity: 'default' },
  { file: 'demo_panic_system.txt', similarity: 'default' },
  { file: 'demo_deadlock.txt', similarity: 'default' },
  { file: 'demo_repanic.txt', similarity: 'default' },
  { file: 'demo_fault.txt', similarity: 'default' },
  { file: 'demo_test_timeout.txt', similarity: 'default' },
  // scripts/go/racegen: a race detector report, then a panic's goroutine dump.
  { file: 'race_then_panic.txt', similarity: 'default' },
];

export function goldenName(file: string, similarity: Similarity): string {
  return `${file.replace(/\.txt$/, '')}${similarity === 'default' ? '' : `.${similarity}`}.json`;
}

const frame = (f: SourceFrame) => `${f.func} ${f.file}:${f.line}`;

function groupSummary(g: GoroutineGroup) {
  return {
    count: g.count, state: g.state, stateInferred: g.stateInferred, waitMinutes: g.waitMinutes,
    lockedToThread: g.lockedToThread, leaked: g.leaked, labels: g.labels, frames: g.frames.map(frame),
    createdBy: g.createdBy ? frame(g.createdBy) : null, goroutineIds: g.goroutineIds, firstLines: g.firstLines,
    framesElided: g.framesElided, stackUnavailable: g.stackUnavailable, isIdleRuntime: g.isIdleRuntime,
    crashed: g.crashed, suspect: g.suspect, waitTargets: g.waitTargets,
  };
}

export function goldenSummary(bytes: Uint8Array, similarity: Similarity = 'default') {
  const a = analyzeGoroutineDump(bytes, { similarity });
  return {
    format: a.dump.format, total: a.total, parsed: a.parsed, raceAccesses: a.raceAccesses, truncated: a.dump.truncated, crash: a.dump.crash,
    runtimeStacks: a.dump.runtimeStacks.map(s => ({ lines: s.lines, frames: s.frames.map(frame) })),
    // Only where there are any, so that the goldens of dumps without them read as before.
    ...(a.dump.headlessStacks.length > 0 ? {
      headlessStacks: a.dump.headlessStacks.map(s => ({ lines: s.lines, frames: s.frames.map(frame), createdBy: s.createdBy ? frame(s.createdBy) : null })),
      cutAtStart: a.dump.cutAtStart,
    } : {}),
    ...(a.stackSuspect ? { stackSuspect: a.stackSuspect.sentence } : {}),
    earlierDumps: a.dump.earlierDumps,
    warnings: a.dump.warnings, waitTargets: a.waitTargets, groups: a.groups.map(groupSummary),
  };
}
