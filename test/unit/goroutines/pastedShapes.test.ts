// Dumps as people really paste them: cut short, behind junk on the crash line, logged as one
// escaped string, old race reports, a stack overflow. Each class is checked on real Go output
// (test/fixtures/goroutines, SOURCES.md says how each was made), transformed here where the shape
// is what a paste does to it, at every position where a cut can fall.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis, type GoroutineGroup } from '../../../src/core/goroutines';

const FIXTURES = 'test/fixtures/goroutines/';
const read = (name: string) => readFileSync(FIXTURES + name, 'utf8');

function comparable(groups: readonly GoroutineGroup[]) {
  return groups.map(g => ({
    count: g.count, state: g.state, minutes: g.waitMinutes, frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`),
    createdBy: g.createdBy?.func ?? null, ids: g.goroutineIds, suspect: g.suspect, crashed: g.crashed, cut: g.cut,
  }));
}

function assertSameAnalysis(actual: GoroutineAnalysis, expected: GoroutineAnalysis, what: string): void {
  assert.deepEqual(comparable(actual.groups), comparable(expected.groups), what);
  assert.equal(actual.total, expected.total, what);
  assert.equal(actual.dump.crash?.message, expected.dump.crash?.message, what);
  assert.equal(actual.stuck?.kind, expected.stuck?.kind, what);
  assert.equal(actual.dump.truncated, expected.dump.truncated, what);
}

describe('goroutines: a paste cut short', () => {
  it('keeps the only goroutine of a paste cut mid-path, with its frames, marked cut (fixture)', () => {
    const a = analyzeGoroutineDump(read('cut_paste_mid_path.txt'));
    assert.equal(a.parsed, 1);
    assert.equal(a.dump.truncated, true);
    const g = a.dump.goroutines.get(0);
    assert.equal(g.cut, true);
    assert.deepEqual(g.frames.map(f => f.func), ['main.dispatch', 'main.main']);
    // The crash still names it, and it ranks first.
    assert.equal(a.groups[0].crashed, true);
    assert.equal(a.groups[0].cut, true);
    assert.match(a.dump.warnings.at(-1)!.message, /goroutine 1 \(from line 3\) is cut off \(kept with the 2 frames before the cut\)/);
  });

  for (const name of ['demo_panic.txt', 'demo_debug2.txt', 'stack_overflow.txt', 'demo_panic_system.txt']) {
    it(`${name}: wherever a cut falls in the first goroutine, the goroutine is kept with the frames before the cut`, () => {
      const text = read(name);
      const start = /^goroutine \d+ \[/m.exec(text)!.index;
      const firstEnd = text.indexOf('\n\n', start) + 1;
      const full = analyzeGoroutineDump(text.slice(0, firstEnd));
      const whole = full.dump.goroutines.get(0);
      const firstFrameEnd = text.indexOf('\n', text.indexOf('\n', start) + 1) + 1;
      // From the first frame's call line on: a header alone is no dump (see 'junk'). A line shaped as
      // one already cut everywhere (stack_overflow.txt's hundred recursive frames, their hex digits
      // aside) is cut at its ends only: each cut reads the whole prefix again.
      const cutEverywhere = new Set<string>();
      for (let cutAt = text.indexOf('\n', start) + 2; cutAt < firstEnd - 1; cutAt++) {
        const lineStart = text.lastIndexOf('\n', cutAt - 1) + 1;
        const lineEnd = text.indexOf('\n', cutAt);
        if (cutAt > lineStart + 1 && cutAt < lineEnd - 1) {
          const shape = `${cutAt - lineStart} ${text.slice(lineStart, lineEnd).replace(/0x[0-9a-f]+/g, hex => hex.replace(/[0-9a-f]/g, '0'))}`;
          if (cutEverywhere.has(shape)) continue;
          cutEverywhere.add(shape);
        }
        const a = analyzeGoroutineDump(text.slice(0, cutAt));
        const what = `cut at ${cutAt}: ${JSON.stringify(text.slice(Math.max(start, cutAt - 30), cutAt))}`;
        assert.equal(a.parsed, 1, what);
        const g = a.dump.goroutines.get(0);
        assert.equal(g.id, whole.id, what);
        assert.ok(g.frames.length <= whole.frames.length, what);
        // The last one's name may be cut short: read as far as it goes, marked `…`.
        const names = g.frames.map(f => f.func);
        const cutName = names.at(-1)?.endsWith('…') ? names.pop()!.slice(0, -1) : null;
        assert.deepEqual(names, whole.frames.slice(0, names.length).map(f => f.func), what);
        if (cutName !== null) assert.ok(whole.frames[names.length].func.startsWith(cutName), what);
        const midLine = text[cutAt - 1] !== '\n';
        // A cut inside a hex number (`+0x51`, `pc=0x4f3`) leaves a line that reads whole, and so does
        // one in the line number of an inlined frame (`f(...)`), which Go prints without an offset.
        const before = text.slice(0, cutAt);
        const readsWhole = /(\+|pc=)0x[0-9a-f]+ ?$/.test(before) || /\(\.\.\.\)\n\t[^\n]*:\d+$/.test(before) ||
          before.endsWith('\n...additional frames elided...');
        if (midLine && cutAt > firstFrameEnd && !readsWhole) {
          assert.equal(a.dump.truncated, true, what);
          assert.equal(g.cut, true, what);
        }
        if (a.dump.truncated) assert.equal(g.cut, true, what);
      }
    });
  }

  it('a stack with its goroutine\'s header before every line is read behind it, and the next goroutine\'s header still starts a goroutine', () => {
    const stack = (id: number, f: string) => [`goroutine ${id} [running]:`, `goroutine ${id} runtime/debug.Stack()`, `goroutine ${id} \t/usr/local/go/src/runtime/debug/stack.go:24 +0x65`,
      `goroutine ${id} main.${f}(0xc000010000)`, `goroutine ${id} \t/src/app/main.go:12 +0x1d`, `goroutine ${id} created by main.start in goroutine 1`, `goroutine ${id} \t/src/app/main.go:30 +0x25`];
    for (const prefix of ['', 'Jan 15 01:37:49 host app[9075]: ']) {
      const dump = analyzeGoroutineDump([...stack(92100, 'lock'), '', ...stack(7, 'unlock')].map(l => l === '' ? l : prefix + l).join('\n') + '\n').dump;
      assert.deepEqual([...dump.goroutines].map(g => [g.id, g.frames.map(f => f.func), g.createdBy?.func, g.cut]),
        [[92100, ['runtime/debug.Stack', 'main.lock'], 'main.start', false], [7, ['runtime/debug.Stack', 'main.unlock'], 'main.start', false]], prefix);
      assert.deepEqual(dump.warnings, [], prefix);
    }
    // Another goroutine's id before a call is no such prefix.
    const other = analyzeGoroutineDump(['goroutine 5 [running]:', 'goroutine 6 main.f()', '\t/src/app/main.go:12 +0x1d'].join('\n') + '\n').dump;
    assert.notDeepEqual([...other.goroutines].map(g => g.frames.map(f => f.func)), [['main.f']]);
  });

  it('a double-spaced paste cut inside its last line\'s prefix cuts the goroutine above, whose time is no `file:line`', () => {
    const prefix = 'Jul 23 19:37:02 host dockerd[760]: ';
    const lines = ['goroutine 310 [semacquire, 3 minutes]:', 'sync.(*Cond).Wait(0xc000010000)', '\t/usr/local/go/src/sync/cond.go:56 +0x6c', 'io.copyBuffer(0x1, 0x2)'];
    for (const separator of ['\n', '\n\n']) {
      for (const cut of ['Jul 23 19:37:0', 'Jul 23 19:3', 'Jul 23 19:37:02 ho']) {
        const dump = analyzeGoroutineDump([...lines.map(l => prefix + l), cut].join(separator) + '\n').dump;
        const g = dump.goroutines.get(0);
        assert.equal(dump.truncated, true, cut);
        assert.equal(g.cut, true, `${cut} ${JSON.stringify(separator)}`);
        assert.deepEqual(g.frames.map(f => `${f.func} ${f.file}`), ['sync.(*Cond).Wait /usr/local/go/src/sync/cond.go', 'io.copyBuffer '], cut);
      }
    }
  });

  it('does not blame the last goroutine when the cut falls after it (registers, runtime stack:, log text)', () => {
    const trailers: [string, string, string][] = [
      // A SIGQUIT dump ends with the registers of the thread that got the signal.
      ['demo_sigquit.txt', '', ''],
      ['demo_debug2.txt', '\n', '2024-05-01T10:00:00.123Z\tINFO\tserver/main.go:88\tshutting down: context canceled\n'],
      ['demo_panic.txt', '\n', 'runtime stack:\nruntime.throw({0x4bdd6e?, 0x551020?})\n\truntime/panic.go:1047 +0x5d fp=0x7ffd84a7c5f0 sp=0x7ffd84a7c5c0 pc=0x432d5d\n'],
    ];
    for (const [name, gap, trailer] of trailers) {
      const original = read(name);
      const text = trailer === '' ? original : original.trimEnd() + '\n' + gap + trailer;
      const tailStart = trailer === '' ? text.indexOf('\nrax ') + 1 : text.length - trailer.length;
      const full = analyzeGoroutineDump(text);
      assert.ok(full.parsed > 0);
      for (let cutAt = tailStart + 1; cutAt < text.length; cutAt++) {
        const a = analyzeGoroutineDump(text.slice(0, cutAt));
        const what = `${name} cut at ${JSON.stringify(text.slice(tailStart, cutAt))}`;
        assert.equal(a.parsed, full.parsed, what);
        assert.equal([...a.dump.goroutines].some(g => g.cut), false, what);
        assert.equal(a.groups.some(g => g.cut), false, what);
      }
    }
  });
});

describe('goroutines: junk stuck to the crash line', () => {
  const JUNK: Record<string, (line: string) => string> = {
    'terminal echo of Ctrl+\\': l => `^\\${l}`,
    'opening backtick': l => `\`${l}`,
    'quote mark': l => `"${l}`,
    'single quote': l => `'${l}`,
    'log prefix and backtick': l => `2024-05-01T10:00:00Z \`${l}`,
  };
  for (const name of ['demo_sigquit.txt', 'demo_deadlock.txt', 'demo_panic.txt', 'demo_fault.txt', 'stack_overflow.txt', 'demo_test_timeout.txt']) {
    const text = read(name);
    const expected = analyzeGoroutineDump(text);
    const crashLine = expected.dump.crash!.line - 1;
    for (const [junk, stick] of Object.entries(JUNK)) {
      it(`${name}: ${junk}`, () => {
        const lines = text.split('\n');
        lines[crashLine] = stick(lines[crashLine]);
        const a = analyzeGoroutineDump(lines.join('\n'));
        assertSameAnalysis(a, expected, junk);
        assert.equal(a.dump.crashedGoroutine, expected.dump.crashedGoroutine);
      });
    }
  }
});

/** What a JSON logger writes for a string (zap, slog, klog's JSON): JSON.stringify escapes as encoding/json does for ASCII. */
const jsonString = (s: string) => JSON.stringify(s);
/** Go's strconv.Quote, as logrus' text formatter and logfmt writers use it: the same escapes for ASCII text. */
const goQuote = (s: string) => JSON.stringify(s);

describe('goroutines: a dump logged as one escaped string', () => {
  const LOGGERS: Record<string, (dump: string) => string> = {
    'zap JSON': d => `{"level":"error","ts":1714557600.123,"caller":"server/main.go:88","msg":"goroutine dump","stack":${jsonString(d)}}`,
    'slog JSON': d => `{"time":"2024-05-01T10:00:00.123Z","level":"ERROR","msg":"stuck","goroutines":${jsonString(d)},"pid":4242}`,
    'logrus logfmt': d => `time="2024-05-01T10:00:00Z" level=error msg=${goQuote(d)} component=api`,
    'logfmt behind journald': d => `May 01 10:00:00 node-3 api[1234]: level=error msg=${goQuote('request stuck\n' + d)}`,
    'JSON behind CRI': d => `2024-05-01T10:00:00.123456789Z stderr F {"level":"error","stack":${jsonString(d)}}`,
    'JSON inside JSON (escaped twice)': d => `{"log":${jsonString(`{"level":"error","stack":${jsonString(d)}}\n`)},"stream":"stderr"}`,
  };
  for (const name of ['demo_debug2.txt', 'demo_panic.txt', 'demo_sigquit.txt', 'demo_deadlock.txt']) {
    const text = read(name);
    const expected = analyzeGoroutineDump(text);
    for (const [logger, write] of Object.entries(LOGGERS)) {
      it(`${name}: ${logger}`, () => {
        const line = write(text);
        assert.equal(line.includes('\n'), false);
        const a = analyzeGoroutineDump(`2024-05-01T09:59:59Z INFO starting\n${line}\n2024-05-01T10:00:01Z INFO done\n`);
        assert.deepEqual(comparable(a.groups).map(g => ({ ...g, suspect: null })), comparable(expected.groups).map(g => ({ ...g, suspect: null })));
        assert.equal(a.parsed, expected.parsed);
        assert.equal(a.dump.crash?.message, expected.dump.crash?.message);
        assert.equal(a.stuck?.kind, expected.stuck?.kind);
        // Every goroutine is on the log record's line.
        assert.deepEqual([...new Set([...a.dump.goroutines].map(g => g.lines.start))], [2]);
      });
    }
  }

  it('a record\'s message and `panic` field make its crash line when they make one: JSON and logfmt', () => {
    const stack = 'goroutine 12 [running]:\\nk8s.io/apimachinery/pkg/util/runtime.logPanic({0x1, 0x2})\\n\\t/go/runtime.go:132 +0xbc\\npanic({0x1?, 0x2?})\\n' +
      '\\t/usr/local/go/src/runtime/panic.go:783 +0x132\\nmain.reconcile(0x0)\\n\\t/src/app/main.go:42 +0x44\\ncreated by main.start in goroutine 1\\n\\t/src/app/main.go:12 +0x1d';
    for (const [line, crash] of [
      [`{"level":"error","msg":"Observed a panic","panic":"runtime error: index out of range [3] with length 3","panicGoValue":"\\"x\\"","stacktrace":"${stack}"}`,
        'Observed a panic: runtime error: index out of range [3] with length 3'],
      [`time="2024-01-01T00:00:00Z" level=error msg="Observed a panic" panic="assignment to entry in nil map" stacktrace="${stack}"`, 'Observed a panic: assignment to entry in nil map'],
      // A message that is no crash word leaves the crash line out.
      [`{"level":"error","msg":"reconcile failed","panic":"boom","stacktrace":"${stack}"}`, null],
    ] as const) {
      const a = analyzeGoroutineDump(line + '\n');
      assert.equal(a.dump.crash?.message ?? null, crash, line);
      assert.match(a.groups[0].suspect ?? '', /in main\.reconcile \(main\.go:42\)/, line);
    }
  });

  it('reads the records Go writes through encoding/json and strconv.Quote (fixture)', () => {
    const a = analyzeGoroutineDump(read('logged_escaped.txt'));
    // Three records, each a dump (goroutine 1 repeats): the last, runtime.Stack(all), is grouped.
    assert.equal(a.dump.earlierDumps.length, 2);
    assert.equal(a.parsed, 4);
    const leak = a.groups.find(g => g.state === 'chan send');
    assert.equal(leak?.count, 3);
    assert.equal(leak?.frames[0].func, 'main.leak');
    assert.equal(a.dump.truncated, false);
  });

  it('keeps what a record cut short holds (a line cut by a log shipper)', () => {
    const text = read('demo_debug2.txt');
    const line = LOGGERS['zap JSON'](text);
    const cut = line.slice(0, line.indexOf('goroutine 21 ['));
    const a = analyzeGoroutineDump(cut);
    assert.ok(a.parsed > 0);
    assert.deepEqual([...a.dump.goroutines].map(g => g.id), [...analyzeGoroutineDump(text).dump.goroutines].map(g => g.id).slice(0, a.parsed));
  });
});

describe('goroutines: race reports of every Go version', () => {
  it('reads pre-Go-1.6 accesses ("Write by goroutine 93:") next to today\'s ("Read at 0x… by goroutine 6:")', () => {
    const a = analyzeGoroutineDump(read('race_pre_go16.txt'));
    assert.equal(a.raceAccesses, 6);
    const races = a.groups.map(g => [g.state, g.frames[0].func, g.createdBy?.func ?? null, g.goroutineIds[0]]);
    assert.deepEqual(races, [
      ['data race (read)', 'main.func·001', 'time.goFunc', 5],
      ['data race (previous write)', 'main.main', null, 1],
      ['data race (write)', 'main.(*cache).put', 'main.main', 93],
      ['data race (previous read)', 'main.(*cache).get', null, 1],
      ['data race (read)', 'main.(*stats).record', 'main.main', 6],
      ['data race (previous write)', 'main.main', null, 1],
    ]);
    // Only today's form names the address that pairs the two sides.
    assert.deepEqual(a.waitTargets.map(t => [t.address, t.waiters]), [['0x00c0000180d8', 2]]);
    assert.ok(a.groups.every(g => g.suspect !== null));
  });
});

describe('goroutines: a stack overflow', () => {
  const text = read('stack_overflow.txt');
  const variants: Record<string, string> = {
    'as Go prints it': text,
    'without the fatal error line': text.replace('fatal error: stack overflow\n', ''),
    'with only the runtime\'s overflow message': text.replace(/^runtime: sp=.*\nfatal error: stack overflow\n/m, ''),
    'from the overflow message on, behind a log prefix': text.split('\n').map(l => `2024-05-01T10:00:00Z ${l}`).join('\n'),
  };
  for (const [what, variant] of Object.entries(variants)) {
    it(`names the overflowing goroutine the culprit, first: ${what}`, () => {
      const a = analyzeGoroutineDump(variant);
      assert.equal(a.parsed, 46);
      assert.match(a.dump.crash?.message ?? '', /^stack overflow: goroutine stack exceeds 1048576-byte limit/);
      const first = a.groups[0];
      assert.equal(first.crashed, true);
      assert.equal(first.count, 1);
      assert.equal(first.frames[0].func, 'main.(*request).resolve');
      assert.equal(first.framesElided, true);
      assert.ok(first.frames.length >= 100);
      assert.match(first.suspect ?? '', /^1 goroutine crashed \(stack overflow: goroutine stack exceeds 1048576-byte limit\) in main\.\(\*request\)\.resolve/);
      // The 40 leaked senders come after it.
      assert.equal(a.groups.findIndex(g => g.count === 40 && g.state === 'chan send') > 0, true);
    });
  }
});

describe('goroutines: frames whose call lines a filter dropped', () => {
  // Hand-made after goconvey's reporting.stackTrace (real one: loongcollector_860 in realPastes.test.ts):
  // it drops the lines naming its own packages, which with modules are only the calls, not the
  // `file:line`s under them (`goconvey@v1.8.1/convey/…` holds no `goconvey/convey`).
  const report = [
    '  * /home/dev/cart/cart_test.go ',
    '  Line 31: - runtime error: index out of range [2] with length 2 ',
    '  goroutine 21 [running]:',
    '  \t/home/dev/go/pkg/mod/github.com/smartystreets/goconvey@v1.8.1/convey/reporting/reports.go:158 +0x3d',
    '  \t/home/dev/go/pkg/mod/github.com/smartystreets/goconvey@v1.8.1/convey/context.go:263 +0xa9',
    '  panic({0x7a2c40?, 0xc0000a6018?})',
    '  \t/usr/local/go/src/runtime/panic.go:770 +0x132',
    '  example.com/cart.(*Cart).Total(0xc0000b8000)',
    '  \t/home/dev/cart/cart.go:44 +0x1b5',
    '  example.com/cart.TestTotal.func1()',
    '  \t/home/dev/cart/cart_test.go:31 +0x2c',
    '  \t/home/dev/go/pkg/mod/github.com/smartystreets/goconvey@v1.8.1/convey/discovery.go:89 +0x1a',
    '  example.com/cart.TestTotal(0xc0000c6340)',
    '  \t/home/dev/cart/cart_test.go:27 +0x6e',
    '  testing.tRunner(0xc0000c6340, 0x7d1e28)',
    '  \t/usr/local/go/src/testing/testing.go:1689 +0xfb',
    '  created by testing.(*T).Run in goroutine 1',
    '  \t/usr/local/go/src/testing/testing.go:1742 +0x390',
    '',
  ].join('\n');

  it('reads each `file:line` left without its call as a frame that names no function, under the header and between frames', () => {
    const a = analyzeGoroutineDump(report);
    const [g] = a.dump.goroutines;
    assert.deepEqual([g.id, g.cut, g.createdBy?.func], [21, false, 'testing.(*T).Run']);
    assert.deepEqual(g.frames.map(f => `${f.func} ${f.file.slice(f.file.lastIndexOf('/') + 1)}:${f.line}`), [
      '? reports.go:158', '? context.go:263', 'panic panic.go:770', 'example.com/cart.(*Cart).Total cart.go:44',
      'example.com/cart.TestTotal.func1 cart_test.go:31', '? discovery.go:89', 'example.com/cart.TestTotal cart_test.go:27', 'testing.tRunner testing.go:1689',
    ]);
    // goconvey's `Line 31: - <value>` is the recovered panic's crash line.
    assert.equal(a.groups[0]?.suspect, '1 goroutine panicked (recovered: Line 31: - runtime error: index out of range [2] with length 2) in cart.(*Cart).Total (cart.go:44), created by testing.(*T).Run');
  });

  it('takes no `file:line` as a frame of its own after a `created by`, without Go\'s offset, or after a line that held more than a location', () => {
    const lines = report.split('\n');
    const funcs = (text: string) => [...analyzeGoroutineDump(text).dump.goroutines].map(g => g.frames.map(f => f.func));
    // Under the creator's location: not a frame of this goroutine.
    const afterCreator = [...lines.slice(0, -1), '  \t/usr/local/go/src/testing/testing.go:1742 +0x390', ''].join('\n');
    assert.equal(funcs(afterCreator)[0].length, 8);
    // Without its offset, a lone `file:line` under the header is not taken.
    const noOffset = [lines[2], '  \t/home/dev/cart/cart.go:44', lines[7], lines[8], ''].join('\n');
    assert.deepEqual(funcs(noOffset), [['example.com/cart.(*Cart).Total']]);
  });
});
