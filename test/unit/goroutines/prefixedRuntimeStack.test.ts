// A crash line and the crashing thread's `runtime stack:` behind text the scanner has not learnt as
// a prefix yet (a code comment's `// `, a shell's `# `): the crash line is held until something of
// the dump confirms it, and the runtime stack, printed before any goroutine, is what does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const read = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

function reading(a: GoroutineAnalysis) {
  return {
    goroutines: [...a.dump.goroutines].map(g => ({ id: g.id, state: g.state, frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`) })),
    crash: a.dump.crash?.message ?? null, truncated: a.dump.truncated, cutAtStart: a.dump.cutAtStart ?? false,
    runtimeStacks: a.dump.runtimeStacks.map(r => r.frames.map(f => f.func)), headless: a.dump.headlessStacks.length, first: a.groups[0]?.suspect ?? null,
  };
}

/** Every line behind `prefix`, a blank line as the prefix alone (trimmed) or as nothing. */
const behind = (text: string, prefix: string, blank: string) => text.split('\n').map(line => line === '' ? blank : prefix + line).join('\n');

describe('goroutines: a runtime stack behind the text a held crash line stands behind', () => {
  // Go-made (scripts/go/systemthrow, Go 1.19): `fatal error: …`, a blank line, `runtime stack:`, then the goroutines.
  const plain = read('go119_throw_on_system_stack.txt');

  it('reads the dump as without the text, on the bytes as on the text', () => {
    const expected = reading(analyzeGoroutineDump(plain));
    assert.equal(expected.crash, 'fatal error: boom on the system stack');
    assert.equal(expected.runtimeStacks.length, 1);
    for (const [prefix, blank] of [['// ', '//'], ['// ', ''], ['# ', '#'], ['    // ', '    //']]) {
      const text = behind(plain.replace(/\n$/, ''), prefix, blank);
      for (const input of [text, new TextEncoder().encode(text)]) {
        assert.deepEqual(reading(analyzeGoroutineDump(input)), expected, JSON.stringify([prefix, blank, typeof input]));
      }
    }
  });

  it('is the crash of the real paste: a Windows out of memory kept as comments under a Go program (nick-aisong/learnGo)', () => {
    const a = analyzeGoroutineDump(read('pasted/learngo_windows_out_of_memory_comment_prefixed_console_wrap_80_whole.txt'));
    assert.equal(a.dump.crash?.message, 'fatal error: out of memory');
    assert.deepEqual(a.dump.runtimeStacks.map(r => r.frames[0].func), ['runtime.throw']);
    assert.equal(a.dump.headlessStacks.length, 0);
    assert.equal(a.dump.cutAtStart ?? false, false);
  });

  it('leaves a `runtime stack:` under no held crash line as it was: text, and the frames under it a stack without its header', () => {
    const a = analyzeGoroutineDump('// notes\n// runtime stack:\n// runtime.throw(0x4c9893, 0xd)\n//         /usr/local/go/src/runtime/panic.go:616 +0x88\n');
    assert.equal(a.dump.crash, null);
    assert.equal(a.dump.runtimeStacks.length, 0);
  });
});
