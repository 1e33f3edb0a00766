// A paste that turned the tab before every `file:line` into a line break: each call, a blank line, then its
// `file:line` flush left (an issue's rendered text copied back). Go prints no blank line inside a stack, so a
// blank line right under a call holds until the next line: a location with an absolute path (`/…`, `C:/…`) is
// that call's. Go-made dumps (scripts/go/goroutinegen and runtimeshapes, Go 1.19) broken so, on both paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

function reading(input: string | Uint8Array): unknown {
  const a = analyzeGoroutineDump(input);
  return [[...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => `${f.func}@${f.file}:${f.line}`)]), a.dump.truncated, a.dump.crash?.message, a.groups.map(g => g.suspect)];
}

describe('goroutines: a line break where the tab before `file:line` was', () => {
  it('reads each call with its `file:line` after the blank line, as the dump Go printed', () => {
    for (const name of ['demo_panic.txt', 'go119_fault.txt', 'demo_deadlock.txt']) {
      const text = fixture(name);
      const broken = text.replace(/\n\t\//g, '\n\n/');
      assert.notEqual(broken, text, name);
      assert.deepEqual(reading(broken), reading(text), name);
      assert.deepEqual(reading(new TextEncoder().encode(broken)), reading(text), name);
    }
  });

  it('a Windows drive\'s path flush left is the call\'s too; a relative path or a word is not', () => {
    const header = 'goroutine 1 [running]:\nmain.main()\n\n';
    const frames = (text: string) => [...analyzeGoroutineDump(text).dump.goroutines].map(g => g.frames.map(f => `${f.file}:${f.line}`));
    assert.deepEqual(frames(`${header}C:/work/app/main.go:12 +0x1d\n`), [['C:/work/app/main.go:12']]);
    // A relative `file:line` flush left under a blank line is the paster's, the call's location not in the text.
    assert.deepEqual(frames(`${header}main.go:12 is where it fails\n`), [[':0']]);
  });

  it('cut in that `file:line`, the goroutine is cut there', () => {
    // grafana/loki#5526: the only call, a blank line, its `file:line` flush left without the offset the dump prints:
    // the text may stop inside the number (`:314` of `:3141`): the digits are kept, and the warning says they may be short.
    const text = 'goroutine 359 [running]:\nmain.loop(0xc000c10700)\n\n/app/main.go:314';
    for (const input of [text, new TextEncoder().encode(text)]) {
      const a = analyzeGoroutineDump(input);
      assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => `${f.file}:${f.line}`)])], [true, [[359, true, ['/app/main.go:314']]]]);
    }
  });
});
