// Inputs crafted to hang or bloat a parser (test/hostile/make-hostile.ts), each run in a
// worker under a loose bound (30 s, 1.5 GB heap: a hang never ends, so a loose bound is not
// fragile) and ending with its result or one clear error. `npm run bench` records the real times.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { errorOf, okOf } from '../../hostile/outcomes';
import { writeGzipBomb } from '../../hostile/make-hostile';

const MB = 1 << 20;
const ok = okOf, error = errorOf;

describe('hostile inputs: bounded time and memory', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  describe('regexes from data run in linear time (RE2)', () => {
    it('a profile whose drop_frames is (a+)+b and whose function is aaaa…a! opens', async () => {
      const { value } = await runBounded<Outcome>('parseFixture', ['dropframes-redos.pb.gz']);
      assert.deepEqual(ok(value), { format: 'proto', samples: 1, locations: 1, mappings: 0, warnings: [] });
    });

    it('a focus filter (a+)+b over a 1 MB function name', async () => {
      const { value } = await runBounded<Outcome>('focusFilter', ['(a+)+b', 'a'.repeat(MB) + '!']);
      assert.deepEqual(ok(value), { kept: 0 });
      const found = await runBounded<Outcome>('focusFilter', ['(a+)+!', 'a'.repeat(MB) + '!']);
      assert.deepEqual(ok(found.value), { kept: 1 });
    });

    it('syntax RE2 lacks is one clear error', async () => {
      const { value } = await runBounded<Outcome>('focusFilter', ['(?=a)a', 'a']);
      assert.match(error(value), /invalid focus regular expression "\(\?=a\)a": .*no lookaround/);
    });
  });

  describe('1 MB adversarial lines: every parser is linear on any line', () => {
    it('a 1 MB "#" symbol line in a legacy heap profile', async () => {
      const { value } = await runBounded<Outcome>('parseFixture', ['heap-long-symbol-line.txt.gz']);
      assert.deepEqual(ok(value), { format: 'legacy-heap', samples: 1, locations: 1, mappings: 0, warnings: [] });
    });

    it('a 1 MB `# labels: {"\\"\\"…` line in a debug=1 profile: a clear error from pprof\'s path', async () => {
      const { value } = await runBounded<Outcome>('parseFixture', ['debug1-long-labels.txt.gz']);
      assert.match(error(value), /^malformed labels \{"\\"\\".* \(line 3\)$/);
    });

    it('the same file through the goroutine door: one goroutine, the broken labels left out', async () => {
      const { value } = await runBounded<Outcome>('analyzeFixture', ['debug1-long-labels.txt.gz']);
      assert.deepEqual(ok(value), { total: 1, parsed: 1, groups: 1, warnings: 0 });
    });

    it('a 1 MB legacy CPU mapping line', async () => {
      const { value } = await runBounded<Outcome>('parseFixture', ['legacy-cpu-long-mapping.prof.gz']);
      assert.deepEqual(ok(value), { format: 'legacy-cpu', samples: 1, locations: 1, mappings: 1, warnings: [] });
    });

    const heap = 'heap profile: 1: 16 [1: 16] @ heap/1048576\n';
    const lines: [string, string, RegExp | Record<string, unknown>][] = [
      ['heap sample of addresses ending in junk', heap + '1: 16 [1: 16] @' + ' 0x1'.repeat(MB / 4) + '!\n', /^malformed heap sample/],
      ['heap sample of blanks', heap + '1: 16 [1: 16] @' + ' '.repeat(MB) + 'x\n', /^bad address "x" \(line 2\)$/],
      ['symbol line of tabs and offsets', heap + '1: 16 [1: 16] @ 0x1001\n#\t0x1000\t' + 'f+0x1\t'.repeat(MB / 6) + 'a.go:1\n',
        { format: 'legacy-heap', samples: 1, locations: 1, mappings: 0, warnings: [] }],
      ['symbol line of colons and digits', heap + '1: 16 [1: 16] @ 0x1001\n#\t0x1000\tf+0x1 ' + ':1'.repeat(MB / 2) + 'x\n',
        { format: 'legacy-heap', samples: 1, locations: 1, mappings: 0, warnings: [] }],
      ['contention sample', '--- mutex:\ncycles/second=1000\nsampling period=1\n1 1 @' + ' 0x1'.repeat(MB / 4) + ' x\n', /^bad address "x" \(line 4\)$/],
      ['count sample', 'goroutine profile: total 1\n1 @' + ' 0x1'.repeat(MB / 4) + ' x\n', /^bad address "x" \(line 2\)$/],
      ['count header', 'x'.repeat(MB) + ' profile: total 1x\n', /^unrecognized profile format/],
      ['memory map line of hex pairs', heap + '1: 16 [1: 16] @ 0x1001\n--- Memory map: ---\n1000-2000 r-xp 0 ' + '0:'.repeat(MB / 2) + '\n',
        { format: 'legacy-heap', samples: 1, locations: 1, mappings: 1, warnings: [] }],
      ['memory map line of spaces', heap + '1: 16 [1: 16] @ 0x1001\n--- Memory map: ---\n1000-2000 r-xp 0 0:0 ' + '1 '.repeat(MB / 2) + '\n',
        { format: 'legacy-heap', samples: 1, locations: 1, mappings: 1, warnings: [] }],
      ['a 64k-deep recursive sample and its 64k symbol lines', heap + '1: 16 [1: 16] @' + ' 0x1001'.repeat(65536) + '\n' + '#\t0x1000\tmain.f+0x1\t/a.go:1\n'.repeat(65536),
        { format: 'legacy-heap', samples: 1, locations: 1, mappings: 0, warnings: [] }],
      ['labels line', 'goroutine profile: total 1\n1 @ 0x1001\n# labels: {' + '"k":'.repeat(MB / 4) + '\n', /^malformed labels/],
    ];
    for (const [what, text, expected] of lines) {
      it(`legacy text: ${what}`, async () => {
        const { value } = await runBounded<Outcome>('parseText', [text]);
        if (expected instanceof RegExp) assert.match(error(value), expected);
        else assert.deepEqual(ok(value), expected);
      });
    }

    const debug1 = 'goroutine profile: total 1\n1 @ 0x1001\n';
    const dumpLines: [string, string][] = [
      ['escaped quotes', debug1 + '# labels: {"' + '\\"'.repeat(MB / 2) + '\n'],
      ['keys without values', debug1 + '# labels: {' + '"k" '.repeat(MB / 4) + '}\n'],
      ['a key and an unclosed value', debug1 + '# labels: {"k":"' + '\\'.repeat(MB) + '\n'],
      ['pairs with broken values', debug1 + '# labels: {' + '"k": x, '.repeat(MB / 8) + '}\n'],
    ];
    for (const [what, text] of dumpLines) {
      it(`debug=1 labels through the goroutine door: ${what}`, async () => {
        const { value } = await runBounded<Outcome>('analyzeText', [text + '#\t0x1000\tmain.main+0x1\t/src/main.go:10\n']);
        assert.equal(ok(value).total, 1);
      });
    }
  });

  describe('numbers past what a double holds in legacy text profiles: one error with its line, never NaN', () => {
    const digits = '9'.repeat(400);
    const cases: [string, string, RegExp][] = [
      ['a heap count', `heap profile: 1: 16 [1: 16] @ heap_v2/524288\n${digits}: 16 [1: 16] @ 0x1001\n`, /^inuse count 999999999999…\(400 digits\) is larger than a number holds \(line 2\)$/],
      ['a heap sampling rate', `heap profile: 1: 16 [1: 16] @ heap_v2/${digits}\n1: 16 [1: 16] @ 0x1001\n`, /^sampling rate 999999999999…\(400 digits\) is larger than a number holds \(line 1\)$/],
      // A rate past int64 is refused as pprof refuses it (strconv.ParseInt): no int64 rate unsamples past a double.
      ['a heap sampling rate past int64', `heap profile: 1: 16 [1: 16] @ heap_v2/1${'0'.repeat(300)}\n1: 16 [1: 16] @ 0x1001\n`, /^sampling rate 100000000000…\(301 digits\) is larger than an int64 holds \(line 1\)$/],
      ['contention cycles', `--- mutex:\ncycles/second=1000\nsampling period=1\n${digits} 1 @ 0x1001\n`, /^contention cycles 999999999999…\(400 digits\) is larger than a number holds \(line 4\)$/],
      ['a contention period that overflows', `--- contention:\ncycles/second=1\nsampling period=1${'0'.repeat(300)}\n5 5 @ 0x1001\n`, /^contention sample of 5 events and 5 cycles at sampling period 1e\+300 comes to more than a number holds \(line 4\)$/],
      ['a goroutine count', `goroutine profile: total 1\n${digits} @ 0x1001\n`, /^goroutine count 999999999999…\(400 digits\) is larger than a number holds \(line 2\)$/],
      ['a threadcreate count', `threadcreate profile: total 1\n${digits} @ 0x1001\n`, /^threadcreate count 999999999999…\(400 digits\) is larger than a number holds \(line 2\)$/],
    ];
    for (const [what, text, expected] of cases) {
      it(what, async () => {
        const { value } = await runBounded<Outcome>('parseText', [text]);
        assert.match(error(value), expected);
      });
    }
  });

  describe('goroutine headers with numbers Go never prints', () => {
    it('ids of 21 to 1,000 digits are those goroutines, ids exact; past 1,000 digits no header (as a double, one goroutine claimed them all); minutes past 19 digits are no wait', async () => {
      const { value } = await runBounded<Outcome>('analyzeCrafted', ['header-giant-numbers', 1]);
      const r = ok(value);
      assert.equal(r.total, 1001, 'goroutine 2 and the 1,000 of 31–33-digit ids');
      assert.equal(r.headlessStacks, 1, 'the stack under the 10^6-digit id');
      assert.ok((r.waitMinutes as unknown[]).every(m => m === null));
      assert.ok((r.warnings as string[]).some(w => /^line 1: skipped 1 line that is not part of a goroutine dump, starting "goroutine 9{20}/.test(w)), String(r.warnings));
      assert.ok(!JSON.stringify(r).includes('Infinity'));
    });
  });

  describe('line ends of every kind', () => {
    it('10^5 goroutines whose lines end in CRLF, CR and LF taking turns: every goroutine read, as from LF', async () => {
      const { value } = await runBounded<Outcome>('analyzeCrafted', ['mixed-line-ends', 1], { seconds: 30, heapMb: 768 });
      const r = ok(value);
      assert.equal(r.total, 100_000);
      // 20 stacks, and the last goroutine apart: no `created by` under it, it reads as cut (as in the LF text).
      assert.equal(r.groups, 21);
      assert.equal(r.headlessStacks, 0);
    });
  });

  describe('no quadratic step', () => {
    it('a legacy CPU profile with 100k locations in 100k mappings', async () => {
      const { value } = await runBounded<Outcome>('legacyCpuMany', [100_000]);
      const r = ok(value);
      assert.equal(r.locations, 100_000);
      assert.equal(r.mappings, 100_000);
      assert.equal(r.everyLocationInItsMapping, true);
    });

    it('a profile of 100k label sets made to hash alike (each value\'s 32-bit halves equal): parsed and graphed', async () => {
      const { value } = await runBounded<Outcome>('collidingLabels', [100_000]);
      const r = ok(value);
      assert.equal(r.samples, 100_000);
      assert.equal(r.labelSets, 100_000);
      assert.equal(r.nodes, 1, 'one function, its label sets grouped under it');
    });

    it('a profile of 100k locations whose ids share one bucket of V8\'s Map', async () => {
      const { value } = await runBounded<Outcome>('collidingIds', [100_000]);
      const r = ok(value);
      assert.equal(r.samples, 100_000);
      assert.equal(r.locations, 100_000);
    });
  });

  describe('bounded inflation', () => {
    let dir: string, bomb: string;
    before(async function () {
      this.timeout(120_000);
      dir = mkdtempSync(join(tmpdir(), 'gpe-bomb-'));
      bomb = join(dir, 'bomb.pb.gz');
      await writeGzipBomb(bomb, 2048 * MB);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('a 2 MB gzip bomb (2 GB unzipped) stops at its limit (Node\'s zlib: the worker, the CLI)', async () => {
      const compressed = statSync(bomb).size;
      assert.ok(compressed > 1.9 * MB && compressed < 2.1 * MB, `bomb of ${compressed} bytes`);
      const { value } = await runBounded<Outcome>('parseGzipFile', [bomb, 'zlib']);
      assert.match(error(value), /^gzip expands beyond 199 MiB \(limit 100× the 2\.0 MiB file\)$/);
      const rss = await runBounded<number>('rssMb');
      assert.ok(rss.value < 1024, `the worker holds ${rss.value} MB after the bomb`);
    });

    it('a trailer forged to declare a small size is not believed: inflating still stops at the limit', async () => {
      const forged = join(dir, 'forged.pb.gz');
      const bytes = readFileSync(bomb);
      bytes.writeUInt32LE(1000, bytes.length - 4);
      writeFileSync(forged, bytes);
      for (const engine of ['zlib', 'fflate'] as const) {
        const { value } = await runBounded<Outcome>('parseGzipFile', [forged, engine, 20 * MB]);
        assert.match(error(value), /^gzip expands beyond 20 MiB \(limit set to 20 MiB\)$/, engine);
      }
    });

    it('the portable path (fflate) stops while it streams too', async () => {
      const { value } = await runBounded<Outcome>('parseGzipFile', [bomb, 'fflate', 20 * MB]);
      assert.match(error(value), /^gzip expands beyond 20 MiB \(limit set to 20 MiB\)$/);
    });

    it('through the goroutine door too', async () => {
      const { value } = await runBounded<Outcome>('analyzeGzipFile', [bomb]);
      assert.match(error(value), /^gzip expands beyond \d+ MiB \(limit 100× the [\d.]+ MiB file\)$/);
    });

    it('streamed through the goroutine input stream, a piece at a time', async () => {
      const { value } = await runBounded<Outcome>('streamGzipFile', [bomb]);
      assert.match(error(value), /^gzip expands beyond \d+ MiB \(limit .*\)$/);
    });

    it('a limit set higher lets more through (here: to a clear "not a profile")', async () => {
      const { value } = await runBounded<Outcome>('parseGzipFile', [bomb, 'zlib', 300 * MB]);
      assert.match(error(value), /^gzip expands beyond 300 MiB \(limit set to 300 MiB\)$/);
    });
  });

  describe('text that is no dump', () => {
    it('256 MiB of line breaks (268 million blank lines) end in one clear error', async () => {
      const { value } = await runBounded<Outcome>('streamRepeatedByte', [256 * MB, 0x0a]);
      assert.match(error(value), /^no goroutine dump found/);
    });
  });
});
