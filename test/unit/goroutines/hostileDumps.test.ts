// Text that is no dump, or lines no dump has: bounded time and memory, a clear answer. Big inputs
// are made on the fly (streamed in chunks, or a sparse file removed afterwards), never committed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeGoroutineDump, GoroutineDumpScanner, type ScanOptions } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';
import { nodeByteSearch } from '../../../src/node/byteSearch';
import { MAX_LINE_BYTES } from '../../../src/core/goroutines/scanner';
import { junkLines } from '../../hostile/make-hostile';
import { FrameInterner } from '../../../src/core/goroutines/frameInterner';
import { MAX_CRASH_MESSAGE } from '../../../src/core/goroutines/dumpBoundaries';
import { withinCpu } from '../../hostile/threadCpu';

const GB = 1 << 30;
/** A hang never ends, so a loose bound is not fragile: CPU time of this thread, which load does not stretch. */
const BOUND_MS = 30_000;
/** Mocha's bound is wall time, which a loaded machine stretches (past 30 s at a load of 20): it only ends a hang. */
const WALL_TIMEOUT_MS = BOUND_MS * 4;

function rssGrowthWhile(run: () => void): number {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  try { run(); } finally { clearInterval(timer); }
  return Math.max(peak, process.memoryUsage().rss) - before;
}

describe('goroutines: junk is not a dump', function () {
  this.timeout(WALL_TIMEOUT_MS);
  it('text where slivers read like headers by chance makes no goroutines', () => {
    const { lines, headerLines } = junkLines(7, 200_000);
    const a = withinCpu(BOUND_MS, () => analyzeGoroutineDump(lines.join('\n')));
    // The vocabulary holds a path ("main.go:12"): a header, a skipped line, then that word alone
    // reads as a stack's start. Such chance pairs are all that may remain, not one per header.
    assert.ok(headerLines > 3000);
    assert.ok(a.parsed * 100 < headerLines, `${a.parsed} goroutines from ${headerLines} header-like lines`);
    const headers = a.dump.warnings.find(w => /read like a goroutine header but no stack follows/.test(w.message));
    assert.match(headers?.message ?? '', /^\d+ lines read like a goroutine header but no stack follows \(the first at line \d+\): not counted as goroutines$/);
    assert.ok(a.dump.warnings.length <= 103);
  });

  it('a note after a header is still a note when a stack follows it, and a header alone before a blank line stays (gccgo)', () => {
    const a = analyzeGoroutineDump([
      'goroutine 1 [semacquire, 3 minutes]:', '## mainSrv.wait()', 'main.wait()', '\t/src/main.go:9 +0x1d', '',
      'goroutine 7 [running]:', '', 'goroutine 8 [sleep]:', 'I think this one is fine', 'and this too', '',
    ].join('\n'));
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.frames.length]), [[1, 1], [7, 0]]);
    assert.ok(a.dump.warnings.some(w => w.message === 'line 8 reads like a goroutine header but no stack follows: not counted as a goroutine'));
  });
});

describe('goroutines: lines no dump has', () => {
  it('cuts a line longer than the bound, says so, and reads on', () => {
    const dump = readFileSync('test/fixtures/goroutines/demo_debug2.txt', 'utf8');
    const expected = analyzeGoroutineDump(dump);
    const long = 'x'.repeat(MAX_LINE_BYTES + 1000);
    const firstGoroutine = dump.indexOf('\n\n') + 2;
    const text = dump.slice(0, firstGoroutine) + long + '\n\n' + dump.slice(firstGoroutine);
    const bytes = new TextEncoder().encode(text);
    // Whole, and streamed in small chunks (the long line then arrives in pieces); the portable searches and Node's.
    const streamed = (options: ScanOptions) => {
      const scanner = new GoroutineDumpScanner(options);
      for (let at = 0; at < bytes.length; at += 65536) scanner.push(bytes.subarray(at, at + 65536));
      return scanner.finish();
    };
    const node = { byteSearch: nodeByteSearch };
    for (const dumpRead of [analyzeGoroutineDump(bytes).dump, streamed({}), analyzeGoroutineDump(bytes, node).dump, streamed(node)]) {
      assert.equal(dumpRead.goroutines.length, expected.dump.goroutines.length);
      const line = dump.slice(0, firstGoroutine).split('\n').length;
      assert.ok(dumpRead.warnings.some(w => w.message === `line ${line} is longer than 8 MiB: only its first 8 MiB are read`), JSON.stringify(dumpRead.warnings));
    }
  });

  // The portable searches (the web build) and Node's (the worker, the CLI).
  for (const [what, size, byte, options] of [
    ['3 GB of NUL bytes', 3 * GB, 0, {}], ['3 GB of NUL bytes, Node\'s searches', 3 * GB, 0, { byteSearch: nodeByteSearch }],
    ['a 1 GB single line', GB, 0x61, {}], ['a 1 GB single line, Node\'s searches', GB, 0x61, { byteSearch: nodeByteSearch }],
  ] as const) {
    it(`${what}, streamed: bounded time and memory, no dump`, function () {
      this.timeout(WALL_TIMEOUT_MS);
      const chunk = new Uint8Array(64 << 20).fill(byte);
      let dumpRead: ReturnType<GoroutineDumpScanner['finish']> | undefined;
      const growth = withinCpu(BOUND_MS, () => rssGrowthWhile(() => {
        const scanner = new GoroutineDumpScanner(options);
        for (let pushed = 0; pushed < size; pushed += chunk.length) scanner.push(chunk);
        dumpRead = scanner.finish();
      }));
      assert.ok(growth < 256 << 20, `RSS grew by ${growth >> 20} MiB`);
      assert.equal(dumpRead!.format, 'empty');
      assert.equal(dumpRead!.goroutines.length, 0);
      assert.equal(dumpRead!.warnings[0].message, 'line 1 is longer than 8 MiB: only its first 8 MiB are read');
    });
  }

  it('the CLI names the file of 3 GB of NUL bytes in its one-line error (a sparse file, removed after)', function () {
    // The kernel copies 3 GB of zero pages to the reader: ~8 s of system time alone, ten times that
    // on a machine loaded 20 deep. The child's wall-clock bound only ends a hang.
    this.timeout(BOUND_MS * 11);
    const dir = mkdtempSync(join(tmpdir(), 'gpe-hostile-'));
    try {
      const file = join(dir, 'nul-3g.txt');
      const fd = openSync(file, 'w');
      writeSync(fd, new Uint8Array(1));
      ftruncateSync(fd, 3 * GB);
      closeSync(fd);
      const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'goroutines', file], { encoding: 'utf8', timeout: BOUND_MS * 10 });
      assert.equal(out.error, undefined, `the CLI did not end in ${BOUND_MS * 10 / 1000} s`);
      assert.equal(out.status, 1, out.stderr);
      assert.equal(out.stdout, '');
      const lines = out.stderr.trim().split('\n');
      // One error: a "no dump" one says on two more lines, indented, why and what is read.
      assert.ok(lines.length === 1 || lines.length === 3 && /^no goroutine dump found/.test(lines[0].slice(`goprof goroutines: ${file}: `.length)) && lines.slice(1).every(l => l.startsWith('  ')), out.stderr);
      assert.ok(lines[0].startsWith(`goprof goroutines: ${file}: `), lines[0]);
      assert.match(lines[0], /: (no goroutine dump found|unrecognized format: neither a goroutine dump nor a goroutine profile)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('goroutines: stacks made to hash alike', function () {
  this.timeout(WALL_TIMEOUT_MS);
  // Frame ids pair a function id with a location id. Function a at location l and function a + 256
  // at location l ^ 256 once folded to the same word whatever the seed, so stacks spelled from
  // such pairs all shared one bucket and each new stack was compared with every earlier one
  // along their common prefix (2,000 stacks of 2,000 frames: 30 s; 4,000 of 1,000: over a minute).
  it('4,000 stacks of 1,000 frames that differ only at their ends intern in linear time', () => {
    const interner = new FrameInterner();
    const funcs = Array.from({ length: 512 }, (_, k) => interner.func(`main.f${k}`));
    const locations = Array.from({ length: 512 }, (_, k) => interner.location(`/src/main.go:${k + 1}`, () => '/src/main.go', k + 1));
    assert.equal(funcs[256] - funcs[0], 256);
    assert.equal(locations[256] ^ locations[0], 256);
    const stackCount = 4000, depth = 1000, spelled = 12;
    const stackOf = (n: number) => Array.from({ length: depth }, (_, p) => {
      const bit = p >= depth - spelled ? (n >> (depth - 1 - p)) & 1 : 0;
      return bit ? interner.frame(funcs[p % 256 + 256], locations[256]) : interner.frame(funcs[p % 256], locations[0]);
    });
    const stacks = withinCpu(BOUND_MS, () => new Set(Array.from({ length: stackCount }, (_, n) => interner.stack(stackOf(n)))));
    assert.equal(stacks.size, stackCount);
    assert.equal(interner.stack(stackOf(17)), interner.stack(stackOf(17)));
    assert.notEqual(interner.stack(stackOf(17)), interner.stack(stackOf(18)));
  });
});

describe('goroutines: a crash message tens of thousands of lines long', function () {
  this.timeout(WALL_TIMEOUT_MS);
  const goroutine = ['', 'goroutine 1 [running]:', 'main.main()', '\t/src/main.go:9 +0x1d', ''];
  const shapes: [string, string[]][] = [
    ['40,000 chained "panic: … [recovered]" lines', Array.from({ length: 40_000 }, (_, i) => `panic: boom ${i} [recovered]`)],
    ['a panic, then 40,000 "\\tpanic: … [recovered]" lines', ['panic: start', ...Array.from({ length: 40_000 }, (_, i) => `\tpanic: boom ${i} [recovered]`)]],
    ['a test timeout naming 40,000 running tests', ['panic: test timed out after 10m0s', 'running tests:', ...Array.from({ length: 40_000 }, (_, i) => `\tTestNumber${i} (9m52s)`)]],
  ];
  for (const [what, crashLines] of shapes) {
    it(`${what}: the message kept to its first 16 KiB, in linear time, and said to be`, () => {
      const a = withinCpu(BOUND_MS, () => analyzeGoroutineDump([...crashLines, ...goroutine].join('\n')));
      assert.equal(a.parsed, 1);
      const message = a.dump.crash?.message ?? '';
      assert.equal(message.length, MAX_CRASH_MESSAGE + 2);
      assert.ok(message.endsWith(' …'));
      assert.ok(message.startsWith(crashLines[0].trim()));
      assert.deepEqual(a.dump.warnings.filter(w => /crash message/.test(w.message)),
        [{ line: 1, message: 'the crash message at line 1 is longer than 16 KiB: only its first 16 KiB are kept' }]);
    });
  }

  it('40,000 `panic:` lines without a tab over a stack of 40,000 panic frames: joined as one nested panic, kept to 16 KiB, in linear time', () => {
    const n = 40_000;
    const lines = [...Array.from({ length: n }, (_, i) => `panic: boom ${i}`), '', 'goroutine 1 [running]:',
      ...Array.from({ length: n }, () => ['panic({0x48cfe0, 0xc000026040})', '\truntime/panic.go:884 +0x212']).flat(), 'main.main()', '\t/src/main.go:9 +0x1d', ''];
    const a = withinCpu(BOUND_MS, () => analyzeGoroutineDump(lines.join('\n')));
    assert.deepEqual([a.dump.crash?.message.length, a.dump.earlierDumps.length], [MAX_CRASH_MESSAGE + 2, 0]);
    assert.deepEqual(a.dump.warnings.filter(w => /crash message/.test(w.message)),
      [{ line: 1, message: 'the crash message at line 1 is longer than 16 KiB: only its first 16 KiB are kept' }]);
  });
});

describe('goroutines: many race reports, many counted records', function () {
  this.timeout(WALL_TIMEOUT_MS);
  /** `n` race reports; `distinctStacks` gives each its own functions, so each makes its own groups. */
  function raceReports(n: number, distinctStacks: boolean): string {
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const address = `0x${(0xc000018000 + i * 8).toString(16).padStart(12, '0')}`;
      const reader = 6 + i, writer = 100_000 + i, suffix = distinctStacks ? String(i) : '';
      lines.push('==================', 'WARNING: DATA RACE', `Read at ${address} by goroutine ${reader}:`,
        `  main.(*stats).record${suffix}()`, `      /src/main.go:${18 + (i % 50)} +0x30`, '',
        `Previous write at ${address} by goroutine ${writer}:`, `  main.write${suffix}()`, '      /src/main.go:41 +0x228', '',
        `Goroutine ${reader} (running) created at:`, '  main.main()', '      /src/main.go:37 +0x8f', '',
        `Goroutine ${writer} (finished) created at:`, '  main.main()', '      /src/main.go:38 +0x8f', '==================');
    }
    return lines.join('\n') + '\n';
  }

  for (const distinctStacks of [false, true]) {
    it(`20,000 race reports${distinctStacks ? ', each with its own stacks,' : ''} in linear time, both sides of each kept`, () => {
      const n = 20_000;
      const a = withinCpu(BOUND_MS, () => analyzeGoroutineDump(raceReports(n, distinctStacks)));
      assert.equal(a.raceAccesses, 2 * n);
      assert.equal(a.parsed, 0);
      assert.equal(a.groups.reduce((sum, g) => sum + g.count, 0), 2 * n);
      if (distinctStacks) assert.equal(a.groups.length, 2 * n);
      assert.ok(a.groups.every(g => g.state.startsWith('data race (')));
    });
  }

  /** A debug=1 profile of `n` records, each with its own labels and `count`. */
  function countedRecords(n: number, count: (i: number) => string): string {
    const lines = [`goroutine profile: total ${n}`];
    for (let i = 0; i < n; i++) {
      lines.push(`${count(i)} @ 0x43a8f6 0x6e5f5d 0x46e121`, `# labels: {"request":"r${i}", "user":"u${i % 97}"}`,
        `#\t0x6e5f5c\tmain.worker${i % 1000}+0x3c\t/src/main.go:${20 + (i % 30)}`,
        '#\t0x46e120\truntime.goexit+0x0\t/usr/local/go/src/runtime/asm_amd64.s:1571', '');
    }
    return lines.join('\n');
  }

  it('80,000 debug=1 records with distinct labels in linear time', () => {
    const n = 80_000;
    const a = withinCpu(BOUND_MS, () => analyzeGoroutineDump(countedRecords(n, i => String(1 + (i % 7)))));
    let expected = 0;
    for (let i = 0; i < n; i++) expected += 1 + (i % 7);
    assert.equal(a.parsed, expected);
    assert.equal(a.groups.reduce((sum, g) => sum + g.count, 0), expected);
    assert.ok(!a.dump.warnings.some(w => /too large to add exactly/.test(w.message)));
  });

  it('a count or a total of 401 digits reads as an int64\'s largest, never Infinity', () => {
    const text = countedRecords(3, i => (i === 1 ? '1' + '0'.repeat(400) : '2')).replace('total 3', `total ${'9'.repeat(401)}`);
    const a = analyzeGoroutineDump(text);
    const counts = a.groups.map(g => g.count);
    assert.ok(counts.every(Number.isFinite), String(counts));
    assert.ok(counts.includes(2 ** 63), String(counts));
    assert.ok(Number.isFinite(a.total), String(a.total));
  });

  it('counts whose sum passes 2^53 are said to be rounded, from the record where the sum passes it', () => {
    // 1e15 each: the 10th record takes the sum past 2^53 ≈ 9.007e15; it starts at line 2 + 9 × 5.
    const a = analyzeGoroutineDump(countedRecords(20, () => '1000000000000000'));
    assert.deepEqual(a.dump.warnings.filter(w => /too large/.test(w.message)), [{
      line: 47, message: 'line 47: goroutine counts too large to add exactly (their sum passes 2^53): the counts and totals shown are rounded',
    }]);
    // One count already past 2^53 as printed.
    const huge = analyzeGoroutineDump(countedRecords(1, () => '123456789012345678901'));
    assert.equal(huge.dump.warnings.filter(w => /too large to add exactly/.test(w.message)).length, 1);
  });
});

describe('goroutines: bytes that are no text', () => {
  /** Bytes of a fixed pseudo-random sequence (xorshift), none of them a control byte: their first 16 hold none either. */
  function randomHighBytes(length: number, seed: number): Uint8Array {
    const bytes = new Uint8Array(length);
    let x = seed;
    for (let i = 0; i < length; i++) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      bytes[i] = 0x20 + ((x >>> 0) % 0xe0);
    }
    return bytes;
  }

  it('are named binary with their first bytes in hex, not quoted as a skipped line', () => {
    for (const seed of [1, 7, 42]) {
      const bytes = randomHighBytes(4096, seed);
      assert.throws(() => readGoroutines(bytes), (e: Error) => {
        assert.match(e.message, /^unrecognized format: neither a goroutine dump nor a goroutine profile \(first bytes( [0-9a-f]{2}){8}\)$/);
        return true;
      });
    }
  });

  it('text in another encoding than UTF-8 stays text: what was skipped is quoted', () => {
    const latin1 = new Uint8Array([...'Fehler: Datei nicht gefunden \u2013 ü ist kein Speicherauszug\n'.repeat(20)].map(c => c.charCodeAt(0) & 0xff));
    assert.throws(() => readGoroutines(latin1), /: no goroutine dump found in the 20 lines read\.\nLines 1–20: skipped 20 lines that are not part of a goroutine dump, starting "Fehler: Datei/);
  });
});
