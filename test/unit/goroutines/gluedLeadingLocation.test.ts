// A paste that starts inside a stack may keep the `file:line` of a frame whose call it lost; a log
// view that glued each `file:line` to the next line (`main.go:47 +0x52main.f(0x1)`) keeps that
// location glued to the next call, whole or cut. The text path reads its pieces (gluedCall.ts); the
// byte path's junk gate took such a first line for junk and lost the frame. Both read it alike now:
// the Go-made log view copy (logviews/newest_first_glued_calls.txt, newest first, whose end is the
// dump's start) cut at every 37th byte and at every line end, and the natural-order line alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const COPY = readFileSync('test/fixtures/goroutines/logviews/newest_first_glued_calls.txt');

describe('goroutines: a stack\'s first `file:line` glued to the next call', () => {
  it('at the text\'s start: the frame of that location, then the glued call, on both paths', () => {
    const d = readAlike('\t/x/main.go:47 +0x52main.f(0x1)\n\t/x/main.go:50 +0x1\ncreated by main.g\n\t/x/main.go:45 +0x34\n');
    assert.deepEqual(d.headlessStacks.map(s => [s.lines.start, s.frames.map(f => `${f.func} ${f.line}`)]), [[1, ['? 47', 'main.f 50']]]);
    // The glued call cut in its name: the location's frame is kept all the same.
    const cut = readAlike('\t/x/main.go:47 +0x52main.\ncreated by main.g\n\t/x/main.go:45 +0x34\n');
    assert.deepEqual(cut.headlessStacks.map(s => [s.lines.start, s.frames.map(f => `${f.func} ${f.line}`)]), [[1, ['? 47']]]);
  });

  it('the newest-first copy cut anywhere reads alike on both paths', () => {
    const ends = [...COPY.keys()].filter(i => COPY[i] === 0x0a);
    for (let at = 1; at <= COPY.length; at += 37) readAlike(COPY.subarray(0, at).toString('utf8'));
    for (const end of ends) readAlike(COPY.subarray(0, end).toString('utf8'));
  });
});
