// A text that stops inside (or right after) a last frame's line number, where Go prints an offset
// after it (`main.go:1` of `main.go:12 +0x1d`): the goroutine and the dump are cut, and that frame's
// line may be short: where the goroutines above printed that function in that file at one line that
// starts with the digits kept (a shared creator, `runtime.goexit`), it takes that line; else it keeps
// the digits as read and the truncation warning says they may be cut short. The frames above keep theirs. A Go-made dump cut after every digit of every
// location, LF and CRLF, bare, behind kubectl's prefix and double-spaced, on both scanner paths. A
// text cut in the mark after the number (`main.go:12 +`) keeps the whole number and the file: the
// frame was kept without a location before.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { readAlike } from './readAlike';

const DUMP = readFileSync('test/fixtures/goroutines/demo_deadlock.txt', 'utf8').split('\n').slice(0, 40).join('\n');
const PANIC = readFileSync('test/fixtures/goroutines/demo_panic.txt', 'utf8');

const LAYOUTS: Record<string, (text: string) => string> = {
  LF: text => text,
  CRLF: text => text.replace(/\n/g, '\r\n'),
  kubectl: text => text.split('\n').map(line => `[pod/app-7d9c/app] ${line}`).join('\n'),
  'double-spaced': text => text.replace(/\n/g, '\n\n'),
};

/** Each location's number in `text`: where its digits start and end. */
function numbers(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\.go:(\d+) \+0x/g)].map(m => ({ start: m.index! + 4, end: m.index! + 4 + m[1].length }));
}

describe('goroutines: a text cut inside a last frame\'s line number', () => {
  for (const [layout, lay] of Object.entries(LAYOUTS)) {
    it(`${layout}: every location of a Go-made dump cut after each digit: cut, that frame's digits kept or completed, the lines above kept`, () => {
      const text = lay(DUMP);
      const whole = readAlike(text);
      const seen = new Set<string>();
      for (const number of numbers(text)) {
        for (let at = number.start + 1; at <= number.end; at++) {
          const d = readAlike(text.slice(0, at));
          const where = JSON.stringify(text.slice(at - 30, at));
          assert.equal(d.truncated, true, where);
          const last = d.goroutines.get(d.goroutines.length - 1);
          assert.equal(last.cut, true, where);
          const wholeLast = whole.goroutines.get(d.goroutines.length - 1);
          // The cut frame is the creator when the number was the creator's (Go prints `created by` last).
          const creatorCut = last.createdBy !== null;
          const frames = last.frames.map(f => `${f.func} ${f.file}:${f.line}`);
          const expected = wholeLast.frames.slice(0, last.frames.length).map(f => `${f.func} ${f.file}:${f.line}`);
          const cutFrame = creatorCut ? last.createdBy! : last.frames[last.frames.length - 1];
          // The number kept: the one line the goroutines above printed for that function and file starting with the digits kept, else the digits.
          const above = [...d.goroutines].slice(0, -1).flatMap(g => [...g.frames, ...(g.createdBy ? [g.createdBy] : [])]);
          const lines = new Set(above.filter(f => f.func === cutFrame.func && f.file === cutFrame.file && String(f.line).startsWith(text.slice(number.start, at))).map(f => f.line));
          const digits = Number(text.slice(number.start, at));
          const line = lines.size === 1 ? [...lines][0] : digits;
          if (!creatorCut) expected[expected.length - 1] = expected[expected.length - 1].replace(/:\d+$/, `:${line}`);
          assert.deepEqual(frames, expected, where);
          if (creatorCut) assert.deepEqual(last.createdBy, { ...wholeLast.createdBy!, line }, where);
          const warned = new RegExp(`the text stops in or right after the last \`file:line\`'s number, so its line ${digits} may be cut short\\)`).test(d.warnings.map(w => w.message).join('\n'));
          assert.equal(warned, lines.size !== 1, where);
          seen.add(lines.size !== 1 ? 'kept as read' : 'taken from above');
        }
      }
      // Both met: numbers no goroutine above printed, and those of a creator and a callee the goroutines above share.
      assert.deepEqual([...seen].sort(), ['kept as read', 'taken from above']);
    });
  }

  it('a whole number under a cut offset (`:12 +0x`) is kept; a number followed by its offset is whole', () => {
    const base = 'goroutine 7 [select]:\nmain.f()\n\t/app/f.go:18 +0x1d\nmain.g()\n\t/app/f.go:23';
    assert.equal(readAlike(`${base} +0x`).goroutines.get(0).frames[1].line, 23);
    const whole = readAlike(`${base} +0x1d\ncreated by main.main\n\t/app/main.go:5 +0x2a\n`);
    assert.deepEqual([whole.truncated, whole.goroutines.get(0).cut, whole.goroutines.get(0).frames[1].line], [false, false, 23]);
  });

  for (const [layout, lay] of Object.entries(LAYOUTS)) {
    it(`${layout}: every location cut in the mark after its number (\` +\`, \` +0\`): the number whole, kept with its file`, () => {
      const text = lay(DUMP);
      const whole = readAlike(text);
      for (const number of numbers(text)) {
        for (const keep of [2, 3]) {
          const d = readAlike(text.slice(0, number.end + keep));
          const where = JSON.stringify(text.slice(number.end + keep - 30, number.end + keep));
          const last = d.goroutines.get(d.goroutines.length - 1);
          const wholeLast = whole.goroutines.get(d.goroutines.length - 1);
          assert.equal(last.cut, true, where);
          const cutFrame = last.createdBy ?? last.frames[last.frames.length - 1];
          const wholeFrame = last.createdBy !== null ? wholeLast.createdBy! : wholeLast.frames[last.frames.length - 1];
          assert.deepEqual(cutFrame, wholeFrame, where);
        }
      }
    });
  }

  it('an inlined frame\'s location, which Go prints without an offset, keeps its number', () => {
    const d = readAlike('goroutine 7 [select]:\nmain.f(...)\n\t/app/f.go:12');
    assert.equal(d.goroutines.get(0).frames[0].line, 12);
  });

  it('a crash cut inside main.main\'s number: the crash and its goroutine first, at main.go, the digits kept', () => {
    const at = PANIC.indexOf('main.go:265') + 'main.go:26'.length;
    const text = PANIC.slice(0, at);
    readAlike(text);
    const a = analyzeGoroutineDump(text);
    assert.equal(a.dump.crash?.message, 'panic: dispatcher: 12 items left and no worker to take them');
    assert.equal(a.dump.truncated, true);
    const crashed = a.dump.goroutines.get(a.dump.crashedGoroutine);
    assert.deepEqual(crashed.frames.map(f => `${f.func}:${f.line}`), ['main.dispatch:223', 'main.main:26']);
    assert.ok(a.groups[0].crashed, 'the crashed goroutine first');
  });
});
