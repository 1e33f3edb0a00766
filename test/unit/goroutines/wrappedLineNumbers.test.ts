// A console or a mail reply wraps long lines at a fixed width, and a frame's `file:line` may be
// broken inside its line number (`logger.go:15`, then `8 +0x25b` at the next line's start): the
// number is joined again, as a path broken inside its name is. A whole `file:line` without the
// offset the dump prints is held for the next line to tell; the byte path hands it to the text path.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, scanGoroutineDump } from '../../../src/core/goroutines';
import { plainJson as plain } from './readAlike';

function frames(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  const dump = scanGoroutineDump(bytes);
  assert.deepEqual(plain(dump), plain(scanGoroutineDump(bytes, { withoutShortcuts: true })));
  return [...dump.goroutines].map(g => `${g.id}: ${g.frames.map(f => `${f.func} ${f.file}:${f.line}`).join(' | ')}`);
}

/** Every line cut into pieces of `width` characters, tabs shown as 8 spaces (a console's). */
function wrapAt(text: string, width: number): string {
  return text.replace(/\t/g, ' '.repeat(8)).split('\n').flatMap(line => {
    const pieces: string[] = [];
    for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
    return pieces.length > 0 ? pieces : [''];
  }).join('\n');
}

describe('goroutines: a `file:line` wrapped inside its line number', () => {
  it('Go-made dumps wrapped at every width from 60 to 120 columns read the frames they read unwrapped', function () {
    this.timeout(120_000);
    for (const name of ['go119_waitgroup.txt', 'go119_unlock.txt']) {
      const text = readFileSync(`test/fixtures/goroutines/${name}`, 'utf8').replace(/\t/g, ' '.repeat(8));
      const want = frames(text);
      let numbersCut = 0;
      for (let width = 60; width <= 120; width++) {
        const wrapped = wrapAt(text, width);
        if (/:\d+\n\d+ \+0x/.test(wrapped)) numbersCut++;
        assert.deepEqual(frames(wrapped), want, `${name} at ${width} columns`);
      }
      // Not vacuous: some widths cut a line number.
      assert.ok(numbersCut > 0, name);
    }
  });

  it('a Windows console\'s paste (golang/go#15009): `logger.go:15` then `8 +0x25b` is line 158, no line skipped', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/golang_15009_windows_d_drive_lines_wrapped_at_80_columns_semacquire.txt', 'utf8'));
    const g = [...a.dump.goroutines][0];
    assert.deepEqual(g.frames.slice(6).map(f => `${f.func}:${f.line}`), [
      'github.com/TriangleGo/gorouter/logger.(*Logger).Log:158', 'github.com/TriangleGo/gorouter/logger.Info:25', 'github.com/TriangleGo/gorouter/network.(*Connection).serveLoop:75',
    ]);
    assert.deepEqual(a.dump.warnings.filter(w => /skipped/.test(w.message)).map(w => w.line), [1]);
  });

  it('a whole `file:line` without an offset stays whole when the next line is a call, a creator, a header or a blank line', () => {
    const head = 'goroutine 1 [running]:\nmain.f(0x1)\n\t/app/f.go:15\n';
    for (const next of ['main.main()\n\t/app/main.go:9 +0x2\n', 'created by main.start\n\t/app/main.go:9 +0x2\n', '\ngoroutine 2 [select]:\nmain.g()\n\t/app/g.go:9 +0x2\n']) {
      assert.equal(frames(head + next)[0].split(' | ')[0], '1: main.f /app/f.go:15', JSON.stringify(next));
    }
    // As the text's last line the number may be cut (`:15` of `:153`): kept as read, with a warning (locationNumberCut.test.ts).
    assert.equal(frames(head)[0].split(' | ')[0], '1: main.f /app/f.go:15');
  });
});
