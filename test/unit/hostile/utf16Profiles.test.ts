// Go's text profiles (debug=1: heap, mutex, goroutine, threadcreate) saved on Windows through
// PowerShell's `>` (`curl.exe …/heap?debug=1 > heap.txt` in PowerShell 5) are UTF-16 with a byte
// order mark; a tool may strip the mark. Dumps in UTF-16 were read; these profiles were "not a
// profile or goroutine dump this tool can read". Each is now read as the same profile.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStackView, parseProfile, sniffProfileKind } from '../../../src/core/pprof';
import { readInput } from '../../../src/core/input';
import { gzipSync } from 'node:zlib';

const generated = join(__dirname, '../../fixtures/pprof/generated');

function utf16(text: string, order: 'le' | 'be', mark: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : le.swap16();
  return mark ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
}

function summary(bytes: Uint8Array): { format: string; samples: number; total: number; names: string[] } {
  const p = parseProfile(bytes);
  const view = createStackView(p);
  return { format: p.format, samples: p.samples.count, total: view.total, names: [...view.frames.name].sort() };
}

describe('Go text profiles saved as UTF-16', () => {
  for (const name of ['heap.debug1.txt', 'mutex.debug1.txt', 'goroutine.debug1.txt', 'threadcreate.debug1.txt']) {
    const text = readFileSync(join(generated, name), 'utf8');
    const expected = summary(Buffer.from(text));
    const variants: [string, Buffer][] = [
      ['UTF-16LE with its mark', utf16(text, 'le', true)],
      ['UTF-16BE with its mark', utf16(text, 'be', true)],
      ['UTF-16LE without a mark, CRLF line ends', utf16(text.replace(/\n/g, '\r\n'), 'le', false)],
      ['UTF-16LE with its mark, gzipped', gzipSync(utf16(text, 'le', true))],
    ];
    for (const [how, bytes] of variants) {
      it(`${name} in ${how}: the same profile`, () => {
        assert.ok(expected.samples > 0 && expected.total > 0);
        assert.equal(sniffProfileKind(bytes).kind, 'pprof-text');
        assert.deepEqual(summary(bytes), expected);
        assert.equal(readInput(bytes).kind, 'profile');
      });
    }
  }

  it('a debug=2 dump in UTF-16 is still told to be a dump, not a profile', () => {
    const dump = 'goroutine 1 [running]:\nmain.main()\n\t/src/main.go:5 +0x1d\n';
    assert.throws(() => parseProfile(utf16(dump, 'le', true)), /this is a goroutine dump/);
    const input = readInput(utf16(dump, 'be', true));
    assert.ok(input.kind === 'goroutines' && input.analysis.total === 1);
  });
});
