// The next goroutine header's word cut short (`g` … `goroutine`) under the blank line that closed a
// stack, in the layouts pastes come in besides plain text (headerWordCut.test.ts): behind a log
// collector's prefix (kubectl, CRI, journald, Grafana's time column), quoted (`> `), indented, and
// double-spaced behind a prefix. Truncated, the goroutines above whole, on both scanner paths. Real
// output of Go 1.19 at the default traceback level (GOTRACEBACK unset and `all`) ends goroutine 1 at
// main.main with no runtime frame under it: such a goroutine 1, last in the text, reads whole in
// each layout.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const WHOLE = readFileSync('test/fixtures/goroutines/stack_buffer_fits_exactly.txt', 'utf8');
const prefixed = (prefix: string, lineEnd = '\n') => (text: string) => text.split('\n').map(line => `${prefix}${line}`).join(lineEnd);

const LAYOUTS: Record<string, (text: string) => string> = {
  kubectl: prefixed('[pod/app-1/app] '),
  CRI: prefixed('2026-12-07T10:00:00.123456789Z stderr F '),
  journald: prefixed('Dec 07 10:00:00 host app[12]: '),
  'Grafana time column': prefixed('2023-03-14 10:22:10.100\t'),
  quoted: prefixed('> '),
  indented: prefixed('    '),
  'kubectl, CRLF': prefixed('[pod/app-1/app] ', '\r\n'),
  'kubectl, double-spaced': prefixed('[pod/app-1/app] ', '\n\n'),
  'journald, double-spaced, CRLF': prefixed('Dec 07 10:00:00 host app[12]: ', '\r\n\r\n'),
  'quoted, double-spaced': text => text.split('\n').map(line => `> ${line}`).join('\n>\n'),
};

/** Go 1.19's panic in main at the default level (the binary run directly, GOTRACEBACK unset). */
const DEFAULT_LEVEL = 'panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/g1/main.go:20 +0xcf\n';

describe('goroutines: a header\'s word cut short, and goroutine 1 at main.main, in other layouts', () => {
  for (const [name, lay] of Object.entries(LAYOUTS)) {
    it(`${name}: cut after every letter of each later header's word: truncated, the goroutines above whole`, () => {
      const starts = [...WHOLE.matchAll(/\n\ngoroutine /g)].map(m => m.index!);
      assert.equal(starts.length, 3);
      for (const [k, start] of starts.entries()) {
        for (let letters = 1; letters <= 'goroutine'.length; letters++) {
          const text = lay(WHOLE.slice(0, start + 2 + letters));
          const d = readAlike(text);
          assert.equal(d.truncated, true, JSON.stringify(text.slice(-40)));
          assert.deepEqual([...d.goroutines].map(g => g.cut), new Array(k + 1).fill(false), JSON.stringify(text.slice(-40)));
        }
      }
    });

    it(`${name}: goroutine 1 ending at main.main at the default traceback level is whole`, () => {
      const d = readAlike(lay(DEFAULT_LEVEL));
      assert.deepEqual([d.truncated, [...d.goroutines].map(g => [g.id, g.cut, g.frames.map(f => f.func)])], [false, [[1, false, ['main.main']]]]);
      assert.equal(d.crash?.message, 'panic: assignment to entry in nil map');
    });
  }
});
