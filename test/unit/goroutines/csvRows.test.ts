// A log export downloaded as CSV rows (csvRows.ts), each dump line a quoted field beside a quoted
// time, `""` for each quote: read as the dump it holds, in either column order, oldest or newest
// row first, whatever the chunks it is read in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpScanner, scanGoroutineDump } from '../../../src/core/goroutines';
import { csvRowsLayout } from '../../../src/core/goroutines/csvRows';

const DUMP = [
  'panic: assignment to entry in nil map "cfg"',
  '',
  'goroutine 41 [running]:',
  'example.com/shop/cart.(*Cart).Add(0xc0001a2000, {0x6d2f40, 0x5})',
  '\t/src/shop/cart/cart.go:57 +0x1b4',
  'example.com/shop/api.handleAdd({0x7f1e20, 0xc0002b6000}, 0xc0001c4100)',
  '\t/src/shop/api/add.go:23 +0x9e',
  'created by net/http.(*Server).Serve in goroutine 1',
  '\t/usr/lib/go/src/net/http/server.go:3285 +0x4b4',
  '',
  'goroutine 1 [IO wait]:',
  'internal/poll.runtime_pollWait(0x7f0c3a1e2f28, 0x72)',
  '\t/usr/lib/go/src/runtime/netpoll.go:345 +0x85',
  'main.main()',
  '\t/src/shop/main.go:20 +0x1d',
];

const quoted = (field: string): string => `"${field.replace(/"/g, '""')}"`;
/** Cloud Logging's download: the time first, as `06/03/2020 11:38:55.990 -0700`. */
const timeFirst = (line: string, i: number): string => `${quoted(`06/03/2020 11:38:${String(10 + i).padStart(2, '0')}.990 -0700`)},${quoted(line)}`;
/** Another export's column order: the line first, its time after it in RFC 3339. */
const lineFirst = (line: string, i: number): string => `${quoted(line)},${quoted(`2024-02-11T09:14:${String(10 + i).padStart(2, '0')}.120Z`)}`;

const summary = (input: string | Uint8Array) => {
  const a = analyzeGoroutineDump(input);
  return {
    crash: a.dump.crash?.message, ids: [...a.dump.goroutines].map(g => Number(g.id)),
    frames: [...a.dump.goroutines].map(g => g.frames.map(f => `${f.func} ${f.file}:${f.line}`)), createdBy: [...a.dump.goroutines].map(g => g.createdBy?.func ?? null),
    suspect: a.groups[0]?.suspect, warnings: a.dump.warnings.filter(w => !w.message.startsWith('lines were newest first')).map(w => w.message),
  };
};

const exports = {
  'time first, oldest row first': DUMP.map(timeFirst).join('\n') + '\n',
  'line first, oldest row first, CRLF': DUMP.map(lineFirst).join('\r\n') + '\r\n',
  'time first, newest row first': DUMP.map(timeFirst).reverse().join('\n') + '\n',
  'line first, newest row first': DUMP.map(lineFirst).reverse().join('\n') + '\n',
};

describe('goroutines: a log export as CSV rows, each line a quoted field beside its time', () => {
  it('reads as the dump itself in either column order, oldest or newest row first: goroutines, frames, crash with its quotes, culprit', () => {
    const plain = summary(DUMP.join('\n') + '\n');
    assert.deepEqual(plain.ids, [41, 1]);
    assert.equal(plain.crash, 'panic: assignment to entry in nil map "cfg"');
    for (const [what, text] of Object.entries(exports)) {
      const read = summary(text);
      assert.deepEqual(read, plain, what);
      assert.equal(analyzeGoroutineDump(text).dump.warnings.some(w => w.message.startsWith('lines were newest first')), what.includes('newest'), `${what}: its order`);
    }
  });

  it('a row cut by a chunk\'s end reads alike, on the byte path and as text', () => {
    for (const [what, text] of Object.entries(exports)) {
      const bytes = new TextEncoder().encode(text);
      const asText = JSON.stringify(scanGoroutineDump(bytes, { withoutShortcuts: true }));
      assert.equal(JSON.stringify(scanGoroutineDump(bytes)), asText, `${what}: bytes and text`);
      for (const size of [1, 2, 7, 64]) {
        const scanner = new GoroutineDumpScanner();
        for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
        assert.equal(JSON.stringify(scanner.finish()), asText, `${what}: pieces of ${size}`);
      }
    }
  });

  it('prose before the rows stays as it is; a last row cut inside its line is the paste\'s cut', () => {
    const rows = DUMP.slice(0, 6).map(timeFirst);
    const text = ['Our panic log, exported:', '```', ...rows, '"06/03/2020 11:38:59.001 -0700","\texample.com/shop/api/ad'].join('\n');
    const a = analyzeGoroutineDump(text);
    assert.equal(a.dump.crash?.message, 'panic: assignment to entry in nil map "cfg"');
    assert.deepEqual([...a.dump.goroutines].map(g => g.frames.map(f => f.func)), [['example.com/shop/cart.(*Cart).Add', 'example.com/shop/api.handleAdd']]);
    assert.equal(a.dump.truncated, true);
  });

  it('rows of more than two columns (a severity, a resource, a host beside the time), a header row over them: the line column read', () => {
    const plain = summary(DUMP.join('\n') + '\n');
    const time = (i: number) => `2024-02-11T09:14:${String(10 + i).padStart(2, '0')}.120Z`;
    const wide = {
      'time, severity, line': DUMP.map((line, i) => [time(i), 'ERROR', line].map(quoted).join(',')),
      'line, time, pod, severity (CRLF)': DUMP.map((line, i) => [line, time(i), 'shop-api-7d9f5c-x2xq', 'ERROR'].map(quoted).join(',')),
      'Datadog-like date, host, service, message under their header row': [
        '"Date","Host","Service","Message"', ...DUMP.map((line, i) => [time(i), 'ip-10-0-3-21', 'shop', line].map(quoted).join(',')),
      ],
      'time, host, line, severity, newest row first': DUMP.map((line, i) => [time(i), 'node-3', line, 'E'].map(quoted).join(',')).reverse(),
    };
    for (const [what, rows] of Object.entries(wide)) {
      const text = rows.join(what.includes('CRLF') ? '\r\n' : '\n') + '\n';
      const read = summary(text);
      const header = what.includes('header row');
      assert.deepEqual({ ...read, warnings: header ? [] : read.warnings }, plain, what);
      if (header) assert.deepEqual(read.warnings, [`line 1: skipped 1 line that is not part of a goroutine dump, starting "${rows[0]}"`], what);
      const bytes = new TextEncoder().encode(text);
      assert.equal(JSON.stringify(scanGoroutineDump(bytes)), JSON.stringify(scanGoroutineDump(bytes, { withoutShortcuts: true })), `${what}: bytes and text`);
    }
    // Cut inside the line column of a wide row: the paste's cut; rows of another width stay as they are.
    const cut = [...DUMP.slice(0, 6).map((line, i) => [time(i), 'ERROR', line].map(quoted).join(',')), `"${time(7)}","ERROR","\texample.com/shop/api/ad`].join('\n');
    const a = analyzeGoroutineDump(cut);
    assert.deepEqual([...a.dump.goroutines].map(g => g.frames.map(f => f.func)), [['example.com/shop/cart.(*Cart).Add', 'example.com/shop/api.handleAdd']]);
    assert.equal(a.dump.truncated, true);
    // The line first: a row cut in it has lost the time after it, and is still the line as far as it goes.
    const lineFirstCut = [...DUMP.slice(0, 6).map(lineFirst), '"\texample.com/shop/api/ad'].join('\n');
    assert.deepEqual(summary(lineFirstCut), summary([...DUMP.slice(0, 6), '\texample.com/shop/api/ad'].join('\n')));
    assert.equal(analyzeGoroutineDump(lineFirstCut).dump.truncated, true);
  });

  it('gatekeeper #661: Stackdriver\'s rows, newest first but shuffled within one millisecond: the frames read, not skipped', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/gatekeeper_661_stackdriver_csv_rows_shuffled_within_one_timestamp_cut.txt'));
    assert.deepEqual(a.dump.headlessStacks.map(s => s.frames.map(f => f.func)),
      [['?', 'sigs.k8s.io/controller-runtime/pkg/webhook.instrumentedHook.func1', 'net/http.(*conn).serve', 'net/http.(*conn).serve.func1', 'net/http.(*ServeMux).ServeHTTP']]);
    assert.deepEqual([...a.dump.goroutines].map(g => Number(g.id)), [8166]);
  });

  describe('an export that quotes only the fields that need it (encoding/csv, Python\'s csv), and a record of several lines in one field', () => {
    // scripts/go/csvexport: a real panic's stderr (Go 1.19) written by encoding/csv, a row per line or the crash in one row.
    const rows = readFileSync('test/fixtures/goroutines/csv_minimal_quoting_rows.txt', 'utf8');
    const record = readFileSync('test/fixtures/goroutines/csv_multiline_record.txt', 'utf8');
    const worker = ['main.(*order).add example.com/csvexport/main.go:21', 'main.worker example.com/csvexport/main.go:26'];

    it('rows with a bare time and a bare `main.main()` beside quoted locations read as the dump', () => {
      const read = summary(rows);
      assert.deepEqual(read.ids, [18, 1, 19]);
      assert.equal(read.crash, 'panic: assignment to entry in nil map');
      assert.deepEqual(read.frames[0], worker);
      assert.equal(read.suspect, '1 goroutine crashed (panic: assignment to entry in nil map) in main.(*order).add (main.go:21), created by main.child');
      assert.deepEqual(read.warnings, []);
      // Python's csv quotes no tab: the locations bare too; and the rows newest first.
      const pythonLike = rows.replace(/,"(\t[^",]*)"$/gm, ',$1');
      assert.notEqual(pythonLike, rows);
      assert.deepEqual(summary(pythonLike), read, 'tabs unquoted');
      assert.deepEqual(summary(rows.trimEnd().split('\n').reverse().join('\n') + '\n'), read, 'newest row first');
    });

    it('a crash logged as one record, its line breaks inside the quoted field, reads as the same dump (the program\'s own row skipped)', () => {
      const read = summary(record);
      assert.deepEqual({ ...read, warnings: [] }, summary(rows));
      assert.deepEqual(read.warnings, ['line 1: skipped 1 line that is not part of a goroutine dump, starting "orders: worker pool started"']);
    });

    it('reads alike on the byte path, as text and in pieces of any size', () => {
      for (const [what, text] of Object.entries({ rows, record })) {
        const bytes = new TextEncoder().encode(text);
        const asText = JSON.stringify(scanGoroutineDump(bytes, { withoutShortcuts: true }));
        assert.equal(JSON.stringify(scanGoroutineDump(bytes)), asText, `${what}: bytes and text`);
        assert.equal(JSON.stringify(scanGoroutineDump(text)), asText, `${what}: a string`);
        for (const size of [1, 3, 64, 200]) {
          const scanner = new GoroutineDumpScanner();
          for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
          assert.equal(JSON.stringify(scanner.finish()), asText, `${what}: pieces of ${size}`);
        }
      }
    });

    it('a record the paste cut inside its field is read as far as it goes: the goroutine it stops in is cut', () => {
      const cut = record.slice(0, record.indexOf('sync/waitgroup.go:'));
      const a = analyzeGoroutineDump(cut);
      assert.equal(a.dump.crash?.message, 'panic: assignment to entry in nil map');
      assert.deepEqual([...a.dump.goroutines].map(g => [Number(g.id), g.cut]), [[18, false], [1, true]]);
      assert.equal(a.dump.truncated, true);
    });

    it('a log whose time has a comma before its fraction (`2024-02-11 09:14:10,123 ERROR …`) is no export', () => {
      const log = ['2024-02-11 09:14:10,123 ERROR orders: worker crashed', '2024-02-11 09:14:10,124 ERROR goroutine 18 [running]:', '2024-02-11 09:14:10,125 ERROR main.main()'].join('\n');
      assert.equal(csvRowsLayout(new TextEncoder().encode(log)), null);
      assert.deepEqual(csvRowsLayout(new TextEncoder().encode(rows)), { columns: 3, time: 0, line: 2 });
    });

    it('the layout is told after a dump\'s own lines, from rows whose first line opens a quote without a comma or holds the time on a later line', () => {
      const enc = (text: string) => new TextEncoder().encode(text);
      // Lines with neither a quote first nor a comma are passed over without reading their fields.
      const plainLines = Array.from({ length: 40 }, (_, i) => `goroutine ${i} [running]:\nmain.main()\n\t/src/main.go:${i} +0x1d\n`).join('');
      const layout = { columns: 3, time: 0, line: 2 };
      for (const text of [rows, record]) {
        assert.deepEqual(csvRowsLayout(enc(text)), layout);
        assert.deepEqual(csvRowsLayout(enc(plainLines + text)), layout);
      }
      const lineFirst = ['"panic: boom', '', 'goroutine 1 [running]:', 'main.main()","2024-02-11T09:14:10.120Z"',
        '"\t/src/main.go:20 +0x1d","2024-02-11T09:14:10.121Z"', '"main.f()","2024-02-11T09:14:10.122Z"'].join('\n') + '\n';
      const timeLast = ['ERROR,"panic: boom', 'goroutine 1 [running]:",2024-02-11T09:14:10.120Z', 'ERROR,main.main(),2024-02-11T09:14:10.121Z'].join('\n') + '\n';
      for (const [text, expected] of [[lineFirst, { columns: 2, time: 1, line: 0 }], [timeLast, { columns: 3, time: 2, line: 1 }]] as const) {
        assert.deepEqual(csvRowsLayout(enc(text)), expected);
        assert.deepEqual(csvRowsLayout(enc(plainLines + text)), expected);
      }
      assert.equal(csvRowsLayout(enc(plainLines)), null);
    });
  });
});
