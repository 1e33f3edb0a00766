// Classes of pasted dumps once read wrong, each on its real paste (pasted/SOURCES.md) and on a
// hand-made text of the same class that differs from it (other names, other prefix, another place
// of the cut), read the same as text and as bytes in chunks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpScanner, type GoroutineDump } from '../../../src/core/goroutines';

const pasted = (name: string) => readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8');

/** Each goroutine's id, cut, frames (`func file:line`) and creator. */
function stacks(dump: GoroutineDump) {
  return [...dump.goroutines].map(g => ({
    id: g.id, cut: g.cut, frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`), createdBy: g.createdBy?.func ?? null,
  }));
}

/** The text read as bytes in chunks of several sizes reads as the string does. */
function assertBytesReadAsText(text: string): void {
  const expected = stacks(analyzeGoroutineDump(text).dump);
  const bytes = new TextEncoder().encode(text);
  for (const size of [7, 64, bytes.length]) {
    const scanner = new GoroutineDumpScanner();
    for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
    assert.deepEqual(stacks(scanner.finish()), expected, `chunks of ${size}`);
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
