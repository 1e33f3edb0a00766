// A dump saved with the terminal's colour codes left in (a CI log downloaded raw, a logger that
// colours whole lines, `tmux capture-pane -e`, a terminal's hyperlink on each location): each
// line's escapes made it junk to the scanner, so a dump read as "no goroutine dump found". Its
// sequences are now dropped before the text is cut into lines (terminalEscapes.ts), whole or in
// pieces of any size; a storm of them and escapes that are no sequence stay bounded.
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { GoroutineInputStream, readGoroutines } from '../../../src/core/input';

const ESC = '\x1b';
const DUMP = [
  'goroutine 1 [running]:', 'main.main()', '\t/src/main.go:5 +0x1d', '',
  'goroutine 7 [chan receive, 3 minutes]:', 'main.wait(0xc000010000)', '\t/src/main.go:9 +0x2a', 'created by main.main in goroutine 1', '\t/src/main.go:4 +0x3b', '',
  'goroutine 8 [chan receive, 3 minutes]:', 'main.wait(0xc000010000)', '\t/src/main.go:9 +0x2a', 'created by main.main in goroutine 1', '\t/src/main.go:4 +0x3b',
];
const dump = (colour: (line: string) => string, lineBreak = '\n'): Uint8Array => new TextEncoder().encode(DUMP.map(colour).join(lineBreak) + lineBreak);
const groups = (bytes: Uint8Array) => readGoroutines(bytes).groups.map(g => [g.count, g.state, g.frames.length]);

describe('a dump with its terminal colour codes left in', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time
  const plain = groups(dump(l => l));

  it('reads as without them: docker compose\'s coloured prefix before each line', () => {
    assert.deepEqual(groups(dump(l => `${ESC}[36mapi_1  |${ESC}[0m ${l}`)), groups(dump(l => `api_1  | ${l}`)));
  });

  it('reads as without them: each line coloured whole (SGR), a hyperlink (OSC 8) on its location', () => {
    assert.deepEqual(plain, [[2, 'chan receive', 1], [1, 'running', 1]]);
    const linked = (l: string) => `${ESC}[31m${ESC}[1m${l.replace(/(\/src\/main\.go:\d+)/, `${ESC}]8;;file://$1${ESC}\\$1${ESC}]8;;${ESC}\\`)}${ESC}[0m`;
    assert.deepEqual(groups(dump(linked)), plain);
  });

  it('reads as without them: 256 colours, `tput sgr0`\'s charset reset, CRLF, an OSC ended by BEL', () => {
    const bytes = dump(l => `${ESC}]0;title\x07${ESC}[38;5;196m${l}${ESC}(B${ESC}[m`, '\r\n');
    assert.deepEqual(groups(bytes), plain);
    for (const piece of [1, 2, 5, 13]) {
      const stream = new GoroutineInputStream();
      for (let at = 0; at < bytes.length; at += piece) stream.push(bytes.subarray(at, at + piece));
      assert.deepEqual(stream.finish().groups.map(g => [g.count, g.state, g.frames.length]), plain, `pieces of ${piece}`);
    }
  });

  it('reads as without them when the colour starts far past the text\'s head: a plain log of 100 KiB, then a coloured crash', () => {
    const log = Array.from({ length: 2500 }, (_, i) => `2026-12-05T21:00:${String(i % 60).padStart(2, '0')}Z INFO request ${i} served in 3ms`).join('\n') + '\n';
    assert.ok(log.length > 96 * 1024);
    const head = new TextEncoder().encode(log);
    const coloured = (colour: (line: string) => string): Uint8Array => {
      const tail = dump(colour);
      const bytes = new Uint8Array(head.length + tail.length);
      bytes.set(head);
      bytes.set(tail, head.length);
      return bytes;
    };
    const plainAfterLog = groups(coloured(l => l));
    assert.deepEqual(plainAfterLog, plain);
    // A logger that colours its error lines red, and docker compose's coloured service prefix.
    assert.deepEqual(groups(coloured(l => `${ESC}[31m${l}${ESC}[0m`)), plainAfterLog);
    const prefixed = coloured(l => `${ESC}[36mworker_2  |${ESC}[0m ${l}`);
    assert.deepEqual(groups(prefixed), groups(coloured(l => `worker_2  | ${l}`)));
    // Streamed, with a sequence cut by a piece's end right at the first one.
    const firstEscape = prefixed.indexOf(0x1b);
    for (const cut of [firstEscape + 1, firstEscape + 3]) {
      const stream = new GoroutineInputStream();
      stream.push(prefixed.subarray(0, cut));
      stream.push(prefixed.subarray(cut));
      assert.deepEqual(stream.finish().groups.map(g => [g.count, g.state, g.frames.length]), groups(coloured(l => `worker_2  | ${l}`)), `cut at ${cut}`);
    }
  });

  it('`ESC (` before a line break is no charset sequence: the line break stays', () => {
    const bytes = new TextEncoder().encode(DUMP.map((l, i) => i === 1 ? `${l}${ESC}(` : l).join('\n') + '\n');
    assert.deepEqual(groups(bytes), plain);
  });

  it('10^5 goroutines with escapes around every line: read whole, bounded', async () => {
    const { value } = await runBounded<Outcome>('analyzeCrafted', ['terminal-escape-storm', 1]);
    assert.ok('ok' in value, JSON.stringify(value));
    assert.equal(value.ok.total, 100_000);
    // The last goroutine, which the text ends without its `created by`, is read as cut off and grouped apart.
    assert.equal(value.ok.groups, 2);
    assert.equal((value.ok.warnings as string[]).length, 1);
  });

  it('escapes that are no sequence (an OSC never ended, a CSI of 10^6 parameters) are kept as text, bounded', async () => {
    const { value } = await runBounded<Outcome>('analyzeCrafted', ['terminal-escape-unended', 1]);
    assert.ok('ok' in value, JSON.stringify(value));
    assert.equal(value.ok.total, 1);
    assert.deepEqual((value.ok.warnings as string[]).map(w => w.replace(/starting .*/s, '')), ['line 1: skipped 1 line that is not part of a goroutine dump, ', 'lines 5–6: skipped 2 lines that are not part of a goroutine dump, ']);
  });
});
