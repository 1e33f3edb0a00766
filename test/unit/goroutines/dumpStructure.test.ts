// Dumps whose structure a paste or a logger bent: an access line of a race report broken in two,
// offsets glued to line numbers, call lines cut before their `)`, two goroutines crashing at once,
// the same crash line printed twice. Real pastes of these are pinned in realPastes.test.ts; here the
// Go-made dumps (test/fixtures/goroutines/SOURCES.md) and variants of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const ids = (a: GoroutineAnalysis) => [...a.dump.goroutines].map(g => g.id);
const stacks = (a: GoroutineAnalysis) => [...a.dump.goroutines].map(g => [g.id, g.state, g.frames.map(f => `${f.func}:${f.line}`), g.createdBy?.func ?? null]);
const warnings = (a: GoroutineAnalysis) => a.dump.warnings.map(w => w.message);

describe('goroutines: dump structure as pasted', () => {
  describe('a race report whose access line is broken in two', () => {
    const report = fixture('race_then_panic.txt');
    const whole = analyzeGoroutineDump(report);

    it('reads as the whole report, wherever the line was broken after `by`', () => {
      assert.ok(stacks(whole).some(s => String(s[1]).startsWith('data race')), 'the fixture holds a race report');
      // A terminal wrapping at the width of the access line, or a log wrapper cutting it.
      const brokenAfterBy = report.replace(/^(\s*(?:Previous )?(?:[Rr]ead|[Ww]rite) at 0x[0-9a-f]+ by) (goroutine \d+:|main goroutine:)$/gm, '$1\n$2');
      const brokenBeforeId = report.replace(/^(\s*(?:Previous )?(?:[Rr]ead|[Ww]rite) at 0x[0-9a-f]+ by goroutine) (\d+:)$/gm, '$1\n$2');
      for (const broken of [brokenAfterBy, brokenBeforeId]) {
        assert.notEqual(broken, report);
        const a = analyzeGoroutineDump(broken);
        assert.deepEqual(stacks(a), stacks(whole));
        // The same warnings, at lines moved down by the breaks.
        const lineless = (w: string[]) => w.map(m => m.replace(/line \d+/g, 'line N'));
        assert.deepEqual(lineless(warnings(a)), lineless(warnings(whole)));
        assert.deepEqual(a.groups.map(g => g.suspect), whole.groups.map(g => g.suspect));
      }
    });

    it('takes a first half that the next line does not complete as no access', () => {
      const a = analyzeGoroutineDump([
        '==================', 'WARNING: DATA RACE', 'Write at 0x00c000123456 by goroutine', 'something else',
        'Previous read at 0x00c000123456 by goroutine 6:', '  main.reader()', '      /app/main.go:20 +0x44', '==================', '',
      ].join('\n'));
      assert.deepEqual(stacks(a), [[6, 'data race (previous read)', ['main.reader:20'], null]]);
    });

    it('reads the creator section of a report whose call lines lost their `)` and whose offsets are glued', () => {
      const a = analyzeGoroutineDump([
        '==================', 'WARNING: DATA RACE', 'Read at 0x00c0000a0010 by goroutine 8:', '  main.bump(', '      /app/main.go:13+0x66',
        '', 'Previous write at 0x00c0000a0010 by goroutine 7:', '  main.bump()', '      /app/main.go:13 +0x7e',
        '', 'Goroutine 8 (running) created at:', '  main.main(', '      /app/main.go:20+0x136', '==================', '',
      ].join('\n'));
      assert.deepEqual(stacks(a), [[8, 'data race (read)', ['main.bump:13'], 'main.main'], [7, 'data race (previous write)', ['main.bump:13'], null]]);
      assert.deepEqual(warnings(a), []);
    });
  });

  describe('frame lines bent by a logger', () => {
    it('reads `file:line+0x…` (no space before the offset) as the frame\'s location, on both parser paths', () => {
      const plain = 'goroutine 7 [chan receive]:\nmain.wait(0xc000012345)\n\t/app/main.go:12 +0x2d\ncreated by main.main in goroutine 1\n\t/app/main.go:5 +0x1d\n';
      const glued = plain.replace(/ \+0x/g, '+0x');
      // Non-ASCII text sends the lines through the string parsers rather than the byte ones.
      for (const text of [glued, glued.replace('main.wait', 'main.wäit')]) {
        const a = analyzeGoroutineDump(text);
        const g = a.dump.goroutines.get(0);
        assert.deepEqual([g.frames.map(f => [f.file, f.line]), g.createdBy?.line, a.dump.truncated, warnings(a)],
          [[['/app/main.go', 12]], 5, false, []], text);
      }
    });

    it('keeps a `+0x` that follows no line number in the path', () => {
      const a = analyzeGoroutineDump('goroutine 7 [select]:\nmain.wait()\n\t/app/v+0x1/main.go:12 +0x2d\n');
      assert.deepEqual(a.dump.goroutines.get(0).frames.map(f => [f.file, f.line]), [['/app/v+0x1/main.go', 12]]);
    });
  });

  describe('two goroutines crashing at once', () => {
    it('reads both crashed goroutines as one dump, the first crash the crash (GOTRACEBACK=single)', () => {
      const a = analyzeGoroutineDump(fixture('two_panics_at_once.txt'));
      const text = fixture('two_panics_at_once.txt').split('\n');
      const panicLines = text.flatMap((l, i) => (l.startsWith('panic: ') ? [i + 1] : []));
      assert.equal(panicLines.length, 2);
      assert.deepEqual(a.dump.earlierDumps, []);
      assert.deepEqual(a.dump.crash, { message: text[0], line: 1 });
      assert.equal(a.dump.goroutines.length, 2);
      assert.equal(a.dump.crashedGoroutine, 0);
      assert.deepEqual(warnings(a), [
        `line ${panicLines[1]}: another goroutine crashed at the same time (${text[panicLines[1] - 1]}): its goroutine is read with this dump, whose crash is the first`,
      ]);
    });

    it('and with every goroutine printed (GOTRACEBACK=all): the second crasher once, with its stack', () => {
      const text = fixture('two_panics_at_once_all.txt');
      const a = analyzeGoroutineDump(text);
      const second = text.split('\n').findIndex((l, i) => i > 0 && l.startsWith('panic: ')) + 1;
      assert.deepEqual(a.dump.earlierDumps, []);
      assert.equal(a.dump.crash?.line, 1);
      const unique = new Set(ids(a));
      assert.equal(unique.size, ids(a).length, 'no goroutine counted twice');
      const crashers = [...a.dump.goroutines].filter(g => g.frames.some(f => f.func === 'main.crash'));
      assert.equal(crashers.length, 2);
      assert.equal(a.dump.goroutines.get(a.dump.crashedGoroutine).id, crashers[0].id);
      assert.ok(warnings(a).some(w => w.startsWith(`line ${second}: another goroutine crashed at the same time`)), warnings(a).join('\n'));
    });

    it('still reads a second crash after other text, or a goroutine id seen with its stack, as another run\'s dump', () => {
      const dump = (id: number, msg: string) => [`panic: ${msg}`, '', `goroutine ${id} [running]:`, 'main.crash()', '\t/app/main.go:11 +0x79', 'created by main.main', '\t/app/main.go:18 +0x3d'];
      for (const [between, secondId] of [[['exit status 2'], 9], [[''], 9], [[], 7]] as const) {
        const a = analyzeGoroutineDump([...dump(7, 'a'), ...between, ...dump(secondId, 'b'), ''].join('\n'));
        assert.equal(a.dump.earlierDumps.length, 1, JSON.stringify(between));
        assert.equal(a.dump.crash?.message, 'panic: b');
      }
    });

    it('says a crash line printed twice in a row once', () => {
      const a = analyzeGoroutineDump([
        'fatal error: concurrent map writes', 'fatal error: concurrent map writes', '',
        'goroutine 12 [running]:', 'main.put()', '\t/app/main.go:30 +0x55', '',
      ].join('\n'));
      assert.equal(a.dump.crash?.message, 'fatal error: concurrent map writes');
      // A panic raised while recovering from another is still both.
      const chained = analyzeGoroutineDump('panic: a [recovered]\n\tpanic: b\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:3 +0x1\n');
      assert.equal(chained.dump.crash?.message, 'panic: a [recovered] / panic: b');
    });
  });

  describe('a goroutine whose stack goes on after its `created by`', () => {
    it('keeps its first creator and reads the rest as a stack without its header', () => {
      const text = fixture('demo_debug2.txt');
      const whole = analyzeGoroutineDump(text);
      const lines = text.split('\n');
      // Two goroutines joined: the second's header and the blank line before it lost.
      const second = lines.findIndex((l, i) => l.startsWith('goroutine ') && i > 0 && lines[i - 2]?.startsWith('\t') && lines[i - 3]?.startsWith('created by '));
      assert.ok(second > 0, 'the fixture has a goroutine after one with a creator');
      const joined = [...lines.slice(0, second - 1), ...lines.slice(second + 1)].join('\n');
      const a = analyzeGoroutineDump(joined);
      const first = whole.dump.goroutines.get(ids(whole).indexOf(Number(/^goroutine (\d+)/.exec(lines.slice(0, second).reverse().find(l => l.startsWith('goroutine '))!)![1])));
      const kept = a.dump.goroutines.get(ids(a).indexOf(first.id));
      assert.deepEqual([kept.frames, kept.createdBy], [first.frames, first.createdBy]);
      const lost = whole.dump.goroutines.get(ids(whole).indexOf(Number(/^goroutine (\d+)/.exec(lines[second])![1])));
      assert.equal(a.dump.goroutines.length, whole.dump.goroutines.length - 1);
      assert.deepEqual(a.dump.headlessStacks.map(h => [h.frames, h.createdBy]), [[lost.frames, lost.createdBy]]);
      assert.ok(warnings(a).some(w => w.startsWith(`line ${second}: a stack goes on after the \`created by\` of goroutine ${first.id}`)), warnings(a).join('\n'));
    });

    it('keeps the first of two `created by` lines', () => {
      const a = analyzeGoroutineDump('goroutine 5 [select]:\nmain.a()\n\t/app/a.go:1 +0x1\ncreated by main.main\n\t/app/main.go:5 +0x2\ncreated by main.other\n\t/app/main.go:9 +0x4\n');
      assert.equal(a.dump.goroutines.get(0).createdBy?.func, 'main.main');
    });
  });

  describe('gccgo', () => {
    const crash = (under: string[]) => [
      'panic: runtime error: invalid memory address or nil pointer dereference', '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x401234]', '',
      'goroutine 1 [running]:', 'runtime.sighandler', '\t../../../src/libgo/go/runtime/signal_sighandler.go:104',
      'runtime.sigtrampgo', '\t../../../src/libgo/go/runtime/signal_unix.go:312', 'runtime.sigtramp', '\t../../../src/libgo/runtime/go-signal.c:54',
      '', '\t:0', ...under, '', 'goroutine 2 [select]:', 'main.loop', '\t/app/main.go:9', 'created by main.main', '\t/app/main.go:5 +56', '',
    ].join('\n');

    it('reads a frame without a name under the signal handler\'s as `?`, in the same goroutine', () => {
      const a = analyzeGoroutineDump(crash(['main.crash', '\t/app/main.go:21', 'main.main', '\t/app/main.go:34']));
      assert.deepEqual(stacks(a), [
        [1, 'running', ['runtime.sighandler:104', 'runtime.sigtrampgo:312', 'runtime.sigtramp:54', '?:0', 'main.crash:21', 'main.main:34'], null],
        [2, 'select', ['main.loop:9'], 'main.main'],
      ]);
      assert.deepEqual([a.dump.headlessStacks, warnings(a), a.dump.truncated], [[], [], false]);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.crash (main.go:21)');
    });

    it('reads a run of nameless frames (C code without symbols under a cgo call), each after its blank line', () => {
      // The class of pasted/golang_23393_… (three behind 8 spaces, under gccgo's signal handler, in a cgo call) with two, tabs and other names.
      const a = analyzeGoroutineDump(crash(['', '\t:0', 'store._Cfunc_db_close', '\t/tmp/go-build/store/_obj/_cgo_gotypes.go:88', 'store.(*DB).Close', '\t/app/store/db.go:41']));
      assert.deepEqual(stacks(a)[0], [1, 'running', ['runtime.sighandler:104', 'runtime.sigtrampgo:312', 'runtime.sigtramp:54', '?:0', '?:0', 'store._Cfunc_db_close:88', 'store.(*DB).Close:41'], null]);
      assert.deepEqual([a.dump.headlessStacks, warnings(a)], [[], []]);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in store._Cfunc_db_close (_cgo_gotypes.go:88)');
    });

    it('never blames the signal handler\'s frames, nor the nameless one', () => {
      const a = analyzeGoroutineDump(crash(['runtime.memmove', '\t../../../src/libgo/runtime/memmove.c:12']));
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in runtime.memmove (memmove.c:12)');
    });

    it('ends a goroutine at a blank line under other frames, or when no `:0` follows', () => {
      const plain = analyzeGoroutineDump('goroutine 1 [running]:\nmain.main\n\t/app/main.go:3\n\n\t:0\n');
      assert.deepEqual(stacks(plain), [[1, 'running', ['main.main:3'], null]]);
      const a = analyzeGoroutineDump(crash([]).replace('\n\t:0\n', '\nmain.orphan\n\t/app/main.go:7\n'));
      assert.deepEqual(stacks(a)[0], [1, 'running', ['runtime.sighandler:104', 'runtime.sigtrampgo:312', 'runtime.sigtramp:54'], null]);
      assert.deepEqual(a.dump.headlessStacks.map(h => h.frames.map(f => f.func)), [['main.orphan']]);
    });

    it('reads a `created by` whose offset gccgo printed in decimal, and still a cut `+0` as cut', () => {
      const a = analyzeGoroutineDump(fixture('pasted/golang_30508_gccgo_nameless_frame_sigabrt.txt'));
      const forcegc = a.dump.goroutines.get(1);
      assert.deepEqual([forcegc.createdBy?.func, forcegc.createdBy?.line], ['runtime.runtime..init3', 266]);
      assert.ok(!warnings(a).some(w => w.includes('+56')), warnings(a).join('\n'));
      assert.deepEqual(a.dump.goroutines.get(0).frames.map(f => f.func),
        ['runtime.sighandler', 'runtime.sigtrampgo', 'runtime.sigtramp', '?', '__GI_raise', 'abort', 'runtime.abort', 'main.Abort', 'main.main', 'runtime.main']);
    });
  });
});
