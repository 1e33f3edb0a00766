// A paste that lost the line break after a frame's `file:line` glues the next call line to it
// (gluedCall.ts): the frames are read apart where the split is certain, and nowhere else.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const frames = (text: string) => [...analyzeGoroutineDump(text).dump.goroutines].map(g => g.frames.map(f => `${f.func}:${f.line}`));

describe('goroutines: call lines glued to the location above them', () => {
  it('a mail reply that lost every line break after `sp=0x…` reads frame by frame, cut in the last glued name', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/cockroach_10871_quoted_glued_call_lines.txt', 'utf8'));
    assert.deepEqual(frames(readFileSync('test/fixtures/goroutines/pasted/cockroach_10871_quoted_glued_call_lines.txt', 'utf8')), [[
      'runtime.throw:566', 'runtime.mapaccess1_fast32:21', 'github.com/cockroachdb/cockroach/pkg/roachpb.(*Transaction).MarshalTo:945',
      'github.com/cockroachdb/cockroach/pkg/roachpb.(*Error).MarshalTo:1337', 'github.com/cockroachdb/cockroach/pkg/roachpb.(*BatchResponse_Header).MarshalTo:4548',
      'github.com/cockroachdb/cockroach/pkg/roachpb.(*BatchResponse).…:0',
    ]]);
    assert.equal(a.dump.truncated, true);
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (fatal error: concurrent map read and map write) in roachpb.(*Transaction).MarshalTo (data.pb.go:945)');
  });

  it('after `sp=0x…` the split takes as many digits as `fp=0x…` holds, so a name that starts with hex letters stays whole', () => {
    const text = [
      'goroutine 9 [running]:', 'runtime.throw(0x18f9478, 0x21)',
      '\t/usr/local/go/src/runtime/panic.go:566 +0x95 fp=0xc66f9d7370 sp=0xc66f9d7350database/sql.(*DB).conn(0xc0000a2000, 0x1)',
      '\t/usr/local/go/src/database/sql/sql.go:710 +0x458 fp=0xc66f9d7398 sp=0xc66f9d7370', 'main.main()', '\t/app/main.go:5 +0x20 fp=0xc66f9d73f0 sp=0xc66f9d7398', '',
    ].join('\n');
    const expected = [['runtime.throw:566', 'database/sql.(*DB).conn:710', 'main.main:5']];
    assert.deepEqual(frames(text), expected);
    // Behind a prefix (the text path) the same.
    assert.deepEqual(frames(text.split('\n').map(l => `> ${l}`).join('\n')), expected);
  });

  it('after `pc=0x…`, an offset or a line number, only where a digit meets a letter no hex digit is', () => {
    const dump = (glued: string) => ['goroutine 9 [running]:', 'main.a(0x1)', glued, '\t/app/b.go:7 +0x1d', ''].join('\n');
    assert.deepEqual(frames(dump('\t/app/a.go:3 +0x2f fp=0xc000 sp=0xc001 pc=0x47c612github.com/x/y.b(0x2)')), [['main.a:3', 'github.com/x/y.b:7']]);
    assert.deepEqual(frames(dump('\t/app/a.go:3 +0x2f2github.com/x/y.b(0x2)')), [['main.a:3', 'github.com/x/y.b:7']]);
    assert.deepEqual(frames(dump('\t/app/a.go:3github.com/x/y.b(0x2)')), [['main.a:3', 'github.com/x/y.b:7']]);
    // `…c61a` + `database/…` or `…c61` + `adatabase/…`: not told, so no frame is made up.
    assert.deepEqual(frames(dump('\t/app/a.go:3 +0x2f fp=0xc000 sp=0xc001 pc=0x47c61adatabase/sql.b(0x2)')), [['main.a:3']]);
  });

  it('an excerpt that starts at a location with the next call glued to it is a stack without its header, that location its first frame', () => {
    const excerpt = [
      '\t/usr/local/go/src/runtime/hashmap.go:504 +0x84 fp=0xc4200a1e98 sp=0xc4200a1e10store.(*index).add(0xc42001c0c0, 0x9)',
      '\t/src/store/index.go:88 +0xf7 fp=0xc4200a1f40 sp=0xc4200a1e98store.(*writer).flush(0xc42001c000)',
      '\t/src/store/writer.go:140 +0x61 fp=0xc4200a1fd8 sp=0xc4200a1f40runtime.goexit()',
      '\t/usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc4200a1fe0 sp=0xc4200a1fd8',
      'created by store.(*writer).start', '\t/src/store/writer.go:51 +0x3d', '',
    ].join('\n');
    const a = analyzeGoroutineDump(excerpt);
    assert.deepEqual(a.dump.headlessStacks.map(h => [h.frames.map(f => `${f.func}:${f.line}`), h.createdBy?.func]), [
      [['?:504', 'store.(*index).add:88', 'store.(*writer).flush:140', 'runtime.goexit:2337'], 'store.(*writer).start'],
    ]);
    assert.deepEqual(a.dump.warnings, []);
    // A location line alone, with no call glued to it, stays a skipped line over prose.
    assert.deepEqual(analyzeGoroutineDump('\t/src/store/index.go:88 +0xf7 fp=0xc4200a1f40 sp=0xc4200a1e98\nThe index grew.\n').dump.headlessStacks, []);
  });

  it('a location line with its whole `fp= sp= pc=` suffix, or a path holding a name, is read as before', () => {
    const text = 'goroutine 9 [running]:\nmain.a(0x1)\n\t/app/a.go:3 +0x2f fp=0xc000a0 sp=0xc000b0 pc=0x47c612\nmain.main()\n\t/app/b.go:7 +0x1d\n';
    assert.deepEqual(frames(text), [['main.a:3', 'main.main:7']]);
  });
});
