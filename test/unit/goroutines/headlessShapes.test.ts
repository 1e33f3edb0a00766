// Stacks pasted without their goroutine header (a `debug.Stack()` in a log, a zap stacktrace, an
// excerpt) in shapes that the first-frame pair (call, then an indented `file:line`) alone misses:
// every line followed by a blank one (web forms, mail clients), every line behind a log prefix
// that the text shows only later, a call line wrapped inside its function's name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scanGoroutineDump, type HeadlessStack } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';

const pasted = (name: string) => readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8');
/** A blank line after every line, as a web form or a mail client doubles line breaks. */
const doubleSpaced = (text: string) => text.split('\n').map(line => `${line}\n`).join('\n');
const frames = (stack: HeadlessStack) => stack.frames.map(f => `${f.func} ${f.file}:${f.line}`);

describe('goroutines: headless stacks in damaged shapes', () => {
  describe('double-spaced', () => {
    for (const name of ['containerd_9217_headless_stack_before_goroutine.txt', 'sumologic_3475_zap_stacktrace_alone.txt']) {
      it(`${name}, double-spaced, keeps the same headless stack`, () => {
        const single = scanGoroutineDump(pasted(name));
        const double = scanGoroutineDump(doubleSpaced(pasted(name)));
        assert.equal(single.headlessStacks.length, 1);
        assert.deepEqual(double.headlessStacks.map(frames), single.headlessStacks.map(frames));
        assert.deepEqual(double.headlessStacks.map(s => s.createdBy?.func ?? null), single.headlessStacks.map(s => s.createdBy?.func ?? null));
        assert.deepEqual([...double.goroutines].map(g => g.id), [...single.goroutines].map(g => g.id));
        assert.equal(double.truncated, single.truncated);
        assert.equal(double.cutAtStart, single.cutAtStart);
      });
    }

    it('a double-spaced zap stacktrace alone is read, and named by its innermost user frame', () => {
      const zap = readGoroutines(new TextEncoder().encode(doubleSpaced(pasted('sumologic_3475_zap_stacktrace_alone.txt'))));
      assert.deepEqual([zap.total, zap.dump.headlessStacks.length, zap.dump.headlessStacks[0].frames.length], [0, 1, 4]);
      assert.equal(zap.stackSuspect?.frame?.line, 130);
    });

    it('a double-spaced debug.Stack() with its creator: one stack, its lines and creator', () => {
      const dump = scanGoroutineDump(doubleSpaced([
        'handler failed, stack:',
        'runtime/debug.Stack()', '\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e',
        'main.(*Server).handle(0xc000010000, 0x1)', '\t/src/app/server.go:77 +0x3c',
        'created by main.(*Server).Serve in goroutine 1', '\t/src/app/server.go:60 +0x85',
        'request done',
      ].join('\n')));
      assert.deepEqual(dump.headlessStacks.map(frames), [[
        'runtime/debug.Stack /usr/local/go/src/runtime/debug/stack.go:24', 'main.(*Server).handle /src/app/server.go:77',
      ]]);
      assert.equal(dump.headlessStacks[0].createdBy?.func, 'main.(*Server).Serve');
      assert.deepEqual(dump.headlessStacks[0].lines, { start: 3, end: 13 });
    });

    it('a call-shaped log line, a blank line, then prose stays junk', () => {
      const dump = scanGoroutineDump('retrying main.fetch(x)\n\nfoo(bar)\n\nthe panic main.go:12\n\n  see main.go:12\n');
      assert.deepEqual([dump.headlessStacks.length, dump.goroutines.length], [0, 0]);
    });
  });
});
