// A paste cut inside the pc GOTRACEBACK=system prints last on a frame's line (`… sp=0xc000071fe0 pc=0x7ff6765bdb`
// where Go printed `pc=0x7ff6765bdb01`): hex digits look whole, but Go prints every Go frame's pc without
// leading zeros in one binary's text, so a last pc with fewer digits than all the others was cut. Read as the
// same text cut in that line's `fp=` mark (a cut the reader already knew). Go-made dumps (Go 1.19,
// GOTRACEBACK=system and crash), on both paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { pcDigitsOfBytes, pcDigitsOfText } from '../../../src/core/goroutines/framePcs';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

function reading(input: string | Uint8Array): unknown {
  const a = analyzeGoroutineDump(input);
  return [[...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => f.func)]), a.dump.truncated, a.dump.crash?.message, a.dump.warnings.at(-1)?.message];
}

/** The frame lines of `text` that end in `sp=0x… pc=0x…`: where each starts, and where its pc's digits start. */
function pcLines(text: string): { start: number; pc: number; end: number }[] {
  const out: { start: number; pc: number; end: number }[] = [];
  for (const m of text.matchAll(/^\t[^\n]* sp=0x[0-9a-f]+ pc=0x([0-9a-f]+)$/gm)) {
    out.push({ start: m.index, pc: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  return out;
}

describe('goroutines: a paste cut inside a frame\'s pc', () => {
  for (const name of ['go119_sigquit.txt', 'demo_panic_system.txt', 'go119_bad_return_pc_sigquit.txt']) {
    it(`${name}: cut inside any frame's pc reads as cut in that line's fp= mark, on both paths`, () => {
      const text = fixture(name);
      const lines = pcLines(text);
      assert.ok(lines.length > 20, name);
      // Every 7th frame line, for time: each reading is of the whole text up to the cut.
      for (let i = 0; i < lines.length; i += 7) {
        const { start, pc, end } = lines[i];
        const fpCut = text.slice(0, text.indexOf(' fp=0x', start) + 6);
        const expected = reading(fpCut);
        for (const cutAt of [pc + 1, end - 1]) {
          const cut = text.slice(0, cutAt);
          assert.deepEqual(reading(cut), expected, `${name} cut at ${JSON.stringify(text.slice(start, cutAt))}`);
          assert.deepEqual(reading(new TextEncoder().encode(cut)), expected, `${name} (bytes) cut at ${JSON.stringify(text.slice(start, cutAt))}`);
          // A line break or a closing fence after the cut changes nothing.
          assert.deepEqual(reading(`${cut}\n`), expected, `${name} cut at ${JSON.stringify(text.slice(start, cutAt))}, then a line break`);
          assert.deepEqual(reading(`${cut}\n\`\`\`\n`), expected, `${name} cut at ${JSON.stringify(text.slice(start, cutAt))}, then a fence`);
        }
      }
    });
  }

  it('a whole pc last is no cut', () => {
    const text = fixture('go119_sigquit.txt');
    const { end } = pcLines(text)[5];
    const [, truncated] = reading(text.slice(0, end)) as [unknown, boolean];
    const [, truncatedWithBreak] = reading(`${text.slice(0, end)}\n`) as [unknown, boolean];
    assert.equal(truncated, truncatedWithBreak);
  });

  it('only a Go frame\'s `sp=0x… pc=0x…` counts: a C frame\'s lone pc (a shared library\'s, far from the binary) does not', () => {
    const line = '\t/usr/lib/go-1.19/src/runtime/asm_amd64.s:1594 +0x1 fp=0xc000037fe8 sp=0xc000037fe0 pc=0x4631e1';
    assert.equal(pcDigitsOfText(line, 0, line.length), 6);
    assert.equal(pcDigitsOfBytes(new TextEncoder().encode(line), 0, line.length), 6);
    for (const other of ['\t/build/glibc/nptl/pthread_create.c:442 pc=0x7f3c2e094ac2', '\tmain.go:12 +0x1d', 'pc=0x4631e1', 'sp=0xc0 pc=0x12345678901234567']) {
      assert.equal(pcDigitsOfText(other, 0, other.length), 0, other);
    }
    // A fewer-digit pc in a text of pcs read is cut short only when it is the last line's and shorter than every other.
    const cgo = 'goroutine 1 [syscall]:\nruntime.cgocall(0x4a1b20, 0xc000057e50)\n\t/usr/lib/go-1.19/src/runtime/cgocall.go:158 +0x5c fp=0xc000057e28 sp=0xc000057df0 pc=0x40b39c\n' +
      'main._Cfunc_sleep(0x3c)\n\t_cgo_gotypes.go:58 +0x49 fp=0xc000057e50 sp=0xc000057e28 pc=0x4a1a49\n' +
      'main.main()\n\t/app/main.go:9 +0x3e fp=0xc000057f80 sp=0xc000057e50 pc=0x4a1b0e\n' +
      // At this traceback level Go prints the runtime's frames under main.main (goroutine 1 stopping there is cut).
      'runtime.main()\n\t/usr/lib/go-1.19/src/runtime/proc.go:250 +0x212 fp=0xc000057fe0 sp=0xc000057f80 pc=0x4358b2\n' +
      'runtime.goexit()\n\t/usr/lib/go-1.19/src/runtime/asm_amd64.s:1594 +0x1 fp=0xc000057fe8 sp=0xc000057fe0 pc=0x4631e1';
    assert.deepEqual(reading(cgo), [[[1, false, ['runtime.cgocall', 'main._Cfunc_sleep', 'main.main', 'runtime.main', 'runtime.goexit']]], false, undefined, undefined]);
    assert.deepEqual((reading(cgo.slice(0, -1)) as unknown[])[1], true);
  });
});
