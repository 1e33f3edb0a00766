// Pasted classes read through a hook in the scanner's parts rather than a row of the line-kind
// table: the words a log glued before a goroutine header (crashWordsBeforeHeader.ts, through the
// prefix learner's confirmation); the stack's words cut in a row (stackWordsRow.ts, told to
// cutAtEnd.ts by the hex dump row); a `created by` that blank lines part from its stack (stackBlankLines.ts). Each with a fixture of its own (Go-made or hand-made, other names,
// prefixes and cuts) beside the real paste in realPastes.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, scanGoroutineDump } from '../../../src/core/goroutines';
import type { GoroutineId } from '../../../src/core/goroutines/model';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

describe('goroutines: a recovered panic\'s words glued before the header of the stack it logged', () => {
  const glued = fixture('glued_panic_words_header.txt');

  it('Go-made (a recover handler\'s log.Printf of the value and debug.Stack()): the words are the crash, a recovered panic, blamed under `panic`', () => {
    const a = analyzeGoroutineDump(glued);
    assert.equal(a.dump.crash?.message, 'panic: assignment to entry in nil map');
    assert.equal(a.dump.crash?.recovered, true);
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.lines.start, g.frames.length, g.cut]), [[6, 1, 6, false]]);
    assert.equal(a.groups[0].suspect, '1 goroutine panicked (recovered: panic: assignment to entry in nil map) in main.(*job).run (main.go:21), created by main.main');
    assert.equal(a.dump.truncated, false);
  });

  it('the same cut inside a call\'s arguments: the crash kept, the goroutine marked cut', () => {
    const lines = glued.split('\n');
    const a = analyzeGoroutineDump(`${lines.slice(0, 9).join('\n')}\nmain.worker.func1(0x0?, 0x`);
    assert.equal(a.dump.crash?.message, 'panic: assignment to entry in nil map');
    assert.equal(a.dump.truncated, true);
    assert.deepEqual([...a.dump.goroutines].filter(g => g.cut).map(g => g.id), [6]);
  });

  it('behind other prefixes and words (klog\'s with `http: panic serving`, a component\'s `Panic:` and ` - `): the crash the same words make on a line of their own', () => {
    const stack = 'runtime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e\n' +
      'main.(*api).recover.func1()\n\t/srv/api/recover.go:18 +0x8f\npanic({0x7a1e20?, 0xc0001b2000?})\n\t/usr/local/go/src/runtime/panic.go:914 +0x21f\n' +
      'main.(*api).orders(0xc00012a000, {0x8d2a40, 0xc0002c6000}, 0xc0002b8100)\n\t/srv/api/orders.go:73 +0x1d4\n';
    for (const [words, separator] of [
      ['E1206 02:31:07.120331       1 recover.go:18] http: panic serving 10.2.0.7:51544: runtime error: slice bounds out of range [:9] with capacity 4', ': '],
      ['{checker} Panic: orders: runtime error: integer divide by zero', ' - '],
    ] as const) {
      const a = analyzeGoroutineDump(`${words}${separator}goroutine 2714 [running]:\n${stack}`);
      const alone = analyzeGoroutineDump(`${words}\ngoroutine 2714 [running]:\n${stack}`);
      assert.ok(alone.dump.crash !== null && words.endsWith(alone.dump.crash.message), words);
      assert.equal(a.dump.crash?.message, alone.dump.crash.message, words);
      assert.equal(a.dump.crash?.recovered, true, words);
      assert.deepEqual([...a.dump.goroutines].map(g => g.id), [2714], words);
      assert.match(a.groups[0].suspect ?? '', /in main\.\(\*api\)\.orders \(orders\.go:73\)/, words);
    }
  });

  it('a log\'s message of no crash before a logged stack (`… stack:`) stays no crash; words carried by the lines under the header are the prefix', () => {
    assert.equal(analyzeGoroutineDump(fixture('demo_logged_stack.txt')).dump.crash, null);
    const prefixed = analyzeGoroutineDump('app-7f9c worker panic: boom: goroutine 9 [running]:\napp-7f9c worker panic: boom: main.f()\napp-7f9c worker panic: boom: \t/src/main.go:3 +0x1\n');
    assert.equal(prefixed.dump.crash, null);
    assert.deepEqual([...prefixed.dump.goroutines].map(g => [g.id, g.frames.length]), [[9, 1]]);
  });
});

describe('goroutines: a dump cut inside the stack\'s words the runtime prints where a traceback broke off', () => {
  const inSymbol = fixture('unknown_pc_stack_words_cut_in_symbol.txt');
  const unknownPc = (rows: string) => `SIGABRT: abort\nPC=0x6b657e m=0 sigcode=18446744073709551610\n\ngoroutine 0 [idle]:\nruntime: unknown pc 0x6b657e\n` +
    `stack: frame={sp:0x7ffd30f0d218, fp:0x0} stack=[0x7ffd2ab0e738,0x7ffd30f0d760)\n${rows}`;

  it('hand-made (Go ≥ 1.12\'s `0x` words, `runtime stack:` above, cut inside a symbol): truncated, the idle goroutine marked cut', () => {
    const a = analyzeGoroutineDump(inSymbol);
    assert.equal(a.dump.truncated, true);
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.length]), [[0, true, 0]]);
    assert.equal(a.dump.crash?.message, 'fatal error: unexpected signal during runtime execution');
  });

  it('cut inside a row\'s first or last word, of 16 or 8 digits, with or without `0x`, the symbol\'s mark before it: truncated and cut', () => {
    for (const rows of [
      '00007ffd30f0d118:  0000000000000002  00007ffd30f7f184\n00007ffd30f0d128:  000000000069c31c  00007ffd30f0d1a8\n00007ffd30f0d198:  0000000',
      '00007ffd30f0d118:  0000000000000002  00007ffd30f7f184\n00007ffd30f0d128:  000000000069c31c  00007ffd',
      '0x1840bf9c:  0x00000000  0x0804c2e1 <runtime.mstart+0x21>\n0x1840bfac:  0x1840bfd0 <0x080',
    ]) {
      const a = analyzeGoroutineDump(unknownPc(rows));
      assert.equal(a.dump.truncated, true, rows);
      assert.deepEqual([...a.dump.goroutines].filter(g => g.cut).map(g => g.id), [0], rows);
    }
  });

  it('a last row whole (its words as wide as its address, its symbol closed) is no cut; nor is the text cut in it just after the symbol\'s mark in the fixture\'s place', () => {
    for (const rows of [
      '00007ffd30f0d118:  0000000000000002  00007ffd30f7f184\n00007ffd30f0d128:  000000000069c31c  00007ffd30f0d1a8\n',
      '0x00007f3a9a7fbd40:  0x0000000000450a09 <runtime.sigpanic+0x369>  0x0000000000000000\n0x00007f3a9a7fbd50:  0x00007f3a9a7fbdb8  0x000000000046f1c3 <runtime.persistentalloc1+0x1c8>\n',
    ]) {
      const a = analyzeGoroutineDump(unknownPc(rows));
      assert.equal(a.dump.truncated, false, rows);
      assert.deepEqual([...a.dump.goroutines].filter(g => g.cut).map(g => g.id), [], rows);
    }
  });
});

describe('goroutines: a `created by` that blank lines part from its stack (PowerShell\'s stderr writes as lines)', () => {
  const stray = fixture('powershell_stray_blank_lines_around_creator.txt');
  const inGoroutine = fixture('powershell_stray_blank_lines_around_creator_in_goroutine.txt');
  const creators = (text: string): [GoroutineId, string | null][] =>
    [...analyzeGoroutineDump(text).dump.goroutines].map(g => [g.id, g.createdBy === null ? null : `${g.createdBy.func} ${g.createdBy.file}:${g.createdBy.line}`]);
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('hand-made (a deadlock behind PowerShell\'s NativeCommandError, blank lines around one goroutine\'s creator): the goroutine\'s creator, no stack without its header', () => {
    const a = analyzeGoroutineDump(stray);
    assert.deepEqual(creators(stray), [[1, null], [7, 'main.main D:/src/queue/cmd/queue/main.go:27'], [8, 'main.main D:/src/queue/cmd/queue/main.go:28']]);
    assert.deepEqual(a.dump.headlessStacks, []);
    assert.deepEqual(a.dump.warnings, []);
  });

  it('hand-made (a test timeout, Go ≥ 1.21\'s `created by … in goroutine N`, two creators parted so): both goroutines\' creators, the blocked test first', () => {
    const a = analyzeGoroutineDump(inGoroutine);
    assert.deepEqual(creators(inGoroutine), [
      [35, 'time.goFunc C:/Program Files/Go/src/time/sleep.go:177'], [1, null], [6, 'testing.(*T).Run C:/Program Files/Go/src/testing/testing.go:1742'],
    ]);
    assert.equal([...a.dump.goroutines][2].creatorGoroutine, 1);
    assert.deepEqual(a.dump.headlessStacks, []);
    assert.equal(a.dump.truncated, false);
    assert.match(a.groups[0]?.suspect ?? '', /^1 goroutine blocked on chan send .* in queue\.TestDrainBlocks /);
  });

  it('its `file:line` right under it, or the text ending after it: the creator all the same; ending under the last frame, with or without blank lines, a goroutine cut as before', () => {
    const lines = stray.split('\n');
    const withoutSecondBlank = [...lines.slice(0, 21), ...lines.slice(22)].join('\n');
    assert.deepEqual(creators(withoutSecondBlank)[1], [7, 'main.main D:/src/queue/cmd/queue/main.go:27']);
    const endingAtIt = lines.slice(0, 21).join('\n');
    assert.deepEqual(creators(endingAtIt).map(([id, by]) => [id, by?.split(' ')[0] ?? null]), [[1, null], [7, 'main.main']]);
    // Go prints `created by` under every goroutine but the main one: a stack that stops without it is cut.
    for (const end of ['', '\n', '\n\n', '\n\n\n']) {
      const dump = scanGoroutineDump(bytes(lines.slice(0, 19).join('\n') + end));
      assert.deepEqual([...dump.goroutines].map(g => [g.id, g.createdBy, g.cut]), [[1, null, false], [7, null, true]], JSON.stringify(end));
      assert.equal(dump.truncated, true, JSON.stringify(end));
    }
  });

  it('no creator is taken under two blank lines, nor for a goroutine that has its own: the lines read as before', () => {
    const lines = stray.split('\n');
    const twoBlanks = [...lines.slice(0, 20), '', ...lines.slice(20)].join('\n');
    assert.equal(creators(twoBlanks)[1][1], null);
    assert.deepEqual(analyzeGoroutineDump(twoBlanks).dump.headlessStacks.map(h => h.createdBy?.func), ['main.main']);
    const ownCreator = [...lines.slice(0, 19), 'created by main.start', '\tD:/src/queue/cmd/queue/main.go:12 +0x2a', ...lines.slice(19)].join('\n');
    assert.equal(creators(ownCreator)[1][1], 'main.start D:/src/queue/cmd/queue/main.go:12');
  });
});
