// Classes of pasted dumps found among real pastes (test/fixtures/goroutines/pasted, SOURCES.md), each
// checked on a dump of our own of the same class that differs from the paste: other names, another
// crash, another place of the cut. Each must read as the plain dump it carries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

/** What a reader of the dump looks at: goroutines with their frames, the crash, the cut and the first suspect. */
function reading(a: GoroutineAnalysis) {
  return {
    goroutines: [...a.dump.goroutines].map(g => [g.id, g.state, g.cut, g.frames.map(f => `${f.func} ${f.file}:${f.line}`), g.createdBy?.func ?? null]),
    truncated: a.dump.truncated, crash: a.dump.crash?.message ?? null, first: a.groups[0]?.suspect ?? null,
  };
}

/** `lines` with `prefix(i)` before line i and `suffix` after it, blank lines carrying them too. */
const wrapped = (text: string, prefix: (i: number) => string, suffix: string) =>
  text.replace(/\n$/, '').split('\n').map((line, i) => `${prefix(i)}${line}${suffix}`).join('\n') + '\n';

describe('goroutines: classes of pasted dumps (more)', () => {
  it('Kibana\'s Discover rows in its default date format (`August 3rd 2017, 19:28:27.000`) before each line, its empty `-` column after', () => {
    // Go 1.19's `fatal error: fault` with every goroutine (GOTRACEBACK=system), as a Kibana table copies it: northwesternmutual/kanali#12's class.
    const plain = fixture('go119_fault.txt');
    const expected = reading(analyzeGoroutineDump(plain));
    assert.equal(expected.crash, 'unexpected fault address 0x7fba3d20a000 / fatal error: fault');
    for (const [what, prefix] of Object.entries({
      'one time': () => 'December 22nd 2023, 08:04:11.512 ',
      // The day's suffix is letters, the same all day: only the time's digits change from row to row.
      'a time per row': (i: number) => `March 1st 2024, 17:0${i % 10}:5${i % 7}.${String(100 + i).padStart(3, '0')} `,
    })) {
      for (const suffix of ['   - ', '\t-']) {
        assert.deepEqual(reading(analyzeGoroutineDump(wrapped(plain, prefix, suffix))), expected, `${what}, suffix ${JSON.stringify(suffix)}`);
      }
      // Without the column, and cut inside a path of the crashed goroutine.
      const cut = wrapped(plain, prefix, '');
      const at = cut.indexOf('main.go:106');
      const a = analyzeGoroutineDump(cut.slice(0, at));
      assert.deepEqual([a.dump.truncated, a.dump.crash?.message, [...a.dump.goroutines].map(g => [g.id, g.cut])], [true, expected.crash, [[1, true]]], what);
    }
  });

  it('an excerpt that starts inside a goroutine whose every line lost its indent: its stack read without the header, up to its creator', () => {
    // Go 1.19's dump with every tab dropped, the excerpt starting at goroutine 19's call: golang/go#10698's class (Go 1.4, a macOS GOPATH).
    const plain = fixture('go119_waitgroup.txt').replace(/^\t/gm, '');
    const windows = plain.replaceAll('/usr/lib/go-1.19/', 'C:/Program Files/Go/').replaceAll('/tmp/src/', 'D:/work/');
    for (const [what, text] of Object.entries({ 'a Linux path': plain, 'a drive letter\'s path': windows })) {
      const excerpt = text.slice(text.indexOf('main.nilSend()'));
      const a = analyzeGoroutineDump(`Here is what it printed:\n${excerpt}`);
      assert.deepEqual(a.dump.headlessStacks.map(h => [h.frames.map(f => `${f.func} ${f.line}`), h.createdBy?.func]), [[['main.nilSend 33'], 'main.population']], what);
      const whole = reading(analyzeGoroutineDump(text));
      assert.deepEqual(reading(a).goroutines, whole.goroutines.filter(g => g[0] !== 1 && g[0] !== 18 && g[0] !== 19), what);
    }
    // A call then a relative `file.go:12 +0x1d` flush left is a log's words, not a frame whose header the paste cut.
    assert.deepEqual(analyzeGoroutineDump('worker.Start(ctx)\nworker.go:12 +0x1d\ngoroutine 4 [select]:\nmain.loop()\n\t/app/main.go:9 +0x20\n').dump.headlessStacks, []);
  });

  it('Firefox\'s console copy, every empty line shown as `<empty string>`: the blank line under a panic\'s value ends the value', () => {
    // Go 1.19's dump as a GOOS=js program's console shows it in Firefox (tinygo-org/tinygo#4444's class, here with every goroutine).
    const plain = fixture('go119_waitgroup.txt');
    const firefox = plain.replace(/^$/gm, '<empty string>');
    assert.deepEqual(reading(analyzeGoroutineDump(firefox)), reading(analyzeGoroutineDump(plain)));
    // A value of two lines keeps both, the console's empty line not.
    const value = 'panic: hub closed\nwhile 3 clients were connected\n<empty string>\ngoroutine 6 [running]:\nmain.(*hub).broadcast(0x1c010)\n\t/home/dev/hub/hub.go:41 +0x5\n';
    const a = analyzeGoroutineDump(value);
    assert.equal(a.dump.crash?.message, 'panic: hub closed\nwhile 3 clients were connected');
    assert.ok(!a.dump.warnings.some(w => w.message.includes('skipped')), a.dump.warnings.map(w => w.message).join('\n'));
  });
});

