// Where a debug=1 goroutine profile's text was cut, told from the profile itself (debug1Ends.ts):
// its records' counts against its total, goexit's pc alone (a goroutine not started yet) against
// a header cut after its first pc, a record's last `#` line against the frame its header ends in,
// and a `#` line's number against the same pc printed whole elsewhere. The profile is Go-made and
// cut at every line; the byte path and the text path read each cut alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scanGoroutineDump } from '../../../src/core/goroutines';
import { readAlike } from './readAlike';

const WHOLE = readFileSync('test/fixtures/goroutines/go119_debug1_not_started_tail.txt', 'utf8');
const LINES = WHOLE.replace(/\n+$/, '').split('\n');

/** The records' counts of a reading. */
const counts = (d: ReturnType<typeof scanGoroutineDump>) => d.records.map(r => r.count);

describe('goroutines: where a debug=1 profile\'s text ends', () => {
  it('the whole profile, with or without its blank lines at the end, is whole: goexit\'s pc alone is a record of goroutines not started', () => {
    for (const text of [WHOLE, WHOLE.replace(/\n+$/, ''), `${WHOLE.replace(/\n+$/, '')}\n`]) {
      const d = readAlike(text);
      assert.equal(d.truncated, false);
      assert.deepEqual(counts(d), [3, 2, 1, 1, 1, 1]);
      assert.equal(d.declaredTotal, 9);
      assert.deepEqual(d.warnings, []);
      assert.deepEqual(d.records[1].frames, []);
    }
  });

  it('cut after any line but the last: truncated, every record before the cut kept, the records read never more than the total', () => {
    for (let n = 2; n < LINES.length; n++) {
      const kept = LINES.slice(0, n);
      const what = `cut after line ${n}: ${JSON.stringify(kept[n - 1])}`;
      for (const text of [kept.join('\n'), `${kept.join('\n')}\n`]) {
        const d = readAlike(text);
        // Cut right after the not-started record's `2 @ 0x460e61` line, it is whole, but the records after it are missing.
        assert.equal(d.truncated, true, what);
        assert.equal(d.warnings.length, 1, what);
        assert.match(d.warnings[0].message, /^the dump is truncated (at|after) line \d+: /, what);
        const headers = kept.filter(l => / @ /.test(l)).length;
        assert.equal(d.records.length, headers, what);
      }
    }
  });

  it('a record\'s header cut after its first pc reads as cut before its frames, not as goexit\'s alone', () => {
    const at = LINES.findIndex(l => l.startsWith('1 @ 0x437556 0x40619b'));
    const d = readAlike([...LINES.slice(0, at), LINES[at].slice(0, '1 @ 0x437556'.length)].join('\n'));
    assert.equal(d.truncated, true);
    assert.match(d.warnings[0].message, new RegExp(`the record at line ${at + 1} is cut off before its frames, and records after it are missing`));
    // goexit's own pc alone, at the same place, is a whole record of goroutines not started; the records after it still missing.
    const goexit = readAlike([...LINES.slice(0, at), '1 @ 0x460e61'].join('\n'));
    assert.match(goexit.warnings[0].message, /records count \d+ of the 9 goroutines its header \(line 1\) declares/);
  });

  it('the last record\'s last `#` line cut inside its line number, told by the same pc printed whole in another record', () => {
    const text = WHOLE.replace(/\n+$/, '');
    assert.ok(text.endsWith('debug1tail/main.go:47'));
    const d = readAlike(text.slice(0, -1));
    assert.equal(d.truncated, true);
    assert.match(d.warnings[0].message, /the record at line \d+, the profile's last, is cut off \(kept with the 6 frames before the cut\)$/);
    // A number not cut (another pc's, or the whole one) is no cut.
    assert.equal(readAlike(text).truncated, false);
  });

  it('records left out by a paster\'s mark are no cut', () => {
    const at = LINES.findIndex(l => l.startsWith('1 @ 0x42d196'));
    const d = readAlike([...LINES.slice(0, at), '...', '', ...LINES.slice(LINES.findIndex(l => l.startsWith('1 @ 0x437556 0x40619b')))].join('\n'));
    assert.equal(d.truncated, false);
    assert.deepEqual(counts(d), [3, 2, 1, 1, 1]);
    assert.match(d.warnings[0].message, /`\.\.\.` marks lines left out/);
  });
});
