// Race detector reports: each access becomes a goroutine parked on the raced address, ranked first
// (after the goroutine that crashed, when the program went on to crash) with a plain sentence; the report's "created at" sections give the creators. The fixture is real
// output of scripts/go/racegen (Go 1.19, `go run -race`): a race, then a panic's goroutine dump.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpAnalyzer } from '../../../src/core/goroutines';

const RACE_THEN_PANIC = 'test/fixtures/goroutines/race_then_panic.txt';

describe('goroutines: race detector reports', () => {
  const text = readFileSync(RACE_THEN_PANIC, 'utf8');

  it('turns each access into a goroutine on the raced address, ranked first after the crash', () => {
    const a = analyzeGoroutineDump(text);
    const [crash, read, write] = a.groups;
    assert.equal(crash.suspect, '1 goroutine crashed (panic: after the race) in main.main (main.go:50)');
    assert.equal(crash.crashed, true);
    assert.equal(read.state, 'data race (read)');
    assert.deepEqual(read.goroutineIds, [6]);
    assert.deepEqual(read.frames.map(f => `${f.func}:${f.line}`), ['main.(*stats).record:18', 'main.worker:25', 'main.main.func2:37']);
    assert.equal(read.createdBy?.func, 'main.main');
    assert.equal(read.createdBy?.line, 37);
    assert.equal(read.suspect, '1 goroutine in a data race: read of 0x00c0000180d8 in main.(*stats).record (main.go:18), created by main.main');
    assert.equal(write.state, 'data race (previous write)');
    assert.deepEqual(write.goroutineIds, [1], '"by main goroutine" is goroutine 1');
    assert.equal(write.createdBy, null);
    assert.deepEqual(write.firstLines, { start: 11, end: 13 });
    assert.deepEqual(a.waitTargets.map(t => t.description), ['data race on 0x00c0000180d8: 1 read, 1 write']);
    // The panic's dump after the report is read as usual.
    assert.equal(a.dump.crash?.message, 'panic: after the race');
    assert.deepEqual(a.groups.slice(3).map(g => [g.state, g.count]), [['chan receive', 3]]);
    assert.deepEqual(a.dump.warnings.map(w => w.line), [42], 'only `exit status 2` of go run is skipped');
    // The accesses are grouped, not counted as goroutines: the dump has 4.
    assert.equal(a.raceAccesses, 2);
    assert.equal(a.total, 4);
    assert.equal(a.parsed, 4);
  });

  it('gives the same result streamed in 7-byte pieces', () => {
    const bytes = new TextEncoder().encode(text);
    const analyzer = new GoroutineDumpAnalyzer();
    for (let i = 0; i < bytes.length; i += 7) analyzer.push(bytes.subarray(i, i + 7));
    const streamed = analyzer.finish();
    assert.deepEqual(streamed.groups.map(g => g.suspect), analyzeGoroutineDump(text).groups.map(g => g.suspect));
  });

  it('a report cut mid-stack is truncated: the access keeps its frames and the cut call, marked cut', () => {
    const report = [
      '==================', 'WARNING: DATA RACE', 'Read at 0x00c00427d71a by goroutine 554:',
      '  example.com/app/compiler.(*parseTask).isFromExternalLibrary()', '      /src/app/compiler/parsetask.go:145 +0x2e', '',
      'Previous write at 0x00c00427d71a by goroutine 546:',
      '  example.com/app/compiler.(*parseTask).markFromExternalLibrary()', '      /src/app/compiler/parsetask.go:149 +0x2e',
    ].join('\n');
    const reading = (last: string) => {
      const a = analyzeGoroutineDump(`${report}\n${last}\n\`\`\`\n`);
      return [a.dump.truncated, [...a.dump.goroutines].filter(g => g.cut).map(g => [g.id, g.frames.map(f => f.func)])];
    };
    const kept = ['example.com/app/compiler.(*parseTask).markFromExternalLibrary'];
    // Cut in a call's name, its path, its offset.
    assert.deepEqual(reading('  example.com/app/compiler.(*fileLoaderWorker).sta'), [true, [[546, [...kept, 'example.com/app/compiler.(*fileLoaderWorker).sta…']]]]);
    assert.deepEqual(reading('  example.com/app/compiler.start()\n      /src/app/compiler/lo'), [true, [[546, [...kept, 'example.com/app/compiler.start']]]]);
    assert.deepEqual(reading('  example.com/app/compiler.start()\n      /src/app/compiler/loader.go:44 +'), [true, [[546, [...kept, 'example.com/app/compiler.start']]]]);
    // In a creator section: no access is cut, the report is.
    assert.deepEqual(reading('\nGoroutine 546 (running) created at:\n  example.com/app/core.Queue()\n      /src/app/co'), [true, []]);
    // Whole, followed by a word or by nothing.
    for (const last of ['', 'FAIL', 'exit status 66']) assert.deepEqual(reading(last), [false, []], last);
  });

  it('reads finished creators, lost stacks and a report cut before its closing line', () => {
    const report = [
      '==================',
      'WARNING: DATA RACE',
      'Write at 0x00c0001a2b30 by goroutine 9:',
      '  example.com/cache.(*LRU).Put()',
      '      /src/cache/lru.go:88 +0x1c4',
      '',
      'Previous read at 0x00c0001a2b30 by goroutine 7:',
      '  [failed to restore the stack]',
      '',
      'Goroutine 9 (running) created at:',
      '  example.com/cache.Warm()',
      '      /src/cache/warm.go:12 +0x64',
      '',
      'Goroutine 7 (finished) created at:',
      '  example.com/cache.Warm()',
      '      /src/cache/warm.go:10 +0x44',
    ].join('\n');
    const a = analyzeGoroutineDump(report);
    assert.deepEqual(a.groups.map(g => [g.state, g.goroutineIds[0], g.createdBy?.line ?? null, g.stackUnavailable]),
      [['data race (write)', 9, 12, false], ['data race (previous read)', 7, 10, true]]);
    assert.deepEqual(a.waitTargets.map(t => t.description), ['data race on 0x00c0001a2b30: 1 read, 1 write']);
    assert.deepEqual(a.dump.warnings, []);
  });
});
