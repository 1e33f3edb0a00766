// A log view copied newest line first and cut by the paste inside its oldest line: read in reverse,
// the text starts with a frame's call cut inside its function's name behind the view's columns
// (`… | main.(*store)`, `… | k8s.`), over that frame's `file:line`. No Go function's name ends in a
// dot or in a receiver's `)`: behind text such a word is a sentence's end or a cut name, so neither
// path starts a stack at it (the text path did, the byte path's gate did not); the stack starts at
// the next whole frame. Go-made goroutines shown as four viewers show them, LF and CRLF, cut at every
// byte of their oldest lines; the real paste (velero_8708) at every byte.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

/** Goroutine 10 of demo_deadlock.txt (Go-made) without its header, as a stack logged or pasted alone. */
const STACK = [
  'main.nested(0x0, 0xc000012028)', '\t/work/main/scripts/go/goroutinegen/main.go:108 +0x69',
  'main.nested(0x0?, 0x0?)', '\t/work/main/scripts/go/goroutinegen/main.go:104 +0x25',
  'main.(*store).deleteCollection.func1(0x0)', '\t/work/main/scripts/go/goroutinegen/main.go:48 +0x52',
  'created by main.deadlock', '\t/work/main/scripts/go/goroutinegen/main.go:220 +0x71',
];

/** How viewers print each line newest first: Grafana's table (tabs lost), Grafana's time column, a journal, kubectl's pod prefix. */
const VIEWS: Record<string, (line: string, i: number) => string> = {
  'Grafana table': line => `  |   | Apr 23 02:16:11.184 | ${line.replace(/^\t/, '')}`,
  'Grafana time column': (line, i) => `2023-03-14 10:22:10.${String(100 + 7 * i).padStart(3, '0')}\t${line}`,
  journal: line => `Dec 07 10:00:00 host app[12]: ${line}`,
  kubectl: line => `[pod/app-7d9c/app] ${line}`,
};

function newestFirst(view: (line: string, i: number) => string, lineEnd: string): string {
  return STACK.map(view).reverse().join(lineEnd);
}

const frames = (d: ReturnType<typeof readAlike>) => d.headlessStacks.map(h => [h.frames.map(f => `${f.func} ${f.line}`), h.createdBy?.func ?? null]);

describe('goroutines: a newest-first log view cut inside its oldest line\'s name', () => {
  for (const [name, view] of Object.entries(VIEWS)) {
    for (const lineEnd of ['\n', '\r\n']) {
      it(`${name}, ${JSON.stringify(lineEnd)}: cut at every byte of its two oldest lines, both paths alike`, () => {
        const text = newestFirst(view, lineEnd);
        const oldest = text.length - view(STACK[0], 0).length - lineEnd.length - view(STACK[1], 1).length;
        for (let at = oldest; at <= text.length; at++) readAlike(text.slice(0, at));
      });
    }

    it(`${name}: the first call cut after a dot or inside its receiver starts no stack; the next whole frame does`, () => {
      const text = newestFirst(view, '\n');
      const oldest = text.length - view(STACK[0], 0).length;
      for (const cutName of ['main.', 'main.(*store)', 'main.nested(0x0,']) {
        // The oldest line (the stack's first call) cut after `cutName`, as a paste stops inside a line.
        const d = readAlike(text.slice(0, oldest) + view(cutName, 0));
        const read = frames(d);
        assert.equal(read.length, 1, cutName);
        assert.equal(read[0][1], 'main.deadlock', cutName);
        // The cut call's frame is not named after a piece of its name.
        assert.ok(!(read[0][0] as string[]).some(f => f.startsWith('main. ') || f.startsWith('main.(*store) ')), `${cutName}: ${read[0][0]}`);
      }
    });
  }

  it('the real paste (velero_8708, Grafana\'s table newest first) cut at every byte: both paths alike', function () {
    this.timeout(300_000);
    const text = readFileSync('test/fixtures/goroutines/pasted/velero_8708_grafana_table_newest_first.txt', 'utf8');
    for (let at = 1; at <= text.length; at++) readAlike(text.slice(0, at));
  });

  it('forward too: a log line ending in a dot or `(*T)` over a prefixed `file:line` starts no stack, on either path', () => {
    for (const lines of [
      ['10:00:01 app: done.', '10:00:01 app: /src/app.go:12 +0x1d'],
      ['10:00:01 app: done.', '10:00:01 app: \tconfig/app.go:12'],
      ['10:00:01 app: k8s.io/apimachinery/pkg/util/wait.(*Group)', '10:00:01 app: /src/wait.go:72 +0x4c'],
      ['  |   | Apr 23 02:16:11.184 | k8s.', '  |   | Apr 23 02:16:11.184 | /go/informer.go:972 +0x5a'],
    ]) {
      const d = readAlike(lines.join('\n') + '\n');
      assert.deepEqual([d.headlessStacks.flatMap(h => h.frames).length, d.goroutines.length], [0, 0], lines.join(' / '));
    }
  });

  it('a whole call or bare name behind a prefix still starts the stack', () => {
    const d = readAlike(['10:00:01 app: main.foo(0x1)', '10:00:01 app: /src/main.go:12 +0x1d', '10:00:01 app: created by main.main', '10:00:01 app: /src/main.go:5 +0x2a', ''].join('\n'));
    assert.deepEqual(frames(d), [[['main.foo 12'], 'main.main']]);
  });
});
