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

describe('goroutines: debug=1 stacks that do not end in runtime.goexit', () => {
  /** A Go-made profile's text and its lines. */
  const profile = (file: string) => {
    const whole = readFileSync(`test/fixtures/goroutines/${file}`, 'utf8');
    return { whole, lines: whole.replace(/\n+$/, '').split('\n') };
  };

  for (const [file, expected] of [
    // Goroutines 40 calls deep, cut at 32 pcs (the writer's last), and two ending in goexit between them.
    ['go119_debug1_depth_cut.txt', ['3:29', '2:3', '1:31']],
    // No record ends in goexit: every stack the profile's depth cut.
    ['go119_debug1_depth_cut_only.txt', ['3:29', '1:31']],
    // C threads' calls into Go (runtime.cgocallback above goexit), the first record.
    ['go119_cgo_callback_debug1.txt', ['2:6', '1:6', '1:1']],
  ] as const) {
    it(`${file}: whole, each record with its frames; cut after any line but the last, truncated`, () => {
      const { whole, lines } = profile(file);
      const d = readAlike(whole);
      assert.equal(d.truncated, false);
      assert.deepEqual(d.warnings, []);
      assert.deepEqual(d.records.map(r => `${r.count}:${r.frames.length}`), expected);
      for (let n = 2; n < lines.length; n++) {
        assert.equal(readAlike(lines.slice(0, n).join('\n')).truncated, true, `cut after line ${n}: ${JSON.stringify(lines[n - 1])}`);
      }
    });
  }

  it('a record cut at 32 pcs whose last pc repeats (recursion) is cut when fewer `#` lines than its pcs are printed', () => {
    const { lines } = profile('go119_debug1_depth_cut.txt');
    // The writer's record, the last: each `#` line of its recursion prints the same pc as the one after it.
    const d = readAlike(lines.slice(0, -1).join('\n'));
    assert.equal(d.truncated, true);
    assert.match(d.warnings[0].message, /the record at line 38, the profile's last, is cut off \(kept with the 30 frames before the cut\)$/);
  });

  it('a profile whose headers lost goexit\'s pc (a writer that ends its stacks elsewhere) is whole, its records as before', () => {
    const { whole } = profile('go119_debug1_not_started_tail.txt');
    const goexit = / 0x460e61$/gm;
    const withoutGoexit = whole.replace(goexit, '').replace(/^(\d+) @$/gm, '$1 @ 0x460e61');
    assert.notEqual(withoutGoexit, whole);
    const d = readAlike(withoutGoexit);
    assert.equal(d.truncated, false);
    assert.deepEqual(d.warnings, []);
    assert.deepEqual(counts(d), [3, 2, 1, 1, 1, 1]);
  });

  it('a writer whose `#` lines print the header\'s pcs themselves, not one less: whole, and cut between its lines', () => {
    const text = 'goroutine profile: total 3\n2 @ 0x1000 0x2000 0x3000\n#\t0x1000\tmain.f+0x1\t/src/main.go:5\n#\t0x2000\tmain.g+0x1\t/src/main.go:9\n\n' +
      '1 @ 0x1000 0x4000 0x3000\n#\t0x1000\tmain.f+0x1\t/src/main.go:5\n#\t0x4000\tmain.h+0x1\t/src/main.go:12\n';
    assert.equal(readAlike(text).truncated, false);
    assert.equal(readAlike(text.split('\n').slice(0, -2).join('\n')).truncated, true);
  });
});
