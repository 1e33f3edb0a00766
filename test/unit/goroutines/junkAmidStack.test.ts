// Junk between a goroutine's stack lines (another program's log written into the dump, or junk under
// a header that a `file:line` vouched for) is skipped by the text path with the goroutine going on;
// the byte path skips it on its bytes too, undecoded, also within a few lines of a crash line. Both
// paths must read such text alike, and the stack must read as without the junk.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanGoroutineDump } from '../../../src/core/goroutines';
import { junkLines } from '../../hostile/make-hostile';
import { DEMO_DIR } from './goldenSummary';
import { readAlike } from './readAlike';
import { countingMatches } from './countingMatches';

/** Real Go output (SOURCES.md): a panic with all goroutines, and one process's debug=2 profile. */
const DUMPS = ['demo_panic.txt', 'go119_channels_debug2.txt'].map(f => readFileSync(join(DEMO_DIR, f), 'utf8'));

/** Log lines no stack row reads (the gate's junk): the same words as the hostile bench's junk, without its `file:line`s. */
const LOG_LINES = ['request failed retry at ok', 'the request ok', 'at failed the', 'ok ok request', '} { the', 'failed [chan the'];

/** The dump with `lines(k)` inserted after every `every`-th frame's `file:line` (a line starting with a tab). */
function withJunkAfterLocations(dump: string, every: number, lines: (k: number) => string[]): string {
  let k = 0;
  return dump.split('\n').flatMap(line => (line.startsWith('\t') && k++ % every === 0 ? [line, ...lines(k)] : [line])).join('\n');
}

/** Each goroutine's id, state, frames and creator. */
function framesOf(text: string): unknown {
  const { goroutines } = scanGoroutineDump(new TextEncoder().encode(text));
  return [...goroutines].map(g => [g.id, g.state, g.frames.map(f => f.func), g.createdBy?.func ?? null]);
}

describe('goroutines: junk amid a goroutine\'s stack', () => {
  it('reads alike on both paths, the stacks as without the junk (log lines between frames, under a crash, the bench\'s junk)', function () {
    this.timeout(120_000);
    const junk = junkLines(3, 4000).lines;
    for (const [i, dump] of DUMPS.entries()) {
      const clean = framesOf(dump);
      for (const every of [1, 2, 5]) {
        for (const count of [1, 2, 3, 9]) {
          const logged = withJunkAfterLocations(dump, every, k => Array.from({ length: count }, (_, j) => LOG_LINES[(k + j) % LOG_LINES.length]));
          readAlike(logged);
          // Log lines after a frame's `file:line` leave every goroutine's stack whole (the first goroutine's is under the crash line).
          assert.deepEqual(framesOf(logged), clean, `dump ${i}: ${count} log lines after every ${every}. location`);
        }
        // The bench's junk (slivers of headers, `main.go:12`, `0x1f`) where the log lines stood: one reading on both paths.
        readAlike(withJunkAfterLocations(dump, every, k => junk.slice(k * 7 % 3900, k * 7 % 3900 + 1 + k % 9)));
      }
    }
  });

  it('skips the junk on its bytes: a thousand log lines amid a stack are not matched as text', () => {
    const [dump] = DUMPS;
    const matchesOf = (text: string): number => countingMatches(() => scanGoroutineDump(new TextEncoder().encode(text))).matches;
    const clean = matchesOf(dump);
    // In goroutine 19's stack, right after its first `file:line` (Go prints nothing there): the first line is read as text (a wrapped offset may stand there), the rest on the bytes.
    const at = dump.indexOf('\n', dump.indexOf('main.go:47 +0x52')) + 1;
    const logged = dump.slice(0, at) + Array.from({ length: 1000 }, (_, k) => LOG_LINES[k % LOG_LINES.length]).join('\n') + '\n' + dump.slice(at);
    readAlike(logged);
    assert.deepEqual(framesOf(logged), framesOf(dump));
    const extra = matchesOf(logged) - clean;
    // Read as text, each junk line was matched ~16 times (the line kinds', the prefixes' patterns); now
    // once (the stack rows asked of a line the bytes do not rule out).
    assert.ok(extra < 2000, `${extra} more regular expression matches for 1,000 junk lines amid a stack`);
  });
});
