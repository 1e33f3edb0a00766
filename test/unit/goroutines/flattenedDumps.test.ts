// A dump whose line breaks became spaces (a desktop app's error dialog, a web page made text): the
// whole dump on one line, behind other words or not, and crash lines glued one to the next
// (flattenedStack.ts). Real Go output (test/fixtures/goroutines) is flattened here and must read as
// it does with its lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const read = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8').replace(/\nexit status \d+\n?$/, '\n');

function reading(a: GoroutineAnalysis) {
  return {
    goroutines: [...a.dump.goroutines].map(g => ({ id: g.id, state: g.state, frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`), createdBy: g.createdBy?.func ?? null, cut: g.cut })),
    crash: a.dump.crash?.message ?? null, truncated: a.dump.truncated, first: a.groups[0]?.suspect ?? null,
  };
}

/** Every line break a space, the tab before each `file:line` too. */
const flatten = (text: string) => text.replace(/\n\t/g, ' ').replace(/\s*\n\s*/g, ' ').trim();

const FIXTURES = ['demo_panic.txt', 'demo_deadlock.txt', 'go119_waitgroup.txt', 'go119_unlock.txt', 'crash_nested_panics.txt', 'go119_fault.txt'];

describe('goroutines: a dump whose line breaks became spaces', () => {
  for (const name of FIXTURES) {
    it(`${name} on one line, alone or behind a dialog's words, reads as with its lines, without a warning`, () => {
      const expected = reading(analyzeGoroutineDump(read(name)));
      for (const text of [flatten(read(name)), `The application has crashed. Details: ${flatten(read(name))}\n`]) {
        const a = analyzeGoroutineDump(text);
        assert.deepEqual(reading(a), expected, text.slice(0, 60));
        assert.deepEqual(a.dump.warnings, [], text.slice(0, 60));
      }
    });
  }

  it('a goroutine created by another (Go ≥ 1.21\'s `in goroutine N`) and the next goroutine\'s header after its creator', () => {
    const a = analyzeGoroutineDump('goroutine 94 [running]: main.f(0x0) /home/u/app/x.go:26 +0x79 created by main.main in goroutine 1 /home/u/app/x.go:20 +0x5d goroutine 1 [chan receive]: main.main() /home/u/app/x.go:22 +0x85');
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.frames.map(f => f.func), g.createdBy?.func ?? null, g.cut]),
      [[94, ['main.f'], 'main.main', false], [1, ['main.main'], null, false]]);
    assert.equal(a.dump.truncated, false);
  });
});

describe('goroutines: a race report whose line breaks became spaces', () => {
  // Go-made reports (Go 1.19's race detector: scripts/go/racegen, scripts/go/stdlibrace; the pre-1.6 form), flattened as a page flattens them.
  const RACE_FIXTURES = ['race_stdlib_access_first_exec_output_buffer.txt', 'race_pre_go16.txt', 'race_then_panic.txt'];
  for (const name of RACE_FIXTURES) {
    it(`${name} on one line reads as with its lines, on the bytes as on the text, without a warning`, () => {
      const expected = reading(analyzeGoroutineDump(read(name)));
      const text = flatten(read(name));
      for (const input of [text, new TextEncoder().encode(text)]) {
        const a = analyzeGoroutineDump(input);
        assert.deepEqual(reading(a), expected);
        assert.deepEqual(a.dump.warnings, []);
      }
    });
  }

  it('is no report without a section header right after its mark, nor without a frame', () => {
    for (const line of ['================== WARNING: DATA RACE see the report below', 'WARNING: DATA RACE Read at 0x00c000012345 by goroutine 7: ==================']) {
      const a = analyzeGoroutineDump(`${line}\n`);
      assert.equal(a.dump.goroutines.length, 0, line);
    }
  });

  it('takes time linear in its line: 40,000 frames on one line', function () {
    this.timeout(60_000);
    const line = `================== WARNING: DATA RACE Read at 0x1 by goroutine 1: ${'a.b(0x1) /x/y.go:12 +0x1d '.repeat(40_000)}==================`;
    const a = analyzeGoroutineDump(line);
    assert.equal(a.dump.goroutines.get(0).frames.length, 40_000);
  });
});

describe('goroutines: crash lines glued one to the next', () => {
  it('glued without a space after a value (`…0x7fba3d20a000fatal error: fault`), over the dump with its lines: one crash, as on two lines', () => {
    const plain = read('go119_fault.txt');
    const glued = plain.replace('0x7fba3d20a000\nfatal error', '0x7fba3d20a000fatal error');
    assert.notEqual(glued, plain);
    assert.deepEqual(reading(analyzeGoroutineDump(glued)), reading(analyzeGoroutineDump(plain)));
  });

  it('a web page\'s variations of one panic, glued and with the header glued after them (real paste): told apart, kept as one chain', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/fixdevs_index_out_of_range_header_glued_to_panic.txt', 'utf8'));
    assert.equal(a.dump.crash?.message,
      'panic: runtime error: index out of range [0] with length 0 / panic: runtime error: index out of range [-1] / panic: runtime error: slice bounds out of range [5:3]');
  });

  it('is never the crash line\'s own words: `Observed a panic: …` flattened with its stack is one recovered panic', () => {
    const stack = 'goroutine 88 [running]:\nmain.(*pool).worker(0xc000010000)\n\t/src/app/pool.go:41 +0x1d\nmain.main()\n\t/src/app/main.go:12 +0x25\n';
    for (const line of ['E0505 10:00:00.000000       1 runtime.go:78] Observed a panic: "send on closed channel" (send on closed channel)', 'Recovered from panic: boom']) {
      const a = analyzeGoroutineDump(flatten(`${line}\n${stack}`));
      const message = line.slice(line.search(/Observed|Recovered/));
      assert.equal(a.dump.crash?.message, message);
      assert.equal(a.dump.crash?.recovered, true, line);
      assert.deepEqual([...a.dump.goroutines].map(g => g.frames.map(f => f.func)), [['main.(*pool).worker', 'main.main']]);
    }
  });

  it('is no second crash line after `: ` (an error\'s chain) or a letter, nor after a space outside a flattened dump', () => {
    for (const line of ['panic: handler failed: panic: boom', 'panic: a nonfatal error: x', 'panic: recovered panic: boom']) {
      const a = analyzeGoroutineDump(`${line}\n\ngoroutine 1 [running]:\nmain.main()\n\t/x/main.go:3 +0x1d\n`);
      assert.equal(a.dump.crash?.message, line);
    }
  });
});
