// A few lines of a stack copied newest line first (`journalctl -r`), no goroutine header and no
// `created by` among them: the order is told by whose `file:line` stands around each call
// (locationOwners.ts). Built from Go's own dump (go119_module_panic_in_bytes_map_all.txt, Go 1.19,
// module `example.com/deckhand` built in /tmp/deckhand), cut to every run of its stack lines and
// behind a journal's columns; pasted/gitea_4260_… is the real one (a GOPATH vendor path).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpAnalyzer, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { locationOwnerVotes } from '../../../src/core/goroutines/locationOwners';
import { looksReversed } from '../../../src/core/goroutines/reversedDump';

const REVERSED = 'lines were newest first; read in reverse (line numbers count from the last line)';
const GO_MADE = readFileSync('test/fixtures/goroutines/go119_module_panic_in_bytes_map_all.txt', 'utf8').split('\n');
/** Goroutine 20's frames up to main.main.func1's location, then goroutine 1's: calls and their locations, no header, no creator. */
const CRASHED = GO_MADE.slice(3, 11);
const WAITING = GO_MADE.slice(15, 21);

/** Where the module was built, as each build names its files: checked out, `-trimpath`, a GOPATH. */
const PLACES: Record<string, (line: string) => string> = {
  'checked out': line => line,
  '-trimpath': line => line.replace('/tmp/deckhand/', 'example.com/deckhand/').replace('/usr/lib/go-1.19/src/', ''),
  'GOPATH': line => line.replace('/tmp/deckhand/', '/home/ci/go/src/example.com/deckhand/'),
};

const journal = (lines: readonly string[]) => lines.map((line, i) => `Dec 06 21:0${i % 10}:17 deckhand[4242]: ${line}`);

function inChunks(text: string, size: number): GoroutineAnalysis {
  const analyzer = new GoroutineDumpAnalyzer();
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) analyzer.push(bytes.subarray(at, at + size));
  return analyzer.finish();
}

/** The headless stacks' frames (function and line) and whether the text was read in reverse, on the text and on streamed bytes. */
function read(text: string) {
  const of = (a: GoroutineAnalysis) => ({
    stacks: a.dump.headlessStacks.map(s => s.frames.map(f => `${f.func}:${f.line}`)),
    reversed: a.dump.warnings.some(w => w.message === REVERSED),
  });
  const whole = of(analyzeGoroutineDump(text));
  assert.deepEqual(of(inChunks(text, 37)), whole, text);
  return whole;
}

describe('goroutines: a short stack newest line first, told by whose location stands around each call', () => {
  for (const [place, rename] of Object.entries(PLACES)) {
    const stack = CRASHED.map(rename);
    it(`${place}: goroutine 20's stack, newest first behind a journal's columns, reads as in its own order`, () => {
      const forward = read(journal(stack).join('\n') + '\n');
      assert.equal(forward.reversed, false);
      assert.deepEqual(forward.stacks.map(s => s.map(f => f.replace(/:\d+$/, ''))), [[
        'example.com/deckhand/codec.(*Decoder).lookup', 'bytes.Map', 'example.com/deckhand/codec.(*Decoder).Translate', 'main.main.func1',
      ]]);
      const reversed = read(journal([...stack].reverse()).join('\n') + '\n');
      assert.deepEqual(reversed, { ...forward, reversed: true });
      // Without the journal's columns, the locations' tabs lost as a viewer loses them.
      assert.deepEqual(read([...stack].reverse().map(line => line.trim()).join('\n') + '\n'), { ...forward, reversed: true });
    });
  }

  it('every run of two or more of the dump\'s stack lines: never read in reverse in its own order; newest first, read as in its own order when a call beside another module package\'s location tells', () => {
    let toldReversed = 0;
    for (const [place, rename] of Object.entries(PLACES)) {
      for (const lines of [CRASHED, WAITING, [...CRASHED, ...WAITING]]) {
        const renamed = lines.map(rename);
        for (let from = 0; from < renamed.length; from++) {
          for (let to = from + 2; to <= renamed.length; to++) {
            const run = renamed.slice(from, to);
            const what = `${place}: ${run.join(' / ')}`;
            // In its own order: no vote backward, so never reversed.
            assert.equal(locationOwnerVotes(run.map(line => line.trim())).backward, 0, what);
            assert.equal(looksReversed(journal(run)), false, what);
            const newestFirst = [...run].reverse();
            if (!looksReversed(journal(newestFirst))) continue;
            toldReversed++;
            assert.equal(locationOwnerVotes(newestFirst.map(line => line.trim())).forward, 0, what);
            assert.deepEqual(read(journal(newestFirst).join('\n') + '\n'), { ...read(journal(run).join('\n') + '\n'), reversed: true }, what);
          }
        }
      }
    }
    // The runs in which a call stands beside a location in another module package's directory: `bytes.Map` between codec's two.
    assert.ok(toldReversed >= 40, String(toldReversed));
  });

  it('a location in its own package, the runtime\'s for another standard package, or a closure named after its caller tell nothing', () => {
    const votes = (lines: string[]) => locationOwnerVotes(lines);
    // `sync.runtime_Semacquire` lives in runtime/sema.go: the runtime implements it.
    assert.deepEqual(votes(['/usr/lib/go-1.19/src/sync/waitgroup.go:139 +0x52', 'sync.runtime_Semacquire(0xc000082280?)', '/usr/lib/go-1.19/src/runtime/sema.go:62 +0x25']), { forward: 0, backward: 0 });
    // A closure inlined into a caller in another package carries the caller's name (Go ≥ 1.21), its location in its own package.
    assert.deepEqual(votes([
      'github.com/acme/app/server.(*S).run.(*Group).Go.func1()', '\tgithub.com/acme/app/group/group.go:28 +0x19',
      'github.com/acme/app/group.(*Group).Go()', '\tgithub.com/acme/app/group/group.go:20 +0x40',
    ].map(line => line.trim())), { forward: 0, backward: 0 });
    // An external test package lives in its package's directory.
    assert.deepEqual(votes([
      'github.com/acme/app/store_test.TestGet(0xc000102000)', '/src/app/store/store_test.go:12 +0x1d',
      'github.com/acme/app/store.(*DB).Get(...)', '/src/app/store/db.go:40',
    ]), { forward: 0, backward: 0 });
    // `main` names no directory: a call in it votes only by another package's location beside it.
    assert.deepEqual(votes(['/app/cmd/tool/main.go:9 +0x20', 'main.main()', '/go/pkg/mod/github.com/urfave/cli/v2@v2.25.7/app.go:332 +0x5b8', 'github.com/urfave/cli/v2.(*App).Run(0xc0001a4000)']), { forward: 0, backward: 1 });
    assert.deepEqual(votes(['github.com/urfave/cli/v2.(*App).Run(0xc0001a4000)', '/go/pkg/mod/github.com/urfave/cli/v2@v2.25.7/app.go:332 +0x5b8', 'main.main()', '/app/cmd/tool/main.go:9 +0x20']), { forward: 1, backward: 0 });
  });
});
