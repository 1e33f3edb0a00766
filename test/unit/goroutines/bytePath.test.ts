// The scanner reads UTF-8 lines on their bytes where it can (plain stack lines, junk) and decodes
// the others for the string parsers; `withoutShortcuts` decodes every line for them. Both must
// read every text alike: the byte path is a shortcut, never a second opinion.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GoroutineDumpScanner, scanGoroutineDump, type ScanOptions } from '../../../src/core/goroutines';
import { nodeByteSearch } from '../../../src/node/byteSearch';
import { junkLines } from '../../hostile/make-hostile';
import { CORPUS_DIR, DEMO_DIR } from './goldenSummary';
import { plainJson as plain } from './readAlike';

/** The bytes pushed in pieces of `size` (a file read chunk by chunk), lines cut anywhere. */
function scanInPieces(bytes: Uint8Array, size: number, options: ScanOptions): unknown {
  const scanner = new GoroutineDumpScanner(options);
  for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
  return scanner.finish();
}

// Ids past 2^53 are bigints: kept as their digits, apart from numbers.
/**
 * The reading of `text` without the byte path's shortcuts against the one with them, with the
 * portable searches, and with Node's (Buffer, memchr) on the whole text and on it pushed in pieces.
 */
function assertReadAlike(text: string, what: string, options: ScanOptions = {}): void {
  const bytes = new TextEncoder().encode(text);
  const asText = plain(scanGoroutineDump(bytes, { ...options, withoutShortcuts: true }));
  assert.deepEqual(plain(scanGoroutineDump(bytes, options)), asText, what);
  assert.deepEqual(plain(scanGoroutineDump(bytes, { ...options, byteSearch: nodeByteSearch })), asText, `${what} (Node's searches)`);
  assert.deepEqual(plain(scanInPieces(bytes, 5000, { ...options, byteSearch: nodeByteSearch })), asText, `${what} (Node's searches, in pieces)`);
}

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Real pastes (their prefixes, fences and cuts): the shapes the byte gate must not skip. */
const PASTED_DIR = join(DEMO_DIR, 'pasted');

const FILES = [
  ...readdirSync(DEMO_DIR).filter(f => f.endsWith('.txt')).sort().map(f => join(DEMO_DIR, f)),
  ...readdirSync(CORPUS_DIR).filter(f => f.endsWith('.txt')).sort().map(f => join(CORPUS_DIR, f)),
  ...readdirSync(PASTED_DIR).filter(f => f.endsWith('.txt')).sort().map(f => join(PASTED_DIR, f)),
];
const texts = FILES.map(f => readFileSync(f, 'utf8').replace(/^\ufeff/, ''));

describe('goroutines: the byte path reads as the text path', () => {
  it('every dump of the fixtures', function () {
    // 637 texts read four ways: ~6.5 s of CPU, 79 s at a load of 25.
    this.timeout(300_000);
    FILES.forEach((file, i) => assertReadAlike(texts[i], file));
  });

  it('locations found by their path and line number: one per path and number, leading zeros and other paths apart', () => {
    // Each goroutine's one frame: a function at a location; goroutines 1, 2 and 5 share theirs.
    const text = [
      ['main.f', '/app/main.go:12'], ['main.f', '/app/main.go:12'], ['main.f', '/app/main.go:012'], ['main.f', '/app/util.go:12'],
      ['main.f', '/app/main.go:12'], ['main.f', '/app/main.go:120'], ['main.g', '/app/main.go:12'], ['main.f', '/vendor/x/main.go:12'],
    ].map(([func, location], i) => `goroutine ${i + 1} [select]:\n${func}()\n\t${location} +0x1d\n`).join('\n');
    assertReadAlike(text, 'locations by path and number');
    const dump = scanGoroutineDump(new TextEncoder().encode(text), { byteSearch: nodeByteSearch });
    const frames = Array.from(dump.goroutines, g => g.frames[0]);
    assert.deepEqual(frames.map(f => `${f.func} ${f.file}:${f.line}`), [
      'main.f /app/main.go:12', 'main.f /app/main.go:12', 'main.f /app/main.go:12', 'main.f /app/util.go:12',
      'main.f /app/main.go:12', 'main.f /app/main.go:120', 'main.g /app/main.go:12', 'main.f /vendor/x/main.go:12',
    ]);
    // Interned: one frame object per function and location as printed (`:012` is printed otherwise, its own location).
    assert.equal(frames[1], frames[0]);
    assert.equal(frames[4], frames[0]);
    for (const other of [2, 3, 5, 6, 7]) assert.notEqual(frames[other], frames[0], `goroutine ${other + 1}`);
  });

  it('a text that ends in a location line cut short, or whole without its offset', () => {
    const goroutine = 'goroutine 1 [running]:\nmain.f()\n\t/app/f.go:3 +0x1d\nmain.main()\n';
    const race = '==================\nWARNING: DATA RACE\nRead at 0x00c0001251a0 by goroutine 7:\n  main.f()\n      /app/f.go:3 +0x1d\n  main.main()\n';
    for (const location of ['\t/app/main.go:12', '\t/app/main.go:12 +0x1d f', '\t/app/main.go:12 +0x1d fp=0x1', '\t/app/main.go:12 +']) {
      assertReadAlike(goroutine + location, JSON.stringify(location));
      assertReadAlike(race + location, `race, ${JSON.stringify(location)}`);
    }
  });

  it('junk in which slivers read like headers, alone and around dumps', function () {
    // Many full reads of 20,000 junk lines both ways: ~15 s of CPU, several times that on a shared machine.
    this.timeout(300_000);
    const junk = junkLines(11, 20_000).lines;
    assertReadAlike(junk.join('\n'), 'junk');
    // Under the warning cap and past it from the start (samples quoted, then not even decoded).
    for (const maxWarnings of [0, 3, 100_000]) assertReadAlike(junk.join('\n'), `junk, at most ${maxWarnings} warnings`, { maxWarnings });
    texts.forEach((text, i) => assertReadAlike(`${junk.slice(0, 300).join('\n')}\n${text}\n${junk.slice(300, 600).join('\n')}`, `junk around ${FILES[i]}`));
  });

  it('a crash line held behind text, after junk that the byte path skips in one run', () => {
    const junk = junkLines(13, 400).lines;
    const numbered = ['fatal error: x', '[signal 0xb code=0x1 addr=0xf1 pc=0x4967fb]', '', 'goroutine 7 [running]:', 'main.f()', '\t/app/f.go:3 +0x1d']
      .map((line, i) => `${String(i + 1).padStart(3)} ${line}`.trimEnd());
    const glued = ['junk text (x)panic: boom', '', 'goroutine 5 [running]:', 'main.f()', '\t/app/f.go:3 +0x1d'];
    for (const dump of [numbered, glued]) {
      for (const before of [1, 2, 37, 400]) {
        const text = [...junk.slice(0, before), ...dump, ...junk.slice(0, 50)].join('\n');
        assertReadAlike(text, `${dump[0]} after ${before} junk lines`);
        assert.notEqual(scanGoroutineDump(new TextEncoder().encode(text)).crash, null, `${dump[0]} after ${before} junk lines: the crash`);
      }
    }
  });

  it('a line held as a possible crash line right before a `[signal …]` or `PC=` line, after junk the byte path skips unread', () => {
    // k3d's paste (pasted/k3d_377_…) with its `panic:` line in each shape that is only held: after text, a runtime error's value alone, a server's recovery words.
    const junk = junkLines(17, 200).lines;
    const stack = ['', 'goroutine 1 [running]:', 'main.f(0x0)', '        github.com/x/app/f.go:311 +0x79', 'created by main.main', '        github.com/x/app/main.go:9 +0x2a'];
    for (const held of ['ERRO[0015] Failed: panic: boom', 'runtime error: invalid memory address or nil pointer dereference', 'stream 7: caught panic: boom']) {
      for (const under of ['[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x47d6e79]', 'PC=0x47d6e79 m=0 sigcode=1']) {
        for (const before of [0, 1, 6, 40]) {
          const text = [...junk.slice(0, before), held, under, ...stack].join('\n');
          assertReadAlike(text, `${held} over ${under.slice(0, 8)} after ${before} junk lines`);
          // The held line is the crash's, the signal only says which fault.
          assert.equal(scanGoroutineDump(new TextEncoder().encode(text)).crash?.line, before + 1, `${held} over ${under.slice(0, 8)} after ${before} junk lines: the crash`);
          // No header confirms the held line: a `[signal …]` line is the crash alone.
          assertReadAlike([...junk.slice(0, before), held, under, 'and then prose', ...stack.slice(2)].join('\n'), `${held} over ${under.slice(0, 8)}, unconfirmed`);
        }
      }
    }
  });

  it('a `file:line` whose offset lost its `+`, after junk under a header', () => {
    for (const location of ['\t/x/runtime/panic.go:522  0x1b5', '\t/x/runtime/panic.go:522 +0x1b5', 'junk line two']) {
      assertReadAlike(`goroutine 25 [select]:\nmain.go:12 goroutine { send]: {\n${location}\n`, JSON.stringify(location));
    }
  });

  it('a line under a header that starts as a stack line may (`[`, `c`, `g`): junk, or the stack line it starts', () => {
    const under = [
      '[chan send]: retry', '[originating from goroutine 7]:', 'can\'t connect to main.go:12', 'created by main.main in goroutine 1',
      'created by', 'goroutine panic at', 'goroutine 12 [running]:', 'goroutine running on other thread; stack unavailable',
      'goroutine 3 gp=0xc000007c00 m=nil [select]:', 'gc 12 @0.5s 1%: 0.1+2+0.01 ms clock',
    ];
    const after = ['', 'main.f(0x1)', '\t/app/f.go:3 +0x1d', 'more junk', '[chan'];
    for (const a of under) {
      for (const b of after) {
        const text = `goroutine 1 [chan send]:\n${a}\n${b}\nthe end\ngoroutine 2 [select]:\nmain.g()\n\t/app/g.go:9 +0x2\n`;
        assertReadAlike(text, JSON.stringify([a, b]));
      }
    }
  });

  it('each stack line kind of the rows (`created by`, its goroutine, elided frames, an ancestor, a stack unavailable) in every stack, where Go prints it and where it does not', () => {
    const kinds = [
      'created by main.start', 'created by main.start in goroutine 7', 'created by main.(*T).run in goroutine 18446744073709551615',
      'created by main.start in goroutine x', '...additional frames elided...', '...12 frames elided...', '...additional frames',
      '[originating from goroutine 7]:', '[originating from goroutine 7]', 'goroutine running on other thread; stack unavailable',
    ];
    const stacks = [
      'goroutine 1 [chan send]:\n', 'goroutine 1 [chan send]:\nmain.f(0x1)\n\t/app/f.go:3 +0x1d\n',
      'goroutine 1 [chan send]:\nmain.f(0x1)\n\t/app/f.go:3 +0x1d\ncreated by main.main\n\t/app/main.go:9 +0x2\n',
      'goroutine 1 [chan send]:\nmain.f(0x1)\n\t/app/f.go:3 +0x1d\n[originating from goroutine 4]:\nmain.g()\n\t/app/g.go:5 +0x3\n',
      'panic: boom\n\nruntime stack:\nruntime.throw()\n\t/go/src/runtime/panic.go:1 +0x1\n',
      'main.f(0x1)\n\t/app/f.go:3 +0x1d\n',
      // Under a call whose `file:line` is due.
      'goroutine 1 [chan send]:\nmain.f(0x1)\n',
    ];
    for (const stack of stacks) {
      for (const kind of kinds) {
        for (const after of ['', '\t/app/main.go:9 +0x2\n', 'main.h()\n\t/app/h.go:1 +0x1\n', '\ngoroutine 2 [select]:\nmain.g()\n\t/app/g.go:9 +0x2\n']) {
          const text = `${stack}${kind}\n${after}`;
          assertReadAlike(text, JSON.stringify(text));
          // The text cut right after the line, or inside it.
          assertReadAlike(`${stack}${kind}`, JSON.stringify(`${stack}${kind}`));
          assertReadAlike(`${stack}${kind.slice(0, -3)}`, JSON.stringify(`${stack}${kind.slice(0, -3)}`));
        }
      }
    }
    // Not vacuous: the rows' kinds are read as such.
    const read = scanGoroutineDump(new TextEncoder().encode(
      'goroutine 1 [chan send]:\nmain.f(0x1)\n\t/app/f.go:3 +0x1d\n...additional frames elided...\ncreated by main.start in goroutine 7\n\t/app/main.go:9 +0x2\n'), {});
    assert.equal(read.goroutines.length, 1);
    const g = Array.from(read.goroutines)[0];
    assert.equal(g.framesElided, true);
    assert.equal(g.creatorGoroutine, 7);
  });

  it('a header behind a log viewer\'s time with an export\'s column after it (Kibana\'s `   - `), after junk or not', () => {
    const prefixes = ['August 3rd 2017, 19:28:27.000 ', '{"t":1} ', '  [app] '];
    const columns = ['   - ', '\t-', ' host-1.example', ' web_7'];
    const befores = ['', 'junk line\n', 'junk line\nmore junk\n'];
    for (const prefix of prefixes) {
      for (const column of columns) {
        const header = `${prefix}goroutine 10438 [running]:${column}`;
        const frames = `${prefix}main.main()${column}\n${prefix}\t/app/main.go:12 +0x1d${column}\n`;
        for (const before of befores) {
          for (const after of ['', '\n', `\n${frames}`, `\n${frames}junk after\n`]) {
            const text = `${before}${header}${after}`;
            assertReadAlike(text, JSON.stringify(text));
            if (!after.includes('main.main')) continue;
            // The header is read, and the junk before it is a run of its own.
            const dump = scanGoroutineDump(new TextEncoder().encode(text), { byteSearch: nodeByteSearch });
            assert.equal(dump.goroutines.length, 1, JSON.stringify(text));
            const junkLines = before.split('\n').length - 1;
            if (junkLines > 0) assert.match(dump.warnings[0].message, junkLines === 1 ? /^line 1: skipped 1 line/ : /^lines 1–2: skipped 2 lines/, JSON.stringify(text));
          }
        }
      }
    }
  });

  it('a stack without its header whose first line is a name ending in its receiver, `pkg.(*T)`: its first frame, in either order', () => {
    // Under a header such a line is a frame's name on both paths; before any header it starts the stack alike.
    for (const [name, location] of [['github.com/acme/srv.(*Server)', '/src/acme/srv/server.go:88 +0x1d'], ['main.(*request)', '/app/f.go:3 +0x1d']]) {
      const lines = [name, `\t${location}`, 'main.main()', '\t/src/acme/main.go:12 +0x2a', '', 'goroutine 7 [select]:', 'main.loop()', '\t/src/acme/main.go:30 +0x11'];
      // Newest line first, as a log viewer copies it: its tabs lost, two spaces before each stack line.
      const newestFirst = lines.map(l => l.replace('\t', '    ')).map(l => l === '' || l.startsWith('goroutine') ? l : `  ${l}`).reverse();
      for (const [what, text] of [['oldest first', lines], ['newest first', newestFirst]] as const) {
        assertReadAlike(text.join('\n'), `${name}, ${what}`);
        const dump = scanGoroutineDump(new TextEncoder().encode(text.join('\n')), {});
        assert.deepEqual(dump.headlessStacks.map(h => h.frames.map(f => `${f.func} ${f.file}:${f.line}`)),
          [[`${name} ${location.replace(/ .*/, '')}`, 'main.main /src/acme/main.go:12']], `${name}, ${what}`);
        assert.equal(dump.warnings.some(w => w.message.includes('skipped')), false, `${name}, ${what}: nothing skipped`);
      }
    }
  });

  it('race reports whose lines are Go\'s, or near enough to be read as text (headers, frames, locations, cuts)', () => {
    // Each section: a header, then frames of a call and its location; what the byte path reads and what it leaves to the text parsers.
    const accesses = [
      'Read at 0x00c0001251a0 by goroutine 7:', 'Previous write at 0x00c0001251a0 by main goroutine:', 'Atomic write at 0x00C0001251A0 by goroutine 8:',
      'Write by goroutine 93:', 'Previous read by main goroutine:', 'Read at 0x1 by goroutine 18446744073709551615:', 'Read at 0x1 by goroutine 9007199254740993:',
      'Read at 0x1 by goroutine 123456789012345678901234:', 'Read at 0x\u00e9 by goroutine 1:', 'x=1 at 0x1 by goroutine 2:', 'Read at 0x1 at 0x2 by goroutine 3:',
      'Read at by goroutine 3:', 'Write at 0x by goroutine 4:', 'Read\tat 0x1 by goroutine 5:', 'Read at 0x1 by goroutine :', 'by goroutine 6:', 'Read "x" at 0x1 by goroutine 7:',
      'Write at 0x00c000100000 by goroutine', 'Previous write at 0x00c000100000 by', 'Read at 0x00c000100000 by main',
    ];
    const creators = [
      'Goroutine 7 (running) created at:', 'Goroutine 8 (finished) created at:', 'Goroutine 9 (running (x)) created at:', 'Goroutine 10 () created at:',
      'Goroutine 99999999999999999999 (running) created at:', 'Goroutine 123456789012345678901 (running) created at:', 'Goroutine 11 (r\u00e9) created at:', 'Goroutine (running) created at:',
    ];
    const calls = [
      'main.f()', 'main.(*T).Method()', 'pkg/\u00e9t\u00e9.f()', '\u00e9.f()', 'main.f(0xc000, 0x1)', 'main.f(0xc000,0x1)', '1main.f()', 'main.f(', 'main.f(0xc0',
      '{main.f()', 'main.f=x()', 'main.f.func1()', 'main.(*request)', '[failed to restore the stack]', 'created by main.g in goroutine 1', '25:',
      // A goroutine header among the calls: the order vote may then read the text newest line first.
      'goroutine 3 [running]:',
    ];
    const locations = [
      '/app/f.go:3 +0x1d', '/app/f.go:3', '/app/my dir/f.go:3 +0x1d', 'C:/Program Files/Go/src/f.go:3 +0x1d', '/app/f.go:3 +0x1D', '/app/f.go:3  0x1d',
      '/app/f.go:3 pc=0x1', '/app/f.go:03 +0x1', '/app/f.go:3+0x1d', '/app/f.go:3 +56', '/app/\u00e9.go:3 +0x1', '/app/f.go:1234567890 +0x1', '/app/f.go:3 +0x1d fp=0x1',
      '/app/f.go:3 +0x', '2024/05/01 10:00:00', '{"msg":"goroutine 1 [running]:"}',
    ];
    const seed = Number(process.env.BYTE_PATH_SEED ?? 21);
    const next = random(seed);
    const pick = (list: readonly string[], plainShare: number): string => list[next() < plainShare ? 0 : Math.floor(next() * list.length)];
    for (let round = 0; round < 60; round++) {
      const lines = ['==================', 'WARNING: DATA RACE'];
      for (let section = 0; section < 12; section++) {
        lines.push(next() < 0.25 ? pick(creators, 0.5) : pick(accesses, 0.5));
        if (next() < 0.05) lines.push('');
        const frames = Math.floor(next() * 4);
        for (let f = 0; f < frames; f++) {
          lines.push(`  ${pick(calls, 0.7)}`);
          if (next() < 0.9) lines.push(`      ${pick(locations, 0.7)}`);
        }
        lines.push(...(next() < 0.1 ? ['', ''] : next() < 0.9 ? [''] : []));
      }
      if (next() < 0.7) lines.push('==================');
      // Cut anywhere, or whole; LF or CRLF.
      const text = lines.join(next() < 0.2 ? '\r\n' : '\n');
      assertReadAlike(next() < 0.3 ? text.slice(0, Math.floor(next() * text.length)) : text, `seed ${seed}, race round ${round}`);
    }
  });

  it('a held line (a logged string\'s last `file:line`, its number maybe wrapped) is read before the junk line under it', () => {
    // Found by the shuffle below: the byte path skipped the junk line first ("lines 2–1: skipped 2 lines").
    const logged = 'msg="goroutine 1 [running]:\\nmain.main()\\n\\t/x.go:1"';
    for (const under of ['\t/usr/lib/go-1.19/src/runtime/netpoll.go:305 +0x89', 'some log line', '  indented junk line']) {
      for (const eol of ['\n', '\r\n']) {
        const text = [logged, under, 'more junk'].join(eol);
        assertReadAlike(text, JSON.stringify(text));
        const skipped = scanGoroutineDump(text).warnings.filter(w => w.message.includes('skipped'));
        assert.ok(skipped.every(w => !/lines (\d+)–(\d+)/.test(w.message) || Number(/lines (\d+)/.exec(w.message)![1]) <= Number(/–(\d+)/.exec(w.message)![1])), JSON.stringify(skipped));
      }
    }
  });

  it('`created by ` cut right after its space under a header, behind junk or a time column\'s line: read alike (dugtrio_12 cut at byte 220)', () => {
    for (const between of ['', '2025-04-28 12:18:42.448\t\n', 'hello there\n', '2025-04-28 12:18:42.448\n']) {
      for (const end of ['', '\n', '\nfoo bar\n', ' \n']) assertReadAlike(`goroutine 1 [chan receive]:\n${between}created by ${end}`, JSON.stringify({ between, end }));
    }
    const dugtrio = readFileSync(join(PASTED_DIR, 'dugtrio_12_grafana_log_newest_first_unlock_rwmutex_cut.txt'), 'utf8');
    for (let at = 150; at <= 300; at++) assertReadAlike(dugtrio.slice(0, at), `dugtrio_12 cut at ${at}`);
  });

  it("the runtime's `panic(` cut in its arguments under a panic's value: read alike (it holds no dot for the byte gate to see)", () => {
    // Found by the shuffle below: the text path held it as a headless stack's start, the byte path skipped it unread.
    assertReadAlike(['panic: runtime error: x', '- The line number in main.go:14 is where', 'What nil Means in Go', 'panic({0x106d08420, 0',
      'goroutine 824 [select, 1 minutes]:'].join('\n'), 'a cut panic( under a value');
    assertReadAlike('some text\npanic(0xc000\n\t/usr/lib/go/src/runtime/panic.go:1038 +0x215\nmain.main()\n\t/app/main.go:7 +0x1d\n', 'a headless stack from a cut panic(');
  });

  it('lines of every fixture shuffled with junk and log lines', function () {
    // 40 reads four ways of 2,000 lines: ~10 s of CPU, several times that on a shared machine.
    this.timeout(300_000);
    const pool = [
      ...texts.flatMap(t => t.split('\n')), ...junkLines(5, 5000).lines,
      '2024-05-01T10:00:00Z stdout F panic: boom', 'Jan 21 06:05:27 host app[1]: fatal error: all goroutines are asleep',
      'level=error msg="goroutine 1 [running]:\\nmain.main()\\n\\t/x.go:1"', 'SIGQUIT: quit', '^\\SIGABRT: abort', 'rax    0x1f',
      'x Exception 0xc0000005 0x0', 'unexpected fault address 0x0', '==================', 'log: WARNING: DATA RACE', 'runtime: goroutine stack exceeds 1000-byte limit',
      'threadcreate profile: total 7', 'goroutine profile: total 3', '1 @ 0x1 0x2', '0xc000: 0x1 0x2', '--', '```', 'running tests:', 'TestX (1s)', '',
      // `goroutine ` where no header can be (junk skipped on its bytes), and where one may be (read as text).
      'goroutine abc', 'goroutine 0x1f the', '  log: goroutine 9 [IO wait]: see above', 'note: goroutine 12 [chan send]:',
      'x goroutine 5 [running] {a: "b"}', 'log: goroutine 7 [select]: \u00a0', 'log: goroutine 7 [select]:\v',
      'msg="goroutine 1 [running]:\\nmain.main()\\n\\t/x.go:1"', 'at 0x1f', '  indented junk line', '\t', 'x unexpected fault address 0x1',
      // Log prefixes before a crash, and lines that only look like they may have one.
      '12:panic: boom', 'file-12-panic: boom', 'main.go:12:panic: boom', 'main.go:12 panic: boom', '2024/05/01 10:00:00 panic: boom',
      'app-1  | fatal error: x', 'stderr F SIGQUIT: quit', '[pod/x] panic: boom', '[chan send]: panic: boom', '  panic: boom', 'myapp: panic: boom',
      '<14>Jan 21 06:05:27 host app[1]: panic: x', '> panic: quoted', '`panic: inline`', 'x.go:3: SIGSEGV: segmentation violation',
      // Crash lines behind unknown text, held for a goroutine header right after them (crashBeforeDump.ts).
      '  1 fatal error: x', '  2 [signal 0xb code=0x1 addr=0xf1 pc=0x4967fb]', '  3', '  4 goroutine 7 [running]:', '// panic: boom', '// ', '// goroutine 5 [running]:',
      '(pod-init)panic: send on closed channel', '\u2022\u2022^\\SIGQUIT: quit', 'PC=0x40e43', '[signal SIGSEGV: segmentation violation code=0x1]', 'goroutine 9 [running]:',
      // What may start a stack without its header (a call or a qualified name over an indented `file:line`), and what may not.
      'main.work(0x1)', '\t/app/main.go:12 +0x1d', 'github.com/x/y.(*T).Run', '        github.com/x/y@v1.0.0/run.go:130', 'foo(bar)',
      'created by main.start in goroutine 1', 'level=info f(x)', 'main.go:12', '  see the panic main.go:12', 'a.b', '\tC:/Program Files/Go/src/x.go:3 +0x1',
    ];
    // Another seed tries other mixes: BYTE_PATH_SEED=n npx mocha … bytePath.test.ts.
    const seed = Number(process.env.BYTE_PATH_SEED ?? 3);
    const next = random(seed);
    for (let round = 0; round < 40; round++) {
      const lines: string[] = [];
      for (let i = 0; i < 2000; i++) {
        // Runs of consecutive lines keep some stacks whole; single lines mix every state with every line.
        let at = Math.floor(next() * pool.length);
        const run = next() < 0.3 ? 1 + Math.floor(next() * 12) : 1;
        for (let k = 0; k < run && at < pool.length; k++) lines.push(pool[at++]);
      }
      assertReadAlike(lines.join(next() < 0.2 ? '\r\n' : '\n'), `seed ${seed}, round ${round}`);
    }
  });
});
