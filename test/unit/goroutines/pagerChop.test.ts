// journalctl's pager (`less -S`) chops every line at the terminal's width and shows no
// continuation (pagerWidth.ts): a frame's `file:line` cut inside its path or its offset, a call
// inside its arguments. Real Go output behind journald's prefix is chopped here at several widths
// and must keep every goroutine and frame, what each chopped location still says marked cut, with
// no skipped line and no cut dump.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { parseHeaderCutInBracket } from '../../../src/core/goroutines/lineParsers';

const CUT_MARK = '…';
const read = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8').replace(/\nexit status \d+\n?$/, '\n').replace(/\n$/, '');

/** Each line behind journald's prefix, cut at the terminal's width. */
const chopped = (text: string, width: number) => text.split('\n').map(line => `Apr 27 11:52:32 host app[53342]: ${line}`.slice(0, width)).join('\n') + '\n';

/** What was kept is the whole text, or the start of it marked cut. */
function keptOf(kept: string, whole: string, what: string): void {
  if (kept === whole) return;
  assert.ok(kept.endsWith(CUT_MARK) && whole.startsWith(kept.slice(0, -CUT_MARK.length)), `${what}: ${kept} is not ${whole}, nor its start marked cut`);
}

describe('goroutines: lines a pager chopped at the terminal\'s width', () => {
  for (const name of ['go119_unlock.txt', 'demo_deadlock.txt', 'go119_waitgroup.txt']) {
    // Wide enough for every header (a header chopped in its bracket: below).
    for (const width of [110, 95, 80]) {
      it(`${name} chopped at ${width} columns: every goroutine and frame kept, chopped ones marked, no warning`, () => {
        const plain = analyzeGoroutineDump(read(name));
        const a = analyzeGoroutineDump(chopped(read(name), width));
        assert.deepEqual(a.dump.warnings, []);
        assert.equal(a.dump.truncated, false);
        assert.deepEqual([...a.dump.goroutines].map(g => g.id), [...plain.dump.goroutines].map(g => g.id));
        const wholeGoroutines = [...plain.dump.goroutines];
        [...a.dump.goroutines].forEach((g, i) => {
          const whole = wholeGoroutines[i];
          assert.equal(g.cut, false, `goroutine ${g.id}`);
          assert.equal(g.frames.length, whole.frames.length, `goroutine ${g.id}`);
          g.frames.forEach((f, k) => {
            keptOf(f.func, whole.frames[k].func, `goroutine ${g.id} frame ${k}`);
            if (f.file !== whole.frames[k].file) { keptOf(f.file, whole.frames[k].file, `goroutine ${g.id} frame ${k}`); assert.equal(f.line, 0); }
          });
        });
      });
    }
  }

  for (const name of ['go119_unlock.txt', 'go119_waitgroup.txt']) {
    // Narrow enough to chop `goroutine 22 [chan receive, locked to thread]:` and `goroutine 18 [chan receive (nil chan)]:` in their brackets.
    for (const width of [75, 70, 65]) {
      it(`${name} chopped at ${width} columns: a header chopped in its bracket keeps its goroutine, its state as far as it goes`, () => {
        const whole = [...analyzeGoroutineDump(read(name)).dump.goroutines];
        const text = chopped(read(name), width);
        for (const a of [analyzeGoroutineDump(text), analyzeGoroutineDump(new TextEncoder().encode(text))]) {
          assert.deepEqual(a.dump.warnings, []);
          const goroutines = [...a.dump.goroutines];
          assert.deepEqual(goroutines.map(g => [g.id, g.frames.length, g.cut]), whole.map(g => [g.id, g.frames.length, false]));
          goroutines.forEach((g, i) => keptOf(g.state, whole[i].state, `goroutine ${g.id}'s state`));
        }
      });
    }
  }

  it('a header cut right after a comma in its bracket keeps the parts before it whole', () => {
    assert.equal(parseHeaderCutInBracket('goroutine 22 [chan receive,')?.state, 'chan receive');
    assert.equal(parseHeaderCutInBracket('goroutine 22 [chan receive, locked to thre')?.state, 'chan receive');
  });

  it('a whole line as long as the longest is no chopped one: its location is kept as it stands', () => {
    const line = '\t/usr/lib/go-1.19/src/runtime/proc.go:363 +0xd6';
    const text = ['goroutine 1 [select]:', 'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)', line, 'goroutine 2 [select]:', 'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)', line, ''].join('\n');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual([...a.dump.goroutines].map(g => g.frames.map(f => `${f.file}:${f.line}`)), [['/usr/lib/go-1.19/src/runtime/proc.go:363'], ['/usr/lib/go-1.19/src/runtime/proc.go:363']]);
  });
});

describe('goroutines: a stack without its header whose calls a pager chopped in their arguments', () => {
  // Go-made net/http stacks (scripts/go/lockpair's idle server), each logged without its goroutine
  // header behind journald's prefix, as journalctl's pager shows them: every long line chopped at the
  // screen's width, with less's `>` mark in the last column or without it.
  const dump = readFileSync('test/fixtures/goroutines/go119_idle_server_with_deadlock_pairs.txt', 'utf8');
  const seen = new Set<string>();
  const bodies = dump.split('\n\n').map(b => b.split('\n')).filter(b => /^goroutine \d+ \[/.test(b[0]) && b.length > 5).map(b => b.slice(1).join('\n'))
    .filter(body => { const key = body.replace(/0x[0-9a-f]+/g, ''); return !seen.has(key) && seen.add(key) !== undefined; });
  const choppedMarked = (text: string, width: number, mark: string) => text.split('\n')
    .map(line => `Apr 21 14:40:22 headscale-start[2384417]: ${line}`)
    .map(line => line.length > width ? line.slice(0, width - mark.length) + mark : line).join('\n') + '\n';
  const frames = (a: ReturnType<typeof analyzeGoroutineDump>) => a.dump.headlessStacks.map(s => [s.frames.length, s.createdBy?.func ?? null]);

  it('keeps the first frame when its call is chopped, and every frame under it, on both paths', () => {
    let firstChopped = 0;
    for (const body of bodies) {
      const plain = frames(analyzeGoroutineDump(body));
      for (const width of [110, 95, 80]) {
        for (const mark of ['', '>']) {
          const text = choppedMarked(body, width, mark);
          if (/\([^)]*$/.test(text.slice(0, text.indexOf('\n')))) firstChopped++;
          for (const input of [text, new TextEncoder().encode(text)]) {
            const a = analyzeGoroutineDump(input);
            const read = frames(a);
            // A creator chopped in its name is kept as far as it goes.
            assert.deepEqual(read.map(([n]) => n), plain.map(([n]) => n), `${width} columns${mark}: ${text.slice(0, 160)}`);
            read.forEach(([, creator], i) => assert.ok(String(plain[i][1]).startsWith(String(creator).replace(/…$/, '')), `${creator} is not ${plain[i][1]}`));
            assert.deepEqual(a.dump.warnings, []);
          }
        }
      }
    }
    // The case this is about, not only lines chopped in their `file:line`.
    assert.ok(firstChopped >= 8, `${firstChopped} stacks start with a chopped call`);
  });

  it('a `created by` chopped inside ` in goroutine N` names its creator whole, its goroutine only when the number is whole', () => {
    const creator = 'created by golang.org/x/net/http2.(*serverConn).scheduleHandler';
    const stack = (header: string, createdBy: string) => [header, 'golang.org/x/net/http2.(*serverConn).runHandler(0x44b87d?, 0xc0004f2910, 0x0)',
      '\tgolang.org/x/net@v0.22.0/http2/server.go:2368 +0xbb', createdBy, '\tgolang.org/x/net@v0.22.0/http2/server.go:2303 +0x21d', ''].join('\n');
    for (const [line, goroutine] of [
      [`${creator} in gor`, null], [`${creator} in gor>`, null], [`${creator} in goroutine`, null], [`${creator} in goroutine 1>`, null], [`${creator} in goroutine 106672803`, 106672803],
    ] as const) {
      for (const text of [stack('goroutine 145 [running]:', line), stack('', line)]) {
        for (const input of [text, new TextEncoder().encode(text)]) {
          const a = analyzeGoroutineDump(input);
          const g = [...a.dump.goroutines][0];
          const createdBy = g === undefined ? a.dump.headlessStacks[0]?.createdBy : g.createdBy;
          assert.equal(createdBy?.func, 'golang.org/x/net/http2.(*serverConn).scheduleHandler', line);
          if (g !== undefined) assert.equal(g.creatorGoroutine, goroutine, line);
        }
      }
    }
  });
});
