// A paste of the crashing goroutine alone, its `panic:` line left out, whose stack starts at the
// standard logger's `Panic` call (crashCulprit.ts): Go hides the runtime's panic frames under it, so
// `log.Panicf` is all that says the goroutine panicked. Go 1.19's output (scripts/go/crashshapes
// `logpanic`, `loggerpanic`) from its first goroutine header on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { plainJson, readAlike } from './readAlike';

const read = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

describe('goroutines: a running goroutine in the standard logger\'s Panic, its crash line not in the text', () => {
  it('crashed, blamed in the frame that called the logger (`log.Panicf`, `log.(*Logger).Panicln`)', () => {
    for (const [name, line, ids] of [['crash_log_panicf_without_crash_line.txt', 69, [1, 18, 19, 20]], ['crash_logger_panicln_without_crash_line.txt', 71, [1, 6, 7, 8]]] as const) {
      const text = read(name);
      const a = analyzeGoroutineDump(text);
      assert.deepEqual([a.dump.crash, [...a.dump.goroutines].map(g => g.id), a.dump.truncated], [null, ids, false], name);
      assert.equal(a.groups[0]?.suspect, `1 goroutine crashed (its crash line is not in the text) in main.parseFlags (main.go:${line})`, name);
      assert.deepEqual(plainJson(readAlike(text).crashedGoroutine), plainJson(a.dump.crashedGoroutine), name);
    }
  });

  it('with its crash line, blamed as before; waiting, not running, it crashed nothing', () => {
    const text = read('crash_log_panicf_without_crash_line.txt');
    assert.equal(analyzeGoroutineDump(`panic: unknown flag "-x"\n\n${text}`).groups[0]?.suspect, '1 goroutine crashed (panic: unknown flag "-x") in main.parseFlags (main.go:69)');
    const waiting = analyzeGoroutineDump(text.replace('goroutine 1 [running]:', 'goroutine 1 [chan receive]:'));
    assert.equal(waiting.dump.crashedGoroutine, -1);
    assert.ok(!(waiting.groups[0]?.suspect ?? '').includes('crashed'), waiting.groups[0]?.suspect ?? undefined);
  });
});
