// A crash's lines quoted alone, the paster's own words under them (code among them, a call like
// `pin.Input()`), then the whole dump of that crash pasted later in the thread: the words are no
// crashed stack, and the dump read is the last, with its own crash lines. A fault's message joins
// two lines (`unexpected fault address …` / `fatal error: fault`) and ends the process as a panic
// does. Go-made dumps (scripts/go/runtimeshapes `fault`, Go 1.19; demo_panic.txt), on both paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

function bothPaths(text: string): GoroutineAnalysis[] {
  return [analyzeGoroutineDump(text), analyzeGoroutineDump(new TextEncoder().encode(text))];
}

const FAULT = 'unexpected fault address 0x7fba3d20a000 / fatal error: fault';

describe('goroutines: crash lines quoted alone, then the whole dump', () => {
  const dump = fixture('go119_fault.txt');
  const crashLines = dump.split('\n').slice(0, 3).join('\n');
  const whole = analyzeGoroutineDump(dump);
  const blamed = whole.groups[0].suspect;

  it('the paster\'s words under the quoted crash lines, a call among them, are no crashed stack', () => {
    for (const words of [
      ['', 'err := rpio.Open() (err == nil)', 'pin.Input()', 'pin = rpio.Pin(10)'],
      ['', 'It happens right after I call', 'client.Connect(ctx)', '', 'Any idea?'],
      ['I then ran:', 'device.Read()'],
    ]) {
      const text = `${crashLines}\n${words.join('\n')}\n\nThe full output:\n\n${dump}`;
      const firstDumpLine = text.split('\n').length - dump.split('\n').length + 1;
      for (const a of bothPaths(text)) {
        const what = words.join(' / ');
        assert.equal(a.dump.crash?.message, FAULT, what);
        assert.equal(a.dump.crash?.line, firstDumpLine, what);
        assert.deepEqual([...a.dump.goroutines].map(g => g.id), [...whole.dump.goroutines].map(g => g.id), what);
        assert.equal(a.groups[0].suspect, blamed, what);
        assert.equal(a.dump.earlierDumps.length, 1, what);
      }
    }
  });

  it('right under the crash lines, a call is still the crashed stack Go printed without a header', () => {
    // Go on Windows prints the faulting goroutine's frames with no header under `Exception 0x…` lines; so, read
    // without one, the stack right under the crash lines (the header taken out of Go's own output) is the crashed one.
    const headerAt = dump.indexOf('goroutine 1 [running]:\n');
    const text = dump.slice(0, headerAt) + dump.slice(headerAt + 'goroutine 1 [running]:\n'.length);
    for (const a of bothPaths(text)) {
      assert.equal(a.dump.crash?.message, FAULT);
      assert.equal([...a.dump.goroutines][0].id, 0);
      assert.match(a.groups.find(g => g.crashed)?.suspect ?? '', /in main\.fault \(main\.go:89\)/);
    }
  });

  it('a call after skipped text that the text\'s end cut is kept, cut: no stray line took its `file:line`', () => {
    // Found by the scanner's fuzzing: the crash line, a stray `file:line`, a call, a cut word.
    const text = 'SIGQUIT: quit\n\t/app/main.go:43 +0x2a\nmain.d1(...)\n!';
    for (const a of bothPaths(text)) {
      assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].map(g => [g.id, g.cut]), a.groups.reduce((n, g) => n + g.count, 0)], [true, [[0, true]], 1]);
    }
  });

  it('a fault\'s crash lines after another process\'s goroutines start the next dump, as a panic\'s do', () => {
    const text = `${fixture('demo_panic.txt')}\n${dump}`;
    for (const a of bothPaths(text)) {
      assert.equal(a.dump.crash?.message, FAULT);
      assert.equal(a.groups[0].suspect, blamed);
      assert.equal(a.dump.earlierDumps.length, 1);
    }
  });
});
