// A stack excerpt without its goroutine header, printed at GOTRACEBACK=system (` fp=… sp=… pc=…`
// after each `file:line`), whose last line is cut inside those marks: the runtime prints the three
// together, so the excerpt is cut there, whatever closes the paste after it. The lines are Go
// 1.19's, from an index out of range in a goroutine.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const excerpt = [
  'runtime.goPanicIndex(0x3, 0x0)',
  '\t/usr/lib/go-1.19/src/runtime/panic.go:113 +0x7f fp=0xc000090fc0 sp=0xc000090f80 pc=0x42b8df',
  'main.leaf(...)',
  '\t/tmp/rw_go/sys.go:5',
  'main.middle(...)',
  '\t/tmp/rw_go/sys.go:8',
  'main.main.func1()',
  '\t/tmp/rw_go/sys.go:12 +0x1b fp=0xc000090fe0 sp=0xc000090fc0 pc=0x457d1b',
].join('\n');

const closers = ['', '\n', '\n```\n', '\n</details>\n\n'];

describe('goroutines: a headless stack cut inside its last `fp= sp= pc=` marks', () => {
  it('is cut, in `fp=`, `sp=` or right after `pc=`, whatever closes the paste', () => {
    for (const cut of [' fp=0xc0000', ' fp=0xc000090fe0 sp=0xc00009', ' fp=0xc000090fe0 sp=0xc000090fc0 pc=', ' fp=']) {
      const text = excerpt.replace(/ fp=0xc000090fe0 sp=0xc000090fc0 pc=0x457d1b$/, cut);
      for (const closer of closers) {
        const a = analyzeGoroutineDump(text + closer);
        assert.equal(a.dump.truncated, true, JSON.stringify([cut, closer]));
        assert.deepEqual(a.dump.headlessStacks.map(s => s.frames.map(f => f.func)), [['runtime.goPanicIndex', 'main.leaf', 'main.middle', 'main.main.func1']], JSON.stringify([cut, closer]));
      }
    }
  });

  it('is cut behind a log\'s prefix on every line too', () => {
    const cut = excerpt.replace(/ sp=0xc000090fc0 pc=0x457d1b$/, ' sp=0xc0');
    for (const prefix of ['2024-04-23T16:00:02.047Z ', 'app-1  | ', 'E0304 10:38:30.617328   30134 server.go:303] ']) {
      const prefixed = (text: string) => text.split('\n').map(line => prefix + line).join('\n');
      for (const closer of ['', '\n']) {
        assert.equal(analyzeGoroutineDump(prefixed(cut) + closer).dump.truncated, true, JSON.stringify([prefix, closer]));
        assert.equal(analyzeGoroutineDump(prefixed(excerpt) + closer).dump.truncated, false, JSON.stringify([prefix, closer]));
      }
    }
  });

  it('is whole with its marks whole', () => {
    for (const closer of closers) {
      const a = analyzeGoroutineDump(excerpt + closer);
      assert.equal(a.dump.truncated, false, JSON.stringify(closer));
      assert.equal(a.dump.headlessStacks.length, 1, JSON.stringify(closer));
    }
  });
});
