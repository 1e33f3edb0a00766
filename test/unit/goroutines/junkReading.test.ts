// Log-like junk whose slivers read like goroutine headers (make-hostile.ts' junkLines, the text of
// the hostile bench's `streamJunk` row), streamed as the worker streams a file: its reading is
// pinned, and what reading it costs is counted in regular expression matches a line, not timed. A
// test made of strings and matches that runs on every junk line is the cost this catches: the
// paster's marks once matched each junk line ~30 times (1.3 a line before them and after the fix).
import assert from 'node:assert/strict';
import { GoroutineInputStream } from '../../../src/core/input';
import { nodeByteSearch } from '../../../src/node/byteSearch';
import { junkLines } from '../../hostile/make-hostile';
import { readAlike } from './readAlike';
import { countingMatches } from './countingMatches';

/** The junk's first `bytes` (the bench's text is the first 64 MiB of the same lines). */
function junkBytes(bytes: number): Uint8Array {
  const { lines } = junkLines(7, Math.ceil(bytes / 24));
  const all = new TextEncoder().encode(lines.join('\n') + '\n');
  assert.ok(all.length >= bytes);
  return all.subarray(0, bytes);
}

const MiB = 1 << 20;

describe('goroutines: log-like junk whose slivers read like headers, streamed', function () {
  this.timeout(120_000);

  it('reads as pinned on Node\'s searches and the portable ones, in pieces, at ~1.3 regular expression matches a line', () => {
    const bytes = junkBytes(4 * MiB);
    let lines = 0;
    for (const b of bytes) if (b === 0x0a) lines++;
    for (const options of [{ byteSearch: nodeByteSearch }, {}]) {
      const { result: a, matches } = countingMatches(() => {
        const stream = new GoroutineInputStream(options);
        for (let at = 0; at < bytes.length; at += MiB) stream.push(bytes.subarray(at, at + MiB));
        return stream.finish();
      });
      const noStack = a.dump.warnings.map(w => /^(\d+) lines read like a goroutine header but no stack follows/.exec(w.message)).find(m => m !== null);
      // The reading as the bench's row reports it: the headers with junk under them are no goroutines; a header
      // over `main.go:12` alone (the vocabulary's path, read as a stack's start) is one.
      assert.deepEqual({ format: a.dump.format, parsed: a.parsed, warnings: a.dump.warnings.length, noStack: Number(noStack?.[1]) },
        { format: 'traceback', parsed: 18, warnings: 103, noStack: 2220 });
      // Reading the order sample (the first MiB) matches each of its lines ~3 times, once; the rest ~1.1 a line.
      assert.ok(matches < 2 * lines, `${matches} regular expression matches for ${lines} lines`);
    }
  });

  it('reads alike on the byte path and the text path', () => {
    const text = new TextDecoder().decode(junkBytes(MiB / 4));
    const d = readAlike(text);
    assert.ok(d.warnings.length > 0);
  });
});
