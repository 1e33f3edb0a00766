// Pastes whose last goroutine stops early with every line whole (Go prints `created by` under every
// stack but the ones nobody created), and pastes whose closing backticks are glued to the last line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const complete = 'goroutine 1 [chan receive]:\nmain.main()\n\t/app/main.go:10 +0x1d\n\n';
const cutWarning = /stops without the `created by` line Go prints under its stack/;
/** A goroutine without frames has no stack for a creator to end: its warning says the header is all there is. */
const headerOnlyWarning = /stops right after its header, with no frame under it, so it is cut off, and goroutines after it are missing$/;

function reading(text: string) {
  const a = analyzeGoroutineDump(text);
  return {
    truncated: a.dump.truncated,
    goroutines: [...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => `${f.func}:${f.line}`)]),
    warnings: a.dump.warnings.map(w => w.message),
  };
}

describe('goroutines: stacks that stop early', () => {
  it('a goroutine that ends in a user frame with no creator under it is cut, the dump truncated', () => {
    const r = reading(`${complete}goroutine 7 [select]:\nmain.worker(0xc000010000)\n\t/app/worker.go:20 +0x2f\nmain.run()\n\t/app/worker.go:30 +0x45\n`);
    assert.equal(r.truncated, true);
    assert.deepEqual(r.goroutines, [[1, false, ['main.main:10']], [7, true, ['main.worker:20', 'main.run:30']]]);
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0], cutWarning);
    assert.match(r.warnings[0], /goroutine 7 \(from line 5\)/);
  });

  it('a header with no frames at the end is a goroutine cut before its first frame, goroutine 1 (which has no creator) too', () => {
    const r = reading(`${complete}goroutine 7 [select]:\n`);
    assert.equal(r.truncated, true);
    assert.deepEqual(r.goroutines, [[1, false, ['main.main:10']], [7, true, []]]);
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0], headerOnlyWarning);
    const main = reading('goroutine 7 [select]:\nmain.worker()\n\t/app/worker.go:20 +0x2f\ncreated by main.main in goroutine 1\n\t/app/main.go:9 +0x1d\n\ngoroutine 1 [running]:\n');
    assert.deepEqual(main.goroutines, [[7, false, ['main.worker:20']], [1, true, []]]);
    assert.deepEqual(main.warnings, ['the dump is truncated at line 7: goroutine 1 (from line 7) stops right after its header, with no frame under it, so it is cut off, and goroutines after it are missing']);
  });

  it('the first goroutine of a paste cut after its header is the one marked', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/golang_54332_header_without_frames.txt', 'utf8'));
    assert.equal(a.dump.truncated, true);
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.cut, g.frames.length]), [[469267, 'running', true, 0]]);
    assert.ok(a.dump.warnings.some(w => headerOnlyWarning.test(w.message) && w.line === 6));
  });

  it('a complete goroutine is never blamed: created, goroutine 1, the runtime\'s own, locked to a C thread, gccgo, a stack unavailable', () => {
    const whole = [
      // Created: the creator's lines end it.
      'goroutine 7 [select]:\nmain.worker()\n\t/app/worker.go:20 +0x2f\ncreated by main.main in goroutine 1\n\t/app/main.go:9 +0x1d\n',
      // Goroutine 1 runs main: its stack ends in main.main, or in a package initialiser during initialisation.
      'goroutine 1 [select]:\nmain.wait()\n\t/app/main.go:20 +0x2f\nmain.main()\n\t/app/main.go:9 +0x1d\n',
      'goroutine 1 [running]:\nmain.load()\n\t/app/main.go:20 +0x2f\nmain.init.0()\n\t/app/main.go:9 +0x1d\n',
      // Another id ending in main.main (an edited paste) or the runtime's goexit.
      'goroutine 3 [select]:\nmain.main()\n\t/app/main.go:20 +0x2f\n',
      'goroutine 3 [select]:\nmain.loop()\n\t/app/main.go:20 +0x2f\nruntime.goexit()\n\t/usr/local/go/src/runtime/asm_amd64.s:1571 +0x1\n',
      // Only runtime frames: a system goroutine whose creator the traceback level hides; goroutine 0, a thread's idle stack.
      'goroutine 2 [force gc (idle)]:\nruntime.gopark(0x0?, 0x0?)\n\t/usr/local/go/src/runtime/proc.go:363 +0xd6\nruntime.forcegchelper()\n\t/usr/local/go/src/runtime/proc.go:302 +0xad\n',
      'goroutine 0 [idle]:\n',
      // A call from C into Go: locked to the C thread, created by nobody.
      'goroutine 51 [running, locked to thread]:\nmain.RunBackend(0x1)\n\t/app/ipn.go:262 +0x8e5\nmain.goRunBackend(0x1)\n\t/app/export_cgo.go:54 +0x11d\n',
      // gccgo prints no offsets and no creator.
      'goroutine 9 [select]:\nmain.worker\n\t/app/worker.go:20\nmain.run\n\t/app/worker.go:30\n',
      // The stack is unavailable.
      'goroutine 9 [running]:\n\tgoroutine running on other thread; stack unavailable\n',
    ];
    for (const last of whole) {
      const r = reading(complete + last);
      assert.equal(r.truncated, false, last);
      assert.ok(r.goroutines.every(g => g[1] === false), last);
      assert.ok(!r.warnings.some(w => cutWarning.test(w)), last);
    }
  });

  it('a goroutine in the middle of the dump is not judged: only the text\'s last one can be cut', () => {
    const r = reading('goroutine 7 [select]:\nmain.worker()\n\t/app/worker.go:20 +0x2f\n\n' + complete);
    assert.equal(r.truncated, false);
  });
});

describe('goroutines: a closing fence glued to the last line', () => {
  const dump = 'goroutine 7 [chan receive]:\nmain.worker(0xc000010000)\n\t/app/worker.go:20 +0x2f\ncreated by main.main\n\t/app/main.go:30 +0x2f\n\n' +
    'goroutine 1 [chan receive]:\nmain.main()\n\t/usr/lib/go/src/runtime/proc.go:250 +0x1c5';
  for (const closer of ['`', '```', ' ```', '`\n', '```\n', '``` \n\n']) {
    it(`is the paste's, not the frame's: ${JSON.stringify(closer)}`, () => {
      const r = reading(dump + closer);
      assert.equal(r.truncated, false);
      assert.deepEqual(r.warnings, []);
      assert.deepEqual(r.goroutines, [[7, false, ['main.worker:20']], [1, false, ['main.main:250']]]);
    });
  }

  it('a location without its offset before the fence is still read as cut (its line number may be cut too)', () => {
    const r = reading('goroutine 7 [chan receive]:\nmain.worker()\n\t/app/worker.go:20 +0x2f\ncreated by main.main\n\t/app/main.go:30```\n');
    assert.equal(r.truncated, true);
  });
});

describe('goroutines: source code pasted after a dump', () => {
  const dump = 'goroutine 7 [chan receive]:\nmain.worker(0xc000010000, {0x1693113?, 0x0?})\n\t/app/worker.go:20 +0x2f\ncreated by main.main in goroutine 1\n\t/app/main.go:9 +0x1d\n\n' +
    'goroutine 1 [chan receive]:\nmain.main()\n\t/app/main.go:12 +0x1c5\n';
  const code = [
    'func main() {\n\tgo func() {\n\t\tselect {}\n\t}()\n}\n',
    'fmt.Println("hi")\n\tgo func() {\n\t\ttime.Sleep(time.Hour)\n\t}()\n',
    'exit status 2\n\nThe code:\n\npackage main\n\nimport "time"\n\nfunc main() {\n\tch := make(chan int)\n\tgo worker(ch)\n\tlog.Printf("%d", <-ch)\n}\n',
  ];
  for (const after of code) {
    it(`is no frame of the last goroutine: ${JSON.stringify(after.slice(0, 24))}`, () => {
      const r = reading(dump + after);
      assert.equal(r.truncated, false);
      assert.deepEqual(r.goroutines, [[7, false, ['main.worker:20']], [1, false, ['main.main:12']]]);
      assert.ok(r.warnings.every(w => /^lines? \d+(–\d+)?: skipped/.test(w)), r.warnings.join('\n'));
    });
  }

  it('a traceback\'s own arguments are still read: hex words, braces, `?`, `...`', () => {
    const r = reading('goroutine 9 [select]:\nmain.f(0xc000010000, {0x1693113?, 0x0?}, 0x17640d0, ...)\n\t/app/f.go:3 +0x2f\nmain.g(...)\n\t/app/f.go:9\n' +
      'panic({0x12c5e40, 0xc000010000})\n\t/usr/local/go/src/runtime/panic.go:884 +0x213\ncreated by main.main\n\t/app/main.go:9 +0x1d\n');
    assert.deepEqual(r.goroutines, [[9, false, ['main.f:3', 'main.g:9', 'panic:884']]]);
  });
});

describe('goroutines: a race report cut at its start', () => {
  const fixture = (name: string) => analyzeGoroutineDump(readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8'));
  const startWarning = /a race detector report without its start/;

  it('an access section\'s header read outside a report starts one: the access is a goroutine, its creator found below', () => {
    const text = '      /app/switch.go:42 +0x39\n\nPrevious write at 0x00c000318b98 by goroutine 8:\n  main.write()\n      /app/w.go:65 +0xbb\n' +
      '  main.loop()\n      /app/w.go:139 +0x44\n\nGoroutine 8 (finished) created at:\n  main.main()\n      /app/main.go:35 +0x26f\n==================\n';
    const a = analyzeGoroutineDump(text);
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.frames.map(f => f.func), g.createdBy?.func]),
      [[8, 'data race (previous write)', ['main.write', 'main.loop'], 'main.main']]);
    assert.equal(a.dump.cutAtStart, true);
    assert.equal(a.groups[0].suspect, '1 goroutine in a data race: previous write of 0x00c000318b98 in main.write (w.go:65), created by main.main');
    assert.deepEqual(a.dump.warnings.map(w => w.line), [1, 3]);
    assert.match(a.dump.warnings[1].message, startWarning);
  });

  it('creator sections with no access in the text are kept as creations (weaveworks/scope#184), not skipped', () => {
    const a = fixture('weavescope_184_race_cut_at_start.txt');
    assert.equal(a.dump.cutAtStart, true);
    assert.deepEqual(a.dump.headlessStacks.map(s => [s.lines.start, s.frames.length, s.createdBy?.func]),
      [[2, 0, 'github.com/weaveworks/scope/xfer.func·002'], [8, 0, 'github.com/weaveworks/scope/xfer.func·002']]);
    // The whole report after them: both accesses, the read's goroutine created as its section says.
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.createdBy?.func ?? null]),
      [[13, 'data race (read)', 'github.com/weaveworks/scope/xfer.func·002'], [8, 'data race (previous write)', null]]);
    assert.ok(!a.dump.warnings.some(w => /skipped/.test(w.message)), a.dump.warnings.map(w => w.message).join('\n'));
    assert.ok(a.dump.warnings.some(w => w.line === 2 && startWarning.test(w.message)));
  });

  it('a paste from the middle of an access\'s stack reads its creator section as the report\'s (sijms/go-ora#518)', () => {
    const a = fixture('goora_518_race_cut_mid_access.txt');
    assert.equal(a.dump.cutAtStart, true);
    assert.equal(a.dump.truncated, true);
    assert.deepEqual(a.dump.headlessStacks.map(s => [s.lines.start, s.frames.map(f => f.func), s.createdBy?.func ?? null]), [
      // The `file:line` at the top, its call line cut off, is the access's first frame (nameless).
      [2, ['?', 'github.com/cockroachdb/cdc-sink/internal/util/workgroup.(*Group).worker', 'github.com/cockroachdb/cdc-sink/internal/util/workgroup.(*Group).maybeStart.func2'], null],
      [8, [], 'github.com/sijms/go-ora/v2/network.(*Session).StartContext'],
    ]);
    // The creator section's last line (a name the excerpt cut) is no skipped text, nor is the `file:line` at the top.
    assert.deepEqual(a.dump.warnings.filter(w => /skipped/.test(w.message)).map(w => w.line), []);
  });
});
