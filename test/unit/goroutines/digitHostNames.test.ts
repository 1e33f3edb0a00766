// A module path may start with a digit (`9fans.net/go`): its frames' names do too
// (`9fans.net/go/cmd/acme/internal/exec.runproc.func2()`), and are calls like any other, on both
// paths. Go-made dumps of such a module (scripts/go/digithost, Go 1.19, -trimpath) and the paste
// that showed the class (pasted/9fans_85_…).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { startsWithDigitHost } from '../../../src/core/goroutines/byteLineParsers';
import { readAlike } from './readAlike';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const WAIT = '9fans.net/digithost/internal/exec.Wait';
const START = '9fans.net/digithost/internal/exec.Start.func1';

function frames(text: string): [unknown, string[], string | undefined, boolean][] {
  return [...readAlike(text).goroutines].map(g => [g.id, g.frames.map(f => f.func), g.createdBy?.func, g.cut]);
}

describe('goroutines: a function whose module path starts with a digit', () => {
  it('reads its frames as calls, with their -trimpath locations, on both paths and without a skipped line', () => {
    const text = fixture('digit_host_module_trimpath.txt');
    assert.deepEqual(frames(text), [
      [1, ['main.main'], undefined, false],
      [17, [WAIT, START], '9fans.net/digithost/internal/exec.Start', false],
      [18, [WAIT, START], '9fans.net/digithost/internal/exec.Start', false],
    ]);
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(a.dump.warnings, []);
    assert.deepEqual(a.dump.goroutines.get(1).frames.map(f => `${f.file}:${f.line}`), ['9fans.net/digithost/internal/exec/exec.go:6', '9fans.net/digithost/internal/exec/exec.go:12']);
  });

  it('reads them among the runtime\'s frames (GOTRACEBACK=system), the two waiters grouped as one', () => {
    const a = analyzeGoroutineDump(fixture('digit_host_module_trimpath_system.txt'));
    assert.deepEqual(a.dump.warnings, []);
    const waiters = a.groups.find(g => g.count === 2);
    assert.deepEqual(waiters?.frames.map(f => f.func), ['runtime.gopark', 'runtime.chanrecv', 'runtime.chanrecv1', WAIT, START, 'runtime.goexit']);
  });

  it('a paste cut in such a name: kept as the cut frame once it names its function, as any name', () => {
    const text = fixture('digit_host_module_trimpath.txt');
    const at18 = text.indexOf('goroutine 18');
    const cutIn = (line: string) => frames(text.slice(0, text.indexOf('9fans', at18)) + line + '\n```\n').at(-1);
    assert.deepEqual(cutIn('9fans.net/digithost/internal/exec.Start.fu'), [18, ['9fans.net/digithost/internal/exec.Start.fu…'], undefined, true]);
    assert.deepEqual(cutIn('9fans.net/digithost/internal/exec.Wait(...)'), [18, [WAIT], undefined, true]);
    // Cut in the package path: no function named yet, the goroutine cut there.
    for (const cut of ['9fans.net/digithost/internal/ex', '9fans.net/digitho']) assert.deepEqual(cutIn(cut), [18, [], undefined, true], cut);
  });

  it('a leading digit is a host only before a slash, with a dot and a letter: dates, versions and hex words are not', () => {
    const host = (s: string) => startsWithDigitHost(i => s.charCodeAt(i), 0, s.length);
    for (const name of ['9fans.net/go/cmd/acme.main', '1password.com/x.F', '8-bit.io/pkg.F']) assert.equal(host(name), true, name);
    for (const text of ['2019/04/15', '1.2.3/x.F', '0x1f/x.F', '9fans.net', '9fans./x.F', '9Fans.net/x.F', '42']) assert.equal(host(text), false, text);
    // Such text where a call would be is still not a frame.
    const dump = 'goroutine 7 [select]:\nmain.wait()\n\t/app/main.go:12 +0x2d\n2019/04/15 17:39:51 main.go:5: done(0x1)\n';
    assert.deepEqual(frames(dump).map(([id, funcs]) => [id, funcs]), [[7, ['main.wait']]]);
  });
});
