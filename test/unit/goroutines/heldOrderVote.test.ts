// A text's order told from its held bytes (streamedOrderVote.ts's `bytesLookReversed`) is the vote `looksReversed` takes over the
// whole decoded text: the same answer on every goroutine fixture (real pastes, log-viewer copies
// newest line first, Go's own output) and on the bytes where decoding a line alone could differ
// from decoding the whole text (byte order marks, invalid UTF-8 at line breaks, a cut character).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bytesLookReversed } from '../../../src/core/goroutines/streamedOrderVote';
import { looksReversed, ORDER_SAMPLE_BYTES, splitLines } from '../../../src/core/goroutines/reversedDump';

const FIXTURES = 'test/fixtures/goroutines';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const decodedVote = (bytes: Uint8Array): boolean => looksReversed(splitLines(new TextDecoder().decode(bytes)));

function assertSameVote(bytes: Uint8Array, what: string): boolean {
  const expected = decodedVote(bytes);
  assert.equal(bytesLookReversed(bytes), expected, what);
  return expected;
}

const bytesOf = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const FORWARD = 'goroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1d\n';
const REVERSED = 'created by main.start in goroutine 1\nmain.worker()\n\t/app/w.go:9 +0x20\nmain.worker(0x1)\ngoroutine 7 [chan receive]:\n';

describe('a text\'s order told from its bytes', () => {
  it('is the decoded text\'s vote on every goroutine fixture, whole and cut at the sample\'s size', () => {
    let reversed = 0;
    let files = 0;
    for (const path of filesUnder(FIXTURES)) {
      let bytes: Uint8Array = readFileSync(path);
      if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
      files++;
      if (assertSameVote(bytes, path)) reversed++;
      // Cut mid-line and mid-character too, as a sample is.
      for (const cut of [1, 2, 3, 7, 100, 1000]) if (bytes.length > cut) assertSameVote(bytes.subarray(0, bytes.length - cut), `${path} less ${cut}`);
      if (bytes.length > ORDER_SAMPLE_BYTES) assertSameVote(bytes.subarray(0, ORDER_SAMPLE_BYTES), `${path}'s sample`);
    }
    assert.ok(files > 200, `${files} fixtures`);
    // The log viewers' copies are newest line first.
    assert.ok(reversed > 10, `${reversed} read newest line first`);
  });

  it('decodes each line as the whole text decodes it', () => {
    const BOM = [0xef, 0xbb, 0xbf];
    const cases: [string, Uint8Array][] = [
      ['forward', bytesOf(FORWARD)],
      ['reversed', bytesOf(REVERSED)],
      ['reversed without its last line break', bytesOf(REVERSED.trimEnd())],
      ['a byte order mark first', bytesOf(BOM, REVERSED)],
      ['a byte order mark before a header inside the text', bytesOf('main.worker(0x1)\n', BOM, 'goroutine 7 [chan receive]:\n')],
      ['a byte order mark before a call inside the text', bytesOf('goroutine 7 [chan receive]:\n', BOM, 'main.worker(0x1)\n')],
      ['CRLF line breaks', bytesOf(REVERSED.replace(/\n/g, '\r\n'))],
      ['no-break spaces after a header', bytesOf('main.worker(0x1)\ngoroutine 7 [chan receive]:\u00a0\u3000\n')],
      ['invalid UTF-8 before a line break', bytesOf('main.worker(0x1', [0xe2, 0x82], '\ngoroutine 7 [chan receive]:\n')],
      ['invalid UTF-8 after a line break', bytesOf('goroutine 7 [chan receive]:\n', [0x82, 0xff], 'main.worker(0x1)\n')],
      ['a header cut mid-character', bytesOf('main.worker(0x1)\ngoroutine 7 [chan receive]:\n', [0xe2, 0x82])],
      ['blank lines and times between', bytesOf('main.worker(0x1)\n\n  \n12:01:02.5\ngoroutine 7 [chan receive]:\n\n')],
      ['a header alone', bytesOf('goroutine 7 [chan receive]:')],
      ['`]:` outside a header', bytesOf('x[0]: 1\nmain.worker(0x1)\nmap[a]:b\ngoroutine 7 [chan receive]:\nfoo]:\n')],
      ['only line breaks', bytesOf('\n\n\n')],
      ['nothing', new Uint8Array(0)],
      ['a byte order mark alone', bytesOf(BOM)],
    ];
    const answers = cases.map(([what, bytes]) => assertSameVote(bytes, what));
    assert.deepEqual(answers.slice(0, 3), [false, true, true]);
  });
});
