// A stack whose call lines a filter dropped, pasted with each location twice, indented then flush
// left (goconvey's Go 1.2 report, smartystreets/goconvey#220): the flush-left copy right under a
// nameless frame's location, the same path and line, is no frame and does not end the stack; the
// nameless frames go on under it. A copy that differs, or one not right under its original, ends the
// stack as before. The real paste cut at every byte, and hand-made variants (tabs, CRLF), on both paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const PASTE = readFileSync('test/fixtures/goroutines/pasted/goconvey_220_go12_locations_doubled_without_calls_whole.txt', 'utf8');
const LOCATIONS = ['/usr/local/go/src/pkg/runtime/panic.c:266 +0xb6', '/src/convey/runner.go:57 +0xcc', '/src/convey/doc.go:111 +0xf9', '/src/app/app_test.go:26 +0x2ff'];
const places = (d: ReturnType<typeof readAlike>) => [...d.goroutines].map(g => g.frames.map(f => `${f.func} ${f.file.split('/').pop()}:${f.line}`));

function doubled(indent: string, lineEnd: string, locations = LOCATIONS): string {
  return ['panic: ___FAILURE_HALT___', '', 'goroutine 4 [running]:', ...locations.flatMap(l => [indent + l, l]), ''].join(lineEnd);
}

describe('goroutines: a stack of locations each printed twice', () => {
  it('the real paste (goconvey#220): five nameless frames, each location once', () => {
    const d = readAlike(PASTE);
    assert.deepEqual(places(d), [['? panic.c:266', '? runner.go:57', '? doc.go:111', '? goroutine_test.go:26', '? goroutine_test.go:28']]);
    assert.equal(d.crash?.message, 'panic: ___FAILURE_HALT___');
  });

  it('the real paste cut at every byte: both paths alike', function () {
    this.timeout(300_000);
    for (let at = 1; at <= PASTE.length; at++) readAlike(PASTE.slice(0, at));
  });

  for (const [indent, lineEnd] of [['    ', '\n'], ['\t', '\n'], ['    ', '\r\n'], ['\t', '\r\n']]) {
    it(`indented by ${JSON.stringify(indent)}, ${JSON.stringify(lineEnd)}: a frame per location`, () => {
      const d = readAlike(doubled(indent, lineEnd));
      assert.deepEqual(places(d), [['? panic.c:266', '? runner.go:57', '? doc.go:111', '? app_test.go:26']]);
    });
  }

  it('a flush-left line that is not the location above ends the stack, as before', () => {
    const text = ['panic: x', '', 'goroutine 4 [running]:', `    ${LOCATIONS[0]}`, LOCATIONS[1], `    ${LOCATIONS[2]}`, ''].join('\n');
    assert.deepEqual(places(readAlike(text)), [['? panic.c:266']]);
  });
});
