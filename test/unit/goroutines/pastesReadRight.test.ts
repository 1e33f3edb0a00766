// Classes of pasted dumps once read wrong, each on its real paste (pasted/SOURCES.md) and on a
// hand-made text of the same class that differs from it (other names, other prefix, another place
// of the cut), read the same as text and as bytes in chunks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpScanner, type GoroutineDump } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';

const pasted = (name: string) => readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8');

/** Each goroutine's id, cut, frames (`func file:line`) and creator. */
function stacks(dump: GoroutineDump) {
  return [...dump.goroutines].map(g => ({
    id: g.id, cut: g.cut, frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`), createdBy: g.createdBy?.func ?? null,
  }));
}

/** Each stack without its goroutine header: frames (`func file:line`) and creator. */
const headless = (dump: GoroutineDump) => dump.headlessStacks.map(h => ({ frames: h.frames.map(f => `${f.func} ${f.file}:${f.line}`), createdBy: h.createdBy?.func ?? null }));

/** The text read as bytes in chunks of several sizes reads as the string does. */
function assertBytesReadAsText(text: string): void {
  const { dump: textDump } = analyzeGoroutineDump(text);
  const expected = stacks(textDump);
  const expectedHeadless = headless(textDump);
  const bytes = new TextEncoder().encode(text);
  for (const size of [7, 64, bytes.length]) {
    const scanner = new GoroutineDumpScanner();
    for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
    const dump = scanner.finish();
    assert.deepEqual(stacks(dump), expected, `chunks of ${size}`);
    assert.deepEqual(headless(dump), expectedHeadless, `chunks of ${size}: stacks without a header`);
  }
}

describe('goroutines: call lines behind the scheme a tracker\'s autolink left', () => {
  it('etcd-io/etcd#12115: each function without its `http://`, the creator too', () => {
    const text = pasted('etcd_12115_markdown_autolinked_module_names_tabs_lost.txt');
    const a = analyzeGoroutineDump(text);
    const [g] = stacks(a.dump);
    assert.deepEqual(g.frames.map(f => f.split(' ')[0]), [
      'go.etcd.io/etcd/raft.(*raftLog).slice', 'go.etcd.io/etcd/raft.(*raftLog).nextEnts', 'go.etcd.io/etcd/raft.newReady', 'go.etcd.io/etcd/raft.(*node).run',
    ]);
    assert.equal(g.createdBy, 'go.etcd.io/etcd/raft.StartNode');
    assert.match(a.groups[0].suspect ?? '', /in raft\.\(\*raftLog\)\.slice \(log\.go:322\), created by raft\.StartNode$/);
    assertBytesReadAsText(text);
  });

  // `https://` before some calls only, tab-indented locations, cut after a call whose location is lost.
  const HTTPS = [
    'panic: runtime error: index out of range [3] with length 3',
    '',
    'goroutine 17 [running]:',
    'https://github.com/acme/store/index.(*Tree).Insert(0xc000124000, 0x3)',
    '\t/home/ci/go/pkg/mod/github.com/acme/store@v1.4.0/index/tree.go:88 +0x1a5',
    'https://github.com/acme/store.(*DB).Put(...)',
    '\t/home/ci/go/pkg/mod/github.com/acme/store@v1.4.0/db.go:41',
    'main.(*server).handle(0xc0000a2000)',
    '\t/src/app/server.go:63 +0x9c',
    'created by https://github.com/acme/store/internal/pool.(*Pool).Go',
    '\t/home/ci/go/pkg/mod/github.com/acme/store@v1.4.0/internal/pool/pool.go:30 +0x7a',
    '',
    'goroutine 1 [chan receive]:',
    'main.main()',
    '\t/src/app/main.go:20 +0x58',
    'https://github.com/acme/store.(*DB).Close(0xc0000a2000)',
  ].join('\n');

  it('a hand-made dump: `https://` before some calls and a creator, cut under a linked call', () => {
    const a = analyzeGoroutineDump(HTTPS);
    assert.deepEqual(stacks(a.dump), [
      {
        id: 17, cut: false, createdBy: 'github.com/acme/store/internal/pool.(*Pool).Go', frames: [
          'github.com/acme/store/index.(*Tree).Insert /home/ci/go/pkg/mod/github.com/acme/store@v1.4.0/index/tree.go:88',
          'github.com/acme/store.(*DB).Put /home/ci/go/pkg/mod/github.com/acme/store@v1.4.0/db.go:41',
          'main.(*server).handle /src/app/server.go:63',
        ],
      },
      { id: 1, cut: true, createdBy: null, frames: ['main.main /src/app/main.go:20', 'github.com/acme/store.(*DB).Close :0'] },
    ]);
    assert.match(a.groups[0].suspect ?? '', /in index\.\(\*Tree\)\.Insert \(tree\.go:88\)/);
    assertBytesReadAsText(HTTPS);
  });

  it('a linked and an unlinked call of one function are one function', () => {
    const plain = HTTPS.replace(/https:\/\//g, '');
    assert.deepEqual(stacks(analyzeGoroutineDump(HTTPS).dump), stacks(analyzeGoroutineDump(plain).dump));
  });
});

/** What a tracker's inline code does to a stack (pasted/helm_12057_…): each `\n\t` a space, the other line breaks dropped, each ` +` of an offset a line break. */
const moveLineBreaks = (text: string) => text.replace(/\n\t/g, ' ').replace(/\n/g, '').replace(/ \+0x/g, '\n0x');

describe('goroutines: a stack whose line breaks the paste moved before each offset', () => {
  it('helm/helm#12057: every frame read, the inlined `os.Open(...)` with the call glued to its line number, blamed below `panic`', () => {
    const text = pasted('helm_12057_observed_panic_line_breaks_lost_offsets_split.txt');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(stacks(a.dump)[0].frames.map(f => f.replace(/ \/.*\//, ' ')), [
      'k8s.io/apimachinery/pkg/util/runtime.logPanic runtime.go:74', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash runtime.go:48',
      'panic panic.go:969', 'os.OpenFile file.go:331', 'os.Open file.go:307',
      'k8s.io/client-go/discovery/cached/disk.(*CachedDiscoveryClient).getCachedFile cached_discovery.go:146',
      'k8s.io/client-go/discovery/cached/disk.(*CachedDiscoveryClient).ServerResourcesForGroupVersion :0',
    ]);
    assert.match(a.groups[0].suspect ?? '', /in disk\.\(\*CachedDiscoveryClient\)\.getCachedFile \(cached_discovery\.go:146\)$/);
    assert.deepEqual(a.dump.warnings.filter(w => !/^lines 1–8: skipped/.test(w.message) && !/is cut off/.test(w.message)), []);
    assertBytesReadAsText(text);
  });

  const GO_MADE = readFileSync('test/fixtures/goroutines/go119_module_panic_in_bytes_map_all.txt', 'utf8');

  it('Go 1.19\'s dump moved the same way reads as the dump: offsets glued to `bytes.`, `example.com/`, `created by` and a header', () => {
    const moved = moveLineBreaks(GO_MADE);
    assert.match(moved, /\n0x94bytes\.Map\(/);
    assert.match(moved, /\n0x106example\.com\/deckhand/);
    assert.match(moved, /\n0x14dcreated by main\.main /);
    const a = analyzeGoroutineDump(moved);
    const expected = analyzeGoroutineDump(GO_MADE);
    assert.deepEqual(stacks(a.dump), stacks(expected.dump));
    assert.equal(a.groups[0].suspect, expected.groups[0].suspect);
    assert.deepEqual(a.dump.warnings, []);
    assertBytesReadAsText(moved);
  });

  it('cut inside a frame\'s arguments: the frames before it, the cut call last', () => {
    const moved = moveLineBreaks(GO_MADE);
    const cut = moved.slice(0, moved.indexOf('{0xc', moved.indexOf('(*Decoder).Translate(')));
    const a = analyzeGoroutineDump(cut);
    assert.equal(a.dump.truncated, true);
    assert.deepEqual(stacks(a.dump), [{
      id: 20, cut: true, createdBy: null, frames: [
        'example.com/deckhand/codec.(*Decoder).lookup /tmp/deckhand/codec/codec.go:16', 'bytes.Map /usr/lib/go-1.19/src/bytes/bytes.go:572',
        'example.com/deckhand/codec.(*Decoder).Translate :0',
      ],
    }]);
  });

  // GOPATH names whose first letters are hex digits, told by the line's own path; cut in a location's path.
  const GOPATH = [
    'fatal error: concurrent map writes',
    'goroutine 31 [running]:runtime.throw({0x9c2f41, 0x15}) /usr/local/go/src/runtime/panic.go:1198',
    '0x49runtime.mapassign_faststr(0x8a1b60, 0xc0001a2390, {0xc0003b6f00, 0x7}) /usr/local/go/src/runtime/map_faststr.go:211',
    '0x3c5dataplane/sync.(*Loop).record(...) /go/src/dataplane/sync/loop.go:88deadline/timer.(*Wheel).fire(0xc000118000) /go/src/deadline/timer/wheel.go:140',
    '0x1fdataplane/sync.(*Loop).run(0xc0000d6000) /go/src/dataplane/sy',
  ].join('\n');

  it('a hand-made GOPATH dump: `0x3c5dataplane/…`, `…loop.go:88deadline/…` split where the paths name the packages', () => {
    const a = analyzeGoroutineDump(GOPATH);
    assert.deepEqual(stacks(a.dump), [{
      id: 31, cut: true, createdBy: null, frames: [
        'runtime.throw /usr/local/go/src/runtime/panic.go:1198', 'runtime.mapassign_faststr /usr/local/go/src/runtime/map_faststr.go:211',
        'dataplane/sync.(*Loop).record /go/src/dataplane/sync/loop.go:88', 'deadline/timer.(*Wheel).fire /go/src/deadline/timer/wheel.go:140',
        'dataplane/sync.(*Loop).run :0',
      ],
    }]);
    assert.match(a.groups[0].suspect ?? '', /in sync\.\(\*Loop\)\.record \(loop\.go:88\)/);
    assertBytesReadAsText(GOPATH);
  });
});

describe('goroutines: a recovered panic of Go ≤ 1.1, whose stack hides its `runtime.panic` call', () => {
  const blame = (text: string) => analyzeGoroutineDump(text).groups[0].suspect;

  it('etcd-io/etcd#358: blamed under net/http\'s recovering `func·007`, on the user frame that called the faulting `sync/atomic.AddUint64`', () => {
    assert.match(blame(pasted('etcd_358_go12_panic_serving_386_four_space_func_dot.txt')) ?? '', /\) in store\.\(\*watcherHub\)\.watch \(watcher_hub\.go:71\)$/);
  });

  // Go 1.1's net/http behind the log's time, tab-indented, whole; the fault in the user's own method.
  const GO11 = [
    '2013/11/20 14:02:11 http: panic serving 10.4.0.17:52134: runtime error: index out of range',
    'goroutine 7 [running]:',
    'net/http.func·006()',
    '\t/usr/local/go/src/pkg/net/http/server.go:1022 +0x89',
    'main.(*Cache).Get(0xc2000a0000, 0xc200099c30, 0x3, 0x0, 0x0)',
    '\t/home/ops/cachesrv/cache.go:41 +0x1f2',
    'main.handleGet(0xc200093a00, 0xc20009c000, 0xc2000aa1a0)',
    '\t/home/ops/cachesrv/main.go:27 +0x9c',
    'net/http.HandlerFunc.ServeHTTP(0x4ecf58, 0xc200093a00, 0xc20009c000, 0xc2000aa1a0)',
    '\t/usr/local/go/src/pkg/net/http/server.go:1149 +0x3e',
    'net/http.(*conn).serve(0xc20009c000)',
    '\t/usr/local/go/src/pkg/net/http/server.go:1039 +0x4e9',
    'created by net/http.(*Server).Serve',
    '\t/usr/local/go/src/pkg/net/http/server.go:1566 +0x237',
  ];

  it('a hand-made Go 1.1 dump: the user frame right under the handler is blamed', () => {
    assert.equal(blame(GO11.join('\n')), '1 goroutine panicked (recovered: http: panic serving 10.4.0.17:52134: runtime error: index out of range) in main.(*Cache).Get (cache.go:41), created by http.(*Server).Serve');
  });

  it('Go 1.2–1.4 print the `runtime.panic` call: blamed under it, and a paste cut right under it blames no frame', () => {
    const go13 = [...GO11.slice(0, 4), 'runtime.panic(0x5b6c40, 0xc2000b8e40)', '\t/usr/local/go/src/pkg/runtime/panic.c:248 +0x106', ...GO11.slice(4)];
    assert.match(blame(go13.join('\n')) ?? '', /\) in main\.\(\*Cache\)\.Get \(cache\.go:41\), created by/);
    assert.match(blame(go13.slice(0, 6).join('\n')) ?? '', /\), cut before the frame that panicked$/);
  });

  it('only the handler\'s stack: a panic that was not recovered, or a stack whose top is no closure, blames as before', () => {
    const crashed = ['panic: runtime error: index out of range', '', ...GO11.slice(1)].join('\n');
    assert.match(blame(crashed) ?? '', /^1 goroutine crashed \(panic: runtime error: index out of range\) in main\.\(\*Cache\)\.Get/);
    const named = [GO11[0], GO11[1], 'main.logPanic()', '\t/home/ops/cachesrv/log.go:12 +0x5a', ...GO11.slice(4)].join('\n');
    assert.doesNotMatch(blame(named) ?? '', /in main\.\(\*Cache\)\.Get/);
  });
});

describe('goroutines: a log prefix of a compact time (`220308.175025 `), typed again by hand', () => {
  it('golang/go#51552: the crash line behind its mistyped `520308.175025 ` read, blamed by its runtime stack', () => {
    const text = pasted('golang_51552_retyped_log_prefix_bad_pointer_runtime_stack_cut.txt');
    const a = analyzeGoroutineDump(text);
    assert.equal(a.dump.crash?.message, 'fatal error: found bad pointer in Go heap ( incorrect use of unsafe or cgo?)');
    assert.deepEqual(a.dump.headlessStacks, []);
    assert.equal(a.stackSuspect?.sentence, 'the process crashed (fatal error: found bad pointer in Go heap ( incorrect use of unsafe or cgo?)) in runtime.badpointer (mbitmap.go:351), as its runtime stack shows');
    assertBytesReadAsText(text);
  });

  // ISO 8601's basic form, a panic with its goroutine, cut in the creator's path.
  const BASIC = [
    'ingestd crashed overnight, from the unit\'s log:',
    '20231114T093011Z panic: runtime error: slice bounds out of range [:12] with capacity 8',
    '20231114T093011Z ',
    '20231114T093011Z goroutine 41 [running]:',
    '20231114T093011Z github.com/acme/ingest/wire.(*Frame).Payload(...)',
    '20231114T093011Z \t/build/ingest/wire/frame.go:57',
    '20231114T093011Z github.com/acme/ingest/wire.Decode({0xc00012a000, 0x8, 0x8})',
    '20231114T093011Z \t/build/ingest/wire/decode.go:23 +0x1d4',
    '20231114T093012Z main.(*server).handle(0xc0000b4000, {0x7f1c2a, 0xc000210000})',
    '20231114T093012Z \t/build/ingest/cmd/ingestd/server.go:88 +0x96',
    '20231114T093012Z created by main.(*server).serve in goroutine 1',
    '20231114T093012Z \t/build/ingest/cmd/ingestd/ser',
  ].join('\n');

  it('a hand-made log of `20231114T093011Z ` times: the crash, its goroutine cut in the creator\'s path, blamed', () => {
    const a = analyzeGoroutineDump(BASIC);
    assert.equal(a.dump.crash?.message, 'panic: runtime error: slice bounds out of range [:12] with capacity 8');
    assert.equal(a.dump.truncated, true);
    assert.deepEqual(stacks(a.dump).map(g => [g.id, g.frames.map(f => f.split(' ')[0]), g.createdBy]), [
      [41, ['github.com/acme/ingest/wire.(*Frame).Payload', 'github.com/acme/ingest/wire.Decode', 'main.(*server).handle'], 'main.(*server).serve'],
    ]);
    assert.match(a.groups[0].suspect ?? '', /^1 goroutine crashed \(panic: runtime error: slice bounds out of range \[:12\] with capacity 8\) in wire\.\(\*Frame\)\.Payload \(frame\.go:57\)/);
    assertBytesReadAsText(BASIC);
  });
});

describe('goroutines: a blank line of a CRI log, its record\'s last space trimmed', () => {
  const skippedText = (text: string) => analyzeGoroutineDump(text).dump.warnings.map(w => w.message).filter(m => /skipped/.test(m));

  it('cilium/cilium#33468: `… stderr F` between the crash line and the header is the log\'s blank line, not skipped text', () => {
    const text = pasted('cilium_33468_cri_stderr_ragged_indent_arm64_cut.txt');
    assert.deepEqual(skippedText(text), ['lines 1–30: skipped 17 lines that are not part of a goroutine dump, starting "cilium/cilium · issue #33468 · closed · Go"']);
    assertBytesReadAsText(text);
  });

  it('a hand-made CRI log: the blank record right above the first header, no crash line over it, its time another', () => {
    const text = [
      'Logs from the agent before it restarted:',
      '2025-01-07T11:02:45.118440Z stdout F',
      '2025-01-07T11:02:45.1193Z stdout F goroutine 1 [chan receive, 12 minutes]:',
      '2025-01-07T11:02:45.1193Z stdout F main.main()',
      '2025-01-07T11:02:45.1193Z stdout F \t/app/cmd/agent/main.go:88 +0x2b4',
      '2025-01-07T11:02:45.1194Z stdout F',
      '2025-01-07T11:02:45.1194Z stdout F goroutine 9 [IO wait]:',
      '2025-01-07T11:02:45.1194Z stdout F internal/poll.runtime_pollWait(0x7f3a2c1e8f08, 0x72)',
      '2025-01-07T11:02:45.1194Z stdout F \t/usr/local/go/src/runtime/netpoll.go:345 +0x85',
    ].join('\n');
    assert.deepEqual(skippedText(text), ['line 1: skipped 1 line that is not part of a goroutine dump, starting "Logs from the agent before it restarted:"']);
    assert.deepEqual(stacks(analyzeGoroutineDump(text).dump).map(g => [g.id, g.frames.length]), [[1, 1], [9, 1]]);
    assertBytesReadAsText(text);
  });
});

describe('goroutines: log records newest first, each holding one line of the dump in a field', () => {
  it('pingcap/tidb#54335: `log="…\\n"` records read in reverse, a stack without its header (the paste cut the crash and the header)', () => {
    const text = pasted('tidb_54335_log_field_escaped_lines_newest_first_inline_backtick_cut.txt');
    const a = analyzeGoroutineDump(text);
    assert.equal(a.dump.warnings[0].message, 'lines were newest first; read in reverse (line numbers count from the last line)');
    assert.deepEqual(headless(a.dump), [{
      frames: [
        'github.com/pingcap/tidb/pkg/server.killQuery /home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/pkg/server/server.go:950',
        'github.com/pingcap/tidb/pkg/server.(*Server).Kill /home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/pkg/server/server.go:918',
        'github.com/pingcap/tidb/pkg/util/expensivequery.(*Handle).Run /home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/pkg/util/expensivequery/expensivequery.go:98',
      ],
      createdBy: 'main.createServer',
    }]);
    assert.doesNotThrow(() => readGoroutines(text));
    assertBytesReadAsText(text);
  });

  // Loki's RFC 3339 column and `msg=`, other names, the newest record the creator's `file:line`.
  const FORWARD = [
    'goroutine 212 [running]:',
    'github.com/acme/relay/queue.(*Ring).pop(...)',
    '\t/src/relay/queue/ring.go:71',
    'github.com/acme/relay/queue.(*Consumer).next(0xc000418000)',
    '\t/src/relay/queue/consumer.go:133 +0x6a',
    'github.com/acme/relay/queue.(*Consumer).loop(0xc000418000)',
    '\t/src/relay/queue/consumer.go:98 +0x3f',
    'created by github.com/acme/relay/queue.Start in goroutine 1',
    '\t/src/relay/queue/start.go:22 +0x1c5',
  ].slice(1).map((line, i) => `2025-02-11T08:14:03.${String(118 + i).padStart(3, '0')}Z\tmsg="${line.replace(/\t/g, '\\t')}\\n"`);

  it('a hand-made Loki copy, `msg="…\\n"` records newest first: read in reverse as the same stack read forward', () => {
    const reversed = ['Explore, last 5 minutes:', ...[...FORWARD].reverse()].join('\n');
    const forward = ['Explore, oldest first:', ...FORWARD].join('\n');
    const expected = [{
      frames: ['github.com/acme/relay/queue.(*Ring).pop /src/relay/queue/ring.go:71', 'github.com/acme/relay/queue.(*Consumer).next /src/relay/queue/consumer.go:133',
        'github.com/acme/relay/queue.(*Consumer).loop /src/relay/queue/consumer.go:98'],
      createdBy: 'github.com/acme/relay/queue.Start',
    }];
    assert.deepEqual(headless(analyzeGoroutineDump(forward).dump), expected);
    const a = analyzeGoroutineDump(reversed);
    assert.deepEqual(headless(a.dump), expected);
    assert.equal(a.dump.warnings[0].message, 'lines were newest first; read in reverse (line numbers count from the last line)');
    assertBytesReadAsText(reversed);
    assertBytesReadAsText(forward);
  });

  it('a record holding a call that no `file:line` record follows is skipped text, said so', () => {
    const text = ['2025-02-11T08:14:03.118Z\tmsg="main.retry(0x3)\\n"', '2025-02-11T08:14:03.119Z\tmsg="giving up\\n"'].join('\n');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(headless(a.dump), []);
    assert.match(a.dump.warnings.map(w => w.message).join('\n'), /skipped 2 lines/);
  });
});

describe('goroutines: a quoted excerpt that starts at a `file:line` whose `sp=0x…` the copy glued to the next call', () => {
  // Verbatim from https://github.com/prometheus/prometheus/issues/3454 (a reply quoting the report), its first four lines.
  const PROMETHEUS_3454 = [
    '>         /usr/local/go/src/runtime/hashmap.go:504 +0x84 fp=0xc4263b7398 sp=0xc4263b72f8github.com/prometheus/prometheus/vendor/github.com/prometheus/tsdb.(*indexWriter).AddSeries(0xc42e38d440, 0xc400004042, 0xc420fc1560, 0x9, 0x9, 0xc431bf82c8, 0x1, 0x1, 0x0, 0x0)',
    '>         /go/src/github.com/prometheus/prometheus/vendor/github.com/prometheus/tsdb/index.go:262 +0xf7 fp=0xc4263b7438 sp=0xc4263b7398github.com/prometheus/prometheus/vendor/github.com/prometheus/tsdb.populateBlock(0xc4277062a0, 0x1, 0x1, 0x2851980, 0xc42e38d440, 0x2841f40, 0xc4244e9220, 0x429ea6, 0x0, 0x0)',
    '>         /go/src/github.com/prometheus/prometheus/vendor/github.com/prometheus/tsdb/compact.go:373 +0x889 fp=0xc4263b7940 sp=0xc4263b7438github.com/prometheus/prometheus/vendor/github.com/prometheus/tsdb.(*compactor).write(0xc420295740, 0xd47dee34949f5f01, 0xbb5d52489a573fbb, 0xc4277062a0, 0x1, 0x1, 0x0, 0x0)',
    '>         /go/src/github.com/prometheus/prometheus/vendor/github.com/prometheus/tsdb/compact.go:267 +0x5a2 fp=0xc4263b7b98 sp=0xc4263b7940github.com/prometheus/prometheus/vendor/github.com/prometheus/tsdb.(*compactor).Write(0xc420295740, 0x2858460, 0xc422004000, 0x0, 0x1)',
  ].join('\n');
  const unquoted = (text: string) => text.replace(/^>+ ?/gm, '');

  it('prometheus/prometheus#3454: read behind its quote as without it, a stack without its header', () => {
    const a = analyzeGoroutineDump(PROMETHEUS_3454);
    const tsdb = 'github.com/prometheus/prometheus/vendor/github.com/prometheus/tsdb';
    assert.deepEqual(headless(a.dump).map(h => h.frames.map(f => f.split(' ')[0])), [['?', `${tsdb}.(*indexWriter).AddSeries`, `${tsdb}.populateBlock`, `${tsdb}.(*compactor).write`, `${tsdb}.(*compactor).Write`]]);
    assert.deepEqual(headless(a.dump), headless(analyzeGoroutineDump(unquoted(PROMETHEUS_3454)).dump));
    assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header, at tsdb.(*indexWriter).AddSeries (index.go:262)');
    assertBytesReadAsText(PROMETHEUS_3454);
  });

  // A mail reply quoted twice (`> > ` before the tab), Go 1.11's `pc=0x…` the call is glued to; cut in the last location's path.
  const NESTED = [
    'On Tue, Mar 3, 2020 at 9:14 AM Dana wrote:',
    '> > \t/usr/lib/go/src/runtime/map.go:587 +0x5c fp=0xc000a1be58 sp=0xc000a1be20 pc=0x40f358main.(*lruCache).evict(0xc0000b6000, 0x10)',
    '> > \t/srv/cachesvc/lru.go:142 +0x1a5 fp=0xc000a1bf00 sp=0xc000a1be58 pc=0x6a2b31main.(*lruCache).Put(0xc0000b6000, {0xc000124000, 0x9}, {0x7b3a20, 0xc0001a2000})',
    '> > \t/srv/cachesvc/lru.go:88 +0x2f4 fp=0xc000a1bf80 sp=0xc000a1bf00 pc=0x6a1f94main.(*server).handleSet(0xc0000a4000, 0xc0002b4000)',
    '> > \t/srv/cachesvc/serv',
  ].join('\n');

  it('a hand-made `> > ` quote before tabs and `pc=0x…`: the same stack as without the quote, cut in the last path', () => {
    const a = analyzeGoroutineDump(NESTED);
    assert.deepEqual(headless(a.dump).map(h => h.frames.map(f => f.split(' ')[0])), [['?', 'main.(*lruCache).evict', 'main.(*lruCache).Put', 'main.(*server).handleSet']]);
    assert.deepEqual(headless(a.dump), headless(analyzeGoroutineDump(unquoted(NESTED)).dump));
    assert.equal(a.dump.truncated, true);
    assertBytesReadAsText(NESTED);
  });
});
