// A dump copied out of a CI log with the log's line numbers as markdown links, each on a line of its own
// between the dump's lines (`[153](https://github.com/…#step:6:153)`), and the copy cut inside such a link:
// the text ends inside the dump, so the goroutine (or race access) the cut fell in is cut there. The link
// lines are skipped text, yet the last one is not "more of that text": a stack line stands right above it.
// Go-made dumps (scripts/go/racegen and runtimeshapes, Go 1.19) interleaved so, on both paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const link = (n: number) => `[${n}](https://github.com/acme/app/runs/6209018884?check_suite_focus=true#step:6:${n})`;

/** The fixture's first `lines` lines, each under its log line's link, then the next link cut inside its address. */
function interleavedAndCut(name: string, lines: number, cutLink: string): string {
  const kept = fixture(name).split('\n').slice(0, lines);
  return `Copied from the job's log:\n\n${kept.map((line, i) => `${link(100 + i)}\n${line}`).join('\n')}\n${cutLink}`;
}

function reading(input: string | Uint8Array): unknown {
  const a = analyzeGoroutineDump(input);
  return [[...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => f.func)]), a.dump.truncated];
}

function bothPaths(text: string): unknown {
  const read = reading(text);
  assert.deepEqual(reading(new TextEncoder().encode(text)), read);
  return read;
}

describe('goroutines: a dump between a CI log\'s line-number links, cut inside a link', () => {
  it('a race report cut so is cut in the access above the link, its frames kept', () => {
    // Lines 1–6: the separator, the banner, the read access's header and its first two frames.
    for (const cut of ['[106](https://github.com', '[106](https://github.com/acme/app/runs/620', '[106](']) {
      assert.deepEqual(bothPaths(interleavedAndCut('race_then_panic.txt', 7, cut)), [[[6, true, ['main.(*stats).record', 'main.worker']]], true], cut);
    }
  });

  it('a goroutine dump cut so is cut in the goroutine above the link', () => {
    // Lines 1–8: SIGQUIT's lines and goroutine 21's first two frames (GOTRACEBACK=system: `fp= sp= pc=`).
    assert.deepEqual(bothPaths(interleavedAndCut('go119_sigquit.txt', 8, '[108](https://github.com/acme')),
      [[[21, true, ['syscall.Syscall', 'syscall.read']]], true]);
  });

  it('a whole link last is cut too (the log line it numbers is missing); the paster\'s words, or a path after them, are not', () => {
    const whole = interleavedAndCut('race_then_panic.txt', 7, link(106));
    assert.deepEqual(bothPaths(whole), [[[6, true, ['main.(*stats).record', 'main.worker']]], true]);
    const words = interleavedAndCut('race_then_panic.txt', 7, 'the rest is in the log');
    assert.deepEqual(bothPaths(words), [[[6, false, ['main.(*stats).record', 'main.worker']]], false]);
    const pathAfterWords = `${interleavedAndCut('race_then_panic.txt', 7, 'see the log at')}\nhttps://github.com/acme/app/runs/620`;
    assert.deepEqual(bothPaths(pathAfterWords), [[[6, false, ['main.(*stats).record', 'main.worker']]], false]);
  });
});
