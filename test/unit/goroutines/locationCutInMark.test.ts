// A text cut inside what follows a last frame's line number (`cgocall.go:157 +`, `main.go:12 +0`,
// `main.go:12 f` of ` fp=`): the line number is whole, the offset cut, so the last frame, its
// goroutine and the dump are cut, on both scanner paths. A line skipped as junk before the stack
// counts for a pager's width as a line read does (a `file:line` as long as the longest line is
// taken for one a pager chopped): the real paste gobypassav_14 cut at each byte reads alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const fixture = (name: string): string => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const WHOLE = fixture('stack_buffer_fits_exactly.txt');
const PASTE = readFileSync('test/fixtures/goroutines/pasted/gobypassav_14_windows_illegal_instruction_headerless.txt');

describe('goroutines: a text cut in the mark after a frame\'s line number', () => {
  it('each `file:line +0x…` of a Go-made dump cut after its space, `+` or `+0`: truncated, the goroutines above whole', () => {
    const locations = [...WHOLE.matchAll(/:\d+ \+0x[0-9a-f]+/g)];
    assert.ok(locations.length >= 5);
    for (const m of locations) {
      const numberEnd = m.index! + m[0].indexOf(' ');
      const above = (WHOLE.slice(0, numberEnd).match(/^goroutine /gm) ?? []).length - 1;
      for (const keep of [2, 3]) {
        for (const before of ['', 'Seen on 问题 · CI · the run of 2026-12-07 that failed with the panic below\n', '```\n']) {
          const d = readAlike(before + WHOLE.slice(0, numberEnd + keep));
          const where = JSON.stringify((before + WHOLE.slice(0, numberEnd + keep)).slice(-30));
          assert.equal(d.truncated, true, where);
          const cuts = [...d.goroutines].map(g => g.cut);
          assert.deepEqual(cuts, [...new Array(above).fill(false), true], where);
        }
      }
    }
  });

  it('a stack printed without its header (an exception on Windows), cut at `+`: the crashed goroutine cut, behind junk or a fence', () => {
    const pc = 'PC=0x1d7dacd0006\n\n';
    // Roots whose `file:line` is no line's length before it (as long as the longest, it may be a pager's chop: pagerWidth.ts).
    for (const root of ['C:/Program Files/Go', 'C:/tools/go'])
    for (const stack of [pc, ''].map(lines => `Exception 0xc000001d 0x0 0x0 0x1d7dacd0006\n${lines}runtime.cgocall(0x83fe20, 0x92f1a0)\n        ${root}/src/runtime/cgocall.go:157 `))
    for (const before of ['', 'Title\n# a line of prose\n', '```\n']) {
      for (const tail of ['+', '+0', '+0x4a f', '+0x4a fp=0xc00008bc10 sp=0xc00008bbd8 pc=0x7e']) {
        const d = readAlike(before + stack + tail);
        assert.equal(d.truncated, true, JSON.stringify(before + tail));
        assert.deepEqual([...d.goroutines].map(g => g.cut), [true], JSON.stringify(before + tail));
      }
    }
  });

  it('the whole location, or one whose offset is printed whole, reads whole', () => {
    assert.equal(readAlike(WHOLE).truncated, false);
    assert.equal(readAlike(WHOLE.trimEnd()).truncated, false);
  });

  it('gobypassav_14 (junk lines longer than its `file:line` above the stack) cut at every byte of its first frames: both paths alike', () => {
    const start = PASTE.indexOf('runtime.cgocall');
    for (let at = start; at < start + 400; at++) readAlike(new TextDecoder().decode(PASTE.subarray(0, at)));
    const d = readAlike(new TextDecoder().decode(PASTE.subarray(0, PASTE.indexOf('+0x4a') + 1)));
    assert.equal(d.truncated, true);
    assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut]), [[0, true]]);
  });
});
