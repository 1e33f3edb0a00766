// Go prints a blank line between a race report's sections: the header under it (the next access, the
// creator) is read on its bytes, not handed to the text path's regex because a call might follow a
// blank line in an access (raceBlankLineInAccess.test.ts); a call there still is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RaceReportBuilder } from '../../../src/core/goroutines/raceReport';
import type { Goroutine } from '../../../src/core/goroutines/model';
import { readAlike } from './readAlike';

/** The dump's goroutines, each as a record. */
const goroutinesOf = (dump: ReturnType<typeof readAlike>): Goroutine[] => Array.from({ length: dump.goroutines.length }, (_, i) => dump.goroutines.get(i));

/** Calls of the builder's text reading of an access header while `read` runs. */
function accessesReadAsText(read: () => void): number {
  const proto = RaceReportBuilder.prototype;
  const original = proto.accessOfText;
  let calls = 0;
  proto.accessOfText = function (this: RaceReportBuilder, ...args: Parameters<typeof original>) {
    calls++;
    return original.apply(this, args);
  };
  try { read(); } finally { proto.accessOfText = original; }
  return calls;
}

/** A report as Go 1.19 prints it, of n accesses each by its own goroutine (`race_then_panic.txt`'s form). */
function reportOf(n: number): string {
  const accesses = Array.from({ length: n }, (_, i) =>
    `${i % 2 ? 'Previous write' : 'Read'} at 0x00c0000${(0x180d8 + i).toString(16)} by goroutine ${i + 6}:\n  main.(*stats).record${i}()\n      /src/racegen/main.go:${i + 18} +0x30\n  main.worker()\n      /src/racegen/main.go:25 +0x72\n`);
  return `==================\nWARNING: DATA RACE\n${accesses.join('\n')}\nGoroutine 6 (running) created at:\n  main.main()\n      /src/racegen/main.go:37 +0x8f\n==================\n`;
}

describe('goroutines: a race report\'s section headers under the blank line between sections', () => {
  it('Go 1.19\'s report reads alike on both paths, every access header on its bytes', () => {
    const text = readFileSync('test/fixtures/goroutines/race_then_panic.txt', 'utf8');
    let dump: ReturnType<typeof readAlike> | undefined;
    // The text path reads both headers as text, the byte path neither.
    assert.equal(accessesReadAsText(() => { dump = readAlike(text); }), 2);
    const races = goroutinesOf(dump!).filter(g => g.state.startsWith('data race'));
    assert.deepEqual(races.map(g => [g.id, g.state, g.frames.length]), [[6, 'data race (read)', 3], [1, 'data race (previous write)', 1]]);
  });

  it('1,000 accesses: the same, each its goroutine with its two frames and the creator', () => {
    const dump = readAlike(reportOf(1000));
    const races = goroutinesOf(dump);
    assert.equal(races.length, 1000);
    assert.deepEqual(races.slice(0, 2).map(g => [g.id, g.state, g.frames.map(f => `${f.func}:${f.line}`), g.createdBy?.func ?? null]), [
      [6, 'data race (read)', ['main.(*stats).record0:18', 'main.worker:25'], 'main.main'],
      [7, 'data race (previous write)', ['main.(*stats).record1:19', 'main.worker:25'], null],
    ]);
    // The text path reads the 1,000 headers as text, the byte path none.
    assert.equal(accessesReadAsText(() => { readAlike(reportOf(1000)); }), 1000);
  });

  it('a call right under the blank line is still more of the access above it', () => {
    const text = reportOf(2).replace('main.go:25 +0x72\n\nPrevious', 'main.go:25 +0x72\n\n  main.more()\n      /src/racegen/main.go:60 +0x1\n\nPrevious');
    const dump = readAlike(text);
    assert.deepEqual(goroutinesOf(dump).map(g => g.frames.map(f => f.func)), [['main.(*stats).record0', 'main.worker', 'main.more'], ['main.(*stats).record1', 'main.worker']]);
  });
});
