// `runtime: program exceeds N-thread limit` is what the runtime prints right before `fatal error:
// thread exhaustion`: the two are one crash, the limit in its message, behind a log prefix or not,
// read alike as a string and as bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

// scripts/go/threadlimit (Go 1.19): 20 goroutines blocked in read(2) under a 12-thread limit, every goroutine printed.
const dump = readFileSync('test/fixtures/goroutines/thread_limit_all_goroutines.txt', 'utf8');

function reading(a: GoroutineAnalysis) {
  return {
    crash: a.dump.crash?.message ?? null, goroutines: a.dump.goroutines.length, crashed: a.groups.filter(g => g.crashed).length,
    stackSuspect: a.stackSuspect?.sentence ?? null, skipped: a.dump.warnings.filter(w => /skipped/.test(w.message)).map(w => w.message),
  };
}

function read(text: string) {
  const asText = reading(analyzeGoroutineDump(text));
  assert.deepEqual(reading(analyzeGoroutineDump(new TextEncoder().encode(text))), asText, 'bytes and text read alike');
  return asText;
}

const expected = {
  crash: 'runtime: program exceeds 12-thread limit / fatal error: thread exhaustion', goroutines: 25, crashed: 0,
  stackSuspect: 'the process crashed (runtime: program exceeds 12-thread limit / fatal error: thread exhaustion) in runtime.checkmcount (proc.go:765), as its runtime stack shows',
  skipped: [],
};

describe('goroutines: a thread limit exceeded, then thread exhaustion', () => {
  it('Go\'s own output: one crash, thrown on sysmon (no goroutine blamed), where its runtime stack says', () => {
    assert.deepEqual(read(dump), expected);
  });

  it('behind journalctl\'s prefix', () => {
    assert.deepEqual(read(dump.replace(/^/gm, 'Mar 02 10:11:12 node-7 threadlimit[4121]: ')), expected);
  });

  it('the limit\'s line alone is not taken for any other words: `runtime: program exceeds` needs its thread limit', () => {
    const text = 'runtime: program exceeds its budget\nfatal error: thread exhaustion\n\n' + dump.slice(dump.indexOf('runtime stack:'));
    assert.equal(analyzeGoroutineDump(text).dump.crash?.message, 'fatal error: thread exhaustion');
  });
});
