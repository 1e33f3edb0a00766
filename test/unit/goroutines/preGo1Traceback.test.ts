// Go's tracebacks before Go 1 (2011; preGo1Traceback.ts): each frame's `func+0xNN file:line` over its
// indented call, `----- goroutine created by -----` over the creator, statuses as numbers, the
// crashed goroutine without a header. Three real pastes read as Go 1 prints the same, on both paths,
// in chunks of any size, with CRLF, and cut at every byte; a Go 1 dump is untouched.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GoroutineInputStream } from '../../../src/core/input';
import { holdsPreGo1Traceback } from '../../../src/core/goroutines/preGo1Traceback';
import { plainJson, readAlike } from './readAlike';

const fixture = (name: string): string => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const THREE = fixture('pasted/ubuntuforums_base64_go_r59_name_offset_location_above_call_three_goroutines_whole.txt');
const GOIRC = fixture('pasted/goirc_6_go_r59_name_offset_location_above_call_created_by_banner.txt');
const BOOK = fixture('pre_go1_the_way_to_go_panic_headerless.txt');

const frames = (g: { frames: readonly { func: string; file: string; line: number }[] }) => g.frames.map(f => `${f.func} ${f.file}:${f.line}`);

describe('goroutines: tracebacks from before Go 1', () => {
  it('three goroutines: each frame at its own `file:line`, creators, statuses named, the crash blamed on main.printout', () => {
    const d = readAlike(THREE);
    assert.equal(d.truncated, false);
    assert.equal(d.crash?.message, 'panic: runtime error: index out of range');
    const [crashed, second, first] = [...d.goroutines];
    assert.deepEqual([crashed.id, second.id, first.id], [0, 2, 1]);
    assert.deepEqual([crashed.state, second.state, first.state], ['running', 'runnable', 'runnable']);
    assert.deepEqual(frames(crashed), [
      'runtime.panic /home/ziekfiguur/go/src/pkg/runtime/proc.c:1060', 'runtime.panicstring /home/ziekfiguur/go/src/pkg/runtime/runtime.c:116',
      'runtime.panicindex /home/ziekfiguur/go/src/pkg/runtime/runtime.c:73', 'main.printout /tmp/base64.go:57', 'runtime.goexit /home/ziekfiguur/go/src/pkg/runtime/proc.c:178',
    ]);
    assert.deepEqual([crashed, second, first].map(g => g.createdBy && `${g.createdBy.func} ${g.createdBy.file}:${g.createdBy.line}`),
      ['main.main /tmp/base64.go:79', 'main.main /tmp/base64.go:78', '_rt0_amd64 /home/ziekfiguur/go/src/pkg/runtime/amd64/asm.s:64']);
    assert.equal(frames(first)[3], 'main.main /tmp/base64.go:89');
  });

  it('goirc_6: 4-space indents, `github%2ecom/…` names, the creator\'s line with the closing fence glued to it', () => {
    const d = readAlike(GOIRC);
    assert.equal(d.truncated, false);
    const [g] = [...d.goroutines];
    assert.equal(frames(g)[4], 'github%2ecom/fluffle/goirc/client.*Conn·Raw /home/raylu/rbot/client/commands.go:14');
    assert.equal(`${g.createdBy?.func} ${g.createdBy?.file}:${g.createdBy?.line}`, 'github%2ecom/fluffle/goirc/client.*Conn·dispatchEvent /home/raylu/rbot/client/handlers.go:66');
  });

  it('the book\'s panic: a path with spaces, `panic PC=` and the IDE\'s lines around it', () => {
    const d = readAlike(BOOK);
    assert.equal(d.crash?.message, 'panic: A severe error occurred: stopping the program!');
    assert.deepEqual([...d.goroutines].map(frames), [[
      'runtime.panic /go/src/pkg/runtime/proc.c:1032', 'main.main E:/Go/GoBoek/code examples/chapter 13/panic.go:8',
      'runtime.mainstart 386/asm.s:84', 'runtime.goexit /go/src/pkg/runtime/proc.c:148',
    ]]);
    assert.equal(d.truncated, false);
  });

  it('in chunks of every size from 1 to 40 bytes, and with CRLF: the same reading', () => {
    const whole = JSON.stringify(plainJson(readAlike(THREE)));
    const bytes = new TextEncoder().encode(THREE);
    for (let size = 1; size <= 40; size++) {
      const stream = new GoroutineInputStream();
      for (let at = 0; at < bytes.length; at += size) stream.push(bytes.subarray(at, at + size));
      const d = stream.finish().dump;
      assert.equal(JSON.stringify(plainJson(d)), whole, `chunks of ${size}`);
    }
    const crlf = readAlike(THREE.replace(/\n/g, '\r\n'));
    assert.deepEqual([...crlf.goroutines].map(frames), [...readAlike(THREE).goroutines].map(frames));
  });

  it('cut at every byte: both paths alike; cut under a frame line, before its call, the frames above kept', () => {
    for (let at = 1; at < THREE.length; at++) readAlike(THREE.slice(0, at));
    const cut = readAlike(THREE.slice(0, THREE.indexOf('\tmain.printout(')));
    assert.deepEqual(frames([...cut.goroutines][0]).slice(0, 3), frames([...readAlike(THREE).goroutines][0]).slice(0, 3));
  });

  it('told only from a frame line over its own call: a Go 1 dump, and a line of that shape over other text, are not', () => {
    const go1 = fixture('demo_debug2.txt');
    assert.equal(holdsPreGo1Traceback(new TextEncoder().encode(go1)), false);
    assert.equal(holdsPreGo1Traceback(new TextEncoder().encode('main.f+0x1 /a.go:3\nsomething else\n')), false);
    assert.equal(holdsPreGo1Traceback(new TextEncoder().encode(THREE)), true);
  });
});
