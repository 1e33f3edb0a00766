// A signal that hits a thread's system stack: Go's signal handler prints that thread's g0 first
// (`goroutine 0 [idle]:`), then, first of the others and running, the goroutine that ran on the
// thread (tracebackothers). That goroutine crashed, never the idle g0; a g0 without frames and no
// goroutine after it is a thread that ran none. Read alike as a string and as bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

// Hand-made in Go 1.19's print order: a SIGSEGV in the heap's allocSpan on g0, under goroutine 21's mallocgc.
const systemStack = readFileSync('test/fixtures/goroutines/sigsegv_system_stack_g0_then_running.txt', 'utf8');
// golang/go#52963: the dump under a test's `crash_cgo_test.go:611: `, `goroutine 0 [idle]:` with `runtime: g 0: unknown pc`.
const unknownPc = readFileSync('test/fixtures/goroutines/pasted/golang_52963_test_log_indented_cgo_sigsegv_goroutine0_unknown_pc.txt', 'utf8');

function reading(a: GoroutineAnalysis) {
  return {
    crashed: a.groups.filter(g => g.crashed).map(g => g.goroutineIds), first: a.groups[0]?.suspect ?? null, stackSuspect: a.stackSuspect?.sentence ?? null,
  };
}

function read(text: string) {
  const asText = reading(analyzeGoroutineDump(text));
  assert.deepEqual(reading(analyzeGoroutineDump(new TextEncoder().encode(text))), asText, 'bytes and text read alike');
  return asText;
}

describe('goroutines: a signal on a thread\'s g0 (`goroutine 0 [idle]`)', () => {
  it('blames the running goroutine Go prints right after the g0, where its own frames stand', () => {
    assert.deepEqual(read(systemStack), {
      crashed: [[21]], first: '1 goroutine crashed (SIGSEGV: segmentation violation) in cache.(*Cache).fill (cache.go:58), created by cache.New', stackSuspect: null,
    });
  });

  it('behind a log prefix too', () => {
    assert.deepEqual(read(systemStack.replace(/^/gm, '2026-03-02T10:11:12.345Z stderr F ')).crashed, [[21]]);
  });

  it('a g0 without frames and no goroutine after it: the crash is said, no goroutine blamed (golang/go#52963)', () => {
    assert.deepEqual(read(unknownPc), {
      crashed: [], first: null,
      stackSuspect: 'the process crashed (SIGSEGV: segmentation violation) on a thread that ran no goroutine (goroutine 0 [idle], no frame Go could walk)',
    });
  });

  it('a goroutine after the g0 that is not running did not run on that thread: the g0\'s frames say where the fault was', () => {
    const waiting = systemStack.replace('goroutine 21 [running]:', 'goroutine 21 [runnable]:');
    assert.deepEqual(read(waiting).crashed, [[0]]);
  });
});
