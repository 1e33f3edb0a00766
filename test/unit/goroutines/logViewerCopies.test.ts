// Dumps copied out of log viewers and log pipelines (test/fixtures/goroutines/logviews, written by
// scripts/log-viewer-copies.mjs, and real pastes in pasted/): newest line first, a time alone between
// lines, one log record per dump line, a program's prefix on every line. Each reads as the dump it
// was: the same goroutines, crash and culprit as the plain dump.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpAnalyzer, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { gunzipSync } from 'node:zlib';
import { HeldText, ORDER_SAMPLE_BYTES } from '../../../src/core/goroutines/reversedDump';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const REVERSED = 'lines were newest first; read in reverse (line numbers count from the last line)';
const CRASH = 'panic: dispatcher: 12 items left and no worker to take them';
const CULPRIT = `1 goroutine crashed (${CRASH}) in main.dispatch (main.go:223)`;

interface Reading {
  ids: (number | bigint)[]; truncated: boolean; crash: string | null; first: string | null; warnings: string[];
  /** Group sizes, and every frame's and creator's `file:line` as read. */
  groups: number[]; locations: string[];
}

function reading(a: GoroutineAnalysis): Reading {
  return {
    ids: [...a.dump.goroutines].map(g => g.id), truncated: a.dump.truncated, crash: a.dump.crash?.message ?? null,
    first: a.groups[0]?.suspect ?? null, warnings: a.dump.warnings.map(w => w.message),
    groups: a.groups.map(g => g.count),
    locations: [...new Set([...a.dump.goroutines].flatMap(g => [...g.frames, ...(g.createdBy ? [g.createdBy] : [])]).map(f => `${f.file}:${f.line}`))],
  };
}

/** The same text pushed in small chunks, as a file stream may cut it. */
function readInChunks(text: string, size: number): GoroutineAnalysis {
  const analyzer = new GoroutineDumpAnalyzer();
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) analyzer.push(bytes.subarray(at, at + size));
  return analyzer.finish();
}

const GOROUTINEGEN = '/work/main/scripts/go/goroutinegen/main.go';
const PLAIN: Reading = {
  ids: [1, 19, 20, 21], truncated: false, crash: CRASH, first: CULPRIT, warnings: [],
  groups: [1, 3], locations: [223, 265, 47, 45].map(line => `${GOROUTINEGEN}:${line}`),
};

describe('goroutines: dumps copied out of log viewers', () => {
  it('the dump they were copied from reads so', () => {
    const plain = fixture('demo_panic.txt').split('\n').slice(0, 25).join('\n') + '\n';
    assert.deepEqual(reading(analyzeGoroutineDump(plain)), PLAIN);
  });

  describe('newest line first', () => {
    for (const name of ['newest_first_plain.txt', 'newest_first_grafana_time_column.txt', 'newest_first_journalctl_r.txt']) {
      it(`${name}: read in reverse, with a warning`, () => {
        const text = fixture(`logviews/${name}`);
        assert.deepEqual(reading(analyzeGoroutineDump(text)), { ...PLAIN, warnings: [REVERSED] });
        // Streamed in pieces, the text is held whole all the same.
        assert.deepEqual(reading(readInChunks(text, 97)), { ...PLAIN, warnings: [REVERSED] });
      });
    }

    it('a stack without its header behind a time column, its locations with `fp= sp= pc=`, is read in reverse; in its own order it is not', () => {
      const time = '2022-06-28T15:45:17+01:00\t';
      const stack = [
        'runtime.throw({0x9a1f2b?, 0x2e?})', '\truntime/panic.go:992 +0x71 fp=0xc00005b5a0 sp=0xc00005b570 pc=0x4341f1',
        'main.(*Cache).evict(0xc0001a4000)', '\tapp/cache.go:120 +0x2e5 fp=0xc00005b668 sp=0xc00005b5e8 pc=0x625a65',
        'main.(*Cache).loop(0xc0001a4000)', '\tapp/cache.go:88 +0x105 fp=0xc00005b7c8 sp=0xc00005b790 pc=0x6246a5',
        'runtime.goexit()', '\truntime/asm_amd64.s:1571 +0x1 fp=0xc00005b7e8 sp=0xc00005b7e0 pc=0x468ba1',
        'created by main.NewCache', '\tapp/cache.go:40 +0x6b',
      ].map(line => time + line);
      const funcs = (text: string) => analyzeGoroutineDump(text).dump.headlessStacks.map(s => [s.frames.map(f => f.func), s.createdBy?.func]);
      const expected = [[['runtime.throw', 'main.(*Cache).evict', 'main.(*Cache).loop', 'runtime.goexit'], 'main.NewCache']];
      assert.deepEqual(funcs(stack.join('\n') + '\n'), expected);
      const reversed = [...stack].reverse().join('\n') + '\n';
      assert.deepEqual(funcs(reversed), expected);
      assert.ok(analyzeGoroutineDump(reversed).dump.warnings.some(w => w.message === REVERSED));
    });

    it('a crash traceback of Go ≥ 1.23, its headers with `gp=… m=… mp=…`, is read in reverse as in its own order (golang/go#62086 pins a real one)', () => {
      // Hand-made as Go 1.24's goroutineheader prints a throw; no `created by` line to tell the order by.
      const lines = [
        'fatal error: unexpected signal during runtime execution', '[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x40a1c5]', '',
        'goroutine 1 gp=0xc000002380 m=0 mp=0x5a9660 [running]:',
        'runtime.throw({0x4c1b2e?, 0x0?})', '\t/usr/local/go/src/runtime/panic.go:1067 +0x48 fp=0xc00006fd10 sp=0xc00006fce0 pc=0x46b8a8',
        'runtime.sigpanic()', '\t/usr/local/go/src/runtime/signal_unix.go:884 +0x3c9 fp=0xc00006fd70 sp=0xc00006fd10 pc=0x46d1a9',
        'runtime.mapaccess2_faststr(0x4a6f20, 0xc0000a2000, {0x4b7d1c, 0x3})', '\t/usr/local/go/src/internal/runtime/maps/runtime_faststr_swiss.go:162 +0x45 fp=0xc00006fda0 sp=0xc00006fd70 pc=0x40a1c5',
        'main.(*Registry).Get(...)', '\t/src/registry/registry.go:40',
        'main.main()', '\t/src/registry/main.go:30 +0x2d fp=0xc00006ff50 sp=0xc00006fda0 pc=0x49c42d',
        'runtime.main()', '\t/usr/local/go/src/runtime/proc.go:283 +0x28b fp=0xc00006ffe0 sp=0xc00006ff50 pc=0x43a08b',
        'runtime.goexit({})', '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1 fp=0xc00006ffe8 sp=0xc00006ffe0 pc=0x46c9a1', '',
        'goroutine 17 gp=0xc000184000 m=nil [syscall, locked to thread]:',
        'runtime.goexit({})', '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1 fp=0xc0000607e8 sp=0xc0000607e0 pc=0x46c9a1',
      ];
      const forward = reading(analyzeGoroutineDump(lines.join('\n') + '\n'));
      assert.deepEqual([forward.ids, forward.crash, forward.first], [[1, 17], 'fatal error: unexpected signal during runtime execution',
        '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in main.(*Registry).Get (registry.go:40)']);
      const reversed = [...lines].reverse().join('\n') + '\n';
      assert.deepEqual(reading(analyzeGoroutineDump(reversed)), { ...forward, warnings: [REVERSED] });
      assert.deepEqual(reading(readInChunks(reversed, 61)), { ...forward, warnings: [REVERSED] });
    });

    it('a dump in its own order is not reversed, nor one goroutine whose header has no frame under it', () => {
      const forward = analyzeGoroutineDump(fixture('demo_panic.txt'));
      assert.ok(!forward.dump.warnings.some(w => w.message === REVERSED));
      const single = 'goroutine 7 [running]:\nmain.f()\n\t/app/main.go:12 +0x1d\n';
      assert.deepEqual([...analyzeGoroutineDump(single).dump.goroutines].map(g => g.frames.map(f => f.func)), [['main.f']]);
    });

    describe('a dump over 1 MiB (6,002 goroutines, 1.3 MB), held whole and read in reverse', () => {
      const gzipped = (name: string) => gunzipSync(readFileSync(`test/fixtures/goroutines/logviews/${name}`)).toString('utf8');
      const summary = (a: GoroutineAnalysis) => ({
        goroutines: a.dump.goroutines.length, truncated: a.dump.truncated, crash: a.dump.crash?.message, first: a.groups[0]?.suspect,
        groups: a.groups.map(g => `${g.count} ${g.suspect}`), warnings: a.dump.warnings.map(w => w.message),
      });
      const forward = summary(analyzeGoroutineDump(gzipped('leak_panic_6000.txt.gz')));
      for (const name of ['newest_first_large.txt.gz', 'newest_first_large_grafana_time_column.txt.gz']) {
        it(`${name}: the same goroutines, groups and crash as the dump in its own order`, () => {
          const text = gzipped(name);
          assert.ok(text.length > 1 << 20);
          assert.equal(forward.goroutines, 6002);
          assert.deepEqual(summary(analyzeGoroutineDump(text)), { ...forward, warnings: [REVERSED] });
          // A file stream's chunks, and chunks that cut lines anywhere.
          assert.deepEqual(summary(readInChunks(text, 1 << 16)), { ...forward, warnings: [REVERSED] });
          assert.deepEqual(summary(readInChunks(text, 4099)), { ...forward, warnings: [REVERSED] });
        });
      }

      it('a dump in its own order over 1 MiB is not held: read as it comes, the same', () => {
        assert.deepEqual(summary(readInChunks(gzipped('leak_panic_6000.txt.gz'), 1 << 16)), forward);
      });
    });

    it('held text read back in reverse: lines across blocks whole, the line cut at the bound left out', () => {
      const reversed = (text: string, limit?: number, chunk = 3) => {
        const held = new HeldText(limit);
        const bytes = new TextEncoder().encode(text);
        for (let at = 0; at < bytes.length; at += chunk) held.append(bytes.subarray(at, at + chunk));
        const pieces: string[] = [];
        held.scanReversed(piece => pieces.push(new TextDecoder().decode(piece)));
        return { text: pieces.join(''), dropped: held.dropped };
      };
      assert.deepEqual(reversed('a\nbb\n\nccc\n'), { text: 'ccc\n\nbb\na\n', dropped: 0 });
      assert.deepEqual(reversed('a\nbb\nccc'), { text: 'ccc\nbb\na\n', dropped: 0 });
      // Cut at 7 bytes, inside `ccc`: its start is left out with what was dropped.
      assert.deepEqual(reversed('a\nbb\nccc\ndddd\n', 7), { text: 'bb\na\n', dropped: 7 });
      // A line longer than a block, in a text of several blocks.
      const long = 'x'.repeat(ORDER_SAMPLE_BYTES + 10);
      assert.deepEqual(reversed(`first\n${long}\nlast\n`, undefined, 65536), { text: `last\n${long}\nfirst\n`, dropped: 0 });
    });

    it('its last line without a line break, and a byte order mark, read in reverse as the plain copy', () => {
      const text = fixture('logviews/newest_first_plain.txt');
      assert.deepEqual(reading(analyzeGoroutineDump('\ufeff' + text.replace(/\n$/, ''))), { ...PLAIN, warnings: [REVERSED] });
    });

    it('lines the copy glued: a `file:line` and its call (the call first in reverse), the fences to the first and last lines', () => {
      // scripts/reversed-pastes.mjs: where the forward reading splits a glued pair (a digit, then a name), the reversed one does.
      const text = fixture('logviews/newest_first_glued_calls.txt');
      assert.deepEqual(reading(analyzeGoroutineDump(text)), { ...PLAIN, warnings: [REVERSED] });
      assert.deepEqual(reading(readInChunks(text, 97)), { ...PLAIN, warnings: [REVERSED] });
      // Between lines of prose, the fences glued to the dump's first and last lines (CRLF too): split all the same.
      const plain = fixture('logviews/newest_first_plain.txt').replace(/\n$/, '');
      for (const eol of ['\n', '\r\n']) {
        const fenced = ['The crash, from Grafana (newest first):', `\`\`\`${plain}\`\`\``, 'Any idea?', ''].join('\n').replace(/\n/g, eol);
        const a = analyzeGoroutineDump(fenced);
        assert.deepEqual(reading(a).crash, PLAIN.crash);
        assert.deepEqual({ ...reading(a), warnings: [] }, { ...PLAIN, warnings: [] });
      }
      // A message's own closing backtick is no fence: kept.
      const quoted = `${plain.replace(/^panic: .*$/m, 'panic: parse error near `foo`')}\nAny idea?\n`;
      assert.equal(analyzeGoroutineDump(quoted).dump.crash?.message, 'panic: parse error near `foo`');
      // As UTF-16 (decoded whole, reversed as a string): the same rule.
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      assert.deepEqual(reading(analyzeGoroutineDump(new Uint8Array(utf16))), { ...PLAIN, warnings: [REVERSED] });
    });

    it('what closes the paste stays last, by one rule for bytes and strings: closing lines and a closer glued to the last line', () => {
      const plain = fixture('logviews/newest_first_plain.txt');
      for (const text of [`${plain}\n\`\`\`\n</details>\n`, `${plain.replace(/\n$/, '')}\`\`\`\n\n`]) {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        for (const a of [analyzeGoroutineDump(text), analyzeGoroutineDump(new Uint8Array(utf16)), readInChunks(text, 97)]) {
          assert.deepEqual(reading(a), { ...PLAIN, warnings: [REVERSED] });
          assert.equal(a.dump.crash?.line, 1);
        }
      }
    });

    it('a nested panic whose `\\tpanic:` lines lost their tab (scripts/reversed-pastes.mjs): one crash with every message', () => {
      const a = analyzeGoroutineDump(fixture('logviews/newest_first_nested_panics_untabbed.txt'));
      const nested = 'panic: assignment to entry in nil map / panic: flushing the index: short write / panic: closing the journal: disk full';
      assert.deepEqual([a.dump.crash?.message, a.dump.earlierDumps.length, a.dump.goroutines.length, a.dump.warnings.map(w => w.message)], [nested, 0, 4, [REVERSED]]);
      assert.equal(a.groups[0].suspect, `1 goroutine crashed (${nested}) in main.nested.func1 (main.go:43)`);
    });

    it('a log viewer\'s table copied with its columns: the columns learnt as a prefix, a stack without its header too', () => {
      // scripts/reversed-pastes.mjs: `  |   | Apr 23 12:01:10.100 | ` before every line, tabs lost.
      const table = fixture('logviews/newest_first_table_columns.txt');
      assert.deepEqual(reading(analyzeGoroutineDump(table)), { ...PLAIN, warnings: [REVERSED] });
      assert.deepEqual(reading(readInChunks(table, 97)), { ...PLAIN, warnings: [REVERSED] });
      const headless = analyzeGoroutineDump(fixture('logviews/newest_first_table_columns_headless.txt'));
      assert.deepEqual(headless.dump.headlessStacks.map(h => [h.frames.map(f => `${f.func}:${f.line}`), h.createdBy?.func, h.createdBy?.line]),
        [[['main.(*store).deleteCollection.func1:47'], 'main.(*store).deleteCollection', 45]]);
      assert.deepEqual(headless.dump.warnings.map(w => w.message), [REVERSED, 'line 6: skipped 1 line that is not part of a goroutine dump, starting "The worker hangs; its stack from the logs:"']);
    });

    it('velero 8708 (real paste): Grafana\'s table newest first, a stack without its header, its creator\'s location without the columns', () => {
      const a = analyzeGoroutineDump(fixture('pasted/velero_8708_grafana_table_newest_first.txt'));
      assert.deepEqual(a.dump.headlessStacks.map(h => [h.frames.map(f => `${f.func}:${f.line}`), `${h.createdBy?.func}:${h.createdBy?.line}`]), [[[
        'k8s.io/apimachinery/pkg/util/wait.BackoffUntil:227', 'k8s.io/apimachinery/pkg/util/wait.JitterUntil:204', 'k8s.io/apimachinery/pkg/util/wait.Until:161',
        'k8s.io/client-go/tools/cache.(*processorListener).run:972', 'k8s.io/apimachinery/pkg/util/wait.(*Group).Start.func1:72',
      ], 'k8s.io/apimachinery/pkg/util/wait.(*Group).Start:70']]);
      assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header, at wait.BackoffUntil (backoff.go:227), created by wait.(*Group).Start');
      // The search excerpt's cut row (its columns alone) and the comment's prose are the lines skipped.
      assert.deepEqual(a.dump.warnings.map(w => w.message), [REVERSED,
        'line 1: skipped 1 line that is not part of a goroutine dump, starting "|   | Apr 23 02:16:11.184 |"',
        'line 15: skipped 1 line that is not part of a goroutine dump, starting "We updated yesterday on 1.16. But its not going away."']);
    });

    it('a text whose first MiB holds no dump is read as it comes: the bound keeps a stream from being held whole', () => {
      const reversed = fixture('logviews/newest_first_plain.txt');
      const padding = 'log line that is no part of any dump\n'.repeat(Math.ceil(ORDER_SAMPLE_BYTES / 37) + 1);
      const a = analyzeGoroutineDump(padding + reversed);
      assert.ok(!a.dump.warnings.some(w => w.message === REVERSED));
      assert.notDeepEqual([...a.dump.goroutines].map(g => g.id), PLAIN.ids);
    });
  });

  describe('a time alone on a line', () => {
    for (const name of ['time_alone_before_each_line.txt', 'time_alone_kibana.txt']) {
      it(`${name}: separates lines without ending a goroutine, and is no junk`, () => {
        assert.deepEqual(reading(analyzeGoroutineDump(fixture(`logviews/${name}`))), PLAIN);
      });
    }

    it('between the frames of one goroutine, it keeps them together', () => {
      const text = 'goroutine 5 [chan receive]:\n2024-05-01 12:00:00.123\nmain.worker(0xc000010000)\n1714564800.5\n\t/app/worker.go:31 +0x45\n' +
        '12:00:00.124\ncreated by main.start in goroutine 1\n\t/app/worker.go:20 +0x3d\n';
      const [g] = [...analyzeGoroutineDump(text).dump.goroutines];
      assert.deepEqual([g.id, g.frames.map(f => `${f.func} ${f.line}`), g.createdBy?.func], [5, ['main.worker 31'], 'main.start']);
      assert.deepEqual(analyzeGoroutineDump(text).dump.warnings, []);
    });

    it('above each line of a recovered panic and its `file:line (0x…)` stack, behind a klog crash line: the value and one stack', () => {
      const text = fixture('logviews/time_alone_uncaught_panic_pc_locations.txt');
      for (const a of [analyzeGoroutineDump(text), readInChunks(text, 61)]) {
        assert.equal(a.dump.crash?.message, 'Uncaught panic: \nassignment to entry in nil map');
        assert.deepEqual(a.dump.headlessStacks.map(s => [s.lines.start, s.lines.end, s.frames.map(f => `${f.file}:${f.line}`)]), [[8, 22, [
          'runtime/panic.go:770', 'runtime/map_faststr.go:205', 'example.com/shop/internal/cart/merge.go:61',
          'example.com/shop/internal/cart/handler.go:140', 'example.com/shop/internal/rpc/dispatch.go:77', 'net/http/server.go:2136']]]);
        assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header panicked in merge.go:61');
      }
    });
  });

  describe('one log record per dump line', () => {
    it('a panic whose value is a logfmt record with the stack escaped in its `stack` field: the stack read unescaped, the record before the field the crash', () => {
      const text = fixture('logviews/panic_value_logfmt_record_stack_field.txt');
      for (const a of [analyzeGoroutineDump(text), readInChunks(text, 89)]) {
        const crash = 'panic: Log in goroutine after TestIngestReplay has completed: time="2024-06-11T14:02:07Z" level=error msg="job failed" job=7';
        assert.deepEqual([a.dump.crash?.message, [...a.dump.goroutines].map(g => [g.id, g.frames.length, g.createdBy?.func]), a.dump.truncated],
          [crash, [[88, 5, 'github.com/acme/ingest/worker.(*Pool).Start']], false]);
        assert.equal(a.groups[0]?.suspect, `1 goroutine crashed (${crash}) in worker.(*Pool).recoverJob (pool.go:112), created by worker.(*Pool).Start`);
      }
    });

    it('traefik\'s `Error in Go routine: …` record, then the stack escaped in `Stack: …`: the crash line of the stack (JSON records)', () => {
      const text = fixture('logviews/traefik_recover_json_records.txt');
      for (const a of [analyzeGoroutineDump(text), readInChunks(text, 97)]) {
        assert.deepEqual([a.dump.crash?.message, [...a.dump.goroutines].map(g => g.id), a.dump.truncated], ['Error in Go routine: assignment to entry in nil map', [112], false]);
        assert.equal(a.groups[0]?.suspect, '1 goroutine panicked (recovered: Error in Go routine: assignment to entry in nil map) in provider.(*Watcher).refresh (watcher.go:143), created by safe.GoWithRecover');
      }
    });

    for (const name of ['records_logrus.txt', 'records_logfmt.txt', 'records_zap_json.txt', 'records_docker_json_file.txt']) {
      it(`${name}: each record's message is the dump's line`, () => {
        assert.deepEqual(reading(analyzeGoroutineDump(fixture(`logviews/${name}`))), PLAIN);
        assert.deepEqual(reading(readInChunks(fixture(`logviews/${name}`), 200)), PLAIN);
      });
    }

    it('records before the dump stay text; the dump starts at the record holding its crash line', () => {
      const records = fixture('logviews/records_logrus.txt');
      const a = analyzeGoroutineDump('time="2023-03-14T10:22:09Z" level=info msg="starting dispatcher" workers=4\n' + records);
      assert.deepEqual(reading(a).ids, PLAIN.ids);
      assert.equal(reading(a).crash, CRASH);
      assert.equal(a.dump.warnings.length, 1);
      assert.match(a.dump.warnings[0].message, /^line 1: skipped 1 line/);
    });

    it('Traefik\'s recovered panic: the recovery record is the crash, the stack escaped in the next record its goroutine', () => {
      const a = analyzeGoroutineDump(fixture('pasted/traefik_4013_recovered_panic_logrus.txt'));
      const r = reading(a);
      assert.deepEqual([r.ids, r.truncated], [[6859], true]);
      assert.equal(r.crash, 'Recovered from panic in HTTP handler [127.0.0.1:38036 - /health]: runtime error: invalid memory address or nil pointer dereference');
      assert.match(r.first ?? '', /^1 goroutine panicked \(recovered: Recovered from panic in HTTP handler .*\) in middlewares\.\(\*Retry\)\.ServeHTTP \(retry\.go:38\)$/);
      assert.match(r.warnings[0], /^line 1: skipped 1 line .*Caught HTTP Sta/);
    });

    it('a zap console record\'s escaped "stacktrace" field with its goroutine header', () => {
      const r = reading(analyzeGoroutineDump(fixture('pasted/openfga_1904_zap_console_stacktrace_field.txt')));
      assert.deepEqual([r.ids, r.truncated, r.first], [[351], true, '1 goroutine crashed (its crash line is not in the text) in server.(*Server).Write (server.go:888)']);
    });

    it('zap\'s "stacktrace" field without a goroutine header is a stack of its own', () => {
      const text = [
        '{"level":"info","ts":1678789330.1,"caller":"server/main.go:40","msg":"starting"}',
        '{"level":"error","ts":1678789331.2,"caller":"worker/pool.go:88","msg":"job failed","error":"context deadline exceeded","stacktrace":"example.com/app/worker.(*Pool).run\\n\\t/src/app/worker/pool.go:88\\nexample.com/app/worker.(*Pool).Start.func1\\n\\t/src/app/worker/pool.go:52"}',
        '{"level":"info","ts":1678789332.3,"caller":"server/main.go:41","msg":"stopping"}',
      ].join('\n') + '\n';
      const a = analyzeGoroutineDump(text);
      assert.deepEqual(a.dump.headlessStacks.map(s => s.frames.map(f => `${f.func} ${f.line}`)), [['example.com/app/worker.(*Pool).run 88', 'example.com/app/worker.(*Pool).Start.func1 52']]);
      assert.equal(a.dump.truncated, false);
      assert.deepEqual(a.dump.warnings.map(w => w.line), [1, 3]);
      assert.ok(a.dump.warnings.every(w => /^line \d: skipped 1 line that is not part of a goroutine dump/.test(w.message)));
    });

    it('an escaped dump as a bare quoted string, with no key before it', () => {
      const text = 'some text before\n"goroutine 7 [running]:\\nmain.handler(0xc000010000)\\n\\t/src/app/main.go:33 +0x1d\\ncreated by main.serve in goroutine 1\\n\\t/src/app/main.go:20 +0x45\\n"\nafter\n';
      const [g] = [...analyzeGoroutineDump(text).dump.goroutines];
      assert.deepEqual([g.id, g.frames.map(f => f.func), g.createdBy?.func, g.cut], [7, ['main.handler'], 'main.serve', false]);
    });
  });

  describe('a program\'s prefix on every line', () => {
    it('terraform\'s `… [DEBUG] provider.terraform-provider-aws_v4.0.0_x5: ` is learnt; terraform\'s own lines around and between are text', () => {
      const r = reading(analyzeGoroutineDump(fixture('logviews/terraform_provider_prefix.txt')));
      // Its own line between goroutine 20's call and file:line leaves the stack whole.
      assert.deepEqual(r, { ...PLAIN, warnings: r.warnings });
      assert.deepEqual(r.warnings.map(w => w.match(/^line \d+: skipped 1 line/)?.[0]), ['line 1: skipped 1 line', 'line 18: skipped 1 line', 'line 28: skipped 1 line']);
    });

    it('a provider\'s panic in terraform\'s old debug log (real paste)', () => {
      const r = reading(analyzeGoroutineDump(fixture('pasted/terraform_5583_provider_prefix_panic.txt')));
      assert.deepEqual([r.ids, r.truncated, r.crash], [[99], true, 'panic: runtime error: invalid memory address or nil pointer dereference']);
      assert.equal(r.first, '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in digitalocean.resourceDigitalOceanDropletRead (resource_digitalocean_droplet.go:192)');
    });
  });
});
