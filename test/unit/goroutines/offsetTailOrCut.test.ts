// A few hex digits alone under a frame's `file:line` are the rest of its offset that a wrap at a fixed
// width carried over (`main.go:34 +0x1`, then `c`), but only where that `file:line` is as long as the
// longest line before it: a wrap breaks no shorter line. Under a shorter one, as the text's last line,
// letters `a`–`f` are a call or `created by` cut after its first letters (runtime.Stack's buffer, a
// paste): the goroutine is cut, also one locked to its thread, whose stack may end without a creator
// (stoppedStack.ts). Go-made (scripts/go/stackbuffer); both scanner paths read each alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const WHOLE = readFileSync('test/fixtures/goroutines/stack_buffer_fits_exactly.txt', 'utf8');
/** Goroutine 7 is locked to its thread; its `created by` starts here. */
const CREATOR = WHOLE.indexOf('created by', WHOLE.indexOf('goroutine 7 ['));

describe('goroutines: hex letters under a `file:line`, as the text\'s last line', () => {
  it('under goroutine 7, locked to its thread: `c`, `cr`, `cre` … of its `created by` cut it, whatever closes the paste', () => {
    for (let letters = 1; letters <= 'created by'.length; letters++) {
      for (const closer of ['', '\n', '\n```\n']) {
        const text = WHOLE.slice(0, CREATOR + letters) + closer;
        const d = readAlike(text);
        assert.equal(d.truncated, true, JSON.stringify(text.slice(-16)));
        assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut]), [[1, false], [6, false], [7, true]], JSON.stringify(text.slice(-16)));
      }
    }
  });

  it('a call\'s first letter under a shorter `file:line` (`f` of `fmt.…`) cuts its goroutine too', () => {
    const text = WHOLE.slice(0, CREATOR) + 'f';
    assert.deepEqual([...readAlike(text).goroutines].map(g => [g.id, g.cut]), [[1, false], [6, false], [7, true]]);
  });

  it('a `file:line` as long as the longest line, wrapped in its offset: its tail passed over, mid-text and last, the goroutines whole', () => {
    // Goroutines 1 and 6 folded at 28 columns (`fold -w 28`): `… +0x3` / `c5` and `… +0x7` / `f`.
    const folded = WHOLE.slice(0, WHOLE.indexOf('\n\ngoroutine 7')).split('\n').flatMap(line => {
      const pieces: string[] = [];
      for (let at = 0; at < line.length || at === 0; at += 28) pieces.push(line.slice(at, at + 28));
      return pieces;
    }).join('\n');
    assert.ok(folded.endsWith('main.go:46 +0x7\nf') && folded.includes('main.go:77 +0x3\nc5\n'));
    for (const text of [folded, folded + '\n']) {
      const d = readAlike(text);
      assert.equal(d.truncated, false);
      assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut, g.frames.length, g.createdBy?.func ?? null]), [[1, false, 2, null], [6, false, 1, 'main.main']]);
    }
  });
});
